/**
 * The resident documents (server/src/service/residentDocuments.ts) keep the checker's optimized code through
 * full garbage collections after every checked document is gone. A child node, tracing V8's optimizations and
 * deoptimizations, checks a log on a new service each time, with a full collection before each check once the
 * code is optimized; no reading or rule function may be deoptimized because an object it was compiled against
 * died. (V8 prints its traces through a buffer of its own, so they cannot be placed between lines the script logs.)
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

const childScript = (log: string) => `
const { getLanguageService } = require(${JSON.stringify(servicePath)});
const { TextDocument } = require(${JSON.stringify(require.resolve('vscode-languageserver-textdocument'))});
const text = require('node:fs').readFileSync(${JSON.stringify(log)}, 'utf8');
let runs = 0;
// A new service and a new document each time: nothing of a check outlives it.
const check = () => getLanguageService().doValidation(TextDocument.create('file:///resident/' + runs++ + '.ocpp.json', 'ocpp', 1, text)).length;
for (let i = 0; i < 30; i++) check();
for (let i = 0; i < 5; i++) {
  gc();
  check();
}
`;

/** The names of the functions a --trace-deopt output marks for deoptimization because an object they embed died. */
function deoptimizedByCollection(trace: string): string[] {
  return [...trace.matchAll(/<SharedFunctionInfo ([^>]*)>\) \(opt id \d+\) for deoptimization, reason: weak objects/g)].map((m) => m[1]);
}

test('full collections after every document is dropped leave the reading and rule code optimized', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ocpp-resident-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const log = join(dir, 'log.ocpp.json');
  writeFileSync(log, generateConversation(300_000, 5).text);
  const script = join(dir, 'check.js');
  writeFileSync(script, childScript(log));
  const run = spawnSync(process.execPath, ['--expose-gc', '--trace-opt', '--trace-deopt', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(run.status, 0, run.stderr);

  // Not vacuous: the code the collections must leave alone was optimized.
  for (const name of ['assemble', 'note', 'frame']) {
    assert.match(run.stdout, new RegExp(`completed optimizing 0x[0-9a-f]+ <JSFunction ${name} `), `${name} was optimized`);
  }
  const dropped = deoptimizedByCollection(run.stdout);
  t.diagnostic(`deoptimized because an object they embed died: ${dropped.join(', ') || 'nothing'}`);
  assert.deepEqual(dropped.filter((name) => readingFunctions.includes(name)), []);
});
