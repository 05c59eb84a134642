/**
 * A fuzz campaign: cases [first, first + runs) of one seed, run in a worker thread and watched from here. The
 * per-case hang guard (test/support/fuzz.ts) only judges a case once it returns; a case that never returns is
 * caught by the watchdog below, which ends the worker, reports that case, and goes on with a new worker.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { allowedMs, makeCase, reportFailure } from '../support/fuzz';

export interface WorkerInput {
  readonly seed: number;
  readonly from: number;
  readonly to: number;
  /** Int32Array view: [0] the run in progress. */
  readonly shared: SharedArrayBuffer;
  /** For the watchdog's own test: the worker spins forever when it reaches this run. */
  readonly stallAt?: number;
}

export interface CaseFigure {
  readonly run: number;
  readonly ms: number;
  readonly kb: number;
  readonly mutations: readonly string[];
  readonly seedDocument: string;
}

/** What a worker measured over some cases; the campaign adds them up. */
export interface Figures {
  runs: number;
  retimed: number;
  serviceMs: number;
  requests: number;
  mutations: Record<string, number>;
  /** Per case: service time over size, with documents under 1 KB counted as 1 KB (else a 20-character text's 1 ms reads as 50 ms/KB). */
  msPerKb: number[];
  /** The same for documents of 10 KB or more, where the time per KB says more than the fixed cost of a request. */
  msPerKbLarge: number[];
  slowest?: CaseFigure;
  highestMsPerKb?: CaseFigure & { readonly msPerKb: number };
  highestMsPerKbLarge?: CaseFigure & { readonly msPerKb: number };
  /** The case that came closest to the hang guard: its time over the time allowed. */
  closestToGuard?: CaseFigure & { readonly share: number };
}

export const emptyFigures = (): Figures => ({ runs: 0, retimed: 0, serviceMs: 0, requests: 0, mutations: {}, msPerKb: [], msPerKbLarge: [] });

export type WorkerMessage =
  | { readonly type: 'ready' }
  /** `through`: the runs before it are done (the figures of those before the previous message came then). */
  | { readonly type: 'figures'; readonly figures: Figures; readonly through: number }
  | { readonly type: 'failure'; readonly run: number; readonly report: string }
  | { readonly type: 'done' };

export interface Failure {
  readonly run: number;
  readonly report: string;
}

export interface Summary extends Figures {
  readonly seed: number;
  readonly firstRun: number;
  readonly wallMs: number;
  readonly failures: readonly Failure[];
}

export interface CampaignOptions {
  readonly seed: number;
  readonly runs: number;
  readonly firstRun?: number;
  /** Called with the figures so far, about every 250 cases. */
  readonly onProgress?: (summary: Summary) => void;
  /** Called with each failure's report as soon as it is known. */
  readonly onFailure?: (failure: Failure) => void;
  /** Overrides the watchdog's limit (ms per case), for its own test. */
  readonly watchdogMs?: number;
  /** For the watchdog's own test: a case that never returns. */
  readonly stallAt?: number;
  /** Worker threads, each with a contiguous slice of the runs; by default one per CPU. */
  readonly workers?: number;
}

/**
 * How long one case may run before the watchdog gives up on it: four times its hang guard (a slow case is timed
 * three times before it fails), and at least a minute.
 */
function watchdogMs(textLength: number): number {
  return Math.max(60_000, 4 * allowedMs(textLength));
}

function merge(into: Figures, more: Figures) {
  into.runs += more.runs;
  into.retimed += more.retimed;
  into.serviceMs += more.serviceMs;
  into.requests += more.requests;
  for (const [name, count] of Object.entries(more.mutations)) into.mutations[name] = (into.mutations[name] ?? 0) + count;
  for (const value of more.msPerKb) into.msPerKb.push(value);
  for (const value of more.msPerKbLarge) into.msPerKbLarge.push(value);
  if (more.slowest && (!into.slowest || more.slowest.ms > into.slowest.ms)) into.slowest = more.slowest;
  if (more.highestMsPerKb && (!into.highestMsPerKb || more.highestMsPerKb.msPerKb > into.highestMsPerKb.msPerKb)) into.highestMsPerKb = more.highestMsPerKb;
  if (more.highestMsPerKbLarge && (!into.highestMsPerKbLarge || more.highestMsPerKbLarge.msPerKb > into.highestMsPerKbLarge.msPerKb)) {
    into.highestMsPerKbLarge = more.highestMsPerKbLarge;
  }
  if (more.closestToGuard && (!into.closestToGuard || more.closestToGuard.share > into.closestToGuard.share)) into.closestToGuard = more.closestToGuard;
}

export async function runCampaign(options: CampaignOptions): Promise<Summary> {
  const { seed, runs } = options;
  const firstRun = options.firstRun ?? 0;
  const started = performance.now();
  const campaign: Campaign = {
    options,
    figures: emptyFigures(),
    failures: [],
    summary: () => ({ ...campaign.figures, seed, firstRun, wallMs: performance.now() - started, failures: campaign.failures }),
  };
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), runs));
  const slices = Array.from({ length: workers }, (_, i) =>
    [firstRun + Math.floor((i * runs) / workers), firstRun + Math.floor(((i + 1) * runs) / workers)] as const);
  await Promise.all(slices.map(([from, to]) => runSlice(campaign, from, to)));
  // Failures are reported as they happen; the summary lists them by run, the same way every time.
  campaign.failures.sort((a, b) => a.run - b.run);
  return campaign.summary();
}

interface Campaign {
  readonly options: CampaignOptions;
  readonly figures: Figures;
  readonly failures: Failure[];
  readonly summary: () => Summary;
}

function fail(campaign: Campaign, failure: Failure) {
  campaign.failures.push(failure);
  campaign.options.onFailure?.(failure);
}

/** Runs [first, end) in one worker, and in a new one from the next run whenever a case hangs or kills it. */
async function runSlice(campaign: Campaign, first: number, end: number) {
  for (let from = first; from < end;) from = await runWorker(campaign, from, end);
}

/** Resolves with the run to go on from: `end` when the worker finished. */
function runWorker(campaign: Campaign, from: number, end: number): Promise<number> {
  const { options, figures } = campaign;
  const { seed } = options;
  return new Promise<number>((resolve, reject) => {
    const shared = new SharedArrayBuffer(4);
    const progress = new Int32Array(shared);
    Atomics.store(progress, 0, from);
    const input: WorkerInput = { seed, from, to: end, shared, stallAt: options.stallAt };
    // The worker's first case also loads the service and the seed corpus: it gets a minute whatever the option says.
    const limitFor = (run: number) => Math.max(options.watchdogMs ?? watchdogMs(makeCase(seed, run).text.length), run === from ? 60_000 : 0);
    // The worker is TypeScript: tsx's require hook loads it, as `--import tsx` does for this thread.
    const worker = new Worker(`require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(require.resolve('./worker.ts'))});`,
      { eval: true, workerData: input });
    let settled = false;
    let heard = false;
    // The runs before `reached` are counted in `figures`; a stopped worker's later ones still ran, without failing.
    let reached = from;
    let watched = { run: from, since: performance.now(), limit: limitFor(from) };
    const settle = (next: number) => {
      settled = true;
      clearInterval(timer);
      void worker.terminate();
      resolve(next);
    };
    const stop = (run: number, error: unknown) => {
      if (settled) return;
      fail(campaign, { run, report: reportFailure(makeCase(seed, run), error) });
      figures.runs += run + 1 - reached;
      settle(run + 1);
    };
    const timer = setInterval(() => {
      const run = Atomics.load(progress, 0);
      if (run !== watched.run) {
        watched = { run, since: performance.now(), limit: limitFor(run) };
      } else if (performance.now() - watched.since > watched.limit) {
        stop(run, new Error(`hang: case still running after ${(watched.limit / 1000).toFixed(1)} s; the worker was stopped`));
      }
    }, 250);
    worker.on('message', (message: WorkerMessage) => {
      heard = true;
      if (message.type === 'figures') {
        merge(figures, message.figures);
        reached = message.through;
        options.onProgress?.(campaign.summary());
      } else if (message.type === 'failure') {
        fail(campaign, { run: message.run, report: message.report });
      } else if (message.type === 'done' && !settled) {
        settle(end);
      }
    });
    // An error no try/catch sees (running out of memory, say) ends the worker: blame the case it was on. A worker
    // that dies before a word is broken itself (it did not load, say): stop rather than fail 100,000 runs one by one.
    const died = (error: Error) => {
      if (settled) return;
      if (heard) return stop(Atomics.load(progress, 0), error);
      settle(end);
      reject(new Error(`the fuzz worker failed before its first case: ${error.stack ?? error.message}`));
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`the worker exited with code ${code}`)));
  });
}

/** The value below which `fraction` of the values lie (nearest rank). */
function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

const max = (values: readonly number[]) => values.reduce((a, b) => Math.max(a, b), -Infinity);

export function formatSummary(summary: Summary): string {
  const perKb = summary.msPerKb;
  const large = summary.msPerKbLarge;
  const describe = (c: CaseFigure) => `seed ${summary.seed}, run ${c.run}: ${c.ms.toFixed(1)} ms on ${c.kb.toFixed(1)} KB `
    + `(${c.seedDocument}; ${c.mutations.join(', ')})`;
  const kinds = Object.entries(summary.mutations).sort((a, b) => b[1] - a[1]);
  return [
    `runs: ${summary.runs} (seed ${summary.seed}, runs ${summary.firstRun} to ${summary.firstRun + summary.runs - 1})`,
    `requests: ${summary.requests}`,
    `mutations by kind: ${kinds.map(([name, count]) => `${name} ${count}`).join(', ')}`,
    `total time: ${(summary.wallMs / 1000).toFixed(1)} s (${(summary.serviceMs / 1000).toFixed(1)} s inside the service)`,
    `ms per KB (documents under 1 KB count as 1 KB): median ${percentile(perKb, 0.5).toFixed(3)}, p99 ${percentile(perKb, 0.99).toFixed(2)}, `
      + `max ${max(perKb).toFixed(2)}${summary.highestMsPerKb ? ` (${describe(summary.highestMsPerKb)})` : ''}`,
    `ms per KB from 10 KB up (${large.length} cases): median ${percentile(large, 0.5).toFixed(3)}, p99 ${percentile(large, 0.99).toFixed(2)}, `
      + `max ${max(large).toFixed(2)}${summary.highestMsPerKbLarge ? ` (${describe(summary.highestMsPerKbLarge)})` : ''}`,
    summary.slowest ? `slowest case: ${describe(summary.slowest)}` : '',
    summary.closestToGuard ? `closest to the hang guard: ${(100 * summary.closestToGuard.share).toFixed(1)}% of its allowance, ${describe(summary.closestToGuard)}` : '',
    `cases timed again after going over the hang guard: ${summary.retimed}`,
    `failures: ${summary.failures.length}${summary.failures.length ? ` (runs ${summary.failures.map((f) => f.run).join(', ')})` : ''}`,
  ].filter(Boolean).join('\n');
}
