/**
 * The token checker against its oracles (test/support/tokenDifferential.ts) on thousands of mutated frames per
 * version: frames of the generated corpora with one to three mutations stacked, in the manner of the fuzz suite
 * (test/support/fuzz.ts): characters inserted or deleted anywhere, values swapped for others of every JSON type
 * (names from the catalog, dates valid and not, long strings, escapes, numbers as JSON writes them in all its
 * ways), members repeated, dropped or renamed, frame elements added, dropped or replaced. A mutation that leaves
 * no single frame is skipped.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitFrames } from '../server/src/json/frameLayout';
import { parseJsonTree } from '../server/src/json/jsonTree';
import type { Catalog } from '../server/src/ocpp/catalog';
import type { FieldType, ObjectType } from '../server/src/ocpp/schema';
import { ocpp16 } from '../server/src/ocpp/v16';
import { ocpp201 } from '../server/src/ocpp/v201';
import { ocpp21 } from '../server/src/ocpp/v21';
import { generateConversation, generateConversation201, generateConversation21 } from './support/corpus';
import { compareFrame, emptyTally, framesOf, type FrameSample } from './support/tokenDifferential';

const runsPerVersion = 10_000;

/** Names the catalog uses (enumeration values, field names, actions, error codes), for values and keys. */
function catalogWords(catalog: Catalog): { values: string[]; keys: string[] } {
  const values = new Set<string>([...catalog.actionsByName.keys(), ...catalog.callErrorCodes.values.map((v) => v.name)]);
  const keys = new Set<string>();
  const seen = new Set<ObjectType>();
  const visitType = (type: FieldType): void => {
    if (type.kind === 'enum') for (const v of type.enumeration.values) values.add(v.name);
    if (type.kind === 'string' && type.known) for (const v of type.known.values) values.add(v.name);
    if (type.kind === 'array') visitType(type.items);
    if (type.kind === 'object') visitObject(type.object);
  };
  const visitObject = (object: ObjectType): void => {
    if (seen.has(object)) return;
    seen.add(object);
    for (const field of object.fields) {
      keys.add(field.name);
      visitType(field.type);
    }
  };
  for (const action of catalog.actions) for (const type of [action.request, action.response]) if (type) visitObject(type);
  return { values: [...values], keys: [...keys] };
}

const noise = ['[', ']', '{', '}', '"', ',', ':', '\\', '0', '7', 'a', ' ', '\n', '\t', '\r', '-', '.', 'e', 'E', '+', '\u00e9', '\ud83d',
  '\u0000', '\u001f', 'null', 'true', '1e400', '\\u0041', '\\n', '\\x', '\ufeff', '\u00a0'];

/** JSON values of every type, spelled in the ways that matter to the checks. */
const literalValues = ['0', '-0', '1', '1.0', '1e2', '1E+2', '0.1', '12.25', '12.3', '-1', '-0.5', '2147483648', '1e400', '-1e400',
  '0.30000000000000004', '123456789012345678', '01', '1.', '.5', 'true', 'false', 'null', '{}', '[]', '{"a":1}', '[1,2]',
  '{"a":1,"a":2}', '[[[]]]', '"2024-05-01T10:00:00Z"', '"2024-02-30T10:00:00Z"', '"2016-12-31T23:59:60Z"', '"2024-05-01T10:00:00"',
  '"2024-05-01 10:00:00Z"', '"2024-05-01T10:00:00.123456+02:00"', `"${'x'.repeat(37)}"`, `"${'y'.repeat(256)}"`, `"${'\ud83d\ude00'.repeat(20)}"`,
  `"${'z'.repeat(1001)}"`, '"\\u0041vailable"', '"Avail\\u0061ble"', '"\\ud83d\\ude00"', '""', '"ftp://example.com/x"', '"not a uri"', '"0"', '"12.5"'];

/** A JSON token the mutations aim at: a string, a number or a word. */
const tokenPattern = /"(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|true|false|null/g;

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'value'; at: number; value: string }
  | { kind: 'repeat-member'; at: number }
  | { kind: 'drop-member'; at: number }
  | { kind: 'rename-key'; at: number; key: string }
  | { kind: 'add-element'; at: number; value: string }
  | { kind: 'drop-element'; at: number }
  | { kind: 'element'; at: number; value: string };

function mutation(words: { values: string[]; keys: string[] }): fc.Arbitrary<Mutation> {
  const at = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
  const value = fc.oneof(fc.constantFrom(...literalValues), fc.constantFrom(...words.values).map((v) => JSON.stringify(v)),
    fc.constantFrom(...words.values).map((v) => JSON.stringify(v.toLowerCase())));
  return fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), at, text: fc.constantFrom(...noise) }),
    fc.record({ kind: fc.constant('delete' as const), at, count: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ kind: fc.constant('value' as const), at, value }),
    fc.record({ kind: fc.constant('value' as const), at, value }),
    fc.record({ kind: fc.constant('repeat-member' as const), at }),
    fc.record({ kind: fc.constant('drop-member' as const), at }),
    fc.record({ kind: fc.constant('rename-key' as const), at, key: fc.constantFrom(...words.keys, 'customData', 'vendorId', 'ConnectorId') }),
    fc.record({ kind: fc.constant('add-element' as const), at, value }),
    fc.record({ kind: fc.constant('drop-element' as const), at }),
    fc.record({ kind: fc.constant('element' as const), at, value }),
  );
}

/** The `"key": value` members of a frame's text whose value is a single token (a string, a number, a word, {} or []). */
const memberPattern = /"([^"\\]*)"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|true|false|null|\{\}|\[\])/g;

function pickMatch(text: string, pattern: RegExp, at: number): RegExpExecArray | undefined {
  const matches = [...text.matchAll(pattern)];
  return matches.length ? matches[Math.floor(at * matches.length)] : undefined;
}

function apply(text: string, m: Mutation): string {
  const offset = Math.floor(m.at * (text.length + 1));
  switch (m.kind) {
    case 'insert':
      return text.slice(0, offset) + m.text + text.slice(offset);
    case 'delete':
      return text.slice(0, offset) + text.slice(offset + m.count);
    case 'value': {
      const token = pickMatch(text, tokenPattern, m.at);
      return token ? text.slice(0, token.index) + m.value + text.slice(token.index! + token[0].length) : text;
    }
    case 'repeat-member': {
      const member = pickMatch(text, memberPattern, m.at);
      if (!member) return text;
      const end = member.index! + member[0].length;
      return `${text.slice(0, end)}, ${member[0]}${text.slice(end)}`;
    }
    case 'drop-member': {
      const member = pickMatch(text, memberPattern, m.at);
      if (!member) return text;
      const end = member.index! + member[0].length;
      // The member and a comma after it, or else before it, so the rest stays JSON when it was.
      const after = /^\s*,/.exec(text.slice(end));
      if (after) return text.slice(0, member.index) + text.slice(end + after[0].length);
      const before = /,\s*$/.exec(text.slice(0, member.index));
      return before ? text.slice(0, before.index) + text.slice(end) : text.slice(0, member.index) + text.slice(end);
    }
    case 'rename-key': {
      const member = pickMatch(text, memberPattern, m.at);
      return member ? `${text.slice(0, member.index)}${JSON.stringify(m.key)}${text.slice(member.index! + member[1].length + 2)}` : text;
    }
    case 'add-element':
    case 'drop-element':
    case 'element':
      return changeElement(text, m);
  }
}

/**
 * A frame with an element more at its end, or one dropped or replaced (the one at `at`): its elements are found by
 * a parse, when it has some.
 */
function changeElement(text: string, m: Mutation & { kind: 'add-element' | 'drop-element' | 'element' }): string {
  const root = parseJsonTree(text).root;
  if (root?.type !== 'array' || !root.closed) return text;
  const items = root.items;
  const closing = root.offset + root.length - 1;
  if (m.kind === 'add-element') return `${text.slice(0, closing)}${items.length ? ', ' : ''}${m.value}${text.slice(closing)}`;
  if (items.length === 0) return text;
  const index = Math.floor(m.at * items.length);
  const item = items[index];
  if (m.kind === 'element') return text.slice(0, item.offset) + m.value + text.slice(item.offset + item.length);
  // The element and the comma before it (or after it, for the first).
  const from = index > 0 ? items[index - 1].offset + items[index - 1].length : item.offset;
  const to = index > 0 || items.length === 1 ? item.offset + item.length : items[1].offset;
  return text.slice(0, from) + text.slice(to);
}

/** The one frame a mutated text holds, or undefined when it is not one frame (nothing to compare). */
function mutatedSample(text: string, answered: FrameSample['answered']): FrameSample | undefined {
  const spans = splitFrames(text, 0, text.length);
  if (!spans || spans.starts.length !== 1) return undefined;
  return { text, start: spans.starts[0], end: spans.ends[0], colons: spans.colons[0], answered };
}

describe('the token checker on mutated frames', () => {
  const versions = [
    { catalog: ocpp16, text: generateConversation(60_000, 7, 0.1).text, seed: 1_601 },
    { catalog: ocpp201, text: generateConversation201(80_000, 7).text, seed: 2_001 },
    { catalog: ocpp21, text: generateConversation21(80_000, 7).text, seed: 2_101 },
  ];
  for (const { catalog, text, seed } of versions) {
    test(`${runsPerVersion} mutated ${catalog.displayName} frames: the same verdict, and clean means clean`, () => {
      const samples = framesOf(text, catalog);
      const tally = emptyTally();
      let compared = 0;
      fc.assert(fc.property(fc.nat(samples.length - 1), fc.array(mutation(catalogWords(catalog)), { minLength: 1, maxLength: 3 }),
        (index, mutations) => {
          const sample = samples[index];
          const mutated = mutations.reduce(apply, text.slice(sample.start, sample.end));
          const frame = mutatedSample(mutated, sample.answered);
          if (!frame) return;
          compared++;
          compareFrame(frame, catalog, tally);
        }), { seed, numRuns: runsPerVersion });
      // Many mutations leave a frame to compare, and both verdicts occur often.
      assert.ok(compared > runsPerVersion * 0.4, `${compared} compared`);
      console.log(`${catalog.displayName}: ${compared} compared, ${tally.clean} clean, ${tally.stepped} only by the digits, ` +
        `${tally.suspected} with suspects (${tally.frameSuspected} in the frame itself)`);
      assert.ok(tally.clean > compared * 0.05 && tally.clean < compared * 0.9, `${tally.clean} clean of ${compared}`);
      assert.ok(tally.suspected > compared * 0.05, `${tally.suspected} of ${compared} read with suspects`);
      assert.ok(tally.frameSuspected > compared * 0.02, `${tally.frameSuspected} of ${compared} read with suspects in the frame itself`);
    });
  }
});
