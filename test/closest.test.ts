/**
 * The edit distance behind every "Did you mean" (text/closest.ts), against the textbook full-matrix form of the
 * optimal string alignment distance, and the suggestions it makes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closestName, editDistance } from '../server/src/text/closest';
import { Random } from './support/oracleGenerator';

/** The full matrix, written as the definition reads: the oracle. */
function matrixDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

test('the edit distance equals the full-matrix definition on random words, short and long, in any order of calls', () => {
  const random = new Random(7);
  const word = () => Array.from({ length: random.int(0, 24) }, () => random.pick(['a', 'b', 'c', 'A', 'é'])).join('');
  for (let i = 0; i < 3000; i++) {
    const a = word();
    const b = word();
    assert.equal(editDistance(a, b), matrixDistance(a, b), JSON.stringify([a, b]));
  }
});

test('a swap of two neighbouring letters is one edit, and suggestions follow the distance', () => {
  assert.equal(editDistance('Avaliable', 'Available'), 1);
  assert.equal(closestName('Avaliable', ['Charging', 'Available', 'Faulted']), 'Available');
  assert.equal(closestName('available', ['Available']), 'Available');
  assert.equal(closestName('Xyzzy', ['Available', 'Charging']), undefined);
});

test('a suggestion worked out once is remembered per list of names: the same word among other names gets their answer', () => {
  assert.equal(closestName('Chargng', ['Charging', 'Available']), 'Charging');
  assert.equal(closestName('Chargng', ['Available', 'Faulted']), undefined);
  assert.equal(closestName('Chargng', ['Charged']), 'Charged');
  assert.equal(closestName('Chargng', ['Charging', 'Available']), 'Charging');
});
