/**
 * The code lenses of live sessions: "Run script" at the top of a conversation, "Send" above each CALL or SEND our
 * side sends, and once a CALL was sent, its answer (kind, status, time, verdict) with "Insert as expected answer"
 * while the script holds no answer to it.
 * They come from the server rather than the client because the server has what they need: the parse (each frame's
 * range, and its sender by the catalog's direction) and the live answers, which it receives; the client would have
 * to ask for both. Another LSP editor can show them too: it says it wants them (`ocpp/session/lenses`) and runs
 * the commands they name, which are the VS Code client's.
 *
 * Our side is the active session's role. With no session every CALL and SEND gets "Send": sending one connects
 * first, and its sender tells which kind of endpoint to connect as.
 */
import type { CodeLens, Range } from 'vscode-languageserver-types';
import type { Exchange, Role, TrafficEntry } from '../session/types';
import type { SendableFrame } from './protocol';
import { sentBy } from './sendableFrames';

/** The client commands the lenses name (package.json contributes them). */
export const lensCommands = {
  send: 'ocpp.session.send',
  runScript: 'ocpp.session.runScript',
  showTraffic: 'ocpp.session.showTraffic',
  insertExpected: 'ocpp.session.insertExpected',
} as const;

export interface LensInput {
  readonly uri: string;
  /** Whether the document is a conversation (an array of frames, JSON Lines, a log), not a single frame. */
  readonly conversation: boolean;
  readonly frames: readonly SendableFrame[];
  /** The active session's role; undefined when nothing is connected. */
  readonly role: Role | undefined;
  /** What became of the frames of this document sent so far, by uniqueId. */
  readonly sent: ReadonlyMap<string, Exchange>;
}

/**
 * A long log gets "Run script" but no lens per frame: thousands of lenses slow the editor, and "Send Message" at
 * the cursor still sends any of its frames.
 */
export const maxFrameLenses = 500;

export function sessionLenses(input: LensInput): CodeLens[] {
  const ours = input.frames.filter((frame) => input.role === undefined || sentBy(frame, input.role));
  const lenses: CodeLens[] = [];
  if (input.conversation && ours.length > 0) {
    const top: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    lenses.push({ range: top, command: { title: 'Run script', command: lensCommands.runScript, arguments: [{ uri: input.uri }] } });
  }
  if (ours.length > maxFrameLenses) return lenses;
  for (const frame of ours) {
    const at = { uri: input.uri, range: frame.range };
    lenses.push({ range: frame.range, command: { title: 'Send', command: lensCommands.send, arguments: [at] } });
    const exchange = frame.uniqueId === undefined ? undefined : input.sent.get(frame.uniqueId);
    if (!exchange) continue;
    lenses.push({ range: frame.range, command: { title: describeExchange(exchange), command: lensCommands.showTraffic, arguments: [] } });
    // Once the script holds an answer to the CALL, that answer is its expectation: nothing more to insert.
    if (exchange.answer && !frame.answered) {
      lenses.push({
        range: frame.range,
        command: { title: 'Insert as expected answer', command: lensCommands.insertExpected, arguments: [{ ...at, text: exchange.answer.text }] },
      });
    }
  }
  return lenses;
}

/** "← CALLRESULT Accepted · 42 ms · clean", "← CALLERROR NotImplemented · 12 ms", "no answer within the timeout". */
export function describeExchange(exchange: Exchange): string {
  const answer = exchange.answer;
  if (exchange.outcome === 'timeout') return 'No answer within the timeout';
  if (exchange.outcome === 'closed') return 'The connection closed before the answer';
  if (!answer) return `Sent at ${exchange.request.at.slice(11, 19)}${verdict(exchange.request, 'the frame')}`;
  const time = exchange.latencyMs ?? answer.latencyMs;
  return `← ${answerWords(answer)}${time === undefined ? '' : ` · ${time} ms`}${verdict(answer, 'answer')}`;
}

const kinds: Record<number, string> = { 3: 'CALLRESULT', 4: 'CALLERROR', 5: 'CALLRESULTERROR' };

/** The answer's kind and what it says in one word: a status, an error code. */
function answerWords(answer: TrafficEntry): string {
  let frame: unknown;
  try {
    frame = JSON.parse(answer.text);
  } catch {
    return 'a frame that is not JSON';
  }
  const kind = kinds[answer.messageTypeId ?? -1] ?? 'frame';
  if (!Array.isArray(frame)) return kind;
  if (answer.messageTypeId === 3) {
    const status = statusOf(frame[2]);
    return status ? `${kind} ${status}` : kind;
  }
  return typeof frame[2] === 'string' ? `${kind} ${frame[2]}` : kind;
}

/** A response's status, at the top or in the idTagInfo (1.6) or idTokenInfo (2.x) it carries. */
function statusOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const record = payload as Record<string, unknown>;
  for (const holder of [record, record.idTagInfo, record.idTokenInfo]) {
    const status = (holder as Record<string, unknown> | undefined)?.status;
    if (typeof status === 'string') return status;
  }
  return undefined;
}

function verdict(entry: TrafficEntry, what: string): string {
  const errors = entry.problems.filter((p) => p.severity === 'error').length;
  const warnings = entry.problems.filter((p) => p.severity === 'warning').length;
  if (errors > 0) return ` · ${what} has ${errors} error${errors === 1 ? '' : 's'}`;
  if (warnings > 0) return ` · ${what} has ${warnings} warning${warnings === 1 ? '' : 's'}`;
  return ' · valid';
}
