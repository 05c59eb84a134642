/**
 * The language server as an editor sees it: `node dist/server.js --stdio` started as a child process and
 * driven over a real JSON-RPC connection (test/support/lspClient.ts). Build first (`node esbuild.mjs`). This file:
 * initialize, document synchronisation and diagnostics, the validation delay, shutdown. Completion, hover and
 * quick fixes are in lsp.features.test.ts; requests the server cannot answer usefully in lsp.robustness.test.ts.
 *
 * Diagnostics are awaited as they arrive (publishDiagnostics for a uri and version), never slept for. Each describe
 * block has its own server, and every test its own documents, so a test passes alone and in any order.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, MessageType, ShutdownRequest, TextDocumentSyncKind, type Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from './support/lspClient';
import { cursorIn, failOnErrorLogs, freshUri as uriIn, mainControllerStatuses, rangeOf, richClient, statusCall } from './support/lspHelpers';

const repoRoot = resolve(__dirname, '..');
const freshUri = (name: string) => uriIn('lsp-test', `${name}.ocpp.json`);
const example = (name: string) => readFileSync(resolve(repoRoot, 'examples', name), 'utf8');

function replacementsOf(diagnostic: Diagnostic): unknown {
  return (diagnostic.data as { replacements?: unknown } | undefined)?.replacements;
}

describe('language server over stdio (rich client, validationDelay 0)', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ capabilities: richClient, initializationOptions: { validationDelay: 0 } });
  });
  after(() => client?.stop());
  failOnErrorLogs(() => client);

  test('initialize announces incremental sync, completion, hover and quick fixes', () => {
    const { capabilities, serverInfo } = client.initializeResult!;
    assert.equal(serverInfo?.name, 'ocpp-language-server');
    const sync = capabilities.textDocumentSync;
    assert.ok(typeof sync === 'object', 'textDocumentSync is an options object');
    assert.equal(sync.openClose, true);
    assert.equal(sync.change, TextDocumentSyncKind.Incremental);
    assert.ok(capabilities.completionProvider, 'completionProvider');
    assert.ok(capabilities.completionProvider.triggerCharacters?.includes('"'), 'completion triggers on a quote');
    assert.equal(capabilities.hoverProvider, true);
    const codeActions = capabilities.codeActionProvider;
    assert.ok(typeof codeActions === 'object', 'codeActionProvider lists its kinds');
    assert.deepEqual(codeActions.codeActionKinds, [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll]);
  });

  test('didOpen publishes version 1 with the exact range, code, source and fix data of each mistake', async () => {
    const uri = freshUri('connector-zero-mistakes');
    const text = example('connector-zero-mistakes.ocpp.json');
    const diagnostics = await client.openAndDiagnose(uri, text);
    const summary = diagnostics.map((d) => ({ range: d.range, code: d.code, source: d.source, severity: d.severity,
      replacements: replacementsOf(d) }));
    assert.deepEqual(summary, [
      { range: rangeOf(text, '"Charging"'), code: 'connector-zero-status', source: 'ocpp', severity: 1,
        replacements: mainControllerStatuses },
      { range: rangeOf(text, '"Avaliable"'), code: 'invalid-enum-value', source: 'ocpp', severity: 1, replacements: ['Available'] },
      { range: rangeOf(text, '"available"'), code: 'invalid-enum-value', source: 'ocpp', severity: 1, replacements: ['Available'] },
      { range: rangeOf(text, '"EVCommunicationsError"'), code: 'invalid-enum-value', source: 'ocpp', severity: 1,
        replacements: ['EVCommunicationError'] },
    ]);
    // The first one, written out: line 2 of the file, the literal including its quotes.
    assert.deepEqual(diagnostics[0].range, { start: { line: 1, character: 89 }, end: { line: 1, character: 99 } });
  });

  test('didOpen of a valid conversation publishes an empty list', async () => {
    const uri = freshUri('boot-to-charge');
    assert.deepEqual(await client.openAndDiagnose(uri, example('boot-to-charge.ocpp.json')), []);
  });

  test('didOpen of the valid OCPP 2.0.1 conversation publishes an empty list', async () => {
    const uri = freshUri('boot-to-charge-201');
    assert.deepEqual(await client.openAndDiagnose(uri, example('boot-to-charge-201.ocpp.json')), []);
  });

  test('a JSON syntax error is reported and the rest of the document is still checked', async () => {
    const uri = freshUri('syntax-error');
    const text = example('syntax-error.ocpp.json');
    const diagnostics = await client.openAndDiagnose(uri, text);
    assert.deepEqual(diagnostics.map((d) => [d.code, TextDocument.create(uri, 'ocpp', 1, text).getText(d.range)]), [
      ['comment', '// OCPP-J is strict JSON: this comment is an error too.'],
      ['syntax-error', '['],
      ['trailing-comma', ','],
      ['invalid-enum-value', '"Avaliable"'],
    ]);
  });

  test('several range edits in one didChange: the new diagnostics reflect them and carry the new version', async () => {
    const uri = freshUri('incremental');
    const text = [
      '[',
      '  [2, "a1", "StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "Available"}],',
      '  [3, "a1", {}]',
      ']',
    ].join('\n');
    assert.deepEqual(await client.openAndDiagnose(uri, text), []);
    const since = client.published.length;
    // Applied in order: first the status becomes "Charging", then the connector becomes 0.
    const version = client.change(uri, [
      { range: rangeOf(text, '"Available"'), text: '"Charging"' },
      { range: rangeOf(text, '1,'), text: '0,' },
    ]);
    assert.equal(version, 2);
    const expected = text.replace('"Available"', '"Charging"').replace('"connectorId": 1', '"connectorId": 0');
    assert.equal(client.textOf(uri), expected);
    const diagnostics = await client.diagnostics(uri, version, since);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range]), [['connector-zero-status', rangeOf(expected, '"Charging"')]]);

    // An edit spanning lines: the whole frame is replaced by one with a misspelt status.
    const since3 = client.published.length;
    const frame = '[2, "a1", "StatusNotification", {"connectorId": 0, "errorCode": "NoError", "status": "Charging"}],\n  [3, "a1", {}]';
    const version3 = client.change(uri, [
      { range: rangeOf(expected, frame), text: '[2, "b2", "StatusNotification", {"connectorId": 2, "errorCode": "NoError", "status": "Faultd"}]' },
    ]);
    const final = client.textOf(uri);
    const diagnostics3 = await client.diagnostics(uri, version3, since3);
    assert.deepEqual(diagnostics3.map((d) => [d.code, d.range]), [['invalid-enum-value', rangeOf(final, '"Faultd"')]]);
  });

  test('rapid successive changes: the last diagnostics are those of the final text, and none is stale', async () => {
    const uri = freshUri('typing');
    const text = statusCall('{"connectorId": 0, "errorCode": "NoError", "status": ""}');
    await client.openAndDiagnose(uri, text);
    const since = client.published.length;
    // Type "Charging" into the empty status, one keystroke per notification, without waiting in between.
    const typed = 'Charging';
    const at = cursorIn(text, '"status": "|"');
    let version = 1;
    for (let i = 0; i < typed.length; i++) {
      version = client.change(uri, [{ range: { start: { ...at, character: at.character + i }, end: { ...at, character: at.character + i } }, text: typed[i] }]);
    }
    const final = client.textOf(uri);
    assert.equal(final, statusCall('{"connectorId": 0, "errorCode": "NoError", "status": "Charging"}'));
    const diagnostics = await client.diagnostics(uri, version, since);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range]), [['connector-zero-status', rangeOf(final, '"Charging"')]]);

    // A request round trip lets any late notification arrive before we look at the order.
    await client.hover(uri, at);
    const versions = client.published.slice(since).filter((p) => p.uri === uri).map((p) => p.version);
    assert.deepEqual(versions, [...versions].sort((a, b) => a! - b!), 'published versions never go back');
    assert.equal(versions.at(-1), version, 'the last publication is for the final version');
  });

  test('didClose publishes an empty list for the document', async () => {
    const uri = freshUri('close');
    const diagnostics = await client.openAndDiagnose(uri, statusCall('{"connectorId": 0, "errorCode": "NoError", "status": "Charging"}'));
    assert.equal(diagnostics.length, 1);
    const since = client.published.length;
    client.close(uri);
    const cleared = await client.waitForPublish((p) => p.uri === uri, since, `the clearing publication for ${uri}`);
    assert.deepEqual(cleared.diagnostics, []);
    // A closed document is unknown again.
    assert.equal(await client.hover(uri, { line: 0, character: 40 }), null);
  });
});

describe('language server with the default validation delay', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ capabilities: richClient });
  });
  after(() => client?.stop());
  failOnErrorLogs(() => client);

  test('an opened document is checked at once', async () => {
    const uri = freshUri('default-open');
    const diagnostics = await client.openAndDiagnose(uri, statusCall('{"connectorId": 0, "errorCode": "NoError", "status": "Charging"}'));
    assert.deepEqual(diagnostics.map((d) => d.code), ['connector-zero-status']);
  });

  test('a burst of changes is debounced into one publication for the final version', async () => {
    const uri = freshUri('debounced');
    const text = statusCall('{"connectorId": 0, "errorCode": "NoError", "status": ""}');
    await client.openAndDiagnose(uri, text);
    const since = client.published.length;
    const at = cursorIn(text, '"status": "|"');
    // Unavailable rather than Faulted: with NoError, Faulted draws faulted-without-error, and this test wants none.
    const typed = 'Unavailable';
    const versions: number[] = [];
    let sentAt = 0;
    for (let i = 0; i < typed.length; i++) {
      const point = { ...at, character: at.character + i };
      // The server cannot receive the last change before we start sending it.
      sentAt = Date.now();
      versions.push(client.change(uri, [{ range: { start: point, end: point }, text: typed[i] }]));
    }
    const finalVersion = versions.at(-1)!;
    assert.deepEqual(await client.diagnostics(uri, finalVersion, since), []);
    // The default delay is 150 ms after the last change, which the server received after we sent it.
    assert.ok(Date.now() - sentAt >= 140, `published after ${Date.now() - sentAt} ms, before the 150 ms pause`);
    const intermediate = client.published.slice(since).filter((p) => p.uri === uri && p.version !== finalVersion);
    assert.deepEqual(intermediate.map((p) => p.version), [], 'no publication for the versions typed over');
  });
});

describe('shutdown and exit', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ capabilities: richClient, initializationOptions: { validationDelay: 0 } });
  });
  after(() => client?.stop());

  test('shutdown answers null, and exit ends the process with code 0', async () => {
    const uri = freshUri('before-shutdown');
    await client.openAndDiagnose(uri, '[]');
    assert.equal(await client.call(ShutdownRequest.type), null);
    client.notify('exit');
    assert.equal((await client.withTimeout(client.exited, 'the server process to exit')).code, 0);
  });
});

describe('the stdio transport', () => {
  test('the server exits when its input ends: with code 1 without a shutdown request, 0 after one', async () => {
    for (const shutdownFirst of [false, true]) {
      const client = await LspClient.start({ capabilities: richClient });
      try {
        if (shutdownFirst) assert.equal(await client.call(ShutdownRequest.type), null);
        client.child!.stdin!.end();
        assert.equal((await client.withTimeout(client.exited, 'the server process to exit')).code, shutdownFirst ? 0 : 1);
      } finally {
        client.stop();
      }
    }
  });

  test("what the server writes to the console goes to the client's log, and the messages on stdout stay whole", async () => {
    const fixture = resolve(repoRoot, 'test', 'fixtures', 'consoleAtStart.cjs');
    const client = await LspClient.start({ capabilities: richClient, initializationOptions: { validationDelay: 0 }, env: { NODE_OPTIONS: `--require ${fixture}` } });
    try {
      const logged = await client.until(() => (client.logs.length >= 2 ? client.logs : undefined), 'two log messages');
      assert.deepEqual(logged.map((l) => [l.type, l.message]).filter(([, m]) => String(m).includes('from inside the server')), [
        [MessageType.Log, "console.log from inside the server { at: 'start' }"],
        [MessageType.Error, 'console.error from inside the server'],
      ]);
      const uri = freshUri('after-console');
      assert.equal((await client.openAndDiagnose(uri, '[2, "1", "Heartbeat", {"x": 1}]')).length, 1);
      assert.deepEqual(client.protocolErrors, []);
    } finally {
      client.stop();
    }
  });
});
