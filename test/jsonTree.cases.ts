/**
 * The deep-nesting tests of jsonTree.test.ts, run in a worker thread with a deadline (test/support/deadline.ts):
 * a parser that recursed would overflow the stack, and one that went quadratic would take about a minute, which
 * the deadline turns into a failure instead of a stuck run. Only the worker loads this module.
 */
import assert from 'node:assert/strict';
import { maxSyntaxProblems, parseJsonTree, type ArrayNode } from '../server/src/json/jsonTree';
import { nodeAtOffset } from '../server/src/json/treeQueries';

/** `n` nested arrays: no problems, every level with its exact range, the innermost found by offset. */
export function nestedArrays(n: number): void {
  const text = '['.repeat(n) + ']'.repeat(n);
  const tree = parseJsonTree(text);
  assert.deepEqual(tree.problems, []);
  assert.equal(tree.root?.type, 'array');
  let node = tree.root as ArrayNode;
  for (let depth = 0; depth < n - 1; depth++) {
    assert.ok(node.offset === depth && node.length === 2 * (n - depth) && node.closed);
    node = node.items[0] as ArrayNode;
  }
  assert.deepEqual(node.items, []);
  assert.equal(nodeAtOffset(tree.root, n)?.offset, n - 1);
}

/** `n` unclosed arrays: the outermost reported first, the problems capped. */
export function unclosedArrays(n: number): void {
  const { root, problems } = parseJsonTree('['.repeat(n));
  assert.equal(root?.type, 'array');
  assert.equal(problems[0].offset, 0, 'the outermost is reported first');
  assert.equal(problems.length, maxSyntaxProblems + 1);
}

/** `n` nested objects: no problems, the innermost value found by offset. */
export function nestedObjects(n: number): void {
  const text = '{"a":'.repeat(n) + '1' + '}'.repeat(n);
  const tree = parseJsonTree(text);
  assert.deepEqual(tree.problems, []);
  const innermost = nodeAtOffset(tree.root, 5 * n);
  assert.deepEqual([innermost?.type, (innermost as { value: unknown }).value], ['number', 1]);
}

/** `n` unclosed objects, `n` closers that close nothing open, and half-open pairs: problems, not a crash. */
export function unclosedObjectsAndMismatchedClosers(n: number): void {
  {
    const { problems } = parseJsonTree('{"a":'.repeat(n));
    assert.equal(problems[0].offset, 0);
    assert.ok(problems.length > 1);
  }
  {
    const { root, problems } = parseJsonTree('['.repeat(n) + '}'.repeat(n));
    assert.equal(root?.type, 'array');
    assert.match(problems[0].message, /no open '\{'/);
  }
  {
    const { problems } = parseJsonTree('[{'.repeat(n / 2) + ']'.repeat(n));
    assert.ok(problems.length > 0);
  }
}
