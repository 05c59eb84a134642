/**
 * Requests the language server cannot answer usefully (positions out of range, documents it never saw, malformed
 * params, diagnostic data of the wrong shape, a document nested 100,000 levels deep, cancellation) still get an
 * answer, over a real stdio connection (test/support/lspClient.ts), and the server stays up and keeps answering.
 * Build first (`node esbuild.mjs`).
 *
 * These requests may make the server log errors, which is why they have a server of their own: the tests of
 * well-formed requests (lsp.test.ts, lsp.features.test.ts) fail on any error the server logs. Each test here
 * ends by checking that a well-formed request still gets its full answer, so none relies on another having run.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LSPErrorCodes, type Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, noParams } from './support/lspClient';
import {
  cursorIn, freshUri as uriIn, isEmptyAnswer, itemsOf, mainControllerStatuses, rangeOf, richClient, statusCall,
} from './support/lspHelpers';

const freshUri = (name: string) => uriIn('lsp-robustness', `${name}.ocpp.json`);

describe('requests the server cannot answer usefully still get an answer, and the server stays up', () => {
  let client: LspClient;
  const uri = freshUri('robust');
  const text = statusCall('{"connectorId": 0, "errorCode": "NoError", "status": "Charging"}');
  before(async () => {
    client = await LspClient.start({ capabilities: richClient, initializationOptions: { validationDelay: 0 } });
    await client.openAndDiagnose(uri, text);
  });
  after(() => client?.stop());

  /** The server still runs and answers a well-formed completion in full. */
  async function assertStillAnswers() {
    const items = itemsOf(await client.complete(uri, cursorIn(text, '"Cha|rging"')));
    assert.deepEqual(items.map((i) => i.label).sort(), [...mainControllerStatuses].sort());
    assert.ok(client.isRunning);
  }

  test('positions beyond the end of the document', async () => {
    const far = { line: 999, character: 999 };
    assert.deepEqual(itemsOf(await client.complete(uri, far)), []);
    assert.equal(await client.hover(uri, far), null);
    assert.equal(await client.hover(uri, { line: 0, character: 10_000 }), null);
    assert.deepEqual(await client.codeActions(uri, { start: far, end: far }, []), []);
    await assertStillAnswers();
  });

  test('documents the server has never seen', async () => {
    const unknown = 'file:///work/lsp-robustness/never-opened.ocpp.json';
    assert.equal(await client.complete(unknown, { line: 0, character: 1 }), null);
    assert.equal(await client.hover(unknown, { line: 0, character: 1 }), null);
    assert.deepEqual(await client.codeActions(unknown, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, []), []);
    await assertStillAnswers();
  });

  test('malformed params: an empty result or an error response, never silence', async () => {
    const attempts: [string, unknown][] = [
      ['textDocument/hover', {}],
      ['textDocument/hover', { textDocument: { uri } }],
      ['textDocument/hover', { textDocument: { uri }, position: { line: 'one', character: null } }],
      ['textDocument/completion', { textDocument: { uri } }],
      // Params of null, and none at all (what a JSON-RPC library sends for null).
      ['textDocument/completion', null],
      ['textDocument/completion', noParams],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }],
      ['textDocument/codeAction', { textDocument: { uri }, range: null, context: { diagnostics: [{ source: 'ocpp', data: { replacements: 'x' } }] } }],
    ];
    for (const [method, params] of attempts) {
      // The client rejects, naming the method, when no answer comes in time.
      const response = await client.request(method, params);
      if (response.error) {
        assert.equal(typeof response.error.code, 'number', `${method}: an error response, not ${JSON.stringify(response)}`);
        assert.equal(typeof response.error.message, 'string');
      } else {
        assert.ok(isEmptyAnswer(response.result), `${method} ${JSON.stringify(params)} answered ${JSON.stringify(response.result)}`);
      }
    }
    assert.ok(client.isRunning, 'the server is still running');
    assert.deepEqual(client.protocolErrors, []);
    await assertStillAnswers();
  });

  test('a quick fix from diagnostic data of the wrong shape is skipped, not a crash', async () => {
    const range = rangeOf(text, '"Charging"');
    const odd: Diagnostic[] = [
      { range, message: 'x', source: 'ocpp', code: 'connector-zero-status', data: { replacements: 'Available' } },
      { range, message: 'x', source: 'ocpp', code: 'connector-zero-status', data: { replacements: [42, null] } },
      { range, message: 'x', source: 'ocpp', code: 'connector-zero-status' },
      { range, message: 'x', source: 'someone-else', code: 'connector-zero-status', data: { replacements: ['Available'] } },
    ];
    assert.deepEqual(await client.codeActions(uri, range, odd), []);
    await assertStillAnswers();
  });

  test('a document nested 100,000 levels deep gets diagnostics, and the server keeps answering', async () => {
    const deep = freshUri('deep');
    // A server stuck on this document fails the test when the 20 s wait runs out, instead of hanging it. The
    // diagnostics take 0.5-1.5 s on this 2-core machine with other tests running; 20 s is 13x the slowest seen.
    const diagnostics = await client.openAndDiagnose(deep, '['.repeat(100_000), 20_000);
    assert.ok(diagnostics.length > 0, 'the unclosed brackets are reported');
    assert.ok(diagnostics.every((d) => d.source === 'ocpp'));
    assert.equal(await client.hover(deep, { line: 0, character: 50_000 }), null);
    client.close(deep);
    await assertStillAnswers();
  });

  test('$/cancelRequest for a request still waiting in the queue answers it with RequestCancelled', async () => {
    // A large document that has just changed keeps the server busy parsing it, so the second hover and its
    // cancellation are both waiting when the server next reads its input.
    const frame = statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Available"}');
    const big = `[\n${Array.from({ length: 5_000 }, (_, i) => `  ${frame.replace('"a1"', `"${i}"`)}`).join(',\n')}\n]`;
    const bigUri = freshUri('big');
    assert.deepEqual(await client.openAndDiagnose(bigUri, big), []);
    const insideAction = (line: number) => ({ line, character: 14 });
    client.change(bigUri, [{ range: rangeOf(big, '"Available"'), text: '"Preparing"' }]);
    const busy = client.hover(bigUri, insideAction(1));
    const cancelled = client.send('textDocument/hover', { textDocument: { uri: bigUri }, position: insideAction(2) });
    client.cancel(cancelled.id);
    const outcome = await cancelled.response;
    assert.ok(outcome.error, `the cancelled request was answered with ${JSON.stringify(outcome)}`);
    assert.equal(outcome.error.code, LSPErrorCodes.RequestCancelled);
    // The request before it is answered normally, and so is one after it.
    assert.match(JSON.stringify(await busy), /StatusNotification/, 'the first hover describes the action');
    assert.match(JSON.stringify(await client.hover(bigUri, insideAction(3))), /StatusNotification/, 'a later hover works');
    client.close(bigUri);
  });
});
