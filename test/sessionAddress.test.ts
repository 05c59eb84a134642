/**
 * Where a station connects (transport.ts stationAddress): the central system's address with the identity as the
 * last path segment, percent-encoded (OCPP-J §3.1.1), a query kept after it; addresses that are no WebSocket URL are
 * usage errors before anything connects.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SessionFailure, stationAddress } from '../server/src/session';

test('the identity is the last path segment, percent-encoded', () => {
  assert.equal(stationAddress('ws://127.0.0.1:9000/ocpp', 'CP-1'), 'ws://127.0.0.1:9000/ocpp/CP-1');
  assert.equal(stationAddress('ws://127.0.0.1:9000/ocpp/', 'CP 1/a'), 'ws://127.0.0.1:9000/ocpp/CP%201%2Fa');
  assert.equal(stationAddress('wss://127.0.0.1:9443', 'CP'), 'wss://127.0.0.1:9443/CP');
  assert.equal(stationAddress('ws://127.0.0.1:9000/ocpp?tenant=a', 'CP'), 'ws://127.0.0.1:9000/ocpp/CP?tenant=a');
});

test('no URL, another scheme or no identity: usage errors that say what to give', () => {
  const usage = (url: string, identity: string, message: RegExp) =>
    assert.throws(() => stationAddress(url, identity), (e: SessionFailure) => e.kind === 'usage' && message.test(e.message));
  usage('127.0.0.1:9000', 'CP', /not a WebSocket address|not a URL/);
  usage('http://127.0.0.1:9000/ocpp', 'CP', /ws:\/\/ or wss:\/\//);
  usage('no url at all', 'CP', /is not a URL/);
  usage('ws://127.0.0.1:9000/ocpp', '', /needs an identity/);
});
