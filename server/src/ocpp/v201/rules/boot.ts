/**
 * What the Charging Station may send before its boot is Accepted (B01-B03), over a conversation that shows a
 * BootNotification and its answer:
 * - after BootNotification and before its answer: nothing else (B01.FR.08);
 * - while Pending: only BootNotification and what the CSMS asked for, i.e. the message a TriggerMessage requested
 *   and the NotifyReports of a GetBaseReport or GetReport (B02.FR.02; the CSMS answers anything else with CALLERROR
 *   SecurityError, B02.FR.09);
 * - after Rejected: nothing but a new BootNotification, once the retry interval has passed (B03.FR.02).
 * A file without a BootNotification, or whose BootNotification has no answer in the file (a script whose answers
 * come from a live peer), proves nothing about the station's state and is not judged; nor is anything before the
 * first BootNotification, which may belong to an earlier, accepted session.
 */
import type { ValueNode } from '../../../json/jsonTree';
import { lineAt } from '../../../text/lines';
import type { CodeDefinition, ReportFinding, RuleDocument, RuleFrame } from '../../rules';
import { STATION_TO_CSMS } from '../directions';
import type { RulePart } from './rulePart';

const codes: Record<string, CodeDefinition> = {
  'call-before-boot-accepted': { severity: 'error', description: 'A request from the Charging Station, other than BootNotification or a message the CSMS asked for, while its BootNotification is unanswered, Pending or Rejected.' },
};

/** A trigger that any request answers. */
const anyAction = '*';

const keys = { status: 'boot.status', requestedMessage: 'boot.requestedMessage', requestId: 'boot.requestId', triggerEvse: 'boot.triggerEvse' };

/**
 * Requested messages that a TriggerMessage without `evse` asks for once per EVSE: "for all allowed evse values"
 * (F06.FR.11), e.g. one MeterValues per EVSE (F06.FR.06) or one TransactionEvent per ongoing transaction
 * (F06.FR.07). StatusNotification is not among them: it is requested per connector (F06.FR.12/13).
 */
const perEvse: ReadonlySet<string> = new Set(['MeterValues', 'TransactionEvent']);

/** The action a TriggerMessage's requestedMessage makes the Charging Station send. */
const triggeredAction: Readonly<Record<string, string>> = {
  SignChargingStationCertificate: 'SignCertificate',
  SignV2GCertificate: 'SignCertificate',
  SignV2G20Certificate: 'SignCertificate',
  SignCombinedCertificate: 'SignCertificate',
  // 2.1's CustomTrigger asks for a vendor-defined message (its customTrigger field): any next request may be it.
  CustomTrigger: anyAction,
};

type BootState =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'accepted' }
  /** The BootNotification is sent, its answer comes later in the file. */
  | { readonly kind: 'awaiting'; readonly boot: RuleFrame }
  | { readonly kind: 'pending' | 'rejected'; readonly answer: RuleFrame };

interface Trigger {
  readonly call: RuleFrame;
  readonly action: string;
  /** Asked for every EVSE (F06.FR.11): any number of messages answer it, until the next BootNotification. */
  readonly allEvses: boolean;
  used: boolean;
}

export const bootSequence: RulePart = {
  codes,
  factsMembers: ['status', 'requestedMessage', 'evse', 'requestId'],
  readFacts(payload, facts) {
    const { status, requestedMessage, requestId } = payload;
    if (typeof status === 'string') facts[keys.status] = status;
    if (typeof requestedMessage === 'string') {
      facts[keys.requestedMessage] = requestedMessage;
      const { evse } = payload;
      facts[keys.triggerEvse] = evse !== null && typeof evse === 'object' ? 1 : 0;
    }
    if (typeof requestId === 'number' && Number.isInteger(requestId)) facts[keys.requestId] = requestId;
  },
  check(doc: RuleDocument, report: ReportFinding): void {
    if (doc.shape !== 'conversation') return;
    if (!doc.frames.some((f) => f.action?.name === 'BootNotification' && f.messageType?.name === 'CALL')) return;
    // The BootNotifications something answers: only their answers are gathered, not every CALL's of a long log.
    const answered = new Set<RuleFrame>();
    for (const frame of doc.frames) if (frame.answers?.action?.name === 'BootNotification') answered.add(frame.answers);
    let state: BootState = { kind: 'unknown' };
    const triggers: Trigger[] = [];
    // The requestIds of GetBaseReport and GetReport requests not refused, with their CALL.
    const reports = new Map<number, RuleFrame>();
    for (const frame of doc.frames) {
      const type = frame.messageType?.name;
      // A 2.1 SEND is a request too, only one nothing answers.
      if (type === 'CALL' || type === 'SEND') {
        const action = frame.action;
        if (!action) continue;
        if (action.name === 'BootNotification') {
          useTrigger(triggers, action.name);
          for (const trigger of triggers) if (trigger.allEvses) trigger.used = true;
          state = answered.has(frame) ? { kind: 'awaiting', boot: frame } : { kind: 'unknown' };
          continue;
        }
        if (action.name === 'TriggerMessage') {
          const requested = frame.facts[keys.requestedMessage];
          if (typeof requested === 'string') {
            const allEvses = perEvse.has(requested) && frame.facts[keys.triggerEvse] === 0;
            triggers.push({ call: frame, action: triggeredAction[requested] ?? requested, allEvses, used: false });
          }
          continue;
        }
        if (action.name === 'GetBaseReport' || action.name === 'GetReport') {
          const requestId = frame.facts[keys.requestId];
          if (typeof requestId === 'number') reports.set(requestId, frame);
          continue;
        }
        // DataTransfer goes either way: who sent it, the file does not say.
        if (action.direction !== STATION_TO_CSMS) continue;
        const triggered = useTrigger(triggers, action.name);
        if (state.kind === 'unknown' || state.kind === 'accepted') continue;
        // A 2.1 SEND gets no answer at all, so no SecurityError either.
        const expectsAnswer = type === 'CALL';
        if (state.kind === 'rejected') {
          flag(frame, report, state, `${action.name} sent after the CSMS rejected the boot (BootNotificationResponse on line ${lineOfFrame(doc, state.answer)}): ` +
            'until the retry interval has passed, the Charging Station sends nothing but a new BootNotification (B03.FR.02)' +
            (expectsAnswer ? ', and the CSMS answers anything else with CALLERROR SecurityError (B03.FR.07).' : '.'));
          continue;
        }
        if (triggered) continue;
        if (action.name === 'NotifyReport' && reportAsked(frame, reports)) continue;
        const asked = action.name === 'NotifyReport' && reports.size > 0
          ? ` Its requestId matches no GetBaseReport or GetReport in the file (${[...reports.keys()].join(', ')}).`
          : '';
        if (state.kind === 'awaiting') {
          flag(frame, report, state, `${action.name} sent while the BootNotification on line ${lineOfFrame(doc, state.boot)} is still unanswered: ` +
            'until the CSMS answers Accepted or Pending, the Charging Station sends no other request (B01.FR.08).');
        } else {
          flag(frame, report, state, `${action.name} sent while the boot is Pending (BootNotificationResponse on line ${lineOfFrame(doc, state.answer)}): ` +
            'until Accepted, the Charging Station sends only BootNotification and the messages the CSMS asks for with TriggerMessage, GetBaseReport or GetReport (B02.FR.02)' +
            `${expectsAnswer ? '; the CSMS answers anything else with CALLERROR SecurityError (B02.FR.09)' : ''}.${asked}`);
        }
        continue;
      }
      const call = frame.answers;
      if (!call) continue;
      const status = frame.facts[keys.status];
      if (call.action?.name === 'BootNotification' && state.kind === 'awaiting' && state.boot === call) {
        // A CALLERROR (or an unreadable status) completes no boot: the station is still waiting (B01.FR.08).
        if (type !== 'CALLRESULT' || typeof status !== 'string') continue;
        state = status === 'Accepted' ? { kind: 'accepted' }
          : status === 'Pending' || status === 'Rejected' ? { kind: status === 'Pending' ? 'pending' : 'rejected', answer: frame }
          : { kind: 'unknown' };
        continue;
      }
      // A refused request asks for nothing; an answer without a readable status is given the benefit of the doubt.
      const refused = type === 'CALLERROR' || (typeof status === 'string' && status !== 'Accepted');
      if (!refused) continue;
      if (call.action?.name === 'TriggerMessage') {
        const trigger = triggers.find((t) => t.call === call);
        if (trigger) trigger.used = true;
      } else if (call.action?.name === 'GetBaseReport' || call.action?.name === 'GetReport') {
        for (const [requestId, request] of reports) if (request === call) reports.delete(requestId);
      }
    }
  },
};

/** Takes the oldest unused trigger for `action`; whether there was one. */
function useTrigger(triggers: Trigger[], action: string): boolean {
  const trigger = triggers.find((t) => !t.used && (t.action === action || t.action === anyAction));
  if (trigger && !trigger.allEvses) trigger.used = true;
  return !!trigger;
}

/** Whether a NotifyReport belongs to a report the CSMS asked for: its requestId, or any report when it has none readable. */
function reportAsked(frame: RuleFrame, reports: ReadonlyMap<number, RuleFrame>): boolean {
  const requestId = frame.facts[keys.requestId];
  return typeof requestId === 'number' ? reports.has(requestId) : reports.size > 0;
}

function lineOfFrame(doc: RuleDocument, frame: RuleFrame): number {
  return lineAt(doc, frame.offset);
}

function flag(frame: RuleFrame, report: ReportFinding, state: BootState, message: string): void {
  const node = actionNodeOf(frame);
  const at = node ?? { offset: frame.offset, length: 1 };
  report({ code: 'call-before-boot-accepted', offset: at.offset, length: at.length, message,
    data: { action: frame.action?.name, bootState: state.kind } });
}

/** The action name of a CALL, found through its payload's frame array (this builds only this frame's tree). */
function actionNodeOf(frame: RuleFrame): ValueNode | undefined {
  const parent = frame.payloadNode?.parent;
  if (parent?.type !== 'array') return undefined;
  const action = parent.items[2];
  return action?.type === 'string' ? action : undefined;
}
