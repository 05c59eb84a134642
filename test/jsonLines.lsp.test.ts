/**
 * A JSON Lines file through the real server over stdio: its diagnostics on the lines they concern, its Outline, and
 * a whole frame completed on a blank line without commas.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, CompletionList, DocumentSymbol } from 'vscode-languageserver-protocol';
import { LspClient } from './support/lspClient';
import { failOnErrorLogs, freshUri } from './support/lspHelpers';

const boot = '[2, "b1", "BootNotification", {"chargePointVendor": "Acme", "chargePointModel": "W22"}]';
const answer = '[3, "b1", {"currentTime": "2025-03-01T08:00:00Z", "interval": 300, "status": "Acepted"}]';

describe('JSON Lines over LSP', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({
      capabilities: { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, completion: { completionItem: { snippetSupport: true } } } },
      initializationOptions: { validationDelay: 0 },
    });
  });
  after(() => client?.stop());
  failOnErrorLogs(() => client);

  test('diagnostics sit on the line of the frame they concern, and the Outline lists each line\'s frame', async () => {
    const uri = freshUri('jsonl-lsp', 'session.ocpp.jsonl');
    const diagnostics = await client.openAndDiagnose(uri, `${boot}\n${answer}\n`);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['invalid-enum-value', 1, answer.indexOf('"Acepted"')]]);
    const symbols = await client.symbols(uri) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => [s.name, s.range.start.line]), [['CALL BootNotification b1', 0], ['CALLRESULT BootNotification b1', 1]]);
  });

  test('on a blank line a whole frame is offered, written on one line', async () => {
    const uri = freshUri('jsonl-lsp', 'log.ndjson');
    await client.openAndDiagnose(uri, `${boot}\n\n`);
    const result = await client.complete(uri, { line: 1, character: 0 }) as CompletionList | CompletionItem[];
    const items = Array.isArray(result) ? result : result.items;
    const item = items.find((i) => i.label === 'ocpp-Heartbeat');
    assert.ok(item && item.textEdit && 'newText' in item.textEdit, items.map((i) => i.label).slice(0, 5).join(', '));
    assert.ok(!item.textEdit.newText.includes('\n') && !item.textEdit.newText.endsWith(','), item.textEdit.newText);
  });
});
