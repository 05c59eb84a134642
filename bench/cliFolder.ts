/**
 * `ocpp-lint` on a folder of thousands of files, as CI runs it: the built CLI (dist/cli.js) in a child process, on
 * one thread (--jobs 1) and on every core (the default), in MB of text per second. Measured only.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateConversation, generateConversation201 } from '../test/support/corpus';

// This file runs bundled in dist/bench/ (bench/build.mjs).
const cli = resolve(__dirname, '..', 'cli.js');

/** 2,000 conversations of about 5 KB, half 1.6 and half 2.0.1: 10 MB in all. */
function writeFolder(): { dir: string; files: number; bytes: number } {
  const dir = join(tmpdir(), 'ocpp-bench-cli-folder');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  const files = 2000;
  for (let i = 0; i < files; i++) {
    const text = i % 2 === 0 ? generateConversation(5_000, i).text : generateConversation201(5_000, i).text;
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `session-${String(i).padStart(4, '0')}.ocpp.json`), text);
  }
  return { dir, files, bytes };
}

function timeRun(dir: string, args: readonly string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, [cli, ...args, '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  const elapsed = performance.now() - start;
  if (run.status !== 0 && run.status !== 1) throw new Error(`ocpp-lint failed (${run.status}): ${run.stderr}`);
  return elapsed;
}

/**
 * Prints ocpp-lint's throughput on one thread and on a thread per core (best of three each, the process start
 * included); the default takes threads only on machines of four cores or more.
 */
export function benchCliFolder(): void {
  const { dir, files, bytes } = writeFolder();
  const best = (args: readonly string[]) => Math.min(...[0, 1, 2].map(() => timeRun(dir, args)));
  const one = best(['--jobs', '1']);
  const all = best(['--jobs', String(availableParallelism())]);
  const mbs = (elapsed: number) => (bytes / 1e6 / (elapsed / 1000)).toFixed(1);
  console.log(`\nocpp-lint on a folder of ${files.toLocaleString('en')} files (${(bytes / 1e6).toFixed(1)} MB, 1.6 and 2.0.1 conversations), best of 3, process start included:`);
  console.log(`  --jobs 1                    ${Math.round(one)} ms   ${mbs(one)} MB/s`);
  console.log(`  --jobs ${availableParallelism()} (a thread per core)   ${Math.round(all)} ms   ${mbs(all)} MB/s   (${(one / all).toFixed(2)}x)`);
  rmSync(dir, { recursive: true, force: true });
}
