/**
 * Rules about StatusNotification.req beyond its schema (OCPP 1.6 §4.9, §7.6, §7.7):
 * - per message: which errorCode fits which status;
 * - per connector across the file: each change of status should be a cell of the §4.9 table, and timestamps
 *   should not go back.
 *
 * None of these is an error: a charge point may skip short-lived states (MinimumStatusDuration), and a file may
 * be an excerpt of a longer session, so they are warnings or information for the author to judge.
 */
import { lineAt } from '../../../text/lines';
import { compareInstants } from '../../../text/dateTime';
import { listWithOr } from '../../../text/words';
import type { ReportFinding, RuleDocument } from '../../rules';
import { ChargePointStatus } from '../enums';
import { references } from '../references';
import { transitionBetween, transitionsFrom, type StatusTransition } from '../transitions';
import { statusReportsOf, type StatusReport } from './statusReports';

/**
 * The only statuses EVCommunicationError may accompany (§4.9; §7.6 calls it no real error: the connector
 * should not go to Faulted). Reported with them, it is a warning condition.
 */
const evCommunicationErrorStatuses: readonly string[] = ['Preparing', 'SuspendedEV', 'SuspendedEVSE', 'Finishing'];

/** The errorCode/status rules, for every StatusNotification.req in any document shape. */
export function checkStatusErrorCodes(doc: RuleDocument, report: ReportFinding): void {
  for (const r of statusReportsOf(doc)) {
    const { status, errorCode } = r;
    if (!status || !errorCode) continue;
    // The node is looked up only for a finding: it may cost building the frame's tree.
    const at = () => ({ offset: r.errorCodeNode!.offset, length: r.errorCodeNode!.length });
    if (errorCode === 'EVCommunicationError') {
      // §4.9 binds this code to four statuses; with those it is a plain warning condition, so no other rule applies.
      if (!evCommunicationErrorStatuses.includes(status)) {
        const faulted = status === 'Faulted'
          ? ' It is not a fault (§7.6): the connector stays usable and should report e.g. SuspendedEVSE rather than Faulted.'
          : '';
        report({ code: 'ev-communication-error-status', ...at(),
          message: `EVCommunicationError may only be reported with status ${listWithOr(evCommunicationErrorStatuses)} (${references.statuses}), not with ${status}.${faulted}`,
          data: { errorCode, status, allowedStatuses: [...evCommunicationErrorStatuses] } });
      }
      continue;
    }
    if (status === 'Faulted' && errorCode === 'NoError') {
      report({ code: 'faulted-without-error', ...at(),
        message: 'Status Faulted with errorCode NoError does not say what went wrong. Report the error that stopped the connector (OtherError with a vendorErrorCode when no other code fits).',
        data: { errorCode, status } });
    } else if (status !== 'Faulted' && errorCode !== 'NoError') {
      report({ code: 'error-without-fault', ...at(),
        message: `${errorCode} with status ${status} is a warning condition, not a fault: only status Faulted says the error stops charging (${references.statuses}). Report Faulted if it does.`,
        data: { errorCode, status } });
    }
  }
}

/** The transition and timestamp rules, which need the order of a conversation. */
export function checkStatusSequence(doc: RuleDocument, report: ReportFinding): void {
  if (doc.shape !== 'conversation') return;
  for (const r of statusReportsOf(doc)) {
    checkTransition(doc, r, report);
    checkTimestamp(doc, r, report);
  }
}

function checkTransition(doc: RuleDocument, r: StatusReport, report: ReportFinding): void {
  const previous = r.previous;
  // Connector 0 has no table (§4.9: its status has no direct connection to the connectors'); an unknown
  // status on either side cannot be judged; the same status again is no change (e.g. only errorCode changed).
  if (!r.connectorId || !previous?.status || !r.status || previous.status === r.status) return;
  if (transitionBetween(previous.status, r.status)) return;
  const statusNode = r.statusNode;
  if (!statusNode) return;
  const from = previous.status;
  const to = r.status;
  const allowed = transitionsFrom(from);
  const via = stepsBetween(from, to);
  const line = previous.statusNode ? lineAt(doc, previous.statusNode.offset) : undefined;
  const paths = via.map(([first, second]) => `${from} -> ${first.to} -> ${to} (${first.code}, ${second.code})`);
  const path = paths.length
    ? ` A short-lived status may have been skipped (MinimumStatusDuration): ${listWithOr(paths)} ${paths.length > 1 ? 'follow' : 'follows'} the table.`
    : '';
  report({ code: 'status-transition', offset: statusNode.offset, length: statusNode.length,
    message: `${from} -> ${to} is not a transition in ${references.statuses} (connector ${r.connectorId} was ${from}${line ? ` on line ${line}` : ''}). ` +
      `From ${from} the table allows ${listWithOr(allowed.map((t) => `${t.to} (${t.code})`))}.${path}`,
    data: { from, to, connectorId: r.connectorId, allowed: allowed.map((t) => t.to), via: via.map(([first]) => first.to), previousLine: line } });
}

/**
 * Every status in between that makes from -> to two cells of the table, in column order. Only operative
 * statuses count: the short-lived states a charge point skips are those of a session (Preparing, the two
 * Suspended ones, ...), and since Faulted and Unavailable connect to nearly everything, they would be offered
 * for every pair and say nothing.
 */
function stepsBetween(from: string, to: string): [StatusTransition, StatusTransition][] {
  const steps: [StatusTransition, StatusTransition][] = [];
  for (const first of transitionsFrom(from)) {
    if (!ChargePointStatus.values.find((v) => v.name === first.to)?.operative) continue;
    const second = transitionBetween(first.to, to);
    if (second) steps.push([first, second]);
  }
  return steps;
}

function checkTimestamp(doc: RuleDocument, r: StatusReport, report: ReportFinding): void {
  const earlier = r.previousTimed;
  if (r.connectorId === undefined || !r.instant || !earlier?.instant) return;
  if (compareInstants(r.instant, earlier.instant) >= 0) return;
  const timestampNode = r.timestampNode;
  const earlierNode = earlier.timestampNode;
  if (!timestampNode || !earlierNode) return;
  const line = lineAt(doc, earlierNode.offset);
  const connector = r.connectorId === 0 ? 'connector 0 (the charge point as a whole)' : `connector ${r.connectorId}`;
  report({ code: 'timestamp-backwards', offset: timestampNode.offset, length: timestampNode.length,
    message: `${timestampNode.value} is earlier than ${earlierNode.value}, the timestamp of the previous StatusNotification for ${connector} on line ${line}. ` +
      'Notifications follow the order of events, so the clock or the order of the frames looks wrong.',
    data: { connectorId: r.connectorId, timestamp: timestampNode.value, previousTimestamp: earlierNode.value, previousLine: line } });
}
