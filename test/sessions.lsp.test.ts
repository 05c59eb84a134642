/**
 * Live sessions through the language server, as the VS Code client drives them: `node dist/server.js --stdio` over
 * a real connection (test/support/lspClient.ts), its `ocpp/session/*` requests, the traffic and state
 * notifications, and the session code lenses. The central system is ocpp-rpc's RPCServer in strict mode (it checks
 * every call against the official 1.6 schemas) on 127.0.0.1; a central system of ours is reached by ocpp-rpc's
 * RPCClient. Build first (`node esbuild.mjs`).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { RPCClient, RPCServer, type IHandlersOption } from 'ocpp-rpc';
import { CodeLensRequest, type CodeLens } from 'vscode-languageserver-protocol';
import {
  SendableFramesRequest, SessionConnectRequest, SessionDisconnectRequest, SessionLensesNotification, SessionRunScriptRequest, SessionSendRequest,
  SessionTranscriptRequest, type SessionStateParams, type SessionTrafficParams,
} from '../server/src/lsp/protocol';
import { LspClient } from './support/lspClient';
import { failOnErrorLogs, freshUri, rangeOf, richClient } from './support/lspHelpers';

const conversation = `[
  [2, "b-1", "BootNotification", {"chargePointVendor": "Lens tests", "chargePointModel": "LSP"}],
  [3, "b-1", {"status": "Accepted", "currentTime": "2025-01-01T10:00:00Z", "interval": 300}],
  [2, "r-1", "RemoteStartTransaction", {"idTag": "TAG1"}],
  [3, "r-1", {"status": "Accepted"}],
  [2, "h-1", "Heartbeat", {}]
]
`;

const titles = (lenses: CodeLens[]) => lenses.map((l) => `${l.range.start.line}: ${l.command?.title}`);

describe('live sessions over the language server (ocpp-rpc central system on 127.0.0.1)', () => {
  let client: LspClient;
  let central: RPCServer;
  let port = 0;
  /** What the central system received: [identity, action, params]. */
  const received: [string, string, unknown][] = [];
  const traffic: SessionTrafficParams[] = [];
  const states: SessionStateParams[] = [];

  before(async () => {
    central = new RPCServer({ protocols: ['ocpp1.6'], strictMode: true });
    central.on('client', (station) => {
      station.handle('BootNotification', async ({ params }: IHandlersOption) => {
        received.push([station.identity, 'BootNotification', params]);
        return { status: 'Accepted', currentTime: new Date().toISOString(), interval: 300 };
      });
      station.handle('Heartbeat', async ({ params }: IHandlersOption) => {
        received.push([station.identity, 'Heartbeat', params]);
        return { currentTime: new Date().toISOString() };
      });
    });
    const http = await central.listen(0, '127.0.0.1');
    port = (http.address() as AddressInfo).port;
    client = await LspClient.start({
      capabilities: { ...richClient, workspace: { ...richClient.workspace, codeLens: { refreshSupport: true } } },
      initializationOptions: { validationDelay: 0 }, timeoutMs: 15_000,
    });
    client.onNotification('ocpp/session/traffic', (params) => traffic.push(params as SessionTrafficParams));
    client.onNotification('ocpp/session/state', (params) => states.push(params as SessionStateParams));
    // As the VS Code client does when it has endpoints to offer.
    client.notify(SessionLensesNotification, { enabled: true });
  });
  after(async () => {
    client?.stop();
    await central?.close({ force: true });
  });
  failOnErrorLogs(() => client);

  test('the server offers code lenses', () => {
    assert.deepEqual(client.initializeResult?.capabilities.codeLensProvider, { resolveProvider: false });
  });

  test('no lenses until the client says it has endpoints: they name commands only such a client runs', async () => {
    const uri = freshUri('sessions', 'no-lenses.ocpp.json');
    await client.openAndDiagnose(uri, conversation);
    client.notify(SessionLensesNotification, { enabled: false });
    assert.deepEqual(await client.call(CodeLensRequest.method, { textDocument: { uri } }), []);
    client.notify(SessionLensesNotification, { enabled: true });
    const lenses = await client.call(CodeLensRequest.method, { textDocument: { uri } }) as CodeLens[];
    assert.equal(lenses.length, 4);
  });

  test('without a session: "Run script" at the top and "Send" above every CALL, whichever side sends it', async () => {
    const uri = freshUri('sessions', 'lenses.ocpp.json');
    await client.openAndDiagnose(uri, conversation);
    const lenses = await client.call(CodeLensRequest.method, { textDocument: { uri } }) as CodeLens[];
    assert.deepEqual(titles(lenses), ['0: Run script', '1: Send', '3: Send', '5: Send']);
    const send = lenses[1].command!;
    assert.equal(send.command, 'ocpp.session.send');
    assert.deepEqual(send.arguments, [{ uri, range: rangeOf(conversation, '[2, "b-1", "BootNotification", {"chargePointVendor": "Lens tests", "chargePointModel": "LSP"}]') }]);
    const frames = await client.call(SendableFramesRequest, { uri });
    assert.deepEqual(frames.map((f) => [f.action, f.uniqueId, f.sender]),
      [['BootNotification', 'b-1', 'station'], ['RemoteStartTransaction', 'r-1', 'csms'], ['Heartbeat', 'h-1', 'station']]);
  });

  test('a conversation of more than 500 CALLs gets "Run script" only, not a lens per frame', async () => {
    const many = (n: number) => `[\n${Array.from({ length: n }, (_, i) => `  [2, "h-${i}", "Heartbeat", {}]`).join(',\n')}\n]\n`;
    const uri500 = freshUri('sessions', 'five-hundred.ocpp.json');
    await client.openAndDiagnose(uri500, many(500));
    const lenses500 = await client.call(CodeLensRequest.method, { textDocument: { uri: uri500 } }) as CodeLens[];
    assert.equal(lenses500.length, 501);
    const uri501 = freshUri('sessions', 'five-hundred-one.ocpp.json');
    await client.openAndDiagnose(uri501, many(501));
    const lenses501 = await client.call(CodeLensRequest.method, { textDocument: { uri: uri501 } }) as CodeLens[];
    assert.deepEqual(titles(lenses501), ['0: Run script']);
  });

  test('connect as a station, send a CALL from a document: the central system gets it, the answer comes back with its verdict', async () => {
    const uri = freshUri('sessions', 'send.ocpp.json');
    await client.openAndDiagnose(uri, conversation);
    const connected = await client.call(SessionConnectRequest, {
      endpoint: { name: 'test central', role: 'station', version: '1.6', url: `ws://127.0.0.1:${port}/ocpp`, identity: 'CP-LSP-1' },
    });
    assert.ok(connected.ok, JSON.stringify(connected));
    assert.equal(connected.subprotocol, 'ocpp1.6');
    await client.until(() => states.find((s) => s.sessionId === connected.sessionId && s.state === 'connected'), 'the connected state');

    const frame = '[2, "b-1", "BootNotification", {"chargePointVendor": "Lens tests", "chargePointModel": "LSP"}]';
    const range = rangeOf(conversation, frame);
    const result = await client.call(SessionSendRequest, { text: frame, source: { uri, range } });
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.exchange.outcome, 'answered');
    assert.equal(result.exchange.request.text, '[2,"b-1","BootNotification",{"chargePointVendor":"Lens tests","chargePointModel":"LSP"}]');
    assert.deepEqual(received.at(-1), ['CP-LSP-1', 'BootNotification', { chargePointVendor: 'Lens tests', chargePointModel: 'LSP' }]);
    const answer = result.exchange.answer!;
    assert.equal(answer.messageTypeId, 3);
    assert.deepEqual(answer.problems, [], 'the central system answered validly');

    // Both frames were notified, the sent one and its answer carrying the document's range.
    const mine = await client.until(() => {
      const found = traffic.filter((t) => t.sessionId === connected.sessionId && t.entry.uniqueId === 'b-1');
      return found.length === 2 ? found : undefined;
    }, 'the traffic of b-1');
    assert.deepEqual(mine.map((t) => [t.entry.direction, t.entry.messageTypeId, t.identity]), [['sent', 2, 'CP-LSP-1'], ['received', 3, 'CP-LSP-1']]);
    assert.deepEqual(mine.map((t) => t.source), [{ uri, range }, { uri, range }]);

    // The lenses: as a station, no "Send" above RemoteStartTransaction; the answer beside the sent CALL. The script
    // already answers b-1, so there is nothing to insert there.
    let lenses = await client.call(CodeLensRequest.method, { textDocument: { uri } }) as CodeLens[];
    assert.deepEqual(titles(lenses).filter((t) => !t.startsWith('1: ←')), ['0: Run script', '1: Send', '5: Send']);
    assert.match(titles(lenses).find((t) => t.startsWith('1: ←'))!, /^1: ← CALLRESULT Accepted · \d+ ms · valid$/);

    // The Heartbeat has no answer in the script: its live one can be inserted as the expectation.
    const heartbeat = '[2, "h-1", "Heartbeat", {}]';
    const sentHeartbeat = await client.call(SessionSendRequest, { text: heartbeat, source: { uri, range: rangeOf(conversation, heartbeat) } });
    assert.ok(sentHeartbeat.ok && sentHeartbeat.exchange.answer);
    lenses = await client.call(CodeLensRequest.method, { textDocument: { uri } }) as CodeLens[];
    assert.match(titles(lenses).filter((t) => t.startsWith('5:')).join(' | '), /^5: Send \| 5: ← CALLRESULT · \d+ ms · valid \| 5: Insert as expected answer$/);
    const insert = lenses.find((l) => l.command?.title === 'Insert as expected answer')!.command!;
    assert.equal(insert.command, 'ocpp.session.insertExpected');
    assert.deepEqual(insert.arguments, [{ uri, range: rangeOf(conversation, heartbeat), text: sentHeartbeat.exchange.answer.text }]);

    const transcript = await client.call(SessionTranscriptRequest, {});
    assert.match(transcript ?? '', /\[CP-LSP-1\] SEND \[2,"b-1","BootNotification"/);
    assert.match(transcript ?? '', /\[CP-LSP-1\] RECV \[3,"b-1",\{"status":"Accepted"/);

    await client.call(SessionDisconnectRequest, { sessionId: connected.sessionId });
    await client.until(() => states.find((s) => s.sessionId === connected.sessionId && s.state === 'closed'), 'the closed state');
  });

  test('a frame the checker finds wrong is still sent, and the verdict says so', async () => {
    const connected = await client.call(SessionConnectRequest, {
      endpoint: { name: 'test central', role: 'station', version: '1.6', url: `ws://127.0.0.1:${port}/ocpp`, identity: 'CP-LSP-2' },
    });
    assert.ok(connected.ok);
    const result = await client.call(SessionSendRequest, { text: '[2, "x-1", "Heartbeat", {"unexpected": 1}]' });
    assert.ok(result.ok);
    assert.ok(result.exchange.request.problems.some((p) => p.code === 'unknown-field' && p.severity === 'error'),
      JSON.stringify(result.exchange.request.problems));
    // ocpp-rpc's strict mode refuses it: a CALLERROR.
    assert.equal(result.exchange.answer?.messageTypeId, 4);
    await client.call(SessionDisconnectRequest, { sessionId: connected.sessionId });
  });

  test('"Run script" runs the document: our CALLs sent in order, each answer judged against the script\'s', async () => {
    const script = `[
  [2, "s-1", "BootNotification", {"chargePointVendor": "Script", "chargePointModel": "LSP"}],
  [3, "s-1", {"status": "Rejected", "currentTime": "2025-01-01T10:00:00Z", "interval": 300}],
  [2, "s-2", "Heartbeat", {}]
]
`;
    const uri = freshUri('sessions', 'script.ocpp.json');
    await client.openAndDiagnose(uri, script);
    const connected = await client.call(SessionConnectRequest, {
      endpoint: { name: 'test central', role: 'station', version: '1.6', url: `ws://127.0.0.1:${port}/ocpp`, identity: 'CP-LSP-3' },
    });
    assert.ok(connected.ok);
    const before = received.length;
    const run = await client.call(SessionRunScriptRequest, { uri });
    assert.deepEqual(run.errors, []);
    assert.deepEqual(run.steps.map((s) => [s.line, s.action, s.passed]), [[1, 'BootNotification', false], [3, 'Heartbeat', true]]);
    assert.match(run.steps[0].failures.join('\n'), /Rejected/);
    assert.deepEqual(received.slice(before).map(([identity, action]) => [identity, action]), [['CP-LSP-3', 'BootNotification'], ['CP-LSP-3', 'Heartbeat']]);
    const lenses = await client.call(CodeLensRequest.method, { textDocument: { uri } }) as CodeLens[];
    assert.ok(titles(lenses).some((t) => /^1: ← CALLRESULT Accepted · \d+ ms · valid$/.test(t)), titles(lenses).join('\n'));
    await client.call(SessionDisconnectRequest, { sessionId: connected.sessionId });
  });

  test('a central system of ours: a station connects, the lenses offer the central system\'s CALLs', async () => {
    const listening = await client.call(SessionConnectRequest, { endpoint: { name: 'our central', role: 'csms', version: '1.6', port: 0 } });
    assert.ok(listening.ok && listening.port, JSON.stringify(listening));
    // ocpp-rpc's typings list every option as required; the rest keep their defaults.
    const station = new RPCClient({
      endpoint: `ws://127.0.0.1:${listening.port}`, identity: 'CP-RPC-1', protocols: ['ocpp1.6'], strictMode: true, reconnect: false,
    } as unknown as ConstructorParameters<typeof RPCClient>[0]);
    try {
      await station.connect();
      const answer = await station.call('BootNotification', { chargePointVendor: 'RPC', chargePointModel: 'Client' }) as { status: string };
      assert.equal(answer.status, 'Accepted');
      const connected = await client.until(() => states.find((s) => s.identity === 'CP-RPC-1' && s.state === 'connected'), 'the station');
      assert.equal(connected.subprotocol, 'ocpp1.6');
      const uri = freshUri('sessions', 'central.ocpp.json');
      await client.openAndDiagnose(uri, conversation);
      const lenses = await client.call(CodeLensRequest.method, { textDocument: { uri } }) as CodeLens[];
      assert.deepEqual(titles(lenses), ['0: Run script', '3: Send']);
    } finally {
      await station.close({ force: true });
      await client.call(SessionDisconnectRequest, { sessionId: listening.ok ? listening.sessionId : undefined });
    }
  });

  test('an unreachable central system is a failure with its kind, not a hang', async () => {
    // A port the central system just gave up: nothing listens there.
    const spare = new RPCServer({ protocols: ['ocpp1.6'] });
    const http = await spare.listen(0, '127.0.0.1');
    const closedPort = (http.address() as AddressInfo).port;
    await spare.close({});
    const result = await client.call(SessionConnectRequest, {
      endpoint: { name: 'nowhere', role: 'station', version: '1.6', url: `ws://127.0.0.1:${closedPort}/ocpp`, identity: 'CP-X' },
    });
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.failure.kind, 'unreachable');
    const send = await client.call(SessionSendRequest, { text: '[2, "h", "Heartbeat", {}]', sessionId: 'no-such-session' });
    assert.equal(send.ok, false);
  });
});
