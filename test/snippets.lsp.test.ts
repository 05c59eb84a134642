/**
 * The frame snippets over stdio (test/support/lspClient.ts), as an editor gets them: each document is offered its
 * own version's snippets (detected from its content, or set by `ocpp.version`), a snippet accepted as offered is
 * checked without errors by the same server, and a client without snippet support gets none. Build first
 * (`node esbuild.mjs`); test/snippets.test.ts checks every snippet of every version through the service.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CompletionItemKind, DiagnosticSeverity, InsertTextFormat, type ClientCapabilities, type CompletionItem,
} from 'vscode-languageserver-protocol';
import { catalogs } from '../server/src/product';
import { frameSnippets } from '../server/src/service/features/frameSnippets';
import { LspClient } from './support/lspClient';
import { failOnErrorLogs, freshUri as uriIn, itemsOf, plainClient, richClient } from './support/lspHelpers';
import { expand } from './support/snippetSyntax';

const freshUri = (name: string) => uriIn('lsp-snippets', `${name}.ocpp.json`);
const [ocpp16, ocpp201] = catalogs;
const prefixesOf = (catalog: typeof ocpp16) => frameSnippets(catalog).map((s) => s.prefix);

const transactionEvent = '[2, "t1", "TransactionEvent", {"eventType": "Started", "timestamp": "2024-05-01T10:00:00Z", ' +
  '"triggerReason": "CablePluggedIn", "seqNo": 0, "transactionInfo": {"transactionId": "tx1", "chargingState": "EVConnected"}}]';
const startTransaction = '[2, "s1", "StartTransaction", {"connectorId": 1, "idTag": "TAG", "meterStart": 0, "timestamp": "2024-05-01T10:00:00Z"}]';

const snippetItems = (items: CompletionItem[]) => items.filter((i) => i.kind === CompletionItemKind.Snippet);

/** The text after accepting `item` in `text`, its snippet expanded with every default as VS Code would. */
function accept(uri: string, text: string, item: CompletionItem): string {
  assert.ok(item.textEdit && 'range' in item.textEdit, `${item.label} has a textEdit with one range`);
  assert.equal(item.insertTextFormat, InsertTextFormat.Snippet);
  const main = { range: item.textEdit.range, newText: expand([item.textEdit.newText]).text };
  return TextDocument.applyEdits(TextDocument.create(uri, 'ocpp', 1, text), [main, ...(item.additionalTextEdits ?? [])]);
}

/** Accepts the item in the open document and returns the errors the server then publishes. */
async function errorsAfterAccepting(client: LspClient, uri: string, text: string, item: CompletionItem): Promise<string[]> {
  const accepted = accept(uri, text, item);
  const since = client.published.length;
  const version = client.change(uri, [{ text: accepted }]);
  const diagnostics = await client.diagnostics(uri, version, since);
  return diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).map((d) => `${d.code}: ${d.message}`);
}

describe('frame snippets over stdio (rich client, version detected per document)', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ capabilities: richClient, initializationOptions: { validationDelay: 0 } });
  });
  after(() => client?.stop());
  failOnErrorLogs(() => client);

  for (const [catalog, frame, theirs] of [[ocpp201, transactionEvent, 'ocpp-StartTransaction'], [ocpp16, startTransaction, 'ocpp-TransactionEvent']] as const) {
    test(`a ${catalog.version} conversation is offered ${catalog.version} snippets only, and the one accepted is valid there`, async () => {
      const uri = freshUri(`conversation-${catalog.version}`);
      const text = `[\n  ${frame},\n  \n]`;
      await client.openAndDiagnose(uri, text);
      const items = snippetItems(itemsOf(await client.complete(uri, { line: 2, character: 2 })));
      assert.deepEqual(items.map((i) => i.label), prefixesOf(catalog));
      assert.ok(!items.some((i) => i.label === theirs), `${theirs} is not offered`);
      for (const item of items) assert.match(item.detail ?? '', new RegExp(`\\(${catalog.displayName.replace(/\./g, '\\.')}\\)$`));
      const boot = items.find((i) => i.label === 'ocpp-BootNotification')!;
      assert.deepEqual(await errorsAfterAccepting(client, uri, text, boot), []);
    });
  }

  test('typing a prefix in an empty file: the item covers the typed word, and the status snippet keeps its choice list', async () => {
    const uri = freshUri('typed');
    await client.openAndDiagnose(uri, '');
    const text = 'ocpp-StatusNot';
    const since = client.published.length;
    await client.diagnostics(uri, client.change(uri, [{ text }]), since);
    const items = snippetItems(itemsOf(await client.complete(uri, { line: 0, character: text.length })));
    const status = items.find((i) => i.label === 'ocpp-StatusNotification');
    assert.ok(status?.textEdit && 'range' in status.textEdit, 'ocpp-StatusNotification is offered');
    assert.deepEqual(status.textEdit.range, { start: { line: 0, character: 0 }, end: { line: 0, character: text.length } });
    assert.equal(status.filterText, 'ocpp-StatusNotification');
    assert.match(status.textEdit.newText, /"status": "\$\{\d+\|Available,Preparing,Charging,/);
    assert.match(status.textEdit.newText, /\$UUID/);
    assert.deepEqual(await errorsAfterAccepting(client, uri, text, status), []);
  });
});

describe('frame snippets over stdio with ocpp.version set to 2.0.1', () => {
  let client: LspClient;
  const capabilities: ClientCapabilities = { ...richClient, workspace: { configuration: true } };
  before(async () => {
    client = await LspClient.start({
      capabilities, initializationOptions: { validationDelay: 0 },
      configuration: (params) => params.items.map(() => ({ version: '2.0.1' })),
    });
  });
  after(() => client?.stop());
  failOnErrorLogs(() => client);

  test('an empty file is offered the 2.0.1 snippets, whose CALLERROR spells the 2.0.1 codes', async () => {
    const uri = freshUri('empty-201');
    await client.openAndDiagnose(uri, '');
    const items = snippetItems(itemsOf(await client.complete(uri, { line: 0, character: 0 })));
    assert.deepEqual(items.map((i) => i.label), prefixesOf(ocpp201));
    const callError = items.find((i) => i.label === 'ocpp-callerror')!;
    assert.ok(callError.textEdit && 'newText' in callError.textEdit);
    assert.match(callError.textEdit.newText, /FormatViolation/);
    assert.doesNotMatch(callError.textEdit.newText, /FormationViolation/);
  });
});

describe('frame snippets over stdio for a client without snippet support', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ capabilities: plainClient, initializationOptions: { validationDelay: 0 } });
  });
  after(() => client?.stop());
  failOnErrorLogs(() => client);

  test('none are offered: their bodies are tab stops and choices', async () => {
    const uri = freshUri('plain');
    await client.openAndDiagnose(uri, `[\n  ${transactionEvent},\n  \n]`);
    assert.deepEqual(snippetItems(itemsOf(await client.complete(uri, { line: 2, character: 2 }))), []);
  });
});
