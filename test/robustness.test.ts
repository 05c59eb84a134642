/**
 * Property-based robustness: whatever the text and wherever the cursor, the service answers without throwing,
 * and its answers are well formed (ranges inside the document, diagnostics with source, code and message).
 * The checks are in robustness.cases.ts and run in a worker thread with a deadline (test/support/deadline.ts),
 * so that a service stuck on some input fails the test instead of hanging it. Seeds are fixed so a failure
 * reproduces; the whole file takes a few seconds.
 */
import { describe, test } from 'node:test';
import { DeadlineWorker } from './support/deadline';

const cases = new DeadlineWorker(require.resolve('./robustness.cases'));

// The deadlines, from what each test took in its worker on this 2-core machine with other tests running (each run
// prints its time in the test's diagnostics): the property tests 0.05-2 s, the mutations being the slowest; a
// 100,000-level document 0.1-0.35 s; 2 MB of junk 0.03-0.11 s. Each deadline is 15x or more the slowest of its
// kind, and never under 10 s, since a pause of a few seconds on a busy machine says nothing about a hang.
const propertyMs = 30_000;
const deepMs = 10_000;
const junkMs = 10_000;

describe('the service never throws and answers well-formed results', () => {
  test('valid seed documents', cases.test('validSeeds', [], propertyMs));
  test('mutations of valid OCPP documents', cases.test('mutations', [], propertyMs));
  test('strings broken across lines by a backslash, with the cursor in and around them', cases.test('brokenStrings', [], propertyMs));
  test('random strings', cases.test('randomStrings', [], propertyMs));
  test('random JSON values, alone, as payloads and as frames', cases.test('randomJson', [], propertyMs));
});

describe('pathological documents', () => {
  const n = 100_000;
  for (const [name, text] of [
    ['nested arrays', '['.repeat(n) + ']'.repeat(n)],
    ['unclosed arrays', '['.repeat(n)],
    ['nested objects', '{"a":'.repeat(n) + '1' + '}'.repeat(n)],
    ['unclosed objects', '{"a":'.repeat(n)],
    ['a frame with a deep payload', `[2, "a1", "StatusNotification", ${'{"connectorId":'.repeat(n)}1${'}'.repeat(n)}]`],
  ] as const) {
    test(`${n} levels of ${name} get a diagnostic, not a crash`, cases.test('pathological', [text, true], deepMs));
  }

  test('2 MB of junk bytes finishes', async (t) => {
    // A fixed generator, so every run sees the same bytes.
    let state = 42;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 16;
    const bytes = Buffer.alloc(2 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = next() & 0xff;
    const junk = await cases.run('pathological', [bytes.toString('latin1'), false], junkMs);
    // The same again from bytes that are all JSON punctuation, which is harder on the tree than letters.
    const punctuation = '[]{}",: 0\n';
    const dense = Array.from({ length: 2 * 1024 * 1024 }, () => punctuation[next() % punctuation.length]).join('');
    const punctuated = await cases.run('pathological', [dense, false], junkMs);
    t.diagnostic(`${junk.ms.toFixed(0)} ms and ${punctuated.ms.toFixed(0)} ms of the ${junkMs} ms allowed each`);
  });
});
