/**
 * `npm run bench`: our diagnostics side by side with the parse floor and the peer on the same generated
 * conversations, then editing latency through the real server and retained memory. Prints plain tables to
 * paste into the README. Measured only: nothing here passes or fails.
 *
 * The npm script builds first: the stdio part runs dist/server.js.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism, cpus } from 'node:os';
import { resolve } from 'node:path';
import { parseTree } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';
import { writeCorpus, type CorpusFile } from './corpus';
import { conversationSchema, createPeer } from './peer';
import { measureEdits } from './server';

const started = performance.now();
// With --expose-gc (the npm script sets it) each timed run starts from a collected heap, so one run does not
// pay for the garbage of the one before.
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** Timed runs after the warm-up, per size: fewer for big files: the whole bench takes about 70 s on 2 cores. */
const runs: Record<string, { warmUp: number; timed: number }> = {
  '1 KB': { warmUp: 50, timed: 200 },
  '100 KB': { warmUp: 5, timed: 30 },
  '1 MB': { warmUp: 2, timed: 10 },
  '10 MB': { warmUp: 1, timed: 3 },
};

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value: number) => value.toFixed(value < 1 ? 3 : value < 100 ? 1 : 0);
const ratio = (value: number) => `${value.toFixed(2)}x`;
const mb = (bytes: number) => bytes / 1e6;

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

interface SizeResult {
  readonly floor: number;
  readonly ours: number;
  readonly peer: number;
}

let uris = 0;

/** The three checks of one file, each run in turn so that drift in the machine touches all of them alike. */
async function compare(file: CorpusFile): Promise<SizeResult> {
  const { text } = file;
  const peer = createPeer(file.name.replace(' ', ''), conversationSchema(text));
  const measures: Record<keyof SizeResult, () => unknown> = {
    floor: () => parseTree(text),
    // A fresh service and a fresh uri each run: nothing of an earlier run is cached.
    ours: () => getLanguageService({ catalogs }).doValidation(TextDocument.create(`file:///bench/run-${uris++}.ocpp.json`, 'ocpp', 1, text)),
    peer: () => peer.validate(text),
  };
  const times: Record<keyof SizeResult, number[]> = { floor: [], ours: [], peer: [] };
  const { warmUp, timed } = runs[file.name];
  for (let run = 0; run < warmUp + timed; run++) {
    for (const name of Object.keys(measures) as (keyof SizeResult)[]) {
      gc();
      const start = performance.now();
      await measures[name]();
      if (run >= warmUp) times[name].push(performance.now() - start);
    }
  }

  // Outside the timing: how many diagnostics each found, and the share of frames ours flags.
  const ours = getLanguageService({ catalogs }).doValidation(TextDocument.create('file:///bench/count.ocpp.json', 'ocpp', 1, text));
  const { diagnostics: theirs } = await peer.validate(text);
  const flaggedLines = new Set(ours.map((d) => d.range.start.line)).size;
  const result = { floor: median(times.floor), ours: median(times.ours), peer: median(times.peer) };

  console.log(`\n${file.name}: ${text.length.toLocaleString('en')} characters, ${file.frames.toLocaleString('en')} frames, ${file.actions} actions, ` +
    `${[...file.defects.values()].reduce((a, b) => a + b, 0)} defects of ${file.defects.size} kinds, ` +
    `${(100 * flaggedLines / file.frames).toFixed(1)}% of frames with a diagnostic (${ours.length} from us, ${theirs.length} from the peer); ` +
    `median of ${timed} runs after ${warmUp} warm-up`);
  console.log(table([
    ['measure', 'median ms', 'ratio to parseTree'],
    ['floor: jsonc-parser parseTree', ms(result.floor), ratio(1)],
    ['ours: doValidation, cold', ms(result.ours), ratio(result.ours / result.floor)],
    ['peer: vscode-json-languageservice + official schemas', ms(result.peer), ratio(result.peer / result.floor)],
  ]));
  return result;
}

/** Completion and hover inside the status value of the last StatusNotification, the document already parsed. */
function warmLatency(file: CorpusFile) {
  const { text } = file;
  const service = getLanguageService({ catalogs });
  const document = TextDocument.create('file:///bench/warm.ocpp.json', 'ocpp', 1, text);
  service.doValidation(document);
  const call = text.lastIndexOf('"StatusNotification",{"');
  const value = text.indexOf('"status":"', call) + '"status":"'.length;
  const position = document.positionAt(value + 2); // "Av|ailable"
  const calls = 1000;
  const time = (request: () => unknown) => {
    for (let i = 0; i < 100; i++) request();
    const times: number[] = [];
    for (let i = 0; i < calls; i++) {
      const start = performance.now();
      request();
      times.push(performance.now() - start);
    }
    return median(times);
  };
  const completion = time(() => service.doComplete(document, position));
  const hover = time(() => service.doHover(document, position));
  const items = service.doComplete(document, position).items.length;
  const hovers = service.doHover(document, position) !== null;
  const line = position.line + 1;
  console.log(`\nWarm latency in the ${file.name} file (status value on line ${line} of ${text.split('\n').length}, median of ${calls} calls):`);
  console.log(`  completion ${ms(completion)} ms (${items} items)   hover ${ms(hover)} ms (${hovers ? 'a hover' : 'no hover!'})`);
  return { completion, hover };
}

async function serverLatency(file: CorpusFile) {
  const edits = 7;
  const immediate = await measureEdits(file.text, edits, 0);
  const shipped = await measureEdits(file.text, 3);
  const edit = median(immediate.editMs);
  console.log(`\nThrough the server over stdio, ${file.name} file (dist/server.js --stdio):`);
  console.log(`  one-character didChange to its publishDiagnostics, validationDelay 0: median ${ms(edit)} ms of ${edits} edits ` +
    `(${immediate.editMs.map(ms).join(', ')})`);
  console.log(`  the same with the delay the server ships with: median ${ms(median(shipped.editMs))} ms of ${shipped.editMs.length} edits`);
  console.log(`  didOpen to first diagnostics: ${ms(immediate.openMs)} ms`);
  return edit;
}

/** Each checker in its own process with --expose-gc, so the benchmark's own allocations are not counted. */
function retainedMemory(file: CorpusFile) {
  const bytes = Buffer.byteLength(file.text);
  const perMb = (which: string) => {
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', resolve(__dirname, 'memory.ts'), which, file.path],
      { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`memory ${which} failed: ${child.stderr}`);
    return mb((JSON.parse(child.stdout) as { retainedBytes: number }).retainedBytes) / mb(bytes);
  };
  const result = { ours: perMb('ours'), parseTree: perMb('parseTree'), peer: perMb('peer') };
  console.log(`\nRetained heap after checking the ${file.name} file (${mb(bytes).toFixed(1)} MB; MB retained per MB of text, MB = 10^6 bytes):`);
  console.log(`  ours ${result.ours.toFixed(1)}   parseTree ${result.parseTree.toFixed(1)}   peer ${result.peer.toFixed(1)}`);
  return result.ours;
}

async function main() {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`OCPP Authoring benchmark: node ${process.version}, ${availableParallelism()} cores (${cpu}), ${process.platform}/${process.arch}`);
  const corpus = writeCorpus();
  console.log(`Corpus (seeded, regenerated each run) in ${resolve(corpus[0].path, '..')}`);

  const results = new Map<string, SizeResult>();
  for (const file of corpus) results.set(file.name, await compare(file));
  const byName = (name: string) => corpus.find((f) => f.name === name)!;

  const warm = warmLatency(byName('1 MB'));
  const edit = await serverLatency(byName('10 MB'));
  const retained = retainedMemory(byName('10 MB'));

  // The targets, with the figure that decides each. Reported, never asserted.
  const verdict = (met: boolean) => (met ? 'met   ' : 'missed');
  console.log('\nTargets (issue 6):');
  for (const name of ['1 MB', '10 MB']) {
    const r = results.get(name)!;
    console.log(`  ${verdict(r.ours <= 0.5 * r.floor)} cold at most 0.5x parseTree at ${name}: ${ratio(r.ours / r.floor)}`);
    console.log(`  ${verdict(r.peer >= 3 * r.ours)} at least 3x faster than the peer at ${name}: the peer's time / ours = ${(r.peer / r.ours).toFixed(2)}`);
  }
  console.log(`  ${verdict(edit <= 20)} fresh diagnostics within 20 ms of a one-character edit at 10 MB: ${ms(edit)} ms`);
  console.log(`  ${verdict(warm.completion <= 1 && warm.hover <= 1)} warm completion and hover at most 1 ms at 1 MB: ${ms(warm.completion)} / ${ms(warm.hover)} ms`);
  console.log(`  ${verdict(retained <= 5)} at most 5 MB retained per MB of text: ${retained.toFixed(1)}`);
  console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
