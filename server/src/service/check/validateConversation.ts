/**
 * Checks that need the whole conversation, for every OCPP version: answers must follow the CALL they answer
 * (OCPP-J §4.1.4: the uniqueId ties them together), a side must not reuse the uniqueId of one of its earlier CALLs
 * (or 2.1 SENDs) except to retry it, nothing answers a SEND, and a CALLRESULTERROR names an earlier CALLRESULT.
 */
import { hasMessageType, type Side } from '../../ocpp/catalog';
import { lineAt } from '../../text/lines';
import { senderOfFrame, type Frame, type OcppDocument } from '../document/ocppDocument';
import { uniqueIdSpan } from '../document/textFrames';
import { sideLabel } from './exchangeRules';
import type { Report } from './validatePayload';

/** A CALL or SEND, as later frames with its id need it. */
interface Request {
  readonly kind: string;
  /** Undefined when the action goes either way (DataTransfer): it may be either side's. */
  readonly sender: Side | undefined;
  readonly frame: Frame;
  answered: boolean;
  /** The CALL or SEND before it with the same id: a chain rather than a list per id, since ids rarely repeat. */
  readonly before: Request | undefined;
}

/** The latest request of a chain, or of the ones before it, that passes `test`. */
function latestWhere(request: Request | undefined, test: (r: Request) => boolean): Request | undefined {
  for (let r = request; r; r = r.before) if (test(r)) return r;
  return undefined;
}

/** Reports what is wrong with the exchange's ids, and returns the ids more than one CALL or SEND uses. */
export function validateConversation(doc: OcppDocument, report: Report): ReadonlySet<string> {
  const repeatedIds = new Set<string>();
  if (doc.shape !== 'conversation') return repeatedIds;
  // The latest CALL or SEND (2.1) with each id, chained to the earlier ones, and the ids CALLRESULTs have answered.
  const requests = new Map<string, Request>();
  const results = new Set<string>();
  // Only a version with CALLRESULTERROR (2.1) asks which ids CALLRESULTs answered.
  const tracksResults = doc.catalog.messageTypes.some((t) => t.answersResult);
  // When the reader knows which ids repeat, the CALLs with any other id need no index: none repeats an earlier one,
  // and no retry of one needs judging. Only those ids and SENDs (for an answer to one) are indexed, so a long log's
  // CALLs are not put in a map a second time.
  const repeated = doc.repeatedRequestIds;
  for (const frame of doc.frames) {
    const type = frame.messageType;
    const id = frame.uniqueId;
    if (id === undefined || !type || !hasMessageType(doc.catalog, type)) continue;
    const distinct = repeated !== undefined && (repeated.size === 0 || !repeated.has(id));
    if (distinct && type.expectsAnswer) continue;
    if (distinct && type.answersCall && frame.answers) {
      if (tracksResults && type.payloadRole === 'response') results.add(id);
      continue;
    }
    const latest = requests.get(id);
    if (type.actionIndex !== undefined) {
      if (latest) repeatedIds.add(id);
      const sender = senderOfFrame(doc, frame);
      // OCPP-J §4.1.4: ids are unique per sender; the other side may use the same one.
      const earlier = latestWhere(latest, (r) => r.sender === undefined || sender === undefined || r.sender === sender);
      if (earlier && !isRetry(doc, earlier, frame)) {
        const by = earlier.sender ? ` from ${sideLabel(doc, earlier.sender)}` : '';
        report({ code: 'duplicate-unique-id', ...idSpan(frame),
          message: `An earlier ${earlier.kind}${by} (line ${lineAt(doc, earlier.frame.offset)}) already uses the uniqueId "${id}": a side gives each CALL` +
            `${hasSend(doc) ? ' and SEND' : ''} an id it has not used before, or answers would be ambiguous (${doc.catalog.transportName} §4.1.4). ` +
            `Give this ${type.name} an id of its own; only a retry of an unanswered message may keep its id.`,
          data: { uniqueId: id } });
      }
      requests.set(id, { kind: type.name, sender, frame, answered: false, before: latest });
    } else if (type.answersCall && frame.answers) {
      const answered = latestWhere(latest, (r) => r.frame === frame.answers);
      if (answered) answered.answered = true;
      if (tracksResults && type.payloadRole === 'response') results.add(id);
    } else if (type.answersCall && latest?.kind === 'SEND') {
      // OCPP-J 2.1 §4.1.3, P2-21 FR.07: a SEND is never answered.
      report({ code: 'answer-to-send', ...idSpan(frame),
        message: `"${id}" is the id of a SEND, which expects no answer: its receiver must not send a ${type.name} (OCPP-J 2.1 §4.1.3; FR.07). Remove this frame.`,
        data: { uniqueId: id } });
    } else if (type.answersCall) {
      const unchecked = type.payloadRole === 'response' ? ' and its payload is not checked' : '';
      report({ code: 'unmatched-response', ...idSpan(frame),
        message: `No earlier CALL in this file has the uniqueId "${id}", so this ${type.name} answers nothing${unchecked}. Use the id of the CALL it answers.`,
        data: { uniqueId: id } });
    } else if (type.answersResult && !results.has(id)) {
      report({ code: 'unmatched-response', ...idSpan(frame),
        message: `No earlier CALLRESULT in this file has the uniqueId "${id}", so this ${type.name} reports on nothing. Use the id of the CALLRESULT it could not process.`,
        data: { uniqueId: id } });
    }
  }
  return repeatedIds;
}

/**
 * Where a frame's uniqueId is: asked only for a finding, since it may build the frame's tree. Only the span, since
 * it is spread into the finding (a node's other fields would go with it).
 */
function idSpan(frame: Frame): { offset: number; length: number } {
  const { offset, length } = uniqueIdSpan(frame)!;
  return { offset, length };
}

const hasSend = (doc: OcppDocument) => doc.catalog.messageTypes.some((t) => t.name === 'SEND');

/**
 * Whether `frame` resends `earlier`, which nothing has answered yet: the same action with the same payload text. A
 * retry after a timeout may keep the id (OCPP-J 2.1 §4.1.4 says so; earlier versions imply it).
 */
function isRetry(doc: OcppDocument, earlier: Request, frame: Frame): boolean {
  if (earlier.answered || earlier.kind !== frame.messageType?.name || earlier.frame.action !== frame.action) return false;
  const a = earlier.frame.payloadNode;
  const b = frame.payloadNode;
  return !!a && !!b && a.length === b.length && doc.text.slice(a.offset, a.offset + a.length) === doc.text.slice(b.offset, b.offset + b.length);
}
