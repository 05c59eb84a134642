/**
 * The server under a storm, over a real stdio connection (dist/server.js; `npm test` builds it first):
 * 10,000 random incremental edits to a conversation, requests at random places and out of range, for unknown
 * documents, with malformed params, and cancelled as soon as they are sent. Every request must be answered
 * (a result or an error), the server must stay up, its text must be the one the test holds, and its heap after
 * the run must be within 10% of its heap before (both after a full collection: the server runs with --expose-gc).
 * The server keeps its shipped validation delay, so edits sent in a burst are checked once, as in an editor.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateConversation } from './support/corpus';
import { Random } from './support/oracleGenerator';
import { LspClient, type ResponseMessage } from './support/lspClient';
import type { MemoryUsage } from '../server/src/lsp/protocol';

const uri = 'file:///work/stress/log.ocpp.json';

const pieces = ['[', ']', '{', '}', '"', ',', ':', 'x', '0', '"Available"', '[2,"a","Heartbeat",{}],', '\n', ''];

test('10,000 random edits, odd requests and cancellations: every request answered, the server up, its heap back within 10%', async (t) => {
  const client = LspClient.spawn({ nodeArgs: ['--expose-gc'], timeoutMs: 120_000 });
  t.after(() => client.stop());
  await client.call('initialize', { processId: null, rootUri: null, capabilities: {} });
  client.notify('initialized', {});
  const diagnostics: { version?: number; count: number }[] = [];
  client.onNotification('textDocument/publishDiagnostics', (params) => {
    const p = params as { uri: string; version?: number; diagnostics: unknown[] };
    if (p.uri === uri) diagnostics.push({ version: p.version, count: p.diagnostics.length });
  });

  const original = generateConversation(50_000, 11).text;
  let text = original;
  let version = 1;
  // The test's own copy of the text, kept the way the server keeps its own: positions are computed on it.
  let mirror = TextDocument.create(uri, 'ocpp', version, text);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'ocpp', version, text } });
  const firstSymbols = await client.call<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
  let before: MemoryUsage | undefined;

  const random = new Random(424242);
  const responses: Promise<ResponseMessage>[] = [];
  const edits = 10_000;
  // A warm-up round first, then the baseline: the heap then holds the server's compiled code and caches, and the
  // comparison shows what the 10,000 edits themselves leave behind. The warm-up is long because V8 goes on compiling
  // for a while (after 1,000 edits the heap still grew 0.6-0.9 MB over the next 10,000, two thirds of it code and
  // feedback: half the 10% bound, and a CI run failed a test its log did not show; after 20,000, 0.3 MB).
  const warmUp = 20_000;
  let started = Date.now();
  let warmUpRequests = 0;
  for (let i = -warmUp; i < edits; i++) {
    if (i === 0) {
      await Promise.all(responses);
      version++;
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: original }] });
      text = original;
      mirror = TextDocument.create(uri, 'ocpp', version, text);
      await client.call('textDocument/documentSymbol', { textDocument: { uri } });
      // Measured as at the end: with this version's diagnostics published (and so kept) by the server.
      const baseVersion = version;
      await client.until(() => diagnostics.find((d) => d.version === baseVersion), `the diagnostics of version ${baseVersion}`);
      before = await client.call<MemoryUsage>('ocpp/memoryUsage');
      warmUpRequests = responses.length;
      assert.ok(before.gcForced, 'the server collected garbage before measuring');
      started = Date.now();
    }
    // Undo the damage now and then so the text is a conversation part of the time, as while someone types.
    if (i % 500 === 499) {
      version++;
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: original }] });
      text = original;
      mirror = TextDocument.create(uri, 'ocpp', version, text);
    }
    const offset = random.int(0, text.length);
    const deleted = Math.min(random.int(0, 4), text.length - offset);
    const inserted = random.pick(pieces);
    const range = { start: mirror.positionAt(offset), end: mirror.positionAt(offset + deleted) };
    version++;
    TextDocument.update(mirror, [{ range, text: inserted }], version);
    text = mirror.getText();
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: inserted }] });

    if (i % 10 !== 0) continue;
    const at = random.int(0, text.length);
    const position = random.chance(0.8) ? mirror.positionAt(at) : random.pick([{ line: 1_000_000, character: 0 }, { line: 0, character: -1 }, { line: -5, character: 3 }]);
    const textDocument = random.chance(0.9) ? { uri } : { uri: 'file:///work/stress/never-opened.json' };
    const here = { start: position, end: position };
    const requests: [string, unknown][] = [
      ['textDocument/completion', { textDocument, position }],
      ['textDocument/hover', { textDocument, position }],
      ['textDocument/codeAction', { textDocument, range: here, context: { diagnostics: [] } }],
      ['textDocument/definition', { textDocument, position }],
      ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
      ['textDocument/foldingRange', { textDocument }],
      ['textDocument/documentSymbol', { textDocument }],
      // Malformed: no document, a position that is a string, null params, no params at all.
      ['textDocument/hover', { position }],
      ['textDocument/completion', { textDocument, position: 'here' }],
      ['textDocument/codeAction', null],
      ['textDocument/definition', undefined],
    ];
    const [method, params] = random.pick(requests);
    const sent = params === undefined ? client.send(method) : client.send(method, params);
    if (random.chance(0.3)) client.cancel(sent.id);
    responses.push(sent.response);
  }

  // Every request gets a response; the client's timeout fails the test for one that never comes.
  const answers = await Promise.all(responses);
  assert.equal(answers.length, responses.length);
  assert.deepEqual(client.unanswered(), []);
  assert.deepEqual(client.protocolErrors, []);
  assert.ok(client.isRunning, 'the server is still running');
  assert.doesNotMatch(client.stderr, /Error|throw|uncaught/i, 'nothing crashed on stderr');

  // The server holds the text the test holds: put back the original and its diagnostics must be the first ones'.
  version++;
  client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: original }] });
  const finalVersion = version;
  const symbols = await client.call<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.equal(symbols.length, firstSymbols.length);
  const final = await client.until(() => diagnostics.find((d) => d.version === finalVersion), `the diagnostics of version ${finalVersion}`);
  assert.equal(final.count, diagnostics.find((d) => d.version === 1)!.count);

  const after = await client.call<MemoryUsage>('ocpp/memoryUsage');
  before = before!;
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
  t.diagnostic(`${edits} edits, ${responses.length - warmUpRequests} requests in ${((Date.now() - started) / 1000).toFixed(1)} s; heap ${mb(before.heapUsed)} MB before, ${mb(after.heapUsed)} MB after`);
  assert.ok(after.heapUsed <= before.heapUsed * 1.1, `heap grew from ${mb(before.heapUsed)} MB to ${mb(after.heapUsed)} MB`);
});
