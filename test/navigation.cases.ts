/**
 * The tests of navigation.test.ts on 100,000 levels of nesting, run in a worker thread with a deadline
 * (test/support/deadline.ts), so that a service stuck on such a document fails the test instead of hanging the run.
 * Only the worker loads this module.
 */
import assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { maxFieldDepth } from '../server/src/service/features/documentSymbols';
import { documentOf, service } from './support/service';

/** The Outline of a frame nested 100,000 levels deep: capped at maxFieldDepth, and an answer JSON.stringify can send. */
export function deepSymbols(): void {
  const depth = 100_000;
  const text = `[2, "deep", "DataTransfer", ${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}]`;
  const symbols = service.getDocumentSymbols(documentOf(text));
  assert.equal(symbols[0].name, 'CALL DataTransfer deep');
  let levels = 0;
  for (let s: DocumentSymbol | undefined = symbols[0].children?.[0]; s; s = s.children?.[0]) levels++;
  assert.equal(levels, maxFieldDepth);
  // The server sends the answer with JSON.stringify, which recurses.
  assert.doesNotThrow(() => JSON.stringify(symbols));
  const arrays = `[${'['.repeat(depth)}${']'.repeat(depth)}]`;
  assert.doesNotThrow(() => JSON.stringify(service.getDocumentSymbols(documentOf(arrays))));
}

/** Folding 100,000 nested arrays: one range per level, the outermost over the whole document. */
export function deepFolding(): void {
  const depth = 100_000;
  const text = `[\n${'[\n'.repeat(depth)}${']\n'.repeat(depth)}]`;
  const ranges = service.getFoldingRanges(documentOf(text));
  assert.equal(ranges.length, depth);
  assert.deepEqual(ranges[0], { startLine: 0, endLine: 2 * depth });
}
