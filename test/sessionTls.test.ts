/**
 * Security profiles 2 and 3 of the session engine, with a CA and certificates the test makes itself (openssl, see
 * support/tls.ts), on the loopback interface only: TLS with the given CA and Basic authentication, client
 * certificates, and each TLS failure a user meets (an untrusted CA, another host's certificate, an expired one, a
 * missing or foreign client certificate) as a SessionFailure of kind 'tls' that says which. ocpp-rpc, on an HTTPS
 * server of our making, is the independent side.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer as createHttpsServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { RPCClient, RPCServer } from 'ocpp-rpc';
import { connectStation, listenCentral, SessionFailure, type CentralListener, type Session } from '../server/src/session';
import { makeTestPki, type TestPki } from './support/tls';

let pki: TestPki;
before(() => {
  pki = makeTestPki();
});
after(() => pki?.dispose());

const heartbeat = JSON.stringify([2, 'hb-1', 'Heartbeat', {}]);

/** Rejects with a SessionFailure of `kind` whose message matches `message`. */
async function failsWith(attempt: Promise<unknown>, kind: string, message: RegExp): Promise<SessionFailure> {
  let caught: unknown;
  await attempt.then((session) => (session as Session | undefined)?.close?.(), (error: unknown) => { caught = error; });
  assert.ok(caught instanceof SessionFailure, `expected a SessionFailure, got ${String(caught)}`);
  assert.equal(caught.kind, kind, caught.message);
  assert.match(caught.message, message);
  return caught;
}

/** Our central system over TLS with `pair`, for the tests of one describe block. */
function tlsCentral(choose: () => { cert: string; key: string }, extra: { password?: string; requireClientCertificate?: boolean } = {}) {
  const state: { listener?: CentralListener; url: string; sessions: Session[] } = { url: '', sessions: [] };
  before(async () => {
    const { cert, key } = choose();
    state.listener = await listenCentral({ port: 0, version: '2.0.1', cert, key, ca: pki.ca, timeoutMs: 3_000, ...extra });
    state.listener.onSession((s) => state.sessions.push(s));
    state.url = `wss://127.0.0.1:${state.listener.port}/ocpp`;
  });
  after(() => state.listener?.close());
  return state;
}

describe('security profile 2: TLS with a given CA, plus Basic authentication', () => {
  const central = tlsCentral(() => pki.server, { password: 'profile-2 key' });

  test('a station trusting the test CA connects with its password over wss and is answered', async () => {
    const session = await connectStation({ url: central.url, identity: 'CP-TLS', version: '2.0.1', ca: pki.ca, password: 'profile-2 key', timeoutMs: 3_000 });
    try {
      assert.equal((await session.send(heartbeat)).outcome, 'answered');
      assert.equal(central.sessions.at(-1)?.identity, 'CP-TLS');
    } finally {
      await session.close();
    }
  });

  test('localhost is a name the certificate has too', async () => {
    const url = central.url.replace('127.0.0.1', 'localhost');
    const session = await connectStation({ url, identity: 'CP-TLS', version: '2.0.1', ca: pki.ca, password: 'profile-2 key', timeoutMs: 3_000 });
    await session.close();
  });

  test('the right CA but the wrong password is unauthorized, not a TLS fault', async () => {
    await failsWith(connectStation({ url: central.url, identity: 'CP-TLS', version: '2.0.1', ca: pki.ca, password: 'nope', timeoutMs: 3_000 }),
      'unauthorized', /HTTP 401/);
  });

  test('without the CA, the system store alone does not trust the test CA: an untrusted-authority failure', async () => {
    await failsWith(connectStation({ url: central.url, identity: 'CP-TLS', version: '2.0.1', password: 'profile-2 key', timeoutMs: 3_000 }),
      'tls', /not signed by a certificate authority we trust/);
  });
});

describe('TLS failures name what is wrong with the server\'s certificate', () => {
  const untrusted = tlsCentral(() => pki.untrusted);
  const otherHost = tlsCentral(() => pki.otherHost);
  const expired = tlsCentral(() => pki.expired);

  test('a certificate from a CA we were not given', async () => {
    await failsWith(connectStation({ url: untrusted.url, identity: 'CP-TLS', version: '2.0.1', ca: pki.ca, timeoutMs: 3_000 }),
      'tls', /not signed by a certificate authority we trust/);
  });

  test('a certificate for another host name', async () => {
    await failsWith(connectStation({ url: otherHost.url, identity: 'CP-TLS', version: '2.0.1', ca: pki.ca, timeoutMs: 3_000 }),
      'tls', /for another host name/);
  });

  test('an expired certificate', async () => {
    await failsWith(connectStation({ url: expired.url, identity: 'CP-TLS', version: '2.0.1', ca: pki.ca, timeoutMs: 3_000 }),
      'tls', /has expired/);
  });
});

describe('security profile 3: client certificates', () => {
  const central = tlsCentral(() => pki.server, { requireClientCertificate: true });

  test('a station with a certificate the central system\'s CA signed gets a session', async () => {
    const session = await connectStation({
      url: central.url, identity: 'CP-TLS', version: '2.0.1', ca: pki.ca, cert: pki.client.cert, key: pki.client.key, timeoutMs: 3_000,
    });
    try {
      assert.equal((await session.send(heartbeat)).outcome, 'answered');
    } finally {
      await session.close();
    }
  });

  test('a station without a client certificate is refused with a TLS failure', async () => {
    await failsWith(connectStation({ url: central.url, identity: 'CP-TLS', version: '2.0.1', ca: pki.ca, timeoutMs: 3_000 }),
      'tls', /TLS|certificate/);
  });

  test('a station whose certificate another CA signed is refused with a TLS failure', async () => {
    await failsWith(connectStation({
      url: central.url, identity: 'CP-TLS', version: '2.0.1', ca: pki.ca, cert: pki.strangerClient.cert, key: pki.strangerClient.key, timeoutMs: 3_000,
    }), 'tls', /TLS|certificate/);
  });

  test('ocpp-rpc\'s station with its client certificate gets a session and our default answer', async () => {
    const before = central.sessions.length;
    const client = new RPCClient({
      endpoint: central.url, identity: 'RPC-TLS', protocols: ['ocpp2.0.1'], strictMode: true, reconnect: false,
      wsOpts: { ca: pki.ca, cert: pki.client.cert, key: pki.client.key },
    } as ConstructorParameters<typeof RPCClient>[0]);
    try {
      await client.connect();
      const answer = await client.call('Heartbeat', {}) as { currentTime?: string };
      assert.equal(typeof answer.currentTime, 'string');
      assert.equal(central.sessions.length, before + 1);
      assert.equal(central.sessions.at(-1)?.identity, 'RPC-TLS');
    } finally {
      await client.close({ force: true });
    }
  });
});

describe('security profile 2 against ocpp-rpc\'s central system on an HTTPS server', () => {
  let https: Server;
  let rpc: RPCServer;
  let url = '';
  before(async () => {
    rpc = new RPCServer({ protocols: ['ocpp2.0.1'], strictMode: true });
    rpc.auth((accept, reject, handshake) => {
      if (handshake.password?.toString('utf8') === 'rpc key') accept();
      else reject(401, 'wrong password');
    });
    rpc.on('client', (client) => client.handle('Heartbeat', async () => ({ currentTime: new Date().toISOString() })));
    https = createHttpsServer({ cert: pki.server.cert, key: pki.server.key });
    https.on('upgrade', rpc.handleUpgrade);
    await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve));
    url = `wss://127.0.0.1:${(https.address() as AddressInfo).port}/ocpp`;
  });
  after(async () => {
    await rpc.close({ force: true });
    https.closeAllConnections();
    await new Promise((resolve) => https.close(resolve));
  });

  test('our station connects with the CA and the password, and its Heartbeat is answered cleanly', async () => {
    const session = await connectStation({ url, identity: 'CP-RPC-TLS', version: '2.0.1', ca: pki.ca, password: 'rpc key', timeoutMs: 3_000 });
    try {
      const exchange = await session.send(heartbeat);
      assert.equal(exchange.outcome, 'answered');
      assert.deepEqual(exchange.answer?.problems, []);
    } finally {
      await session.close();
    }
  });
});

describe('TLS options a session cannot use are usage errors, before any connection', () => {
  test('a certificate without its key', async () => {
    await failsWith(connectStation({ url: 'wss://127.0.0.1:1/ocpp', identity: 'CP', version: '2.0.1', cert: 'x' }), 'usage', /key/);
  });

  test('a client certificate over plain ws://', async () => {
    await failsWith(connectStation({ url: 'ws://127.0.0.1:1/ocpp', identity: 'CP', version: '2.0.1', cert: 'x', key: 'y' }), 'usage', /wss:\/\//);
  });

  test('a central system asking for client certificates without TLS', async () => {
    await failsWith(listenCentral({ port: 0, version: '2.0.1', requireClientCertificate: true }), 'usage', /TLS/);
  });
});
