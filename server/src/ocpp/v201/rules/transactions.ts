/**
 * TransactionEvent beyond its schema (P2-201 functional block E): the events of one transaction go Started,
 * Updated..., Ended; their seqNo grows by one per event; one transaction per EVSE at a time; chargingState and
 * stoppedReason where the event needs them; and the CSMS's idTokenInfo when the event carried an idToken.
 *
 * A file may be an excerpt of a longer log: a transaction whose Started is not in the file is followed from its
 * first event here, and nothing is said about what came before. The order rules are warnings for that reason.
 */
import type { ValueNode } from '../../../json/jsonTree';
import { lineAt } from '../../../text/lines';
import type { CodeDefinition, PayloadFacts, ReportFinding, RuleDocument, RuleFrame } from '../../rules';
import type { RulePart } from './rulePart';
import { plainValueOf } from '../../../json/treeQueries';
import { flagOf, integerOf, nodeAt, objectNode, objectOf, stringOf, type Facts, type PlainPayload } from './partValues';

const codes: Record<string, CodeDefinition> = {
  'transaction-event-order': { severity: 'warning', description: 'A TransactionEvent whose eventType breaks the order of its transaction: Started first, Ended last, Updated in between.' },
  'transaction-seq-no': { severity: 'warning', description: 'A TransactionEvent whose seqNo is not one more than that of the previous event of the same transaction.' },
  'transaction-seq-no-start': { severity: 'information', description: 'A transaction whose Started event has a seqNo other than 0 that does not carry on from the EVSE\'s previous event either.' },
  'transaction-concurrent': { severity: 'warning', description: 'A transaction on an EVSE where another transaction has started and not yet ended.' },
  'transaction-charging-state': { severity: 'warning', description: 'A Started event, or one triggered by ChargingStateChanged, without transactionInfo.chargingState.' },
  'transaction-stopped-reason': { severity: 'warning', description: 'An Ended event without stoppedReason although its triggerReason says the driver did not end it at the station (omitting stoppedReason means Local).' },
  'transaction-id-token-info': { severity: 'error', description: 'A TransactionEventResponse without idTokenInfo answering a TransactionEventRequest that carried an idToken.' },
};

const K = {
  eventType: 'transactions.eventType',
  seqNo: 'transactions.seqNo',
  offline: 'transactions.offline',
  trigger: 'transactions.triggerReason',
  id: 'transactions.transactionId',
  chargingState: 'transactions.chargingState',
  stoppedReason: 'transactions.stoppedReason',
  evseId: 'transactions.evseId',
  idToken: 'transactions.idToken',
  idTokenInfo: 'transactions.idTokenInfo',
} as const;

function readFacts(payload: PlainPayload, facts: Facts): void {
  const { transactionInfo, idTokenInfo } = payload;
  // A TransactionEventResponse (or any answer with idTokenInfo: the check looks at the action).
  if (idTokenInfo !== undefined) facts[K.idTokenInfo] = 1;
  if (transactionInfo === undefined) return;
  const { eventType, seqNo, offline, triggerReason, evse, idToken } = payload;
  const info = objectOf(transactionInfo);
  facts[K.eventType] = stringOf(eventType);
  facts[K.seqNo] = integerOf(seqNo);
  facts[K.offline] = flagOf(offline);
  facts[K.trigger] = stringOf(triggerReason);
  facts[K.id] = stringOf(info?.transactionId);
  facts[K.chargingState] = info && info.chargingState !== undefined ? 1 : undefined;
  facts[K.stoppedReason] = info && info.stoppedReason !== undefined ? 1 : undefined;
  facts[K.evseId] = integerOf(objectOf(evse)?.id);
  facts[K.idToken] = idToken !== undefined ? 1 : undefined;
}

/** One TransactionEventRequest of the document, read from its facts, linked to its transaction's previous event. */
interface TxEvent {
  readonly frame?: RuleFrame;
  readonly payload: () => ValueNode | undefined;
  readonly facts: PayloadFacts;
  readonly eventType?: string;
  readonly seqNo?: number;
  readonly transactionId?: string;
  /** The previous event of the same transaction in the file. */
  readonly previous?: TxEvent;
  /** True when it repeats the previous event's eventType, seqNo and triggerReason: a retry, which says nothing new. */
  readonly repeat: boolean;
}

const cache = new WeakMap<RuleDocument, readonly TxEvent[]>();

function eventsOf(doc: RuleDocument): readonly TxEvent[] {
  let events = cache.get(doc);
  if (events) return events;
  const list: TxEvent[] = [];
  events = list;
  const last = new Map<string, TxEvent>();
  for (const frame of doc.frames) {
    if (frame.action?.name !== 'TransactionEvent' || frame.messageType?.name !== 'CALL') continue;
    const facts = frame.facts;
    const transactionId = stringOf(facts[K.id]);
    const previous = transactionId === undefined ? undefined : last.get(transactionId);
    const eventType = stringOf(facts[K.eventType]);
    const seqNo = integerOf(facts[K.seqNo]);
    // A retry resends the same event: same eventType, seqNo and triggerReason.
    const repeat = !!previous && previous.eventType === eventType && previous.seqNo === seqNo && seqNo !== undefined &&
      previous.facts[K.trigger] === facts[K.trigger];
    const event: TxEvent = { frame, payload: () => frame.payloadNode, facts, eventType, seqNo, transactionId, previous, repeat };
    list.push(event);
    if (transactionId !== undefined) last.set(transactionId, event);
  }
  const bare = doc.payload;
  if (bare?.action?.name === 'TransactionEvent' && bare.kind === 'request') {
    const facts: Facts = {};
    readFacts(plainValueOf(bare.node) as PlainPayload, facts);
    list.push({ payload: () => bare.node, facts, eventType: stringOf(facts[K.eventType]), seqNo: integerOf(facts[K.seqNo]),
      transactionId: stringOf(facts[K.id]), repeat: false });
  }
  cache.set(doc, events);
  return events;
}

/** What a finding covers: a node's exact range. */
const at = (node: ValueNode) => ({ offset: node.offset, length: node.length });

const lineOf = (doc: RuleDocument, event: TxEvent) => lineAt(doc, event.frame?.offset ?? 0);

/** The stoppedReason an Ended event needs, by triggerReason, and the requirements that say so. */
export type StoppedReasons = Readonly<Record<string, { readonly reason: string; readonly cite: string } | undefined>>;

/** The stoppedReason an Ended event needs for triggers that are not the driver's own stop at the station. */
const reasonForTrigger: StoppedReasons = {
  RemoteStop: { reason: 'Remote', cite: 'F03.FR.03' },
  Deauthorized: { reason: 'DeAuthorized', cite: 'E05.FR.10, C15.FR.04' },
  EVConnectTimeout: { reason: 'Timeout', cite: 'E03.FR.05' },
  ResetCommand: { reason: 'ImmediateReset', cite: 'E06.FR.08' },
  EnergyLimitReached: { reason: 'EnergyLimitReached', cite: 'E06.FR.08' },
  TimeLimitReached: { reason: 'TimeLimitReached', cite: 'E06.FR.08' },
  AbnormalCondition: { reason: 'the fault that ended it (e.g. GroundFault, OvercurrentFault, PowerLoss or Other)', cite: 'E06.FR.08' },
};

function check(doc: RuleDocument, report: ReportFinding, reasons: StoppedReasons): void {
  const events = eventsOf(doc);
  for (const event of events) checkEvent(event, report, reasons);
  if (doc.shape === 'conversation') {
    checkSequence(doc, events, report);
    checkAnswers(doc, report);
  }
}

/** What one event must hold on its own. */
function checkEvent(event: TxEvent, report: ReportFinding, reasons: StoppedReasons): void {
  const { facts, eventType } = event;
  const trigger = stringOf(facts[K.trigger]);
  if (facts[K.chargingState] === undefined && (eventType === 'Started' || trigger === 'ChargingStateChanged')) {
    const node = eventType === 'Started' ? nodeAt(event.payload(), 'eventType') : nodeAt(event.payload(), 'triggerReason');
    if (node) {
      report({ code: 'transaction-charging-state', ...at(node),
        message: eventType === 'Started'
          ? 'A Started event has no transactionInfo.chargingState: the charging state comes into being with the transaction, so its first event reports it (E02.FR.13), e.g. "EVConnected" or "Idle".'
          : 'An event triggered by ChargingStateChanged has no transactionInfo.chargingState: it must say the new state (E02.FR.13).',
        data: { eventType, triggerReason: trigger } });
    }
  }
  const needed = eventType === 'Ended' && facts[K.stoppedReason] === undefined && trigger !== undefined ? reasons[trigger] : undefined;
  if (needed) {
    const node = nodeAt(event.payload(), 'triggerReason');
    const { reason, cite } = needed;
    if (node) {
      report({ code: 'transaction-stopped-reason', ...at(node),
        message: `This Ended event (triggerReason ${trigger}) has no transactionInfo.stoppedReason, which means Local: a stop by the driver at the Charging Station. ` +
          `Set stoppedReason to ${reason} (E06.FR.08, ${cite}).`,
        data: { triggerReason: trigger, stoppedReason: reason.includes(' ') ? undefined : reason } });
    }
  }
}

/** The order of each transaction's events, their seqNo, and one transaction per EVSE. */
function checkSequence(doc: RuleDocument, events: readonly TxEvent[], report: ReportFinding): void {
  // EVSE of each transaction (from the first event that names one), open transactions per EVSE, last event per EVSE.
  const evseOf = new Map<string, number>();
  const openOn = new Map<number, TxEvent>();
  const lastOnEvse = new Map<number, TxEvent>();
  const ended = new Set<string>();
  let lastEvent: TxEvent | undefined;
  for (const event of events) {
    const { transactionId: id, eventType, previous } = event;
    if (!event.frame || id === undefined) continue;
    const payload = event.payload;
    if (!event.repeat) {
      if (previous && eventType === 'Started') {
        const node = nodeAt(payload(), 'eventType');
        if (node) report({ code: 'transaction-event-order', ...at(node),
          message: `Transaction ${id} already had a ${previous.eventType ?? 'TransactionEvent'} event on line ${lineOf(doc, previous)}: Started is only its first event; later ones are Updated, and the last is Ended (TransactionEventRequest.eventType, P2-201 §1.60.1).`,
          data: { transactionId: id, previousEventType: previous.eventType, previousLine: lineOf(doc, previous) } });
      } else if (previous && ended.has(id)) {
        const node = nodeAt(payload(), 'eventType');
        if (node) report({ code: 'transaction-event-order', ...at(node),
          message: `Transaction ${id} already ended (Ended on line ${lineOf(doc, previous)}): no event may follow its Ended event, which is its last (TransactionEventRequest.eventType, P2-201 §1.60.1); a new transaction needs a new transactionId (E01.FR.08).`,
          data: { transactionId: id, previousEventType: previous.eventType, previousLine: lineOf(doc, previous) } });
      }
      checkSeqNo(doc, event, report, evseOf, lastOnEvse, lastEvent);
    }
    // One transaction per EVSE (E01.FR.14), judged when the transaction first names its EVSE.
    const evseId = integerOf(event.facts[K.evseId]);
    if (evseId !== undefined && evseId > 0 && !evseOf.has(id)) {
      evseOf.set(id, evseId);
      const other = openOn.get(evseId);
      if (other && other.transactionId !== id && !ended.has(other.transactionId!)) {
        const node = nodeAt(payload(), 'evse', 'id');
        if (node) report({ code: 'transaction-concurrent', ...at(node),
          message: `EVSE ${evseId} already has transaction ${other.transactionId} (line ${lineOf(doc, other)}), which has not ended before this point: an EVSE runs one transaction at a time, so ${other.transactionId} needs its Ended event first (E01.FR.14).`,
          data: { evseId, transactionId: id, otherTransactionId: other.transactionId, otherLine: lineOf(doc, other) } });
      }
      openOn.set(evseId, event);
    }
    if (eventType === 'Ended') ended.add(id);
    const bound = evseOf.get(id);
    if (bound !== undefined) lastOnEvse.set(bound, event);
    lastEvent = event;
  }
}

function checkSeqNo(doc: RuleDocument, event: TxEvent, report: ReportFinding, evseOf: ReadonlyMap<string, number>,
  lastOnEvse: ReadonlyMap<number, TxEvent>, lastEvent: TxEvent | undefined): void {
  const { seqNo, previous, transactionId: id } = event;
  if (seqNo === undefined) return;
  if (previous?.seqNo !== undefined) {
    const expected = previous.seqNo + 1;
    if (seqNo === expected) return;
    // Offline, a Charging Station low on memory may drop queued Updated events (E04.FR.07, E04.FR.08): a gap
    // next to an offline event is allowed. Going back or standing still never is.
    const offline = event.facts[K.offline] === 1 || previous.facts[K.offline] === 1;
    if (seqNo > expected && offline) return;
    const node = nodeAt(event.payload(), 'seqNo');
    if (!node) return;
    const line = lineOf(doc, previous);
    const what = seqNo > expected
      ? `skips ${seqNo - expected === 1 ? 'seqNo ' + expected : `seqNo ${expected} to ${seqNo - 1}`}`
      : 'does not go up';
    const queued = event.facts[K.offline] === 1 ? ' Events queued while offline keep their order and numbers too.' : '';
    report({ code: 'transaction-seq-no', ...at(node),
      message: `seqNo ${seqNo} ${what}: the previous event of transaction ${id} (line ${line}) had seqNo ${previous.seqNo}, so this one should have ${expected}. Every TransactionEvent adds 1 to the seqNo (E01.FR.07, E §1.3.2).${queued}`,
      data: { transactionId: id, seqNo, expected, previousSeqNo: previous.seqNo, previousLine: line } });
    return;
  }
  if (event.eventType !== 'Started' || seqNo === 0) return;
  // A counter that carries on from the EVSE's previous transaction is allowed (E §1.3.2).
  const evseId = integerOf(event.facts[K.evseId]) ?? (id !== undefined ? evseOf.get(id) : undefined);
  const before = evseId !== undefined ? lastOnEvse.get(evseId) : lastEvent;
  if (before?.seqNo === seqNo - 1) return;
  const node = nodeAt(event.payload(), 'seqNo');
  if (!node) return;
  const carry = before?.seqNo !== undefined
    ? ` It does not carry on from the previous event${evseId !== undefined ? ` on EVSE ${evseId}` : ''} either (seqNo ${before.seqNo} on line ${lineOf(doc, before)}).`
    : '';
  report({ code: 'transaction-seq-no-start', ...at(node),
    message: `Transaction ${id} starts at seqNo ${seqNo}: a transaction should start at seqNo 0 (E §1.3.2, referenced by E01.FR.07); a counter that carries on from the EVSE's previous transaction is also allowed.${carry}`,
    data: { transactionId: id, seqNo } });
}

/** The CSMS answers an event that carried an idToken with idTokenInfo (E01.FR.12). */
function checkAnswers(doc: RuleDocument, report: ReportFinding): void {
  for (const frame of doc.frames) {
    const call = frame.answers;
    if (frame.messageType?.name !== 'CALLRESULT' || call?.action?.name !== 'TransactionEvent') continue;
    if (frame.facts[K.idTokenInfo] !== undefined) continue;
    if (call.facts[K.idToken] === undefined) continue;
    const payload = objectNode(frame.payloadNode);
    if (!payload) continue;
    const line = lineAt(doc, call.offset);
    report({ code: 'transaction-id-token-info', ...at(payload),
      message: `The TransactionEventRequest on line ${line} carried an idToken, so its response must include idTokenInfo with the token's authorization status (E01.FR.12).`,
      data: { requestLine: line } });
  }
}

/** On a TransactionEvent's eventType or seqNo: the transaction's previous event in this file. */
function hoverNote(doc: RuleDocument, node: ValueNode): string | undefined {
  if (doc.shape !== 'conversation') return undefined;
  const property = node.parent?.type === 'property' ? node.parent : undefined;
  const name = property?.key.value;
  if ((name !== 'eventType' && name !== 'seqNo') || property?.value !== node) return undefined;
  const event = eventsOf(doc).find((e) => e.frame && node.offset >= e.frame.offset && node.offset < e.frame.offset + e.frame.length);
  if (!event || event.transactionId === undefined || event.payload() !== property.parent) return undefined;
  const previous = event.previous;
  if (!previous) return `First event of transaction ${event.transactionId} in this file.`;
  const seq = previous.seqNo !== undefined ? `, seqNo ${previous.seqNo}` : '';
  const offline = previous.facts[K.offline] === 1 ? ', offline' : '';
  const repeat = event.repeat ? ' This event repeats its eventType, seqNo and triggerReason: a retry of the same event.' : '';
  return `Previous event of transaction ${event.transactionId}: ${previous.eventType ?? 'unknown eventType'}${seq}${offline} (line ${lineOf(doc, previous)}).${repeat}`;
}

/** The part; `stoppedReasons` changes what some triggers call for (2.1 deprecates the limit reasons). */
export function transactionsOver(stoppedReasons: StoppedReasons = {}): RulePart {
  const reasons: StoppedReasons = { ...reasonForTrigger, ...stoppedReasons };
  const factsMembers = ['idTokenInfo', 'transactionInfo', 'eventType', 'seqNo', 'offline', 'triggerReason', 'evse', 'idToken'];
  return { codes, readFacts, factsMembers, check: (doc, report) => check(doc, report, reasons), hoverNote };
}
