/**
 * The layers of the code, as the folders' READMEs state them: each README under server/src and client/src ends
 * its description with a `May import:` line, and every relative import of every file must go to its own folder or
 * to one the line names. On top of that, the issue's hard rule: the service imports no OCPP version, so the
 * version folders (ocpp/v16, ...) are imported only from within themselves and by ocpp/catalogs.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '..');
const serverSrc = join(root, 'server/src');

interface Rule {
  /** A folder or a file, absolute. */
  readonly target: string;
  /** When set, only this file of the folder may use the rule. */
  readonly onlyFrom?: string;
}

interface Layer {
  readonly folder: string;
  readonly rules: readonly Rule[];
}

function filesUnder(folder: string, ending: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path, ending) : path.endsWith(ending) ? [path] : [];
  });
}

/** Every folder with a README that says what it may import, and its rules. */
function readLayers(): Map<string, Layer> {
  const layers = new Map<string, Layer>();
  for (const readme of [...filesUnder(serverSrc, 'README.md'), ...filesUnder(join(root, 'client/src'), 'README.md')]) {
    const folder = dirname(readme);
    const line = readFileSync(readme, 'utf8').split('\n').find((l) => l.startsWith('May import:'));
    assert.ok(line, `${relative(root, readme)} has no "May import:" line`);
    // Entries are relative to server/src for the server's folders, to the repository for the client's.
    const base = folder.startsWith(serverSrc) ? serverSrc : root;
    const entries = line.slice('May import:'.length).split(',').map((e) => e.trim()).filter((e) => e && e !== '(nothing)');
    const rules = entries.map((entry): Rule => {
      const only = /^(\S+) \((\S+) only\)$/.exec(entry);
      const target = join(base, only ? only[1] : entry);
      assert.ok(existsSync(target), `${relative(root, readme)} names ${entry}, which does not exist`);
      return only ? { target, onlyFrom: join(folder, only[2]) } : { target };
    });
    layers.set(folder, { folder, rules });
  }
  return layers;
}

/** The deepest folder with a README that holds `file`. */
function layerOf(layers: Map<string, Layer>, file: string): Layer | undefined {
  for (let folder = dirname(file); folder.startsWith(root); folder = dirname(folder)) {
    const layer = layers.get(folder);
    if (layer) return layer;
  }
  return undefined;
}

/** The files a source file imports by relative path (static imports and re-exports), resolved. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s*'(\.{1,2}\/[^']*)'/g)) {
    const base = resolve(dirname(file), match[1]);
    const target = [`${base}.ts`, join(base, 'index.ts'), base].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    assert.ok(target, `${relative(root, file)} imports ${match[1]}, which resolves to no file`);
    found.push(target);
  }
  return found;
}

const within = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

const sources = [...filesUnder(serverSrc, '.ts'), ...filesUnder(join(root, 'client/src'), '.ts')];

test('every folder of server/src and client/src says what it may import, and every import keeps to it', () => {
  const layers = readLayers();
  const violations: string[] = [];
  for (const file of sources) {
    const layer = layerOf(layers, file);
    assert.ok(layer, `${relative(root, file)} lies in no folder with a README`);
    for (const target of importsOf(file)) {
      if (layerOf(layers, target) === layer) continue;
      const allowed = layer.rules.some((rule) => within(target, rule.target) && (!rule.onlyFrom || rule.onlyFrom === file));
      if (!allowed) violations.push(`${relative(root, file)} -> ${relative(root, target)}`);
    }
  }
  assert.deepEqual(violations, []);
});

test('no OCPP version is imported outside its own folder except by ocpp/catalogs.ts and a later version derived from it, and the service imports no catalog list', () => {
  const versionFolders = readdirSync(join(serverSrc, 'ocpp')).filter((name) => /^v\d+$/.test(name)).map((name) => join(serverSrc, 'ocpp', name));
  assert.ok(versionFolders.length > 0, 'the version folders are found');
  const registry = join(serverSrc, 'ocpp/catalogs.ts');
  const layers = readLayers();
  const violations: string[] = [];
  for (const file of sources) {
    for (const target of importsOf(file)) {
      const version = versionFolders.find((folder) => within(target, folder));
      // A later version is data over an earlier one (2.1 over 2.0.1), as its README's May import line says.
      const importer = versionFolders.find((folder) => within(file, folder));
      const derived = importer !== undefined && version !== undefined && (layers.get(importer)?.rules ?? []).some((r) => r.target === version);
      if (version && !within(file, version) && file !== registry && !derived) violations.push(`${relative(root, file)} -> ${relative(root, target)}`);
      if (within(file, join(serverSrc, 'service')) && (target === registry || target === join(serverSrc, 'product.ts'))) {
        violations.push(`${relative(root, file)} -> ${relative(root, target)}`);
      }
    }
  }
  assert.deepEqual(violations, []);
});

test('the import reader sees what it must: a violation in a sample is reported', () => {
  // The checks above pass vacuously if no import is read; the service's facade has a dozen.
  const facade = importsOf(join(serverSrc, 'service/index.ts'));
  assert.ok(facade.some((target) => target.endsWith('service/check/validate.ts')), 'the facade imports validate.ts');
  const layers = readLayers();
  const json = layerOf(layers, join(serverSrc, 'json/jsonTree.ts'))!;
  assert.ok(!json.rules.some((rule) => within(join(serverSrc, 'service/index.ts'), rule.target)), 'json/ may not import the service');
});
