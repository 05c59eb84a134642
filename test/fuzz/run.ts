/**
 * The long fuzz campaign: `npm run fuzz -- --runs 100000 [--seed N] [--from R]`, or one case again with
 * `--seed N --case R`. Prints its figures at the end and exits with 1 if any case failed; each failure's
 * report names its seed and run and the file its text was written to.
 */
import { parseArgs } from 'node:util';
import { formatSummary, runCampaign } from './campaign';
import { makeCase } from '../support/fuzz';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    from: { type: 'string', default: '0' },
    case: { type: 'string' },
  },
});

function integer(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) {
    console.error(`--${name} takes a whole number of 0 or more, not ${JSON.stringify(text)}`);
    process.exit(2);
  }
  return value;
}

const seed = integer('seed', values.seed);
const one = values.case === undefined ? undefined : integer('case', values.case);
const firstRun = one ?? integer('from', values.from);
const runs = one === undefined ? integer('runs', values.runs) : 1;

if (one !== undefined) {
  const fuzzCase = makeCase(seed, one);
  console.log(`case seed ${seed}, run ${one}: ${fuzzCase.seedName}; ${fuzzCase.mutations.join(', ')}; ${fuzzCase.uri}; `
    + `${fuzzCase.text.length} characters`);
}

async function main() {
  let lastPrinted = performance.now();
  const summary = await runCampaign({
    seed, runs, firstRun,
    onProgress: (so) => {
      if (performance.now() - lastPrinted < 10_000) return;
      lastPrinted = performance.now();
      const rate = so.runs / (so.wallMs / 1000);
      console.log(`${so.runs} of ${runs} runs, ${(so.wallMs / 1000).toFixed(0)} s, ${rate.toFixed(0)} runs/s, ${so.failures.length} failures`);
    },
    onFailure: (failure) => console.error(`\n${failure.report}\n`),
  });
  console.log(`\n${formatSummary(summary)}`);
  process.exitCode = summary.failures.length === 0 && summary.runs === runs ? 0 : 1;
}

void main();
