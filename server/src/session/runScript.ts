/**
 * Runs a script's steps over one live Session and judges each: our CALLs go out in script order and their live
 * answers are compared with the script's; the other side's CALLs must arrive, with the script's fields, and get
 * the script's answers. A frame from the other side that the checker finds invalid fails its step as plainly as
 * a wrong value does: a central system that answers with a malformed payload is the bug a test run is for.
 */
import { Bindings, type Binding } from './bindings';
import { compareAnswer, comparePayload, describeDifference, shown } from './expectations';
import type { Script, ScriptStep } from './script';
import type { Session, TrafficEntry } from './types';

export interface StepResult {
  readonly step: ScriptStep;
  readonly passed: boolean;
  /** What happened, in a few words: "sent, answered in 12 ms", "received after 40 ms", "no answer within 30 s". */
  readonly outcome: string;
  /** For our CALLs: the time from sending to the answer. */
  readonly latencyMs?: number;
  /** Why the step failed, one line each (empty when it passed). */
  readonly failures: readonly string[];
  /** Worth reading without failing the step: problems in what we sent (a negative test sends them on purpose), bindings. */
  readonly notes: readonly string[];
}

export interface RunResult {
  readonly identity: string;
  readonly version: string;
  readonly steps: readonly StepResult[];
  readonly durationMs: number;
}

/** Timers, shaped as the language server's Environment has them (its `Timers`), which passes its own. */
export interface RunTimers<T> {
  setTimeout(callback: () => void, milliseconds: number): T;
  clearTimeout(timer: T): void;
}

export interface RunOptions<T = unknown> {
  /** How long a step waits for the other side's CALL; our CALLs wait as long as the session's own timeout. */
  readonly timeoutMs: number;
  /** Told of each step's result as soon as it is known, so a CLI prints progress while the run goes on. */
  readonly onStep?: (result: StepResult) => void;
  /**
   * How a step waits for the other side's CALL: the CLI passes Node's timers, and the language server should pass
   * its Environment, since nothing the server runs may reach for a platform timer itself. Without, a web-standard
   * timeout signal bounds the wait (browsers and Node both have one).
   */
  readonly timers?: RunTimers<T>;
}

/** A CALL or SEND of the other side that a step of the script took as the one it expects. */
interface Claim {
  readonly entry: TrafficEntry;
  readonly failures: string[];
  readonly notes: string[];
}

/** One `await` step's wait: settled when the other side's CALL is claimed, or when the session closes. */
interface Awaited {
  claim?: Claim;
  closed?: boolean;
  /** Set when its time ran out: a CALL that comes later belongs to a later step of its action, if any. */
  expired?: boolean;
  wake?: () => void;
}

export async function runScript<T>(session: Session, script: Script, options: RunOptions<T>): Promise<RunResult> {
  const started = Date.now();
  const bindings = new Bindings();
  const peer = session.role === 'station' ? 'the central system' : 'the station';
  const awaited = new Map<ScriptStep, Awaited>(script.steps.filter((s) => s.kind === 'await').map((s) => [s, {}]));
  // Incoming CALLs by their seq: the responder and the traffic listener may both see one, in either order.
  // Only CALLs that come during the run count: an editor's session may carry traffic from before it.
  const claims = new Map<number, Claim | undefined>();

  /** The first waiting step that expects this action takes the CALL; its payload is judged now, on arrival. */
  const claim = (entry: TrafficEntry): Claim | undefined => {
    if (claims.has(entry.seq)) return claims.get(entry.seq);
    const frame = parse(entry.text);
    const action = entry.action ?? (Array.isArray(frame) ? frame[2] : undefined);
    const found = [...awaited].find(([step, wait]) => !wait.claim && !wait.expired && step.action === action);
    if (!found || !Array.isArray(frame)) {
      claims.set(entry.seq, undefined);
      return undefined;
    }
    const [step, wait] = found;
    const { expected, made } = bindings.incoming(step.frame[3], frame[3]);
    const result: Claim = {
      entry,
      failures: [
        ...comparePayload(expected, frame[3]).map(describeDifference),
        ...errorsOf(entry).map((p) => `${peer} sent an invalid ${step.action}: ${p}`),
      ],
      notes: made.map(describeBinding),
    };
    claims.set(entry.seq, result);
    wait.claim = result;
    wait.wake?.();
    return result;
  };

  // Invalid frames of the other side's that no step judges (an answer to no CALL of ours, a malformed frame, an
  // invalid CALL no step expects): each fails the step during which it came, so no fault of theirs goes unseen.
  let strays: TrafficEntry[] = [];
  const traffic = session.onTraffic((entry) => {
    if (entry.direction !== 'received') return;
    const judged = entry.messageTypeId === 2 || entry.messageTypeId === 6 ? claim(entry) !== undefined : entry.answers !== undefined;
    if (!judged && errorsOf(entry).length > 0) strays.push(entry);
  });
  const withStrays = (result: StepResult): StepResult => {
    if (strays.length === 0) return result;
    const failures = strays.flatMap((entry) => errorsOf(entry).map((p) => `meanwhile ${peer} sent ${shown(parse(entry.text) ?? entry.text)}: ${p}`));
    strays = [];
    return { ...result, passed: false, failures: [...result.failures, ...failures] };
  };
  const closing = session.onClose(() => {
    for (const wait of awaited.values()) {
      wait.closed = true;
      wait.wake?.();
    }
  });
  session.setResponder((call) => {
    const taken = claim(call);
    const step = taken && [...awaited].find(([, wait]) => wait.claim === taken)?.[0];
    if (!step?.reply) return undefined;
    // The script's answer, under the live CALL's id, with the values the other side assigned put in.
    const reply = [...step.reply];
    reply[1] = call.uniqueId ?? reply[1];
    const payloadAt = reply[0] === 3 ? 2 : 4;
    reply[payloadAt] = bindings.outgoing(reply[payloadAt]);
    return reply;
  });

  const results: StepResult[] = [];
  let closed = false;
  try {
    for (const step of script.steps) {
      if (closed) {
        const skipped: StepResult = { step, passed: false, outcome: 'not run', failures: ['the connection had closed'], notes: [] };
        results.push(skipped);
        options.onStep?.(skipped);
        continue;
      }
      const result = withStrays(step.kind === 'await'
        ? await awaitStep(session, step, awaited.get(step)!, options.timeoutMs, options.timers)
        : await sendStep(session, step, bindings, peer));
      closed = result.outcome.startsWith('connection closed');
      results.push(result);
      options.onStep?.(result);
    }
  } finally {
    traffic.dispose();
    closing.dispose();
    session.setResponder(undefined);
  }
  return { identity: session.identity, version: session.version, steps: results, durationMs: Date.now() - started };
}

/** Our CALL or SEND: sent with the bound values in, then (a CALL) its answer judged. */
async function sendStep(session: Session, step: ScriptStep, bindings: Bindings, peer: string): Promise<StepResult> {
  const frame = [...step.frame];
  // A frame without a payload (a negative test) goes out as written, not with one added.
  if (frame.length > 3) frame[3] = bindings.outgoing(frame[3]);
  let exchange;
  try {
    exchange = await session.send(JSON.stringify(frame));
  } catch (error) {
    return { step, passed: false, outcome: 'connection closed', failures: [error instanceof Error ? error.message : String(error)], notes: [] };
  }
  const notes = errorsOf(exchange.request).map((p) => `sent with a problem: ${p}`);
  if (exchange.outcome === 'sent') return { step, passed: true, outcome: 'sent', failures: [], notes };
  if (exchange.outcome === 'closed') {
    return { step, passed: false, outcome: 'connection closed', failures: [`the connection closed before ${peer} answered`], notes };
  }
  if (exchange.outcome === 'timeout' || !exchange.answer) {
    return { step, passed: false, outcome: 'no answer', failures: [`${peer} did not answer in time`], notes };
  }
  const answer = exchange.answer;
  const latencyMs = exchange.latencyMs ?? answer.latencyMs;
  const live = parse(answer.text);
  const failures: string[] = [];
  if (!Array.isArray(live)) {
    failures.push(`${peer} answered with a frame that is not a JSON array`);
  } else if (step.expected) {
    const payloadAt = step.expected[0] === 4 ? 4 : 2;
    const expected = [...step.expected];
    const bound = bindings.incoming(step.expected[payloadAt], live[payloadAt]);
    expected[payloadAt] = bound.expected;
    notes.push(...bound.made.map(describeBinding));
    failures.push(...compareAnswer(expected, live).map(describeDifference));
  } else if (live[0] !== 3) {
    // A script that writes no answer expects the CALL to succeed.
    failures.push(...compareAnswer([3, live[1], {}], live).map(describeDifference));
  }
  failures.push(...errorsOf(answer).map((p) => `${peer}'s answer is invalid: ${p}`));
  return { step, passed: failures.length === 0, outcome: `sent, answered in ${latencyMs ?? '?'} ms`, latencyMs, failures, notes };
}

/** The other side's CALL or SEND: it must come within the timeout (counted from when the run reaches the step). */
async function awaitStep<T>(session: Session, step: ScriptStep, wait: Awaited, timeoutMs: number, timers: RunTimers<T> | undefined): Promise<StepResult> {
  const reached = Date.now();
  if (!wait.claim && !wait.closed) {
    await new Promise<void>((resolve) => {
      const timer = timers?.setTimeout(resolve, timeoutMs);
      if (!timers) AbortSignal.timeout(timeoutMs).addEventListener('abort', () => resolve());
      wait.wake = () => {
        if (timers) timers.clearTimeout(timer as T);
        resolve();
      };
    });
    wait.wake = undefined;
  }
  const claim = wait.claim;
  wait.expired = !claim;
  if (!claim) {
    const outcome = wait.closed ? 'connection closed' : 'not received';
    const why = wait.closed ? `the connection closed before a ${step.action} came` : `no ${step.action} came within ${seconds(timeoutMs)}`;
    return { step, passed: false, outcome, failures: [why], notes: [] };
  }
  const waited = Math.max(0, Date.parse(claim.entry.at) - reached);
  const outcome = `received${waited > 0 ? ` after ${waited} ms` : ''}`;
  // Our answer came from the script: a mistake in it is worth knowing, though the step tests the other side.
  const reply = session.traffic.find((entry) => entry.direction === 'sent' && entry.answers === claim.entry.seq);
  const notes = [...claim.notes, ...(reply ? errorsOf(reply).map((p) => `our answer has a problem: ${p}`) : [])];
  return { step, passed: claim.failures.length === 0, outcome, failures: claim.failures, notes };
}

/** The error-level problems the engine's checker found in a frame, as "message (code)". */
function errorsOf(entry: TrafficEntry): string[] {
  return entry.problems.filter((p) => p.severity === 'error').map((p) => `${p.message} (${p.code})`);
}

function describeBinding(binding: Binding): string {
  return `${binding.field} ${JSON.stringify(binding.scriptValue)} of the script stands for the live ${JSON.stringify(binding.liveValue)} from here on`;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function seconds(ms: number): string {
  return `${ms / 1000} s`;
}
