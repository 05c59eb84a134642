/**
 * Issue 14 §4: every fault a session meets gives a clear SessionFailure or a problem on the frame's entry, within
 * the timeout, with the traffic kept up to that point, and never an exception or an unhandled rejection. The other
 * side is a hand-written misbehaving `ws` server (support/misbehavingServer.ts) on 127.0.0.1; every wait is bounded.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { WebSocket } from 'ws';
import {
  connectStation, listenCentral, SessionFailure, type CloseInfo, type Session, type TrafficEntry,
} from '../server/src/session';
import { closedPort, misbehavingServer, silentServer, type Misbehaving } from './support/misbehavingServer';

// Whatever the faults, the engine leaves no promise rejected unheard.
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
process.on('unhandledRejection', onUnhandled);
after(() => {
  process.off('unhandledRejection', onUnhandled);
  assert.deepEqual(unhandled, [], 'no unhandled rejection');
});

const boot = (id = 'boot-1') => JSON.stringify([2, id, 'BootNotification', { chargePointVendor: 'Faults', chargePointModel: 'Test' }]);
const heartbeat = (id: string) => JSON.stringify([2, id, 'Heartbeat', {}]);
const codesOf = (entry: TrafficEntry | undefined) => entry?.problems.map((p) => p.code) ?? [];

/** The failure `attempt` rejects with, and how long it took. */
async function failureOf(attempt: Promise<unknown>): Promise<{ failure: SessionFailure; ms: number }> {
  const started = Date.now();
  try {
    const session = await attempt;
    await (session as Session).close();
  } catch (error) {
    assert.ok(error instanceof SessionFailure, `a SessionFailure, not ${String(error)}`);
    return { failure: error, ms: Date.now() - started };
  }
  throw new Error('the attempt succeeded');
}

/** The first CloseInfo of a session, or a failure after `ms`. */
function closeOf(session: Session, ms = 3_000): Promise<CloseInfo> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the session did not close within ${ms} ms`)), ms);
    session.onClose((info) => {
      clearTimeout(timer);
      resolve(info);
    });
  });
}

async function until(condition: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Servers and sessions a test opened, closed after it whatever happened. */
const opened: { close(): Promise<void> }[] = [];
after(async () => {
  await Promise.all(opened.map((o) => o.close()));
});
async function server(options: Parameters<typeof misbehavingServer>[0]): Promise<Misbehaving> {
  const s = await misbehavingServer(options);
  opened.push(s);
  return s;
}
async function station(url: string, extra: { timeoutMs?: number; pingIntervalMs?: number; maxTraffic?: number; version?: string } = {}) {
  const session = await connectStation({ url, identity: 'CP-FAULT', version: extra.version ?? '1.6', timeoutMs: extra.timeoutMs ?? 2_000, ...extra });
  opened.push(session);
  return session;
}

describe('connecting fails clearly', () => {
  test('an unreachable address (a closed loopback port) is "unreachable" and says so', async () => {
    const port = await closedPort();
    const { failure, ms } = await failureOf(connectStation({ url: `ws://127.0.0.1:${port}/ocpp`, identity: 'CP', version: '1.6', timeoutMs: 5_000 }));
    assert.equal(failure.kind, 'unreachable');
    assert.match(failure.message, new RegExp(`ws://127\\.0\\.0\\.1:${port}/ocpp/CP cannot be reached: nothing listens on that port`));
    assert.ok(ms < 5_000, `within the timeout, not ${ms} ms`);
  });

  test('a server that picks no subprotocol is refused: "subprotocol"', async () => {
    const s = await server({ protocol: false });
    const { failure } = await failureOf(connectStation({ url: s.url, identity: 'CP', version: '2.0.1', timeoutMs: 2_000 }));
    assert.equal(failure.kind, 'subprotocol');
    assert.match(failure.message, /refused the OCPP version we offered \(ocpp2\.0\.1\): it answered without choosing a subprotocol/);
  });

  test('a server that picks a subprotocol we did not offer is refused too', async () => {
    const s = await server({ protocol: 'ocpp1.6' });
    const { failure } = await failureOf(connectStation({ url: s.url, identity: 'CP', version: '2.1', timeoutMs: 2_000 }));
    assert.equal(failure.kind, 'subprotocol');
    assert.match(failure.message, /\(ocpp2\.1\): it chose a subprotocol we did not offer/);
  });

  test('wrong credentials (HTTP 401) are "unauthorized"', async () => {
    const s = await server({ status: 401 });
    const { failure } = await failureOf(connectStation({ url: s.url, identity: 'CP', version: '1.6', password: 'wrong', timeoutMs: 2_000 }));
    assert.equal(failure.kind, 'unauthorized');
    assert.match(failure.message, /refused the station's credentials \(HTTP 401\)/);
  });

  test('a server that never answers the handshake is a "timeout" within the timeout', async () => {
    const silent = await silentServer();
    opened.push(silent);
    const { failure, ms } = await failureOf(connectStation({ url: silent.url, identity: 'CP', version: '1.6', timeoutMs: 300 }));
    assert.equal(failure.kind, 'timeout');
    assert.match(failure.message, /did not complete the WebSocket handshake within 300 ms/);
    // The timeout, and some slack for a busy machine running the whole suite.
    assert.ok(ms >= 290 && ms < 3_000, `${ms} ms`);
  });

  test('an address that is no WebSocket URL, and an unknown version, are usage errors', async () => {
    assert.equal((await failureOf(connectStation({ url: 'http://127.0.0.1:1', identity: 'CP', version: '1.6' }))).failure.kind, 'usage');
    assert.equal((await failureOf(connectStation({ url: 'not a url', identity: 'CP', version: '1.6' }))).failure.kind, 'usage');
    assert.equal((await failureOf(connectStation({ url: 'ws://127.0.0.1:1', identity: 'CP', version: '2.0' }))).failure.kind, 'usage');
  });
});

describe('faults during a session', () => {
  test('the server closing mid-call ends the CALL as "closed" and the session with a failure; the traffic is kept', async () => {
    const s = await server({ onMessage: (socket) => socket.close(4000, 'going away mid-call') });
    const session = await station(s.url);
    const closed = closeOf(session);
    const exchange = await session.send(boot());
    assert.equal(exchange.outcome, 'closed');
    const info = await closed;
    assert.equal(info.code, 4000);
    assert.equal(info.failure?.kind, 'closed');
    assert.match(info.failure!.message, /closed the connection \(code 4000: going away mid-call\) while our BootNotification \("boot-1"\) waited for its answer/);
    assert.deepEqual(session.traffic.map((e) => e.text), [boot()]);
    await assert.rejects(session.send(heartbeat('after')), (error: SessionFailure) => error.kind === 'closed' && /not sent/.test(error.message));
  });

  test('an answer that never comes is a "timeout" after timeoutMs; the next CALL goes; a late answer is flagged', async () => {
    let calls = 0;
    const s = await server({
      onMessage: (socket, text) => {
        const [, id] = JSON.parse(text) as [number, string];
        // The first CALL is answered only after its timeout; the second at once.
        if (++calls === 1) setTimeout(() => socket.send(JSON.stringify([3, id, { status: 'Accepted', currentTime: new Date().toISOString(), interval: 60 }])), 500);
        else socket.send(JSON.stringify([3, id, { currentTime: new Date().toISOString() }]));
      },
    });
    const session = await station(s.url, { timeoutMs: 300 });
    const started = Date.now();
    const first = await session.send(boot());
    const waited = Date.now() - started;
    assert.equal(first.outcome, 'timeout');
    assert.ok(waited >= 290 && waited < 3_000, `${waited} ms`);
    const second = await session.send(heartbeat('hb-1'));
    assert.equal(second.outcome, 'answered');
    await until(() => session.traffic.length === 4, 2_000, 'the late answer');
    const late = session.traffic.find((e) => e.direction === 'received' && e.uniqueId === 'boot-1');
    assert.deepEqual(codesOf(late), ['session-late-answer']);
    assert.match(late!.problems[0].message, /came after its 300 ms timeout/);
    assert.equal(late!.action, 'BootNotification');
  });

  test('an answer with an unknown id is recorded with session-unknown-id; the real answer still ends the CALL', async () => {
    const s = await server({
      onMessage: (socket, text) => {
        const [, id] = JSON.parse(text) as [number, string];
        socket.send(JSON.stringify([3, 'nobody-asked', { currentTime: new Date().toISOString() }]));
        socket.send(JSON.stringify([3, id, { currentTime: new Date().toISOString() }]));
      },
    });
    const session = await station(s.url);
    const exchange = await session.send(heartbeat('hb-known'));
    assert.equal(exchange.outcome, 'answered');
    assert.deepEqual(exchange.answer?.problems, []);
    const stray = session.traffic.find((e) => e.uniqueId === 'nobody-asked');
    assert.deepEqual(codesOf(stray), ['session-unknown-id']);
    assert.match(stray!.problems[0].message, /No CALL of ours has the uniqueId "nobody-asked"/);
    assert.equal(stray!.answers, undefined);
  });

  test('malformed frames from the other side are recorded with the checker\'s findings, and the session goes on', async () => {
    const junk = ['this is not JSON', '{"not": "an array"}', '[2, "too short"]', '[9, "x", {}]', '[3, 42, {}]'];
    const s = await server({
      onMessage: (socket, text) => {
        const [, id] = JSON.parse(text) as [number, string];
        for (const text of junk) socket.send(text);
        socket.send(Buffer.from(JSON.stringify([3, 'binary', {}])), { binary: true });
        socket.send(JSON.stringify([3, id, { currentTime: new Date().toISOString() }]));
      },
    });
    const session = await station(s.url);
    const exchange = await session.send(heartbeat('hb-junk'));
    assert.equal(exchange.outcome, 'answered');
    const received = session.traffic.filter((e) => e.direction === 'received');
    assert.deepEqual(received.map((e) => e.text).slice(0, junk.length), junk);
    for (const entry of received.slice(0, junk.length)) {
      assert.ok(entry.problems.some((p) => p.severity === 'error'), `${entry.text}: ${JSON.stringify(entry.problems)}`);
    }
    assert.ok(codesOf(received[junk.length]).includes('session-binary-frame'));
    assert.match(session.transcript(), /RECV this is not JSON/);
  });

  test('a flood of 2,000 CALLs is answered, every one, flagged as concurrent, within bounded time and memory', async () => {
    const flood = 2_000;
    let answers = 0;
    const s = await server({
      onConnection: (socket) => {
        for (let i = 0; i < flood; i++) socket.send(heartbeat(`flood-${i}`));
      },
      onMessage: (socket, text) => {
        const [type, id] = JSON.parse(text) as [number, string];
        if (type === 3) answers++;
        if (type === 2) socket.send(JSON.stringify([3, id, { currentTime: new Date().toISOString() }]));
      },
    });
    const session = await station(s.url, { maxTraffic: 1_000 });
    await until(() => answers === flood, 20_000, `${flood} answers`);
    // The traffic stays within its limit; the transcript says how many frames were dropped.
    assert.ok(session.traffic.length <= 1_000, `${session.traffic.length} entries kept`);
    assert.match(session.transcript(), /^# \d+ earlier frames are not kept: a session keeps its newest 1000\.\n/);
    assert.ok(session.traffic.some((e) => codesOf(e).includes('session-concurrent-call')), 'the concurrent CALLs are flagged');
    // And the session still works.
    assert.equal((await session.send(heartbeat('after-flood'))).outcome, 'answered');
  });

  test('a message over 10 MiB ends the session with a protocol failure that says so', async () => {
    const s = await server({ onConnection: (socket) => socket.send(JSON.stringify([2, 'huge', 'DataTransfer', { vendorId: 'x', data: 'x'.repeat(11 * 1024 * 1024) }])) });
    const session = await station(s.url);
    const info = await closeOf(session, 5_000);
    assert.equal(info.failure?.kind, 'protocol');
    assert.match(info.failure!.message, /larger than 10 MiB/);
  });

  test('a peer that stops answering pings is dropped with a failure', async () => {
    const s = await server({ autoPong: false });
    const session = await station(s.url, { pingIntervalMs: 100 });
    const info = await closeOf(session, 2_000);
    assert.equal(info.failure?.kind, 'closed');
    assert.match(info.failure!.message, /did not answer a WebSocket ping within 100 ms/);
  });

  test('a 2.1 CALLRESULTERROR naming our CALLRESULT is recorded against it; a SEND of ours resolves once written', async () => {
    const s = await server({
      onConnection: (socket) => socket.send(JSON.stringify([2, 'their-1', 'Heartbeat', {}])),
      onMessage: (socket, text) => {
        const [type, id] = JSON.parse(text) as [number, string];
        if (type === 3) socket.send(JSON.stringify([5, id, 'InternalError', 'we could not store the time', {}]));
      },
    });
    const session = await station(s.url, { version: '2.1' });
    await until(() => session.traffic.length === 3, 2_000, 'the CALLRESULTERROR');
    const [call, result, error] = session.traffic;
    assert.equal(result.answers, call.seq);
    assert.equal(error.messageTypeId, 5);
    assert.equal(error.answers, result.seq);
    assert.equal(error.action, 'Heartbeat');
    assert.deepEqual(error.problems, []);
    const send = await session.send(JSON.stringify([6, 'stream-1', 'NotifyPeriodicEventStream', { id: 1, pending: 0, basetime: new Date().toISOString(), data: [{ t: 0, v: '1' }] }]));
    assert.equal(send.outcome, 'sent');
    assert.deepEqual(send.request.problems, []);
  });

  test('a second answer to one CALL, and an answer to a SEND, are flagged on their entries', async () => {
    const s = await server({
      onMessage: (socket, text) => {
        const [type, id] = JSON.parse(text) as [number, string];
        const answer = JSON.stringify([3, id, { currentTime: new Date().toISOString() }]);
        socket.send(answer);
        if (type === 2) socket.send(answer);
      },
    });
    const session = await station(s.url, { version: '2.1' });
    assert.equal((await session.send(heartbeat('twice'))).outcome, 'answered');
    const periodic = { id: 1, pending: 0, basetime: new Date().toISOString(), data: [{ t: 0, v: '1' }] };
    await session.send(JSON.stringify([6, 'stream-2', 'NotifyPeriodicEventStream', periodic]));
    await until(() => session.traffic.length === 5, 2_000, 'the extra answers');
    const twice = session.traffic.filter((e) => e.uniqueId === 'twice' && e.direction === 'received');
    assert.deepEqual(twice.map(codesOf), [[], ['session-answered-twice']]);
    const toSend = session.traffic.find((e) => e.uniqueId === 'stream-2' && e.direction === 'received');
    assert.ok(codesOf(toSend).includes('answer-to-send'), JSON.stringify(toSend?.problems));
  });

  test('a Responder set as soon as the session is there answers a CALL that came right behind the handshake', async () => {
    const s = await server({ onConnection: (socket) => socket.send(JSON.stringify([2, 'early-1', 'Reset', { type: 'Soft' }])) });
    const session = await station(s.url);
    session.setResponder((call) => [3, call.uniqueId, { status: 'Rejected' }]);
    await until(() => s.received.length === 1, 2_000, 'the answer');
    assert.deepEqual(JSON.parse(s.received[0]), [3, 'early-1', { status: 'Rejected' }]);
    assert.deepEqual(session.traffic.map((e) => e.direction), ['received', 'sent']);
  });

  test('a malformed text of ours is sent as it is (negative tests), with the checker\'s findings on it', async () => {
    const s = await server({});
    const session = await station(s.url);
    const exchange = await session.send('[2, "bad", "Heartbeat", {]');
    assert.equal(exchange.outcome, 'sent');
    assert.ok(exchange.request.problems.some((p) => p.code === 'syntax-error'), JSON.stringify(exchange.request.problems));
    await until(() => s.received.length === 1, 2_000, 'the server receiving it');
    assert.equal(s.received[0], '[2, "bad", "Heartbeat", {]');
  });
});

describe('our central system meets misbehaving stations', () => {
  test('a station offering only another version gets the handshake completed without a subprotocol, then closed; no session', async () => {
    const listener = await listenCentral({ port: 0, version: '2.0.1' });
    opened.push(listener);
    let sessions = 0;
    listener.onSession(() => sessions++);
    const socket = new WebSocket(`ws://127.0.0.1:${listener.port}/CP-OLD`, ['ocpp1.6']);
    const error = await new Promise<Error>((resolve) => socket.once('error', resolve));
    assert.match(error.message, /no subprotocol/i);
    assert.equal(sessions, 0);
  });

  test('a station with no identity in the path, or wrong credentials, is refused with 404 or 401', async () => {
    const listener = await listenCentral({ port: 0, version: '1.6', password: 'pw' });
    opened.push(listener);
    const statusOf = (path: string, headers: Record<string, string> = {}) => new Promise<number>((resolve) => {
      const socket = new WebSocket(`ws://127.0.0.1:${listener.port}${path}`, ['ocpp1.6'], { headers });
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.on('error', () => resolve(-1));
    });
    assert.equal(await statusOf('/'), 404);
    assert.equal(await statusOf('/CP-1'), 401);
    const basic = (user: string, pw: string) => ({ Authorization: `Basic ${Buffer.from(`${user}:${pw}`).toString('base64')}` });
    assert.equal(await statusOf('/CP-1', basic('CP-1', 'guess')), 401);
    assert.equal(await statusOf('/CP-1', basic('CP-2', 'pw')), 401, 'the user name must be the identity');
  });

  test('a station\'s invalid CALL is flagged on its entry and still answered; one that is no object gets a FormationViolation', async () => {
    const listener = await listenCentral({ port: 0, version: '1.6' });
    opened.push(listener);
    const sessions: Session[] = [];
    listener.onSession((s) => sessions.push(s));
    const socket = new WebSocket(`ws://127.0.0.1:${listener.port}/CP-BAD`, ['ocpp1.6']);
    const answers: string[] = [];
    socket.on('message', (data) => answers.push(String(data)));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify([2, 'a', 'StatusNotification', { connectorId: 0, errorCode: 'NoError', status: 'Charging' }]));
    socket.send(JSON.stringify([2, 'b', 'Heartbeat', 'not an object']));
    await until(() => answers.length === 2, 2_000, 'two answers');
    socket.close();
    assert.deepEqual(JSON.parse(answers[0]), [3, 'a', {}]);
    assert.deepEqual((JSON.parse(answers[1]) as unknown[]).slice(0, 3), [4, 'b', 'FormationViolation']);
    const call = sessions[0].traffic.find((e) => e.uniqueId === 'a' && e.direction === 'received');
    assert.ok(call!.problems.some((p) => p.severity === 'error' && /Charging/.test(p.message)), JSON.stringify(call!.problems));
  });
});
