/**
 * Cases for what a Charging Station may send before its boot is Accepted (server/src/ocpp/v201/rules/boot.ts: B01.FR.08,
 * B02.FR.02, B03.FR.02): the findings of the part's code (code, exact text covered, cited requirement).
 * boot.test.ts runs them through the service.
 */
import { conversation, type RuleCase } from './support/ruleCases';

export const bootCodes = ['call-before-boot-accepted'];

const boot = (id: string) => `[2, "${id}", "BootNotification", {"reason": "PowerUp", "chargingStation": {"model": "M1", "vendorName": "V"}}]`;
const bootAnswer = (id: string, status: string) => `[3, "${id}", {"currentTime": "2024-05-01T10:00:00Z", "interval": 60, "status": "${status}"}]`;
const heartbeat = (id: string) => `[2, "${id}", "Heartbeat", {}]`;
const heartbeatAnswer = (id: string) => `[3, "${id}", {"currentTime": "2024-05-01T10:00:00Z"}]`;
const statusCall = (id: string) => `[2, "${id}", "StatusNotification", {"timestamp": "2024-05-01T10:00:00Z", "connectorStatus": "Available", "evseId": 1, "connectorId": 1}]`;
const trigger = (id: string, message: string) => `[2, "${id}", "TriggerMessage", {"requestedMessage": "${message}"}]`;
const meterValues = (id: string, evseId: number) => `[2, "${id}", "MeterValues", {"evseId": ${evseId}, "meterValue": [{"timestamp": "2024-05-01T10:00:00Z", "sampledValue": [{"value": 1200, "context": "Trigger"}]}]}]`;
const triggerAnswer = (id: string, status = 'Accepted') => `[3, "${id}", {"status": "${status}"}]`;
const notifyReport = (id: string, requestId: number) =>
  `[2, "${id}", "NotifyReport", {"requestId": ${requestId}, "generatedAt": "2024-05-01T10:00:00Z", "seqNo": 0}]`;

export const bootCases: RuleCase[] = [
  { name: 'Accepted, then StatusNotification and Heartbeat: nothing', clean: true,
    text: conversation(boot('b1'), bootAnswer('b1', 'Accepted'), statusCall('s1'), '[3, "s1", {}]', heartbeat('h1'), heartbeatAnswer('h1')),
    expect: [] },
  { name: 'B02.FR.02: a Heartbeat while Pending is flagged on its action',
    text: conversation(boot('b1'), bootAnswer('b1', 'Pending'), heartbeat('h1'), heartbeatAnswer('h1')),
    expect: [{ code: 'call-before-boot-accepted', covers: '"Heartbeat"', cites: 'B02.FR.02' }] },
  { name: 'B02.FR.02: while Pending, the message a TriggerMessage asked for is allowed, once; the next one is not',
    text: conversation(boot('b1'), bootAnswer('b1', 'Pending'), trigger('t1', 'StatusNotification'), triggerAnswer('t1'),
      statusCall('s1'), '[3, "s1", {}]', statusCall('s2'), '[3, "s2", {}]'),
    expect: [{ code: 'call-before-boot-accepted', covers: '"StatusNotification"', cites: 'B02.FR.09' }] },
  { name: 'F06.FR.11: while Pending, a MeterValues trigger without evse asks for every EVSE, so one MeterValues per EVSE is allowed', clean: true,
    text: conversation(boot('b1'), bootAnswer('b1', 'Pending'), trigger('t1', 'MeterValues'), triggerAnswer('t1'),
      meterValues('m1', 1), '[3, "m1", {}]', meterValues('m2', 2), '[3, "m2", {}]'),
    expect: [] },
  { name: 'F06.FR.11: a MeterValues trigger for one EVSE asks for one MeterValues; a trigger for all EVSEs lasts only until the next BootNotification',
    text: conversation(boot('b1'), bootAnswer('b1', 'Pending'),
      '[2, "t1", "TriggerMessage", {"requestedMessage": "MeterValues", "evse": {"id": 1}}]', triggerAnswer('t1'),
      meterValues('m1', 1), '[3, "m1", {}]', meterValues('m2', 2), '[3, "m2", {}]',
      trigger('t2', 'MeterValues'), triggerAnswer('t2'), boot('b2'), bootAnswer('b2', 'Pending'), meterValues('m3', 1), '[3, "m3", {}]'),
    expect: [{ code: 'call-before-boot-accepted', covers: '"MeterValues"', cites: 'B02.FR.02' },
      { code: 'call-before-boot-accepted', covers: '"MeterValues"', cites: 'B02.FR.02' }] },
  { name: 'B02.FR.02: a TriggerMessage the station Rejected asks for nothing',
    text: conversation(boot('b1'), bootAnswer('b1', 'Pending'), trigger('t1', 'Heartbeat'), triggerAnswer('t1', 'Rejected'), heartbeat('h1'), heartbeatAnswer('h1')),
    expect: [{ code: 'call-before-boot-accepted', covers: '"Heartbeat"', cites: 'B02.FR.02' }] },
  { name: 'B02.FR.02: NotifyReport for the GetBaseReport the CSMS sent while Pending is allowed; another requestId is not',
    text: conversation(boot('b1'), bootAnswer('b1', 'Pending'), '[2, "g1", "GetBaseReport", {"requestId": 5, "reportBase": "FullInventory"}]',
      '[3, "g1", {"status": "Accepted"}]', notifyReport('n1', 5), '[3, "n1", {}]', notifyReport('n2', 6), '[3, "n2", {}]'),
    expect: [{ code: 'call-before-boot-accepted', covers: '"NotifyReport"', cites: 'matches no GetBaseReport or GetReport' }] },
  { name: 'B01.FR.08: a request sent before the BootNotification is answered',
    text: conversation(boot('b1'), statusCall('s1'), bootAnswer('b1', 'Accepted'), '[3, "s1", {}]'),
    expect: [{ code: 'call-before-boot-accepted', covers: '"StatusNotification"', cites: 'B01.FR.08' }] },
  { name: 'B03.FR.02: after Rejected nothing but a new BootNotification; after it is Accepted all is well',
    text: conversation(boot('b1'), bootAnswer('b1', 'Rejected'), heartbeat('h1'), heartbeatAnswer('h1'), boot('b2'), bootAnswer('b2', 'Accepted'),
      heartbeat('h2'), heartbeatAnswer('h2')),
    expect: [{ code: 'call-before-boot-accepted', covers: '"Heartbeat"', cites: 'B03.FR.02' }] },
  { name: 'a file without a BootNotification proves nothing', clean: true,
    text: conversation(heartbeat('h1'), heartbeatAnswer('h1'), statusCall('s1'), '[3, "s1", {}]'), expect: [] },
  { name: 'a script whose BootNotification has no answer in the file (a live peer answers) is not judged', clean: true,
    text: conversation(boot('b1'), statusCall('s1'), heartbeat('h1')), expect: [] },
  { name: 'requests before the first BootNotification may belong to an earlier session', clean: true,
    text: conversation(heartbeat('h1'), heartbeatAnswer('h1'), boot('b1'), bootAnswer('b1', 'Accepted')), expect: [] },
  { name: 'B02.FR.01: the CSMS\'s own requests while Pending (SetVariables) are not the station\'s', clean: true,
    text: conversation(boot('b1'), bootAnswer('b1', 'Pending'),
      '[2, "v1", "SetVariables", {"setVariableData": [{"attributeValue": "60", "component": {"name": "OCPPCommCtrlr"}, "variable": {"name": "HeartbeatInterval"}}]}]',
      '[3, "v1", {"setVariableResult": [{"attributeStatus": "Accepted", "component": {"name": "OCPPCommCtrlr"}, "variable": {"name": "HeartbeatInterval"}}]}]',
      trigger('t1', 'BootNotification'), triggerAnswer('t1'), boot('b2'), bootAnswer('b2', 'Accepted')),
    expect: [] },
];
