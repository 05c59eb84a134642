/**
 * Completion, hover and quick fixes through the language server over stdio (test/support/lspClient.ts), for a
 * rich client and for clients that take only plain text. Build first (`node esbuild.mjs`). Each describe block has
 * its own server, and every test its own documents, so a test passes alone and in any order.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, InsertTextFormat, type CodeAction } from 'vscode-languageserver-protocol';
import { LspClient } from './support/lspClient';
import {
  cursorIn, failOnErrorLogs, freshUri as uriIn, itemsOf, mainControllerStatuses, plainClient, rangeOf, richClient, statusCall,
} from './support/lspHelpers';

const freshUri = (name: string) => uriIn('lsp-features', `${name}.ocpp.json`);

function applyWorkspaceEdit(uri: string, text: string, action: CodeAction): string {
  const edits = action.edit?.changes?.[uri];
  assert.ok(edits && edits.length > 0, `"${action.title}" has no edit for ${uri}`);
  return TextDocument.applyEdits(TextDocument.create(uri, 'ocpp', 1, text), edits);
}

// The 28 OCPP 1.6 actions (ocpp16 §4, §5) and the 11 of the security whitepaper (sec16 §5).
const ocpp16Actions = [
  'Authorize', 'BootNotification', 'DiagnosticsStatusNotification', 'FirmwareStatusNotification', 'Heartbeat', 'MeterValues',
  'StartTransaction', 'StatusNotification', 'StopTransaction', 'CancelReservation', 'ChangeAvailability',
  'ChangeConfiguration', 'ClearCache', 'ClearChargingProfile', 'GetCompositeSchedule', 'GetConfiguration', 'GetDiagnostics',
  'GetLocalListVersion', 'RemoteStartTransaction', 'RemoteStopTransaction', 'ReserveNow', 'Reset', 'SendLocalList',
  'SetChargingProfile', 'TriggerMessage', 'UnlockConnector', 'UpdateFirmware', 'DataTransfer',
  'LogStatusNotification', 'SecurityEventNotification', 'SignCertificate', 'SignedFirmwareStatusNotification',
  'CertificateSigned', 'DeleteCertificate', 'ExtendedTriggerMessage', 'GetInstalledCertificateIds', 'GetLog',
  'InstallCertificate', 'SignedUpdateFirmware',
];

describe('completion, hover and quick fixes over stdio (rich client, validationDelay 0)', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ capabilities: richClient, initializationOptions: { validationDelay: 0 } });
  });
  after(() => client?.stop());
  failOnErrorLogs(() => client);

  test('completion in a connector-0 status literal offers exactly the three statuses, replacing the whole literal', async () => {
    const uri = freshUri('complete-status');
    const text = statusCall('{"connectorId": 0, "errorCode": "NoError", "status": "Charging"}');
    await client.openAndDiagnose(uri, text);
    const items = itemsOf(await client.complete(uri, cursorIn(text, '"Cha|rging"')));
    assert.deepEqual(items.map((i) => i.label).sort(), [...mainControllerStatuses].sort());
    const literal = rangeOf(text, '"Charging"');
    for (const item of items) {
      assert.ok(item.textEdit && 'range' in item.textEdit, `${item.label} has a textEdit with one range`);
      assert.deepEqual(item.textEdit.range, literal, `${item.label} replaces the whole old literal`);
      assert.equal(item.textEdit.newText, JSON.stringify(item.label));
      // VS Code filters on the text from the range start (the quote) to the cursor.
      assert.ok(item.filterText?.startsWith('"'), `${item.label} has a filterText starting with the quote: ${item.filterText}`);
    }
  });

  test('completion in the status of another connector offers all nine statuses', async () => {
    const uri = freshUri('complete-status-1');
    const text = statusCall('{"connectorId": 1, "errorCode": "NoError", "status": ""}');
    await client.openAndDiagnose(uri, text);
    const items = itemsOf(await client.complete(uri, cursorIn(text, '"status": "|"')));
    assert.deepEqual(items.map((i) => i.label).sort(), [
      'Available', 'Charging', 'Faulted', 'Finishing', 'Preparing', 'Reserved', 'SuspendedEV', 'SuspendedEVSE', 'Unavailable',
    ]);
  });

  test('completion at the action position lists the OCPP 1.6 action names', async () => {
    const uri = freshUri('complete-action');
    const text = '[2, "a1", "", {}]';
    await client.openAndDiagnose(uri, text);
    const items = itemsOf(await client.complete(uri, cursorIn(text, '"a1", "|"')));
    assert.deepEqual(items.map((i) => i.label).sort(), [...ocpp16Actions].sort());
    const accepted = items.find((i) => i.label === 'Heartbeat')!;
    assert.ok(accepted.textEdit && 'range' in accepted.textEdit);
    assert.equal(TextDocument.applyEdits(TextDocument.create(uri, 'ocpp', 1, text), [accepted.textEdit]), '[2, "a1", "Heartbeat", {}]');
  });

  test('completion at a key position offers the fields not yet present, required first', async () => {
    const uri = freshUri('complete-key');
    const text = statusCall('{"connectorId": 1, }');
    await client.openAndDiagnose(uri, text);
    const items = itemsOf(await client.complete(uri, cursorIn(text, '1, |}')));
    const ordered = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((i) => i.label);
    assert.deepEqual(ordered.slice(0, 2).sort(), ['errorCode', 'status']);
    assert.deepEqual(ordered.slice(2).sort(), ['info', 'timestamp', 'vendorErrorCode', 'vendorId']);
  });

  test('completion items use snippet format when the client declares snippetSupport', async () => {
    const uri = freshUri('snippets');
    const text = statusCall('{}');
    await client.openAndDiagnose(uri, text);
    const items = itemsOf(await client.complete(uri, cursorIn(text, '{|}')));
    assert.ok(items.length > 0);
    assert.ok(items.some((i) => i.insertTextFormat === InsertTextFormat.Snippet), 'some key completion is a snippet');
  });

  test('hover on a status value is Markdown when the client declares Markdown', async () => {
    const uri = freshUri('hover-md');
    const text = statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Charging"}');
    await client.openAndDiagnose(uri, text);
    const hover = await client.hover(uri, cursorIn(text, '"Char|ging"'));
    assert.ok(hover && typeof hover.contents === 'object' && 'kind' in hover.contents, 'hover has MarkupContent');
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /Charging/);
    assert.deepEqual(hover.range, rangeOf(text, '"Charging"'));
  });

  test('code actions for the connector-0 diagnostic are three fixes that each yield a valid document', async () => {
    const uri = freshUri('fix-connector-zero');
    const text = statusCall('{"connectorId": 0, "errorCode": "NoError", "status": "Charging"}');
    const diagnostics = await client.openAndDiagnose(uri, text);
    assert.equal(diagnostics.length, 1);
    const actions = await client.codeActions(uri, diagnostics[0].range, diagnostics);
    assert.ok(Array.isArray(actions));
    const fixes = actions.filter((a): a is CodeAction => 'kind' in a && a.kind === CodeActionKind.QuickFix);
    assert.equal(fixes.length, 3);
    assert.equal(actions.length, 3);
    const results = fixes.map((fix) => applyWorkspaceEdit(uri, text, fix));
    assert.deepEqual(results.sort(), mainControllerStatuses
      .map((s) => statusCall(`{"connectorId": 0, "errorCode": "NoError", "status": "${s}"}`)).sort());
    for (const fix of fixes) assert.match(fix.title, /^Change to "(Available|Unavailable|Faulted)"$/);
    // The server itself agrees that the connector-0 error is gone from every fixed document; Faulted with
    // NoError draws faulted-without-error (OCPP 1.6 §4.9), a warning of its own.
    for (const [i, result] of results.entries()) {
      const codes = (await client.openAndDiagnose(freshUri(`fixed-${i}`), result)).map((d) => d.code);
      assert.deepEqual(codes, result.includes('"Faulted"') ? ['faulted-without-error'] : [], result);
    }
  });

  test('code actions for a misspelt status offer the closest value', async () => {
    const uri = freshUri('fix-misspelt');
    const text = statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Avaliable"}');
    const diagnostics = await client.openAndDiagnose(uri, text);
    const actions = (await client.codeActions(uri, diagnostics[0].range, diagnostics)) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.title), ['Change to "Available"']);
    assert.equal(applyWorkspaceEdit(uri, text, actions[0]), text.replace('Avaliable', 'Available'));
  });

  test('a source.fixAll request (as on save) gets the whole-file fix even with no diagnostics in its context', async () => {
    const uri = freshUri('fix-all');
    const text = statusCall('{"connectorId": "1", "errorCode": "noerror", "status": "Avaliable"}');
    await client.openAndDiagnose(uri, text);
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: text.length } };
    const actions = (await client.codeActions(uri, whole, [], [CodeActionKind.SourceFixAll])) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.ocpp']);
    const fixed = applyWorkspaceEdit(uri, text, actions[0]);
    assert.equal(fixed, statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Available"}'));
  });
});

describe('language server with a plain-text client (no Markdown, no snippets)', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ capabilities: plainClient, initializationOptions: { validationDelay: 0 } });
  });
  after(() => client?.stop());
  failOnErrorLogs(() => client);

  test('hover on a status value is plain text when the client declares only plain text', async () => {
    const uri = freshUri('hover-plain');
    const text = statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Charging"}');
    await client.openAndDiagnose(uri, text);
    const hover = await client.hover(uri, cursorIn(text, '"Char|ging"'));
    assert.ok(hover && typeof hover.contents === 'object' && 'kind' in hover.contents, 'hover has MarkupContent');
    assert.equal(hover.contents.kind, 'plaintext');
    assert.match(hover.contents.value, /Charging/);
    assert.doesNotMatch(hover.contents.value, /\*\*|`/, 'no Markdown syntax in plain text');
  });

  test('completion items use plain text format without snippetSupport', async () => {
    const uri = freshUri('no-snippets');
    const text = statusCall('{}');
    await client.openAndDiagnose(uri, text);
    const items = itemsOf(await client.complete(uri, cursorIn(text, '{|}')));
    assert.ok(items.length > 0);
    for (const item of items) {
      assert.notEqual(item.insertTextFormat, InsertTextFormat.Snippet, `${item.label} is not a snippet`);
      const newText = item.textEdit?.newText ?? item.insertText ?? '';
      assert.doesNotMatch(newText, /\$\{?\d/, `${item.label} has no snippet placeholders: ${newText}`);
    }
    for (const item of items) {
      if (typeof item.documentation === 'object') assert.equal(item.documentation.kind, 'plaintext');
    }
  });
});

describe('language server with a client that shows Markdown in hovers but only plain text in completion items', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({
      capabilities: {
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['plaintext'] } },
        },
      },
      initializationOptions: { validationDelay: 0 },
    });
  });
  after(() => client?.stop());
  failOnErrorLogs(() => client);

  test('hover follows hover.contentFormat', async () => {
    const uri = freshUri('mixed-hover');
    const text = statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Charging"}');
    await client.openAndDiagnose(uri, text);
    const hover = await client.hover(uri, cursorIn(text, '"Char|ging"'));
    assert.ok(hover && typeof hover.contents === 'object' && 'kind' in hover.contents);
    assert.equal(hover.contents.kind, 'markdown');
  });

  test('completion documentation follows completionItem.documentationFormat', async () => {
    const uri = freshUri('mixed-completion');
    const text = statusCall('{"connectorId": 1, "errorCode": "NoError", "status": ""}');
    await client.openAndDiagnose(uri, text);
    const items = itemsOf(await client.complete(uri, cursorIn(text, '"status": "|"')));
    assert.equal(items.length, 9);
    const kinds = new Set(items.map((i) => (typeof i.documentation === 'object' ? i.documentation.kind : 'string')));
    assert.deepEqual([...kinds], ['plaintext']);
  });
});
