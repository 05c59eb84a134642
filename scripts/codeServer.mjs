// Running the packaged extension in a real VS Code (code-server): shared by `npm start` and `npm run test:e2e`.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
export const vsixPath = path.join(root, `${manifest.name}-${manifest.version}.vsix`);

/** Runs a command to completion; throws with its output when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', stdio: options.capture ? 'pipe' : 'inherit', ...options });
  if (result.status !== 0) {
    const output = options.capture ? `\n${result.stdout ?? ''}\n${result.stderr ?? ''}` : '';
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}${output}`);
  }
  return result;
}

export function buildVsix() {
  run('npm', ['run', '-s', 'package']);
  if (!fs.existsSync(vsixPath)) throw new Error(`npm run package did not write ${vsixPath}`);
  return vsixPath;
}

/** Installs Debian packages and code-server when missing (see the script); returns the code-server binary. */
export function installCodeServer() {
  const result = run('bash', [path.join(root, 'test/e2e/install-code-server.sh')], { capture: true, stdio: ['ignore', 'pipe', 'inherit'] });
  return result.stdout.trim().split('\n').pop();
}

/**
 * An environment whose HOME and XDG folders point into `dir`: code-server, Chromium and Neovim write there even
 * when given explicit folders. npm keeps the machine's own configuration.
 */
export function isolatedEnv(dir) {
  const home = path.join(dir, 'home');
  fs.mkdirSync(home, { recursive: true });
  return {
    ...process.env,
    HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_CACHE_HOME: path.join(home, '.cache'), XDG_STATE_HOME: path.join(home, '.local/state'),
    npm_config_userconfig: process.env.npm_config_userconfig ?? path.join(os.homedir(), '.npmrc'),
  };
}

/** Quiet first start: no welcome page, trust prompt, telemetry or update checks. */
export function writeUserSettings(userData, extra = {}) {
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
    ...extra,
  }, null, 2));
}

/** Installs the VSIX into an extensions folder; returns the folder it was unpacked to. */
export function installVsix(codeServer, { vsix, userData, extensions, env }) {
  run(codeServer, ['--user-data-dir', userData, '--extensions-dir', extensions, '--force', '--install-extension', vsix], { env, capture: true });
  const installed = path.join(extensions, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  if (!fs.existsSync(path.join(installed, 'dist', 'server.js'))) throw new Error(`the VSIX did not install to ${installed}`);
  return installed;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server in a process group of its own (it leaves extension hosts and file watchers behind
 * otherwise) and resolves, once /healthz answers, to a function that stops the whole group.
 *
 * Workspace trust is off unless `workspaceTrust` is true. code-server turns VS Code's trust feature off for every
 * window it serves with `--disable-workspace-trust`, whatever `security.workspace.trust.enabled` says; without
 * the flag, the user settings decide (see the Restricted Mode session of test/e2e/run.mjs).
 */
export async function startCodeServer(codeServer, { port, userData, extensions, folder, env, logFile, workspaceTrust = false }) {
  const log = fs.openSync(logFile, 'w');
  const child = spawn(codeServer, [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--cert', 'false',
    '--user-data-dir', userData, '--extensions-dir', extensions,
    '--disable-telemetry', '--disable-update-check', ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override', '--ignore-last-opened', folder,
  ], { detached: true, stdio: ['ignore', log, log], env });
  const stop = () => stopProcessGroup(child.pid);
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return stop;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      stop();
      throw new Error(`code-server did not start on port ${port}:\n${fs.readFileSync(logFile, 'utf8')}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

export function stopProcessGroup(pid) {
  const signal = (name) => {
    try {
      process.kill(-pid, name);
      return true;
    } catch {
      return false; // the group is gone
    }
  };
  if (!signal('SIGTERM')) return;
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    if (!signal(0)) return;
    spawnSync('sleep', ['0.2']);
  }
  signal('SIGKILL');
}
