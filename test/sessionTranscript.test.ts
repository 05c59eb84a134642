/**
 * A session's transcript is a log our checker reads (`*.ocpp.log`): each line's time and direction from the text
 * before the frame. Whatever the identity (chosen by a user or a station, so anything), the checker must read the
 * directions and times the engine wrote, which these tests prove through the language service itself: a CALL sent
 * the wrong way is a log-direction finding only when the directions were read, a time going back a
 * log-time-backwards note only when the times were. Also the clear-text password warning (cleartext.ts).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { catalogs } from '../server/src/product';
import { getLanguageService } from '../server/src/service';
import { cleartextPasswordWarning, identityLabel, transcriptOf, type TrafficEntry } from '../server/src/session';

const service = getLanguageService({ catalogs, version: '1.6', versionSource: 'test' });
const findings = (log: string) =>
  service.doValidation(TextDocument.create('file:///w/t.ocpp.log', 'log', 1, log)).map((d) => ({ code: String(d.code), line: d.range.start.line }));

let seq = 0;
const entry = (direction: TrafficEntry['direction'], frame: unknown[], at: string): TrafficEntry =>
  ({ seq: ++seq, at, direction, text: JSON.stringify(frame), problems: [] });

/**
 * A station's log: it boots, then sends RemoteStartTransaction, which only a central system sends (line 3), and
 * the last frame is logged a minute before the one above it (line 4).
 */
const traffic: TrafficEntry[] = [
  entry('sent', [2, 'b', 'BootNotification', { chargePointVendor: 'V', chargePointModel: 'M' }], '2026-01-01T10:00:00.000Z'),
  entry('received', [3, 'b', { status: 'Accepted', currentTime: '2026-01-01T10:00:00.100Z', interval: 300 }], '2026-01-01T10:00:00.100Z'),
  entry('sent', [2, 'r', 'RemoteStartTransaction', { idTag: 'TAG' }], '2026-01-01T10:01:00.000Z'),
  entry('sent', [2, 'h', 'Heartbeat', {}], '2026-01-01T10:00:30.000Z'),
];
const expected = [{ code: 'log-direction', line: 2 }, { code: 'log-time-backwards', line: 3 }];

const nasty = [
  'CP-001', 'IN', 'OUT', 'TX', 'RX', 'CP IN 1', 'CP-OUT-2', 'send', 'Received', 'incoming_3', 'a->b', 'a<-b', 'x<<y', 'x=>y',
  '2024-01-01T00:00:00Z', '[2, "x"]', 'ünïcödé IN', '',
];

describe('the transcript as a log', () => {
  test('the checker reads the directions and times the engine wrote, whatever the identity', () => {
    for (const identity of nasty) {
      assert.deepEqual(findings(transcriptOf(identity, traffic)), expected, `identity ${JSON.stringify(identity)} → ${identityLabel(identity)}`);
    }
  });

  test('the test can fail: written as they are, such identities would hide the directions', () => {
    for (const identity of ['IN', 'CP-IN-2', 'a<-b']) {
      const naive = transcriptOf('PLACEHOLDER', traffic).replaceAll('[PLACEHOLDER]', `[${identity}]`);
      assert.notDeepEqual(findings(naive), expected, identity);
    }
  });

  test('a usual identity is written as it is; others keep their letters and digits readable', () => {
    assert.equal(identityLabel('CP-001'), 'CP-001');
    assert.equal(identityLabel('station_7.a'), 'station_7.a');
    assert.equal(identityLabel('IN'), '%49N');
    // The encoded space's hex digits run into the word, so the reader sees no IN there either.
    assert.equal(identityLabel('CP IN 1'), 'CP%20IN%201');
    assert.equal(identityLabel('CP-IN-2'), 'CP-%49N-2');
    assert.equal(identityLabel('in-house'), 'in-house', 'the short words count only in capitals');
    assert.equal(identityLabel('a->b'), 'a-%3Eb');
  });

  test('one line per frame: ISO time, [identity], SEND or RECV, the frame on one line', () => {
    const pretty = { ...entry('received', [3, 'p', {}], '2026-01-01T10:00:00.000Z'), text: '[3,\n  "p",\r\n  {}]' };
    assert.equal(transcriptOf('CP-1', [traffic[0], pretty]),
      `2026-01-01T10:00:00.000Z [CP-1] SEND ${traffic[0].text}\n2026-01-01T10:00:00.000Z [CP-1] RECV [3,   "p",   {}]\n`);
  });
});

describe('the clear-text password warning', () => {
  test('a password over ws:// to another machine is warned about, naming the host', () => {
    const warning = cleartextPasswordWarning('ws://csms.example.com:9000/ocpp', 'secret');
    assert.match(warning ?? '', /^The password goes to csms\.example\.com:9000 over plain ws:\/\/, in clear text/);
    assert.ok(cleartextPasswordWarning('ws://192.168.1.20/ocpp', 'secret'));
    assert.ok(cleartextPasswordWarning('ws://[2001:db8::1]/ocpp', 'secret'));
    assert.ok(cleartextPasswordWarning('ws://128.0.0.1/ocpp', 'secret'), '128.0.0.1 is not loopback');
  });

  test('this machine, TLS, or no password: no warning', () => {
    for (const url of ['ws://localhost:9000/ocpp', 'ws://LOCALHOST/', 'ws://127.0.0.1/ocpp', 'ws://127.1.2.3:80/', 'ws://[::1]:9000/',
      'ws://[::ffff:127.0.0.1]/', 'ws://api.localhost/']) {
      assert.equal(cleartextPasswordWarning(url, 'secret'), undefined, url);
    }
    assert.equal(cleartextPasswordWarning('wss://csms.example.com/ocpp', 'secret'), undefined);
    assert.equal(cleartextPasswordWarning('ws://csms.example.com/ocpp', undefined), undefined);
    assert.equal(cleartextPasswordWarning('not a url', 'secret'), undefined);
  });
});
