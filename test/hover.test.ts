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
    assert.match(connector, /Required field of StatusNotification\.req: integer ≥ 0/);
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
