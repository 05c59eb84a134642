/**
 * Navigation in the service: document symbols (the Outline), folding ranges, go to definition and find references
 * between a CALL and its answers, and the document info the status bar shows.
 *
 * Ranges are compared as the exact text they cover, which says which token a test means; a few are also written
 * out as positions.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind, type DocumentSymbol, type Location, type LocationLink, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';
import { statusText } from '../client/src/statusText';
import { documentOf, service, splitCursor } from './support/service';
import { DeadlineWorker } from './support/deadline';

/** The tests on 100,000 levels of nesting (navigation.cases.ts) run in a worker thread with a deadline. */
const cases = new DeadlineWorker(require.resolve('./navigation.cases'));
/**
 * The Outline of the deep frame takes 0.7-1.2 s in the worker on this 2-core machine with other tests running, the
 * folding 0.5-0.65 s (each run prints its time in the test's diagnostics); 20 s is 16x the slowest.
 */
const deepMs = 20_000;

interface SymbolView {
  name: string;
  kind: SymbolKind;
  detail?: string;
  covers: string;
  selects: string;
  children?: SymbolView[];
}

/** A symbol tree with ranges as the text they cover; `detail` and `children` only where present. */
function view(document: TextDocument, symbols: readonly DocumentSymbol[]): SymbolView[] {
  return symbols.map((s) => ({
    name: s.name,
    kind: s.kind,
    ...(s.detail !== undefined && { detail: s.detail }),
    covers: document.getText(s.range),
    selects: document.getText(s.selectionRange),
    ...(s.children && { children: view(document, s.children) }),
  }));
}

function symbolsOf(text: string, uri?: string): { document: TextDocument; symbols: DocumentSymbol[] } {
  const document = documentOf(text, uri);
  return { document, symbols: service.getDocumentSymbols(document) };
}

/** Every symbol's selection range lies inside its range, and children inside their parent: VS Code insists. */
function assertWellNested(symbols: readonly DocumentSymbol[], parent?: Range) {
  const within = (inner: Range, outer: Range) =>
    (inner.start.line > outer.start.line || (inner.start.line === outer.start.line && inner.start.character >= outer.start.character)) &&
    (inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character));
  for (const symbol of symbols) {
    assert.ok(symbol.name.length > 0, 'a symbol has an empty name');
    assert.ok(within(symbol.selectionRange, symbol.range), `${symbol.name}: selectionRange outside range`);
    if (parent) assert.ok(within(symbol.range, parent), `${symbol.name}: outside its parent`);
    if (symbol.children) assertWellNested(symbol.children, symbol.range);
  }
}

const conversation = `[
  [2, "a1", "StatusNotification", {
    "connectorId": 1,
    "errorCode": "NoError",
    "status": "Available"
  }],
  [3, "a1", {}],
  [2, "b2", "MeterValues", {"connectorId": 1, "meterValue": [{"timestamp": "2024-01-01T00:00:00Z", "sampledValue": [{"value": "10"}]}]}],
  [3, "b2", {}],
  [4, "a7", "GenericError", "", {}],
  [2, "c3", "BootNotification", {"chargePointVendor": "V", "chargePointModel": "M"}],
  [4, "c3", "NotImplemented", "Not supported here", {"reason": null}]
]`;

describe('document symbols', () => {
  test('a conversation: one entry per frame, named by kind, action and id, with the payload fields beneath', () => {
    const { document, symbols } = symbolsOf(conversation);
    assert.deepEqual(symbols.map((s) => s.name), [
      'CALL StatusNotification a1',
      'CALLRESULT StatusNotification a1',
      'CALL MeterValues b2',
      'CALLRESULT MeterValues b2',
      'CALLERROR GenericError a7',
      'CALL BootNotification c3',
      'CALLERROR NotImplemented c3',
    ]);
    assert.deepEqual(symbols.map((s) => s.kind), [
      SymbolKind.Function, SymbolKind.Event, SymbolKind.Function, SymbolKind.Event, SymbolKind.EnumMember,
      SymbolKind.Function, SymbolKind.EnumMember,
    ]);
    const [status, result] = view(document, symbols);
    assert.deepEqual(status, {
      name: 'CALL StatusNotification a1',
      kind: SymbolKind.Function,
      covers: conversation.slice(conversation.indexOf('[2, "a1"'), conversation.indexOf('}],') + 2),
      // A frame's selection is the frame: picking it goes to its opening bracket, as for any array item.
      selects: conversation.slice(conversation.indexOf('[2, "a1"'), conversation.indexOf('}],') + 2),
      children: [
        { name: 'connectorId', kind: SymbolKind.Number, detail: '1', covers: '"connectorId": 1', selects: '"connectorId"' },
        { name: 'errorCode', kind: SymbolKind.String, detail: 'NoError', covers: '"errorCode": "NoError"', selects: '"errorCode"' },
        { name: 'status', kind: SymbolKind.String, detail: 'Available', covers: '"status": "Available"', selects: '"status"' },
      ],
    });
    // An answer is named after the CALL its uniqueId ties it to; an empty payload shows as {}.
    assert.deepEqual(result, { name: 'CALLRESULT StatusNotification a1', kind: SymbolKind.Event, covers: '[3, "a1", {}]', selects: '[3, "a1", {}]', children: [] });
    // The frame's range written out: line 2 to the `]` of `}],` on line 6 (0-based 1..5).
    assert.deepEqual(symbols[0].range, { start: { line: 1, character: 2 }, end: { line: 5, character: 4 } });
    assert.deepEqual(symbols[0].selectionRange, symbols[0].range);
    assertWellNested(symbols);
  });

  test('nested objects and arrays become children: array items by index, scalars with their value as detail', () => {
    const { document, symbols } = symbolsOf(conversation);
    const meter = view(document, symbols)[2];
    assert.deepEqual(meter.children, [
      { name: 'connectorId', kind: SymbolKind.Number, detail: '1', covers: '"connectorId": 1', selects: '"connectorId"' },
      {
        name: 'meterValue', kind: SymbolKind.Array,
        covers: '"meterValue": [{"timestamp": "2024-01-01T00:00:00Z", "sampledValue": [{"value": "10"}]}]', selects: '"meterValue"',
        children: [{
          name: '[0]', kind: SymbolKind.Object,
          covers: '{"timestamp": "2024-01-01T00:00:00Z", "sampledValue": [{"value": "10"}]}',
          selects: '{"timestamp": "2024-01-01T00:00:00Z", "sampledValue": [{"value": "10"}]}',
          children: [
            { name: 'timestamp', kind: SymbolKind.String, detail: '2024-01-01T00:00:00Z', covers: '"timestamp": "2024-01-01T00:00:00Z"', selects: '"timestamp"' },
            {
              name: 'sampledValue', kind: SymbolKind.Array, covers: '"sampledValue": [{"value": "10"}]', selects: '"sampledValue"',
              children: [{
                name: '[0]', kind: SymbolKind.Object, covers: '{"value": "10"}', selects: '{"value": "10"}',
                children: [{ name: 'value', kind: SymbolKind.String, detail: '10', covers: '"value": "10"', selects: '"value"' }],
              }],
            },
          ],
        }],
      },
    ]);
  });

  test('a CALLERROR shows its description, or the action it answers, as detail, and its errorDetails as children', () => {
    const { document, symbols } = symbolsOf(conversation);
    const [, , , , generic, , notImplemented] = view(document, symbols);
    // a7 answers no CALL and has an empty description: nothing to add.
    assert.equal(generic.detail, undefined);
    assert.equal(generic.selects, '[4, "a7", "GenericError", "", {}]');
    assert.equal(notImplemented.detail, 'Not supported here');
    assert.deepEqual(notImplemented.children, [{ name: 'reason', kind: SymbolKind.Null, detail: 'null', covers: '"reason": null', selects: '"reason"' }]);
    const plain = symbolsOf('[[2, "x", "Heartbeat", {}], [4, "x", "InternalError", "", {}]]');
    assert.equal(plain.symbols[1].detail, 'answers Heartbeat');
  });

  test('a single frame is one entry covering the whole document', () => {
    const text = '[2, "9001", "Heartbeat", {}]';
    const { document, symbols } = symbolsOf(text);
    assert.deepEqual(view(document, symbols), [
      { name: 'CALL Heartbeat 9001', kind: SymbolKind.Function, covers: text, selects: text, children: [] },
    ]);
  });

  test('a lone CALLRESULT takes its action from the file name, as the checks do', () => {
    const { symbols } = symbolsOf('[3, "r1", {"status": "Accepted", "currentTime": "2024-01-01T00:00:00Z", "interval": 300}]',
      'file:///work/BootNotification.conf.json');
    assert.equal(symbols[0].name, 'CALLRESULT BootNotification r1');
    assert.deepEqual(symbols[0].children?.map((c) => c.name), ['status', 'currentTime', 'interval']);
  });

  test('an answer whose CALL is missing, an unknown action and a frame of unknown kind still get a name', () => {
    const text = '[[3, "lost", {}], [2, "u1", "StatusNotifcation", {}], [7, "z"], [], [2, "", "", {}]]';
    const { symbols } = symbolsOf(text);
    assert.deepEqual(symbols.map((s) => [s.name, s.detail]), [
      ['CALLRESULT lost', undefined],
      ['CALL StatusNotifcation u1', undefined],
      ['Frame z', 'MessageTypeId 7'],
      ['Frame', 'empty frame'],
      ['CALL', undefined],
    ]);
    assertWellNested(symbols);
  });

  test('a bare payload is one entry named after the message it was read as, its fields at top level beneath', () => {
    const text = '{\n  "chargePointVendor": "ExampleCharge",\n  "chargePointModel": "EC-AC22"\n}';
    const byName = symbolsOf(text, 'file:///work/payloads/BootNotification.json');
    assert.deepEqual(view(byName.document, byName.symbols), [{
      name: 'BootNotification.req', kind: SymbolKind.Object, detail: 'from the file name', covers: text, selects: '{',
      children: [
        { name: 'chargePointVendor', kind: SymbolKind.String, detail: 'ExampleCharge', covers: '"chargePointVendor": "ExampleCharge"', selects: '"chargePointVendor"' },
        { name: 'chargePointModel', kind: SymbolKind.String, detail: 'EC-AC22', covers: '"chargePointModel": "EC-AC22"', selects: '"chargePointModel"' },
      ],
    }]);
    const response = symbolsOf('{"currentTime": "2024-01-01T00:00:00Z"}', 'file:///work/Heartbeat.conf.json');
    assert.equal(response.symbols[0].name, 'Heartbeat.conf');
    const byKeys = symbolsOf(text, 'file:///work/payloads/sample.json');
    assert.deepEqual([byKeys.symbols[0].name, byKeys.symbols[0].detail], ['BootNotification.req', 'from its fields']);
    const unknown = symbolsOf('{"x": 1}', 'file:///work/payloads/sample.json');
    assert.deepEqual([unknown.symbols[0].name, unknown.symbols[0].detail], ['Payload (unknown message)', undefined]);
  });

  test('long values are shortened in the detail, and an empty key still has a name', () => {
    const { symbols } = symbolsOf(`[2, "d1", "DataTransfer", {"vendorId": "V", "data": "${'x'.repeat(500)}", "": true}]`);
    const [, data, empty] = symbols[0].children!;
    assert.ok(data.detail!.length <= 60 && data.detail!.endsWith('…'), data.detail);
    assert.deepEqual([empty.name, empty.detail], ['""', 'true']);
  });

  test('a document still being typed: a property without a value, an unclosed frame', () => {
    const text = '[2, "a1", "StatusNotification", {"connectorId": ';
    const { document, symbols } = symbolsOf(text);
    assert.deepEqual(view(document, symbols), [{
      name: 'CALL StatusNotification a1', kind: SymbolKind.Function, covers: text, selects: text,
      children: [{ name: 'connectorId', kind: SymbolKind.Property, covers: '"connectorId":', selects: '"connectorId"' }],
    }]);
  });

  test('clients without hierarchical symbols get a flat list naming each container, in document order', () => {
    const document = documentOf('[[2, "a1", "Authorize", {"idTag": "T"}], [3, "a1", {"idTagInfo": {"status": "Accepted"}}]]');
    const flat = service.getSymbolInformation(document);
    assert.deepEqual(flat.map((s) => [s.name, s.containerName, document.getText(s.location.range)]), [
      ['CALL Authorize a1', undefined, '[2, "a1", "Authorize", {"idTag": "T"}]'],
      ['idTag', 'CALL Authorize a1', '"idTag": "T"'],
      ['CALLRESULT Authorize a1', undefined, '[3, "a1", {"idTagInfo": {"status": "Accepted"}}]'],
      ['idTagInfo', 'CALLRESULT Authorize a1', '"idTagInfo": {"status": "Accepted"}'],
      ['status', 'idTagInfo', '"status": "Accepted"'],
    ]);
    assert.ok(flat.every((s) => s.location.uri === document.uri));
  });

  test('documents that are not OCPP have no symbols', () => {
    for (const text of ['', '42', '"text"', 'null']) assert.deepEqual(service.getDocumentSymbols(documentOf(text)), [], text);
  });

  test('100,000 levels of nesting neither throw nor produce an answer too deep to send', cases.test('deepSymbols', [], deepMs));

  test('a huge conversation lists every frame but caps the fields', () => {
    const frames = Array.from({ length: 6000 }, (_, i) =>
      `[2, "m${i}", "StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "Available", "info": "x"}]`);
    const symbols = service.getDocumentSymbols(documentOf(`[${frames.join(',\n')}]`));
    assert.equal(symbols.length, 6000);
    const fields = symbols.reduce((sum, s) => sum + (s.children?.length ?? 0), 0);
    assert.equal(fields, 20_000);
    // Breadth first: the budget went to the first frames' fields in order, none skipped.
    assert.deepEqual(symbols[0].children?.map((c) => c.name), ['connectorId', 'errorCode', 'status', 'info']);
    // A frame past the budget shows no fields, with the same empty list as any container the budget left.
    assert.deepEqual(symbols[5999].children, []);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('folding ranges', () => {
  test('the conversation, each multi-line frame and payload; a line of closing brackets stays visible', () => {
    const document = documentOf(conversation);
    // Line numbers (0-based): the conversation opens on 0 and closes on 12; the first frame and its payload both
    // open on line 1 and close on `}],` (line 5), so one range starts there.
    assert.deepEqual(service.getFoldingRanges(document), [
      { startLine: 0, endLine: 11 },
      { startLine: 1, endLine: 4 },
    ]);
  });

  test('nested objects and arrays spanning lines fold; one-line ones do not', () => {
    const text = [
      '[2, "m1", "MeterValues", {',          // 0
      '  "connectorId": 1,',                  // 1
      '  "meterValue": [',                    // 2
      '    {',                                // 3
      '      "timestamp": "2024-01-01T00:00:00Z",', // 4
      '      "sampledValue": [{"value": "1"},', // 5
      '        {"value": "2"}]',              // 6
      '    }',                                // 7
      '  ]',                                  // 8
      '}]',                                   // 9
    ].join('\n');
    assert.deepEqual(service.getFoldingRanges(documentOf(text)), [
      { startLine: 0, endLine: 8 },
      { startLine: 2, endLine: 7 },
      { startLine: 3, endLine: 6 },
      // sampledValue closes after a value on line 6: that line folds with it.
      { startLine: 5, endLine: 6 },
    ]);
  });

  test('a document on one line, or with nothing between its brackets, has nothing to fold', () => {
    assert.deepEqual(service.getFoldingRanges(documentOf('[2, "a1", "Heartbeat", {}]')), []);
    assert.deepEqual(service.getFoldingRanges(documentOf('[2, "a1", "Heartbeat", {\n}]')), []);
    assert.deepEqual(service.getFoldingRanges(documentOf('')), []);
  });

  test('an unclosed frame folds to the end of the document', () => {
    assert.deepEqual(service.getFoldingRanges(documentOf('[2, "a1", "Heartbeat", {\n\n')), [{ startLine: 0, endLine: 2 }]);
  });

  test("the client's rangeLimit keeps the outermost ranges", () => {
    const text = '[\n[\n[\n[\n]\n]\n]\n]';
    const document = documentOf(text);
    assert.deepEqual(service.getFoldingRanges(document), [
      { startLine: 0, endLine: 6 }, { startLine: 1, endLine: 5 }, { startLine: 2, endLine: 4 }, { startLine: 3, endLine: 3 },
    ].filter((r) => r.endLine > r.startLine));
    assert.deepEqual(service.getFoldingRanges(document, { rangeLimit: 2 }), [{ startLine: 0, endLine: 6 }, { startLine: 1, endLine: 5 }]);
    const limited = getLanguageService({ catalogs, clientCapabilities: { textDocument: { foldingRange: { rangeLimit: 1 } } } });
    assert.deepEqual(limited.getFoldingRanges(document), [{ startLine: 0, endLine: 6 }]);
  });

  test('100,000 levels of nesting fold without overflowing the stack', cases.test('deepFolding', [], deepMs));
});

// ---------------------------------------------------------------------------------------------------------------

/** Definition from the `|` cursor, as the covered text of origin and target. */
function definitionAt(textWithCursor: string, linkSupport = true) {
  const { text, offset } = splitCursor(textWithCursor);
  const document = documentOf(text);
  const ls = linkSupport ? service : getLanguageService({ catalogs, clientCapabilities: { textDocument: { definition: { linkSupport: false } } } });
  return { document, text, result: ls.findDefinition(document, document.positionAt(offset)) };
}

function referencesAt(textWithCursor: string, includeDeclaration: boolean): { document: TextDocument; locations: Location[] } {
  const { text, offset } = splitCursor(textWithCursor);
  const document = documentOf(text);
  return { document, locations: service.findReferences(document, document.positionAt(offset), { includeDeclaration }) };
}

const pair = '[\n  [2, "a1", "Heartbeat", {}],\n  [3, "a1", {"currentTime": "2024-01-01T00:00:00Z"}],\n  [4, "a1", "InternalError", "", {}]\n]';

describe('go to definition', () => {
  test("from a CALLRESULT's uniqueId to its CALL's, as a link that underlines the id", () => {
    const { document, result } = definitionAt(pair.replace('[3, "a1"', '[3, "a|1"'));
    assert.ok(result && result.length === 1);
    const link = result[0] as LocationLink;
    assert.deepEqual(link, {
      originSelectionRange: { start: { line: 2, character: 6 }, end: { line: 2, character: 10 } },
      targetUri: document.uri,
      targetRange: { start: { line: 1, character: 2 }, end: { line: 1, character: 28 } },
      targetSelectionRange: { start: { line: 1, character: 6 }, end: { line: 1, character: 10 } },
    });
    assert.equal(document.getText(link.targetRange), '[2, "a1", "Heartbeat", {}]');
  });

  test("from a CALLERROR's uniqueId too, with the cursor at either edge of the literal", () => {
    for (const marked of ['[4, |"a1"', '[4, "a1|"', '[4, "a1"|']) {
      const { document, result } = definitionAt(pair.replace('[4, "a1"', marked));
      assert.ok(result && result.length === 1, marked);
      assert.equal(document.getText((result[0] as LocationLink).targetSelectionRange), '"a1"', marked);
      assert.equal((result[0] as LocationLink).targetSelectionRange.start.line, 1, marked);
    }
  });

  test('a client without link support gets a plain Location', () => {
    const { document, result } = definitionAt(pair.replace('[3, "a1"', '[3, "|a1"'), false);
    assert.deepEqual(result, [{ uri: document.uri, range: { start: { line: 1, character: 6 }, end: { line: 1, character: 10 } } }]);
  });

  test("on a CALL's own id the CALL is its own definition (VS Code then offers its references)", () => {
    const { result } = definitionAt(pair.replace('[2, "a1"', '[2, "a|1"'));
    assert.deepEqual((result as LocationLink[]).map((l) => l.targetSelectionRange.start), [{ line: 1, character: 6 }]);
  });

  test('nothing for an answer without a CALL, for other tokens, or outside any frame', () => {
    assert.equal(definitionAt('[[3, "lo|st", {}]]').result, null);
    assert.equal(definitionAt(pair.replace('"Heartbeat"', '"Heart|beat"')).result, null);
    assert.equal(definitionAt(pair.replace('"currentTime"', '"current|Time"')).result, null);
    assert.equal(definitionAt(`|${pair}`).result, null);
    assert.equal(definitionAt('{"connectorId": |1}').result, null);
    assert.equal(definitionAt('[3, 4|2, {}]').result, null);
  });

  test('an answer goes to the CALL the checks pair it with: the earlier CALL with that id', () => {
    const text = '[[2, "x", "Heartbeat", {}], [3, "x", {}], [2, "y", "Heartbeat", {}], [3, "|y", {}]]';
    const { document, result } = definitionAt(text);
    const target = (result as LocationLink[])[0].targetRange;
    assert.equal(document.getText(target), '[2, "y", "Heartbeat", {}]');
  });
});

describe('find references', () => {
  const covered = (document: TextDocument, locations: readonly Location[]) =>
    locations.map((l) => `${l.range.start.line}:${l.range.start.character} ${document.getText(l.range)}`);

  test("from a CALL's uniqueId: its answers, and the CALL itself with includeDeclaration", () => {
    const marked = pair.replace('[2, "a1"', '[2, "|a1"');
    const without = referencesAt(marked, false);
    assert.deepEqual(covered(without.document, without.locations), ['2:6 "a1"', '3:6 "a1"']);
    const withDeclaration = referencesAt(marked, true);
    assert.deepEqual(covered(withDeclaration.document, withDeclaration.locations), ['1:6 "a1"', '2:6 "a1"', '3:6 "a1"']);
    assert.ok(withDeclaration.locations.every((l) => l.uri === withDeclaration.document.uri));
  });

  test("from an answer's uniqueId: the same set, found through its CALL", () => {
    const { document, locations } = referencesAt(pair.replace('[4, "a1"', '[4, "a1|"'), true);
    assert.deepEqual(covered(document, locations), ['1:6 "a1"', '2:6 "a1"', '3:6 "a1"']);
  });

  test('other ids are not counted, and a CALL nobody answered has only itself', () => {
    const text = '[[2, "|k", "Heartbeat", {}], [2, "m", "Heartbeat", {}], [3, "m", {}], [3, "k2", {}]]';
    const { document, locations } = referencesAt(text, true);
    assert.deepEqual(covered(document, locations), ['0:5 "k"']);
    assert.deepEqual(referencesAt(text, false).locations, []);
  });

  test('nothing away from a uniqueId', () => {
    assert.deepEqual(referencesAt(pair.replace('"Heartbeat"', '"|Heartbeat"'), true).locations, []);
    assert.deepEqual(referencesAt('[[3, "lo|st", {}]]', true).locations, []);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('document info (the status bar)', () => {
  const infoOf = (text: string, uri?: string) => service.getDocumentInfo(documentOf(text, uri));

  test('frames and conversations: the version and the shape', () => {
    assert.deepEqual(infoOf('[2, "a1", "Heartbeat", {}]'), { version: '1.6', versionSource: 'default', shape: 'frame' });
    assert.deepEqual(infoOf(conversation), { version: '1.6', versionSource: 'detected: errorCode', shape: 'conversation' });
    assert.deepEqual(infoOf('[2, "a1", "TransactionEvent", {}]'), { version: '2.0.1', versionSource: 'detected: TransactionEvent', shape: 'frame' });
    assert.deepEqual(infoOf(''), { version: '1.6', versionSource: 'default', shape: 'empty' });
  });

  test('a bare payload: the message it was read as, and from what', () => {
    assert.deepEqual(infoOf('{}', 'file:///w/BootNotification.json'),
      { version: '1.6', versionSource: 'default', shape: 'payload', action: 'BootNotification', kind: 'request', message: 'BootNotification.req', source: 'fileName' });
    assert.deepEqual(infoOf('{"status": "Accepted"}', 'file:///w/Authorize.conf.json'),
      { version: '1.6', versionSource: 'detected: Authorize.conf.json', shape: 'payload', action: 'Authorize', kind: 'response', message: 'Authorize.conf', source: 'fileName' });
    assert.deepEqual(infoOf('{"chargePointVendor": "V", "chargePointModel": "M"}', 'file:///w/x.json'),
      { version: '1.6', versionSource: 'detected: chargePointVendor', shape: 'payload', action: 'BootNotification', kind: 'request', message: 'BootNotification.req', source: 'keys' });
    assert.deepEqual(infoOf('{"x": 1}', 'file:///w/x.json'), { version: '1.6', versionSource: 'default', shape: 'payload' });
  });

  test("the status bar's words", () => {
    assert.equal(statusText({ version: '1.6', versionSource: 'default', shape: 'conversation' }).text, 'OCPP 1.6 (default)');
    assert.equal(statusText({ version: '2.0.1', versionSource: 'detected: TransactionEvent', shape: 'conversation' }).text, 'OCPP 2.0.1 (detected: TransactionEvent)');
    assert.equal(statusText({ version: '2.0.1', versionSource: '.ocpprc.json', shape: 'frame' }).text, 'OCPP 2.0.1 (.ocpprc.json)');
    assert.match(statusText({ version: '2.0.1', versionSource: '.ocpprc.json', shape: 'frame' }).tooltip, /\.ocpprc\.json sets it/);
    assert.match(statusText({ version: '2.0.1', versionSource: 'detected earlier: TransactionEvent', shape: 'empty' }).tooltip, /the file had TransactionEvent/);
    assert.equal(statusText(null).text, 'OCPP');
    assert.equal(statusText({ version: '1.6', versionSource: 'default', shape: 'payload', action: 'BootNotification', kind: 'request', message: 'BootNotification.req', source: 'fileName' }).text,
      'OCPP 1.6 (default) · BootNotification.req (from file name)');
    assert.equal(statusText({ version: '1.6', versionSource: 'default', shape: 'payload', action: 'Authorize', kind: 'response', message: 'Authorize.conf', source: 'keys' }).text,
      'OCPP 1.6 (default) · Authorize.conf (from its fields)');
    const unknown = statusText({ version: '1.6', versionSource: 'default', shape: 'payload' });
    assert.equal(unknown.text, 'OCPP 1.6 (default) · unknown payload');
    assert.match(unknown.tooltip, /Name the file after the message/);
  });
});
