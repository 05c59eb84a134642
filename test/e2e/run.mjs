// npm run test:e2e: the packaged VSIX in a real VS Code (code-server 4.100.3 driven by Debian's Chromium),
// extension-host tests against the installed VSIX, the same VSIX's server inside headless Neovim, and a closing
// `N passed, N failed` line.
//
// Scratch state (HOME, user data, extensions, workspaces) lives in a temp folder and code-server in a process
// group of its own, stopped however the run ends. Screenshots go to test-results/e2e/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import * as esbuild from 'esbuild';
import {
  buildVsix, freePort, manifest, installCodeServer, installVsix, isolatedEnv, root, run, startCodeServer, vsixPath, writeUserSettings,
} from '../../scripts/codeServer.mjs';
import { launchBrowser, runUiChecks } from './ui.mjs';
import { runUi201Checks } from './ui201.mjs';
import { file21, runUi21Checks } from './ui21.mjs';
import { formatFixtures, runUiFormatsChecks } from './uiFormats.mjs';
import { prepareRestrictedWorkspace, restrictedUserSettings, runRestrictedChecks } from './uiRestricted.mjs';
import { prepareWebWorkspace, runWebChecks, webUserSettings } from './uiWeb.mjs';
import { runSessionChecks, runUntrustedSessionChecks } from './uiSession.mjs';

const shots = path.join(root, 'test-results', 'e2e');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ocpp-e2e-'));
// OCPP_E2E_ONLY=ui,session,restricted,web,exthost,nvim runs a subset while working on the checks; CI runs them all.
const only = process.env.OCPP_E2E_ONLY?.split(',');
const wanted = (part) => !only || only.includes(part);

const results = [];
const started = Date.now();
const log = (...args) => console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(0)}s]`, ...args);

async function check(name, body) {
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`ok - ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`not ok - ${name}: ${error?.message ?? error}`);
  }
}

/** Counts the `ok - ` / `not ok - ` lines another runner printed, so each of its tests shows in our summary. */
function recordTap(output, prefix) {
  let seen = 0;
  for (const line of output.split('\n')) {
    const match = /^(?:\[exthost \w+\] )?(ok|not ok) - (.*)$/.exec(line.trim());
    if (!match) continue;
    seen++;
    results.push({ name: `${prefix}: ${match[2]}`, ok: match[1] === 'ok' });
    console.log(`${match[1]} - ${prefix}: ${match[2]}`);
  }
  return seen;
}

/**
 * The examples, plus a plain .json file that `ocpp.files` matches, a JSON file that is not OCPP, an empty file,
 * and, with `with21`, the 2.1 conversation of test/e2e/fixtures/ and its JSON Lines, log and Markdown files with one
 * mistake each (the log over the example charger.ocpp.log).
 */
function prepareWorkspace(name, { with21 = false } = {}) {
  const workspace = path.join(scratch, name);
  fs.cpSync(path.join(root, 'examples'), workspace, { recursive: true });
  fs.mkdirSync(path.join(workspace, 'ocpp'), { recursive: true });
  fs.mkdirSync(path.join(workspace, 'other'), { recursive: true });
  fs.writeFileSync(path.join(workspace, 'ocpp', 'plain-status.json'),
    '[2, "p-1", "StatusNotification", {"connectorId": 0, "errorCode": "NoError", "status": "Charging"}]\n');
  fs.writeFileSync(path.join(workspace, 'other', 'not-ocpp.json'), '{"name": "x", "version": "1.0.0"}\n');
  fs.writeFileSync(path.join(workspace, 'snippet-playground.ocpp.json'), '');
  if (with21) {
    for (const file of [file21, ...formatFixtures]) fs.copyFileSync(path.join(root, 'test/e2e/fixtures', file), path.join(workspace, file));
  }
  return workspace;
}

/** Runs test/e2e/exthost/suite.ts in code-server's real Node extension host, as @vscode/test-electron would. */
async function runExtensionHostSuite({ base, installed, workspace }) {
  const suite = path.join(scratch, 'exthost', 'suite.js');
  await esbuild.build({
    entryPoints: [path.join(root, 'test/e2e/exthost/suite.ts')], outfile: suite, bundle: true,
    platform: 'node', format: 'cjs', external: ['vscode'], logLevel: 'warning',
  });
  const host = new URL(base).host;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', `vscode-remote://${host}${installed}`],
    ['extensionTestsPath', `vscode-remote://${host}${suite}`],
    ['skipWelcome', 'true'],
  ]);
  const browser = await launchBrowser();
  const lines = [];
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const exitCode = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationLog', (type, args) => lines.push(`[exthost ${type}] ${format(...(args ?? []))}`));
      void page.exposeFunction('codeAutomationExit', (code) => resolve(code));
    });
    await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
    const timeout = new Promise((resolve) => setTimeout(() => resolve('a timeout after 240 s'), 240_000));
    const code = await Promise.race([exitCode, timeout]);
    return { code, output: lines.join('\n') };
  } finally {
    await browser.close();
  }
}

function runNeovim({ installed, workspace, env, script = 'lsp-check.lua', file = 'connector-zero-mistakes.ocpp.json' }) {
  // Neovim starts the server by its bin name, as a user's config does: an `ocpp-language-server` on PATH runs
  // the server from the installed VSIX.
  const binDir = path.join(scratch, 'bin');
  fs.mkdirSync(binDir, { recursive: true });
  fs.writeFileSync(path.join(binDir, 'ocpp-language-server'),
    `#!/bin/sh\nexec node ${JSON.stringify(path.join(installed, 'dist', 'server.js'))} "$@"\n`, { mode: 0o755 });
  return spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${path.join(root, 'test/e2e/nvim', script)}`], {
    cwd: workspace, encoding: 'utf8', timeout: 60_000,
    env: { ...env, PATH: `${binDir}:${env.PATH}`, OCPP_FILE: path.join(workspace, file) },
  });
}

async function main() {
  fs.rmSync(shots, { recursive: true, force: true });
  fs.mkdirSync(shots, { recursive: true });
  // OCPP_E2E_REUSE_VSIX=1 lets a developer iterate on the checks without rebuilding; CI always builds.
  let vsix = vsixPath;
  if (process.env.OCPP_E2E_REUSE_VSIX && fs.existsSync(vsix)) log(`reusing ${path.basename(vsix)}`);
  else {
    log('building the VSIX (npm run package)');
    vsix = buildVsix();
  }
  // Two builds ship: the desktop's (client.js, server.js) and the web's (browserExtension.js, browserServer.js).
  await check('the VSIX holds only what runs and weighs at most 700 KB', async () => {
    const size = fs.statSync(vsix).size;
    if (size > 700 * 1024) throw new Error(`${path.basename(vsix)} is ${(size / 1024).toFixed(0)} KB`);
    // vsce lists exactly the files it packs, offline.
    const listed = run('npx', ['vsce', 'ls', '--no-dependencies'], { capture: true }).stdout.split('\n').filter(Boolean);
    const allowed = /^(package\.json|README\.md|LICENSE|language-configuration\.json|dist\/(client|server|browserExtension|browserServer)\.js|syntaxes\/[^/]+\.json)$/;
    const unexpected = listed.filter((f) => !allowed.test(f));
    if (unexpected.length > 0) throw new Error(`unexpected files in the VSIX: ${unexpected.join(', ')}`);
    for (const needed of ['dist/client.js', 'dist/server.js', 'dist/browserExtension.js', 'dist/browserServer.js', 'package.json']) {
      if (!listed.includes(needed)) throw new Error(`the VSIX lacks ${needed}`);
    }
  });
  log('code-server and Debian packages');
  const codeServer = installCodeServer();

  const env = isolatedEnv(scratch);
  const userData = path.join(scratch, 'user-data');
  const extensions = path.join(scratch, 'extensions');
  writeUserSettings(userData, {
    'files.hotExit': 'off',
    'editor.hover.delay': 100,
    'editor.minimap.enabled': false,
    // Suggestions only on Ctrl+Space, and only from language servers and snippets: the checks compare lists.
    'editor.quickSuggestions': { other: false, comments: false, strings: false },
    'editor.wordBasedSuggestions': 'off',
  });
  log(`installing ${path.basename(vsix)} into code-server`);
  const installed = installVsix(codeServer, { vsix, userData, extensions, env });

  /** Serves `folder` from a code-server of its own for the duration of `body(base)`, however it ends. */
  const withCodeServer = async (options, body) => {
    const port = Number(options.port) || (await freePort());
    const base = `http://127.0.0.1:${port}`;
    log(`starting code-server on ${base}${options.workspaceTrust ? ' with workspace trust on' : ''}`);
    const stop = await startCodeServer(codeServer, { ...options, port, extensions, env });
    const stopOnSignal = () => {
      stop();
      process.exit(130);
    };
    process.once('SIGINT', stopOnSignal);
    process.once('SIGTERM', stopOnSignal);
    try {
      await body(base);
    } finally {
      stop();
      process.off('SIGINT', stopOnSignal);
      process.off('SIGTERM', stopOnSignal);
    }
  };

  if (wanted('ui') || wanted('session') || wanted('exthost')) {
    await withCodeServer({
      port: process.env.OCPP_E2E_PORT, userData, folder: scratch, logFile: path.join(scratch, 'code-server.log'),
    }, async (base) => {
      if (wanted('ui')) {
        log('UI checks in Chromium');
        await runUiChecks({ base, workspace: prepareWorkspace('workspace-ui'), shots, check });
        log('UI checks of an OCPP 2.0.1 file, then of a 2.1 file, JSON Lines, a log and Markdown in the same window');
        const workspace = prepareWorkspace('workspace-ui201', { with21: true });
        await runUi201Checks({
          base, workspace, shots, check,
          then: async (session) => {
            await runUi21Checks({ ...session, workspace });
            log('UI checks of JSON Lines, a log and Markdown');
            await runUiFormatsChecks(session);
          },
        });
      }
      if (wanted('session')) {
        log('a live session: "Send" against a test central system on 127.0.0.1');
        await runSessionChecks({ base, folder: path.join(scratch, 'workspace-session'), shots, check });
      }
      if (wanted('exthost')) {
        log('extension-host tests');
        const { code, output } = await runExtensionHostSuite({ base, installed, workspace: prepareWorkspace('workspace-exthost') });
        const seen = recordTap(output, 'extension host');
        if (seen === 0 || code !== 0) {
          results.push({ name: 'extension host: the suite ran to the end', ok: false });
          console.log(`not ok - extension host: the suite ended with ${code} after ${seen} tests\n${output}`);
        }
      }
    });
  }
  if (wanted('restricted')) {
    // Trust is one switch for a whole code-server (its --disable-workspace-trust flag, and
    // security.workspace.trust.enabled, an application setting), so the untrusted workspace gets a short session of
    // its own: its own user data with trust on, the same installed extension.
    log('Restricted Mode: an untrusted workspace in a code-server with workspace trust on');
    const restrictedUserData = path.join(scratch, 'user-data-restricted');
    writeUserSettings(restrictedUserData, { 'files.hotExit': 'off', 'editor.minimap.enabled': false, ...restrictedUserSettings });
    const workspace = prepareRestrictedWorkspace(path.join(scratch, 'workspace-restricted'));
    await withCodeServer({
      userData: restrictedUserData, folder: workspace, logFile: path.join(scratch, 'code-server-restricted.log'), workspaceTrust: true,
    }, async (base) => {
      await runRestrictedChecks({ base, workspace, shots, check });
      await runUntrustedSessionChecks({ base, folder: path.join(scratch, 'workspace-untrusted-session'), shots, check });
    });
  }
  if (wanted('web')) {
    // VS Code's web-worker extension host, as in vscode.dev: a code-server of its own, whose user settings turn that
    // host on and send our extension to it, so the browser build runs instead of the Node one.
    log('the web extension in the web-worker extension host');
    const webUserData = path.join(scratch, 'user-data-web');
    writeUserSettings(webUserData, { 'files.hotExit': 'off', 'editor.minimap.enabled': false, 'editor.hover.delay': 100, ...webUserSettings(manifest) });
    const workspace = prepareWebWorkspace(path.join(scratch, 'workspace-web'));
    await withCodeServer({ userData: webUserData, folder: workspace, logFile: path.join(scratch, 'code-server-web.log') },
      (base) => runWebChecks({ base, workspace, installed, shots, check }));
  }
  if (wanted('nvim')) {
    log('Neovim');
    const workspace = prepareWorkspace('workspace-nvim', { with21: true });
    for (const { which, script, file } of [
      { which: 'the check' },
      { which: 'the 2.0.1 check', script: 'lsp-check-201.lua', file: 'mistakes-201.ocpp.json' },
      { which: 'the 2.1 check', script: 'lsp-check-21.lua', file: file21 },
    ]) {
      const nvim = runNeovim({ installed, workspace, env, script, file });
      const seen = recordTap(`${nvim.stdout}\n${nvim.stderr}`, 'neovim');
      if (seen === 0 || nvim.status !== 0) {
        results.push({ name: `neovim: ${which} ran to the end`, ok: false });
        console.log(`not ok - neovim: ${which} exited with ${nvim.status} after ${seen} checks\n${nvim.stdout}\n${nvim.stderr}`);
      }
    }
  }
}

try {
  await main();
} catch (error) {
  results.push({ name: 'e2e setup', ok: false });
  console.log(`not ok - e2e setup: ${error?.message ?? error}`);
} finally {
  if (!process.env.OCPP_E2E_KEEP) fs.rmSync(scratch, { recursive: true, force: true });
}
const failed = results.filter((r) => !r.ok).length;
log(`screenshots in ${path.relative(root, shots)}/`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
