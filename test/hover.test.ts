import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverAt, statusCall } from './support/service';

const plainText = { textDocument: { hover: { contentFormat: ['plaintext' as const] } } };

describe('hover', () => {
  test('a status value: meaning, operative or not, and whether connector 0 may report it', () => {
    const charging = hoverAt(statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Char|ging"}'))!;
    assert.match(charging, /\*\*Charging\*\*/);
    assert.match(charging, /contactor is closed/);
    assert.match(charging, /Operative/);
    assert.match(charging, /connector 0 may not/);
    const unavailable = hoverAt(statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Unavail|able"}'))!;
    assert.match(unavailable, /Inoperative/);
    assert.match(unavailable, /Connector 0 .* may report it too/);
  });

  test('a field name: type, required or optional, limits', () => {
    const connector = hoverAt(statusCall('{"connect|orId": 1}'))!;
    assert.match(connector, /Required field of StatusNotification\.req: integer, at least 0/);
    const info = hoverAt(statusCall('{"in|fo": ""}'))!;
    assert.match(info, /Optional field/);
    assert.match(info, /at most 50 characters/);
  });

  test('connectorId 0 explains what connector 0 is', () => {
    assert.match(hoverAt(statusCall('{"connectorId": |0}'))!, /charge point as a whole/);
    // Other connector numbers show the field instead.
    assert.match(hoverAt(statusCall('{"connectorId": |3}'))!, /Required field/);
  });

  test('an errorCode value explains itself', () => {
    assert.match(hoverAt(statusCall('{"errorCode": "Ground|Failure"}'))!, /ground-fault/);
  });

  test('a MessageTypeId names the frame kind and its shape', () => {
    const call = hoverAt('[|2, "a1", "Heartbeat", {}]')!;
    assert.match(call, /2: CALL/);
    assert.match(call, /\[MessageTypeId, UniqueId, Action, Payload\]/);
    assert.match(hoverAt('[[2, "a1", "Heartbeat", {}], [|3, "a1", {}]]')!, /3: CALLRESULT/);
    assert.match(hoverAt('[|4, "a1", "GenericError", "", {}]')!, /4: CALLERROR/);
  });

  test('an action name: direction and purpose', () => {
    const hover = hoverAt('[2, "a1", "Status|Notification", {}]')!;
    assert.match(hover, /Charge Point → Central System/);
    assert.match(hover, /Core profile/);
  });

  test('a CALLRESULT id says which CALL it answers', () => {
    assert.match(hoverAt('[\n[2, "a1", "Heartbeat", {}],\n[3, "a|1", {}]\n]')!, /Answers the Heartbeat CALL on line 2/);
  });

  test('plain text for clients without Markdown', () => {
    const hover = hoverAt(statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Char|ging"}'), plainText)!;
    assert.doesNotMatch(hover, /\*\*/);
    assert.match(hover, /^Charging\n/);
  });

  test('nothing on punctuation or unknown things', () => {
    assert.equal(hoverAt(statusCall('{"connectorId": 1,| "x": 2}')), undefined);
    assert.equal(hoverAt('[2, "a1", "Nope|", {}]'), undefined);
  });
});

describe('hover in an OCPP 2.0.1 file', () => {
  const boot = (payload: string) => `[2, "b1", "BootNotification", ${payload}]`;

  test("an action names its version, direction, functional block and use cases", () => {
    const text = hoverAt('[2, "t1", "TransactionE|vent", {}]')!;
    assert.match(text, /OCPP 2\.0\.1 · Charging Station → CSMS · functional block E Transactions/);
    assert.match(text, /Use cases: E01/);
    const reset = hoverAt('[2, "r1", "Re|set", {"type": "Immediate", "evseId": 1}]')!;
    assert.match(reset, /OCPP 2\.0\.1 · CSMS → Charging Station/);
  });

  test('a field shows its 2.0.1 type, limits and description, and what its absence means', () => {
    const reason = hoverAt(boot('{"rea|son": "PowerUp", "chargingStation": {"model": "M", "vendorName": "V"}}'))!;
    assert.match(reason, /Required field of BootNotificationRequest: BootReasonEnumType/);
    const model = hoverAt(boot('{"reason": "PowerUp", "chargingStation": {"mo|del": "M", "vendorName": "V"}}'))!;
    assert.match(model, /Required field of ChargingStationType: string \(at most 20 characters\)/);
    const tbc = hoverAt('[2, "n1", "NotifyReport", {"requestId": 1, "generatedAt": "2024-05-01T10:00:00Z", "seqNo": 0, "t|bc": true}]')!;
    assert.match(tbc, /When absent, a receiver takes it as false/);
    const transactionId = hoverAt('[2, "g1", "GetTransactionStatus", {"transac|tionId": "abc"}]')!;
    assert.match(transactionId, /identifierString \(at most 36 characters\)/);
  });

  test('an evseId 0 that means the whole Charging Station says so on hover', () => {
    const text = hoverAt('[2, "c1", "GetCompositeSchedule", {"duration": 60, "evseId": |0}]')!;
    assert.match(text, /Required field of GetCompositeScheduleRequest/);
    assert.match(text, /whole|grid connection|Charging Station/i);
  });

  test('a connector status value says whether it is operative', () => {
    const text = hoverAt('[2, "s1", "StatusNotification", {"timestamp": "2024-05-01T10:00:00Z", "connectorStatus": "Occu|pied", "evseId": 1, "connectorId": 1}]')!;
    assert.match(text, /\*\*Occupied\*\*/);
    assert.match(text, /operative/i);
  });
});
