/**
 * The session engine's public shapes: what the CLI (`ocpp-run`) and the language server's session requests build
 * on. The engine itself is `connectStation` / `listenCentral` (session.ts, transport.ts); scripts run over a
 * Session through script.ts.
 */

/** Which side of OCPP-J we play: a station connects (WebSocket client), a central system listens (server). */
export type Role = 'station' | 'csms';

/** The security profile of OCPP-J: 1 Basic over ws or wss, 2 TLS with Basic, 3 TLS with a client certificate. */
export type SecurityProfile = 0 | 1 | 2 | 3;

/** TLS material, as PEM text (callers read the files: the engine reads none). */
export interface TlsFiles {
  /** Extra certificate authorities to trust (a test CA, a private CA), added to the system store. */
  readonly ca?: string;
  /** Profile 3: our client (station) or server certificate, and its key. */
  readonly cert?: string;
  readonly key?: string;
}

export interface StationOptions extends TlsFiles {
  /** The central system's OCPP-J address without the identity: ws://host:port/ocpp or wss://... */
  readonly url: string;
  /** The station's identity, appended to the URL as its last path segment (percent-encoded). */
  readonly identity: string;
  /** "1.6", "2.0.1" or "2.1": the only subprotocol offered (ocpp1.6, ocpp2.0.1, ocpp2.1). */
  readonly version: string;
  /** HTTP Basic password (profiles 1 and 2); the user name is the identity. From OCPP_PASSWORD or secret storage. */
  readonly password?: string;
  /** How long a CALL waits for its answer, and how long connecting may take; 30 000 ms by default. */
  readonly timeoutMs?: number;
  /** How often we send a WebSocket ping; no pong before the next ping drops the connection. 30 000 ms by default, 0: no pings. */
  readonly pingIntervalMs?: number;
  /** How many frames the session's traffic keeps, the newest (older ones are dropped); 50 000 by default. */
  readonly maxTraffic?: number;
}

export interface CentralOptions extends TlsFiles {
  /** The port to listen on (0 picks a free one, which `address()` reports). */
  readonly port: number;
  /** The address to bind; 127.0.0.1 by default. */
  readonly host?: string;
  readonly version: string;
  /** When set, stations must send HTTP Basic with their identity and this password, or get 401. */
  readonly password?: string;
  /** Profile 3: ask stations for a client certificate signed by `ca`. */
  readonly requireClientCertificate?: boolean;
  readonly timeoutMs?: number;
  /** As for a station: the ping interval (0: none) and how many frames each session keeps. */
  readonly pingIntervalMs?: number;
  readonly maxTraffic?: number;
}

/** Why a session could not be established or ended: the CLI's exit code 2 and the editor's message. */
export type FailureKind = 'usage' | 'unreachable' | 'subprotocol' | 'tls' | 'unauthorized' | 'closed' | 'timeout' | 'protocol';

/** One problem the language service found in a frame, as the session reports it. */
export interface FrameProblem {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'information' | 'hint';
  readonly message: string;
}

/** One frame that went over the wire, either way, with its verdict. */
export interface TrafficEntry {
  /** 1, 2, 3, ... in the order frames were sent or received on this session. */
  readonly seq: number;
  /** When it was sent or received (ISO 8601 with milliseconds, UTC). */
  readonly at: string;
  readonly direction: 'sent' | 'received';
  /** The frame's text as it went over the wire. */
  readonly text: string;
  readonly messageTypeId?: number;
  readonly uniqueId?: string;
  /** The CALL's or SEND's action, or for an answer the action of the CALL it answers. */
  readonly action?: string;
  /** What the language service of the session's version finds wrong with the frame (empty when clean). */
  readonly problems: readonly FrameProblem[];
  /** For an answer: the seq of the CALL it answers and the time since that CALL went. */
  readonly answers?: number;
  readonly latencyMs?: number;
}

/** What became of a frame we sent. */
export interface Exchange {
  readonly request: TrafficEntry;
  /** The CALLRESULT or CALLERROR, when one came in time. */
  readonly answer?: TrafficEntry;
  /** 'sent' for a SEND or an answer frame (nothing is awaited). */
  readonly outcome: 'answered' | 'sent' | 'timeout' | 'closed';
  readonly latencyMs?: number;
}

export interface Disposable {
  dispose(): void;
}

/**
 * What we answer to a CALL of the other side: the frame to send (a CALLRESULT or CALLERROR with the CALL's id),
 * or undefined for the engine's default, a valid response built from the catalog (status Accepted and the like).
 */
export type Responder = (call: TrafficEntry, frame: readonly unknown[]) => readonly unknown[] | undefined;

export interface CloseInfo {
  /** The WebSocket close code (1006 when the connection dropped without one). */
  readonly code: number;
  readonly reason: string;
  /** Set when the session ended abnormally: the other side vanished mid-call, a protocol fault. */
  readonly failure?: SessionFailure;
}

/** One live OCPP-J connection, from either side. */
export interface Session {
  readonly identity: string;
  readonly role: Role;
  readonly version: string;
  /** The subprotocol both sides agreed on: "ocpp1.6", "ocpp2.0.1" or "ocpp2.1". */
  readonly subprotocol: string;
  /**
   * Sends a frame's text as it is (a malformed one too: negative tests). A CALL resolves when its answer comes or
   * its timeout passes; CALLs queue, so only one is outstanding at a time. Other frames resolve once written.
   * Rejects with a SessionFailure of kind 'closed' when the session has ended before the frame could go.
   */
  send(frameText: string): Promise<Exchange>;
  setResponder(responder: Responder | undefined): void;
  onTraffic(listener: (entry: TrafficEntry) => void): Disposable;
  onClose(listener: (info: CloseInfo) => void): Disposable;
  /** Every frame so far, both ways, in order. */
  readonly traffic: readonly TrafficEntry[];
  /**
   * The traffic as a log file (`*.ocpp.log`): `<ISO time> [<identity>] SEND|RECV <frame>`, one line each, which the
   * checker reads. The identity is percent-encoded where it could pass for a direction, a time or a frame (transcript.ts).
   */
  transcript(): string;
  close(): Promise<void>;
}

/** A central system we run: stations connect to it, each becoming a Session. */
export interface CentralListener {
  readonly port: number;
  onSession(listener: (session: Session) => void): Disposable;
  close(): Promise<void>;
}

export class SessionFailure extends Error {
  constructor(readonly kind: FailureKind, message: string) {
    super(message);
    this.name = 'SessionFailure';
  }
}
