/**
 * The CPU time a process has used, split between its main thread and its other threads, from Linux's
 * /proc/<pid>/task/<tid>/schedstat (the first number is the nanoseconds the thread ran). In a Node server the main
 * thread runs the JavaScript; the others are V8's helpers (optimizing compiles, concurrent marking and sweeping)
 * and libuv's. Elsewhere, or for a process that has gone, the readings are undefined.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface CpuReading {
  /** Nanoseconds per thread id. */
  readonly threads: ReadonlyMap<number, number>;
}

export interface CpuSpent {
  readonly mainMs: number;
  readonly helpersMs: number;
}

export function readCpu(pid: number | undefined): CpuReading | undefined {
  if (pid === undefined || process.platform !== 'linux') return undefined;
  try {
    const threads = new Map<number, number>();
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        threads.set(Number(tid), Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]));
      } catch {
        // The thread ended between the listing and the read: its time is lost, as it would be from the next reading.
      }
    }
    return { threads };
  } catch {
    return undefined;
  }
}

/** What `pid` spent between two readings; a thread born between them counts from zero. */
export function cpuBetween(pid: number, before: CpuReading | undefined, after: CpuReading | undefined): CpuSpent | undefined {
  if (!before || !after) return undefined;
  let mainNs = 0;
  let helpersNs = 0;
  for (const [tid, ns] of after.threads) {
    const spent = ns - (before.threads.get(tid) ?? 0);
    if (tid === pid) mainNs += spent;
    else helpersNs += spent;
  }
  return { mainMs: mainNs / 1e6, helpersMs: helpersNs / 1e6 };
}
