/** Cases for the 2.0.1 multi-part report rules (server/src/ocpp/v201/rules/reports.ts); reports.test.ts runs them. */
import type { RuleCase } from './support/ruleCases';

export const reportCodes = ['report-request-id', 'report-seq-no', 'report-tbc'];

const conversation = (...frames: string[]) => `[\n${frames.join(',\n')}\n]`;
let nextId = 0;
const exchange = (action: string, payload: string, result = '{}') => {
  const id = `r${++nextId}`;
  return `[2, "${id}", "${action}", ${payload}],\n[3, "${id}", ${result}]`;
};
const getReport = (requestId: number) => exchange('GetBaseReport', `{"requestId": ${requestId}, "reportBase": "FullInventory"}`, '{"status": "Accepted"}');
const notifyReport = (requestId: number, seqNo: number, tbc?: boolean) =>
  exchange('NotifyReport', `{"requestId": ${requestId}, "generatedAt": "2024-05-01T10:00:00Z", ${tbc === undefined ? '' : `"tbc": ${tbc}, `}"seqNo": ${seqNo}}`);
const notifyEvent = (seqNo: number, tbc?: boolean) =>
  exchange('NotifyEvent', `{"generatedAt": "2024-05-01T10:00:00Z", ${tbc === undefined ? '' : `"tbc": ${tbc}, `}"seqNo": ${seqNo}, "eventData": [{"eventId": 1, "timestamp": "2024-05-01T10:00:00Z", "trigger": "Delta", "actualValue": "1", "eventNotificationType": "HardWiredNotification", "component": {"name": "EVSE"}, "variable": {"name": "Power"}}]}`);
const getProfiles = (requestId: number) => exchange('GetChargingProfiles', `{"requestId": ${requestId}, "chargingProfile": {"stackLevel": 1}}`, '{"status": "Accepted"}');
const profile = '{"id": 1, "stackLevel": 1, "chargingProfilePurpose": "TxDefaultProfile", "chargingProfileKind": "Relative", "chargingSchedule": [{"id": 1, "chargingRateUnit": "A", "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 16}]}]}';
const reportProfiles = (requestId: number, tbc?: boolean) =>
  exchange('ReportChargingProfiles', `{"requestId": ${requestId}, "chargingLimitSource": "CSO", "evseId": 1, ${tbc === undefined ? '' : `"tbc": ${tbc}, `}"chargingProfile": [${profile}]}`);
const getLog = (requestId: number) => exchange('GetLog', `{"requestId": ${requestId}, "logType": "DiagnosticsLog", "log": {"remoteLocation": "https://example.com/logs"}}`, '{"status": "Accepted"}');
const logStatus = (requestId: number, status = 'Uploading') => exchange('LogStatusNotification', `{"status": "${status}", "requestId": ${requestId}}`);

export const reportCases: RuleCase[] = [
  {
    name: 'a report in three parts answering its request gives nothing',
    clean: true,
    text: conversation(getReport(7), notifyReport(7, 0, true), notifyReport(7, 1, true), notifyReport(7, 2),
      getProfiles(3), reportProfiles(3, true), reportProfiles(3, false), getLog(9), logStatus(9), logStatus(9, 'Uploaded'),
      notifyEvent(0, true), notifyEvent(1), notifyEvent(0)),
    expect: [],
  },
  {
    name: 'parts of a report whose request is not in the file give nothing',
    text: conversation(notifyReport(4, 5, true), notifyReport(4, 6), logStatus(2)),
    expect: [],
  },
  {
    name: 'a requestId no request in the file asked for',
    text: conversation(getReport(7), notifyReport(8, 0)),
    expect: [{ code: 'report-request-id', covers: '8', cites: 'B07.FR.04' }],
  },
  {
    name: 'a LogStatusNotification with another requestId than the GetLog',
    text: conversation(getLog(9), logStatus(10)),
    expect: [{ code: 'report-request-id', covers: '10', cites: 'N01.FR.07' }],
  },
  {
    name: 'an upload canceled for a newer GetLog may name the older request',
    text: conversation(getLog(9), logStatus(8, 'AcceptedCanceled')),
    expect: [],
  },
  {
    name: 'the first part after the request is not seqNo 0',
    text: conversation(getReport(7), notifyReport(7, 1)),
    expect: [{ code: 'report-seq-no', covers: '1', cites: 'B07.FR.10' }],
  },
  {
    name: 'a part that skips a seqNo',
    text: conversation(getReport(7), notifyReport(7, 0, true), notifyReport(7, 2)),
    expect: [{ code: 'report-seq-no', covers: '2', cites: 'B07.FR.10' }],
  },
  {
    name: 'a part after the last part',
    text: conversation(getProfiles(3), reportProfiles(3), reportProfiles(3)),
    expect: [{ code: 'report-tbc', covers: '3', cites: 'K09.FR.02' }],
  },
  {
    name: 'a NotifyEvent continuing a report that had ended',
    text: conversation(notifyEvent(0, false), notifyEvent(1)),
    expect: [{ code: 'report-seq-no', covers: '1', cites: 'N07.FR.07' }],
  },
  {
    name: 'a NotifyEvent part that skips a seqNo',
    text: conversation(notifyEvent(0, true), notifyEvent(2)),
    expect: [{ code: 'report-seq-no', covers: '2', cites: 'N07.FR.07' }],
  },
  {
    name: 'tbc read from a frame with another problem',
    text: conversation(getReport(7), notifyReport(7, 0, true).replace('"seqNo"', '"extra": 1, "seqNo"'), notifyReport(7, 1)),
    expect: [],
  },
];
