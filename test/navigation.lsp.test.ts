/**
 * Navigation over a real stdio connection to `node dist/server.js --stdio` (build first: `node esbuild.mjs`):
 * document symbols, folding ranges, definition, references and the `ocpp/documentInfo` request the status bar
 * uses, typed by the same declaration the VS Code client imports.
 *
 * Requests follow didOpen on the same connection, which the server handles in order, so no test waits for
 * diagnostics before asking. Each describe block has its own server and every test its own documents, so a test
 * passes alone and in any order.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  SymbolKind,
  type ClientCapabilities, type DocumentSymbol, type Location, type LocationLink, type SymbolInformation,
} from 'vscode-languageserver-protocol';
import { DocumentInfoRequest } from '../server/src/lsp/protocol';
import { LspClient, noParams } from './support/lspClient';
import { cursorIn as at, failOnErrorLogs, freshUri, rangeOf } from './support/lspHelpers';

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

function start(capabilities: ClientCapabilities, timeoutMs?: number): Promise<LspClient> {
  return LspClient.start({ capabilities, initializationOptions: { validationDelay: 0 }, timeoutMs });
}

/** Opens `text` under a fresh uri (named `name`) and returns a copy for positions and text. */
function open(client: LspClient, text: string, name = 'doc.ocpp.json'): TextDocument {
  const uri = freshUri('nav-lsp', name);
  client.open(uri, text);
  return TextDocument.create(uri, 'ocpp', 1, text);
}

const documentInfo = (client: LspClient, uri: string) => client.call(DocumentInfoRequest, { uri });

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
  let client: LspClient;
  before(async () => {
    client = await start(editorClient);
  });
  after(() => client?.stop());
  failOnErrorLogs(() => client);

  test('initialize announces document symbols, folding, definition and references', () => {
    const { capabilities } = client.initializeResult!;
    assert.equal(capabilities.documentSymbolProvider, true);
    assert.equal(capabilities.foldingRangeProvider, true);
    assert.equal(capabilities.definitionProvider, true);
    assert.equal(capabilities.referencesProvider, true);
  });

  test('documentSymbol: one symbol per frame with exact ranges, fields as children', async () => {
    const document = open(client, conversation);
    const symbols = (await client.symbols(document.uri)) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => [s.name, s.kind]), [
      ['CALL StatusNotification a1', SymbolKind.Function],
      ['CALLRESULT StatusNotification a1', SymbolKind.Event],
      ['CALL Heartbeat b2', SymbolKind.Function],
      ['CALLERROR GenericError b2', SymbolKind.EnumMember],
    ]);
    assert.deepEqual(symbols[0].range, { start: { line: 1, character: 2 }, end: { line: 3, character: 4 } });
    // Picking a frame goes to its opening bracket: its selection is the frame, as for any array item.
    assert.deepEqual(symbols[0].selectionRange, symbols[0].range);
    assert.deepEqual(symbols[1].selectionRange, rangeOf(document, '[3, "a1", {}]'));
    assert.deepEqual(symbols[0].children?.map((c) => [c.name, c.detail, c.range, c.selectionRange]), [
      ['connectorId', '1', rangeOf(document, '"connectorId": 1'), rangeOf(document, '"connectorId"')],
      ['errorCode', 'NoError', rangeOf(document, '"errorCode": "NoError"'), rangeOf(document, '"errorCode"')],
      ['status', 'Available', rangeOf(document, '"status": "Available"'), rangeOf(document, '"status"')],
    ]);
  });

  test('documentSymbol on a bare payload: one entry named after the message the file name gives', async () => {
    const document = open(client, '{"currentTime": "2024-01-01T00:00:00Z", "interval": 300, "status": "Accepted"}',
      'BootNotification.conf.json');
    const symbols = (await client.symbols(document.uri)) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => [s.name, s.detail]), [['BootNotification.conf', 'from the file name']]);
    assert.deepEqual(symbols[0].children?.map((c) => c.name), ['currentTime', 'interval', 'status']);
  });

  test('foldingRange: the conversation and the multi-line frame', async () => {
    const document = open(client, conversation);
    assert.deepEqual(await client.folding(document.uri), [{ startLine: 0, endLine: 6 }, { startLine: 1, endLine: 2 }]);
  });

  test("definition: from a CALLRESULT's and a CALLERROR's uniqueId to the CALL's", async () => {
    const document = open(client, conversation);
    const links = (await client.definition(document.uri, at(document, '[3, "a|1"'))) as LocationLink[];
    assert.deepEqual(links, [{
      originSelectionRange: rangeOf(document, '"a1"', 1),
      targetUri: document.uri,
      targetRange: rangeOf(document, conversation.slice(conversation.indexOf('[2, "a1"'), conversation.indexOf('}],') + 2)),
      targetSelectionRange: rangeOf(document, '"a1"', 0),
    }]);
    const fromError = (await client.definition(document.uri, at(document, '[4, "b2|"'))) as LocationLink[];
    assert.deepEqual(fromError.map((l) => l.targetSelectionRange), [rangeOf(document, '"b2"', 0)]);
    assert.equal(await client.definition(document.uri, at(document, '"Heart|beat"')), null);
  });

  test("references: from a CALL's uniqueId to its answers, with the CALL when includeDeclaration", async () => {
    const document = open(client, conversation);
    const position = at(document, '[2, "|a1"');
    const answers = (await client.references(document.uri, position, false)) as Location[];
    assert.deepEqual(answers, [{ uri: document.uri, range: rangeOf(document, '"a1"', 1) }]);
    const all = (await client.references(document.uri, position, true)) as Location[];
    assert.deepEqual(all.map((l) => l.range), [rangeOf(document, '"a1"', 0), rangeOf(document, '"a1"', 1)]);
  });

  test('ocpp/documentInfo: the version, and the message a bare payload was read as', async () => {
    const byName = open(client, '{"chargePointVendor": "V", "chargePointModel": "M"}', 'BootNotification.json');
    assert.deepEqual(await documentInfo(client, byName.uri),
      { version: '1.6', versionSource: 'detected: chargePointVendor', shape: 'payload', action: 'BootNotification', kind: 'request', message: 'BootNotification.req', source: 'fileName' });
    const byKeys = open(client, '{"chargePointVendor": "V", "chargePointModel": "M"}', 'sample.json');
    assert.deepEqual(await documentInfo(client, byKeys.uri),
      { version: '1.6', versionSource: 'detected: chargePointVendor', shape: 'payload', action: 'BootNotification', kind: 'request', message: 'BootNotification.req', source: 'keys' });
    const frames = open(client, conversation);
    assert.deepEqual(await documentInfo(client, frames.uri), { version: '1.6', versionSource: 'detected: errorCode', shape: 'conversation' });
    assert.equal(await documentInfo(client, 'file:///work/nav-lsp/never-opened.ocpp.json'), null);
  });

  test('documents the server has never seen get empty answers', async () => {
    const unknown = 'file:///work/nav-lsp/never-opened.ocpp.json';
    const origin = { line: 0, character: 1 };
    assert.deepEqual(await client.symbols(unknown), []);
    assert.deepEqual(await client.folding(unknown), []);
    assert.equal(await client.definition(unknown, origin), null);
    assert.deepEqual(await client.references(unknown, origin, true), []);
  });
});

describe('navigation over stdio (a client without definition links)', () => {
  let client: LspClient;
  before(async () => {
    client = await start(locationClient);
  });
  after(() => client?.stop());
  failOnErrorLogs(() => client);

  test('definition answers plain Locations', async () => {
    const document = open(client, conversation);
    assert.deepEqual(await client.definition(document.uri, at(document, '[3, "|a1"')),
      [{ uri: document.uri, range: rangeOf(document, '"a1"', 0) }]);
  });

  test('documentSymbol answers a flat SymbolInformation list without hierarchicalDocumentSymbolSupport', async () => {
    const document = open(client, conversation);
    const symbols = (await client.symbols(document.uri)) as SymbolInformation[];
    assert.deepEqual(symbols.slice(0, 2).map((s) => [s.name, s.containerName, s.location]), [
      ['CALL StatusNotification a1', undefined, { uri: document.uri, range: { start: { line: 1, character: 2 }, end: { line: 3, character: 4 } } }],
      ['connectorId', 'CALL StatusNotification a1', { uri: document.uri, range: rangeOf(document, '"connectorId": 1') }],
    ]);
    assert.equal(symbols.length, 7);
  });

  test("folding keeps to the client's rangeLimit, outermost first", async () => {
    const document = open(client, conversation);
    assert.deepEqual(await client.folding(document.uri), [{ startLine: 0, endLine: 6 }]);
  });
});

/**
 * Pathological and malformed requests, on a server of their own: they may make it log errors, which the suites
 * above fail on. Each test ends by checking that a well-formed request still gets its full answer.
 */
describe('navigation over stdio: a 100,000-level document and malformed params', () => {
  let client: LspClient;
  before(async () => {
    // A request that gets no answer fails the test after 30 s instead of hanging it. The slowest request on the
    // deep document (the first, documentSymbol, which also reads it) takes about 1.5-1.8 s on this 2-core
    // machine with other tests running, so 30 s is 17-20x that: only a server that is stuck gets there.
    client = await start(editorClient, 30_000);
  });
  after(() => client?.stop());

  async function assertStillAnswers() {
    const document = open(client, conversation);
    assert.deepEqual(await client.references(document.uri, at(document, '[2, "|a1"'), false),
      [{ uri: document.uri, range: rangeOf(document, '"a1"', 1) }]);
  }

  test('a document nested 100,000 levels deep: every navigation request answers, and the server stays up', async () => {
    const depth = 100_000;
    const document = open(client, `[2, "deep", "DataTransfer", ${'{"a":\n'.repeat(depth)}1${'}'.repeat(depth)}]`);
    const symbols = (await client.symbols(document.uri)) as DocumentSymbol[];
    assert.equal(symbols[0].name, 'CALL DataTransfer deep');
    assert.ok(((await client.folding(document.uri)) ?? []).length > 0);
    assert.equal(await client.definition(document.uri, { line: 50_000, character: 1 }), null);
    assert.deepEqual(await client.references(document.uri, { line: 0, character: 5 }, true), [
      { uri: document.uri, range: { start: { line: 0, character: 4 }, end: { line: 0, character: 10 } } },
    ]);
    assert.ok(client.isRunning);
    await assertStillAnswers();
  });

  test('malformed params get an empty answer or an error response, and the server stays up', async () => {
    const attempts: [string, unknown][] = [
      ['textDocument/documentSymbol', {}],
      // Params of null, and none at all (what a JSON-RPC library sends for null).
      ['textDocument/foldingRange', null],
      ['textDocument/foldingRange', noParams],
      ['textDocument/definition', { textDocument: { uri: 'file:///x' } }],
      ['textDocument/references', { textDocument: { uri: 'file:///x' }, position: { line: 0, character: 0 } }],
      ['ocpp/documentInfo', null],
      ['ocpp/documentInfo', noParams],
      ['ocpp/documentInfo', { uri: 42 }],
    ];
    for (const [method, params] of attempts) {
      // The client rejects, naming the method, when no answer comes in time.
      const response = await client.request(method, params);
      if (!response.error) {
        const empty = response.result === null || (Array.isArray(response.result) && response.result.length === 0);
        assert.ok(empty, `${method} ${JSON.stringify(params)} answered ${JSON.stringify(response.result)}`);
      }
    }
    assert.ok(client.isRunning);
    assert.deepEqual(client.protocolErrors, []);
    await assertStillAnswers();
  });
});
