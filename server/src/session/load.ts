/**
 * A load test from one machine: the same script run for N stations at once, each under its own identity, and the
 * central system's answer times gathered per action into percentiles.
 */
import type { RunResult } from './runScript';

/** The placeholder of a station's number in an identity template: CP{n} gives CP1, CP2, ... */
const numberMark = '{n}';

/** The identities of `count` stations: the template with {n} replaced by 1..count, or with the number appended. */
export function identitiesFor(template: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1);
    return template.includes(numberMark) ? template.split(numberMark).join(n) : template + n;
  });
}

export interface LatencyRow {
  readonly action: string;
  readonly count: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
}

/**
 * The value below which `p` percent of the sorted values lie, by the nearest-rank method: always one of the
 * measured values, never an interpolation, so that "p99 = 40 ms" is a time some CALL really took.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Answer times of our CALLs per action, over every run, in the order the actions first appear. */
export function latencyRows(runs: readonly RunResult[]): LatencyRow[] {
  const byAction = new Map<string, number[]>();
  for (const run of runs) {
    for (const result of run.steps) {
      if (result.latencyMs === undefined) continue;
      if (!byAction.has(result.step.action)) byAction.set(result.step.action, []);
      byAction.get(result.step.action)!.push(result.latencyMs);
    }
  }
  return [...byAction].map(([action, times]) => {
    const sorted = [...times].sort((a, b) => a - b);
    return {
      action, count: sorted.length,
      p50: percentile(sorted, 50), p90: percentile(sorted, 90), p99: percentile(sorted, 99), max: sorted[sorted.length - 1],
    };
  });
}

/** The rows as a plain-text table with aligned columns, times in milliseconds. */
export function latencyTable(rows: readonly LatencyRow[]): string {
  const header = ['action', 'count', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms'];
  const body = rows.map((r) => [r.action, String(r.count), String(r.p50), String(r.p90), String(r.p99), String(r.max)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  // The action column reads left to right; numbers line up on the right.
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), ...body.map(line)].join('\n') + '\n';
}
