/**
 * Requests of our own between the VS Code client and the language server, declared once here and imported by
 * both, so the method name and the shapes of params and result cannot drift apart.
 */
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { Range } from 'vscode-languageserver-types';
import type { DocumentInfo } from '../service/features/documentInfo';
import type { Exchange, FailureKind, Role, TrafficEntry } from '../session/types';

export type { DocumentInfo } from '../service/features/documentInfo';

export interface DocumentInfoParams {
  /** An open document's uri, as the client sent it in didOpen. */
  readonly uri: string;
}

/** What the status bar shows for a document; null when the server does not have the document open. */
export const DocumentInfoRequest = new RequestType<DocumentInfoParams, DocumentInfo | null, void>('ocpp/documentInfo');

/** What `process.memoryUsage()` reports, in bytes, and whether a full garbage collection ran just before. */
export interface MemoryUsage {
  readonly rss: number;
  readonly heapTotal: number;
  readonly heapUsed: number;
  readonly external: number;
  readonly arrayBuffers: number;
  /** True when node runs with --expose-gc and the server collected garbage before measuring. */
  readonly gcForced: boolean;
}

/** The server's memory, for diagnosing it (see memoryUsage.ts); no editor sends this. It takes no params. */
export const MemoryUsageRequest = new RequestType0<MemoryUsage, void>('ocpp/memoryUsage');

// ---------------------------------------------------------------------------------------------------------------
// Live sessions (issue 14). The engine runs in the language server's Node process (lsp/sessions.ts); the client
// resolves endpoints (settings, .ocpprc.json, TLS files, the password from secret storage) and shows the traffic.

export type { Exchange, FailureKind, FrameProblem, Role, TrafficEntry } from '../session/types';

/** An endpoint as the client hands it over: TLS files already read, the password taken from secret storage. */
export interface SessionEndpoint {
  readonly name: string;
  readonly role: Role;
  /** "1.6", "2.0.1" or "2.1": the subprotocol offered or accepted. */
  readonly version: string;
  /** A station's target: the central system's address without the identity, and the identity. */
  readonly url?: string;
  readonly identity?: string;
  /** A central system's port on 127.0.0.1 (0 picks a free one). */
  readonly port?: number;
  /** PEM text. */
  readonly ca?: string;
  readonly cert?: string;
  readonly key?: string;
  /** HTTP Basic password; never logged, never in a transcript. */
  readonly password?: string;
}

export interface SessionFailureInfo {
  readonly kind: FailureKind;
  readonly message: string;
}

/** A station session connected, or a central system listening (its stations arrive as state notifications). */
export type SessionConnectResult =
  | { readonly ok: true; readonly sessionId: string; readonly role: Role; readonly subprotocol?: string; readonly port?: number }
  | { readonly ok: false; readonly failure: SessionFailureInfo };

export const SessionConnectRequest = new RequestType<{ readonly endpoint: SessionEndpoint }, SessionConnectResult, void>('ocpp/session/connect');

/** Where a sent frame came from, so its answer can be shown beside it. */
export interface FrameSource {
  readonly uri: string;
  readonly range: Range;
}

export interface SessionSendParams {
  /** The session to send on; the active one when left out. */
  readonly sessionId?: string;
  /** The frame's text as it goes over the wire. */
  readonly text: string;
  readonly source?: FrameSource;
}

export type SessionSendResult =
  | { readonly ok: true; readonly exchange: Exchange }
  | { readonly ok: false; readonly failure: SessionFailureInfo };

export const SessionSendRequest = new RequestType<SessionSendParams, SessionSendResult, void>('ocpp/session/send');

/** Closes a session, or a central system's listener and its stations. Closing what is not open does nothing. */
export const SessionDisconnectRequest = new RequestType<{ readonly sessionId?: string }, void, void>('ocpp/session/disconnect');

/** The session's traffic as an `*.ocpp.log` text; null when there is no such session. */
export const SessionTranscriptRequest = new RequestType<{ readonly sessionId?: string }, string | null, void>('ocpp/session/transcript');

/** One step of a script run, as the script runner judged it. */
export interface ScriptStepResult {
  /** The 0-based line of the step's frame in the document. */
  readonly line: number;
  /** call: our CALL; send: our SEND; await: a CALL of the other side that had to arrive. */
  readonly kind: 'call' | 'send' | 'await';
  readonly action: string;
  readonly uniqueId?: string;
  readonly passed: boolean;
  /** "sent, answered in 12 ms", "no answer", "received after 40 ms". */
  readonly outcome: string;
  readonly latencyMs?: number;
  readonly failures: readonly string[];
  readonly notes: readonly string[];
}

export interface ScriptRunResult {
  readonly steps: readonly ScriptStepResult[];
  /** What kept the script from running (no session, a frame that is not JSON). */
  readonly errors: readonly string[];
  readonly durationMs: number;
}

/**
 * Runs an open document as a test script over a session (session/runScript.ts): our CALLs in order, each live answer
 * compared with the script's, the other side's CALLs awaited.
 */
export const SessionRunScriptRequest = new RequestType<{ readonly uri: string; readonly sessionId?: string }, ScriptRunResult, void>('ocpp/session/runScript');

/** A frame our side may send, as the lenses offer it. */
export interface SendableFrame {
  readonly range: Range;
  readonly messageTypeId: number;
  readonly uniqueId?: string;
  readonly action?: string;
  /** Who sends it by the catalog's direction (or the log line's); undefined when either side may (DataTransfer). */
  readonly sender?: Role;
  /** True when the document already holds an answer to it (a CALLRESULT or CALLERROR with its id). */
  readonly answered?: boolean;
}

/** The CALLs and SENDs of an open document, whichever side sends them. */
export const SendableFramesRequest = new RequestType<{ readonly uri: string }, SendableFrame[], void>('ocpp/session/frames');

/** A frame sent or received on a session, with its verdict. */
export interface SessionTrafficParams {
  readonly sessionId: string;
  readonly identity: string;
  readonly entry: TrafficEntry;
  /** For a frame sent from a document: where it is. */
  readonly source?: FrameSource;
}

export const SessionTrafficNotification = new NotificationType<SessionTrafficParams>('ocpp/session/traffic');

export interface SessionStateParams {
  readonly sessionId: string;
  readonly state: 'connected' | 'listening' | 'closed';
  readonly role: Role;
  readonly endpointName: string;
  readonly identity?: string;
  readonly subprotocol?: string;
  readonly port?: number;
  /** Why it closed, when it ended abnormally. */
  readonly failure?: SessionFailureInfo;
}

export const SessionStateNotification = new NotificationType<SessionStateParams>('ocpp/session/state');

/**
 * From the client: whether to offer the session lenses while nothing is connected. The lenses name the client's
 * commands, so a client that has none never sends this and gets none; ours sends it as endpoints come and go.
 */
export const SessionLensesNotification = new NotificationType<{ readonly enabled: boolean }>('ocpp/session/lenses');
