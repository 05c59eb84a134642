/** Values the other side assigns: bound on first sight, then put into what we send and what we expect. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Bindings } from '../server/src/session/bindings';
import { comparePayload } from '../server/src/session/expectations';

test('1.6 station: the central system\'s transactionId is bound, and StopTransaction goes with the live one', () => {
  const bindings = new Bindings();
  const start = bindings.incoming({ transactionId: 1, idTagInfo: { status: 'Accepted' } }, { transactionId: 4711, idTagInfo: { status: 'Accepted' } });
  assert.deepEqual(start.made, [{ field: 'transactionId', scriptValue: 1, liveValue: 4711 }]);
  assert.deepEqual(comparePayload(start.expected, { transactionId: 4711, idTagInfo: { status: 'Accepted' } }), []);
  assert.deepEqual(bindings.outgoing({ transactionId: 1, meterStop: 20, timestamp: '2024-01-01T00:00:00Z' }),
    { transactionId: 4711, meterStop: 20, timestamp: '2024-01-01T00:00:00Z' });
  // At any depth, and only the script's bound value: another transaction's id goes out as written.
  assert.deepEqual(bindings.outgoing({ csChargingProfiles: { transactionId: 1 } }), { csChargingProfiles: { transactionId: 4711 } });
  assert.deepEqual(bindings.outgoing({ transactionId: 2 }), { transactionId: 2 });
  // Fields of other names are never touched, even with the same value.
  assert.deepEqual(bindings.outgoing({ connectorId: 1 }), { connectorId: 1 });
  // A later message from the central system naming the transaction is expected with the live value.
  const remoteStop = bindings.incoming({ transactionId: 1 }, { transactionId: 99 });
  assert.deepEqual(remoteStop.made, []);
  assert.deepEqual(remoteStop.expected, { transactionId: 4711 });
});

test('2.0.1 central system: the station names its transaction in TransactionEvent; later events must keep that name', () => {
  const bindings = new Bindings();
  const started = bindings.incoming({ eventType: 'Started', transactionInfo: { transactionId: 'script-tx' } },
    { eventType: 'Started', transactionInfo: { transactionId: 'a1b2c3' } });
  assert.deepEqual(started.made, [{ field: 'transactionId', scriptValue: 'script-tx', liveValue: 'a1b2c3' }]);
  assert.deepEqual(started.expected, { eventType: 'Started', transactionInfo: { transactionId: 'a1b2c3' } });
  const ended = bindings.incoming({ eventType: 'Ended', transactionInfo: { transactionId: 'script-tx' } },
    { eventType: 'Ended', transactionInfo: { transactionId: 'other' } });
  assert.deepEqual(comparePayload(ended.expected, { eventType: 'Ended', transactionInfo: { transactionId: 'other' } }).map((d) => d.path),
    ['transactionInfo.transactionId']);
  assert.deepEqual(bindings.outgoing({ transactionId: 'script-tx' }), { transactionId: 'a1b2c3' });
  assert.deepEqual(bindings.all(), [{ field: 'transactionId', scriptValue: 'script-tx', liveValue: 'a1b2c3' }]);
});

test('a value our side sent first is the other side\'s to echo, so it is compared, not bound', () => {
  const bindings = new Bindings();
  // 1.6 central system: our StartTransaction answer numbers the transaction 7.
  bindings.outgoing({ transactionId: 7, idTagInfo: { status: 'Accepted' } });
  const stop = bindings.incoming({ transactionId: 7 }, { transactionId: 8 });
  assert.deepEqual(stop.made, []);
  assert.deepEqual(comparePayload(stop.expected, { transactionId: 8 }).map((d) => d.message), ['expected 7, got 8']);
});

test('a live answer without the field binds nothing, so the comparison reports it missing', () => {
  const bindings = new Bindings();
  const result = bindings.incoming({ transactionId: 1 }, {});
  assert.deepEqual(result.made, []);
  assert.deepEqual(comparePayload(result.expected, {}).map((d) => d.message), ['missing (expected 1)']);
});
