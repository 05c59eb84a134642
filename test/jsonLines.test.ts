/**
 * JSON Lines (`*.jsonl`, `*.ndjson`, `*.ocpp.jsonl`): one frame per line is a conversation, and every feature works
 * on it as on an array of frames: diagnostics on the exact token of each line, a line's syntax error kept to that
 * line, the conversation rules across lines, completion of whole frames on a blank line (on one line, without
 * commas), hover, quick fixes, the Outline and go to definition; the CLI checks such files and finds them in folders.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseTree } from 'jsonc-parser';
import { runCli } from './support/cli';
import { generateConversation } from './support/corpus';
import { applyEdits, service, splitCursor } from './support/service';

const boot = '[2, "b1", "BootNotification", {"chargePointVendor": "Acme", "chargePointModel": "W22"}]';
const bootAnswer = '[3, "b1", {"currentTime": "2025-03-01T08:00:00Z", "interval": 300, "status": "Accepted"}]';
const heartbeat = '[2, "h1", "Heartbeat", {}]';

function open(text: string, uri = 'file:///w/session.jsonl') {
  return TextDocument.create(uri, 'ocpp', 1, text);
}

function findings(text: string, uri?: string) {
  const document = open(text, uri);
  return service.doValidation(document).map((d) => ({
    code: String(d.code), line: d.range.start.line, covers: text.slice(document.offsetAt(d.range.start), document.offsetAt(d.range.end)), message: String(d.message),
  }));
}

describe('a JSON Lines file is a conversation', () => {
  test('a clean log of one frame per line has no problem, in .jsonl, .ndjson and .ocpp.jsonl alike', () => {
    const text = `${boot}\n${bootAnswer}\n\n${heartbeat}\n[3, "h1", {"currentTime": "2025-03-01T08:05:00Z"}]\n`;
    for (const uri of ['file:///w/a.jsonl', 'file:///w/a.ndjson', 'file:///w/a.ocpp.jsonl', 'file:///w/a.JSONL']) {
      assert.deepEqual(findings(text, uri), [], uri);
      assert.equal(service.getDocumentInfo(open(text, uri)).shape, 'conversation');
    }
    // The same lines in a .json file are one document with content after its end.
    assert.deepEqual(findings(text, 'file:///w/a.ocpp.json').map((f) => f.code), ['syntax-error']);
  });

  test('each line is checked where it is: an answer against its CALL on an earlier line, the token exact', () => {
    const text = `${boot}\n[3, "b1", {"currentTime": "2025-03-01T08:00:00Z", "interval": "300", "status": "Acepted"}]\n`;
    assert.deepEqual(findings(text).map((f) => `${f.line} ${f.code} ${f.covers}`), ['1 type-mismatch "300"', '1 invalid-enum-value "Acepted"']);
  });

  test('a syntax error stays on its line: the next lines are still read and checked', () => {
    const text = `${boot}\n[2, "h1", "Heartbeat" {}]\n${bootAnswer}\n[2, "h2", "Heartbeat", {}] [2, "h3", "Heartbeat", {}]\n"Heartbeat"\n[2, "s1", "StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "Availble"}]`;
    // unanswered-call notes (the Heartbeats go unanswered) are not the point here.
    const found = findings(text).filter((f) => f.code !== 'unanswered-call');
    assert.deepEqual(found.map((f) => `${f.line} ${f.code}`), ['1 syntax-error', '3 syntax-error', '4 frame-not-array', '5 invalid-enum-value']);
    const second = found.find((f) => f.line === 3)!;
    assert.equal(second.covers, '[2, "h3", "Heartbeat", {}]');
    assert.match(second.message, /one frame per line/);
  });

  test('the conversation rules read across lines: an unmatched answer, a duplicate id, the version from the content', () => {
    const text = `[3, "zz", {}]\n${heartbeat}\n${heartbeat.replace('Heartbeat', 'Authorize').replace('{}', '{"idTag": "T1"}')}\n`;
    assert.deepEqual(findings(text).filter((f) => f.code !== 'unanswered-call').map((f) => `${f.line} ${f.code}`), ['0 unmatched-response', '2 duplicate-unique-id']);
    const v201 = '[2, "t1", "TransactionEvent", {"eventType": "Started", "timestamp": "2025-03-01T08:00:00Z", "triggerReason": "CablePluggedIn", "seqNo": 0, "transactionInfo": {"transactionId": "tx", "chargingState": "EVConnected"}}]\n';
    assert.equal(service.getDocumentInfo(open(v201)).version, '2.0.1');
  });
});

describe('features on JSON Lines', () => {
  test('on a blank line, whole frames are offered on one line, with no comma before or after', () => {
    const document = open(`${boot}\n\n${bootAnswer}\n`);
    const items = service.doComplete(document, { line: 1, character: 0 }).items;
    const heartbeatItem = items.find((i) => i.label === 'ocpp-Heartbeat');
    assert.ok(heartbeatItem, items.map((i) => i.label).join(', '));
    const written = applyEdits(document, [heartbeatItem.textEdit as { range: never; newText: string }]);
    assert.equal(heartbeatItem.additionalTextEdits, undefined);
    const line = written.split('\n')[1];
    assert.match(line, /^\[2, "\$\{1:\$UUID\}", "Heartbeat", \{\}\]\$0$/);
    // Nothing is offered in the middle of a line, after its frame.
    assert.deepEqual(service.doComplete(open(`${boot} \n`), { line: 0, character: boot.length + 1 }).items, []);
  });

  test('a typed prefix on its own line filters the frame snippets', () => {
    const labels = service.doComplete(open(`${boot}\nocpp-Heart`), { line: 1, character: 10 }).items.map((i) => i.label);
    assert.ok(labels.includes('ocpp-Heartbeat'), labels.join(', '));
  });

  test('keys and values complete inside a line\'s payload, and hover explains them', () => {
    const { text, offset } = splitCursor(`${boot}\n[3, "b1", {"currentTime": "2025-03-01T08:00:00Z", "interval": 300, "status": "|"}]\n`);
    const document = open(text);
    const values = service.doComplete(document, document.positionAt(offset)).items.map((i) => i.label);
    assert.deepEqual(values.sort(), ['Accepted', 'Pending', 'Rejected']);
    const hovered = splitCursor(`${boot}\n[3, "b1", {"current|Time": "2025-03-01T08:00:00Z", "interval": 300, "status": "Accepted"}]\n`);
    const hover = service.doHover(open(hovered.text), open(hovered.text).positionAt(hovered.offset));
    assert.match(JSON.stringify(hover?.contents), /currentTime/);
  });

  test('a quick fix edits the line it is on', () => {
    const text = `${boot}\n[3, "b1", {"currentTime": "2025-03-01T08:00:00Z", "interval": 300, "status": "Acepted"}]\n`;
    const document = open(text);
    const diagnostics = service.doValidation(document);
    const fix = service.getCodeActions(document, diagnostics[0].range, diagnostics).find((a) => a.title === 'Change to "Accepted"');
    assert.ok(fix);
    assert.equal(applyEdits(document, fix.edit!.changes![document.uri]), text.replace('Acepted', 'Accepted'));
  });

  test('the Outline lists every line\'s frame, and go to definition leads from an answer to its CALL', () => {
    const text = `${boot}\n${heartbeat}\n${bootAnswer}\n`;
    const document = open(text);
    const symbols = service.getDocumentSymbols(document) as { name: string }[];
    assert.deepEqual(symbols.map((s) => s.name), ['CALL BootNotification b1', 'CALL Heartbeat h1', 'CALLRESULT BootNotification b1']);
    const target = service.findDefinition(document, { line: 2, character: 5 });
    assert.equal(JSON.stringify(target).includes('"line":0'), true, JSON.stringify(target));
  });
});

describe('ocpp-lint on JSON Lines', () => {
  test('a folder\'s .jsonl and .ndjson files are found and checked line by line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocpp-jsonl-'));
    try {
      writeFileSync(join(dir, 'good.jsonl'), `${boot}\n${bootAnswer}\n`);
      writeFileSync(join(dir, 'bad.ndjson'), `${boot}\n[3, "b1", {"currentTime": "2025-03-01T08:00:00Z", "interval": 300, "status": "Acepted"}]\n`);
      writeFileSync(join(dir, 'notes.txt'), 'not OCPP');
      const run = runCli(dir, ['--format', 'json', '.']);
      assert.equal(run.status, 1, run.stderr);
      const reports = JSON.parse(run.stdout) as { file: string; diagnostics: { code: string; range: { start: { line: number } } }[] }[];
      assert.deepEqual(reports.map((r) => r.file.replace(/^\.\//, '')).sort(), ['bad.ndjson', 'good.jsonl']);
      const bad = reports.find((r) => r.file.endsWith('bad.ndjson'))!;
      assert.deepEqual(bad.diagnostics.map((d) => [d.code, d.range.start.line]), [['invalid-enum-value', 1]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('bad JSON Lines input', () => {
  test('junk lines, CRLF, unclosed frames and deep nesting give diagnostics, never an exception', () => {
    let seed = 20251202;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const pieces = [boot, bootAnswer, heartbeat, '[', ']', '{', '"', ',', '\r\n', '\n', '\n\n', ' ', '[2, "x"', '\u0000', '\ufeff', '[[[[[[[[', 'null', '5', '"a\\'];
    for (let run = 0; run < 300; run++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const document = open(text);
      const diagnostics = service.doValidation(document);
      for (const d of diagnostics) assert.ok(document.offsetAt(d.range.end) <= text.length);
      const position = document.positionAt(Math.floor(random() * (text.length + 1)));
      service.doComplete(document, position);
      service.doHover(document, position);
      service.getDocumentSymbols(document);
      service.getFoldingRanges(document);
    }
    const deep = `${'['.repeat(5000)}\n${heartbeat}\n`;
    const found = findings(deep);
    assert.ok(found.some((f) => f.line === 0 && f.code === 'syntax-error'));
  });
});

describe('ocpp-lint reads standard input (-)', () => {
  const cwd = tmpdir();
  const lines = `${boot}\n[3, "b1", {"currentTime": "2025-03-01T08:00:00Z", "interval": 300, "status": "Acepted"}]\n`;

  test('a piped log of one frame per line is read as JSON Lines and reported as <stdin>', () => {
    const run = runCli(cwd, ['--format', 'json', '-'], lines);
    assert.equal(run.status, 1, run.stderr);
    const [report] = JSON.parse(run.stdout) as { file: string; diagnostics: { code: string; range: { start: { line: number } } }[] }[];
    assert.equal(report.file, '<stdin>');
    assert.deepEqual(report.diagnostics.map((d) => [d.code, d.range.start.line]), [['invalid-enum-value', 1]]);
    assert.match(runCli(cwd, ['-'], lines).stdout, /^<stdin>:2:\d+ +error/m);
  });

  test('a piped JSON document (pretty-printed, or one line) is read as one document; clean input exits 0', () => {
    const pretty = `[\n  ${boot},\n  ${bootAnswer}\n]\n`;
    const run = runCli(cwd, ['-'], pretty);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.equal(runCli(cwd, ['-'], `${boot}\n`).status, 0);
  });

  test('--stdin-filename names what the input is: a bare payload by its message, JSON Lines by .jsonl', () => {
    const payload = '{"connectorId": 1, "errorCode": "NoError", "status": "Availble"}';
    const named = runCli(cwd, ['--format', 'json', '--stdin-filename', 'StatusNotification.json', '-'], payload);
    assert.deepEqual((JSON.parse(named.stdout) as { diagnostics: { code: string }[] }[])[0].diagnostics.map((d) => d.code), ['invalid-enum-value']);
    // One line is JSON Lines only when the name says so: then its one frame is checked as a conversation's line.
    assert.equal(runCli(cwd, ['--stdin-filename', 'x.jsonl', '-'], `${boot}\n`).status, 0);
  });

  test('files and standard input in one run; --fix with - is a usage error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocpp-stdin-'));
    try {
      writeFileSync(join(dir, 'a.jsonl'), `${boot}\n${bootAnswer}\n`);
      const run = runCli(dir, ['--format', 'json', 'a.jsonl', '-'], lines);
      assert.deepEqual((JSON.parse(run.stdout) as { file: string }[]).map((r) => r.file), ['a.jsonl', '<stdin>']);
      const fix = runCli(dir, ['--fix', '-'], lines);
      assert.equal(fix.status, 2);
      assert.match(fix.stderr, /--fix rewrites files in place/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the fast reading of JSON Lines agrees with the line-by-line tree reading', () => {
  /** A generated 1.6 conversation (with its defects) written one frame per line. */
  function asLines(seed: number): string {
    const { text } = generateConversation(40_000, seed);
    const root = parseTree(text)!;
    return `${root.children!.map((frame) => text.slice(frame.offset, frame.offset + frame.length).replace(/\s*\n\s*/g, ' ')).join('\n')}\n`;
  }
  const described = (diagnostics: readonly { code?: unknown; range: { start: { line: number; character: number } }; message: unknown }[]) =>
    diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${String(d.code)} ${String(d.message)}`).sort();

  test('the same findings whichever way a file is read, on generated logs with defects', () => {
    for (const seed of [1, 2, 3]) {
      const text = asLines(seed);
      // A last line that is no frame sends the whole file down the tree reading; its own error is left out.
      const slowText = `${text}!\n`;
      const fast = service.doValidation(open(text, `file:///w/fast-${seed}.jsonl`));
      const slowLine = text.split('\n').length - 1;
      const slow = service.doValidation(open(slowText, `file:///w/slow-${seed}.jsonl`)).filter((d) => d.range.start.line !== slowLine);
      assert.ok(fast.length > 0, 'the generated log has defects');
      assert.deepEqual(described(fast), described(slow), `seed ${seed}`);
    }
  });

  test('an edit inside a frame, read again incrementally, gives what a fresh reading gives', () => {
    const text = asLines(4);
    const uri = 'file:///w/edited.jsonl';
    service.doValidation(open(text, uri));
    const at = text.indexOf('"Accepted"', text.length >> 1) + 1;
    const edited = `${text.slice(0, at)}a${text.slice(at + 1)}`;
    service.noteChanges(uri, 1, 2, [{ offset: at, deleted: 1, inserted: 1 }]);
    const incremental = service.doValidation(TextDocument.create(uri, 'ocpp', 2, edited));
    const fresh = service.doValidation(open(edited, 'file:///w/fresh.jsonl'));
    assert.deepEqual(described(incremental), described(fresh));
    assert.ok(incremental.some((d) => d.code === 'invalid-enum-value' && String(d.message).includes('"accepted"')));
    // Completion still places a frame on a blank line after the edit (the reading stays one frame per line).
    const withBlank = `${edited}\n`;
    service.noteChanges(uri, 2, 3, [{ offset: edited.length, deleted: 0, inserted: 1 }]);
    const lastLine = withBlank.split('\n').length - 1;
    const items = service.doComplete(TextDocument.create(uri, 'ocpp', 3, withBlank), { line: lastLine, character: 0 }).items;
    assert.ok(items.some((i) => i.label === 'ocpp-Heartbeat'));
  });
});
