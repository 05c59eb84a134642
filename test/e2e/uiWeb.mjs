// The web extension (package.json `browser`) in VS Code's web-worker extension host, as vscode.dev and github.dev run
// it, in the real VS Code (code-server) through Debian's Chromium. run.mjs serves this workspace from a code-server
// of its own whose user settings turn the worker host on (`extensions.webWorker`) and send our extension there
// (`remote.extensionKind`: ["web"]); the installed VSIX is the same as the other sessions'. In code-server 4.100.3
// the kind is what decides: with ["web"] the extension ran in the worker even with `extensions.webWorker` false, and
// with ["workspace"] in the Node host even with it true (the second check then fails).
//
// The checks: the extension really runs in the browser (its browser entry is loaded and no Node process runs the
// installed dist/server.js), and the language server in its web worker does its work: the squiggle under
// "Charging" at connector 0, the status bar's version, and the hover.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openSession } from './ui.mjs';

export const webFile = 'status.ocpp.json';
const frame = '[2, "w-1", "StatusNotification", {"connectorId": 0, "errorCode": "NoError", "status": "Charging"}]\n';

/** The user settings of the web session: the web-worker extension host on, and our extension sent there. */
export function webUserSettings(manifest) {
  return {
    'extensions.webWorker': true,
    'remote.extensionKind': { [`${manifest.publisher}.${manifest.name}`]: ['web'] },
  };
}

/** Writes the web session's workspace into `folder` and returns it. */
export function prepareWebWorkspace(folder) {
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, webFile), frame);
  return folder;
}

/** The command lines of the processes running `script`, this test's own `ps` aside. */
function processesRunning(script) {
  const ps = spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
  if (ps.status !== 0) throw new Error(`ps failed: ${ps.stderr}`);
  return ps.stdout.split('\n').filter((line) => line.includes(script));
}

export async function runWebChecks({ base, workspace, installed, shots, check: record }) {
  const { browser, page, shot, check } = await openSession(shots, record);
  const editor = page.locator(`.monaco-editor[data-uri$="${webFile}"]`);
  const loaded = [];
  browser.context.on('request', (request) => loaded.push(request.url()));
  try {
    await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: new RegExp(`^${webFile.replace(/\./g, '\\.')}$`) }).first();
    await row.waitFor({ timeout: 60_000 });
    await row.click();
    await editor.locator('.view-lines').waitFor({ timeout: 20_000 });

    await check('web worker: one squiggle, under "Charging", from the language server in a web worker', async () => {
      const squiggle = editor.locator('.squiggly-error');
      await squiggle.first().waitFor({ timeout: 60_000 });
      const count = await squiggle.count();
      if (count !== 1) throw new Error(`${count} error squiggles`);
      const under = await squiggle.first().boundingBox();
      const word = await editor.locator('.view-line span', { hasText: /^"?Charging"?$/ }).first().boundingBox();
      if (!under || !word || under.x > word.x + 2 || under.x + under.width < word.x + word.width - 2) {
        throw new Error(`the squiggle at ${JSON.stringify(under)} is not under "Charging" (at ${JSON.stringify(word)})`);
      }
      await shot('web-worker');
    });

    await check('web worker: the extension runs from its browser entry, and no Node process runs its server', async () => {
      const entry = `${encodeURIComponent(path.join(installed, 'dist', 'browserExtension.js'))}`;
      if (!loaded.some((url) => url.includes(entry))) throw new Error('the page never loaded dist/browserExtension.js');
      const nodeServers = processesRunning(path.join(installed, 'dist', 'server.js'));
      if (nodeServers.length > 0) throw new Error(`the Node server runs: ${nodeServers.join('; ')}`);
    });

    await check('web worker: the status bar shows the version the server detected', async () => {
      await page.locator('.statusbar-item', { hasText: 'OCPP 1.6' }).first().waitFor({ timeout: 30_000 });
    });

    await check('web worker: hovering the status value shows its description', async () => {
      await editor.locator('.view-line span', { hasText: /^"?Charging"?$/ }).first().hover();
      await page.locator('.monaco-hover', { hasText: 'contactor is closed' }).first().waitFor({ state: 'visible', timeout: 30_000 });
      await page.waitForTimeout(500);
      await shot('web-worker-hover');
    });
  } finally {
    await shot('web-worker-last').catch(() => {});
    await browser.close();
  }
}
