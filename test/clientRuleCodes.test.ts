/** The client finds the diagnostic codes in the manifest it ships with, so it needs no list of its own. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleCodesOf } from '../client/src/ruleCodes';
import { problemCodes } from '../server/src/product';

test('the client reads every diagnostic code from the manifest, and nothing else', () => {
  const manifest: unknown = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
  assert.deepEqual(ruleCodesOf(manifest), Object.keys(problemCodes));
  assert.deepEqual(ruleCodesOf({ contributes: { configuration: { properties: { 'ocpp.files': {}, 'ocpp.rules.comment': {} } } } }), ['comment']);
  assert.deepEqual(ruleCodesOf(undefined), []);
});
