#!/usr/bin/env node
/**
 * ocpp-run: a conversation file run as a test against a live central system (or, listening, a live station),
 * for CI. One line per step as it finishes, then a summary.
 *   ocpp-run (--url URL --identity ID | --listen PORT [--host ADDRESS]) [--ocpp-version V] [--as station|csms] [--timeout S]
 *            [--transcript FILE] [--junit FILE] [--ca FILE] [--cert FILE --key FILE] [--stations N] <script>
 * Exit status: 0 every step passed, 1 a step failed, 2 usage error, unreadable file, or no session.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { getLanguageService } from '../service';
import { catalogs } from '../product';
import { nodeEnvironment } from '../nodeEnvironment';
import { cleartextPasswordWarning, connectStation, listenCentral } from '../session';
import { junitXml, type Unreached } from '../session/junit';
import { identitiesFor, latencyRows, latencyTable } from '../session/load';
import { runScript, type RunResult, type RunTimers, type StepResult } from '../session/runScript';
import { readScript, type Script } from '../session/script';
import { SessionFailure, type Session, type TlsFiles } from '../session/types';
import { parseRunArgs, usage, type RunArgs } from './runOptions';

/** Where the CLI writes; tests may collect the lines instead of the process's streams. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

const processOutput: Output = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

/** The run's exit status; everything it has to say goes to `output` as it happens. */
export async function runCli(args: readonly string[], env: NodeJS.ProcessEnv = process.env, cwd = process.cwd(),
  output: Output = processOutput): Promise<number> {
  const parsed = parseRunArgs(args);
  if (parsed === 'help') {
    output.out(usage);
    return 0;
  }
  if ('error' in parsed) {
    output.err(`ocpp-run: ${parsed.error}\n\n${usage}`);
    return 2;
  }
  const options = parsed;

  let text: string;
  let tls: TlsFiles;
  try {
    text = readFileSync(resolve(cwd, options.script), 'utf8').replace(/^\uFEFF/, '');
    tls = {
      ca: options.ca === undefined ? undefined : readFileSync(resolve(cwd, options.ca), 'utf8'),
      cert: options.cert === undefined ? undefined : readFileSync(resolve(cwd, options.cert), 'utf8'),
      key: options.key === undefined ? undefined : readFileSync(resolve(cwd, options.key), 'utf8'),
    };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    output.err(`ocpp-run: cannot read ${e.path ?? options.script}: ${e.code ?? String(error)}`);
    return 2;
  }

  // The same service as ocpp-lint's: the script is read exactly as the checker and the editor read it.
  const service = getLanguageService(options.version === undefined ? { catalogs } : { catalogs, version: options.version, versionSource: '--ocpp-version' });
  const script = readScript(service, nodeEnvironment.pathToUri(resolve(cwd, options.script)), text, options.role);
  if (script.errors.length > 0) {
    for (const error of script.errors) output.err(`ocpp-run: ${options.script}: ${error}`);
    return 2;
  }
  for (const note of script.notes) output.out(`note: ${options.script}: ${note}`);

  // An empty variable is no password: CI systems often define secrets that are unset on forks as "".
  const password = env.OCPP_PASSWORD === '' ? undefined : env.OCPP_PASSWORD;
  // Listening on the network with a password and no TLS, the stations' passwords would come in clear text.
  const listenAddress = options.cert === undefined ? `ws://${(options.host ?? '127.0.0.1').includes(':') ? `[${options.host}]` : options.host ?? '127.0.0.1'}/` : undefined;
  const warning = options.url !== undefined ? cleartextPasswordWarning(options.url, password)
    : listenAddress !== undefined && cleartextPasswordWarning(listenAddress, password) !== undefined
      ? `Stations would send their password to ${options.host} over plain ws://, in clear text that anyone on the network can read. ` +
        'Give --cert and --key to listen on wss:// (security profile 2).'
      : undefined;
  if (warning !== undefined) output.err(`ocpp-run: warning: ${warning}`);

  const started = Date.now();
  const several = (options.stations ?? 1) > 1;
  const peer = options.role === 'station' ? 'the central system' : 'the station';
  const printer = (identity: string) => (result: StepResult) => printStep(output, several ? identity : undefined, peer, result);
  const outcome = options.url !== undefined
    ? await runAsStations(options, script, tls, password, printer, output)
    : await runAsCentral(options, script, tls, password, printer, output);
  const { runs } = outcome;

  if (runs.length > 0) printSummary(output, script, runs, Date.now() - started);
  if (options.stations !== undefined && runs.length > 0) output.out('\n' + latencyTable(latencyRows(runs)).trimEnd());
  try {
    if (options.junit !== undefined) writeFileSync(resolve(cwd, options.junit), junitXml(basename(options.script), runs, outcome.unreached));
    if (options.transcript !== undefined) {
      for (const { identity, transcript } of outcome.transcripts) {
        writeFileSync(resolve(cwd, several ? transcriptPathFor(options.transcript, identity) : options.transcript), transcript);
      }
    }
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    output.err(`ocpp-run: cannot write ${e.path ?? 'a report'}: ${e.code ?? String(error)}`);
    return 2;
  }
  if (outcome.unreached.length > 0) return 2;
  return runs.every((run) => run.steps.every((s) => s.passed)) ? 0 : 1;
}

interface Outcome {
  readonly runs: RunResult[];
  readonly transcripts: { identity: string; transcript: string }[];
  /** The stations that got no session, and why (or, listening, the stations that did not come). */
  readonly unreached: Unreached[];
}

type Printer = (identity: string) => (result: StepResult) => void;

/** The steps' waits for the other side's CALLs keep the process alive, as a run in progress should. */
const nodeTimers: RunTimers<NodeJS.Timeout> = { setTimeout, clearTimeout };

/** --url: one session per identity, all at once, each running the whole script. */
async function runAsStations(options: RunArgs, script: Script, tls: TlsFiles, password: string | undefined,
  printer: Printer, output: Output): Promise<Outcome> {
  const identities = options.stations === undefined ? [options.identity!] : identitiesFor(options.identity!, options.stations);
  const runs: RunResult[] = [];
  const transcripts: { identity: string; transcript: string }[] = [];
  const unreached: Unreached[] = [];
  await Promise.all(identities.map(async (identity) => {
    let session: Session;
    try {
      session = await connectStation({ url: options.url!, identity, version: script.version, password, timeoutMs: options.timeoutMs, ...tls });
    } catch (error) {
      unreached.push({ identity, reason: `no session with ${options.url}: ${reason(error)}` });
      output.err(`ocpp-run: ${identity}: no session with ${options.url}: ${reason(error)}`);
      return;
    }
    try {
      runs.push(await runScript(session, script, { timeoutMs: options.timeoutMs, onStep: printer(identity), timers: nodeTimers }));
    } finally {
      await session.close().catch(() => undefined);
      transcripts.push({ identity, transcript: session.transcript() });
    }
  }));
  // Reports list the stations in identity order, whatever order their runs finished in.
  const order = (identity: string) => identities.indexOf(identity);
  runs.sort((a, b) => order(a.identity) - order(b.identity));
  transcripts.sort((a, b) => order(a.identity) - order(b.identity));
  unreached.sort((a, b) => order(a.identity) - order(b.identity));
  return { runs, transcripts, unreached };
}

/** --listen: a central system (on 127.0.0.1 unless --host says otherwise) that runs the script with each station that connects, up to --stations. */
async function runAsCentral(options: RunArgs, script: Script, tls: TlsFiles, password: string | undefined,
  printer: Printer, output: Output): Promise<Outcome> {
  const wanted = options.stations ?? 1;
  const runs: RunResult[] = [];
  const transcripts: { identity: string; transcript: string }[] = [];
  let listener;
  try {
    listener = await listenCentral({
      port: options.listen!, host: options.host, version: script.version, password, timeoutMs: options.timeoutMs, ...tls,
      requireClientCertificate: tls.ca !== undefined && tls.cert !== undefined,
    });
  } catch (error) {
    output.err(`ocpp-run: cannot listen on port ${options.listen}: ${reason(error)}`);
    return { runs, transcripts, unreached: [{ identity: 'central system', reason: `cannot listen on port ${options.listen}: ${reason(error)}` }] };
  }
  // Printed first, and always, so that a test (or a person) who asked for port 0 learns which port it got.
  const host = options.host ?? '127.0.0.1';
  output.out(`Listening on ${host.includes(':') ? `[${host}]` : host}:${listener.port} for ${wanted} station${wanted === 1 ? '' : 's'} (OCPP ${script.version}).`);
  const running: Promise<void>[] = [];
  let sessions = 0;
  const allCame = new Promise<boolean>((resolveCame) => {
    const timer = setTimeout(() => resolveCame(false), options.timeoutMs);
    listener.onSession((session) => {
      if (sessions >= wanted) {
        // A station beyond --stations is not part of this run.
        void session.close();
        return;
      }
      sessions++;
      // Called at once, before any frame of the station is handled, so the script's answers are in place.
      running.push(runScript(session, script, { timeoutMs: options.timeoutMs, onStep: printer(session.identity), timers: nodeTimers })
        .then((run) => {
          runs.push(run);
        })
        .finally(async () => {
          await session.close().catch(() => undefined);
          transcripts.push({ identity: session.identity, transcript: session.transcript() });
        }));
      if (sessions === wanted) {
        clearTimeout(timer);
        resolveCame(true);
      }
    });
  });
  const came = await allCame;
  await Promise.all(running);
  await listener.close().catch(() => undefined);
  const missing = `${sessions} of ${wanted} station${wanted === 1 ? '' : 's'} connected within ${options.timeoutMs / 1000} s`;
  if (!came) output.err(`ocpp-run: ${missing}.`);
  return { runs, transcripts, unreached: came ? [] : [{ identity: `station ${sessions + 1}`, reason: missing }] };
}

function printStep(output: Output, identity: string | undefined, peer: string, result: StepResult): void {
  const { step } = result;
  const mark = result.passed ? 'PASS' : 'FAIL';
  const who = identity === undefined ? '' : `${identity}  `;
  const what = step.kind === 'await' ? `${step.action} from ${peer}` : step.action;
  output.out(`${who}${mark}  ${step.index} ${what} (line ${step.line}): ${result.outcome}`);
  for (const failure of result.failures) output.out(`${' '.repeat(who.length)}      ${failure}`);
  for (const note of result.notes) output.out(`${' '.repeat(who.length)}      note: ${note}`);
}

function printSummary(output: Output, script: Script, runs: readonly RunResult[], durationMs: number): void {
  const steps = runs.reduce((n, run) => n + run.steps.length, 0);
  const failed = runs.reduce((n, run) => n + run.steps.filter((s) => !s.passed).length, 0);
  const stations = runs.length === 1 ? runs[0].identity : `${runs.length} stations`;
  const verdict = failed === 0 ? 'all passed' : `${steps - failed} passed, ${failed} failed`;
  output.out(`\n${steps} step${steps === 1 ? '' : 's'}: ${verdict} (${stations}, OCPP ${script.version}, ${(durationMs / 1000).toFixed(1)} s).`);
}

/** run.ocpp.log → run.CP1.ocpp.log: the identity before the extension (made safe as a file name). */
export function transcriptPathFor(path: string, identity: string): string {
  const name = basename(path);
  const dot = name.indexOf('.', 1);
  const safe = identity.replace(/[^A-Za-z0-9._-]/g, '_');
  const named = dot < 0 ? `${name}.${safe}` : `${name.slice(0, dot)}.${safe}${name.slice(dot)}`;
  return join(dirname(path), named);
}

function reason(error: unknown): string {
  if (error instanceof SessionFailure) return error.message;
  return error instanceof Error ? error.message : String(error);
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
    // A peer that keeps a socket half-open must not keep CI waiting: the run is over, whatever is left open.
    setTimeout(() => process.exit(code), 2000).unref();
  });
}
