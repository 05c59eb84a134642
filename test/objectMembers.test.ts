/**
 * Reading an object's members from valid JSON text without a tree (json/objectMembers.ts) gives what the tree
 * parser gives: the same keys, spans, scalar values, and container spans, on generated objects laid out in
 * every way JSON allows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseJsonTree, type ObjectNode, type ValueNode } from '../server/src/json/jsonTree';
import { arrayItemOffset, objectMembers, type ShallowValue } from '../server/src/json/objectMembers';

/** What the Outline reads of a value, from a tree node or from the text. */
function summary(value: ValueNode | ShallowValue | undefined) {
  if (!value) return undefined;
  const span = { type: value.type, offset: value.offset, length: value.length };
  if (value.type === 'object') return { ...span, empty: 'empty' in value ? value.empty : value.properties.length === 0 };
  if (value.type === 'array') return { ...span, empty: 'empty' in value ? value.empty : value.items.length === 0 };
  return { ...span, value: value.value, ...(value.type === 'number' && { raw: value.raw }) };
}

/** JSON written with white space of every kind around every token. */
function spaced(value: unknown): string {
  if (Array.isArray(value)) return `[ \r\n${value.map(spaced).join(' ,\t')} ]`;
  if (value !== null && typeof value === 'object') {
    return `{\n ${Object.entries(value).map(([key, member]) => `${JSON.stringify(key)} \n:\t${spaced(member)}`).join('\r\n, ')} \t}`;
  }
  return JSON.stringify(value);
}

/** JSON.stringify's layout, pretty-printed, or spaced everywhere. */
const layouts = fc.constantFrom<(value: unknown) => string>((value) => JSON.stringify(value), (value) => JSON.stringify(value, null, 2), spaced);

test('an object\'s members read from its text equal its tree\'s properties', () => {
  const keys = fc.oneof(fc.string(), fc.constantFrom('', 'a"b', 'back\\slash', 'line\nbreak', 'ünï', '😀'));
  const objects = fc.dictionary(keys, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 });
  fc.assert(fc.property(objects, layouts, fc.nat({ max: 3 }), (object, layout, indent) => {
    const text = `${' '.repeat(indent)}${layout(object)} `;
    const tree = parseJsonTree(text).root as ObjectNode;
    const members = objectMembers(text, indent, text.length);
    assert.ok(members, text);
    assert.deepEqual(
      members.map((m) => ({ offset: m.offset, length: m.length, key: m.key.value, keySpan: [m.key.offset, m.key.length], value: summary(m.value) })),
      tree.properties.map((p) => ({ offset: p.offset, length: p.length, key: p.key.value, keySpan: [p.key.offset, p.key.length], value: summary(p.value) })),
      text,
    );
  }), { numRuns: 1500 });
});

test('a repeated key is listed each time it is written, as the tree lists it', () => {
  const text = '{"a": 1, "a": [2], "b": {}}';
  assert.deepEqual(objectMembers(text, 0, text.length)?.map((m) => [m.key.value, m.value.type]), [['a', 'number'], ['a', 'array'], ['b', 'object']]);
});

test('text that is no closed object reads as nothing', () => {
  for (const text of ['[1]', '{"a": 1', '{"a" 1}', '{"a": 1,}', '{a: 1}', '{"a": }', '{"a": 1 "b": 2}', '{"a": "open}']) {
    assert.equal(objectMembers(text, 0, text.length), undefined, text);
  }
});

test('an array item is found past strings holding brackets and commas', () => {
  const text = '[2, "id,[{", "Authorize", {"idTag": "x]"}]';
  assert.equal(arrayItemOffset(text, 0, 3, text.length), text.indexOf('{"idTag"'));
  assert.equal(arrayItemOffset(text, 0, 0, text.length), 1);
  assert.equal(arrayItemOffset(text, 0, 4, text.length), undefined, 'past the last item');
});
