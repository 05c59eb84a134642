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
 * Restricted Mode and virtual workspaces. Checking runs no code from the workspace and opens no connection. Live
 * sessions (issue 14) do open connections, but only when the user asks, and only to endpoints the user chose: in a
 * workspace VS Code does not trust, the workspace's own endpoints (its settings, its .ocpprc.json) are not used,
 * which `untrustedWorkspaces` declares as `limited` with `ocpp.endpoints` restricted. The sources are checked to
 * keep it: only the session engine opens connections.
 */
describe('capabilities', () => {
  const capabilities = manifest.capabilities ?? {};

  test('untrusted workspaces are supported, limited to the user\'s own endpoints: ocpp.endpoints is restricted', () => {
    const untrusted = capabilities.untrustedWorkspaces;
    assert.equal(untrusted?.supported, 'limited');
    assert.deepEqual(untrusted.restrictedConfigurations, ['ocpp.endpoints']);
    assert.match(untrusted.description, /user settings/);
    assert.match(untrusted.description, /\.ocpprc\.json/);
  });

  test('virtual workspaces are supported with a limit the description names: .ocpprc.json is not read there', () => {
    const virtual = capabilities.virtualWorkspaces;
    assert.equal(virtual?.supported, 'limited');
    assert.equal(typeof virtual.description, 'string');
    assert.match(virtual.description, /\.ocpprc\.json/);
    assert.match(virtual.description, /ocpp\.\* settings/);
  });

  test('the settings that take free text are ocpp.files (globs) and ocpp.endpoints (addresses), which untrusted workspaces cannot set', () => {
    interface Schema { type?: string | string[]; enum?: unknown[]; items?: Schema }
    const takesText = (schema: Schema | undefined): boolean => !!schema && (
      ([schema.type].flat().includes('string') && !schema.enum) || [schema.type].flat().includes('object')
      || ([schema.type].flat().includes('array') && takesText(schema.items)));
    const sections = [contributes.configuration ?? []].flat();
    const settings: [string, Schema][] = sections.flatMap((s: { properties?: Record<string, Schema> }) => Object.entries(s.properties ?? {}));
    assert.ok(settings.length > 5, 'the settings were not found');
    // A new one (a program's path, another address) needs `restrictedConfigurations` too.
    assert.deepEqual(settings.filter(([, schema]) => takesText(schema)).map(([key]) => key), ['ocpp.files', 'ocpp.endpoints']);
    assert.ok(capabilities.untrustedWorkspaces?.restrictedConfigurations?.includes('ocpp.endpoints'));
  });

  const sourceFiles = (dir: string): string[] => readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []);
  /** Modules that start programs, run code or open connections. */
  const forbidden = new Set(['child_process', 'cluster', 'worker_threads', 'vm', 'net', 'tls', 'dgram', 'dns', 'http', 'https',
    'http2', 'inspector', 'ws', 'ocpp-rpc', 'undici']);
  /** Where some of them belong: the session engine's sockets, and ocpp-lint's worker threads. */
  const allowed: Record<string, readonly string[]> = {
    'server/src/session/': ['ws', 'net', 'tls', 'http', 'https'],
    'server/src/cli/': ['worker_threads'],
  };

  test('only the session engine opens connections (and ocpp-lint starts worker threads); nothing runs programs', () => {
    const files = [...sourceFiles('client/src'), ...sourceFiles('server/src')];
    assert.ok(files.length > 20, `only ${files.length} source files were found`);
    const found: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      const mayUse = Object.entries(allowed).filter(([folder]) => file.startsWith(folder)).flatMap(([, names]) => names);
      for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)) {
        const name = m[1].replace(/^node:/, '').split('/')[0];
        if (forbidden.has(name) && !mayUse.includes(name)) found.push(`${relative(root, join(root, file))}: ${m[1]}`);
      }
      if (/\beval\s*\(|\bnew\s+Function\s*\(|\bfetch\s*\(/.test(text)) found.push(`${file}: eval, new Function or fetch`);
    }
    assert.deepEqual(found, []);
  });

  test('the client reads the workspace\'s endpoints only in a trusted workspace', () => {
    const endpoints = readFileSync(join(root, 'client/src/session/endpoints.ts'), 'utf8');
    const trusted = endpoints.indexOf('if (vscode.workspace.isTrusted)');
    assert.ok(trusted > 0, 'endpoints.ts asks vscode.workspace.isTrusted');
    for (const workspaceSource of ['workspaceValue', 'workspaceFolderValue', '.ocpprc.json\')']) {
      assert.ok(endpoints.indexOf(workspaceSource) > trusted, `${workspaceSource} is read before the trust check`);
    }
    assert.ok(endpoints.indexOf('globalValue') < trusted, 'the user settings are read whatever the trust');
  });
});

/** Live sessions (issue 14): what the desktop extension contributes, and what the web build must not carry. */
describe('live sessions', () => {
  const commands: { command: string; title: string }[] = contributes.commands ?? [];
  const sessionCommands = ['ocpp.session.connect', 'ocpp.session.listen', 'ocpp.session.disconnect', 'ocpp.session.send',
    'ocpp.session.runScript', 'ocpp.session.saveTranscript', 'ocpp.session.insertExpected', 'ocpp.session.showTraffic'];

  test('every session command is contributed with a title, and registered by the client', () => {
    const registered = readFileSync(join(root, 'client/src/session/commands.ts'), 'utf8');
    for (const id of sessionCommands) {
      assert.ok(commands.some((c) => c.command === id && c.title), `${id} is not contributed`);
      assert.ok(registered.includes(`registerCommand('${id}'`), `${id} is not registered in commands.ts`);
    }
  });

  test('the commands the server\'s lenses name are contributed', () => {
    const lenses = readFileSync(join(root, 'server/src/lsp/sessionLenses.ts'), 'utf8');
    const named = [...lenses.matchAll(/'(ocpp\.session\.\w+)'/g)].map((m) => m[1]);
    assert.ok(named.length >= 3, `read from sessionLenses.ts: ${named.join(', ')}`);
    for (const id of named) assert.ok(commands.some((c) => c.command === id), `${id} is not contributed`);
  });

  test('the palette, menus and the traffic view appear only where sessions run (the desktop extension)', () => {
    const palette: { command: string; when?: string }[] = contributes.menus?.commandPalette ?? [];
    for (const id of sessionCommands) {
      const entry = palette.find((p) => p.command === id);
      assert.ok(entry?.when === 'false' || entry?.when?.includes('ocpp.sessionsAvailable'), `${id} shows in the web palette`);
    }
    const views = Object.values(contributes.views ?? {}).flat() as { id: string; when?: string }[];
    const traffic = views.find((v) => v.id === 'ocpp.sessionTraffic');
    assert.ok(traffic?.when?.includes('ocpp.sessionsAvailable'), 'the traffic view is not held back in the web');
    const panel: { id: string }[] = contributes.viewsContainers?.panel ?? [];
    assert.ok(panel.some((p) => (contributes.views?.[p.id] ?? []).includes(traffic)), 'the traffic view is not in the panel');
  });

  test('the web build carries no session: no WebSocket library in its server, no session command in its extension', () => {
    const worker = readFileSync(join(root, 'dist/browserServer.js'), 'utf8');
    const web = readFileSync(join(root, 'dist/browserExtension.js'), 'utf8');
    const desktopServer = readFileSync(join(root, 'dist/server.js'), 'utf8');
    // ws's handshake header proves the desktop server has it, so its absence in the worker means something.
    assert.match(desktopServer, /Sec-WebSocket-Key/);
    // The request names (protocol.ts) are shared; the handlers (lsp/sessions.ts) and the commands are not.
    assert.ok(desktopServer.includes('No session is connected'), 'the desktop server has the session requests');
    assert.ok(!worker.includes('Sec-WebSocket-Key') && !worker.includes('No session is connected'), 'the worker has sessions');
    assert.ok(readFileSync(join(root, 'dist/client.js'), 'utf8').includes('"ocpp.session.send"'), 'the desktop client has the commands');
    assert.ok(!web.includes('"ocpp.session.send"'), 'the web extension has the session commands');
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
