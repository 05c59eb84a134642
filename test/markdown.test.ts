/**
 * OCPP in Markdown (server/src/service/markdown.ts): `ocpp` fenced blocks, and `json` blocks holding frames, each
 * checked as a document of its own, with every position in the Markdown file; other blocks and the prose left
 * alone; hover, completion and quick fixes inside a block; ocpp-lint on a Markdown file.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ocppBlocks } from '../server/src/service/markdown';
import { runCli } from './support/cli';
import { applyEdits, service } from './support/service';

const markdown = [
  '# Talking to our CSMS',                                                   // 0
  '',                                                                        // 1
  'The charger boots with:',                                                 // 2
  '',                                                                        // 3
  '```ocpp',                                                                 // 4
  '[2, "b1", "BootNotification", {"chargePointVendor": "Acme", "chargePointModel": "W22", "firmware": "1.0"}]', // 5
  '```',                                                                     // 6
  '',                                                                        // 7
  'A configuration file, not OCPP:',                                         // 8
  '',                                                                        // 9
  '```json',                                                                 // 10
  '{"port": 8080, "status": "Availble"}',                                    // 11
  '```',                                                                     // 12
  '',                                                                        // 13
  '~~~json',                                                                 // 14
  '[',                                                                       // 15
  '  [2, "h1", "Heartbeat", {}],',                                           // 16
  '  [3, "h1", {"currentTime": 5}]',                                         // 17
  ']',                                                                       // 18
  '~~~',                                                                     // 19
  '',                                                                        // 20
  '```ocpp',                                                                 // 21
  '[2, "s1", "StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "Availble"}]', // 22
  '```',                                                                     // 23
  '',                                                                        // 24
].join('\n');

const open = (text = markdown, uri = 'file:///w/integration.md') => TextDocument.create(uri, 'markdown', 1, text);

function findings(text = markdown) {
  const document = open(text);
  return service.doValidation(document).map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${text.slice(document.offsetAt(d.range.start), document.offsetAt(d.range.end))}`);
}

describe('OCPP code blocks in Markdown', () => {
  test('the ocpp blocks and the json block holding frames are checked, each on its own, at their places in the file', () => {
    assert.deepEqual(findings(), [
      `5:${markdown.split('\n')[5].indexOf('"firmware"')} unknown-field "firmware"`,
      '17:28 type-mismatch 5',
      `22:${markdown.split('\n')[22].indexOf('"Availble"')} invalid-enum-value "Availble"`,
    ]);
  });

  test('which blocks count: ocpp always, json only when it holds a frame or a conversation; ~~~ and longer fences too', () => {
    const blocks = ocppBlocks(markdown).map((b) => markdown.slice(b.start, b.end).trim().slice(0, 12));
    assert.deepEqual(blocks, ['[2, "b1", "B', '[\n  [2, "h1"', '[2, "s1", "S']);
    const fenced = '````ocpp\n[2, "a", "Heartbeat", {}]\n```\nstill inside\n````\n';
    assert.equal(ocppBlocks(fenced).length, 1);
    assert.match(fenced.slice(ocppBlocks(fenced)[0].start, ocppBlocks(fenced)[0].end), /still inside/);
    // An unclosed block runs to the end; a file without blocks gives nothing at all.
    assert.deepEqual(findings('```ocpp\n[2, "a", "Heartbeat" {}]\n'), ['1:21 syntax-error {']);
    assert.deepEqual(findings('# Nothing here\n\n    [2, "a", "Heartbeat", 5]\n'), []);
  });

  test('each block is its own document: an id in one block answers nothing in another', () => {
    const text = '```ocpp\n[[2, "x1", "Heartbeat", {}]]\n```\n\n```ocpp\n[[3, "x1", {"currentTime": 5}]]\n```\n';
    // The answer in the second block has no CALL there, so it is unmatched and its payload is not checked.
    assert.deepEqual(findings(text), ['5:5 unmatched-response "x1"']);
  });

  test('hover and completion inside a block; nothing in the prose or in other blocks', () => {
    const document = open();
    const hover = service.doHover(document, { line: 5, character: 12 });
    assert.match(JSON.stringify(hover?.contents), /BootNotification/);
    assert.equal(service.doHover(document, { line: 11, character: 3 }), null);
    assert.equal(service.doHover(document, { line: 2, character: 3 }), null);
    const status = markdown.split('\n')[22];
    const values = service.doComplete(document, { line: 22, character: status.indexOf('Availble') }).items.map((i) => i.label);
    assert.ok(values.includes('Available') && values.includes('Charging'), values.join(', '));
    assert.deepEqual(service.doComplete(document, { line: 2, character: 0 }).items, []);
  });

  test('a quick fix edits the Markdown file itself', () => {
    const document = open();
    const diagnostics = service.doValidation(document);
    const enumError = diagnostics.find((d) => d.code === 'invalid-enum-value')!;
    const fix = service.getCodeActions(document, enumError.range, [enumError]).find((a) => a.title === 'Change to "Available"');
    assert.ok(fix?.edit?.changes?.[document.uri], JSON.stringify(fix));
    const lines = markdown.split('\n');
    lines[22] = lines[22].replace('"Availble"', '"Available"');
    assert.equal(applyEdits(document, fix.edit.changes[document.uri]), lines.join('\n'));
  });

  test('examples/ocpp-in-markdown.md checks clean, its two OCPP blocks read and its settings block left alone', () => {
    const text = readFileSync(join(__dirname, '..', 'examples', 'ocpp-in-markdown.md'), 'utf8');
    assert.equal(ocppBlocks(text).length, 2);
    assert.deepEqual(findings(text), []);
  });

  test('ocpp-lint checks a Markdown file named on the command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocpp-md-'));
    try {
      writeFileSync(join(dir, 'README.md'), markdown);
      const run = runCli(dir, ['--format', 'json', 'README.md']);
      assert.equal(run.status, 1, run.stderr);
      const [report] = JSON.parse(run.stdout) as { diagnostics: { code: string; range: { start: { line: number } } }[] }[];
      assert.deepEqual(report.diagnostics.map((d) => [d.code, d.range.start.line]), [['unknown-field', 5], ['type-mismatch', 17], ['invalid-enum-value', 22]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
