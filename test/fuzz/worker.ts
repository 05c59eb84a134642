/**
 * Runs fuzz cases [from, to) of one seed in a worker thread, so that the campaign's main thread stays free to
 * notice a case that never returns. Before each case it writes the run index and the text's length into the
 * shared array; it posts its figures every `chunk` cases and each failure as it happens.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { allowedMs, runCase } from '../support/fuzz';
import { emptyFigures, type Figures, type WorkerInput, type WorkerMessage } from './campaign';

const { seed, from, to, shared, stallAt } = workerData as WorkerInput;
const progress = new Int32Array(shared);
// Small chunks: when the watchdog stops this worker, only the figures since the last chunk are lost.
const chunk = 25;

let figures: Figures = emptyFigures();
const post = (message: WorkerMessage) => parentPort!.postMessage(message);
const flush = (through: number) => {
  post({ type: 'figures', figures, through });
  figures = emptyFigures();
};

post({ type: 'ready' });
for (let run = from; run < to; run++) {
  Atomics.store(progress, 0, run);
  if (run === stallAt) for (;;);
  try {
    const { fuzzCase, outcome, retimed } = runCase(seed, run);
    figures.runs++;
    figures.retimed += retimed ? 1 : 0;
    figures.serviceMs += outcome.ms;
    figures.requests += outcome.requests;
    for (const name of fuzzCase.mutations) figures.mutations[name] = (figures.mutations[name] ?? 0) + 1;
    const msPerKb = outcome.ms / Math.max(outcome.kb, 1);
    figures.msPerKb.push(msPerKb);
    const figure = { run, ms: outcome.ms, kb: outcome.kb, mutations: fuzzCase.mutations, seedDocument: fuzzCase.seedName };
    if (!figures.slowest || outcome.ms > figures.slowest.ms) figures.slowest = figure;
    if (!figures.highestMsPerKb || msPerKb > figures.highestMsPerKb.msPerKb) figures.highestMsPerKb = { ...figure, msPerKb };
    if (outcome.kb >= 10) figures.msPerKbLarge.push(msPerKb);
    if (outcome.kb >= 10 && (!figures.highestMsPerKbLarge || msPerKb > figures.highestMsPerKbLarge.msPerKb)) {
      figures.highestMsPerKbLarge = { ...figure, msPerKb };
    }
    const share = outcome.ms / allowedMs(outcome.kb * 1024);
    if (!figures.closestToGuard || share > figures.closestToGuard.share) figures.closestToGuard = { ...figure, share };
  } catch (error) {
    figures.runs++;
    post({ type: 'failure', run, report: error instanceof Error ? error.message : String(error) });
  }
  if ((run - from + 1) % chunk === 0) flush(run + 1);
}
flush(to);
post({ type: 'done' });
