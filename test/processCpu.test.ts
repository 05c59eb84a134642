/**
 * The benchmark's reading of where a server's CPU time goes (test/support/processCpu.ts): a child that keeps its
 * main thread busy is seen spending it there, and one whose worker thread is busy while the main thread waits is
 * seen spending it on its other threads.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cpuBetween, readCpu } from './support/processCpu';

const busyMs = 300;

/**
 * Starts a child that, once told on stdin, keeps a thread busy until the process has used busyMs more of CPU time
 * (CPU time, not wall time, so a loaded machine only makes it take longer), then says so on stdout.
 */
async function busyChild(where: 'main' | 'worker'): Promise<{ child: ChildProcess; run: () => Promise<void> }> {
  const spin = `const from = process.cpuUsage(); for (let u = from; u.user + u.system < ${busyMs * 1000}; u = process.cpuUsage(from));`;
  const script = where === 'main'
    ? `process.stdin.once('data', () => { ${spin} process.stdout.write('done'); }); process.stdout.write('ready');`
    : `const { Worker } = require('node:worker_threads');
       process.stdin.once('data', () => {
         const worker = new Worker(${JSON.stringify(`${spin} require('node:worker_threads').parentPort.postMessage(0);`)}, { eval: true });
         worker.once('message', () => { process.stdout.write('done'); worker.terminate(); });
       });
       process.stdout.write('ready');`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  await once(child.stdout!, 'data');
  return {
    child,
    run: async () => {
      child.stdin!.write('go');
      await once(child.stdout!, 'data');
    },
  };
}

/** What the child spent while one of its threads was busy. */
async function spentWhileBusy(where: 'main' | 'worker') {
  const { child, run } = await busyChild(where);
  try {
    const before = readCpu(child.pid);
    await run();
    return cpuBetween(child.pid!, before, readCpu(child.pid))!;
  } finally {
    child.kill();
  }
}

const linuxOnly = { skip: process.platform !== 'linux' && 'reads /proc' };

test('a busy main thread is counted as the main thread\'s time', linuxOnly, async () => {
  const spent = await spentWhileBusy('main');
  assert.ok(spent.mainMs >= 0.8 * busyMs, `main ${spent.mainMs} ms`);
  assert.ok(spent.helpersMs < 0.5 * busyMs, `helpers ${spent.helpersMs} ms`);
});

test('a busy worker thread is counted as the other threads\' time', linuxOnly, async () => {
  const spent = await spentWhileBusy('worker');
  assert.ok(spent.helpersMs >= 0.8 * busyMs, `helpers ${spent.helpersMs} ms`);
  assert.ok(spent.mainMs < 0.5 * busyMs, `main ${spent.mainMs} ms`);
});

test('no reading for a process that is not there', () => {
  assert.equal(readCpu(undefined), undefined);
  assert.equal(cpuBetween(1, undefined, undefined), undefined);
});
