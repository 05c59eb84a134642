/** package.json and .vscodeignore: what VS Code and vsce read must exist, parse and agree. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes ?? {};

interface Contribution {
  id?: string;
  language?: string;
  scopeName?: string;
  path?: string;
  configuration?: string;
  extensions?: string[];
}
const languages: Contribution[] = contributes.languages ?? [];
const grammars: Contribution[] = contributes.grammars ?? [];

const withoutDotSlash = (path: string) => path.replace(/^\.\//, '');
function readJson(relative: string): unknown {
  const path = join(root, withoutDotSlash(relative));
  assert.ok(existsSync(path), `${relative} is named in package.json but does not exist`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new assert.AssertionError({ message: `${relative} is not valid JSON: ${(error as Error).message}` });
  }
}

describe('contributes', () => {
  test('no static snippet file: the language server offers each document its own version\'s snippets', () => {
    assert.equal(contributes.snippets, undefined);
    assert.ok(!existsSync(join(root, 'snippets')), 'snippets/ is gone with the contribution');
  });

  test('every contributed file exists and parses as JSON', () => {
    const paths = [
      ...languages.map((l) => l.configuration),
      ...grammars.map((g) => g.path),
    ];
    assert.ok(paths.length >= 2, 'expected a language configuration and a grammar');
    for (const path of paths) {
      assert.equal(typeof path, 'string', `a contribution has no path: ${JSON.stringify(contributes)}`);
      readJson(path!);
    }
  });

  test('the ocpp language claims *.ocpp.json and is what the grammar is for', () => {
    const ocpp = languages.find((l) => l.id === 'ocpp');
    assert.ok(ocpp, 'no language with id "ocpp"');
    assert.ok(ocpp.extensions?.includes('.ocpp.json'), `extensions are ${ocpp.extensions}`);
    const ids = languages.map((l) => l.id);
    for (const c of grammars) assert.ok(ids.includes(c.language), `${c.path} is for unknown language ${c.language}`);
  });

  test('each grammar file declares the scopeName package.json gives it', () => {
    assert.ok(grammars.length > 0);
    for (const g of grammars) {
      const grammar = readJson(g.path!) as { scopeName?: string };
      assert.equal(grammar.scopeName, g.scopeName, `${g.path}`);
    }
  });

  test('the ocpp.files setting exists with an array default', () => {
    const sections = [contributes.configuration ?? []].flat();
    const setting = sections.map((s: { properties?: Record<string, { default?: unknown }> }) => s.properties?.['ocpp.files']).find(Boolean);
    assert.ok(setting, 'no ocpp.files setting');
    assert.ok(Array.isArray(setting.default), `its default is ${JSON.stringify(setting.default)}`);
  });
});

/**
 * Restricted Mode and virtual workspaces. `untrustedWorkspaces: { supported: true }` is a promise: checking runs no
 * code from the workspace and opens no connection, so there is nothing to hold back until the user trusts the folder.
 * The sources are checked to keep it: a feature that starts programs or talks to the network must be off until
 * the workspace is trusted (`vscode.workspace.isTrusted`), and the declaration becomes `limited`, saying what is off.
 */
describe('capabilities', () => {
  const capabilities = manifest.capabilities ?? {};

  test('untrusted workspaces are supported in full, with no setting held back', () => {
    assert.deepEqual(capabilities.untrustedWorkspaces, { supported: true });
  });

  test('virtual workspaces are supported with a limit the description names: .ocpprc.json is not read there', () => {
    const virtual = capabilities.virtualWorkspaces;
    assert.equal(virtual?.supported, 'limited');
    assert.equal(typeof virtual.description, 'string');
    assert.match(virtual.description, /\.ocpprc\.json/);
    assert.match(virtual.description, /ocpp\.\* settings/);
  });

  test('the only setting that takes free text is ocpp.files, globs of files to read: nothing names a program or an address', () => {
    interface Schema { type?: string | string[]; enum?: unknown[]; items?: Schema }
    const takesText = (schema: Schema | undefined): boolean => !!schema && (
      ([schema.type].flat().includes('string') && !schema.enum) || [schema.type].flat().includes('object')
      || ([schema.type].flat().includes('array') && takesText(schema.items)));
    const sections = [contributes.configuration ?? []].flat();
    const settings: [string, Schema][] = sections.flatMap((s: { properties?: Record<string, Schema> }) => Object.entries(s.properties ?? {}));
    assert.ok(settings.length > 5, 'the settings were not found');
    // A new one (a program's path, a server address) would need `restrictedConfigurations` and a "limited" declaration.
    assert.deepEqual(settings.filter(([, schema]) => takesText(schema)).map(([key]) => key), ['ocpp.files']);
  });

  const sourceFiles = (dir: string): string[] => readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []);
  /** Modules that start programs, run code or open connections. */
  const forbidden = new Set(['child_process', 'cluster', 'worker_threads', 'vm', 'net', 'tls', 'dgram', 'dns', 'http', 'https',
    'http2', 'inspector', 'ws', 'ocpp-rpc', 'undici']);

  test('the extension and its server import nothing that runs programs or opens connections', () => {
    const files = [...sourceFiles('client/src'), ...sourceFiles('server/src')];
    assert.ok(files.length > 20, `only ${files.length} source files were found`);
    const found: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)) {
        const name = m[1].replace(/^node:/, '').split('/')[0];
        if (forbidden.has(name)) found.push(`${relative(root, join(root, file))}: ${m[1]}`);
      }
      if (/\beval\s*\(|\bnew\s+Function\s*\(|\bfetch\s*\(/.test(text)) found.push(`${file}: eval, new Function or fetch`);
    }
    assert.deepEqual(found, [], 'off until the workspace is trusted, and capabilities.untrustedWorkspaces made "limited"');
  });
});

/** The lowest version a simple range admits, for ranges like ^1.100.0, ~1.100.0, >=1.100.0 or 1.100.0. */
function minimumVersion(range: string): { major: number; minor: number; patch: number; caret: boolean } {
  const m = /^(\^|~|>=)?\s*(\d+)\.(\d+)\.(\d+)$/.exec(range.trim());
  assert.ok(m, `engines.vscode "${range}" is not a simple range this test understands`);
  return { major: Number(m[2]), minor: Number(m[3]), patch: Number(m[4]), caret: m[1] === '^' };
}

describe('the extension entry', () => {
  test('main is the bundled client', () => {
    assert.equal(manifest.main, './dist/client.js');
  });

  test('activation is never eager', () => {
    const events: unknown = manifest.activationEvents ?? [];
    assert.ok(Array.isArray(events));
    for (const event of events) assert.notEqual(event, '*', 'activationEvents must not contain "*"');
  });

  test('every language the client checks documents of activates it, so a window opening only such a file is checked', () => {
    const client = readFileSync(join(__dirname, '..', 'client', 'src', 'client.ts'), 'utf8');
    const named = [...client.matchAll(/language: '(\w+)'/g)].map((m) => m[1]);
    const listed = /\[((?:'\w+',?\s*)+)\]\.map\(\(language\)/.exec(client)?.[1].match(/\w+/g) ?? [];
    const languages = [...new Set([...named, ...listed])];
    assert.ok(languages.includes('markdown') && languages.includes('jsonl'), `read from client.ts: ${languages.join(', ')}`);
    const events: string[] = manifest.activationEvents ?? [];
    assert.deepEqual(languages.filter((language) => !events.includes(`onLanguage:${language}`)), []);
  });

  test('engines.vscode admits VS Code 1.100', () => {
    const range = manifest.engines?.vscode;
    assert.equal(typeof range, 'string', 'engines.vscode is missing');
    const min = minimumVersion(range);
    const rank = (v: { major: number; minor: number; patch: number }) => (v.major * 1000 + v.minor) * 1000 + v.patch;
    assert.ok(rank(min) <= rank({ major: 1, minor: 100, patch: 0 }), `engines.vscode "${range}" requires more than 1.100.0`);
    // A caret range stays within its major version; 1.100 must be inside it.
    if (min.caret) assert.equal(min.major, 1, `engines.vscode "${range}" excludes 1.x`);
  });

  test('bin names the CLI and the language server', () => {
    const bin: Record<string, string> = manifest.bin ?? {};
    assert.equal(withoutDotSlash(bin['ocpp-lint'] ?? ''), 'dist/cli.js');
    assert.equal(withoutDotSlash(bin['ocpp-language-server'] ?? ''), 'dist/server.js');
  });
});

describe('.vscodeignore', () => {
  const patterns = readFileSync(join(root, '.vscodeignore'), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

  // vsce applies the patterns in order and the last one matching a path decides; `!` re-includes.
  const toRegExp = (glob: string) =>
    new RegExp(`^${glob.replace(/\*\*\/|\*\*|\*|\?|[.+^${}()|[\]\\]/g, (t) =>
      t === '**/' ? '(?:.*/)?' : t === '**' ? '.*' : t === '*' ? '[^/]*' : t === '?' ? '[^/]' : `\\${t}`)}$`);
  const rules = patterns.map((p) => ({ include: p.startsWith('!'), re: toRegExp(p.replace(/^!/, '').replace(/\/$/, '/**')) }));
  const packaged = (path: string) => rules.reduce((inside, r) => (r.re.test(path) ? r.include : inside), true);

  test('starts by leaving everything out', () => {
    assert.equal(patterns[0], '**');
  });

  test('packs the bundled client and server and the files VS Code reads', () => {
    for (const path of ['package.json', 'dist/client.js', 'dist/server.js', 'language-configuration.json',
      'syntaxes/ocpp.tmLanguage.json']) {
      assert.ok(packaged(path), `${path} would be left out of the VSIX`);
    }
  });

  test('leaves out sources, tests, scripts, source maps and dependencies', () => {
    for (const path of ['client/src/extension.ts', 'server/src/lsp/server.ts', 'server/src/service/index.ts',
      'test/manifest.test.ts', 'scripts/generate.ts', 'dist/client.js.map', 'dist/server.js.map',
      'node_modules/jsonc-parser/package.json', 'tsconfig.json', 'esbuild.mjs']) {
      assert.ok(!packaged(path), `${path} would be packed into the VSIX`);
    }
  });
});
