/**
 * The WebSocket side of OCPP-J (OCPP-J §3, §7; the 1.6 security whitepaper): a station connects to
 * `<url>/<identity>` offering the one subprotocol of its version, a central system listens and accepts stations
 * that offer it. Security profile 1 is HTTP Basic (the identity as user name), 2 adds TLS (the system's
 * authorities plus a given CA), 3 uses a client certificate instead of the password. Each open connection becomes
 * an OcppSession (session.ts).
 */
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { rootCertificates } from 'node:tls';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { basicAuthorization, basicAuthorizationMatches } from './basicAuth';
import { transactionCounter } from './defaultResponse';
import { connectionFailure, connectTimeout, httpFailure, subprotocolFailure } from './failures';
import { defaultMaxTraffic, defaultPingIntervalMs, defaultTimeoutMs, maxPayloadBytes, OcppSession } from './session';
import {
  SessionFailure, type CentralListener, type CentralOptions, type Disposable, type Session, type StationOptions,
} from './types';
import { catalogOf, subprotocolOf } from './versions';

/** Connects to a central system as a station. Rejects with a SessionFailure that says what went wrong. */
export async function connectStation(options: StationOptions): Promise<Session> {
  const catalog = catalogOf(options.version);
  const subprotocol = subprotocolOf(options.version);
  const address = stationAddress(options.url, options.identity);
  if (Boolean(options.cert) !== Boolean(options.key)) {
    throw new SessionFailure('usage', 'A client certificate (security profile 3) needs both the certificate and its key.');
  }
  if (options.cert && !address.startsWith('wss:')) {
    throw new SessionFailure('usage', 'A client certificate (security profile 3) is only used over TLS: give a wss:// address.');
  }
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const socket = new WebSocket(address, [subprotocol], {
    headers: options.password === undefined ? {} : { Authorization: basicAuthorization(options.identity, options.password) },
    handshakeTimeout: timeoutMs,
    maxPayload: maxPayloadBytes,
    // The system's authorities stay trusted; a given CA (a private one, a test one) is trusted besides them.
    ...(options.ca && { ca: [...rootCertificates, options.ca] }),
    ...(options.cert && { cert: options.cert, key: options.key }),
  });
  // A central system may send a CALL right behind its handshake, before the session exists: kept, not lost, as is
  // an error it causes (a message too large). Before the handshake, an error is the connection's failure (opened).
  const early: [RawData, boolean][] = [];
  let earlyError: Error | undefined;
  const keep = (data: RawData, isBinary: boolean) => early.push([data, isBinary]);
  const keepError = (error: Error) => { earlyError ??= error; };
  socket.on('message', keep);
  socket.on('error', keepError);
  await opened(socket, address, subprotocol, timeoutMs);
  socket.off('message', keep);
  socket.off('error', keepError);
  if (socket.protocol !== subprotocol) {
    socket.terminate();
    throw subprotocolFailure(address, subprotocol, `it chose ${socket.protocol ? `"${socket.protocol}"` : 'no subprotocol'}`);
  }
  return new OcppSession({
    early, earlyError,
    socket, identity: options.identity, role: 'station', catalog, subprotocol, timeoutMs,
    pingIntervalMs: options.pingIntervalMs ?? defaultPingIntervalMs,
    maxTraffic: options.maxTraffic ?? defaultMaxTraffic,
    // A station hands out no transactionIds (1.6 StartTransaction goes the other way); a counter costs nothing.
    nextTransactionId: transactionCounter(),
  });
}

/** The URL a station connects to: the central system's address and the identity as its last path segment. */
export function stationAddress(url: string, identity: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SessionFailure('usage', `"${url}" is not a URL: give the central system's address, such as ws://127.0.0.1:9000/ocpp.`);
  }
  if (parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:') {
    throw new SessionFailure('usage', `"${url}" is not a WebSocket address: OCPP-J uses ws:// or wss:// (TLS).`);
  }
  if (identity === '') throw new SessionFailure('usage', 'A station needs an identity: the last segment of its address.');
  // Into the path, so that a query the address may carry stays after it.
  parsed.pathname = `${parsed.pathname.replace(/\/+$/, '')}/${encodeURIComponent(identity)}`;
  return parsed.toString();
}

/** Waits for the WebSocket to open, turning every way it can fail into a SessionFailure. */
function opened(socket: WebSocket, address: string, subprotocol: string, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const settle = (failure?: SessionFailure) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (failure) {
        socket.terminate();
        reject(failure);
      } else {
        resolve();
      }
    };
    // ws's handshakeTimeout covers the HTTP exchange; this one also covers a TLS handshake that never ends.
    const timer = setTimeout(() => settle(connectTimeout(address, timeoutMs)), timeoutMs + 500);
    socket.once('open', () => settle());
    socket.on('error', (error) => settle(connectionFailure(error, address, subprotocol, timeoutMs)));
    socket.once('unexpected-response', (request, response) => {
      settle(httpFailure(response.statusCode ?? 0, address));
      response.resume();
      request.destroy();
    });
  });
}

/** Listens as a central system. Each station that connects, authenticated and speaking the version, is a Session. */
export async function listenCentral(options: CentralOptions): Promise<CentralListener> {
  const catalog = catalogOf(options.version);
  const subprotocol = subprotocolOf(options.version);
  if (Boolean(options.cert) !== Boolean(options.key)) {
    throw new SessionFailure('usage', 'A TLS central system needs both its certificate and its key.');
  }
  if (options.requireClientCertificate && !(options.cert && options.ca)) {
    throw new SessionFailure('usage', 'Asking stations for client certificates (security profile 3) needs TLS (a certificate and key) and the CA that signs them.');
  }
  const server: Server = options.cert
    ? createHttpsServer({
      cert: options.cert, key: options.key,
      ...(options.requireClientCertificate && { ca: [options.ca!], requestCert: true, rejectUnauthorized: true }),
    })
    : createHttpServer();
  // A plain HTTP request (a browser, a health check) is told what this is rather than left hanging.
  server.on('request', (_request, response) => {
    response.writeHead(426, { 'Content-Type': 'text/plain; charset=utf-8', Upgrade: 'websocket' });
    response.end('This is an OCPP-J central system: connect with a WebSocket to /<identity>.\n');
  });

  const sessions = new Set<OcppSession>();
  const listeners = new Set<(session: Session) => void>();
  const nextTransactionId = transactionCounter();
  const wss = new WebSocketServer({
    server,
    maxPayload: maxPayloadBytes,
    // Only our version's subprotocol; none chosen means the connection is closed right after the handshake.
    handleProtocols: (offered) => (offered.has(subprotocol) ? subprotocol : false),
    verifyClient: ({ req }, done) => {
      const identity = identityOf(req);
      if (identity === undefined) return done(false, 404, 'No station identity in the path');
      if (options.password !== undefined && !basicAuthorizationMatches(req.headers.authorization, identity, options.password)) {
        return done(false, 401, 'Unauthorized', { 'WWW-Authenticate': 'Basic realm="OCPP", charset="UTF-8"' });
      }
      done(true);
    },
  });
  // Errors of the listening server itself (not of a connection) come through the HTTP server's listen below.
  wss.on('error', () => undefined);
  wss.on('connection', (socket, request) => {
    socket.on('error', () => undefined);
    if (socket.protocol !== subprotocol) {
      // OCPP-J §3.2: a handshake without an agreed subprotocol is completed without one, then closed at once.
      socket.close(1002, `Only ${subprotocol} is spoken here`);
      return;
    }
    const session = new OcppSession({
      socket, identity: identityOf(request) ?? '', role: 'csms', catalog, subprotocol,
      timeoutMs: options.timeoutMs ?? defaultTimeoutMs,
      pingIntervalMs: options.pingIntervalMs ?? defaultPingIntervalMs,
      maxTraffic: options.maxTraffic ?? defaultMaxTraffic,
      nextTransactionId,
    });
    sessions.add(session);
    session.onClose(() => sessions.delete(session));
    for (const listener of listeners) {
      try {
        listener(session);
      } catch {
        // A listener's fault must not refuse the station.
      }
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: Error & { code?: string }) => {
      const why = error.code === 'EADDRINUSE' ? 'the port is in use' : error.message;
      reject(new SessionFailure('usage', `Cannot listen on ${options.host ?? '127.0.0.1'}:${options.port}: ${why}.`));
    });
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  server.on('error', () => undefined);

  return {
    port: (server.address() as AddressInfo).port,
    onSession(listener: (session: Session) => void): Disposable {
      listeners.add(listener);
      return { dispose: () => listeners.delete(listener) };
    },
    async close() {
      await Promise.all([...sessions].map((s) => s.close()));
      wss.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Connections that never became sessions (a refused handshake) must not keep the port.
        server.closeAllConnections();
      });
    },
  };
}

/** The station's identity: the request path's last segment, percent-decoded; undefined when there is none. */
function identityOf(request: IncomingMessage): string | undefined {
  const path = (request.url ?? '').replace(/[?#].*$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (last === '') return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return undefined;
  }
}
