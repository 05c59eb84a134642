/**
 * OCPP 2.1 deprecates StatusNotification: it is "still allowed", but a Charging Station reports a connector's status
 * with a NotifyEvent about component "Connector" (with its evse and connectorId) and variable "AvailabilityState",
 * trigger Delta, the status as actualValue (B01.FR.05 (2.1), E02.FR.05 (2.1), G01.FR.03-07). Each StatusNotification
 * CALL of a 2.1 file gets a hint on its action, struck through as deprecated, and a quick fix that writes the
 * equivalent NotifyEvent. Both answers are empty objects, so the CALLRESULT that follows stays valid.
 */
import type { ArrayNode } from '../../../json/jsonTree';
import { plainValueOf } from '../../../json/treeQueries';
import type { CodeDefinition, ReportFinding, RuleDocument } from '../../rules';
import { integerOf, nodeAt, stringOf } from '../../v201/rules/partValues';
import type { RulePart } from '../../v201/rules/rulePart';

const code = 'status-notification-deprecated';

const codes: Record<string, CodeDefinition> = {
  [code]: { severity: 'hint', description: 'A StatusNotification in an OCPP 2.1 file: still allowed, but deprecated in favour of a NotifyEvent reporting the connector\'s AvailabilityState.' },
};

const message = 'StatusNotification is deprecated in OCPP 2.1, though still allowed: a connector\'s status goes in a NotifyEvent ' +
  'whose event names component "Connector" with the EVSE and connector, variable "AvailabilityState", trigger "Delta", ' +
  'and the status as actualValue (B01.FR.05 (2.1), G01.FR.03-07).';

export const deprecatedStatusNotification: RulePart = {
  codes,
  check(doc: RuleDocument, report: ReportFinding): void {
    if (doc.payload?.action?.name === 'StatusNotification' && doc.payload.kind === 'request') {
      // A bare payload's message comes from its file name: there is no action token to rewrite.
      report({ code, message, offset: doc.payload.node.offset, length: 1, deprecated: true, data: {} });
    }
    doc.frames.forEach((frame, index) => {
      if (frame.action?.name !== 'StatusNotification' || frame.messageType?.name !== 'CALL') return;
      const array = frame.payloadNode?.parent;
      const action = array?.type === 'array' ? array.items[2] : undefined;
      if (action?.type !== 'string') return;
      const rewrite = array?.type === 'array' ? rewriteOf(doc, array, index + 1) : undefined;
      report({ code, message, offset: action.offset, length: action.length, deprecated: true, data: rewrite ? { rewrite } : {} });
    });
  },
};

/**
 * The action and payload of the NotifyEvent that reports what the StatusNotification `frame` reports, or undefined
 * when its payload lacks a value the event needs. `eventId` is the frame's position in the file, so frames rewritten
 * one after the other get different ids.
 */
function rewriteOf(doc: RuleDocument, frame: ArrayNode, eventId: number) {
  const [, , action, payload] = frame.items;
  if (action?.type !== 'string' || payload?.type !== 'object') return undefined;
  const valueOf = (name: string) => plainValueOf(nodeAt(payload, name));
  const timestamp = stringOf(valueOf('timestamp'));
  const status = stringOf(valueOf('connectorStatus'));
  const evseId = integerOf(valueOf('evseId'));
  const connectorId = integerOf(valueOf('connectorId'));
  if (timestamp === undefined || status === undefined || evseId === undefined || connectorId === undefined) return undefined;
  const event = `{"eventId": ${eventId}, "timestamp": ${JSON.stringify(timestamp)}, "trigger": "Delta", ` +
    `"actualValue": ${JSON.stringify(status)}, "eventNotificationType": "HardWiredNotification", ` +
    `"component": {"name": "Connector", "evse": {"id": ${evseId}, "connectorId": ${connectorId}}}, "variable": {"name": "AvailabilityState"}}`;
  const newText = `"NotifyEvent", {"generatedAt": ${JSON.stringify(timestamp)}, "seqNo": 0, "eventData": [${event}]}`;
  const end = payload.offset + payload.length;
  return { title: 'Report it with NotifyEvent (AvailabilityState)', offset: action.offset, expect: doc.text.slice(action.offset, end), newText };
}
