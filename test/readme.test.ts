import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { problemCodes } from '../server/src/product';

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

test('the README documents every diagnostic code the service can report', () => {
  const undocumented = Object.keys(problemCodes).filter((code) => !readme.includes(`\`${code}\``));
  assert.deepEqual(undocumented, []);
});

test('the README starts with what the product does, a picture, and the two set-up commands', () => {
  const picture = readme.indexOf('![');
  const setup = readme.indexOf('npm ci && npm run package');
  assert.ok(picture > 0 && picture < setup, 'a picture comes before the set-up commands');
  assert.ok(setup < readme.indexOf('npm test'), 'the test command follows the build command');
  for (const image of readme.matchAll(/\]\((docs\/images\/[^)]+)\)/g)) {
    assert.doesNotThrow(() => readFileSync(join(__dirname, '..', image[1])), `${image[1]} exists`);
  }
});
