/**
 * The web worker's side of the environment seam (server/src/browserEnvironment.ts): no file is ever read, so no
 * `.ocpprc.json` is looked for, and the timers work. The browser entries import nothing of Node's (esbuild's browser
 * build would fail on it too; this says which file). The web build itself runs in test/e2e/uiWeb.mjs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { browserEnvironment } from '../server/src/browserEnvironment';
import { ConfigFiles } from '../server/src/configFile';

const root = resolve(__dirname, '..');

test('no document URI names a file, nothing is read, and so no settings file is found', () => {
  for (const uri of ['file:///work/a.ocpp.json', 'vscode-vfs://github/o/r/a.ocpp.json', 'untitled:Untitled-1']) {
    assert.equal(browserEnvironment.uriToPath(uri), undefined, uri);
  }
  const read = browserEnvironment.readTextFile('/work/.ocpprc.json');
  assert.ok('error' in read && read.error.length > 0);
  assert.equal(browserEnvironment.isFile('/work/.ocpprc.json'), false);
  assert.equal(new ConfigFiles(browserEnvironment).nearest('/work/sub'), undefined);
});

test('paths walk up to the root, where the settings-file lookup stops', () => {
  assert.equal(browserEnvironment.dirname('/work/sub'), '/work');
  assert.equal(browserEnvironment.dirname('/work'), '/');
  assert.equal(browserEnvironment.dirname('/'), '/');
  assert.equal(browserEnvironment.joinPath('/work/', '.ocpprc.json'), '/work/.ocpprc.json');
});

test('a timer fires, and a cleared one does not', async () => {
  const fired: string[] = [];
  browserEnvironment.setTimeout(() => fired.push('kept'), 1);
  browserEnvironment.clearTimeout(browserEnvironment.setTimeout(() => fired.push('cleared'), 1));
  browserEnvironment.clearTimeout(undefined);
  await new Promise((done) => setTimeout(done, 20));
  assert.deepEqual(fired, ['kept']);
  assert.ok(Math.abs(browserEnvironment.now().getTime() - Date.now()) < 1000);
});

test('the browser entries import nothing of Node\'s', () => {
  for (const file of ['server/src/browserServer.ts', 'server/src/browserEnvironment.ts', 'client/src/browserExtension.ts', 'client/src/client.ts']) {
    const text = readFileSync(resolve(root, file), 'utf8');
    const imports = [...text.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
    assert.ok(imports.length > 0, `${file}: no imports found`);
    const nodeOnes = imports.filter((s) => s.startsWith('node:') || s.endsWith('/node') || s.includes('nodeEnvironment'));
    assert.deepEqual(nodeOnes, [], file);
  }
});
