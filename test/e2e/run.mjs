// npm run test:e2e: the packaged VSIX in a real VS Code (code-server 4.100.3 through Debian's Chromium), the
// same VSIX's server inside headless Neovim, and a closing `N passed, N failed` line.
//
// Everything it starts runs in its own process group and is stopped however the run ends. Scratch state
// (HOME, user data, extensions, the workspace) lives in a temp folder; screenshots go to test-results/e2e/.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import * as esbuild from 'esbuild';
import { launchBrowser, runUiChecks } from './ui.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const extensionId = `${manifest.publisher}.${manifest.name}`;
const vsix = path.join(root, `${manifest.name}-${manifest.version}.vsix`);
const shots = path.join(root, 'test-results', 'e2e');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ocpp-e2e-'));
const only = process.env.OCPP_E2E_ONLY?.split(',');

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

/** Records the `ok - ` / `not ok - ` lines another runner printed, so every test counts in our summary. */
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

const isolatedEnv = () => {
  const home = path.join(scratch, 'home');
  fs.mkdirSync(home, { recursive: true });
  return {
    ...process.env,
    // code-server, Chromium and Neovim write into HOME even with explicit folders.
    HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_CACHE_HOME: path.join(home, '.cache'), XDG_STATE_HOME: path.join(home, '.local/state'),
    // ...but npm must keep the machine's configuration (nodedir etc.).
    npm_config_userconfig: process.env.npm_config_userconfig ?? path.join(os.homedir(), '.npmrc'),
  };
};

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', stdio: options.capture ? 'pipe' : 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}${options.capture ? `\n${result.stdout}\n${result.stderr}` : ''}`);
  }
  return result;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function prepareWorkspace() {
  const workspace = path.join(scratch, 'workspace');
  fs.cpSync(path.join(root, 'examples'), workspace, { recursive: true });
  fs.mkdirSync(path.join(workspace, 'ocpp'), { recursive: true });
  fs.mkdirSync(path.join(workspace, 'other'), { recursive: true });
  fs.writeFileSync(path.join(workspace, 'ocpp', 'plain-status.json'),
    '[2, "p-1", "StatusNotification", {"connectorId": 0, "errorCode": "NoError", "status": "Charging"}]\n');
  fs.writeFileSync(path.join(workspace, 'other', 'not-ocpp.json'), '{"name": "x", "version": "1.0.0"}\n');
  fs.writeFileSync(path.join(workspace, 'snippet-playground.ocpp.json'), '');
  return workspace;
}

function writeUserSettings(userData) {
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'update.mode': 'none',
    'workbench.tips.enabled': false,
    'window.restoreWindows': 'none',
    'files.hotExit': 'off',
    'editor.hover.delay': 100,
    'editor.minimap.enabled': false,
    // Suggestions only on Ctrl+Space, and only from language servers and snippets: the checks compare lists.
    'editor.quickSuggestions': { other: false, comments: false, strings: false },
    'editor.wordBasedSuggestions': 'off',
  }, null, 2));
}

/** Starts code-server in a process group of its own and resolves once /healthz answers. */
async function startCodeServer(bin, { port, userData, extensions, workspace, env }) {
  const logFile = fs.openSync(path.join(scratch, 'code-server.log'), 'w');
  const child = spawn(bin, [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--cert', 'false',
    '--user-data-dir', userData, '--extensions-dir', extensions,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened', workspace,
  ], { detached: true, stdio: ['ignore', logFile, logFile], env });
  const stop = () => stopGroup(child.pid);
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return stop;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      stop();
      throw new Error(`code-server did not start:\n${fs.readFileSync(path.join(scratch, 'code-server.log'), 'utf8')}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

function stopGroup(pid) {
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    try {
      process.kill(-pid, 0);
    } catch {
      return;
    }
    spawnSync('sleep', ['0.2']);
  }
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // gone between the checks
  }
}

/** Runs the extension-host suite in code-server's real Node extension host, as @vscode/test-electron would. */
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
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 240_000));
    const code = await Promise.race([exitCode, timeout]);
    return { code, output: lines.join('\n') };
  } finally {
    await browser.close();
  }
}

function runNeovim({ installed, workspace, env }) {
  // Neovim starts the server by its bin name, as a user's config would: put an `ocpp-language-server` on PATH
  // that runs the server from the installed VSIX.
  const binDir = path.join(scratch, 'bin');
  fs.mkdirSync(binDir, { recursive: true });
  const shim = path.join(binDir, 'ocpp-language-server');
  fs.writeFileSync(shim, `#!/bin/sh\nexec node ${JSON.stringify(path.join(installed, 'dist', 'server.js'))} "$@"\n`, { mode: 0o755 });
  return spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${path.join(root, 'test/e2e/nvim/lsp-check.lua')}`], {
    cwd: workspace, encoding: 'utf8', timeout: 60_000,
    env: { ...env, PATH: `${binDir}:${env.PATH}`, OCPP_FILE: path.join(workspace, 'connector-zero-mistakes.ocpp.json') },
  });
}

async function main() {
  fs.rmSync(shots, { recursive: true, force: true });
  fs.mkdirSync(shots, { recursive: true });
  // OCPP_E2E_REUSE_VSIX=1 lets a developer iterate on the checks without rebuilding; CI always builds.
  if (process.env.OCPP_E2E_REUSE_VSIX && fs.existsSync(vsix)) {
    log(`reusing ${path.basename(vsix)}`);
  } else {
    log('building the VSIX (npm run package)');
    run('npm', ['run', '-s', 'package']);
  }
  if (!fs.existsSync(vsix)) throw new Error(`npm run package did not write ${vsix}`);

  log('code-server and Debian packages');
  const installer = run('bash', [path.join(root, 'test/e2e/install-code-server.sh')], { capture: true, stdio: ['ignore', 'pipe', 'inherit'] });
  const codeServer = installer.stdout.trim().split('\n').pop();

  const env = isolatedEnv();
  const userData = path.join(scratch, 'user-data');
  const extensions = path.join(scratch, 'extensions');
  const workspace = prepareWorkspace();
  writeUserSettings(userData);

  log(`installing ${path.basename(vsix)} into code-server`);
  run(codeServer, ['--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix], { env, capture: true });
  const installed = path.join(extensions, `${extensionId}-${manifest.version}`);
  if (!fs.existsSync(path.join(installed, 'dist', 'server.js'))) throw new Error(`the VSIX did not install to ${installed}`);

  const port = Number(process.env.OCPP_E2E_PORT) || (await freePort());
  const base = `http://127.0.0.1:${port}`;
  log(`starting code-server on ${base}`);
  const stop = await startCodeServer(codeServer, { port, userData, extensions, workspace, env });
  const stopOnSignal = () => {
    stop();
    process.exit(130);
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    if (!only || only.includes('ui')) {
      log('UI checks in Chromium');
      await runUiChecks({ base, workspace, shots, check });
    }
    if (!only || only.includes('exthost')) {
      log('extension-host tests');
      const { code, output } = await runExtensionHostSuite({ base, installed, workspace: prepareWorkspaceCopy(workspace) });
      const seen = recordTap(output, 'extension host');
      if (seen === 0 || code !== 0) {
        results.push({ name: 'extension host: suite exit', ok: false });
        console.log(`not ok - extension host: the suite ended with ${code} after ${seen} tests\n${output}`);
      }
    }
  } finally {
    stop();
  }
  if (!only || only.includes('nvim')) {
    log('Neovim');
    const nvim = runNeovim({ installed, workspace, env });
    const seen = recordTap(`${nvim.stdout}\n${nvim.stderr}`, 'neovim');
    if (seen === 0 || nvim.status !== 0) {
      results.push({ name: 'neovim: exit', ok: false });
      console.log(`not ok - neovim: exited with ${nvim.status} after ${seen} checks\n${nvim.stdout}\n${nvim.stderr}`);
    }
  }
}

/** The extension-host suite edits and reconfigures its workspace, so it gets a fresh copy. */
function prepareWorkspaceCopy(workspace) {
  const copy = path.join(scratch, 'workspace-exthost');
  fs.cpSync(workspace, copy, { recursive: true });
  // The UI checks applied a quick fix; start the suite from the original example.
  fs.copyFileSync(path.join(root, 'examples', 'connector-zero-mistakes.ocpp.json'), path.join(copy, 'connector-zero-mistakes.ocpp.json'));
  return copy;
}

let fatal;
try {
  await main();
} catch (error) {
  fatal = error;
  console.log(`not ok - e2e setup: ${error?.message ?? error}`);
  results.push({ name: 'e2e setup', ok: false });
} finally {
  if (!process.env.OCPP_E2E_KEEP) fs.rmSync(scratch, { recursive: true, force: true });
}
const failed = results.filter((r) => !r.ok).length;
log(`screenshots in ${path.relative(root, shots)}/`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 || fatal ? 1 : 0);
