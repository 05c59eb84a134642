/**
 * What the ocpp-run tests share: the built CLI run as a child process, ocpp-rpc's central system on the loopback
 * interface (plain or TLS), and certificates made for the test by the openssl command.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { RPCClient, RPCServer, createRPCError } from 'ocpp-rpc';
import type RpcServerClient from 'ocpp-rpc/lib/server-client';

export const repoRoot = resolve(__dirname, '..', '..');
const runPath = resolve(repoRoot, 'dist/run.js');
export const example = resolve(repoRoot, 'examples/boot-and-charge.run.ocpp.json');
export const fixture = (name: string) => resolve(repoRoot, 'test/fixtures/run', name);

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Spawned, not spawnSync: the central system under test runs in this very process and must keep answering. */
export function ocppRun(args: readonly string[], options: { env?: Record<string, string>; onStdout?: (text: string) => void } = {}): Promise<Run> {
  assert.ok(existsSync(runPath), `${runPath} is missing: run \`npm run build\` first`);
  return new Promise((resolveRun, reject) => {
    const env = { ...process.env, ...options.env };
    // The tests' own environment must not lend a password to a run that is meant to have none.
    if (!options.env?.OCPP_PASSWORD) delete env.OCPP_PASSWORD;
    const child = spawn(process.execPath, [runPath, ...args], { cwd: repoRoot, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      options.onStdout?.(stdout);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const deadline = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`ocpp-run did not finish within 20 s\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, 20_000);
    child.on('close', (status) => {
      clearTimeout(deadline);
      resolveRun({ status, stdout, stderr });
    });
  });
}

/** What a central system of ocpp-rpc received: each CALL with its station's identity. */
export interface Received {
  readonly identity: string;
  readonly method: string;
  readonly params: Record<string, unknown>;
}

export type Handlers = Record<string, (params: Record<string, unknown>) => unknown>;

/** The 1.6 answers of a central system that accepts everything and numbers its transactions 4711. */
export const accepting16: Handlers = {
  BootNotification: () => ({ status: 'Accepted', currentTime: new Date().toISOString(), interval: 300 }),
  StatusNotification: () => ({}),
  Authorize: () => ({ idTagInfo: { status: 'Accepted' } }),
  StartTransaction: () => ({ transactionId: 4711, idTagInfo: { status: 'Accepted' } }),
  MeterValues: () => ({}),
  StopTransaction: () => ({ idTagInfo: { status: 'Accepted' } }),
};

export interface CentralSystemOptions {
  readonly password?: string;
  readonly onClient?: (client: RpcServerClient) => void;
  /** wss://: the server's certificate and key; with `ca`, stations must show a client certificate it signed. */
  readonly tls?: { readonly cert: string; readonly key: string; readonly ca?: string };
}

/** An ocpp-rpc central system on 127.0.0.1 at a free port, recording what it receives. */
export async function centralSystem(protocol: string, strictMode: boolean, handlers: Handlers, options: CentralSystemOptions = {}) {
  const server = new RPCServer({ protocols: [protocol], strictMode });
  const received: Received[] = [];
  const failures: string[] = [];
  const clientCertificates: string[] = [];
  if (options.password !== undefined) {
    server.auth((accept, reject, handshake) => {
      if (handshake.password?.toString('utf8') === options.password) accept();
      else reject(401, 'wrong password');
    });
  }
  server.on('client', (client: RpcServerClient) => {
    const socket = client.handshake.request.socket as { getPeerCertificate?: () => { subject?: { CN?: string } } };
    const subject = socket.getPeerCertificate?.().subject?.CN;
    if (subject) clientCertificates.push(subject);
    client.on('strictValidationFailure', (event: { error: Error }) => failures.push(event.error.message));
    client.handle(async ({ method = '', params = {} }) => {
      received.push({ identity: client.identity ?? '', method, params });
      const handler = handlers[method];
      if (!handler) throw createRPCError('NotImplemented');
      return handler(params) as Record<string, unknown>;
    });
    options.onClient?.(client);
  });
  if (options.tls) {
    const { cert, key, ca } = options.tls;
    const https = createHttpsServer({ cert, key, ...(ca && { ca, requestCert: true, rejectUnauthorized: true }) });
    https.on('upgrade', server.handleUpgrade);
    await new Promise<void>((done) => https.listen(0, '127.0.0.1', done));
    const port = (https.address() as AddressInfo).port;
    return {
      server, received, failures, clientCertificates, url: `wss://127.0.0.1:${port}/ocpp`,
      close: async () => {
        await server.close({ force: true });
        https.closeAllConnections();
        await new Promise((done) => https.close(done));
      },
    };
  }
  const http = await server.listen(0, '127.0.0.1');
  const port = (http.address() as AddressInfo).port;
  return { server, received, failures, clientCertificates, url: `ws://127.0.0.1:${port}/ocpp`, close: () => server.close({ force: true }) };
}

/** A port nothing listens on: one the system just gave us and took back. */
export async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}

export interface Certificates {
  readonly ca: string;
  readonly serverCert: string;
  readonly serverKey: string;
  /** A station's certificate (CN = `identity`) and key, signed by the same CA. */
  readonly clientCert: string;
  readonly clientKey: string;
  /** The same station signed by a CA nobody trusts. */
  readonly strangerCert: string;
  readonly strangerKey: string;
}

/**
 * A throwaway CA, a server certificate for 127.0.0.1 and client certificates, made with the openssl command into
 * `folder` (file paths returned). Elliptic-curve keys: quick to make, and what OCPP's security profile 3 allows.
 */
export function makeCertificates(folder: string, identity: string): Certificates {
  const at = (name: string) => join(folder, name);
  const openssl = (...args: string[]) => {
    const result = spawnSync('openssl', args, { cwd: folder, encoding: 'utf8', timeout: 20_000 });
    assert.equal(result.status, 0, `openssl ${args.join(' ')} failed: ${result.error ?? result.stderr}`);
  };
  const newKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  const makeCa = (name: string) => openssl('req', '-x509', ...newKey, '-keyout', `${name}.key`, '-out', `${name}.pem`, '-days', '2',
    '-subj', `/CN=${name}`, '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=keyCertSign,cRLSign');
  const sign = (name: string, subject: string, ca: string, extensions: string) => {
    writeFileSync(at(`${name}.ext`), extensions);
    openssl('req', ...newKey, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${subject}`);
    openssl('x509', '-req', '-in', `${name}.csr`, '-CA', `${ca}.pem`, '-CAkey', `${ca}.key`, '-CAcreateserial', '-out', `${name}.pem`,
      '-days', '2', '-extfile', `${name}.ext`);
  };
  makeCa('test-ca');
  makeCa('stranger-ca');
  sign('server', '127.0.0.1', 'test-ca', 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n');
  sign('client', identity, 'test-ca', 'extendedKeyUsage=clientAuth\n');
  sign('stranger', identity, 'stranger-ca', 'extendedKeyUsage=clientAuth\n');
  return {
    ca: at('test-ca.pem'), serverCert: at('server.pem'), serverKey: at('server.key'),
    clientCert: at('client.pem'), clientKey: at('client.key'), strangerCert: at('stranger.pem'), strangerKey: at('stranger.key'),
  };
}

/** ocpp-rpc's station (strict), not yet connected, that never reconnects: what the --listen tests connect with. */
export function rpcStation(endpoint: string, identity: string, protocol: string, options: { password?: string } = {}): RPCClient {
  // ocpp-rpc's typings ask for every option; its defaults fill in the rest.
  return new RPCClient({ endpoint, identity, ...options, protocols: [protocol], strictMode: true, reconnect: false } as ConstructorParameters<typeof RPCClient>[0]);
}
