/**
 * The session client's parts that need no `vscode`: endpoint entries as settings and .ocpprc.json give them, the
 * traffic view's rows, and where "Insert as expected answer" writes the live answer.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readEndpoints } from '../client/src/session/endpointShape';
import { expectedAnswerInsertion, spaced } from '../client/src/session/expectedAnswer';
import { trafficRow } from '../client/src/session/trafficRows';

describe('endpoint entries', () => {
  test('a station needs a ws:// or wss:// url and an identity; a central system a port, if any, in range', () => {
    const problems: string[] = [];
    const found = readEndpoints([
      { name: 'lab', role: 'station', url: 'wss://csms.example/ocpp', identity: 'CP1', version: '2.0.1', ca: 'ca.pem' },
      { name: 'local', role: 'csms', port: 9000 },
      { name: 'http', role: 'station', url: 'http://csms.example', identity: 'CP1' },
      { name: 'anonymous', role: 'station', url: 'ws://127.0.0.1:9000' },
      { name: 'old', role: 'station', url: 'ws://x', identity: 'CP1', version: '1.5' },
      { name: 'big port', role: 'csms', port: 70000 },
      { role: 'csms' },
      'CP1',
    ], 'user settings', problems);
    assert.deepEqual(found.map((e) => [e.name, e.from]), [['lab', 'user settings'], ['local', 'user settings']]);
    assert.deepEqual(problems, [
      'Endpoint 3 in user settings was left out: "url" must be a ws:// or wss:// address.',
      'Endpoint 4 in user settings was left out: "identity" must name the station.',
      'Endpoint 5 in user settings was left out: "version" must be one of 1.6, 2.0.1, 2.1.',
      'Endpoint 6 in user settings was left out: "port" must be a port number (0 picks a free one).',
      'Endpoint 7 in user settings was left out: it has no "name".',
      'Endpoint 8 in user settings was left out: it is not an object.',
    ]);
  });

  test('no entries is no problem; something other than an array is one', () => {
    const problems: string[] = [];
    assert.deepEqual(readEndpoints(undefined, '.ocpprc.json', problems), []);
    assert.deepEqual(readEndpoints({ name: 'x' }, '.ocpprc.json', problems), []);
    assert.deepEqual(problems, ['"endpoints" in .ocpprc.json must be an array of endpoints.']);
  });
});

describe('traffic rows', () => {
  test('a received answer: arrow, kind, time, latency, and a verdict counting its errors with each problem for the tooltip', () => {
    const row = trafficRow({
      sessionId: 's1', identity: 'CP1',
      entry: {
        seq: 2, at: '2025-03-01T10:00:01.234Z', direction: 'received', text: '[3,"b","<b>x</b>"]', messageTypeId: 3, uniqueId: 'b',
        action: 'BootNotification', latencyMs: 42,
        problems: [{ code: 'payload-type', severity: 'error', message: 'The payload must be an object.' }],
      },
    });
    assert.deepEqual(row, {
      seq: 2, time: '10:00:01.234', arrow: '←', identity: 'CP1', kind: 'CALLRESULT', action: 'BootNotification', uniqueId: 'b',
      verdict: '1 error', verdictClass: 'error', problems: 'error: The payload must be an object. (payload-type)', latency: '42 ms',
      // The text is passed on as it is: the view sets it as text, never as markup.
      text: '[3,"b","<b>x</b>"]',
    });
  });

  test('a sent CALL with no problems is valid; warnings only are counted as warnings', () => {
    const entry = { seq: 1, at: '2025-03-01T10:00:01.000Z', direction: 'sent' as const, text: '[2,"b","Heartbeat",{}]', messageTypeId: 2 };
    assert.deepEqual([trafficRow({ sessionId: 's', identity: 'CP', entry: { ...entry, problems: [] } })].map((r) => [r.arrow, r.kind, r.verdict, r.latency]),
      [['→', 'CALL', 'valid', '']]);
    const warned = trafficRow({ sessionId: 's', identity: 'CP', entry: { ...entry, problems: [
      { code: 'a', severity: 'warning', message: 'x' }, { code: 'b', severity: 'warning', message: 'y' }] } });
    assert.deepEqual([warned.verdict, warned.verdictClass], ['2 warnings', 'warning']);
  });
});

describe('inserting the live answer as the expected one', () => {
  const answer = '[3,"b-1",{"status":"Accepted","info":"a, b: c"}]';

  test('the wire text gets the spaces scripts are written with; strings keep theirs', () => {
    assert.equal(spaced(answer), '[3, "b-1", {"status": "Accepted", "info": "a, b: c"}]');
    assert.equal(spaced('[3, "x", {}]'), '[3, "x", {}]');
    assert.equal(spaced('[3,"a\\",b",{}]'), '[3, "a\\",b", {}]');
  });

  test('in a JSON array of frames: a comma, then the answer on its own line with the CALL\'s indentation', () => {
    const call = '[2, "b-1", "Heartbeat", {}]';
    const text = `[\n  ${call},\n  [2, "b-2", "Heartbeat", {}]\n]\n`;
    const start = text.indexOf(call);
    const at = expectedAnswerInsertion(text, start, start + call.length, answer);
    const result = text.slice(0, at.offset) + at.text + text.slice(at.offset);
    assert.equal(result, `[\n  ${call},\n  [3, "b-1", {"status": "Accepted", "info": "a, b: c"}],\n  [2, "b-2", "Heartbeat", {}]\n]\n`);
    assert.doesNotThrow(() => JSON.parse(result));
  });

  test('in JSON Lines: the answer on the next line', () => {
    const call = '[2, "b-1", "Heartbeat", {}]';
    const text = `${call}\n[2, "b-2", "Heartbeat", {}]\n`;
    const at = expectedAnswerInsertion(text, 0, call.length, '[3,"b-1",{}]');
    assert.equal(text.slice(0, at.offset) + at.text + text.slice(at.offset), `${call}\n[3, "b-1", {}]\n[2, "b-2", "Heartbeat", {}]\n`);
  });
});
