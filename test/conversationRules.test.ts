import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { ChargePointStatus } from '../server/src/ocpp/v16/enums';
import { statusTransitions, tableOrder, transitionBetween } from '../server/src/ocpp/v16/transitions';
import { diagnose, documentOf, hoverAt, service, statusCall } from './support/service';

const newCodes = [
  'status-transition', 'ev-communication-error-status', 'faulted-without-error', 'error-without-fault',
  'timestamp-backwards', 'unknown-transaction', 'unanswered-call',
];

/** A conversation with one frame (or answered pair) per line: line 1 is "[", the first item is line 2. */
function conversation(...lines: string[]): string {
  return `[\n${lines.join(',\n')}\n]`;
}

let nextId = 0;
/**
 * A StatusNotification CALL and its CALLRESULT on one line. Faulted gets a real error code so that only the
 * rule under test speaks.
 */
function status(connectorId: number, value: string, options: { errorCode?: string; timestamp?: string } = {}): string {
  const id = `s${++nextId}`;
  const errorCode = options.errorCode ?? (value === 'Faulted' ? 'GroundFailure' : 'NoError');
  const timestamp = options.timestamp ? `, "timestamp": "${options.timestamp}"` : '';
  return `[2, "${id}", "StatusNotification", {"connectorId": ${connectorId}, "errorCode": "${errorCode}", "status": "${value}"${timestamp}}], [3, "${id}", {}]`;
}

/** The new rules' findings only, as [code, covered text]. */
function findings(text: string, uri?: string) {
  return diagnose(text, uri).filter((d) => newCodes.includes(d.code));
}
const codesAndTokens = (text: string, uri?: string) => findings(text, uri).map((d) => [d.code, d.covers]);

describe('the OCPP 1.6 §4.9 transition table in the catalog', () => {
  test('§4.9: every code names its row (from) and column (to), and only the 53 filled cells are listed', () => {
    assert.equal(statusTransitions.length, 53);
    for (const t of statusTransitions) {
      const row = 'ABCDEFGHI'[tableOrder.indexOf(t.from)];
      const column = tableOrder.indexOf(t.to) + 1;
      assert.equal(t.code, `${row}${column}`, `${t.from} -> ${t.to}`);
      assert.notEqual(t.from, t.to);
    }
    assert.equal(new Set(statusTransitions.map((t) => t.code)).size, 53);
    // Spot checks against the spec's table: the gaps are as printed.
    for (const missing of [['Available', 'Finishing'], ['Preparing', 'Reserved'], ['Charging', 'Preparing'], ['Finishing', 'Charging'],
      ['Reserved', 'Charging'], ['Unavailable', 'Finishing'], ['Faulted', 'Faulted']]) {
      assert.equal(transitionBetween(missing[0], missing[1]), undefined, missing.join(' -> '));
    }
    assert.equal(transitionBetween('Faulted', 'Reserved')?.code, 'I7');
    assert.equal(transitionBetween('Preparing', 'Finishing')?.code, 'B6');
  });

  test('§4.9 and §7.7: the table covers exactly the nine ChargePointStatus values', () => {
    assert.deepEqual([...tableOrder].sort(), ChargePointStatus.values.map((v) => v.name).sort());
  });
});

describe('status-transition (OCPP 1.6 §4.9)', () => {
  test('status-transition (OCPP 1.6 §4.9): Charging -> Reserved is a warning naming both states', () => {
    const text = conversation(status(1, 'Charging'), status(1, 'Reserved'));
    const [d, ...rest] = findings(text);
    assert.equal(rest.length, 0);
    assert.equal(d.code, 'status-transition');
    assert.equal(d.covers, '"Reserved"');
    assert.equal(d.diagnostic.range.start.line, 2);
    assert.equal(d.diagnostic.severity, DiagnosticSeverity.Warning);
    assert.match(d.message, /^Charging -> Reserved is not a transition in OCPP 1\.6 §4\.9 \(connector 1 was Charging on line 2\)\./);
    assert.match(d.message, /From Charging the table allows Available \(C1\), SuspendedEV \(C4\), SuspendedEVSE \(C5\), Finishing \(C6\), Unavailable \(C8\) or Faulted \(C9\)\./);
    // A charge point may skip a short-lived status, so the message shows the path through the table.
    assert.match(d.message, /Charging -> Available -> Reserved \(C1, A7\)/);
    assert.deepEqual(d.diagnostic.data, {
      from: 'Charging', to: 'Reserved', connectorId: 1,
      allowed: ['Available', 'SuspendedEV', 'SuspendedEVSE', 'Finishing', 'Unavailable', 'Faulted'],
      via: ['Available'], previousLine: 2,
    });
  });

  test('status-transition (OCPP 1.6 §4.9): every cell of the table passes, every empty off-diagonal cell warns', () => {
    let warned = 0;
    for (const from of tableOrder) {
      for (const to of tableOrder) {
        if (from === to) continue;
        const codes = codesAndTokens(conversation(status(1, from), status(1, to)));
        if (transitionBetween(from, to)) assert.deepEqual(codes, [], `${from} -> ${to}`);
        else {
          assert.deepEqual(codes, [['status-transition', `"${to}"`]], `${from} -> ${to}`);
          warned++;
        }
      }
    }
    assert.equal(warned, 9 * 8 - 53);
  });

  test('status-transition (OCPP 1.6 §4.9): each connector is followed on its own, whatever comes in between', () => {
    const text = conversation(
      status(1, 'Preparing'),
      status(2, 'Reserved'),
      status(1, 'Charging'), // B3: connector 2's Reserved in between does not count
      status(2, 'Charging'), // Reserved -> Charging is not in the table
      status(1, 'Finishing'),
    );
    const found = findings(text);
    assert.deepEqual(found.map((d) => [d.code, d.covers, d.diagnostic.range.start.line]), [['status-transition', '"Charging"', 4]]);
    assert.match(found[0].message, /^Reserved -> Charging .*connector 2 was Reserved on line 3/);
    assert.equal((found[0].diagnostic.data as { connectorId: number }).connectorId, 2);
  });

  test('status-transition (OCPP 1.6 §4.9): connector 0 is tracked apart and never warned about', () => {
    const text = conversation(
      status(1, 'Charging'),
      status(0, 'Available'),
      status(0, 'Faulted'),
      status(0, 'Unavailable'),
      status(0, 'Available'),
      status(1, 'Finishing'), // C6, connector 0's reports do not break connector 1's chain
      status(2, 'Finishing'), // first report of connector 2: not compared with connector 0's Available
    );
    assert.deepEqual(codesAndTokens(text), []);
  });

  test('status-transition (OCPP 1.6 §4.9): the same status again is no transition, e.g. only the errorCode changed', () => {
    assert.deepEqual(codesAndTokens(conversation(status(1, 'Available'), status(1, 'Available', { errorCode: 'NoError' }))), []);
  });

  test('status-transition (OCPP 1.6 §4.9): an unknown status on either side is left to invalid-enum-value', () => {
    const text = conversation(status(1, 'Charging'), status(1, 'Avaliable'), status(1, 'Reserved'));
    assert.deepEqual(codesAndTokens(text), []);
    assert.deepEqual(diagnose(text).map((d) => d.code), ['invalid-enum-value']);
  });

  test('status-transition (OCPP 1.6 §4.9): the message offers each operative status that would bridge the gap', () => {
    // Finishing -> Charging: F1 then A3, or F2 (the user starts again) then B3. Paths through Faulted or
    // Unavailable exist for nearly every pair and are not offered.
    const [d] = findings(conversation(status(1, 'Finishing'), status(1, 'Charging')));
    assert.match(d.message, /Finishing -> Available -> Charging \(F1, A3\) or Finishing -> Preparing -> Charging \(F2, B3\) follow the table\.$/);
    assert.deepEqual((d.diagnostic.data as { via: string[] }).via, ['Available', 'Preparing']);
  });
});

describe('errorCode and status (OCPP 1.6 §4.9, §7.6)', () => {
  test('ev-communication-error-status (OCPP 1.6 §4.9, §7.6): EVCommunicationError with Available is a warning on the errorCode', () => {
    const text = statusCall('{"connectorId": 1, "errorCode": "EVCommunicationError", "status": "Available"}');
    const [d, ...rest] = findings(text);
    assert.equal(rest.length, 0);
    assert.equal(d.code, 'ev-communication-error-status');
    assert.equal(d.covers, '"EVCommunicationError"');
    assert.equal(d.diagnostic.severity, DiagnosticSeverity.Warning);
    assert.match(d.message, /only be reported with status Preparing, SuspendedEV, SuspendedEVSE or Finishing \(OCPP 1\.6 §4\.9\), not with Available/);
    assert.deepEqual(d.diagnostic.data, {
      errorCode: 'EVCommunicationError', status: 'Available', allowedStatuses: ['Preparing', 'SuspendedEV', 'SuspendedEVSE', 'Finishing'],
    });
  });

  test('ev-communication-error-status (OCPP 1.6 §7.6): with Faulted the message says it is not a fault', () => {
    const [d] = findings(statusCall('{"connectorId": 1, "errorCode": "EVCommunicationError", "status": "Faulted"}'));
    assert.equal(d.code, 'ev-communication-error-status');
    assert.match(d.message, /not a fault \(§7\.6\)/);
  });

  for (const allowed of ['Preparing', 'SuspendedEV', 'SuspendedEVSE', 'Finishing']) {
    test(`ev-communication-error-status (OCPP 1.6 §4.9): EVCommunicationError with ${allowed} is fine and not error-without-fault either`, () => {
      assert.deepEqual(codesAndTokens(statusCall(`{"connectorId": 1, "errorCode": "EVCommunicationError", "status": "${allowed}"}`)), []);
    });
  }

  test('faulted-without-error (OCPP 1.6 §4.9): Faulted with NoError is a warning on "NoError"', () => {
    const text = statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Faulted"}');
    const [d, ...rest] = findings(text);
    assert.equal(rest.length, 0);
    assert.equal(d.code, 'faulted-without-error');
    assert.equal(d.covers, '"NoError"');
    assert.equal(d.diagnostic.severity, DiagnosticSeverity.Warning);
    assert.match(d.message, /Faulted with errorCode NoError/);
    assert.deepEqual(d.diagnostic.data, { errorCode: 'NoError', status: 'Faulted' });
    // Connector 0 may be Faulted too, and the same holds for it.
    assert.deepEqual(codesAndTokens(statusCall('{"connectorId": 0, "errorCode": "NoError", "status": "Faulted"}')),
      [['faulted-without-error', '"NoError"']]);
  });

  test('faulted-without-error (OCPP 1.6 §4.9): Faulted with a real error code is fine', () => {
    assert.deepEqual(codesAndTokens(statusCall('{"connectorId": 1, "errorCode": "GroundFailure", "status": "Faulted"}')), []);
  });

  test('error-without-fault (OCPP 1.6 §4.9): an error code with a status other than Faulted is information on the errorCode', () => {
    const text = statusCall('{"connectorId": 1, "errorCode": "HighTemperature", "status": "Charging"}');
    const [d, ...rest] = findings(text);
    assert.equal(rest.length, 0);
    assert.equal(d.code, 'error-without-fault');
    assert.equal(d.covers, '"HighTemperature"');
    assert.equal(d.diagnostic.severity, DiagnosticSeverity.Information);
    assert.match(d.message, /HighTemperature with status Charging is a warning condition, not a fault/);
    assert.deepEqual(d.diagnostic.data, { errorCode: 'HighTemperature', status: 'Charging' });
  });

  test('error-without-fault (OCPP 1.6 §4.9): NoError with any status but Faulted is fine; bare payloads are checked too', () => {
    for (const s of tableOrder.filter((v) => v !== 'Faulted')) {
      assert.deepEqual(codesAndTokens(statusCall(`{"connectorId": 1, "errorCode": "NoError", "status": "${s}"}`)), [], s);
    }
    const bare = '{"connectorId": 2, "errorCode": "WeakSignal", "status": "Available"}';
    assert.deepEqual(codesAndTokens(bare, 'file:///work/StatusNotification.json'), [['error-without-fault', '"WeakSignal"']]);
  });

  test('errorCode rules (OCPP 1.6 §4.9): an unknown errorCode or status is left to invalid-enum-value', () => {
    assert.deepEqual(codesAndTokens(statusCall('{"connectorId": 1, "errorCode": "NoEror", "status": "Faulted"}')), []);
    assert.deepEqual(codesAndTokens(statusCall('{"connectorId": 1, "errorCode": "GroundFailure", "status": "charging"}')), []);
  });
});

describe('timestamp-backwards (OCPP 1.6 §4.9, §6.47)', () => {
  test('timestamp-backwards (OCPP 1.6 §6.47): an earlier timestamp on the same connector is a warning on the timestamp', () => {
    const text = conversation(
      status(1, 'Preparing', { timestamp: '2024-05-14T08:12:31Z' }),
      status(1, 'Charging', { timestamp: '2024-05-14T08:02:41Z' }),
    );
    const [d, ...rest] = findings(text);
    assert.equal(rest.length, 0);
    assert.equal(d.code, 'timestamp-backwards');
    assert.equal(d.covers, '"2024-05-14T08:02:41Z"');
    assert.equal(d.diagnostic.range.start.line, 2);
    assert.equal(d.diagnostic.severity, DiagnosticSeverity.Warning);
    assert.match(d.message, /2024-05-14T08:02:41Z is earlier than 2024-05-14T08:12:31Z, the timestamp of the previous StatusNotification for connector 1 on line 2/);
    assert.deepEqual(d.diagnostic.data, {
      connectorId: 1, timestamp: '2024-05-14T08:02:41Z', previousTimestamp: '2024-05-14T08:12:31Z', previousLine: 2,
    });
  });

  test('timestamp-backwards (OCPP 1.6 §6.47): equal or later times, other connectors and missing timestamps are fine', () => {
    const text = conversation(
      status(1, 'Preparing', { timestamp: '2024-05-14T08:12:31Z' }),
      status(2, 'Preparing', { timestamp: '2024-05-14T07:00:00Z' }), // another connector: its own clock line
      status(1, 'Charging'), // no timestamp: skipped, the next one is compared with 08:12:31
      status(1, 'SuspendedEV', { timestamp: '2024-05-14T08:12:31Z' }),
      status(1, 'Charging', { timestamp: '2024-05-14T08:12:31.5Z' }),
    );
    assert.deepEqual(codesAndTokens(text), []);
  });

  test('timestamp-backwards (OCPP 1.6 §6.47): zone offsets and fractions beyond milliseconds are compared as instants', () => {
    // 10:00+02:00 is 08:00Z, half an hour before 08:30Z, although the text sorts after it.
    assert.deepEqual(codesAndTokens(conversation(
      status(1, 'Preparing', { timestamp: '2024-05-14T08:30:00Z' }),
      status(1, 'Charging', { timestamp: '2024-05-14T10:00:00+02:00' }),
    )), [['timestamp-backwards', '"2024-05-14T10:00:00+02:00"']]);
    assert.deepEqual(codesAndTokens(conversation(
      status(1, 'Preparing', { timestamp: '2024-05-14T08:30:00.0001Z' }),
      status(1, 'Charging', { timestamp: '2024-05-14T08:30:00.00005Z' }),
    )), [['timestamp-backwards', '"2024-05-14T08:30:00.00005Z"']]);
    assert.deepEqual(codesAndTokens(conversation(
      status(1, 'Preparing', { timestamp: '2024-05-14T08:30:00Z' }),
      status(1, 'Charging', { timestamp: '2024-05-14T06:30:00-02:00' }),
    )), []);
  });

  test('timestamp-backwards (OCPP 1.6 §4.9): connector 0 has a clock line of its own', () => {
    const text = conversation(
      status(0, 'Available', { timestamp: '2024-05-14T09:00:00Z' }),
      status(1, 'Available', { timestamp: '2024-05-14T08:00:00Z' }),
      status(0, 'Unavailable', { timestamp: '2024-05-14T08:59:00Z' }),
    );
    const found = findings(text);
    assert.deepEqual(found.map((d) => [d.code, d.covers]), [['timestamp-backwards', '"2024-05-14T08:59:00Z"']]);
    assert.match(found[0].message, /connector 0 \(the charge point as a whole\) on line 2/);
  });
});

describe('unknown-transaction (OCPP 1.6 §4.7, §4.8, §4.10)', () => {
  const start = (id: string, transactionId: number) =>
    `[2, "${id}", "StartTransaction", {"connectorId": 1, "idTag": "TAG1", "meterStart": 0, "timestamp": "2024-05-14T08:00:00Z"}], ` +
    `[3, "${id}", {"idTagInfo": {"status": "Accepted"}, "transactionId": ${transactionId}}]`;
  const stop = (id: string, transactionId: number) =>
    `[2, "${id}", "StopTransaction", {"transactionId": ${transactionId}, "meterStop": 10, "timestamp": "2024-05-14T09:00:00Z"}], [3, "${id}", {}]`;
  const meter = (id: string, transactionId: number) =>
    `[2, "${id}", "MeterValues", {"connectorId": 1, "transactionId": ${transactionId}, "meterValue": [{"timestamp": "2024-05-14T08:30:00Z", "sampledValue": [{"value": "5"}]}]}], [3, "${id}", {}]`;

  test('unknown-transaction (OCPP 1.6 §4.8, §4.10): StopTransaction with an id no StartTransaction.conf gave is a warning on the number', () => {
    const text = conversation(start('t1', 52981), stop('t2', 52918));
    const [d, ...rest] = findings(text);
    assert.equal(rest.length, 0);
    assert.equal(d.code, 'unknown-transaction');
    assert.equal(d.covers, '52918');
    assert.equal(d.diagnostic.range.start.line, 2);
    assert.equal(d.diagnostic.severity, DiagnosticSeverity.Warning);
    assert.match(d.message, /No earlier StartTransaction response in this file gave transactionId 52918/);
    assert.match(d.message, /The ids given before this point: 52981\./);
    assert.deepEqual(d.diagnostic.data, { transactionId: 52918, action: 'StopTransaction', knownTransactionIds: [52981] });
  });

  test('unknown-transaction (OCPP 1.6 §4.7): MeterValues with an unknown id warns; with a given id, or none, it does not', () => {
    assert.deepEqual(codesAndTokens(conversation(start('t1', 7), meter('t2', 8))), [['unknown-transaction', '8']]);
    assert.deepEqual(codesAndTokens(conversation(start('t1', 7), meter('t2', 7), stop('t3', 7))), []);
    const noId = '[2, "t2", "MeterValues", {"connectorId": 1, "meterValue": [{"timestamp": "2024-05-14T08:30:00Z", "sampledValue": [{"value": "5"}]}]}]';
    assert.deepEqual(codesAndTokens(conversation(start('t1', 7), noId)), []);
  });

  test('unknown-transaction (OCPP 1.6 §4.8): the id must come from an earlier response, not a later one', () => {
    const found = findings(conversation(start('t1', 1), stop('t2', 2), start('t3', 2)));
    assert.deepEqual(found.map((d) => [d.code, d.covers]), [['unknown-transaction', '2']]);
    assert.equal(found[0].diagnostic.range.start.line, 2);
  });

  test('unknown-transaction (OCPP 1.6 §4.8): a file without any StartTransaction exchange is an excerpt and is not checked', () => {
    assert.deepEqual(codesAndTokens(conversation(meter('t1', 8), stop('t2', 8))), []);
    // A StartTransaction answered only by a CALLERROR gave no id, so it does not count as an exchange.
    const refused = '[2, "t0", "StartTransaction", {"connectorId": 1, "idTag": "TAG1", "meterStart": 0, "timestamp": "2024-05-14T08:00:00Z"}], [4, "t0", "InternalError", "", {}]';
    assert.deepEqual(codesAndTokens(conversation(refused, stop('t2', 8))), []);
  });
});

describe('unanswered-call (OCPP-J 1.6 §4.1.1)', () => {
  test('unanswered-call (OCPP-J 1.6 §4.1.1): a CALL not answered before the same side\'s next CALL is information on its uniqueId', () => {
    const text = conversation(
      '[2, "c1", "Heartbeat", {}]',
      '[2, "c2", "Heartbeat", {}]',
      '[3, "c1", {"currentTime": "2024-05-14T08:00:00Z"}]',
      '[3, "c2", {"currentTime": "2024-05-14T08:00:01Z"}]',
    );
    const [d, ...rest] = findings(text);
    assert.equal(rest.length, 0);
    assert.equal(d.code, 'unanswered-call');
    assert.equal(d.covers, '"c1"');
    assert.equal(d.diagnostic.range.start.line, 1);
    assert.equal(d.diagnostic.severity, DiagnosticSeverity.Information);
    assert.match(d.message, /This Heartbeat CALL has no answer before the Charge Point sends its next CALL \(Heartbeat, line 3\)/);
    assert.match(d.message, /OCPP-J 1\.6 §4\.1\.1/);
    assert.match(d.message, /Its answer comes only on line 4\./);
    assert.deepEqual(d.diagnostic.data, { uniqueId: 'c1', action: 'Heartbeat', side: 'ChargePoint', nextUniqueId: 'c2' });
  });

  test('unanswered-call (OCPP-J 1.6 §4.1.1): a late answer is named wherever it comes, a few frames on or hundreds', () => {
    for (const between of [1, 63, 64, 65, 300]) {
      // The Central System's answered CALLs stand between the charge point's CALL and its late answer.
      const cross = Array.from({ length: between }, (_, i) => `[2, "r${i}", "ClearCache", {}], [3, "r${i}", {"status": "Accepted"}]`);
      const text = conversation('[2, "c1", "Heartbeat", {}]', '[2, "c2", "Heartbeat", {}]', ...cross,
        '[3, "c2", {"currentTime": "2024-05-14T08:00:01Z"}]', '[3, "c1", {"currentTime": "2024-05-14T08:00:00Z"}]');
      const [d] = findings(text);
      assert.equal(d.covers, '"c1"', `${between}`);
      assert.match(d.message, new RegExp(`Its answer comes only on line ${between + 5}\\.`), `${between}`);
    }
  });

  test('unanswered-call (OCPP-J 1.6 §4.1.1): CALLs of the two sides may cross; a CALLERROR is an answer', () => {
    const text = conversation(
      '[2, "c1", "Heartbeat", {}]',
      '[2, "r1", "ClearCache", {}]', // the Central System's CALL crosses the charge point's: allowed
      '[3, "r1", {"status": "Accepted"}]',
      '[3, "c1", {"currentTime": "2024-05-14T08:00:00Z"}]',
      '[2, "c2", "Heartbeat", {}]',
      '[4, "c2", "InternalError", "", {}]',
      '[2, "c3", "Heartbeat", {}]', // the last CALL of the file may stay open: the capture may end there
    );
    assert.deepEqual(codesAndTokens(text), []);
  });

  test('unanswered-call (OCPP-J 1.6 §4.1.1): the Central System\'s side is tracked too; DataTransfer\'s side is unknown', () => {
    const cs = conversation('[2, "r1", "ClearCache", {}]', '[2, "r2", "ClearCache", {}]', '[3, "r2", {"status": "Accepted"}]');
    const [d] = findings(cs);
    assert.deepEqual([d.code, d.covers], ['unanswered-call', '"r1"']);
    assert.match(d.message, /before the Central System sends its next CALL \(ClearCache, line 3\)/);
    assert.doesNotMatch(d.message, /answer comes only/);
    const both = conversation('[2, "d1", "DataTransfer", {"vendorId": "X"}]', '[2, "d2", "DataTransfer", {"vendorId": "X"}]', '[3, "d2", {"status": "Accepted"}]');
    assert.deepEqual(codesAndTokens(both), []);
  });

  test('unanswered-call (OCPP-J 1.6 §4.1.1): a file of CALLs alone, with no answer at all, is a message set and is not checked', () => {
    assert.deepEqual(codesAndTokens(conversation('[2, "c1", "Heartbeat", {}]', '[2, "c2", "Heartbeat", {}]', '[2, "c3", "Heartbeat", {}]')), []);
  });
});

describe('hover on a StatusNotification status (OCPP 1.6 §4.9)', () => {
  const plain = { textDocument: { hover: { contentFormat: ['plaintext' as const] } } };

  test('§4.9: shows the connector\'s previous status, its line and the transition code', () => {
    const text = conversation(status(1, 'Preparing'), status(2, 'Available'), status(1, 'Char|ging'));
    const hover = hoverAt(text, plain)!;
    assert.match(hover, /contactor is closed/); // the value's own documentation stays
    assert.match(hover, /Previous status on connector 1: Preparing \(line 2\); Preparing -> Charging is transition B3 \(OCPP 1\.6 §4\.9\)/);
  });

  test('§4.9: the first status of a connector, a change off the table, and an unchanged status', () => {
    assert.match(hoverAt(conversation(status(0, 'Available'), status(1, 'Avail|able')), plain)!, /First status of connector 1 in this file\./);
    assert.match(hoverAt(conversation(status(1, 'Charging'), status(1, 'Reser|ved')), plain)!,
      /Previous status on connector 1: Charging \(line 2\); Charging -> Reserved is not in the OCPP 1\.6 §4\.9 transition table\./);
    assert.match(hoverAt(conversation(status(1, 'Charging'), status(1, 'Charg|ing')), plain)!, /the status is unchanged/);
    assert.match(hoverAt(conversation(status(1, 'Avaliable'), status(1, 'Charg|ing')), plain)!,
      /Previous status on connector 1: "Avaliable" \(line 2\), which is not a ChargePointStatus value/);
  });

  test('§4.9: connector 0 is not bound to the table', () => {
    const hover = hoverAt(conversation(status(0, 'Available'), status(0, 'Unavai|lable')), plain)!;
    assert.match(hover, /Connector 0 stands for the whole charge point and is not bound to the §4\.9 transition table/);
    assert.match(hover, /Its previous status in this file: Available \(line 2\)\./);
  });

  test('§4.9: a single frame has no history to show', () => {
    const hover = hoverAt(statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Char|ging"}'), plain)!;
    assert.doesNotMatch(hover, /connector 1|First status/);
  });
});

describe('the examples', () => {
  test('examples/boot-to-charge.ocpp.json, a clean session, stays free of diagnostics under every conversation rule', () => {
    const uri = 'file:///work/examples/boot-to-charge.ocpp.json';
    const text = readFileSync(new URL('../examples/boot-to-charge.ocpp.json', import.meta.url), 'utf8');
    assert.deepEqual(diagnose(text, uri), []);
  });

  const example201 = (name: string) => {
    const uri = `file:///work/examples/${name}`;
    const text = readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8');
    return { text, uri, info: service.getDocumentInfo(documentOf(text, uri)) };
  };

  test('examples/boot-to-charge-201.ocpp.json is read as OCPP 2.0.1 from its content and has no problems', () => {
    const { text, uri, info } = example201('boot-to-charge-201.ocpp.json');
    assert.equal(info?.version, '2.0.1');
    assert.match(info?.versionSource ?? '', /^detected: /);
    assert.deepEqual(diagnose(text, uri), []);
  });

  test('examples/mistakes-201.ocpp.json is read as OCPP 2.0.1 and shows each of its mistakes once, at its severity', () => {
    const { text, uri, info } = example201('mistakes-201.ocpp.json');
    assert.equal(info?.version, '2.0.1');
    const { Error, Warning } = DiagnosticSeverity;
    assert.deepEqual(diagnose(text, uri).map((d) => [d.code, d.covers, d.diagnostic.severity]), [
      ['missing-field', '{', Error],
      ['invalid-enum-value', '"Charging"', Error],
      ['call-error-code', '"FormationViolation"', Error],
      ['id-token-format', '"04A2B3C4D5E6"', Warning],
      ['invalid-enum-value', '"Authorised"', Error],
      ['unknown-field', '"connectorId"', Error],
      ['transaction-seq-no', '2', Warning],
      ['transaction-stopped-reason', '"RemoteStop"', Warning],
    ]);
  });
});
