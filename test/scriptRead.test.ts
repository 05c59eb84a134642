/** Reading a conversation file as a run's steps: which CALLs are ours, which are expected, and what answers what. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';
import { readScript } from '../server/src/session/script';

const service = getLanguageService({ catalogs });

const boot16 = [2, 'b1', 'BootNotification', { chargePointVendor: 'V', chargePointModel: 'M' }];
const bootAnswer = [3, 'b1', { status: 'Accepted', currentTime: '2024-01-01T00:00:00Z', interval: 300 }];
const remoteStart = [2, 'r1', 'RemoteStartTransaction', { idTag: 'TAG1' }];
const remoteStartAnswer = [3, 'r1', { status: 'Accepted' }];

function steps(frames: unknown[], role: 'station' | 'csms', uri = 'file:///s.ocpp.json') {
  return readScript(service, uri, JSON.stringify(frames, null, 2), role);
}

test('a station script: our CALL with its expected answer, the central system\'s CALL with our reply', () => {
  const script = steps([boot16, bootAnswer, remoteStart, remoteStartAnswer], 'station');
  assert.deepEqual(script.errors, []);
  assert.equal(script.version, '1.6');
  assert.deepEqual(script.steps.map((s) => [s.index, s.kind, s.action]), [[1, 'call', 'BootNotification'], [2, 'await', 'RemoteStartTransaction']]);
  assert.deepEqual(script.steps[0].expected, bootAnswer);
  assert.equal(script.steps[0].reply, undefined);
  assert.deepEqual(script.steps[1].reply, remoteStartAnswer);
  assert.equal(script.steps[1].expected, undefined);
  // Lines are the frames' lines in the file as written (JSON.stringify with 2 spaces puts frame 1 on line 2).
  assert.equal(script.steps[0].line, 2);
});

test('the same script played as the central system turns the roles around', () => {
  const script = steps([boot16, bootAnswer, remoteStart, remoteStartAnswer], 'csms');
  assert.deepEqual(script.steps.map((s) => s.kind), ['await', 'call']);
  assert.deepEqual(script.steps[0].reply, bootAnswer);
  assert.deepEqual(script.steps[1].expected, remoteStartAnswer);
});

test('DataTransfer, which either side sends, is ours in a JSON file; a log\'s directions decide in a log', () => {
  const data = [2, 'd1', 'DataTransfer', { vendorId: 'acme' }];
  assert.deepEqual(steps([data], 'station').steps.map((s) => s.kind), ['call']);
  assert.deepEqual(steps([data], 'csms').steps.map((s) => s.kind), ['call']);
  const log = [
    '2024-01-01T00:00:00.000Z CP1 SEND [2,"h1","Heartbeat",{}]',
    '2024-01-01T00:00:00.010Z CP1 RECV [3,"h1",{"currentTime":"2024-01-01T00:00:00Z"}]',
    '2024-01-01T00:00:00.020Z CP1 RECV [2,"d9","DataTransfer",{"vendorId":"acme"}]',
    '2024-01-01T00:00:00.030Z CP1 SEND [3,"d9",{"status":"Accepted"}]',
    '',
  ].join('\n');
  const script = readScript(service, 'file:///run.ocpp.log', log, 'station');
  assert.deepEqual(script.steps.map((s) => [s.kind, s.action, s.line]), [['call', 'Heartbeat', 1], ['await', 'DataTransfer', 3]]);
  assert.deepEqual(script.steps[1].reply, [3, 'd9', { status: 'Accepted' }]);
});

test('JSON Lines scripts, and the version from the content or from the service\'s setting', () => {
  const lines = '[2,"t1","TransactionEvent",{"eventType":"Started"}]\n[3,"t1",{}]\n';
  const script = readScript(service, 'file:///s.ocpp.jsonl', lines, 'csms');
  assert.equal(script.version, '2.0.1');
  assert.match(script.versionSource, /TransactionEvent/);
  assert.deepEqual(script.steps.map((s) => [s.kind, s.action]), [['await', 'TransactionEvent']]);
  const as21 = getLanguageService({ catalogs, version: '2.1', versionSource: '--ocpp-version' });
  const forced = readScript(as21, 'file:///s.ocpp.jsonl', lines, 'csms');
  assert.equal(forced.version, '2.1');
  assert.equal(forced.versionSource, '--ocpp-version');
});

test('2.1 SENDs are steps that expect no answer', () => {
  const send = [6, 's1', 'NotifyPeriodicEventStream', { id: 1, pending: 0, basetime: '2024-01-01T00:00:00Z', data: [{ t: 0, v: '1' }] }];
  const script = steps([send], 'station');
  assert.equal(script.version, '2.1');
  assert.deepEqual(script.steps.map((s) => [s.kind, s.action]), [['send', 'NotifyPeriodicEventStream']]);
  assert.deepEqual(steps([send], 'csms').steps.map((s) => s.kind), ['await']);
});

test('answers to no CALL and second answers are left out with a note; unreadable frames stop the run', () => {
  const script = steps([boot16, bootAnswer, [3, 'b1', { status: 'Rejected' }], [3, 'nobody', {}]], 'station');
  assert.deepEqual(script.errors, []);
  assert.equal(script.steps.length, 1);
  assert.deepEqual(script.steps[0].expected, bootAnswer);
  assert.equal(script.notes.length, 2);
  assert.match(script.notes[0], /second answer/);
  assert.match(script.notes[1], /matches no CALL/);

  assert.match(readScript(service, 'file:///p.ocpp.json', '{"idTag":"X"}', 'station').errors.join(), /must be a conversation/);
  assert.match(readScript(service, 'file:///e.ocpp.json', '[]', 'station').errors.join(), /no CALL or SEND/);
  assert.match(readScript(service, 'file:///m.ocpp.json', '[[7,"x",{}]]', 'station').errors.join(), /no MessageTypeId/);
});
