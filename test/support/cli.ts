/** Runs ocpp-lint as a user does: `node dist/cli.js ...` in a child process, from a given folder. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

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
