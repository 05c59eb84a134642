/**
 * The test of sizeLimit.test.ts on 20 MB documents, run in a worker thread with a deadline
 * (test/support/deadline.ts), so that a service stuck on a huge document fails the test instead of hanging the run.
 * Only the worker loads this module.
 */
import assert from 'node:assert/strict';
import { getLanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';
import { documentOf } from './support/service';

/** Without a setting, 20,000,000 characters are checked in full and one more gets only the notice. */
export function defaultLimit(): void {
  // One long string: cheap to check, and not an OCPP document, so a full check says so.
  const ofLength = (n: number) => `"${'x'.repeat(n - 2)}"`;
  const service = getLanguageService({ catalogs });
  assert.deepEqual(service.doValidation(documentOf(ofLength(20_000_000))).map((d) => d.code), ['document-shape']);
  const over = service.doValidation(documentOf(ofLength(20_000_001)));
  assert.deepEqual(over.map((d) => d.code), ['file-too-large']);
  assert.match(String(over[0].message), /20,000,001 characters .* 20 MB \(20,000,000 characters\)/);
}
