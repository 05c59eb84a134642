/**
 * Logs (`*.log`, `*.ocpp.log`): a frame on a line after any prefix (a time, a level, a station id, a direction) is
 * read and checked as a conversation's frame; the prefix and lines without a frame are left alone; what a log
 * writes after a frame is the log's. Where the prefixes give a direction, the side the log was written on is told
 * from the one-sided actions, and a frame either side may send (DataTransfer) gets its sender from it. The excerpts
 * are written by us, in the styles of simulator and central-system logs.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { runCli } from './support/cli';
import { service } from './support/service';

function findings(text: string, uri = 'file:///w/charger.ocpp.log') {
  const document = TextDocument.create(uri, 'ocpp', 1, text);
  return service.doValidation(document).map((d) => ({
    code: String(d.code), line: d.range.start.line, covers: text.slice(document.offsetAt(d.range.start), document.offsetAt(d.range.end)), message: String(d.message),
  }));
}

/** A charger's own log, ISO time, level, station id and SEND/RECV. */
const chargerLog = [
  '2025-03-01T08:00:00.120Z INFO  [CP001] SEND [2,"1","BootNotification",{"chargePointVendor":"Acme","chargePointModel":"W22"}]',
  '2025-03-01T08:00:00.310Z INFO  [CP001] RECV [3,"1",{"currentTime":"2025-03-01T08:00:00Z","interval":300,"status":"Accepted"}]',
  '2025-03-01T08:00:01.000Z DEBUG [CP001] websocket ping',
  '2025-03-01T08:00:02.000Z INFO  [CP001] SEND [2,"2","DataTransfer",{"vendorId":"com.acme","messageId":"diag"}]',
  '2025-03-01T08:00:02.400Z INFO  [CP001] RECV [3,"2",{"status":"Accepted"}] (took 400 ms)',
  '2025-03-01T08:00:02.500Z INFO  [CP001] RECV [2,"2","DataTransfer",{"vendorId":"com.acme","messageId":"config"}]',
  '2025-03-01T08:00:02.600Z INFO  [CP001] SEND [3,"2",{"status":"Accepted"}]',
].join('\n');

describe('a log is a conversation of the frames on its lines', () => {
  test('prefixes, lines without a frame and what follows a frame are left alone: a clean log has no problem', () => {
    assert.deepEqual(findings(chargerLog), []);
    assert.equal(service.getDocumentInfo(TextDocument.create('file:///w/charger.log', 'ocpp', 1, chargerLog)).shape, 'conversation');
  });

  test('a mistake in a frame is reported on its token, on its line; an answer is checked against its CALL', () => {
    const text = chargerLog.replace('"interval":300', '"interval":"300"').replace('"chargePointModel":"W22"', '"chargePointModel":"W22","firmware":"1.0"');
    assert.deepEqual(findings(text).map((f) => `${f.line} ${f.code} ${f.covers}`), ['0 unknown-field "firmware"', '1 type-mismatch "300"']);
  });

  test('a broken frame is a syntax error on its line, and the next lines are still checked', () => {
    const text = chargerLog.replace('[2,"2","DataTransfer",{"vendorId":"com.acme","messageId":"diag"}]', '[2,"2","DataTransfer",{"vendorId":"com.acme" "messageId":"diag"}]')
      .replace('"status":"Accepted"}] (took', '"status":"Acepted"}] (took');
    const found = findings(text).filter((f) => f.code !== 'unmatched-response');
    assert.deepEqual(found.map((f) => `${f.line} ${f.code}`), ['3 syntax-error', '4 invalid-enum-value']);
  });

  test('the directions tell the sides apart: each side\'s DataTransfer "2" is no duplicate, the same side\'s is', () => {
    // Without directions, two DataTransfers with one id might be one side's: flagged.
    const bare = chargerLog.replace(/ (SEND|RECV) /g, ' ');
    assert.deepEqual(findings(bare).filter((f) => f.code === 'duplicate-unique-id').map((f) => f.line), [5]);
    // The same side sending it twice (neither a retry: the payloads differ) is flagged with the log.
    const twice = chargerLog.replace('RECV [2,"2","DataTransfer"', 'SEND [2,"2","DataTransfer"');
    const duplicate = findings(twice).filter((f) => f.code === 'duplicate-unique-id');
    assert.deepEqual(duplicate.map((f) => f.line), [5]);
    assert.match(duplicate[0].message, /from the Charge Point/);
  });

  test('a side\'s DataTransfer left unanswered before its next CALL is an unanswered-call once the log says who sent it', () => {
    const text = [chargerLog,
      '2025-03-01T08:00:03Z INFO [CP001] SEND [2,"d9","DataTransfer",{"vendorId":"com.acme"}]',
      '2025-03-01T08:00:04Z INFO [CP001] SEND [2,"h1","Heartbeat",{}]',
      '2025-03-01T08:00:04Z INFO [CP001] RECV [3,"h1",{"currentTime":"2025-03-01T08:00:04Z"}]'].join('\n');
    assert.deepEqual(findings(text).filter((f) => f.code === 'unanswered-call').map((f) => f.covers), ['"d9"']);
    assert.deepEqual(findings(text.replace(/ (SEND|RECV) /g, ' ')).filter((f) => f.code === 'unanswered-call'), []);
  });

  test('the direction marks of other log styles: arrows, sent/received, OUT/IN, and a CSMS\'s own log', () => {
    const styles = [
      ['->', '<-'], ['>>', '<<'], ['sent:', 'received:'], ['OUT', 'IN'], ['TX', 'RX'],
    ];
    for (const [out, into] of styles) {
      const text = chargerLog.replace(/ SEND /g, ` ${out} `).replace(/ RECV /g, ` ${into} `);
      assert.deepEqual(findings(text).filter((f) => f.code === 'duplicate-unique-id'), [], `${out} / ${into}`);
    }
    // A central system's log: it receives the BootNotification, so its SEND is the CSMS's.
    const csms = [
      '08:00:00 CP001 received [2,"1","BootNotification",{"chargePointVendor":"Acme","chargePointModel":"W22"}]',
      '08:00:00 CP001 sent [3,"1",{"currentTime":"2025-03-01T08:00:00Z","interval":300,"status":"Accepted"}]',
      '08:00:05 CP001 sent [2,"1","DataTransfer",{"vendorId":"com.acme"}]',
      '08:00:05 CP001 sent [2,"1","DataTransfer",{"vendorId":"com.acme","data":"x"}]',
    ].join('\n');
    const duplicate = findings(csms).filter((f) => f.code === 'duplicate-unique-id');
    assert.deepEqual(duplicate.map((f) => f.line), [3]);
    assert.match(duplicate[0].message, /from the Central System \(line 3\)/);
  });

  test('hover, completion and the Outline work on a log line\'s frame', () => {
    const document = TextDocument.create('file:///w/charger.log', 'ocpp', 1, chargerLog);
    const hover = service.doHover(document, { line: 0, character: chargerLog.indexOf('BootNotification') + 2 });
    assert.match(JSON.stringify(hover?.contents), /BootNotification/);
    const symbols = service.getDocumentSymbols(document) as { name: string }[];
    assert.equal(symbols.length, 6);
    const statusLine = '2025-03-01T08:00:03Z INFO [CP001] SEND [2,"3","StatusNotification",{"connectorId":1,"errorCode":"NoError","status":""}]';
    const withStatus = TextDocument.create('file:///w/charger.log', 'ocpp', 2, `${chargerLog}\n${statusLine}`);
    const items = service.doComplete(withStatus, { line: 7, character: statusLine.length - 3 }).items.map((i) => i.label);
    assert.ok(items.includes('Available') && items.includes('Charging'), items.join(', '));
  });

  test('ocpp-lint reads a folder of logs, including from standard input with --stdin-filename', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocpp-logs-'));
    try {
      writeFileSync(join(dir, 'cp.log'), chargerLog.replace('"interval":300', '"interval":"300"'));
      const run = runCli(dir, ['--format', 'json', '.']);
      assert.equal(run.status, 1, run.stderr);
      const [report] = JSON.parse(run.stdout) as { file: string; diagnostics: { code: string; range: { start: { line: number } } }[] }[];
      assert.deepEqual(report.diagnostics.map((d) => [d.code, d.range.start.line]), [['type-mismatch', 1]]);
      const piped = runCli(dir, ['--stdin-filename', 'journal.log', '-'], chargerLog);
      assert.equal(piped.status, 0, piped.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('log-direction: what the direction marks say against the frames', () => {
  test('a clean log gives none; a one-sided action going the wrong way and an answer going the CALL\'s way are flagged', () => {
    assert.deepEqual(findings(chargerLog).filter((f) => f.code === 'log-direction'), []);
    const text = [chargerLog,
      '2025-03-01T08:00:05Z INFO [CP001] RECV [2,"9","Heartbeat",{}]',
      '2025-03-01T08:00:06Z INFO [CP001] SEND [2,"h2","Heartbeat",{}]',
      '2025-03-01T08:00:06Z INFO [CP001] SEND [3,"h2",{"currentTime":"2025-03-01T08:00:06Z"}]'].join('\n');
    const found = findings(text).filter((f) => f.code === 'log-direction');
    assert.deepEqual(found.map((f) => `${f.line} ${f.covers}`), ['7 "Heartbeat"', '9 "h2"']);
    assert.match(found[0].message, /went from the Central System, but only the Charge Point sends Heartbeat/);
    assert.match(found[1].message, /the side that sent the CALL it answers \(line 9\)/);
  });

  test('a log without direction marks, and JSON Lines, are never judged so', () => {
    const bare = chargerLog.replace(/ (SEND|RECV) /g, ' ');
    assert.deepEqual(findings(`${bare}\n2025-03-01T08:00:05Z INFO [CP001] [3,"1",{}]`).filter((f) => f.code === 'log-direction'), []);
  });
});

describe('log-time-backwards: the lines in time order', () => {
  test('a frame logged earlier than one on a line before it is flagged on its time; an ordered log is not', () => {
    assert.deepEqual(findings(chargerLog).filter((f) => f.code === 'log-time-backwards'), []);
    const text = `${chargerLog}\n2025-03-01T07:59:59.000Z INFO  [CP001] SEND [2,"h3","Heartbeat",{}]`;
    const found = findings(text).filter((f) => f.code === 'log-time-backwards');
    assert.deepEqual(found.map((f) => `${f.line} ${f.covers}`), ['7 2025-03-01T07:59:59.000Z']);
    assert.match(found[0].message, /earlier than the frame on line 7 \(2025-03-01T08:00:02\.600Z\)/);
  });

  test('times with a space, a comma fraction and no zone, as many loggers write them, compare too', () => {
    const text = [
      '2025-03-01 08:00:00,120 INFO SEND [2,"1","BootNotification",{"chargePointVendor":"Acme","chargePointModel":"W22"}]',
      '2025-03-01 08:00:00,310 INFO RECV [3,"1",{"currentTime":"2025-03-01T08:00:00Z","interval":300,"status":"Accepted"}]',
      '2025-03-01 08:00:00,200 INFO SEND [2,"2","Heartbeat",{}]',
    ].join('\n');
    assert.deepEqual(findings(text).filter((f) => f.code === 'log-time-backwards').map((f) => f.line), [2]);
  });

  test('the version\'s rules read a merged log in the order of its times: no timestamp or transition warning for a line logged out of place', () => {
    // Two sources merged: the Charging report's line comes first, but it was logged (and sent) after Preparing.
    const lines = [
      '2025-03-01T08:00:05.000Z CP001 -> [2,"s2","StatusNotification",{"connectorId":1,"errorCode":"NoError","status":"Charging","timestamp":"2025-03-01T08:00:05Z"}]',
      '2025-03-01T08:00:01.000Z CP001 -> [2,"s1","StatusNotification",{"connectorId":1,"errorCode":"NoError","status":"Preparing","timestamp":"2025-03-01T08:00:01Z"}]',
    ];
    const codes = (text: string, uri?: string) => findings(text, uri).map((f) => `${f.code} ${f.line}`);
    assert.deepEqual(codes(lines.join('\n')), ['log-time-backwards 1']);
    // The same frames in JSON Lines have no times, so the file's order stands and the rule sees time go back.
    const jsonLines = lines.map((line) => line.slice(line.indexOf('['))).join('\n');
    assert.ok(codes(jsonLines, 'file:///w/merged.ocpp.jsonl').includes('timestamp-backwards 1'));
    // A line without a time keeps its place after the timed line before it: between Preparing (08:00:01) and
    // Charging (08:00:05), where its 08:00:03 fits; read last, it would go back in time.
    const untimed = [lines[0], lines[1], 'CP001 -> [2,"s3","StatusNotification",{"connectorId":1,"errorCode":"NoError","status":"Preparing","timestamp":"2025-03-01T08:00:03Z"}]'];
    assert.deepEqual(codes(untimed.join('\n')), ['log-time-backwards 1']);
  });
});
