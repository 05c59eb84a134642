/**
 * A mutation fuzzer for the language service. It starts from valid OCPP 1.6 documents (inline frames, the
 * examples, the CLI fixtures and a few conversations from the generator in corpus.ts), breaks them with one to
 * four stacked mutations, and sends every request an editor would make. A case fails when the service throws,
 * answers with something malformed (a range outside the document, a diagnostic without code, source or message,
 * overlapping edits), or takes far longer than the document's size can explain.
 *
 * Every case is built from its own generator seeded with (seed, run), so one failing case reproduces without
 * replaying the runs before it: `npm run fuzz -- --seed S --case R`.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionList, Diagnostic, DocumentSymbol, Hover, Location, LocationLink, Position, Range, TextEdit } from 'vscode-languageserver-types';
import { getLanguageService, type LanguageService } from '../../server/src/service';
import { catalogs } from '../../server/src/product';
import { generateConversation } from './corpus';
import { Random } from './oracleGenerator';

const root = join(__dirname, '..', '..');

// ---------------------------------------------------------------------------------------------------------------
// Seed documents
// ---------------------------------------------------------------------------------------------------------------

export interface SeedDocument {
  readonly name: string;
  readonly text: string;
}

const inlineSeeds: SeedDocument[] = [
  { name: 'StatusNotification CALL', text: '[2, "a1", "StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "Available", "timestamp": "2024-05-01T10:00:00Z"}]' },
  { name: 'BootNotification CALL', text: '[2, "b2", "BootNotification", {"chargePointVendor": "VendorX", "chargePointModel": "ModelY"}]' },
  { name: 'BootNotification CALLRESULT', text: '[3, "b2", {"status": "Accepted", "currentTime": "2024-05-01T10:00:00Z", "interval": 300}]' },
  { name: 'CALLERROR', text: '[4, "c3", "NotImplemented", "Not supported", {}]' },
  { name: 'CRLF conversation', text: '[\r\n  [2, "1", "Authorize", {"idTag": "ABC123"}],\r\n  [3, "1", {"idTagInfo": {"status": "Accepted"}}],\r\n  [2, "2", "Heartbeat", {}],\r\n  [3, "2", {"currentTime": "2024-05-01T10:00:00.000Z"}]\r\n]' },
  { name: 'MeterValues', text: JSON.stringify([[2, 'm1', 'MeterValues', { connectorId: 1, transactionId: 7, meterValue: [{ timestamp: '2024-05-01T10:00:00Z',
    sampledValue: [{ value: '12.5', measurand: 'Energy.Active.Import.Register', unit: 'kWh' }] }] }]], null, 2) },
  { name: 'SetChargingProfile', text: JSON.stringify([2, 'p1', 'SetChargingProfile', { connectorId: 1, csChargingProfiles: {
    chargingProfileId: 1, stackLevel: 0, chargingProfilePurpose: 'TxDefaultProfile', chargingProfileKind: 'Absolute',
    chargingSchedule: { chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: 16.0 }, { startPeriod: 3600, limit: 10.5 }] } } }], null, '\t') },
  { name: 'transaction', text: '[[2, "s1", "StartTransaction", {"connectorId": 1, "idTag": "T1", "meterStart": 0, "timestamp": "2024-05-01T10:00:00Z"}],\n'
    + '[3, "s1", {"transactionId": 42, "idTagInfo": {"status": "Accepted"}}],\n'
    + '[2, "s2", "StopTransaction", {"transactionId": 42, "meterStop": 1200, "timestamp": "2024-05-01T11:00:00Z"}],\n[3, "s2", {}]]' },
  { name: 'bare payload', text: '{"connectorId": 0, "errorCode": "NoError", "status": "Available", "timestamp": "2024-05-01T10:00:00Z"}' },
];

let corpus: SeedDocument[] | undefined;

/** The seed documents: built once, the same on every call and every machine. */
export function seedDocuments(): readonly SeedDocument[] {
  if (corpus) return corpus;
  const files: SeedDocument[] = [];
  const readJsonFiles = (folder: string) => {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) readJsonFiles(path);
      else if (entry.name.endsWith('.json')) files.push({ name: path, text: readFileSync(join(root, path), 'utf8') });
    }
  };
  // The OCPP files only: other fixture folders (plain JSON test suites, say) are not OCPP documents to start from.
  readJsonFiles('examples');
  readJsonFiles('test/fixtures/cli');
  // Whole conversations with every action and the generator's own few defects, from 1 KB to 16 KB.
  const generated = [1_000, 2_000, 4_000, 16_000].map((bytes, i) => ({
    name: `generateConversation(${bytes}, ${i + 1})`, text: generateConversation(bytes, i + 1).text,
  }));
  corpus = [...inlineSeeds, ...files, ...generated];
  return corpus;
}

// ---------------------------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------------------------

/** A rough JSON token: a string (it may run to the end of a line when unterminated), a number, a word, a punctuator. */
const tokenPattern = /"(?:[^"\\\r\n]|\\.)*"?|-?[0-9][0-9.eE+-]*|[A-Za-z_]+|[{}[\]:,]/g;
const numberPattern = /-?[0-9][0-9.eE+-]*/g;
const stringPattern = /"(?:[^"\\\r\n]|\\.)*"/g;

interface Token {
  readonly start: number;
  readonly end: number;
}

/** The first match of `pattern` at or after a random offset, wrapping round to the start; undefined if none. */
function tokenNear(text: string, pattern: RegExp, random: Random): Token | undefined {
  const from = random.int(0, text.length);
  for (const start of [from, 0]) {
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (match) return { start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}

const splice = (text: string, start: number, end: number, insert: string) => text.slice(0, start) + insert + text.slice(end);

/** Where a value could go: just after a colon, an opening bracket or a comma; else anywhere. */
function valuePosition(text: string, random: Random): number {
  const separator = tokenNear(text, /[:[,]\s*/g, random);
  return separator ? separator.end : random.int(0, text.length);
}

export const hugeNumbers = ['1e400', '-1e400', '1E-400', '-0', '-0.0', '0e0', '1234567890123456789012345678901234567890',
  '-1234567890123456789012345678901234567890', '9007199254740993', '0.1e-400', '1.7976931348623157e309', '4.9e-325',
  '123456789.123456789012345678901234567890', '1e+99999999999', '00', '-', '1.', '.5', '1e', '0x10', 'Infinity', 'NaN'];

const controlCharacters = [...Array.from({ length: 32 }, (_, c) => String.fromCharCode(c)), '\u007f', '\u0085', '\u00a0',
  '\u2028', '\u2029', '\u200b', '\ufffe', '\uffff'];

const punctuation = [...'{}[]:,"\\ \t\n0a-.eE'];

export interface MutationKind {
  readonly name: string;
  /** How often it is picked, relative to the others: the heavy ones (100k strings, 50k levels) less often. */
  readonly weight: number;
  apply(text: string, random: Random): string;
}

export const mutationKinds: readonly MutationKind[] = [
  {
    name: 'char-flip', weight: 10,
    apply: (text, random) => {
      const at = random.int(0, Math.max(0, text.length - 1));
      const replacement = random.chance(0.5) ? random.pick(punctuation) : String.fromCharCode(random.int(0, 0xffff));
      return splice(text, at, at + 1, replacement);
    },
  },
  {
    // A bit of one UTF-16 unit flipped, as a bad byte would: usually a nearby character, now and then a surrogate.
    name: 'bit-flip', weight: 8,
    apply: (text, random) => {
      if (text.length === 0) return text;
      const at = random.int(0, text.length - 1);
      return splice(text, at, at + 1, String.fromCharCode(text.charCodeAt(at) ^ (1 << random.int(0, 15))));
    },
  },
  {
    name: 'truncate', weight: 8,
    apply: (text, random) => (random.chance(0.2) ? text.slice(random.int(0, text.length)) : text.slice(0, random.int(0, text.length))),
  },
  {
    name: 'duplicate-token', weight: 8,
    apply: (text, random) => {
      const token = tokenNear(text, tokenPattern, random);
      if (!token) return text;
      const copies = random.chance(0.9) ? 1 : random.int(2, 200);
      return splice(text, token.end, token.end, text.slice(token.start, token.end).repeat(copies));
    },
  },
  {
    name: 'delete-token', weight: 8,
    apply: (text, random) => {
      const token = tokenNear(text, tokenPattern, random);
      return token ? splice(text, token.start, token.end, '') : text;
    },
  },
  {
    // Another token of the document in place of this one: ids, actions and field names end up where others
    // belong, which reaches conversation rules (repeated ids, answers before calls) that junk does not.
    name: 'copy-token', weight: 6,
    apply: (text, random) => {
      const target = tokenNear(text, tokenPattern, random);
      const source = tokenNear(text, tokenPattern, random);
      return target && source ? splice(text, target.start, target.end, text.slice(source.start, source.end)) : text;
    },
  },
  {
    name: 'huge-number', weight: 6,
    apply: (text, random) => {
      const number = random.pick(hugeNumbers);
      const token = random.chance(0.8) ? tokenNear(text, numberPattern, random) : undefined;
      if (token) return splice(text, token.start, token.end, number);
      const at = valuePosition(text, random);
      return splice(text, at, at, number);
    },
  },
  {
    name: 'long-string', weight: 2,
    apply: (text, random) => {
      const length = random.chance(0.7) ? 100_000 : random.int(37, 5_000);
      const unit = random.pick(['x', 'Available', '\\"', '\\u00e9', 'é', '😀', ' ', '\\\\']);
      const body = unit.repeat(Math.ceil(length / unit.length)).slice(0, length).replace(/\\$/, '');
      const closed = random.chance(0.9) ? `"${body}"` : `"${body}`;
      const token = random.chance(0.8) ? tokenNear(text, stringPattern, random) : undefined;
      if (token) return splice(text, token.start, token.end, closed);
      const at = valuePosition(text, random);
      return splice(text, at, at, closed);
    },
  },
  {
    name: 'deep-nesting', weight: 2,
    apply: (text, random) => {
      const [open, close] = random.pick([['[', ']'], ['{"a":', '}'], ['{"connectorId":', '}'], ['[{"x":', '}]'], ['[[2,"n","Heartbeat",', ']]']]);
      // 50,000 levels of the short openers; the long ones stop at 5,000, which is already 100 KB of text.
      const levels = random.chance(0.35) ? (open.length <= 5 ? 50_000 : 5_000) : random.int(100, 5_000);
      const shape = random.int(0, 2); // balanced, unclosed, or closed too often
      const inner = random.pick(['1', '{}', '[]', '"s"', '']);
      const nest = open.repeat(levels) + inner + (shape === 1 ? '' : close.repeat(shape === 2 ? levels + 3 : levels));
      const value = tokenNear(text, /\{|\[/g, random);
      if (value && random.chance(0.6)) return splice(text, value.start, value.start, nest + (open === '[' ? ',' : ''));
      const at = valuePosition(text, random);
      return splice(text, at, at, nest);
    },
  },
  {
    name: 'lone-surrogate', weight: 6,
    apply: (text, random) => {
      const unit = random.pick([0xd800, 0xdbff, 0xdc00, 0xdfff, random.int(0xd800, 0xdfff)]);
      const raw = random.chance(0.5);
      const piece = raw ? String.fromCharCode(unit) : `\\u${unit.toString(16)}`;
      // Inside a string (where an escape means something) most of the time; anywhere otherwise.
      const token = random.chance(0.7) ? tokenNear(text, stringPattern, random) : undefined;
      const at = token ? random.int(token.start + 1, token.end - 1) : random.int(0, text.length);
      // Splitting a real surrogate pair is the other way to get a lone one.
      if (random.chance(0.2)) {
        const pair = text.search(/[\ud800-\udbff][\udc00-\udfff]/);
        if (pair >= 0) return splice(text, pair + 1, pair + 1, piece);
      }
      return splice(text, at, at, piece);
    },
  },
  {
    name: 'bom', weight: 4,
    apply: (text, random) => {
      const at = random.chance(0.5) ? 0 : random.int(0, text.length);
      return splice(text, at, at, random.chance(0.8) ? '\ufeff' : '\ufeff\ufeff');
    },
  },
  {
    name: 'control-char', weight: 6,
    apply: (text, random) => {
      const token = random.chance(0.5) ? tokenNear(text, stringPattern, random) : undefined;
      const at = token ? random.int(token.start + 1, token.end - 1) : random.int(0, text.length);
      return splice(text, at, at, random.pick(controlCharacters));
    },
  },
  {
    name: 'line-ends', weight: 5,
    apply: (text, random) => {
      // Every line end the same way, or a mix; also a lone \r inside a \r\n.
      switch (random.int(0, 3)) {
        case 0: return text.replace(/\r?\n/g, '\r\n');
        case 1: return text.replace(/\r\n|\n/g, '\r');
        case 2: return text.replace(/\r\n|\r|\n/g, () => random.pick(['\n', '\r', '\r\n', '\n\r', '\r\r\n']));
        default: {
          const at = random.int(0, text.length);
          return splice(text, at, at, random.pick(['\r', '\n', '\r\n', '\u2028']));
        }
      }
    },
  },
];

const totalWeight = mutationKinds.reduce((sum, kind) => sum + kind.weight, 0);

function pickMutation(random: Random): MutationKind {
  let roll = random.next() * totalWeight;
  for (const kind of mutationKinds) {
    roll -= kind.weight;
    if (roll < 0) return kind;
  }
  return mutationKinds[mutationKinds.length - 1];
}

// ---------------------------------------------------------------------------------------------------------------
// Cases
// ---------------------------------------------------------------------------------------------------------------

// Client variants: snippets and Markdown or neither, the lenient profile, some rules switched off.
const services: readonly LanguageService[] = [
  getLanguageService({ catalogs }),
  getLanguageService({ catalogs, clientCapabilities: {} }),
  getLanguageService({ catalogs, profile: 'lenient' }),
  getLanguageService({ catalogs, rules: { 'syntax-error': 'off', 'unknown-field': 'hint', 'duplicate-field': 'off' } }),
];

// A frame file, and bare payload files whose names announce a message (or nothing).
const uris = [
  'file:///fuzz/case.ocpp.json',
  'file:///fuzz/ocpp/StatusNotification.json',
  'file:///fuzz/ocpp/BootNotification.conf.json',
  'file:///fuzz/ocpp/payload.json',
];

export interface FuzzCase {
  readonly seed: number;
  readonly run: number;
  readonly seedName: string;
  readonly mutations: readonly string[];
  readonly uri: string;
  readonly serviceIndex: number;
  readonly text: string;
  /** The rest of the case's choices (positions, ranges) come from this generator, in `exerciseCase`. */
  readonly random: Random;
}

/** One number from (seed, run), so each case has its own generator. */
function caseSeed(seed: number, run: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(run + 0x632be5ab, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function makeCase(seed: number, run: number): FuzzCase {
  const random = new Random(caseSeed(seed, run));
  const seedDocument = random.pick(seedDocuments());
  const mutations: string[] = [];
  let text = seedDocument.text;
  const count = random.chance(0.5) ? 1 : random.chance(0.6) ? 2 : random.int(3, 4);
  for (let i = 0; i < count; i++) {
    const kind = pickMutation(random);
    text = kind.apply(text, random);
    mutations.push(kind.name);
  }
  return {
    seed, run, seedName: seedDocument.name, mutations, text, random,
    uri: random.pick(uris), serviceIndex: random.int(0, services.length - 1),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------------------------

interface Shape {
  readonly document: TextDocument;
  /** Each line's length as TextDocument counts lines (\r\n, \r and \n end one), without its terminator. */
  readonly lines: readonly number[];
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const within = (inner: Range, outer: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

function checkPosition(p: Position, { lines }: Shape, what: string) {
  assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character), `${what}: integer position ${JSON.stringify(p)}`);
  assert.ok(p.line >= 0 && p.line < lines.length, `${what}: line ${p.line} of ${lines.length}`);
  assert.ok(p.character >= 0 && p.character <= lines[p.line], `${what}: character ${p.character} of ${lines[p.line]} on line ${p.line}`);
}

function checkRange(range: Range, shape: Shape, what: string) {
  assert.ok(range && range.start && range.end, `${what}: has a range`);
  checkPosition(range.start, shape, `${what} start`);
  checkPosition(range.end, shape, `${what} end`);
  assert.ok(before(range.start, range.end), `${what}: start ${JSON.stringify(range.start)} after end ${JSON.stringify(range.end)}`);
}

function checkDiagnostics(diagnostics: readonly Diagnostic[], shape: Shape) {
  assert.ok(Array.isArray(diagnostics), 'doValidation returns an array');
  for (const d of diagnostics) {
    assert.equal(typeof d.code, 'string', 'a diagnostic has a string code');
    assert.ok((d.code as string).length > 0, 'a diagnostic code is not empty');
    assert.equal(d.source, 'ocpp', `diagnostic ${d.code}: source`);
    const message = typeof d.message === 'string' ? d.message : (d.message as { value: string }).value;
    assert.ok(typeof message === 'string' && message.trim().length > 0, `diagnostic ${d.code}: a message`);
    assert.ok(d.severity === undefined || [1, 2, 3, 4].includes(d.severity), `diagnostic ${d.code}: severity ${d.severity}`);
    checkRange(d.range, shape, `diagnostic ${d.code}`);
  }
}

/** Items whose range leaves the cursor's line or misses the cursor are dropped by VS Code, so they count as malformed. */
function checkCompletion(list: CompletionList, shape: Shape, cursor: Position) {
  assert.ok(list && Array.isArray(list.items), 'completion returns a list');
  assert.equal(typeof list.isIncomplete, 'boolean', 'completion: isIncomplete');
  for (const item of list.items) {
    assert.ok(typeof item.label === 'string' && item.label.length > 0, 'a completion item has a label');
    const edit = item.textEdit;
    if (!edit) continue;
    assert.equal(typeof edit.newText, 'string', `completion ${item.label}: newText`);
    const ranges = 'range' in edit ? [edit.range] : [edit.insert, edit.replace];
    for (const range of ranges) {
      const what = `completion ${item.label}`;
      checkRange(range, shape, what);
      assert.ok(range.start.line === cursor.line && range.end.line === cursor.line, `${what}: range ${JSON.stringify(range)} off the cursor's line ${cursor.line}`);
      assert.ok(range.start.character <= cursor.character && cursor.character <= range.end.character,
        `${what}: range ${JSON.stringify(range)} misses the cursor ${JSON.stringify(cursor)}`);
    }
    for (const extra of item.additionalTextEdits ?? []) checkRange(extra.range, shape, `completion ${item.label} additional edit`);
  }
}

function checkHover(hover: Hover | null, shape: Shape, cursor: Position) {
  if (hover === null) return;
  const contents = hover.contents;
  const text = typeof contents === 'string' ? contents
    : Array.isArray(contents) ? contents.map((c) => (typeof c === 'string' ? c : c.value)).join('')
      : contents?.value;
  assert.ok(typeof text === 'string' && text.trim().length > 0, 'a hover says something');
  if (hover.range) {
    checkRange(hover.range, shape, 'hover');
    assert.ok(before(hover.range.start, cursor) && before(cursor, hover.range.end), `hover range ${JSON.stringify(hover.range)} misses the cursor ${JSON.stringify(cursor)}`);
  }
}

/** Each action's edits lie inside the document and do not overlap (the editor refuses the whole action if they do). */
function checkCodeActions(actions: readonly CodeAction[], shape: Shape): string[] {
  assert.ok(Array.isArray(actions), 'getCodeActions returns an array');
  const results: string[] = [];
  for (const action of actions) {
    assert.ok(typeof action.title === 'string' && action.title.length > 0, 'a code action has a title');
    for (const [uri, edits] of Object.entries<TextEdit[]>(action.edit?.changes ?? {})) {
      assert.equal(uri, shape.document.uri, `code action ${action.title}: edits this document`);
      for (const edit of edits) {
        checkRange(edit.range, shape, `code action ${action.title}`);
        assert.equal(typeof edit.newText, 'string', `code action ${action.title}: newText`);
      }
      let applied: string;
      try {
        applied = TextDocument.applyEdits(shape.document, edits);
      } catch (error) {
        assert.fail(`code action ${action.title}: its edits cannot be applied (${(error as Error).message})`);
      }
      results.push(applied);
    }
  }
  return results;
}

function checkSymbols(symbols: readonly DocumentSymbol[], shape: Shape) {
  assert.ok(Array.isArray(symbols), 'getDocumentSymbols returns an array');
  // Breadth first with a queue, not recursion: the check must not overflow where the service did not.
  const queue: { symbol: DocumentSymbol; parent?: Range }[] = symbols.map((symbol) => ({ symbol }));
  for (let i = 0; i < queue.length; i++) {
    const { symbol, parent } = queue[i];
    assert.ok(typeof symbol.name === 'string' && symbol.name.length > 0, 'a symbol has a name');
    checkRange(symbol.range, shape, `symbol ${symbol.name}`);
    checkRange(symbol.selectionRange, shape, `symbol ${symbol.name} selection`);
    assert.ok(within(symbol.selectionRange, symbol.range), `symbol ${symbol.name}: selectionRange inside range`);
    if (parent) assert.ok(within(symbol.range, parent), `symbol ${symbol.name}: inside its parent`);
    for (const child of symbol.children ?? []) queue.push({ symbol: child, parent: symbol.range });
  }
}

function checkLocations(result: Location[] | LocationLink[] | null, shape: Shape, what: string) {
  if (result === null) return;
  assert.ok(Array.isArray(result), `${what}: an array or null`);
  for (const location of result) {
    if ('targetUri' in location) {
      assert.equal(location.targetUri, shape.document.uri, `${what}: this document`);
      checkRange(location.targetRange, shape, `${what} target`);
      checkRange(location.targetSelectionRange, shape, `${what} target selection`);
      if (location.originSelectionRange) checkRange(location.originSelectionRange, shape, `${what} origin`);
    } else {
      assert.equal(location.uri, shape.document.uri, `${what}: this document`);
      checkRange(location.range, shape, what);
    }
  }
}

/** The answers go over JSON-RPC: a value JSON cannot carry (a BigInt, a cycle) would break the connection. */
function checkSerializable(value: unknown, what: string) {
  try {
    JSON.stringify(value);
  } catch (error) {
    assert.fail(`${what}: the result cannot be sent as JSON (${(error as Error).message})`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Running a case
// ---------------------------------------------------------------------------------------------------------------

/**
 * The hang guard: the most time the service may spend answering all the requests of one case (the timed part of
 * `exerciseCase`, about 30 requests), as a fixed part plus a part per KB of text. It is NOT a performance target
 * (bench/ measures performance, on realistic files): it is there to catch a super-linear blow-up or a loop, so
 * it is set far above what the service needs. Measured over 100,000 cases on the 2-core development machine
 * while other work shared it (`npm run fuzz` prints these figures), in the slower of two campaigns: documents
 * under 1 KB took at most 21 ms in 99% of cases, and documents of 10 KB or more at most 5.6 ms per KB in 99% of
 * cases (median 0.23; the heaviest are 50,000 levels of nesting, about 1.3 microseconds per level). 500 ms plus
 * 120 ms per KB is more than 20 times both. It still catches quadratic work from about 300 KB up (even the
 * tightest quadratic loop, one charCodeAt per step, took 72 s over 300,000 characters against 36 s
 * allowed), and the mutations make documents of up to several MB (100,000-character strings, repeated). A single
 * run over the bound, from a garbage collection or a busy machine, is why `runCase` times a case three times
 * before it fails.
 */
export interface HangGuard {
  readonly baseMs: number;
  readonly msPerKb: number;
}

export const hangGuard: HangGuard = { baseMs: 500, msPerKb: 120 };

export function allowedMs(textLength: number, guard: HangGuard = hangGuard): number {
  return guard.baseMs + guard.msPerKb * (textLength / 1024);
}

export interface CaseOutcome {
  /** Milliseconds spent inside the service (the checks of its answers are not counted). */
  readonly ms: number;
  /** The larger of the mutated text and the text after its fix-all, in KB (1024 characters). */
  readonly kb: number;
  readonly requests: number;
}

let version = 0;

/** Positions inside the document, and the ones a buggy or racing client may send. */
function positionsFor(document: TextDocument, random: Random): Position[] {
  const length = document.getText().length;
  const positions = Array.from({ length: 4 }, () => document.positionAt(random.int(0, length)));
  const odd: Position[] = [
    { line: 1_000_000, character: 0 },
    { line: 0, character: -1 },
    { line: -1, character: -1 },
    { line: document.lineCount, character: 0 },
    { line: document.lineCount - 1, character: 1_000_000_000 },
    { line: random.int(0, document.lineCount - 1), character: -random.int(1, 100) },
  ];
  positions.push(random.pick(odd), random.pick(odd));
  return positions;
}

function randomRange(document: TextDocument, random: Random): Range {
  const length = document.getText().length;
  const [a, b] = [random.int(0, length), random.int(0, length)].sort((x, y) => x - y);
  const span = random.chance(0.3) ? b : Math.min(b, a + random.int(0, 200));
  return { start: document.positionAt(a), end: document.positionAt(span) };
}

const overlaps = (a: Range, b: Range) => before(a.start, b.end) && before(b.start, a.end);

/**
 * Every request an editor makes on the case's text, each answer checked. Throws (an AssertionError or the
 * service's own error) on failure; the caller adds the case's coordinates.
 */
export function exerciseCase(fuzzCase: FuzzCase, service?: LanguageService): CaseOutcome {
  const { text, random } = fuzzCase;
  const ls = service ?? services[fuzzCase.serviceIndex];
  const document = TextDocument.create(fuzzCase.uri, 'ocpp', ++version, text);
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.length);
  assert.equal(lines.length, document.lineCount, 'the fuzzer counts lines as TextDocument does');
  const shape: Shape = { document, lines };
  let ms = 0;
  let requests = 0;
  const timed = <T>(call: () => T): T => {
    const start = performance.now();
    try {
      return call();
    } finally {
      ms += performance.now() - start;
      requests++;
    }
  };

  const diagnostics = timed(() => ls.doValidation(document));
  checkDiagnostics(diagnostics, shape);
  checkSerializable(diagnostics, 'doValidation');

  // Quick fixes for a random range with the diagnostics that overlap it, as the editor sends them: after a
  // round trip through JSON now and then (1e400 in `data` arrives as null), and with a foreign one among them.
  const range = randomRange(document, random);
  let context = diagnostics.filter((d) => overlaps(d.range, range));
  if (random.chance(0.5)) context = JSON.parse(JSON.stringify(context)) as Diagnostic[];
  if (random.chance(0.2)) context = [...context, { range, message: 'from another extension', source: 'json', code: 513, data: { x: 1 } }];
  const quickFixes = timed(() => ls.getCodeActions(document, range, context));
  checkSerializable(quickFixes, 'getCodeActions');
  checkCodeActions(quickFixes, shape);

  const whole: Range = { start: { line: 0, character: 0 }, end: document.positionAt(text.length) };
  const fixAll = timed(() => ls.getCodeActions(document, random.chance(0.5) ? whole : range, context, ['source.fixAll.ocpp']));
  checkSerializable(fixAll, 'getCodeActions (fix all)');
  const fixed = checkCodeActions(fixAll, shape);

  const symbols = timed(() => ls.getDocumentSymbols(document));
  checkSymbols(symbols, shape);
  checkSerializable(symbols, 'getDocumentSymbols');
  const flat = timed(() => ls.getSymbolInformation(document));
  assert.ok(Array.isArray(flat), 'getSymbolInformation returns an array');
  for (const symbol of flat) {
    assert.ok(typeof symbol.name === 'string' && symbol.name.length > 0, 'a flat symbol has a name');
    checkLocations([symbol.location], shape, `flat symbol ${symbol.name}`);
  }
  checkSerializable(timed(() => ls.getDocumentInfo(document)), 'getDocumentInfo');
  const folding = timed(() => ls.getFoldingRanges(document, random.chance(0.2) ? { rangeLimit: random.int(0, 50) } : undefined));
  assert.ok(Array.isArray(folding), 'getFoldingRanges returns an array');
  for (const { startLine, endLine } of folding) {
    assert.ok(Number.isInteger(startLine) && Number.isInteger(endLine) && startLine >= 0 && startLine < endLine && endLine < lines.length,
      `folding range ${startLine}-${endLine} of ${lines.length} lines`);
  }

  for (const position of positionsFor(document, random)) {
    // The cursor as the service sees it: clamped into the document.
    const cursor = document.positionAt(document.offsetAt(position));
    const completion = timed(() => ls.doComplete(document, position));
    checkCompletion(completion, shape, cursor);
    checkSerializable(completion, 'doComplete');
    const hover = timed(() => ls.doHover(document, position));
    checkHover(hover, shape, cursor);
    checkSerializable(hover, 'doHover');
    checkLocations(timed(() => ls.findDefinition(document, position)), shape, 'definition');
    checkLocations(timed(() => ls.findReferences(document, position, { includeDeclaration: random.chance(0.5) })), shape, 'references');
  }

  // The text after a fix-all is one more document the editor will ask about.
  for (const after of fixed.slice(0, 1)) {
    const fixedDocument = TextDocument.create(fuzzCase.uri, 'ocpp', ++version, after);
    const fixedLines = after.split(/\r\n|\r|\n/).map((line) => line.length);
    checkDiagnostics(timed(() => ls.doValidation(fixedDocument)), { document: fixedDocument, lines: fixedLines });
  }

  ls.forget(fuzzCase.uri);
  const kb = Math.max(text.length, ...fixed.slice(0, 1).map((t) => t.length)) / 1024;
  return { ms, kb, requests };
}

// ---------------------------------------------------------------------------------------------------------------
// Failures
// ---------------------------------------------------------------------------------------------------------------

/**
 * Writes the failing text where it can be read back exactly: a JSON file (lone surrogates survive as \ud800
 * escapes, which a UTF-8 text file would turn into U+FFFD). Returns the report to print.
 */
export function reportFailure(fuzzCase: FuzzCase, error: unknown): string {
  const path = join(tmpdir(), `ocpp-fuzz-${fuzzCase.seed}-${fuzzCase.run}.json`);
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  writeFileSync(path, JSON.stringify({
    seed: fuzzCase.seed, run: fuzzCase.run, seedDocument: fuzzCase.seedName, mutations: fuzzCase.mutations,
    uri: fuzzCase.uri, service: fuzzCase.serviceIndex, error: message, text: fuzzCase.text,
  }));
  return [
    `fuzz case failed: seed ${fuzzCase.seed}, run ${fuzzCase.run} (npm run fuzz -- --seed ${fuzzCase.seed} --case ${fuzzCase.run})`,
    `  seed document ${fuzzCase.seedName}; mutations ${fuzzCase.mutations.join(', ')}; uri ${fuzzCase.uri}; service ${fuzzCase.serviceIndex}`,
    `  mutated text: ${fuzzCase.text.length} characters, written to ${path} (JSON: read .text for the exact string)`,
    `  ${message.split('\n').join('\n  ')}`,
  ].join('\n');
}

export interface RunOptions {
  /** Another service to check instead of the case's (the fuzzer's own tests pass broken ones). */
  readonly service?: LanguageService;
  readonly guard?: HangGuard;
}

export interface RunResult {
  readonly fuzzCase: FuzzCase;
  readonly outcome: CaseOutcome;
  /** Whether the first timing was over the guard, so the case was timed again. */
  readonly retimed: boolean;
}

/**
 * Builds and runs case (seed, run); on failure throws an Error whose message is the full report. A case over
 * the hang guard is run twice more and judged by its fastest run: a garbage collection after a 1 MB case, or
 * another process on a busy machine, can stall one run, but not three in a row by the same factor.
 */
export function runCase(seed: number, run: number, options: RunOptions = {}): RunResult {
  const fuzzCase = makeCase(seed, run);
  try {
    let outcome = exerciseCase(fuzzCase, options.service);
    const allowed = allowedMs(outcome.kb * 1024, options.guard);
    if (outcome.ms <= allowed) return { fuzzCase, outcome, retimed: false };
    for (let i = 0; i < 2 && outcome.ms > allowed; i++) {
      const again = exerciseCase(makeCase(seed, run), options.service);
      if (again.ms < outcome.ms) outcome = again;
    }
    assert.ok(outcome.ms <= allowed, `hang guard: ${outcome.requests} requests took ${outcome.ms.toFixed(0)} ms at best of three `
      + `on ${outcome.kb.toFixed(1)} KB (allowed ${allowed.toFixed(0)} ms)`);
    return { fuzzCase, outcome, retimed: true };
  } catch (error) {
    throw new Error(reportFailure(fuzzCase, error), { cause: error });
  }
}
