/**
 * The bodies of robustness.test.ts, run in a worker thread with a deadline (test/support/deadline.ts): whatever
 * the text and wherever the cursor, the service answers without throwing, and its answers are well formed (ranges
 * inside the document, diagnostics with source, code and message). Seeds are fixed so a failure reproduces.
 * Only the worker loads this module; each exported function is one task.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionList, Diagnostic, DocumentSymbol, Hover, Location, LocationLink, Position, Range } from 'vscode-languageserver-types';
import { getLanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';

/**
 * Text of any UTF-16 code units, lone surrogates included, and of any code points. (fast-check's own 'binary'
 * unit builds a table of every code point first, which costs more than the rest of these tests.)
 */
const anyText = (maxLength: number) => fc.array(fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
  fc.constantFrom(...'{}[]:,"\\ \n0a'.split('')),
), { maxLength }).map((units) => units.join(''));

// Two clients: one that takes snippets and Markdown, one that takes neither, since items and hovers differ.
const services = [
  getLanguageService({ catalogs }),
  getLanguageService({ catalogs, clientCapabilities: {} }),
];

const uris = [
  'file:///work/robust.ocpp.json',
  'file:///work/ocpp/StatusNotification.json',
  'file:///work/ocpp/BootNotification.conf.json',
  'file:///work/ocpp/unknown.json',
];

let version = 0;

/** The lines as TextDocument counts them (\r\n, \r and \n all end a line), without their terminators. */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

function assertPosition(p: Position, lines: readonly number[], what: string) {
  assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character), `${what}: integer position`);
  assert.ok(p.line >= 0 && p.line < lines.length, `${what}: line ${p.line} of ${lines.length}`);
  assert.ok(p.character >= 0 && p.character <= lines[p.line], `${what}: character ${p.character} of ${lines[p.line]} on line ${p.line}`);
}

function assertRange(range: Range, lines: readonly number[], what: string) {
  assertPosition(range.start, lines, `${what} start`);
  assertPosition(range.end, lines, `${what} end`);
  const { start, end } = range;
  assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${what}: start <= end`);
}

function assertDiagnostics(diagnostics: Diagnostic[], lines: readonly number[]) {
  assert.ok(Array.isArray(diagnostics));
  for (const d of diagnostics) {
    assert.equal(d.source, 'ocpp');
    assert.equal(typeof d.code, 'string');
    assert.ok((d.code as string).length > 0);
    const message = typeof d.message === 'string' ? d.message : d.message.value;
    assert.ok(message.trim().length > 0, 'a diagnostic says something');
    assert.ok(d.severity === undefined || [1, 2, 3, 4].includes(d.severity));
    assertRange(d.range, lines, `diagnostic ${String(d.code)}`);
  }
}

/**
 * Besides lying inside the document, an item's range must be on one line and contain the cursor: VS Code
 * ignores items whose range does not.
 */
function assertCompletion(list: CompletionList, lines: readonly number[], cursor: Position) {
  assert.ok(list && Array.isArray(list.items), 'completion returns a list');
  assert.equal(typeof list.isIncomplete, 'boolean');
  for (const item of list.items) {
    assert.equal(typeof item.label, 'string');
    assert.ok(item.label.length > 0);
    const edit = item.textEdit;
    if (!edit) continue;
    assert.equal(typeof edit.newText, 'string');
    for (const [what, range] of 'range' in edit ? [['range', edit.range] as const] : [['insert', edit.insert] as const, ['replace', edit.replace] as const]) {
      const name = `completion ${item.label} ${what}`;
      assertRange(range, lines, name);
      assert.ok(range.start.line === cursor.line && range.end.line === cursor.line, `${name}: on the cursor's line ${cursor.line}: ${JSON.stringify(range)}`);
      assert.ok(range.start.character <= cursor.character && cursor.character <= range.end.character,
        `${name}: contains the cursor ${JSON.stringify(cursor)}: ${JSON.stringify(range)}`);
    }
  }
}

function assertHover(hover: Hover | null, lines: readonly number[], cursor: Position) {
  if (hover === null) return;
  const contents = hover.contents;
  assert.ok(contents, 'a hover has contents');
  const text = typeof contents === 'string' ? contents
    : Array.isArray(contents) ? contents.map((c) => (typeof c === 'string' ? c : c.value)).join('')
      : contents.value;
  assert.ok(text.trim().length > 0, 'hover contents are not empty');
  if (hover.range) {
    assertRange(hover.range, lines, 'hover');
    // The range is what the hover is about, so the cursor is in it (its end included).
    const { start, end } = hover.range;
    const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    assert.ok(before(start, cursor) && before(cursor, end), `hover range ${JSON.stringify(hover.range)} contains the cursor ${JSON.stringify(cursor)}`);
  }
}

function assertCodeActions(actions: CodeAction[], document: TextDocument, lines: readonly number[]) {
  assert.ok(Array.isArray(actions));
  for (const action of actions) {
    assert.ok(action.title.length > 0);
    for (const [uri, edits] of Object.entries(action.edit?.changes ?? {})) {
      assert.equal(uri, document.uri);
      for (const edit of edits) assertRange(edit.range, lines, `code action ${action.title}`);
    }
  }
}

/** VS Code rejects a symbol with an empty name or a selection outside its range; children lie inside their parent. */
function assertSymbols(symbols: readonly DocumentSymbol[], lines: readonly number[], parent?: Range) {
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  const within = (inner: Range, outer: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);
  // Breadth first with a queue: the symbol tree is depth-capped, but the check should not rely on it.
  const queue = symbols.map((symbol) => ({ symbol, parent }));
  for (let i = 0; i < queue.length; i++) {
    const { symbol, parent: outer } = queue[i];
    assert.ok(symbol.name.length > 0, 'a symbol has a name');
    assertRange(symbol.range, lines, `symbol ${symbol.name}`);
    assert.ok(within(symbol.selectionRange, symbol.range), `symbol ${symbol.name}: selectionRange inside range`);
    if (outer) assert.ok(within(symbol.range, outer), `symbol ${symbol.name}: inside its parent`);
    for (const child of symbol.children ?? []) queue.push({ symbol: child, parent: symbol.range });
  }
}

function assertLocations(result: Location[] | LocationLink[] | null, document: TextDocument, lines: readonly number[], what: string) {
  for (const location of result ?? []) {
    if ('targetUri' in location) {
      assert.equal(location.targetUri, document.uri);
      assertRange(location.targetRange, lines, `${what} target`);
      assertRange(location.targetSelectionRange, lines, `${what} target selection`);
      if (location.originSelectionRange) assertRange(location.originSelectionRange, lines, `${what} origin`);
    } else {
      assert.equal(location.uri, document.uri);
      assertRange(location.range, lines, what);
    }
  }
}

/** Every request the editor would make on `text`, with the checks above on each answer. */
function exercise(text: string, positions: readonly Position[], serviceIndex = 0, uri = uris[0]) {
  const ls = services[serviceIndex % services.length];
  const document = TextDocument.create(uri, 'ocpp', ++version, text);
  const lines = lineLengths(text);
  assert.equal(lines.length, document.lineCount, 'the test counts lines as TextDocument does');

  const diagnostics = ls.doValidation(document);
  assertDiagnostics(diagnostics, lines);

  const whole: Range = { start: { line: 0, character: 0 }, end: document.positionAt(text.length) };
  assertCodeActions(ls.getCodeActions(document, whole, diagnostics), document, lines);
  for (const d of diagnostics.slice(0, 10)) assertCodeActions(ls.getCodeActions(document, d.range, [d]), document, lines);
  assertSymbols(ls.getDocumentSymbols(document), lines);
  for (const { startLine, endLine } of ls.getFoldingRanges(document)) {
    assert.ok(startLine >= 0 && startLine < endLine && endLine < lines.length, `folding range ${startLine}-${endLine} of ${lines.length} lines`);
  }

  for (const position of positions) {
    // The cursor as the service sees it: clamped into the document.
    const cursor = document.positionAt(document.offsetAt(position));
    assertCompletion(ls.doComplete(document, position), lines, cursor);
    assertHover(ls.doHover(document, position), lines, cursor);
    assertLocations(ls.findDefinition(document, position), document, lines, 'definition');
    assertLocations(ls.findReferences(document, position, { includeDeclaration: true }), document, lines, 'references');
    // The code actions a cursor asks for: an empty range there. The editor passes the diagnostics at the cursor;
    // passing others too must do no harm (they are filtered by range), so a sample of all of them goes along.
    assertCodeActions(ls.getCodeActions(document, { start: position, end: position }, diagnostics.slice(0, 20)), document, lines);
  }
  return diagnostics;
}

/**
 * Cursor positions: at offsets in the text (all of them for short texts), just past the end, and the odd
 * positions an editor or a buggy client may send (negative, past the last line, past the end of a line).
 */
function positionsFor(text: string, extra: readonly { line: number; character: number }[] = []): Position[] {
  const document = TextDocument.create('file:///positions', 'ocpp', 0, text);
  const offsets = text.length <= 40
    ? Array.from({ length: text.length + 1 }, (_, i) => i)
    : Array.from({ length: 25 }, (_, i) => Math.floor((i * text.length) / 24));
  return [
    ...offsets.map((o) => document.positionAt(o)),
    { line: document.lineCount + 3, character: 0 },
    { line: 0, character: text.length + 10 },
    { line: -1, character: -1 },
    { line: 0, character: -5 },
    ...extra,
  ];
}

const oddPosition = fc.record({ line: fc.integer({ min: -3, max: 40 }), character: fc.integer({ min: -3, max: 300 }) });

// Valid documents the mutations start from: frames, a conversation, bare payloads, CRLF and indentation.
const seeds = [
  '[2, "a1", "StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "Available"}]',
  '[2, "b2", "BootNotification", {"chargePointVendor": "VendorX", "chargePointModel": "ModelY"}]',
  '[3, "b2", {"status": "Accepted", "currentTime": "2024-05-01T10:00:00Z", "interval": 300}]',
  '[4, "c3", "NotImplemented", "Not supported", {}]',
  '[\r\n  [2, "1", "Authorize", {"idTag": "ABC123"}],\r\n  [3, "1", {"idTagInfo": {"status": "Accepted"}}],\r\n  [2, "2", "Heartbeat", {}],\r\n  [3, "2", {"currentTime": "2024-05-01T10:00:00.000Z"}]\r\n]',
  JSON.stringify([[2, 'm1', 'MeterValues', { connectorId: 1, transactionId: 7, meterValue: [{ timestamp: '2024-05-01T10:00:00Z',
    sampledValue: [{ value: '12.5', measurand: 'Energy.Active.Import.Register', unit: 'kWh' }] }] }]], null, 2),
  '{"connectorId": 0, "errorCode": "NoError", "status": "Charging", "timestamp": "2024-05-01T10:00:00Z"}',
  '[2, "s1", "StartTransaction", {"connectorId": 1, "idTag": "T1", "meterStart": 0, "timestamp": "2024-02-30T25:61:00Z"}]',
];

// Pieces that break JSON, OCPP or the editor's arithmetic in interesting ways.
const nasty = fc.constantFrom(
  '{', '}', '[', ']', ',', ':', '"', '\\', '\\u', '\\\n', '\\\r\n', '\\ud800', '\ud800', '\udfff', '\ufeff', '\u0000', '\t', '\r', '\n', '\r\n',
  '\u2028', '\u00a0', '//', '/*', '*/', '1e400', '-1e400', '-0', '01', '1.', 'NaN', 'true', 'null', '"', '""', '"status"', '"connectorId":',
  '9007199254740993', '0.1e-400', '"2024-13-45T99:99:99Z"', '"Availablee"', '[2, "x", "Heartbeat", {}]', '😀',
);
const junk = fc.oneof(
  nasty,
  anyText(8),
  fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
  fc.integer({ min: 1, max: 3000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  fc.integer({ min: 1, max: 3000 }).map((n) => '{"a":'.repeat(n)),
  fc.integer({ min: 1000, max: 100_000 }).map((n) => `"${'x'.repeat(n)}"`),
);

type Mutation = (text: string) => string;
const at = (text: string, i: number) => i % (text.length + 1);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 8 })).map(([i, n]): Mutation => (t) => t.slice(0, at(t, i)) + t.slice(at(t, i) + n)),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })).map(([i, n]): Mutation => (t) => t.slice(0, at(t, i)) + t.slice(at(t, i), at(t, i) + n) + t.slice(at(t, i))),
  fc.tuple(fc.nat(), junk).map(([i, s]): Mutation => (t) => t.slice(0, at(t, i)) + s + t.slice(at(t, i))),
  fc.nat().map((i): Mutation => (t) => t.slice(0, at(t, i))),
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 0xffff })).map(([i, c]): Mutation => (t) => {
    const k = at(t, i);
    return t.slice(0, k) + String.fromCharCode(c) + t.slice(k + 1);
  }),
  // Replace the value after one of the colons or commas (a token, roughly) with random JSON or junk.
  fc.tuple(fc.nat(), junk).map(([i, s]): Mutation => (t) => {
    const separators = [...t.matchAll(/[:,[]\s*/g)];
    if (separators.length === 0) return t;
    const m = separators[i % separators.length];
    const start = m.index! + m[0].length;
    const rest = t.slice(start).match(/^("(?:[^"\\]|\\.)*"|[^,\]}]*)/)![0];
    return t.slice(0, start) + s + t.slice(start + rest.length);
  }),
  fc.constant<Mutation>((t) => '\ufeff' + t),
  fc.constant<Mutation>((t) => t.replace(/\n/g, '\r')),
);

/** The seed documents themselves, every position in the short ones. */
export function validSeeds(): void {
  for (const [i, seed] of seeds.entries()) exercise(seed, positionsFor(seed), i, uris[i % uris.length]);
}

/** Valid documents broken by one to four stacked mutations (fast-check, fixed seed). */
export function mutations(): void {
  fc.assert(fc.property(
    fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.nat(), fc.array(oddPosition, { maxLength: 3 }),
    (seed, mutations, pick, odd) => {
      const text = mutations.reduce((t, m) => m(t), seed);
      exercise(text, positionsFor(text, odd), pick, uris[pick % uris.length]);
    },
  ), { seed: 42, numRuns: 500 });
}

/** Strings broken across lines by a backslash, with the cursor in and around them. */
export function brokenStrings(): void {
  // The case where a token could span lines; completion ranges must still be single-line.
  for (const [i, seed] of seeds.entries()) {
    for (const match of seed.matchAll(/"(?:[^"\\\r\n]|\\.)*"/g)) {
      for (const eol of ['\n', '\r\n', '\r']) {
        const cut = match.index! + Math.min(3, match[0].length - 1);
        const text = seed.slice(0, cut) + '\\' + eol + seed.slice(cut);
        const document = TextDocument.create('file:///p', 'ocpp', 0, text);
        const around = Array.from({ length: 13 }, (_, k) => document.positionAt(Math.max(0, cut - 6 + k)));
        exercise(text, around, i, uris[i % uris.length]);
      }
    }
  }
}

/** Random strings, of any code units or of the nasty pieces. */
export function randomStrings(): void {
  fc.assert(fc.property(
    fc.oneof(anyText(60), fc.array(nasty, { maxLength: 20 }).map((a) => a.join(''))),
    fc.nat(), fc.array(oddPosition, { maxLength: 3 }),
    (text, pick, odd) => {
      exercise(text, positionsFor(text, odd), pick, uris[pick % uris.length]);
    },
  ), { seed: 42, numRuns: 800 });
}

/** Random JSON values, alone, as payloads and as frames. */
export function randomJson(): void {
  const actionNames = fc.constantFrom('StatusNotification', 'BootNotification', 'MeterValues', 'StartTransaction', 'Authorize',
    'Heartbeat', 'DataTransfer', 'SetChargingProfile', 'NoSuchAction', '');
  const fieldNames = fc.constantFrom('connectorId', 'errorCode', 'status', 'timestamp', 'idTag', 'meterValue', 'sampledValue',
    'value', 'chargingProfile', 'transactionId', 'info', 'vendorId', 'idTagInfo', 'currentTime', 'interval', 'x');
  const fieldValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('Available', 'NoError', 'Charging', '2024-05-01T10:00:00Z', 0, -1, 1e400));
  const payload = fc.dictionary(fieldNames, fieldValue, { maxKeys: 6 });
  const document = fc.oneof(
    fc.jsonValue(),
    payload,
    fc.tuple(fc.constantFrom(2, 3, 4, 5, 1.5, '2'), fc.oneof(fc.string({ maxLength: 40 }), fc.jsonValue({ maxDepth: 1 })), actionNames, payload)
      .map(([type, id, action, body]) => (type === 3 ? [type, id, body] : [type, id, action, body])),
    fc.array(fc.tuple(fc.constantFrom(2, 3, 4), fc.constantFrom('1', '2'), actionNames, payload).map((f) => [...f]), { maxLength: 4 }),
  );
  fc.assert(fc.property(document, fc.constantFrom(undefined, 2, '\t'), fc.nat(), (value, indent, pick) => {
    const text = JSON.stringify(value, null, indent) ?? 'null';
    exercise(text, positionsFor(text), pick, uris[pick % uris.length]);
  }), { seed: 42, numRuns: 400 });
}

/** The cursor at the start, the middle and the end of `text`. */
function middle(text: string): Position[] {
  const document = TextDocument.create('file:///m', 'ocpp', 0, text);
  return [0, 1, Math.floor(text.length / 2), text.length - 1, text.length].map((o) => document.positionAt(o));
}

/** A pathological document (deep nesting, megabytes of junk): every request answered; `mustReport`: with a diagnostic. */
export function pathological(text: string, mustReport: boolean): void {
  const diagnostics = exercise(text, middle(text));
  if (mustReport) assert.ok(diagnostics.length > 0);
}
