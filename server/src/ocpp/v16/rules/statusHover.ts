/**
 * Hover on a StatusNotification's status in a conversation: where the connector came from and which cell of
 * the OCPP 1.6 §4.9 table the change is. It reads the same history as the status-transition rule, so the
 * hover and the warning never disagree.
 */
import type { ValueNode } from '../../../json/jsonTree';
import { lineAt } from '../../../text/lines';
import type { RuleDocument } from '../../rules';
import { references } from '../references';
import { transitionBetween } from '../transitions';
import { statusReportAt, type StatusReport } from './statusReports';

export function statusHistoryNote(doc: RuleDocument, node: ValueNode): string | undefined {
  // A single frame or payload has no "before"; only a conversation says anything about order.
  if (doc.shape !== 'conversation') return undefined;
  const report = statusReportAt(doc, node);
  if (!report?.status || report.connectorId === undefined) return undefined;
  const previous = report.previous;
  if (report.connectorId === 0) {
    const before = previous ? `Its previous status in this file: ${describePrevious(doc, previous)}.` : 'This is its first status in this file.';
    return `Connector 0 stands for the whole charge point and is not bound to the §4.9 transition table, which holds for connectors 1 and up. ${before}`;
  }
  if (!previous) return `First status of connector ${report.connectorId} in this file.`;
  const where = `Previous status on connector ${report.connectorId}: ${describePrevious(doc, previous)}`;
  if (!previous.status) return `${where}, which is not a ChargePointStatus value, so this change is not checked.`;
  if (previous.status === report.status) return `${where}; the status is unchanged, so this is no transition.`;
  const transition = transitionBetween(previous.status, report.status);
  return transition
    ? `${where}; ${previous.status} -> ${report.status} is transition ${transition.code} (${references.statuses}): ${transition.doc}`
    : `${where}; ${previous.status} -> ${report.status} is not in the ${references.statuses} transition table.`;
}

function describePrevious(doc: RuleDocument, previous: StatusReport): string {
  const node = previous.statusNode ?? previous.payload;
  const name = previous.statusNode ? (previous.status ?? `"${previous.statusNode.value}"`) : 'no status';
  return `${name} (line ${lineAt(doc, node.offset)})`;
}
