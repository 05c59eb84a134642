/**
 * The environment seam (server/src/environment.ts) is real: startServer runs in this process over an in-memory
 * connection with a FAKE environment, whose file system holds a `.ocpprc.json` that is on no disk and whose timers
 * run only when the test moves its clock. The diagnostics follow that file, and nothing is validated until the fake
 * clock says so.
 * test/environmentImports.test.ts checks the other side: nothing below the seam reaches Node by itself.
 * Needs no build: the server is imported from its sources.
 */
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import { PassThrough } from 'node:stream';
import { createConnection, type Connection } from 'vscode-languageserver/node';
import {
  DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, FileChangeType, StreamMessageReader, StreamMessageWriter,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import type { Environment, TextFileRead, Timer } from '../server/src/environment';
import { nodeEnvironment } from '../server/src/nodeEnvironment';
import { startServer } from '../server/src/lsp/server';
import { LspClient } from './support/lspClient';

// ---------------------------------------------------------------------------------------------------------------
// A fake environment: files in a map, POSIX paths, file:///<path> URIs, timers on a clock the test moves
// ---------------------------------------------------------------------------------------------------------------

interface FakeTimer {
  readonly due: number;
  readonly delay: number;
  readonly callback: () => void;
}

class FakeEnvironment implements Environment {
  readonly files = new Map<string, string>();
  /** Every path the server asked to read, in order. */
  readonly reads: string[] = [];
  /** Milliseconds the test has moved the clock on, from a fixed start. */
  private elapsed = 0;
  private nextTimer = 1;
  private readonly timers = new Map<number, FakeTimer>();

  readTextFile(path: string): TextFileRead {
    this.reads.push(path);
    const text = this.files.get(path);
    return text === undefined ? { error: 'ENOENT' } : { text };
  }

  isFile(path: string): boolean {
    return this.files.has(path);
  }

  uriToPath(uri: string): string | undefined {
    return uri.startsWith('file:///') ? decodeURIComponent(uri.slice('file://'.length)) : undefined;
  }

  pathToUri(path: string): string {
    return `file://${encodeURI(path)}`;
  }

  dirname(path: string): string {
    return posix.dirname(path);
  }

  joinPath(directory: string, name: string): string {
    return posix.join(directory, name);
  }

  setTimeout(callback: () => void, delay: number): Timer {
    const id = this.nextTimer++;
    this.timers.set(id, { due: this.elapsed + delay, delay, callback });
    return id as unknown as Timer;
  }

  clearTimeout(timer: Timer | undefined): void {
    this.timers.delete(timer as unknown as number);
  }

  /** The delays of the callbacks still waiting, in the order they were scheduled. */
  pendingDelays(): number[] {
    return [...this.timers.values()].map((t) => t.delay);
  }

  /** Moves the clock on by `ms`, running every callback that falls due, earliest first. */
  advance(ms: number): void {
    const until = this.elapsed + ms;
    for (;;) {
      const next = [...this.timers].filter(([, t]) => t.due <= until).sort(([a, t], [b, u]) => t.due - u.due || a - b)[0];
      if (!next) break;
      this.timers.delete(next[0]);
      this.elapsed = next[1].due;
      next[1].callback();
    }
    this.elapsed = until;
  }

  /** The fake clock: a fixed instant plus what the test has advanced. */
  now(): Date {
    return new Date(Date.UTC(2031, 6, 15, 9, 30, 0) + this.elapsed);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The server and the tests' LSP client (test/support/lspClient.ts) in this process, joined by two in-memory streams
// ---------------------------------------------------------------------------------------------------------------

class InMemorySession {
  private constructor(readonly server: Connection, readonly client: LspClient) {}

  /** `answerSettings`, when given, makes the client declare workspace/configuration and answer it so. */
  static async start(environment: Environment, answerSettings?: () => Promise<unknown[]>): Promise<InMemorySession> {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    // Message readers, not bare streams: given a stream, vscode-languageserver/node exits the process when it closes.
    const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    const client = LspClient.connect({ input: toClient, output: toServer }, { configuration: answerSettings });
    startServer(server, environment);
    // processId null: with a number the library polls that process on a real interval.
    await client.initialize({
      processId: null, initializationOptions: { validationDelay: 40 },
      capabilities: {
        workspace: { configuration: answerSettings !== undefined },
        textDocument: { publishDiagnostics: { versionSupport: true } },
      },
    });
    return new InMemorySession(server, client);
  }

  get published(): readonly PublishDiagnosticsParams[] {
    return this.client.published;
  }

  stop(): void {
    this.client.stop();
    this.server.dispose();
  }

  async open(uri: string, text: string): Promise<void> {
    this.client.open(uri, text);
  }

  /** Resolves once the server has handled everything sent before: messages are handled in order. */
  async roundTrip(uri: string): Promise<void> {
    await this.client.hover(uri, { line: 0, character: 0 });
  }

  /** [code, severity] of the first publication for `uri` at index `since` or later, waiting for it if need be. */
  async nextVerdicts(uri: string, since: number): Promise<[string, number | undefined][]> {
    return (await this.client.nextPublish(uri, since)).diagnostics.map((d) => [String(d.code), d.severity]);
  }

  /** Resolves once `condition` holds, for what the server does without telling the client (checked each turn). */
  async until(condition: () => boolean, what: string): Promise<void> {
    let gaveUp = false;
    const holds = (async () => {
      while (!gaveUp && !condition()) await new Promise((resolveTurn) => setImmediate(resolveTurn));
    })();
    try {
      await this.client.withTimeout(holds, what);
    } finally {
      gaveUp = true;
    }
  }

  publishedFor(uri: string): number {
    return this.published.filter((p) => p.uri === uri).length;
  }
}

const error = 1;
const warning = 2;
const hint = 4;
/** By default both are errors: a comment, and a field Heartbeat does not have. */
const commentAndField = '// a note\n[2, "a1", "Heartbeat", {"foo": 1}]';
const defaults: [string, number][] = [['comment', error], ['unknown-field', error]];

// A folder on no disk: only the fake environment can find a settings file there.
const project = `/ocpp-environment-test-${process.pid}/project`;
const configPath = `${project}/.ocpprc.json`;
const documentUri = (name: string) => `file://${project}/${name}.ocpp.json`;

describe('startServer over a fake environment', () => {
  let environment: FakeEnvironment;
  let session: InMemorySession;
  // A fresh environment and server per test: one test rewrites the settings file, the others count the timers
  // pending, and no test may see what another left behind.
  beforeEach(async () => {
    assert.ok(!existsSync(configPath), `${configPath} exists on disk: the test needs a path that does not`);
    environment = new FakeEnvironment();
    environment.files.set(configPath, '{ "rules": { "unknown-field": "warning", "comment": "off" } }');
    session = await InMemorySession.start(environment);
  });
  afterEach(() => session?.stop());

  test('the same server with the Node environment finds no settings file there: the fake one is the only source', async () => {
    const real = await InMemorySession.start(nodeEnvironment);
    try {
      const uri = documentUri('on-disk');
      await real.open(uri, commentAndField);
      assert.deepEqual(await real.nextVerdicts(uri, 0), defaults);
    } finally {
      real.stop();
    }
  });

  test('an opened document waits for the fake clock, then follows the fake .ocpprc.json', async () => {
    const uri = documentUri('opened');
    const since = session.published.length;
    await session.open(uri, commentAndField);
    await session.roundTrip(uri);
    assert.deepEqual(environment.pendingDelays(), [0], 'the open schedules one validation at once, on the environment\'s timers');
    assert.equal(session.publishedFor(uri), 0, 'nothing is published before the fake clock moves');
    environment.advance(0);
    assert.deepEqual(await session.nextVerdicts(uri, since), [['unknown-field', warning]]);
    assert.ok(environment.reads.includes(configPath), `reads: ${JSON.stringify(environment.reads)}`);
  });

  test('an edit is validated after the typing pause, measured on the fake clock', async () => {
    const uri = documentUri('edited');
    await session.open(uri, '[]');
    await session.roundTrip(uri);
    environment.advance(0);
    await session.nextVerdicts(uri, 0);
    const since = session.published.length;
    session.client.notify(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 }, contentChanges: [{ text: commentAndField }],
    });
    await session.roundTrip(uri);
    assert.deepEqual(environment.pendingDelays(), [40], 'the validationDelay from initializationOptions');
    environment.advance(39);
    await session.roundTrip(uri);
    assert.equal(session.published.length, since, 'nothing before the pause is over');
    environment.advance(1);
    assert.deepEqual(await session.nextVerdicts(uri, since), [['unknown-field', warning]]);
  });

  test('a timestamp completed through the server comes from the fake clock', async () => {
    const uri = documentUri('clock');
    const text = '[2, "c1", "StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "Available", "timestamp": ""}]';
    await session.open(uri, text);
    const list = await session.client.complete(uri, { line: 0, character: text.indexOf('""') + 1 });
    const items = Array.isArray(list) ? list : list?.items ?? [];
    assert.deepEqual(items.map((i) => i.label), ['2031-07-15T09:30:00Z']);
  });

  test('when the settings file changes in the fake file system, it is read again', async () => {
    const uri = documentUri('watched');
    await session.open(uri, commentAndField);
    await session.roundTrip(uri);
    environment.advance(0);
    assert.deepEqual(await session.nextVerdicts(uri, 0), [['unknown-field', warning]]);
    environment.files.set(configPath, '{ "rules": { "comment": "hint" } }');
    const since = session.published.length;
    session.client.notify(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: `file://${configPath}`, type: FileChangeType.Changed }],
    });
    await session.roundTrip(uri);
    environment.advance(0);
    assert.deepEqual(await session.nextVerdicts(uri, since), [['comment', hint], ['unknown-field', error]]);
  });
});

describe('startServer waiting for the client\'s first settings on the fake clock', () => {
  const environment = new FakeEnvironment();
  let session: InMemorySession;
  let answer: (settings: unknown[]) => void = () => undefined;
  before(async () => {
    environment.files.set(configPath, '{ "rules": { "comment": "off" } }');
    // The client is asked for its settings and keeps the server waiting until the test answers.
    session = await InMemorySession.start(environment, () => new Promise((resolveAnswer) => { answer = resolveAnswer; }));
  });
  after(() => session?.stop());

  test('validation waits for the settings until the fake clock runs out the patience, then again for the late answer', async () => {
    const uri = documentUri('patient');
    await session.open(uri, commentAndField);
    await session.roundTrip(uri);
    const [settingsWait, validation] = environment.pendingDelays();
    assert.ok(settingsWait > 0 && validation === 0, `pending: ${JSON.stringify(environment.pendingDelays())}`);
    environment.advance(0);
    await session.roundTrip(uri);
    assert.equal(session.publishedFor(uri), 0, 'the validation is held back while the settings are awaited');
    environment.advance(settingsWait);
    assert.deepEqual(await session.nextVerdicts(uri, 0), [['unknown-field', error]], 'the file\'s settings, without the client\'s');
    const since = session.published.length;
    answer([{ rules: { 'unknown-field': 'hint' } }]);
    // The late answer reaches the server after this test's turn; the server then schedules a new validation.
    await session.until(() => environment.pendingDelays().length > 0, 'the validation after the late settings');
    environment.advance(0);
    assert.deepEqual(await session.nextVerdicts(uri, since), [['unknown-field', hint]]);
  });
});

describe('the Node environment\'s timers', () => {
  /** The order in which a 1 ms Node timeout and then the environment's timeout of `ms` fire, both set in a timer's callback. */
  const order = (ms: number) => new Promise<string[]>((resolve) => {
    const fired: string[] = [];
    setTimeout(() => {
      setTimeout(() => fired.push('Node 1 ms'), 1);
      nodeEnvironment.setTimeout(() => fired.push(`ours ${ms} ms`), ms);
      setTimeout(() => resolve(fired), 20);
    }, 0);
  });

  test('a callback without delay does not wait for the timer clock, as Node\'s timeout of 0 (at least 1 ms) does', async () => {
    assert.deepEqual(await order(0), ['ours 0 ms', 'Node 1 ms']);
    assert.deepEqual(await order(5), ['Node 1 ms', 'ours 5 ms']);
  });

  test('clearTimeout cancels callbacks with and without delay', async () => {
    const ran: number[] = [];
    for (const ms of [0, 1]) nodeEnvironment.clearTimeout(nodeEnvironment.setTimeout(() => ran.push(ms), ms));
    nodeEnvironment.clearTimeout(undefined);
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.deepEqual(ran, []);
  });
});
