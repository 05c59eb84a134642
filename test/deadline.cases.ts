/** Tasks for deadline.test.ts, loaded only by the worker: one that never returns, one that fails, one that answers. */
import assert from 'node:assert/strict';

export function neverReturns(): void {
  for (;;);
}

export function failsAnAssertion(): void {
  assert.deepEqual({ status: 'Available' }, { status: 'Faulted' }, 'the worker\'s assertion');
}

export function double(value: number): number {
  return 2 * value;
}
