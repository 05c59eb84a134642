/**
 * Navigation over a real stdio connection to `node dist/server.js --stdio` (build first: `node esbuild.mjs`):
 * document symbols, folding ranges, definition, references and the `ocpp/documentInfo` request the status bar
 * uses, typed by the same declaration the VS Code client imports.
 *
 * Requests follow didOpen on the same connection, which the server handles in order, so no test waits for
 * diagnostics before asking.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createProtocolConnection, DefinitionRequest, DidOpenTextDocumentNotification, DocumentSymbolRequest, ExitNotification,
  FoldingRangeRequest, InitializedNotification, InitializeRequest, LogMessageNotification, MessageType, ReferencesRequest,
  ShutdownRequest, StreamMessageReader, StreamMessageWriter, SymbolKind,
  type ClientCapabilities, type DocumentSymbol, type InitializeResult, type Location, type LocationLink, type LogMessageParams,
  type Position, type ProtocolConnection, type Range, type SymbolInformation,
} from 'vscode-languageserver-protocol/node';
import { DocumentInfoRequest } from '../server/src/lsp/protocol';

const serverPath = resolve(__dirname, '..', 'dist/server.js');
const patience = 5000;

const editorClient: ClientCapabilities = {
  textDocument: {
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    foldingRange: { lineFoldingOnly: true },
    definition: { linkSupport: true },
    references: {},
  },
};
/** A minimal client: plain Locations from definition, flat symbols, at most one folding range. */
const locationClient: ClientCapabilities = { textDocument: { definition: { linkSupport: false }, foldingRange: { rangeLimit: 1 } } };

class Server {
  readonly logs: LogMessageParams[] = [];
  initializeResult!: InitializeResult;
  private stderr = '';
  private uris = 0;

  private constructor(readonly child: ChildProcess, readonly connection: ProtocolConnection) {
    child.stderr!.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params);
    });
    connection.listen();
  }

  static async start(capabilities: ClientCapabilities): Promise<Server> {
    assert.ok(existsSync(serverPath), `${serverPath} is missing: run \`node esbuild.mjs\` first`);
    const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const server = new Server(child, createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!)));
    server.initializeResult = await server.within(server.connection.sendRequest(InitializeRequest.type,
      { processId: process.pid, rootUri: null, capabilities, initializationOptions: { validationDelay: 0 } }), 'initialize');
    await server.connection.sendNotification(InitializedNotification.type, {});
    return server;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((done) => this.child.once('exit', done));
      await this.within(this.connection.sendRequest(ShutdownRequest.type), 'shutdown').catch(() => undefined);
      await this.connection.sendNotification(ExitNotification.type).catch(() => undefined);
      await this.within(exited, 'exit').catch(() => this.child.kill());
    }
    this.connection.dispose();
  }

  get isRunning(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  within<T>(promise: Promise<T>, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer to ${what} within ${patience} ms${this.stderr ? `\nserver stderr:\n${this.stderr}` : ''}`)), patience);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }

  /** Opens `text` under a fresh uri (named `name`) and returns that uri and a mirror for positions and text. */
  async open(text: string, name = 'doc.ocpp.json'): Promise<TextDocument> {
    const uri = `file:///work/nav-lsp/${++this.uris}/${name}`;
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type,
      { textDocument: { uri, languageId: 'ocpp', version: 1, text } });
    return TextDocument.create(uri, 'ocpp', 1, text);
  }

  symbols(uri: string) {
    return this.within(this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), 'documentSymbol');
  }

  folding(uri: string) {
    return this.within(this.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } }), 'foldingRange');
  }

  definition(uri: string, position: Position) {
    return this.within(this.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position }), 'definition');
  }

  references(uri: string, position: Position, includeDeclaration: boolean) {
    return this.within(this.connection.sendRequest(ReferencesRequest.type,
      { textDocument: { uri }, position, context: { includeDeclaration } }), 'references');
  }

  documentInfo(uri: string) {
    return this.within(this.connection.sendRequest(DocumentInfoRequest, { uri }), 'ocpp/documentInfo');
  }
}

/** The position `|` marks inside `needleWithCursor`, which occurs (without the `|`) in the document. */
function at(document: TextDocument, needleWithCursor: string): Position {
  const needle = needleWithCursor.replace('|', '');
  const start = document.getText().indexOf(needle);
  assert.ok(start >= 0, `${needle} not in the document`);
  return document.positionAt(start + needleWithCursor.indexOf('|'));
}

function rangeOf(document: TextDocument, needle: string, nth = 0): Range {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = document.getText().indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `${needle} occurs fewer than ${nth + 1} times`);
  return { start: document.positionAt(offset), end: document.positionAt(offset + needle.length) };
}

const conversation = [
  '[',
  '  [2, "a1", "StatusNotification", {',
  '    "connectorId": 1, "errorCode": "NoError", "status": "Available"',
  '  }],',
  '  [3, "a1", {}],',
  '  [2, "b2", "Heartbeat", {}],',
  '  [4, "b2", "GenericError", "", {}]',
  ']',
].join('\n');

describe('navigation over stdio (an editor-like client)', () => {
  let server: Server;
  before(async () => {
    server = await Server.start(editorClient);
  });
  after(() => server?.stop());

  test('initialize announces document symbols, folding, definition and references', () => {
    const { capabilities } = server.initializeResult;
    assert.equal(capabilities.documentSymbolProvider, true);
    assert.equal(capabilities.foldingRangeProvider, true);
    assert.equal(capabilities.definitionProvider, true);
    assert.equal(capabilities.referencesProvider, true);
  });

  test('documentSymbol: one symbol per frame with exact ranges, fields as children', async () => {
    const document = await server.open(conversation);
    const symbols = (await server.symbols(document.uri)) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => [s.name, s.kind]), [
      ['CALL StatusNotification a1', SymbolKind.Function],
      ['CALLRESULT StatusNotification a1', SymbolKind.Event],
      ['CALL Heartbeat b2', SymbolKind.Function],
      ['CALLERROR GenericError b2', SymbolKind.EnumMember],
    ]);
    assert.deepEqual(symbols[0].range, { start: { line: 1, character: 2 }, end: { line: 3, character: 4 } });
    assert.deepEqual(symbols[0].selectionRange, rangeOf(document, '"StatusNotification"'));
    assert.deepEqual(symbols[1].selectionRange, rangeOf(document, '"a1"', 1));
    assert.deepEqual(symbols[0].children?.map((c) => [c.name, c.detail, c.range, c.selectionRange]), [
      ['connectorId', '1', rangeOf(document, '"connectorId": 1'), rangeOf(document, '"connectorId"')],
      ['errorCode', 'NoError', rangeOf(document, '"errorCode": "NoError"'), rangeOf(document, '"errorCode"')],
      ['status', 'Available', rangeOf(document, '"status": "Available"'), rangeOf(document, '"status"')],
    ]);
  });

  test('documentSymbol on a bare payload: one entry named after the message the file name gives', async () => {
    const document = await server.open('{"currentTime": "2024-01-01T00:00:00Z", "interval": 300, "status": "Accepted"}',
      'BootNotification.conf.json');
    const symbols = (await server.symbols(document.uri)) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => [s.name, s.detail]), [['BootNotification.conf', 'from the file name']]);
    assert.deepEqual(symbols[0].children?.map((c) => c.name), ['currentTime', 'interval', 'status']);
  });

  test('foldingRange: the conversation and the multi-line frame', async () => {
    const document = await server.open(conversation);
    assert.deepEqual(await server.folding(document.uri), [{ startLine: 0, endLine: 6 }, { startLine: 1, endLine: 2 }]);
  });

  test("definition: from a CALLRESULT's and a CALLERROR's uniqueId to the CALL's", async () => {
    const document = await server.open(conversation);
    const links = (await server.definition(document.uri, at(document, '[3, "a|1"'))) as LocationLink[];
    assert.deepEqual(links, [{
      originSelectionRange: rangeOf(document, '"a1"', 1),
      targetUri: document.uri,
      targetRange: rangeOf(document, conversation.slice(conversation.indexOf('[2, "a1"'), conversation.indexOf('}],') + 2)),
      targetSelectionRange: rangeOf(document, '"a1"', 0),
    }]);
    const fromError = (await server.definition(document.uri, at(document, '[4, "b2|"'))) as LocationLink[];
    assert.deepEqual(fromError.map((l) => l.targetSelectionRange), [rangeOf(document, '"b2"', 0)]);
    assert.equal(await server.definition(document.uri, at(document, '"Heart|beat"')), null);
  });

  test("references: from a CALL's uniqueId to its answers, with the CALL when includeDeclaration", async () => {
    const document = await server.open(conversation);
    const position = at(document, '[2, "|a1"');
    const answers = (await server.references(document.uri, position, false)) as Location[];
    assert.deepEqual(answers, [{ uri: document.uri, range: rangeOf(document, '"a1"', 1) }]);
    const all = (await server.references(document.uri, position, true)) as Location[];
    assert.deepEqual(all.map((l) => l.range), [rangeOf(document, '"a1"', 0), rangeOf(document, '"a1"', 1)]);
  });

  test('ocpp/documentInfo: the version, and the message a bare payload was read as', async () => {
    const byName = await server.open('{"chargePointVendor": "V", "chargePointModel": "M"}', 'BootNotification.json');
    assert.deepEqual(await server.documentInfo(byName.uri),
      { version: '1.6', shape: 'payload', action: 'BootNotification', kind: 'request', source: 'fileName' });
    const byKeys = await server.open('{"chargePointVendor": "V", "chargePointModel": "M"}', 'sample.json');
    assert.deepEqual(await server.documentInfo(byKeys.uri),
      { version: '1.6', shape: 'payload', action: 'BootNotification', kind: 'request', source: 'keys' });
    const frames = await server.open(conversation);
    assert.deepEqual(await server.documentInfo(frames.uri), { version: '1.6', shape: 'conversation' });
    assert.equal(await server.documentInfo('file:///work/nav-lsp/never-opened.ocpp.json'), null);
  });

  test('documents the server has never seen get empty answers', async () => {
    const unknown = 'file:///work/nav-lsp/never-opened.ocpp.json';
    const origin = { line: 0, character: 1 };
    assert.deepEqual(await server.symbols(unknown), []);
    assert.deepEqual(await server.folding(unknown), []);
    assert.equal(await server.definition(unknown, origin), null);
    assert.deepEqual(await server.references(unknown, origin, true), []);
  });

  test('none of the well-formed requests so far made the server log an error', () => {
    assert.deepEqual(server.logs.filter((l) => l.type === MessageType.Error), []);
  });

  test('a document nested 100,000 levels deep: every navigation request answers, and the server stays up', async () => {
    const depth = 100_000;
    const document = await server.open(`[2, "deep", "DataTransfer", ${'{"a":\n'.repeat(depth)}1${'}'.repeat(depth)}]`);
    const symbols = (await server.symbols(document.uri)) as DocumentSymbol[];
    assert.equal(symbols[0].name, 'CALL DataTransfer deep');
    assert.ok(((await server.folding(document.uri)) ?? []).length > 0);
    assert.equal(await server.definition(document.uri, { line: 50_000, character: 1 }), null);
    assert.deepEqual(await server.references(document.uri, { line: 0, character: 5 }, true), [
      { uri: document.uri, range: { start: { line: 0, character: 4 }, end: { line: 0, character: 10 } } },
    ]);
    assert.ok(server.isRunning);
  });

  test('malformed params get an empty answer or an error response, and the server stays up', async () => {
    const attempts: [string, unknown][] = [
      ['textDocument/documentSymbol', {}],
      ['textDocument/foldingRange', null],
      ['textDocument/definition', { textDocument: { uri: 'file:///x' } }],
      ['textDocument/references', { textDocument: { uri: 'file:///x' }, position: { line: 0, character: 0 } }],
      ['ocpp/documentInfo', null],
      ['ocpp/documentInfo', { uri: 42 }],
    ];
    for (const [method, params] of attempts) {
      const outcome = await server.within(server.connection.sendRequest(method, params)
        .then((result) => ({ result }), (error: unknown) => ({ error })), `${method} ${JSON.stringify(params)}`);
      if ('result' in outcome) {
        const empty = outcome.result === null || (Array.isArray(outcome.result) && outcome.result.length === 0);
        assert.ok(empty, `${method} ${JSON.stringify(params)} answered ${JSON.stringify(outcome.result)}`);
      }
    }
    assert.ok(server.isRunning);
  });
});

describe('navigation over stdio (a client without definition links)', () => {
  let server: Server;
  before(async () => {
    server = await Server.start(locationClient);
  });
  after(() => server?.stop());

  test('definition answers plain Locations', async () => {
    const document = await server.open(conversation);
    assert.deepEqual(await server.definition(document.uri, at(document, '[3, "|a1"')),
      [{ uri: document.uri, range: rangeOf(document, '"a1"', 0) }]);
  });

  test('documentSymbol answers a flat SymbolInformation list without hierarchicalDocumentSymbolSupport', async () => {
    const document = await server.open(conversation);
    const symbols = (await server.symbols(document.uri)) as SymbolInformation[];
    assert.deepEqual(symbols.slice(0, 2).map((s) => [s.name, s.containerName, s.location]), [
      ['CALL StatusNotification a1', undefined, { uri: document.uri, range: { start: { line: 1, character: 2 }, end: { line: 3, character: 4 } } }],
      ['connectorId', 'CALL StatusNotification a1', { uri: document.uri, range: rangeOf(document, '"connectorId": 1') }],
    ]);
    assert.equal(symbols.length, 7);
  });

  test("folding keeps to the client's rangeLimit, outermost first", async () => {
    const document = await server.open(conversation);
    assert.deepEqual(await server.folding(document.uri), [{ startLine: 0, endLine: 6 }]);
  });
});
