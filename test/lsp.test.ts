/**
 * The language server as an editor sees it: `node dist/server.js --stdio` started as a child process and
 * driven over a real JSON-RPC connection. Build first (`node esbuild.mjs`).
 *
 * Diagnostics are awaited as they arrive (publishDiagnostics for a uri and version), never slept for.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CancellationTokenSource, CodeActionKind, CodeActionRequest, CompletionRequest, createProtocolConnection,
  DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification,
  HoverRequest, InitializedNotification, InitializeRequest, InsertTextFormat, LogMessageNotification, LSPErrorCodes, MessageType,
  PublishDiagnosticsNotification, ResponseError, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
  TextDocumentSyncKind,
  type ClientCapabilities, type CodeAction, type CompletionItem, type CompletionList, type Diagnostic, type Hover,
  type InitializeResult, type LogMessageParams, type Position, type ProtocolConnection, type PublishDiagnosticsParams,
  type Range, type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

const repoRoot = resolve(__dirname, '..');
const serverPath = resolve(repoRoot, 'dist/server.js');
/** How long a test waits for something the server should do promptly before it fails. */
const patience = 5000;

// ---------------------------------------------------------------------------------------------------------------
// Client capabilities of a rich editor (VS Code) and of a minimal one (plain text, no snippets).

const richClient: ClientCapabilities = {
  textDocument: {
    synchronization: { dynamicRegistration: false },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: [CodeActionKind.QuickFix] } } },
    publishDiagnostics: { versionSupport: true },
  },
};

const plainClient: ClientCapabilities = {
  textDocument: {
    completion: { completionItem: { snippetSupport: false, documentationFormat: ['plaintext'] } },
    hover: { contentFormat: ['plaintext'] },
    publishDiagnostics: { versionSupport: true },
  },
};

// ---------------------------------------------------------------------------------------------------------------
// A small LSP client around the child process.

interface StartOptions {
  readonly capabilities?: ClientCapabilities;
  readonly initializationOptions?: unknown;
}

class TestClient {
  /** Every publishDiagnostics notification received, in order. Take `published.length` before acting. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: LogMessageParams[] = [];
  readonly exited: Promise<number | null>;
  initializeResult!: InitializeResult;
  private readonly listeners = new Set<() => void>();
  private readonly mirrors = new Map<string, TextDocument>();
  private stderr = '';

  private constructor(readonly child: ChildProcess, readonly connection: ProtocolConnection) {
    this.exited = new Promise((resolveExit) => child.on('exit', (code) => resolveExit(code)));
    child.stderr!.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      for (const listener of [...this.listeners]) listener();
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params);
    });
    connection.listen();
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    assert.ok(existsSync(serverPath), `${serverPath} is missing: run \`node esbuild.mjs\` first`);
    const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection);
    client.initializeResult = await client.withTimeout(connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: options.capabilities ?? richClient,
      initializationOptions: options.initializationOptions,
    }), 'the initialize response');
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** Ends the child whatever state it is in; safe to call twice. */
  stop(): void {
    this.connection.dispose();
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }

  get isRunning(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Rejects when `promise` takes longer than `ms`, naming what never came, with the server's stderr. */
  withTimeout<T>(promise: Promise<T>, what: string, ms = patience): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}${this.stderr ? `\nserver stderr:\n${this.stderr}` : ''}`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }

  /** The first notification at index `since` or later that matches; waits for it if it has not come yet. */
  waitForPublish(match: (p: PublishDiagnosticsParams) => boolean, since: number, what: string): Promise<PublishDiagnosticsParams> {
    const found = new Promise<PublishDiagnosticsParams>((resolveFound) => {
      const check = () => {
        const hit = this.published.slice(since).find(match);
        if (!hit) return false;
        this.listeners.delete(listener);
        resolveFound(hit);
        return true;
      };
      const listener = () => void check();
      this.listeners.add(listener);
      check();
    });
    return this.withTimeout(found, what);
  }

  /** The diagnostics published for `uri` at `version` (received since index `since`). */
  async diagnostics(uri: string, version: number, since = 0): Promise<Diagnostic[]> {
    const params = await this.waitForPublish((p) => p.uri === uri && p.version === version, since,
      `diagnostics for ${uri} version ${version}`);
    return params.diagnostics;
  }

  async open(uri: string, text: string): Promise<void> {
    this.mirrors.set(uri, TextDocument.create(uri, 'ocpp', 1, text));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'ocpp', version: 1, text },
    });
  }

  /** Opens the document and returns the diagnostics of its first version. */
  async openAndDiagnose(uri: string, text: string): Promise<Diagnostic[]> {
    const since = this.published.length;
    await this.open(uri, text);
    return this.diagnostics(uri, 1, since);
  }

  /** Sends one didChange with all `changes`; returns the new version. The local mirror follows along. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const mirror = this.mirrors.get(uri);
    assert.ok(mirror, `${uri} is not open`);
    const version = mirror.version + 1;
    this.mirrors.set(uri, TextDocument.update(mirror, changes, version));
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
    return version;
  }

  async close(uri: string): Promise<void> {
    this.mirrors.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** The text the server should now hold for `uri`. */
  textOf(uri: string): string {
    const mirror = this.mirrors.get(uri);
    assert.ok(mirror, `${uri} is not open`);
    return mirror.getText();
  }

  complete(uri: string, position: Position): Promise<CompletionList | CompletionItem[] | null> {
    return this.withTimeout(this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }), 'completion');
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.withTimeout(this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }), 'hover');
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[]) {
    return this.withTimeout(this.connection.sendRequest(CodeActionRequest.type,
      { textDocument: { uri }, range, context: { diagnostics } }), 'code actions');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Text helpers: positions are found by searching the text, so a test says which token it means.

/** The range of the `nth` occurrence of `needle` in `text`. */
function rangeOf(text: string, needle: string, nth = 0): Range {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `"${needle}" occurs fewer than ${nth + 1} times in the text`);
  }
  const document = TextDocument.create('file:///x', 'ocpp', 0, text);
  return { start: document.positionAt(offset), end: document.positionAt(offset + needle.length) };
}

/** The position marked by `|` in `needleWithCursor`, which must occur (without the `|`) in `text`. */
function cursorIn(text: string, needleWithCursor: string): Position {
  const bar = needleWithCursor.indexOf('|');
  const needle = needleWithCursor.replace('|', '');
  const start = text.indexOf(needle);
  assert.ok(bar >= 0 && start >= 0, `"${needle}" not found in the text`);
  return TextDocument.create('file:///x', 'ocpp', 0, text).positionAt(start + bar);
}

function itemsOf(result: CompletionList | CompletionItem[] | null): CompletionItem[] {
  if (result === null) return [];
  return Array.isArray(result) ? result : result.items;
}

/** null, an empty array or an empty completion list. */
function isEmptyAnswer(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  const items = (value as { items?: unknown }).items;
  return Array.isArray(items) && items.length === 0;
}

function replacementsOf(diagnostic: Diagnostic): unknown {
  return (diagnostic.data as { replacements?: unknown } | undefined)?.replacements;
}

function applyWorkspaceEdit(uri: string, text: string, action: CodeAction): string {
  const edits = action.edit?.changes?.[uri];
  assert.ok(edits && edits.length > 0, `"${action.title}" has no edit for ${uri}`);
  return TextDocument.applyEdits(TextDocument.create(uri, 'ocpp', 1, text), edits);
}

function statusCall(payload: string): string {
  return `[2, "a1", "StatusNotification", ${payload}]`;
}

let uriCounter = 0;
/** A fresh uri per document, so that no test sees another's notifications. */
function freshUri(name: string): string {
  return `file:///work/lsp-test/${++uriCounter}-${name}.ocpp.json`;
}

const example = (name: string) => readFileSync(resolve(repoRoot, 'examples', name), 'utf8');

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
const mainControllerStatuses = ['Available', 'Unavailable', 'Faulted'];

// ---------------------------------------------------------------------------------------------------------------

describe('language server over stdio (rich client, validationDelay 0)', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ capabilities: richClient, initializationOptions: { validationDelay: 0 } });
  });
  after(() => client?.stop());

  test('initialize announces incremental sync, completion, hover and quick fixes', () => {
    const { capabilities, serverInfo } = client.initializeResult;
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
    const actions = (await client.withTimeout(client.connection.sendRequest(CodeActionRequest.type,
      { textDocument: { uri }, range: whole, context: { diagnostics: [], only: [CodeActionKind.SourceFixAll] } }), 'fix all')) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.ocpp']);
    const fixed = applyWorkspaceEdit(uri, text, actions[0]);
    assert.equal(fixed, statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Available"}'));
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
    const version = await client.change(uri, [
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
    const version3 = await client.change(uri, [
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
      version = await client.change(uri, [{ range: { start: { ...at, character: at.character + i }, end: { ...at, character: at.character + i } }, text: typed[i] }]);
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
    await client.close(uri);
    const cleared = await client.waitForPublish((p) => p.uri === uri, since, `the clearing publication for ${uri}`);
    assert.deepEqual(cleared.diagnostics, []);
    // A closed document is unknown again.
    assert.equal(await client.hover(uri, { line: 0, character: 40 }), null);
  });

  // Runs after the tests above and before the malformed requests below, which are expected to log errors.
  test('none of the well-formed requests so far made the server log an error', () => {
    assert.deepEqual(client.logs.filter((l) => l.type === MessageType.Error), []);
  });

  describe('requests the server cannot answer usefully still get an answer, and the server stays up', () => {
    const uri = freshUri('robust');
    const text = statusCall('{"connectorId": 0, "errorCode": "NoError", "status": "Charging"}');
    before(async () => {
      await client.openAndDiagnose(uri, text);
    });

    test('positions beyond the end of the document', async () => {
      const far = { line: 999, character: 999 };
      assert.deepEqual(itemsOf(await client.complete(uri, far)), []);
      assert.equal(await client.hover(uri, far), null);
      assert.equal(await client.hover(uri, { line: 0, character: 10_000 }), null);
      assert.deepEqual(await client.codeActions(uri, { start: far, end: far }, []), []);
    });

    test('documents the server has never seen', async () => {
      const unknown = 'file:///work/lsp-test/never-opened.ocpp.json';
      assert.equal(await client.complete(unknown, { line: 0, character: 1 }), null);
      assert.equal(await client.hover(unknown, { line: 0, character: 1 }), null);
      assert.deepEqual(await client.codeActions(unknown, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, []), []);
    });

    test('malformed params: an empty result or an error response, never silence', async () => {
      const attempts: [string, unknown][] = [
        ['textDocument/hover', {}],
        ['textDocument/hover', { textDocument: { uri } }],
        ['textDocument/hover', { textDocument: { uri }, position: { line: 'one', character: null } }],
        ['textDocument/completion', { textDocument: { uri } }],
        ['textDocument/completion', null],
        ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }],
        ['textDocument/codeAction', { textDocument: { uri }, range: null, context: { diagnostics: [{ source: 'ocpp', data: { replacements: 'x' } }] } }],
      ];
      for (const [method, params] of attempts) {
        const outcome = await client.withTimeout(
          client.connection.sendRequest(method, params).then((result) => ({ result }), (error: unknown) => ({ error })),
          `an answer to ${method} ${JSON.stringify(params)}`);
        if ('error' in outcome) {
          assert.ok(outcome.error instanceof ResponseError, `${method}: an error response, not ${String(outcome.error)}`);
        } else {
          assert.ok(isEmptyAnswer(outcome.result), `${method} ${JSON.stringify(params)} answered ${JSON.stringify(outcome.result)}`);
        }
      }
      assert.ok(client.isRunning, 'the server is still running');
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
    });

    test('a document nested 100,000 levels deep gets diagnostics, and the server keeps answering', async () => {
      const deep = freshUri('deep');
      const diagnostics = await client.openAndDiagnose(deep, '['.repeat(100_000));
      assert.ok(diagnostics.length > 0, 'the unclosed brackets are reported');
      assert.ok(diagnostics.every((d) => d.source === 'ocpp'));
      assert.equal(await client.hover(deep, { line: 0, character: 50_000 }), null);
      await client.close(deep);
    });

    test('after all that, requests still work', async () => {
      const items = itemsOf(await client.complete(uri, cursorIn(text, '"Cha|rging"')));
      assert.deepEqual(items.map((i) => i.label).sort(), [...mainControllerStatuses].sort());
      assert.ok(client.isRunning);
    });
  });

  test('$/cancelRequest for a request still waiting in the queue answers it with RequestCancelled', async () => {
    // A large document that has just changed keeps the server busy parsing it, so the second hover and its
    // cancellation are both waiting when the server next reads its input.
    const frame = statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Available"}');
    const big = `[\n${Array.from({ length: 5_000 }, (_, i) => `  ${frame.replace('"a1"', `"${i}"`)}`).join(',\n')}\n]`;
    const uri = freshUri('big');
    assert.deepEqual(await client.openAndDiagnose(uri, big), []);
    const insideAction = (line: number) => ({ line, character: 14 });
    void client.change(uri, [{ range: rangeOf(big, '"Available"'), text: '"Preparing"' }]);
    const busy = client.hover(uri, insideAction(1));
    const source = new CancellationTokenSource();
    const cancelled = client.connection.sendRequest(HoverRequest.type,
      { textDocument: { uri }, position: insideAction(2) }, source.token)
      .then((result) => ({ result }), (error: unknown) => ({ error }));
    source.cancel();
    const outcome = await client.withTimeout(cancelled, 'the answer to the cancelled hover');
    assert.ok('error' in outcome, `the cancelled request was answered with ${JSON.stringify(outcome)}`);
    assert.ok(outcome.error instanceof ResponseError);
    assert.equal(outcome.error.code, LSPErrorCodes.RequestCancelled);
    // The request before it is answered normally, and so is one after it.
    assert.match(JSON.stringify(await busy), /StatusNotification/, 'the first hover describes the action');
    assert.match(JSON.stringify(await client.hover(uri, insideAction(3))), /StatusNotification/, 'a later hover works');
    await client.close(uri);
  });

});

describe('language server with a plain-text client (no Markdown, no snippets)', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ capabilities: plainClient, initializationOptions: { validationDelay: 0 } });
  });
  after(() => client?.stop());

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
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({
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

describe('language server with the default validation delay', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ capabilities: richClient });
  });
  after(() => client?.stop());

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
    const changes: Promise<number>[] = [];
    let sentAt = 0;
    for (let i = 0; i < typed.length; i++) {
      const point = { ...at, character: at.character + i };
      // The server cannot receive the last change before we start sending it.
      sentAt = Date.now();
      changes.push(client.change(uri, [{ range: { start: point, end: point }, text: typed[i] }]));
    }
    const versions = await Promise.all(changes);
    const finalVersion = versions.at(-1)!;
    assert.deepEqual(await client.diagnostics(uri, finalVersion, since), []);
    // The default delay is 150 ms after the last change, which the server received after we sent it.
    assert.ok(Date.now() - sentAt >= 140, `published after ${Date.now() - sentAt} ms, before the 150 ms pause`);
    const intermediate = client.published.slice(since).filter((p) => p.uri === uri && p.version !== finalVersion);
    assert.deepEqual(intermediate.map((p) => p.version), [], 'no publication for the versions typed over');
  });
});

describe('shutdown and exit', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ initializationOptions: { validationDelay: 0 } });
  });
  after(() => client?.stop());

  test('shutdown answers null, and exit ends the process with code 0', async () => {
    const uri = freshUri('before-shutdown');
    await client.openAndDiagnose(uri, '[]');
    assert.equal(await client.withTimeout(client.connection.sendRequest(ShutdownRequest.type), 'the shutdown response'), null);
    await client.connection.sendNotification(ExitNotification.type);
    assert.equal(await client.withTimeout(client.exited, 'the server process to exit'), 0);
  });
});
