/**
 * Cases for 2.0.1's EVSE and connector numbering (server/src/ocpp/v201/rules/stations.ts, P1 §7): each text with the
 * findings of the part's codes it must give (code, the exact text covered, the requirement its message cites), and
 * hovers on evseId 0 where it stands for the whole Charging Station. stations.test.ts runs them through the service.
 */
import { conversation, type HoverCase, type RuleCase } from './support/ruleCases';

export const stationCodes = ['evse-id-range', 'evse-id-zero'];

const status = (evseId: string, connectorId: string) =>
  `[2, "s1", "StatusNotification", {"timestamp": "2024-05-01T10:00:00Z", "connectorStatus": "Available", "evseId": ${evseId}, "connectorId": ${connectorId}}]`;

export const stationCases: RuleCase[] = [
  { name: 'a StatusNotification for connector 1 of EVSE 1 gives nothing', clean: true, text: status('1', '1'), expect: [] },
  { name: 'P1 §7.1: StatusNotification evseId 0 names the main controller, which has no connectors (warning)',
    text: status('0', '1'), expect: [{ code: 'evse-id-zero', covers: '0', cites: 'P1 §7.1' }] },
  { name: 'P1 §7.2: StatusNotification connectorId 0 names no connector',
    text: status('1', '0'), expect: [{ code: 'evse-id-range', covers: '0', cites: 'P1 §7.2' }] },
  { name: 'P1 §7.1: a negative evseId is never a number an EVSE has',
    text: status('-1', '1'), expect: [{ code: 'evse-id-range', covers: '-1', cites: 'P1 §7.1' }] },
  { name: 'K08.FR.03: GetCompositeSchedule evseId 0 is the whole station and is accepted', clean: true,
    text: '[2, "g1", "GetCompositeSchedule", {"duration": 3600, "evseId": 0}]', expect: [] },
  { name: 'J01.FR.03: MeterValues evseId 0 is the main meter and is accepted', clean: true,
    text: '[2, "m1", "MeterValues", {"evseId": 0, "meterValue": [{"timestamp": "2024-05-01T10:00:00Z", "sampledValue": [{"value": 1200.5}]}]}]', expect: [] },
  { name: 'K09.FR.05 and the ClearChargingProfile criteria: evseId 0 is accepted', clean: true,
    text: conversation(
      '[2, "p1", "GetChargingProfiles", {"requestId": 7, "evseId": 0, "chargingProfile": {"chargingProfilePurpose": "TxDefaultProfile"}}]',
      '[2, "p2", "ClearChargingProfile", {"chargingProfileCriteria": {"evseId": 0}}]'), expect: [] },
  { name: 'G04.FR.01: ChangeAvailability for the whole station leaves evse out; evse.id 0 is an error',
    text: '[2, "c1", "ChangeAvailability", {"operationalStatus": "Inoperative", "evse": {"id": 0}}]',
    expect: [{ code: 'evse-id-range', covers: '0', cites: 'G04.FR.01' }] },
  { name: 'ChangeAvailability without evse (the whole station) gives nothing', clean: true,
    text: '[2, "c1", "ChangeAvailability", {"operationalStatus": "Inoperative"}]', expect: [] },
  { name: 'F06.FR.11: TriggerMessage evse.id 0 is an error, leaving evse out means every EVSE',
    text: '[2, "t1", "TriggerMessage", {"requestedMessage": "MeterValues", "evse": {"id": 0}}]',
    expect: [{ code: 'evse-id-range', covers: '0', cites: 'F06.FR.11' }] },
  { name: 'P1 §7.2: TriggerMessage evse.connectorId 0 is an error',
    text: '[2, "t1", "TriggerMessage", {"requestedMessage": "StatusNotification", "evse": {"id": 2, "connectorId": 0}}]',
    expect: [{ code: 'evse-id-range', covers: '0', cites: 'P1 §7.2' }] },
  { name: 'P2-201 §2.16: a component\'s evse.id 0, deep in a SetVariables array, is an error',
    text: '[2, "v1", "SetVariables", {"setVariableData": [{"attributeValue": "5", "component": {"name": "EVSE", "evse": {"id": 1}}, "variable": {"name": "Power"}}, ' +
      '{"attributeValue": "6", "component": {"name": "EVSE", "evse": {"id": 0}}, "variable": {"name": "Power"}}]}]',
    expect: [{ code: 'evse-id-range', covers: '0', cites: 'P2-201 §2.16' }] },
  { name: 'F01.FR.06: RequestStartTransaction evseId 0 is an error (leave it out to let the station choose)',
    text: '[2, "r1", "RequestStartTransaction", {"evseId": 0, "remoteStartId": 1, "idToken": {"idToken": "u1", "type": "Central"}}]',
    expect: [{ code: 'evse-id-range', covers: '0', cites: 'F01.FR.06' }] },
  { name: 'B11.FR.03: Reset evseId 0 is a warning (leave it out to reset the whole station)',
    text: '[2, "r2", "Reset", {"type": "Immediate", "evseId": 0}]',
    expect: [{ code: 'evse-id-zero', covers: '0', cites: 'B11.FR.03' }] },
  { name: 'C01.FR.19: 0 in an AuthorizeResponse idTokenInfo.evseId list is a warning; 2 is fine',
    text: conversation('[2, "a1", "Authorize", {"idToken": {"idToken": "u1", "type": "Central"}}]',
      '[3, "a1", {"idTokenInfo": {"status": "Accepted", "evseId": [2, 0]}}]'),
    expect: [{ code: 'evse-id-zero', covers: '0', cites: 'C01.FR.19' }] },
  { name: 'P1 §7.1: a frame with another problem is read from its tree, and its nested evse.id 0 is still found',
    text: conversation('[2, "e1", "TransactionEvent", {"eventType": "Started", "timestamp": "2024-05-01T10:00:00Z", "triggerReason": "CablePluggedIn", ' +
      '"seqNo": 0, "transactionInfo": {"transactionId": "tx1"}, "evse": {"id": 0, "connectorId": 1}, "colour": "red"}]'),
    expect: [{ code: 'evse-id-range', covers: '0', cites: 'P1 §7.1' }] },
  { name: 'P1 §7.2: a bare StatusNotificationRequest payload with connectorId 0',
    uri: 'file:///w/StatusNotificationRequest.json',
    text: '{"timestamp": "2024-05-01T10:00:00Z", "connectorStatus": "Available", "evseId": 1, "connectorId": 0}',
    expect: [{ code: 'evse-id-range', covers: '0', cites: 'P1 §7.2' }] },
  { name: 'P2-201 §1.62.1: UnlockConnector on evseId 0 is a warning, connectorId 0 an error',
    text: '[2, "u1", "UnlockConnector", {"evseId": 0, "connectorId": 0}]',
    expect: [{ code: 'evse-id-zero', covers: '0', cites: 'P2-201 §1.62.1' }, { code: 'evse-id-range', covers: '0', cites: 'P1 §7.2' }] },
];

/** Notes on numbers: the service asks the rules for notes on enumeration values only, so these ask the rules. */
export const stationHoverCases: HoverCase[] = [
  { name: 'K08.FR.03 on GetCompositeSchedule evseId 0', via: 'rules', text: '[2, "g1", "GetCompositeSchedule", {"duration": 3600, "evseId": |0}]', note: /grid connection \(K08\.FR\.03\)/ },
  { name: 'K01.FR.14 on SetChargingProfile evseId 0', via: 'rules',
    text: '[2, "p1", "SetChargingProfile", {"evseId": |0, "chargingProfile": {"id": 1, "stackLevel": 0, "chargingProfilePurpose": "TxDefaultProfile", "chargingProfileKind": "Absolute", ' +
      '"chargingSchedule": [{"id": 1, "startSchedule": "2024-05-01T00:00:00Z", "chargingRateUnit": "A", "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 16}]}]}}]',
    note: /every EVSE \(K01\.FR\.14\)/ },
  { name: 'J01.FR.03 on MeterValues evseId 0 in a conversation', via: 'rules',
    text: conversation('[2, "h1", "Heartbeat", {}]', '[2, "m1", "MeterValues", {"evseId": |0, "meterValue": [{"timestamp": "2024-05-01T10:00:00Z", "sampledValue": [{"value": 1}]}]}]'),
    note: /main meter \(J01\.FR\.03/ },
  { name: 'K09.FR.05 on GetChargingProfiles evseId 0', via: 'rules',
    text: '[2, "p1", "GetChargingProfiles", {"requestId": 7, "evseId": |0, "chargingProfile": {"chargingProfilePurpose": "TxDefaultProfile"}}]', note: /K09\.FR\.05/ },
  { name: 'no whole-station note on evseId 1', via: 'rules', text: '[2, "g1", "GetCompositeSchedule", {"duration": 3600, "evseId": |1}]', absent: /K08\.FR\.03/ },
  { name: 'no whole-station note on StatusNotification evseId 0', via: 'rules', text: status('|0', '1'), absent: /as a whole: the/ },
];
