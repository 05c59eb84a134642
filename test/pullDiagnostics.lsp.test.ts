/**
 * Pull diagnostics (LSP 3.17) over a real stdio connection: a client that declares `textDocument.diagnostic` asks
 * for a document's diagnostics itself and gets "unchanged" while neither the document nor the settings changed;
 * nothing is pushed to it. A client without the capability keeps getting them pushed. Build first (`npm run build`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DidChangeConfigurationNotification, type DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { LspClient } from './support/lspClient';

const uri = 'file:///work/pull.ocpp.json';
const text = '[2, "a1", "StatusNotification", {"connectorId": 0, "errorCode": "NoError", "status": "Charging"}]';

function pullingClient(refreshSupport = true): Promise<LspClient> {
  return LspClient.start({
    capabilities: {
      textDocument: { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false }, publishDiagnostics: { versionSupport: true } },
      workspace: { diagnostics: { refreshSupport }, configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
    },
    configuration: async (params) => params.items.map(() => null),
    initializationOptions: { validationDelay: 0 },
  });
}

const pull = async (client: LspClient, previousResultId?: string) =>
  (await client.call('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) })) as DocumentDiagnosticReport;

test('a client that pulls gets full reports, then "unchanged" until the document\'s diagnostics change, and no pushes', async () => {
  const client = await pullingClient();
  try {
    const initialize = client.initializeResult;
    assert.deepEqual(initialize?.capabilities.diagnosticProvider, { identifier: 'ocpp', interFileDependencies: false, workspaceDiagnostics: false });
    client.open(uri, text);
    const first = await pull(client);
    assert.equal(first.kind, 'full');
    assert.deepEqual(first.kind === 'full' && first.items.map((d) => d.code), ['connector-zero-status']);
    const resultId = first.resultId!;
    assert.deepEqual(await pull(client, resultId), { kind: 'unchanged', resultId });

    // An edit: the old result id is stale, and the new report has the edit's diagnostics.
    const charging = text.indexOf('Charging');
    client.change(uri, [{ range: { start: { line: 0, character: charging }, end: { line: 0, character: charging + 'Charging'.length } }, text: 'Available' }]);
    const edited = await pull(client, resultId);
    assert.equal(edited.kind, 'full');
    assert.deepEqual(edited.kind === 'full' && edited.items, []);
    assert.notEqual(edited.resultId, resultId);

    // New settings: the client is asked to pull again, and the last result id no longer counts as current; the
    // diagnostics are worked out again and, being the same, are answered "unchanged" under a new result id.
    const asked = client.serverRequests.length;
    client.notify(DidChangeConfigurationNotification.type, { settings: null });
    await client.until(() => client.serverRequests.slice(asked).includes('workspace/diagnostic/refresh') || undefined, 'a diagnostic refresh');
    const afterSettings = await pull(client, edited.resultId);
    assert.equal(afterSettings.kind, 'unchanged');
    assert.notEqual(afterSettings.resultId, edited.resultId);
    assert.equal((await pull(client)).kind, 'full', 'a client with no result id gets the full report');

    assert.deepEqual(client.published, [], 'nothing pushed to a client that pulls');
  } finally {
    await client.shutdown();
  }
});

test('an edit that leaves the diagnostics as they were is answered "unchanged" with a new result id; one that changes them in full', async () => {
  const client = await pullingClient();
  try {
    // Two frames on two lines: the second has its diagnostic, the first is where the typing happens.
    const two = `[[2, "b1", "Heartbeat", {}],\n ${text}]`;
    client.open(uri, two);
    const first = await pull(client);
    assert.equal(first.kind, 'full');
    const before = first.kind === 'full' ? first.items : [];
    assert.equal(before.length, 1);
    const id = { line: 0, character: two.indexOf('b1') + 2 };
    client.change(uri, [{ range: { start: id, end: id }, text: 'x' }]);
    const typed = await pull(client, first.resultId);
    assert.equal(typed.kind, 'unchanged', 'typing on another line leaves the diagnostic where it was');
    assert.notEqual(typed.resultId, first.resultId);
    assert.deepEqual(await pull(client, typed.resultId), { kind: 'unchanged', resultId: typed.resultId });

    // Typing before the diagnostic on its line moves it: the full report says where it now is.
    const line1 = { line: 1, character: 2 };
    client.change(uri, [{ range: { start: line1, end: line1 }, text: ' ' }]);
    const moved = await pull(client, typed.resultId);
    assert.equal(moved.kind, 'full');
    assert.deepEqual(moved.kind === 'full' && moved.items[0].range.start.character, before[0].range.start.character + 1);
  } finally {
    await client.shutdown();
  }
});

test('a client without pull support gets no diagnosticProvider and keeps getting pushed diagnostics', async () => {
  const client = await LspClient.start({ capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } }, initializationOptions: { validationDelay: 0 } });
  try {
    assert.equal(client.initializeResult?.capabilities.diagnosticProvider, undefined);
    const diagnostics = await client.openAndDiagnose(uri, text);
    assert.deepEqual(diagnostics.map((d) => d.code), ['connector-zero-status']);
  } finally {
    await client.shutdown();
  }
});
