/**
 * OCPP-J over one open WebSocket, the same for both sides: our CALLs go one at a time and wait for their answer or
 * the timeout; the other side's CALLs are answered at once (the Responder's frame, or a default answer from the
 * catalog); 2.1 SEND and CALLRESULTERROR are frames like the others. Every frame either way is recorded in the
 * traffic with what the language service finds wrong with it, and whatever the other side sends (an unknown id, a
 * malformed frame, a flood) becomes a problem on its entry or a clear SessionFailure, never an exception.
 */
import type { RawData, WebSocket } from 'ws';
import type { Catalog } from '../ocpp/catalog';
import { BoundedMap } from './boundedMap';
import { defaultResponse } from './defaultResponse';
import { frameCheckerFor, type FrameChecker } from './frameCheck';
import { transcriptOf } from './transcript';
import {
  SessionFailure, type CloseInfo, type Disposable, type Exchange, type FrameProblem, type Responder, type Role, type Session,
  type TrafficEntry,
} from './types';

export interface SessionSetup {
  readonly socket: WebSocket;
  readonly identity: string;
  readonly role: Role;
  readonly catalog: Catalog;
  readonly subprotocol: string;
  readonly timeoutMs: number;
  /** 0 sends no pings (the other side may ping instead, OCPP-J 2.0.1 §8.4). */
  readonly pingIntervalMs: number;
  readonly maxTraffic: number;
  /** The transactionIds this side hands out in default answers (a central system's, shared by its sessions). */
  readonly nextTransactionId: () => number;
  /** Messages that came before the session took the socket over (right behind the handshake), in order. */
  readonly early?: readonly (readonly [RawData, boolean])[];
  readonly earlyError?: Error;
}

/** OCPP-J's answer to a CALL: 30 s unless configured (OCPP-J 1.6 §4.1.1 leaves it to the implementation). */
export const defaultTimeoutMs = 30_000;
/** How often we ping, and how long a pong may take before the connection counts as dropped. */
export const defaultPingIntervalMs = 30_000;
/** The traffic a session keeps: the newest frames this many, enough for hours of a busy station. */
export const defaultMaxTraffic = 50_000;
/** Past frames remembered by uniqueId, to recognize a late answer or the CALLRESULT a CALLRESULTERROR names. */
const rememberedIds = 1_000;
/**
 * Answers waiting to be written beyond this many bytes mean the other side sends CALLs faster than it reads our
 * answers (a flood): the session ends rather than buffer without bound.
 */
const maxBufferedBytes = 8 * 1024 * 1024;
/** OCPP messages are small; a message this large is a fault, on which ws closes the connection with code 1009. */
export const maxPayloadBytes = 10 * 1024 * 1024;
/** How long a polite close may take before the connection is cut. */
const closeGraceMs = 2_000;

/** A frame we remember by its uniqueId: a CALL or SEND, with the answer it got once it got one. */
interface Remembered {
  readonly entry: TrafficEntry;
  readonly text: string;
  state: 'waiting' | 'answered' | 'timeout' | 'send';
  answer?: { readonly entry: TrafficEntry; readonly text: string };
}

interface Outstanding {
  readonly id: string;
  readonly call: Remembered;
  readonly startedAt: number;
  readonly finish: (exchange: Exchange) => void;
  readonly timer: NodeJS.Timeout;
}

type Frame = readonly unknown[];

/** What a text is as a frame: its parsed array, or undefined when it is not JSON or not an array. */
function parseFrame(text: string): Frame | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const isAnswerType = (type: unknown) => type === 3 || type === 4;

/**
 * JSON that is no array: the checker would read it as a bare payload (which a file may be), but on the wire every
 * message must be a frame.
 */
function notAFrame(text: string, frame: Frame | undefined): FrameProblem[] {
  if (frame !== undefined) return [];
  try {
    JSON.parse(text);
  } catch {
    return [];
  }
  return [{ code: 'session-not-a-frame', severity: 'error', message: 'This message is JSON but no OCPP-J frame: every message is an array such as [2, "<uniqueId>", "<Action>", {...}].' }];
}

export class OcppSession implements Session {
  readonly identity: string;
  readonly role: Role;
  readonly version: string;
  readonly subprotocol: string;
  readonly traffic: TrafficEntry[] = [];

  private readonly socket: WebSocket;
  private readonly catalog: Catalog;
  private readonly checker: FrameChecker;
  private readonly setup: SessionSetup;
  private seq = 0;
  /** Entries dropped from the front once the traffic passed its limit. */
  private dropped = 0;
  private responder: Responder | undefined;
  private readonly trafficListeners = new Set<(entry: TrafficEntry) => void>();
  private readonly closeListeners = new Set<(info: CloseInfo) => void>();
  /** Our CALLs wait here for their turn, so only one is outstanding. */
  private queue: Promise<unknown> = Promise.resolve();
  private outstanding: Outstanding | undefined;
  /** Our recent CALLs and SENDs, and the other side's recent CALLs with our answers, by uniqueId. */
  private readonly ours = new BoundedMap<string, Remembered>(rememberedIds);
  private readonly theirs = new BoundedMap<string, Remembered>(rememberedIds);
  /** Our answers handed to the socket but not yet written out: the other side cannot have read them yet. */
  private answersInFlight = 0;
  private pingTimer: NodeJS.Timeout | undefined;
  private pongSeen = true;
  private closingByUs = false;
  /** Why we ended the session ourselves (a flood, a missing pong), reported when the socket has closed. */
  private failure: SessionFailure | undefined;
  private closeInfo: CloseInfo | undefined;
  private readonly closed: Promise<void>;
  /** Messages waiting for the session's first turn (see the constructor); undefined once it has had it. */
  private backlog: (readonly [RawData, boolean])[] | undefined;

  constructor(setup: SessionSetup) {
    this.setup = setup;
    this.socket = setup.socket;
    this.identity = setup.identity;
    this.role = setup.role;
    this.catalog = setup.catalog;
    this.version = setup.catalog.version;
    this.subprotocol = setup.subprotocol;
    this.checker = frameCheckerFor(setup.catalog);
    this.closed = new Promise((resolve) => {
      this.socket.on('close', (code, reason) => {
        this.ended(code, reason.toString('utf8'));
        resolve();
      });
    });
    this.socket.on('message', (data, isBinary) => {
      if (this.backlog) this.backlog.push([data, isBinary]);
      else this.received(data, isBinary);
    });
    this.socket.on('pong', () => { this.pongSeen = true; });
    // A socket error is always followed by 'close', which reports the failure noted here.
    this.socket.on('error', (error: Error & { code?: string }) => { this.failure ??= this.socketFailure(error); });
    if (setup.earlyError) this.failure = this.socketFailure(setup.earlyError);
    if (setup.pingIntervalMs > 0) {
      this.pingTimer = setInterval(() => this.ping(), setup.pingIntervalMs);
      this.pingTimer.unref();
    }
    if (setup.early?.length) {
      // Read once whoever awaited the session has had its turn (a macrotask runs after its continuation), so that a
      // Responder set right away answers these CALLs too; later messages wait behind them, keeping the order.
      this.backlog = [...setup.early];
      setImmediate(() => this.readBacklog());
    }
    // A connection gone before the session took it over would never report its close: the session ends now.
    if (this.socket.readyState === this.socket.CLOSED) this.ended(1006, '');
  }

  // ---- the Session interface

  send(frameText: string): Promise<Exchange> {
    if (this.closeInfo) return Promise.reject(this.notSent());
    const frame = parseFrame(frameText);
    if (frame?.[0] === 2) {
      // Queued: the next CALL goes when the previous one has its answer or its timeout (OCPP-J §4.1.1).
      const turn = this.queue.then(() => this.sendCall(frameText, frame));
      this.queue = turn.catch(() => undefined);
      return turn;
    }
    return this.sendOther(frameText, frame);
  }

  setResponder(responder: Responder | undefined): void {
    this.responder = responder;
  }

  onTraffic(listener: (entry: TrafficEntry) => void): Disposable {
    this.trafficListeners.add(listener);
    return { dispose: () => this.trafficListeners.delete(listener) };
  }

  onClose(listener: (info: CloseInfo) => void): Disposable {
    const info = this.closeInfo;
    // A listener that comes too late still hears how the session ended.
    if (info) queueMicrotask(() => listener(info));
    else this.closeListeners.add(listener);
    return { dispose: () => this.closeListeners.delete(listener) };
  }

  transcript(): string {
    const note = this.dropped > 0
      ? `# ${this.dropped} earlier frames are not kept: a session keeps its newest ${this.setup.maxTraffic}.\n` : '';
    return note + transcriptOf(this.identity, this.traffic);
  }

  async close(): Promise<void> {
    if (this.closeInfo) return;
    this.closingByUs = true;
    this.socket.close(1000, 'Session closed');
    const cut = setTimeout(() => this.socket.terminate(), closeGraceMs);
    await this.closed;
    clearTimeout(cut);
  }

  /** Ends the session with a failure of our own making (a flood, a missing pong), cutting the connection. */
  fail(failure: SessionFailure): void {
    if (this.closeInfo) return;
    this.failure ??= failure;
    this.socket.terminate();
  }

  // ---- sending

  private sendCall(text: string, frame: Frame): Promise<Exchange> {
    if (this.closeInfo) return Promise.reject(this.notSent());
    const id = typeof frame[1] === 'string' ? frame[1] : undefined;
    const entry = this.record('sent', text, frame, this.checker.checkAlone(text));
    if (id === undefined) {
      // A CALL without a string uniqueId (a negative test) can never be answered: nothing to wait for.
      this.write(text);
      return Promise.resolve({ request: entry, outcome: 'sent' });
    }
    const call: Remembered = { entry, text, state: 'waiting' };
    this.ours.set(id, call);
    return new Promise<Exchange>((finish) => {
      const timer = setTimeout(() => this.callTimedOut(), this.setup.timeoutMs);
      this.outstanding = { id, call, startedAt: performance.now(), finish, timer };
      this.write(text);
    });
  }

  private async sendOther(text: string, frame: Frame | undefined): Promise<Exchange> {
    const type = frame?.[0];
    const id = typeof frame?.[1] === 'string' ? frame[1] : undefined;
    let problems: FrameProblem[];
    let answered: Remembered | undefined;
    if (id !== undefined && isAnswerType(type)) {
      // An answer written by hand: to a CALL of the other side's, when we know it.
      answered = this.theirs.get(id);
      problems = answered ? this.checker.checkAnswer(text, answered.text) : this.checker.checkAlone(text);
    } else if (id !== undefined && type === 5) {
      const named = this.ours.get(id);
      problems = named?.answer ? this.checker.checkAnswer(text, named.text, named.answer.text) : this.checker.checkAlone(text);
    } else {
      problems = this.checkedAlone(text, frame);
    }
    const entry = this.record('sent', text, frame, problems, answered?.entry);
    if (answered && id !== undefined) answered.answer ??= { entry, text };
    if (type === 6 && id !== undefined) this.ours.set(id, { entry, text, state: 'send' });
    await this.write(text);
    return { request: entry, outcome: 'sent' };
  }

  /** The problems of a text that is checked on its own; JSON that is no frame is said to be so, not read as a payload. */
  private checkedAlone(text: string, frame: Frame | undefined): FrameProblem[] {
    const bare = notAFrame(text, frame);
    return [...bare, ...this.checker.checkAlone(text, bare.length > 0 ? ['unknown-payload'] : [])];
  }

  /** Hands a text to the socket; resolves once it is written out (or the connection failed, which 'close' reports). */
  private write(text: string): Promise<void> {
    return new Promise((resolve) => this.socket.send(text, () => resolve()));
  }

  private callTimedOut(): void {
    const outstanding = this.outstanding;
    if (!outstanding) return;
    this.outstanding = undefined;
    outstanding.call.state = 'timeout';
    outstanding.finish({ request: outstanding.call.entry, outcome: 'timeout' });
  }

  private notSent(): SessionFailure {
    return new SessionFailure('closed', `The session of ${this.identity} is closed: the frame was not sent.`);
  }

  // ---- receiving

  private readBacklog(): void {
    const backlog = this.backlog ?? [];
    this.backlog = undefined;
    for (const [data, isBinary] of backlog) this.received(data, isBinary);
  }

  private received(data: RawData, isBinary: boolean): void {
    if (this.closeInfo) return;
    const bytes = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
    const text = bytes.toString('utf8');
    const frame = parseFrame(text);
    const type = frame?.[0];
    const id = typeof frame?.[1] === 'string' ? frame[1] : undefined;
    const binary: FrameProblem[] = isBinary
      ? [{ code: 'session-binary-frame', severity: 'error', message: 'This frame came as a binary WebSocket message; OCPP-J sends every frame as text.' }]
      : [];
    const known = frame !== undefined && this.catalog.messageTypes.some((t) => t.id === type);
    if (!known || id === undefined) {
      // Not a frame of this version we can act on: recorded with what the checker says about it.
      this.record('received', text, frame, [...binary, ...this.checkedAlone(text, frame)]);
    } else if (type === 2) {
      this.receivedCall(text, frame, id, binary);
    } else if (isAnswerType(type)) {
      this.receivedAnswer(text, frame, id, binary);
    } else if (type === 5) {
      this.receivedResultError(text, frame, id, binary);
    } else {
      // A 2.1 SEND: nothing answers it.
      this.record('received', text, frame, [...binary, ...this.checker.checkAlone(text)]);
    }
  }

  private receivedCall(text: string, frame: Frame, id: string, binary: FrameProblem[]): void {
    const problems = [...binary, ...this.checker.checkAlone(text)];
    if (this.answersInFlight > 0) {
      problems.push({
        code: 'session-concurrent-call', severity: 'error',
        message: `This CALL came before our answer to the previous CALL had even left: the ${this.otherSide()} has more than one CALL ` +
          'outstanding, which OCPP-J forbids (one CALL at a time, §4.1.1). It was answered anyway.',
      });
    }
    const entry = this.record('received', text, frame, problems);
    const call: Remembered = { entry, text, state: 'answered' };
    this.theirs.set(id, call);
    const answer = this.answerTo(entry, frame);
    const answerEntry = this.record('sent', answer, parseFrame(answer), this.checker.checkAnswer(answer, text), entry);
    call.answer = { entry: answerEntry, text: answer };
    this.answersInFlight++;
    this.socket.send(answer, () => { this.answersInFlight--; });
    if (this.socket.bufferedAmount > maxBufferedBytes) {
      this.fail(new SessionFailure('protocol',
        `The ${this.otherSide()} sent CALLs faster than it read our answers (more than ${maxBufferedBytes / 1024 / 1024} MiB of answers ` +
        'waiting to be written), so the connection was closed.'));
    }
  }

  /** The Responder's answer, or the default one; a Responder that throws gets the other side an InternalError. */
  private answerTo(entry: TrafficEntry, frame: Frame): string {
    try {
      const chosen = this.responder?.(entry, frame);
      if (chosen) return JSON.stringify(chosen);
    } catch (error) {
      return JSON.stringify([4, frame[1], 'InternalError', `No answer could be made: ${String((error as Error)?.message ?? error)}`.slice(0, 255), {}]);
    }
    return JSON.stringify(defaultResponse(this.catalog, frame, { now: new Date(), nextTransactionId: this.setup.nextTransactionId }));
  }

  private receivedAnswer(text: string, frame: Frame, id: string, binary: FrameProblem[]): void {
    const outstanding = this.outstanding;
    if (outstanding && outstanding.id === id) {
      this.outstanding = undefined;
      clearTimeout(outstanding.timer);
      const latencyMs = Math.round(performance.now() - outstanding.startedAt);
      const answer = this.record('received', text, frame, [...binary, ...this.checker.checkAnswer(text, outstanding.call.text)],
        outstanding.call.entry, latencyMs);
      outstanding.call.state = 'answered';
      outstanding.call.answer = { entry: answer, text };
      outstanding.finish({ request: outstanding.call.entry, answer, outcome: 'answered', latencyMs });
      return;
    }
    const earlier = this.ours.get(id);
    if (!earlier) {
      const problems = [...binary, ...this.checker.checkAlone(text, ['unmatched-response']), unknownId(id, this.otherSide())];
      this.record('received', text, frame, problems);
      return;
    }
    const problems = [...binary, ...this.checker.checkAnswer(text, earlier.text)];
    if (earlier.state === 'timeout') {
      problems.push({
        code: 'session-late-answer', severity: 'error',
        message: `This answer to ${earlier.entry.action ?? 'a CALL'} (${JSON.stringify(id)}) came after its ${this.setup.timeoutMs} ms ` +
          'timeout had passed, so the CALL had already failed.',
      });
    } else if (earlier.state === 'answered') {
      problems.push({
        code: 'session-answered-twice', severity: 'error',
        message: `${earlier.entry.action ?? 'This CALL'} (${JSON.stringify(id)}) had already been answered; a CALL gets one answer.`,
      });
    }
    this.record('received', text, frame, problems, earlier.entry);
  }

  /**
   * A 2.1 CALLRESULTERROR: the other side found fault with the CALLRESULT we gave one of its CALLs. Sent instead of an
   * answer to our outstanding CALL, it still ends the wait (the checker says what is wrong with it).
   */
  private receivedResultError(text: string, frame: Frame, id: string, binary: FrameProblem[]): void {
    const named = this.theirs.get(id);
    if (named?.answer) {
      this.record('received', text, frame, [...binary, ...this.checker.checkAnswer(text, named.text, named.answer.text)], named.answer.entry);
    } else {
      this.receivedAnswer(text, frame, id, binary);
    }
  }

  // ---- the record

  private record(direction: TrafficEntry['direction'], text: string, frame: Frame | undefined, problems: FrameProblem[],
    answers?: TrafficEntry, latencyMs?: number): TrafficEntry {
    const type = typeof frame?.[0] === 'number' ? frame[0] : undefined;
    const uniqueId = typeof frame?.[1] === 'string' ? frame[1] : undefined;
    const named = typeof frame?.[2] === 'string' && (type === 2 || type === 6) ? frame[2] : undefined;
    const entry: TrafficEntry = {
      seq: ++this.seq,
      at: new Date().toISOString(),
      direction,
      text,
      ...(type !== undefined && { messageTypeId: type }),
      ...(uniqueId !== undefined && { uniqueId }),
      ...((named ?? answers?.action) !== undefined && { action: named ?? answers?.action }),
      problems,
      ...(answers && { answers: answers.seq }),
      ...(answers && { latencyMs: latencyMs ?? Math.max(0, Date.now() - Date.parse(answers.at)) }),
    };
    this.traffic.push(entry);
    // Bounded: a tenth of the limit goes at once, so trimming stays cheap per frame.
    if (this.traffic.length > this.setup.maxTraffic) {
      const excess = this.traffic.length - this.setup.maxTraffic + Math.ceil(this.setup.maxTraffic / 10);
      this.traffic.splice(0, excess);
      this.dropped += excess;
    }
    for (const listener of this.trafficListeners) {
      // A listener's fault (a view, a printer) must not break the protocol.
      try {
        listener(entry);
      } catch {
        // ignored on purpose
      }
    }
    return entry;
  }

  // ---- keeping alive and ending

  private ping(): void {
    if (!this.pongSeen) {
      this.fail(new SessionFailure('closed',
        `The ${this.otherSide()} did not answer a WebSocket ping within ${this.setup.pingIntervalMs} ms: the connection counts as dropped.`));
      return;
    }
    this.pongSeen = false;
    this.socket.ping();
  }

  private ended(code: number, reason: string): void {
    if (this.closeInfo) return;
    // What came before the close belongs in the traffic, even if the session never had its first turn.
    this.readBacklog();
    clearInterval(this.pingTimer);
    const outstanding = this.outstanding;
    this.outstanding = undefined;
    const failure = this.failure ?? (this.closingByUs ? undefined : this.closeFailure(code, reason, outstanding));
    const info: CloseInfo = failure ? { code, reason, failure } : { code, reason };
    this.closeInfo = info;
    if (outstanding) {
      clearTimeout(outstanding.timer);
      outstanding.finish({ request: outstanding.call.entry, outcome: 'closed' });
    }
    for (const listener of this.closeListeners) {
      try {
        listener(info);
      } catch {
        // ignored on purpose, as for traffic listeners
      }
    }
    this.closeListeners.clear();
  }

  /** Why the other side's close was abnormal, or undefined for a normal close with nothing pending. */
  private closeFailure(code: number, reason: string, outstanding: Outstanding | undefined): SessionFailure | undefined {
    const how = `${code === 1006 ? 'dropped the connection without a close frame' : 'closed the connection'} (code ${code}${reason ? `: ${reason}` : ''})`;
    if (outstanding) {
      return new SessionFailure('closed',
        `The ${this.otherSide()} ${how} while our ${outstanding.call.entry.action ?? 'CALL'} (${JSON.stringify(outstanding.id)}) waited for its answer.`);
    }
    if (code === 1000 || code === 1001) return undefined;
    return new SessionFailure('closed', `The ${this.otherSide()} ${how}.`);
  }

  /** What an error of the open connection means: ws's own codes name the WebSocket rule the other side broke. */
  private socketFailure(error: Error & { code?: string }): SessionFailure | undefined {
    if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
      return new SessionFailure('protocol',
        `The ${this.otherSide()} sent a message larger than ${maxPayloadBytes / 1024 / 1024} MiB, so the connection was closed.`);
    }
    if (error.code?.startsWith('WS_ERR_')) {
      return new SessionFailure('protocol', `The ${this.otherSide()} broke the WebSocket protocol (${error.code}), so the connection was closed.`);
    }
    // Anything else (a reset) shows in how the connection closed.
    return undefined;
  }

  /** Who is at the other end, in a message. */
  private otherSide(): string {
    return this.role === 'station' ? 'central system' : `station ${this.identity}`;
  }
}

function unknownId(id: string, otherSide: string): FrameProblem {
  return {
    code: 'session-unknown-id', severity: 'error',
    message: `No CALL of ours has the uniqueId ${JSON.stringify(id)}: the ${otherSide} answered a CALL that was never sent (or one we no longer remember).`,
  };
}
