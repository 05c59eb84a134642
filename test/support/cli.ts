/** Runs ocpp-lint as a user does: `node dist/cli.js ...` in a child process, from a given folder. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';

export const cliPath = resolve(__dirname, '..', '..', 'dist/cli.js');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `input`, when given, is piped to the CLI's standard input. */
export function runCli(cwd: string, args: readonly string[], input?: string): CliRun {
  assert.ok(existsSync(cliPath), `${cliPath} is missing: run \`node esbuild.mjs\` first`);
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8', timeout: 30_000, input });
  assert.equal(result.error, undefined, `the CLI could not be run: ${result.error}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder of files for the CLI to check, written by a test and removed after it. */
export class CliFolder {
  readonly root: string;
  /** The text of each file written, by its path relative to the folder. */
  readonly texts = new Map<string, string>();

  constructor(prefix: string) {
    this.root = mkdtempSync(join(tmpdir(), prefix));
  }

  write(relative: string, text: string): void {
    mkdirSync(join(this.root, relative, '..'), { recursive: true });
    writeFileSync(join(this.root, relative), text);
    this.texts.set(relative, text);
  }

  lint(...args: string[]): CliRun {
    return runCli(this.root, args);
  }

  /** The diagnostics per file, with --format json. */
  reports(...args: string[]): CliRun & { diagnostics: Record<string, Diagnostic[]> } {
    const run = this.lint('--format', 'json', ...args);
    const parsed = JSON.parse(run.stdout || '[]') as { file: string; diagnostics: Diagnostic[] }[];
    return { ...run, diagnostics: Object.fromEntries(parsed.map((r) => [r.file, r.diagnostics])) };
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
