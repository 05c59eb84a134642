/**
 * The resident documents (server/src/service/residentDocuments.ts) keep the checker's optimized code through
 * full garbage collections after every checked document is gone, and the Outline's and folding's after every
 * answer is gone. A child node, tracing V8's optimizations and deoptimizations, checks a log on a new service each
 * time (or lists a new version's Outline), with a full collection before each once the code is optimized; no
 * function of theirs may be deoptimized because an object it was compiled against died. (V8 prints its traces
 * through a buffer of its own, so they cannot be placed between lines the script logs.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateConversation } from './support/corpus';

const servicePath = resolve(__dirname, '../dist/service.js');

/** The reading and rule functions that were deoptimized at every full collection before the residents. */
const readingFunctions = ['assemble', 'note', 'answeredBy', 'frame', 'TextFrame', 'get messageType', 'get uniqueId', 'get action', 'get facts',
  'get answers', 'get clean', 'get payloadType', 'senderOfFrame', 'isAnswer', 'collect', 'checkStatusSequence', 'checkUnansweredCalls',
  'checkTransactionIds', 'validateConversation'];

/** The Outline's and folding's functions, deoptimized at every full collection when they closed over each answer. */
const structureFunctions = ['getDocumentSymbols', 'frameSymbol', 'fromHead', 'fromTree', 'entry', 'name', 'headOf', 'list', 'listPayload',
  'memberSymbol', 'finish', 'positionAt', 'rangeAt', 'getFoldingRanges', 'firstValueOffset'];

const childHead = (log: string) => `
const { getLanguageService } = require(${JSON.stringify(servicePath)});
const { TextDocument } = require(${JSON.stringify(require.resolve('vscode-languageserver-textdocument'))});
const text = require('node:fs').readFileSync(${JSON.stringify(log)}, 'utf8');`;

const checkScript = (log: string) => `${childHead(log)}
let runs = 0;
// A new service and a new document each time: nothing of a check outlives it.
const check = () => getLanguageService().doValidation(TextDocument.create('file:///resident/' + runs++ + '.ocpp.json', 'ocpp', 1, text)).length;
for (let i = 0; i < 30; i++) check();
for (let i = 0; i < 5; i++) {
  gc();
  check();
}
`;

const structureScript = (log: string) => `${childHead(log)}
const service = getLanguageService();
let version = 0;
// A new version of the document each time, read for its diagnostics first, as an editor does: nothing of an
// answer outlives it.
const answer = () => {
  const document = TextDocument.create('file:///resident/structure.ocpp.json', 'ocpp', ++version, text);
  service.doValidation(document);
  gc();
  return service.getFoldingRanges(document).length + service.getDocumentSymbols(document).length;
};
for (let i = 0; i < 30; i++) answer();
`;

/** Runs `script` in a child node that traces V8's optimizations and deoptimizations; its output. */
function traced(t: { after(fn: () => void): void }, script: (log: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ocpp-resident-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const log = join(dir, 'log.ocpp.json');
  writeFileSync(log, generateConversation(300_000, 5).text);
  const path = join(dir, 'run.js');
  writeFileSync(path, script(log));
  const run = spawnSync(process.execPath, ['--expose-gc', '--trace-opt', '--trace-deopt', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

/** The names of the functions a --trace-deopt output marks for deoptimization because an object they embed died. */
function deoptimizedByCollection(trace: string): string[] {
  return [...trace.matchAll(/<SharedFunctionInfo ([^>]*)>\) \(opt id \d+\) for deoptimization, reason: weak objects/g)].map((m) => m[1]);
}

test('full collections after every document is dropped leave the reading and rule code optimized', (t) => {
  const trace = traced(t, checkScript);
  // Not vacuous: the code the collections must leave alone was optimized.
  for (const name of ['assemble', 'note', 'frame']) {
    assert.match(trace, new RegExp(`completed optimizing 0x[0-9a-f]+ <JSFunction ${name} `), `${name} was optimized`);
  }
  const dropped = deoptimizedByCollection(trace);
  t.diagnostic(`deoptimized because an object they embed died: ${dropped.join(', ') || 'nothing'}`);
  assert.deepEqual(dropped.filter((name) => readingFunctions.includes(name)), []);
});

test('full collections after every Outline and folding answer is dropped leave their code optimized', (t) => {
  const trace = traced(t, structureScript);
  // Not vacuous: the listing's loop and some of what it calls were optimized (which of them on their own, rather than
  // inlined into their callers, depends on the machine's load).
  const optimized = [...trace.matchAll(/completed optimizing 0x[0-9a-f]+ <JSFunction ([^ ]+) /g)].map((m) => m[1]);
  t.diagnostic(`optimized: ${[...new Set(optimized.filter((name) => structureFunctions.includes(name)))].join(', ')}`);
  assert.ok(optimized.includes('getDocumentSymbols'), 'getDocumentSymbols was optimized');
  assert.ok(new Set(optimized.filter((name) => structureFunctions.includes(name))).size >= 3, 'three of the Outline\'s and folding\'s functions were optimized');
  const dropped = deoptimizedByCollection(trace);
  t.diagnostic(`deoptimized because an object they embed died: ${dropped.join(', ') || 'nothing'}`);
  assert.deepEqual(dropped.filter((name) => structureFunctions.includes(name)), []);
});
