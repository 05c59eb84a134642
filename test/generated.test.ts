/** The checked-in snippet file and grammar must be what the generator makes from today's catalog. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles, repoRoot, toJsonText } from '../scripts/generate';

const hint = 'is out of date with the catalog: run `npx tsx scripts/generate.ts` and commit the result';

for (const file of generatedFiles) {
  test(`${file.path} is current`, () => {
    const checkedIn = readFileSync(join(repoRoot, file.path), 'utf8');
    // Compare the parsed content first so a stale file fails with a readable diff, then the exact bytes.
    assert.deepEqual(JSON.parse(checkedIn), file.build(), `${file.path} ${hint}`);
    assert.equal(checkedIn, toJsonText(file.build()), `${file.path} ${hint} (its formatting differs)`);
  });
}
