/**
 * How test/ and bench/ depend on each other, kept one way: bench/ may use test/support/ (the conversation generator,
 * the LSP client), nothing under test/ imports bench/. And the tests and the benchmark have one LSP client,
 * test/support/lspClient.ts: no other file opens a JSON-RPC client connection of its own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = resolve(__dirname, '..');

function typeScriptUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? typeScriptUnder(path) : /\.m?ts$/.test(name) ? [path] : [];
  });
}

/** The relative specifiers a file imports or requires, resolved to absolute paths. */
function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire(?:\.resolve)?\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);
  return specifiers.map((specifier) => resolve(dirname(file), specifier));
}

const testFiles = typeScriptUnder(join(root, 'test'));
const benchFiles = typeScriptUnder(join(root, 'bench'));

test('nothing under test/ imports bench/', () => {
  const bench = join(root, 'bench') + sep;
  const offences = testFiles.flatMap((file) => relativeImports(file)
    .filter((target) => target.startsWith(bench))
    .map((target) => `${relative(root, file)} imports ${relative(root, target)}`));
  assert.deepEqual(offences, []);
  // The scan sees imports at all: bench/ imports the generator from test/support/.
  assert.ok(relativeImports(join(root, 'bench', 'corpus.ts')).some((target) => target.startsWith(join(root, 'test', 'support'))));
});

test('no test or benchmark opens a JSON-RPC client connection of its own: they use test/support/lspClient.ts', () => {
  const own = [...testFiles, ...benchFiles]
    .filter((file) => file !== __filename && /\bcreateProtocolConnection\b/.test(readFileSync(file, 'utf8')));
  assert.deepEqual(own.map((file) => relative(root, file)), [], 'LspClient.spawn/start for a server process, LspClient.connect for one in this process');
});
