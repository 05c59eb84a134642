/**
 * No Node below the environment seam (server/src/environment.ts): every file reachable from server/src/lsp and
 * server/src/service is read with the TypeScript parser, and none may import a Node module (or the Node-only files:
 * the stdio entry, the Node environment, the CLI), and what startServer runs may not use Node's globals or timers
 * either. A browser worker can then run the same server with an environment of its own.
 * test/environment.test.ts shows the seam carries the server's files and timers.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(__dirname, '..');
const src = resolve(root, 'server/src');
/** The files that may use Node, and so must not be reached from lsp/ or service/. */
const nodeOnly = ['server/src/node.ts', 'server/src/nodeEnvironment.ts', 'server/src/lsp/memoryUsage.ts', 'server/src/lsp/stdioConnection.ts',
  'server/src/lsp/keptBufferWriter.ts', 'server/src/lsp/messageBytes.ts'];
const nodeGlobals = new Set(['process', 'Buffer', 'require', 'module', '__dirname', '__filename', 'global', 'NodeJS',
  'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']);

interface Scan {
  /** Module specifiers as written, with static imports, re-exports, import() and require() alike. */
  readonly imports: string[];
  /** Node's globals and timers, each as `line: name`. */
  readonly globals: string[];
}

function scan(fileName: string, text: string): Scan {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const imports: string[] = [];
  const globals: string[] = [];
  const note = (node: ts.Node, name: string) => {
    globals.push(`${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${name}`);
  };
  const isImportCall = (node: ts.CallExpression) => node.expression.kind === ts.SyntaxKind.ImportKeyword
    || (ts.isIdentifier(node.expression) && node.expression.text === 'require');
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      imports.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && isImportCall(node) && node.arguments.length > 0 && ts.isStringLiteral(node.arguments[0])) {
      imports.push(node.arguments[0].text);
    } else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'globalThis'
      && nodeGlobals.has(node.name.text)) {
      note(node, `globalThis.${node.name.text}`);
    } else if (ts.isIdentifier(node) && nodeGlobals.has(node.text) && !isMemberName(node)) {
      note(node, node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { imports, globals };
}

/** `x.setTimeout`, `{ setTimeout: ... }`, an interface's `setTimeout(...)`, `A.NodeJS`: names of members, not globals. */
function isMemberName(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent)) return parent.name === node;
  if (ts.isQualifiedName(parent)) return parent.right === node;
  return (ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isMethodSignature(parent)
    || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node;
}

function isNodeModule(specifier: string): boolean {
  return specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0])
    // The Node entries of the LSP libraries (`vscode-languageserver/node`); a browser entry uses `/browser`.
    || /^vscode-(languageserver|languageserver-protocol|jsonrpc)\/node$/.test(specifier);
}

function resolveRelative(from: string, specifier: string): string {
  const base = resolve(from, '..', specifier.replace(/\.js$/, ''));
  const found = [`${base}.ts`, resolve(base, 'index.ts'), base].find((path) => path.endsWith('.ts') && existsSync(path));
  assert.ok(found, `${relative(root, from)} imports ${specifier}, which resolves to no .ts file`);
  return found;
}

function tsFilesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = resolve(folder, entry.name);
    return entry.isDirectory() ? tsFilesUnder(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every file reachable from `seeds` through relative imports, with what each imports and uses. */
function reachable(seeds: readonly string[]): Map<string, Scan> {
  const scans = new Map<string, Scan>();
  const queue = [...seeds];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (scans.has(file)) continue;
    const found = scan(file, readFileSync(file, 'utf8'));
    scans.set(file, found);
    for (const specifier of found.imports) if (specifier.startsWith('.')) queue.push(resolveRelative(file, specifier));
  }
  return scans;
}

const name = (file: string) => relative(root, file).split('\\').join('/');

describe('no Node below the seam', () => {
  test('the scanner sees imports, Node globals and timers, and not members, comments or strings of the same name', () => {
    const found = scan('sample.ts', [
      "import { readFileSync } from 'node:fs';", "import type { Stats } from 'fs';", "export * from './x';",
      "import { createConnection } from 'vscode-languageserver/node';", "const os = require('os');",
      'setTimeout(() => undefined, 1);', 'const t: NodeJS.Timeout | undefined = undefined;', 'globalThis.process.exit(1);',
      '// process.memoryUsage() and setTimeout in a comment', "const s = 'Buffer';", 'environment.setTimeout(() => undefined, 1);',
      'const o = { clearTimeout: 1 };', 'interface E { setTimeout(ms: number): void }', 'const b = Buffer.from(s);',
    ].join('\n'));
    assert.deepEqual(found.imports, ['node:fs', 'fs', './x', 'vscode-languageserver/node', 'os']);
    assert.deepEqual(found.imports.filter(isNodeModule), ['node:fs', 'fs', 'vscode-languageserver/node', 'os']);
    assert.deepEqual(found.globals, ['5: require', '6: setTimeout', '7: NodeJS', '8: globalThis.process', '14: Buffer']);
  });

  test('nothing reachable from server/src/lsp or server/src/service imports a Node module, nor the Node-only files', () => {
    const seeds = [...tsFilesUnder(resolve(src, 'lsp')), ...tsFilesUnder(resolve(src, 'service'))]
      .filter((file) => !nodeOnly.includes(name(file)));
    const scans = reachable(seeds);
    const expected = ['lsp/server.ts', 'lsp/settings.ts', 'lsp/documentRequests.ts', 'configFile.ts', 'environment.ts', 'service/index.ts'];
    for (const file of expected) assert.ok(scans.has(resolve(src, file)), `the walk reached ${file}`);
    const isNodeOnlyFile = (file: string) => nodeOnly.includes(name(file)) || name(file).startsWith('server/src/cli/');
    const offences = [...scans].flatMap(([file, { imports }]) => imports
      .filter((specifier) => isNodeModule(specifier) || (specifier.startsWith('.') && isNodeOnlyFile(resolveRelative(file, specifier))))
      .map((specifier) => `${name(file)} imports ${specifier}`));
    assert.deepEqual(offences, [], 'files, paths and timers come through the Environment (server/src/environment.ts)');
  });

  test('what startServer runs uses none of Node\'s globals or timers: they come from the environment', () => {
    const scans = reachable([resolve(src, 'lsp/server.ts'), resolve(src, 'service/index.ts')]);
    assert.ok(!scans.has(resolve(src, 'lsp/memoryUsage.ts')), 'ocpp/memoryUsage (process.memoryUsage) is for the Node entry only');
    assert.ok(scans.size > 20, `only ${scans.size} files reached`);
    const offences = [...scans].flatMap(([file, { globals }]) => globals.map((use) => `${name(file)}:${use}`));
    assert.deepEqual(offences, []);
  });
});
