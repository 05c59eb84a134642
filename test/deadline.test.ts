/**
 * The deadline that bounds the tests on pathological input (test/support/deadline.ts): a task that never returns
 * fails at its deadline instead of hanging, a task's assertion fails the test with its own message, and the tasks
 * after a stopped one run in a new worker.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DeadlineWorker } from './support/deadline';

const cases = new DeadlineWorker(require.resolve('./deadline.cases'));

test('a task that never returns fails at its deadline, and the next task runs in a new worker', async () => {
  await assert.rejects(cases.run('neverReturns', [], 1_000), /neverReturns\(\) did not finish within 1000 ms; its worker was stopped/);
  assert.deepEqual(await cases.run('double', [21], 30_000).then((r) => r.result), 42);
});

test('an assertion in the worker fails the test with its message', async () => {
  await assert.rejects(cases.run('failsAnAssertion', [], 30_000), (error: Error) => {
    assert.equal(error.name, 'AssertionError');
    assert.match(error.message, /the worker's assertion/);
    assert.match(error.stack ?? '', /deadline\.cases\.ts/, 'the stack points into the task');
    return true;
  });
});

test('a task the module does not export is an error, not a hang', async () => {
  await assert.rejects(cases.run('noSuchTask', [], 30_000), /exports no task named noSuchTask/);
});
