/**
 * Counting characters as JSON Schema's maxLength counts them (code points): the count the product reports and the
 * length checks the token checker and the tree checker make, against the string iterator's own count.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { characterCount, longerThan, longerThanAt } from '../server/src/text/words';

/** Any UTF-16 units: pairs, lone high and low surrogates, and plain characters. */
const anyUnits = fc.array(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constantFrom(0xd83d, 0xde00, 0x41)), { maxLength: 40 })
  .map((units) => String.fromCharCode(...units));

test('characterCount counts code points as the string iterator does, lone surrogates one each', () => {
  fc.assert(fc.property(fc.oneof(anyUnits, fc.string({ unit: 'binary' })), (text) => {
    assert.equal(characterCount(text), [...text].length);
  }), { numRuns: 3000 });
  assert.equal(characterCount('a😀b'), 3);
  assert.equal(characterCount('\ud83d'), 1);
  assert.equal(characterCount('\ude00\ud83d'), 2, 'a low surrogate before a high one is two');
});

test('longerThan and longerThanAt agree with the count, on the whole text and on any span of it', () => {
  fc.assert(fc.property(anyUnits, fc.nat({ max: 45 }), fc.nat(), fc.nat(), (text, max, a, b) => {
    assert.equal(longerThan(text, max), [...text].length > max);
    const start = a % (text.length + 1);
    const end = start + (b % (text.length - start + 1));
    assert.equal(longerThanAt(text, start, end, max), [...text.slice(start, end)].length > max);
  }), { numRuns: 3000 });
});
