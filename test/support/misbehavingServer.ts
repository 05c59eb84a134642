/**
 * A central system that misbehaves on purpose, for the session engine's fault tests: a bare `ws` server on
 * 127.0.0.1 at a free port whose handshake and frames each test scripts. It answers nothing by itself.
 */
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface MisbehavingOptions {
  /** The subprotocol it picks, whatever was offered; false picks none. By default the first one offered. */
  readonly protocol?: string | false;
  /** Refuses every upgrade with this HTTP status. */
  readonly status?: number;
  /** False stops ws from answering pings (a peer that has silently gone away). */
  readonly autoPong?: boolean;
  /** Called with each connection as it opens, and with each text it receives. */
  readonly onConnection?: (socket: WebSocket) => void;
  readonly onMessage?: (socket: WebSocket, text: string) => void;
}

export interface Misbehaving {
  /** The address without the identity. */
  readonly url: string;
  /** Every text received, in order. */
  readonly received: string[];
  readonly sockets: WebSocket[];
  close(): Promise<void>;
}

export async function misbehavingServer(options: MisbehavingOptions = {}): Promise<Misbehaving> {
  const received: string[] = [];
  const sockets: WebSocket[] = [];
  const wss = new WebSocketServer({
    host: '127.0.0.1',
    port: 0,
    autoPong: options.autoPong ?? true,
    handleProtocols: (offered) => (options.protocol === undefined ? offered.values().next().value ?? false : options.protocol),
    verifyClient: (_info, done) => (options.status ? done(false, options.status) : done(true)),
  });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  wss.on('connection', (socket) => {
    sockets.push(socket);
    socket.on('error', () => undefined);
    socket.on('message', (data) => {
      const text = String(data);
      received.push(text);
      options.onMessage?.(socket, text);
    });
    options.onConnection?.(socket);
  });
  const port = (wss.address() as AddressInfo).port;
  return {
    url: `ws://127.0.0.1:${port}/ocpp`,
    received,
    sockets,
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.terminate();
      wss.close(() => resolve());
    }),
  };
}

/** A TCP server that accepts connections and never says a word: a handshake that never completes. */
export async function silentServer(): Promise<{ url: string; close(): Promise<void> }> {
  const held: import('node:net').Socket[] = [];
  const server: Server = createServer((socket) => {
    held.push(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `ws://127.0.0.1:${port}/ocpp`,
    close: () => new Promise<void>((resolve) => {
      for (const socket of held) socket.destroy();
      server.close(() => resolve());
    }),
  };
}

/** A loopback port nothing listens on: one the system just handed out and took back. */
export async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
