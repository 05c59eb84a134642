/**
 * Live sessions in the language server (issue 14): the `ocpp/session/*` requests over the session engine, the
 * traffic and state notifications back to the client, and the session code lenses. Only the Node entry (node.ts)
 * passes an engine: a browser worker has no sockets, and its build must not carry `ws`.
 *
 * The client asks for everything; nothing here connects on its own. The last session that connected is the active
 * one: the lenses offer "Send" for its side, and requests that name no session use it. While nothing is connected,
 * the lenses show only once the client has said it wants them (it has endpoints to offer).
 */
import { CodeLensRefreshRequest } from 'vscode-languageserver';
import { cleartextPasswordWarning } from '../session/cleartext';
import { readScript } from '../session/script';
import { runScript } from '../session/runScript';
import {
  SessionFailure, type CentralListener, type CentralOptions, type Exchange, type Role, type Session, type StationOptions,
  type TrafficEntry,
} from '../session/types';
import {
  SendableFramesRequest, SessionConnectRequest, SessionLensesNotification, SessionDisconnectRequest, SessionRunScriptRequest, SessionSendRequest,
  SessionStateNotification, SessionTrafficNotification, SessionTranscriptRequest,
  type FrameSource, type ScriptRunResult, type SessionConnectResult, type SessionEndpoint, type SessionFailureInfo,
  type SessionSendResult,
} from './protocol';
import { describeError } from './runSafe';
import type { ServerParts } from './server';
import { compactFrame, sendableFrames } from './sendableFrames';
import { sessionLenses } from './sessionLenses';

/** What the engine offers (session/index.ts); the Node entry passes it. */
export interface SessionEngine {
  connectStation(options: StationOptions): Promise<Session>;
  listenCentral(options: CentralOptions): Promise<CentralListener>;
}

interface Live {
  readonly id: string;
  readonly endpointName: string;
  readonly session: Session;
}

/** A script run waits this long for each of the other side's CALLs it expects. */
const awaitTimeoutMs = 30_000;

export function registerSessions(host: ServerParts, engine: SessionEngine): void {
  const { connection, documents } = host;
  const sessions = new Map<string, Live>();
  const listeners = new Map<string, { listener: CentralListener; endpointName: string; sessionIds: Set<string> }>();
  let active: string | undefined;
  let counter = 0;
  let lensesWanted = false;
  /** What became of each document's sent CALLs, by uniqueId: the answer lenses. */
  const sent = new Map<string, Map<string, Exchange>>();
  /** Frames about to be sent from a document (by wire text), and the documents sent CALLs came from (by seq). */
  const pendingSources = new Map<string, FrameSource[]>();
  const sourceOfSeq = new Map<string, FrameSource>();

  const refreshLenses = () => {
    if (host.canRefreshLenses()) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  };

  const adopt = (session: Session, endpointName: string): Live => {
    const live: Live = { id: `s${++counter}`, endpointName, session };
    sessions.set(live.id, live);
    active = live.id;
    session.onTraffic((entry) => {
      let source: FrameSource | undefined;
      if (entry.direction === 'sent') {
        source = pendingSources.get(entry.text)?.shift();
        if (source) sourceOfSeq.set(`${live.id}:${entry.seq}`, source);
      } else if (entry.answers !== undefined) {
        source = sourceOfSeq.get(`${live.id}:${entry.answers}`);
      }
      void connection.sendNotification(SessionTrafficNotification, {
        sessionId: live.id, identity: session.identity, entry, ...(source ? { source } : {}),
      });
    });
    session.onClose((info) => {
      sessions.delete(live.id);
      for (const key of sourceOfSeq.keys()) if (key.startsWith(`${live.id}:`)) sourceOfSeq.delete(key);
      if (active === live.id) active = undefined;
      void connection.sendNotification(SessionStateNotification, {
        sessionId: live.id, state: 'closed', role: session.role, endpointName, identity: session.identity,
        ...(info.failure ? { failure: failureOf(info.failure) } : {}),
      });
      refreshLenses();
    });
    void connection.sendNotification(SessionStateNotification, {
      sessionId: live.id, state: 'connected', role: session.role, endpointName, identity: session.identity, subprotocol: session.subprotocol,
    });
    refreshLenses();
    return live;
  };

  const sessionFor = (sessionId: string | undefined): Live | undefined => sessions.get(sessionId ?? active ?? '');

  connection.onRequest(SessionConnectRequest, async ({ endpoint }): Promise<SessionConnectResult> => {
    try {
      if (endpoint.role === 'csms') return await listen(endpoint);
      if (!endpoint.url || !endpoint.identity) {
        return { ok: false, failure: { kind: 'usage', message: `The endpoint "${endpoint.name}" needs a url and an identity to connect as a station.` } };
      }
      const cleartext = cleartextPasswordWarning(endpoint.url, endpoint.password);
      if (cleartext) void connection.window.showWarningMessage(`OCPP endpoint "${endpoint.name}": ${cleartext}`);
      const session = await engine.connectStation({
        url: endpoint.url, identity: endpoint.identity, version: endpoint.version, ...secrets(endpoint),
      });
      const live = adopt(session, endpoint.name);
      return { ok: true, sessionId: live.id, role: 'station', subprotocol: session.subprotocol };
    } catch (error) {
      return { ok: false, failure: failureOf(error) };
    }
  });

  const listen = async (endpoint: SessionEndpoint): Promise<SessionConnectResult> => {
    const listener = await engine.listenCentral({ port: endpoint.port ?? 0, host: '127.0.0.1', version: endpoint.version, ...secrets(endpoint) });
    const id = `l${++counter}`;
    const entry = { listener, endpointName: endpoint.name, sessionIds: new Set<string>() };
    listeners.set(id, entry);
    listener.onSession((session) => entry.sessionIds.add(adopt(session, endpoint.name).id));
    void connection.sendNotification(SessionStateNotification, {
      sessionId: id, state: 'listening', role: 'csms', endpointName: endpoint.name, port: listener.port,
    });
    return { ok: true, sessionId: id, role: 'csms', port: listener.port };
  };

  connection.onRequest(SessionSendRequest, async ({ sessionId, text, source }): Promise<SessionSendResult> => {
    const live = sessionFor(sessionId);
    if (!live) return { ok: false, failure: { kind: 'closed', message: 'No session is connected: connect to an endpoint first.' } };
    const wire = compactFrame(text);
    if (source) pendingSources.set(wire, [...(pendingSources.get(wire) ?? []), source]);
    try {
      const exchange = await live.session.send(wire);
      if (source && exchange.request.uniqueId !== undefined) {
        remember(source.uri, exchange);
        refreshLenses();
      }
      return { ok: true, exchange };
    } catch (error) {
      return { ok: false, failure: failureOf(error) };
    } finally {
      // A frame the engine refused before writing it leaves its source behind: drop it.
      const queued = pendingSources.get(wire);
      if (queued && source && queued.includes(source)) queued.splice(queued.indexOf(source), 1);
      if (queued?.length === 0) pendingSources.delete(wire);
    }
  });

  const remember = (uri: string, exchange: Exchange) => {
    const byId = sent.get(uri) ?? new Map<string, Exchange>();
    byId.set(exchange.request.uniqueId!, exchange);
    sent.set(uri, byId);
  };

  connection.onRequest(SessionDisconnectRequest, async ({ sessionId }) => {
    const id = sessionId ?? active;
    if (id === undefined) return;
    const held = listeners.get(id);
    if (held) {
      listeners.delete(id);
      for (const stationId of held.sessionIds) await sessions.get(stationId)?.session.close().catch(() => undefined);
      await held.listener.close().catch(() => undefined);
      void connection.sendNotification(SessionStateNotification, { sessionId: id, state: 'closed', role: 'csms', endpointName: held.endpointName });
      return;
    }
    await sessions.get(id)?.session.close().catch(() => undefined);
  });

  connection.onRequest(SessionTranscriptRequest, ({ sessionId }) => sessionFor(sessionId)?.session.transcript() ?? null);

  connection.onRequest(SendableFramesRequest, ({ uri }) => {
    const document = documents.get(uri);
    return document ? sendableFrames(host.service(), document) : [];
  });

  connection.onRequest(SessionRunScriptRequest, async ({ uri, sessionId }): Promise<ScriptRunResult> => {
    const live = sessionFor(sessionId);
    const document = documents.get(uri);
    if (!live) return { steps: [], errors: ['No session is connected: connect to an endpoint first.'], durationMs: 0 };
    if (!document) return { steps: [], errors: ['The document is not open.'], durationMs: 0 };
    const script = readScript(host.service(), uri, document.getText(), live.session.role);
    if (script.errors.length > 0) return { steps: [], errors: script.errors, durationMs: 0 };
    const from = live.session.traffic.length;
    // The run's frames are the document's: the traffic view and the answer lenses show them beside their CALLs.
    const result = await runScript(live.session, script, { timeoutMs: awaitTimeoutMs });
    const traffic = live.session.traffic.slice(from);
    for (const exchange of exchangesIn(traffic)) remember(uri, exchange);
    refreshLenses();
    return {
      errors: [],
      durationMs: result.durationMs,
      steps: result.steps.map((r) => ({
        line: r.step.line - 1, kind: r.step.kind, action: r.step.action,
        ...(typeof r.step.frame[1] === 'string' ? { uniqueId: r.step.frame[1] } : {}),
        passed: r.passed, outcome: r.outcome, failures: r.failures, notes: r.notes,
        ...(r.latencyMs === undefined ? {} : { latencyMs: r.latencyMs }),
      })),
    };
  });

  connection.onNotification(SessionLensesNotification, (params) => {
    lensesWanted = params?.enabled === true;
    refreshLenses();
  });

  connection.onCodeLens(({ textDocument }) => {
    const document = documents.get(textDocument.uri);
    if (!document || (!lensesWanted && !sessionFor(undefined))) return [];
    try {
      const service = host.service();
      const shape = document.languageId === 'markdown' ? 'other' : service.parseDocument(document).shape;
      const role: Role | undefined = sessionFor(undefined)?.session.role;
      return sessionLenses({
        uri: document.uri, conversation: shape === 'conversation', frames: sendableFrames(service, document), role,
        sent: sent.get(document.uri) ?? new Map(),
      });
    } catch (error) {
      connection.console.error(`ocpp: session lenses for ${document.uri} failed: ${describeError(error)}`);
      return [];
    }
  });

  documents.onDidClose((event) => sent.delete(event.document.uri));
  connection.onShutdown(async () => {
    for (const live of sessions.values()) await live.session.close().catch(() => undefined);
    for (const { listener } of listeners.values()) await listener.close().catch(() => undefined);
  });
}

/** The engine's TLS material and password; the password goes only to the engine, never into a message. */
function secrets(endpoint: SessionEndpoint) {
  return {
    ...(endpoint.password ? { password: endpoint.password } : {}),
    ...(endpoint.ca ? { ca: endpoint.ca } : {}),
    ...(endpoint.cert ? { cert: endpoint.cert } : {}),
    ...(endpoint.key ? { key: endpoint.key } : {}),
  };
}

function failureOf(error: unknown): SessionFailureInfo {
  if (error instanceof SessionFailure) return { kind: error.kind, message: error.message };
  return { kind: 'protocol', message: error instanceof Error ? error.message : String(error) };
}

/** Our CALLs in a stretch of traffic, each with its answer when one came. */
function exchangesIn(traffic: readonly TrafficEntry[]): Exchange[] {
  const exchanges: Exchange[] = [];
  for (const request of traffic) {
    if (request.direction !== 'sent' || request.messageTypeId !== 2 || request.uniqueId === undefined) continue;
    const answer = traffic.find((entry) => entry.direction === 'received' && entry.answers === request.seq);
    exchanges.push(answer
      ? { request, answer, outcome: 'answered', ...(answer.latencyMs === undefined ? {} : { latencyMs: answer.latencyMs }) }
      : { request, outcome: 'timeout' });
  }
  return exchanges;
}
