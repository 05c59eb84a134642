/**
 * The one stdio LSP client of the tests and the benchmark: `node dist/server.js --stdio` in a child process,
 * driven the way an editor drives it. It frames and parses messages itself (Content-Length headers over the
 * child's stdin and stdout), so nothing between the caller and the server validates or reshapes what is sent:
 * `send` and `request` take any params (a character of -1, a position that is a string, null, none at all),
 * which the stress and robustness tests need, and `call` takes a typed request from the protocol package.
 *
 * What it keeps for the caller to assert on:
 * - every request is tracked until its response comes, and rejects after `timeoutMs` naming the method, the id
 *   and the server's stderr; `unanswered()` lists what is still open;
 * - a second response to one id, a response to an id never sent, or a header without Content-Length goes into
 *   `protocolErrors`;
 * - publishDiagnostics (`published`, awaited as they arrive with `waitForPublish`/`diagnostics`), logMessage
 *   (`logs`), showMessage (`messages`), capability registrations (`registrations`) and the workspace/configuration
 *   requests (`configurationRequests`), which `configuration` answers (null per item without it);
 * - the server's stderr, its exit, and the text each open document should have (`textOf`), kept by applying
 *   the same changes to a local copy.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest, CompletionRequest, DefinitionRequest, DocumentSymbolRequest, FoldingRangeRequest, HoverRequest,
  ReferencesRequest,
  type ClientCapabilities, type ConfigurationParams, type Diagnostic, type InitializeResult, type LogMessageParams,
  type NotificationType, type Position, type PublishDiagnosticsParams, type Range, type Registration,
  type RegistrationParams, type RequestType, type RequestType0, type ShowMessageParams, type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';

export const serverPath = resolve(__dirname, '..', '..', 'dist', 'server.js');

export interface ResponseMessage {
  readonly jsonrpc: '2.0';
  readonly id: number | string | null;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly message: string; readonly data?: unknown };
}

/** Sent as `params` is absent from the message; any other value (null included) is sent as it is. */
export const noParams: unique symbol = Symbol('no params');

export interface SpawnOptions {
  /** The server script; dist/server.js by default (`node esbuild.mjs` builds it). */
  readonly script?: string;
  /** Node options before the script, such as --expose-gc. */
  readonly nodeArgs?: readonly string[];
  /** Variables added to this process's environment for the server's. */
  readonly env?: Readonly<Record<string, string>>;
  /** How long any request, or any wait for a notification, may take before it rejects. */
  readonly timeoutMs?: number;
  /** Answers workspace/configuration (the pull model); without it every item is answered null. */
  readonly configuration?: (params: ConfigurationParams) => unknown[] | Promise<unknown[]>;
}

export interface InitializeOptions {
  readonly capabilities?: ClientCapabilities;
  readonly initializationOptions?: unknown;
  /** A folder on disk, sent as the root and the one workspace folder. */
  readonly workspaceFolder?: string;
  /** This process's id by default; null for a server in this process, which would otherwise watch it on a real timer. */
  readonly processId?: number | null;
}

export interface StartOptions extends SpawnOptions, InitializeOptions {}

/** The two streams of a connection: what the server writes, and what it reads. */
export interface Transport {
  readonly input: Readable;
  readonly output: Writable;
}

interface Pending {
  readonly method: string;
  readonly sentAt: number;
  resolve(response: ResponseMessage): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

export class LspClient {
  /** What the server wrote to stderr. */
  stderr = '';
  /** Responses and headers that should not exist: a second response to an id, one to an id never sent. */
  readonly protocolErrors: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The ids answered, to tell a second response from one to an id never sent. */
  private readonly answered = new Set<number>();
  /** Every publishDiagnostics, in order: take `published.length` before acting, and look from there. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: LogMessageParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly registrations: Registration[] = [];
  readonly configurationRequests: ConfigurationParams[] = [];
  /** The method of every request the server sent, in order. */
  readonly serverRequests: string[] = [];
  initializeResult?: InitializeResult;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, ((params: unknown) => void)[]>();
  /** Called after every message from the server, for `until`. */
  private readonly messageListeners = new Set<() => void>();
  private readonly mirrors = new Map<string, TextDocument>();
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** The length of the body whose header has been read, until the body is whole. */
  private bodyLength: number | undefined;
  private nextId = 1;
  /** Set once the server process exited, or the in-process connection was stopped. */
  private ended = false;
  private endConnection = () => {};

  private constructor(private readonly transport: Transport, readonly child: ChildProcess | undefined, readonly timeoutMs: number,
    private readonly options: SpawnOptions) {
    this.exited = new Promise((resolveExit) => {
      this.endConnection = () => resolveExit({ code: null, signal: null });
      child?.on('exit', (code, signal) => resolveExit({ code, signal }));
    });
    child?.stderr!.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
    transport.input.on('data', (chunk: Buffer) => this.receive(chunk));
    // A write after the server died must not crash the test process; the requests' timeouts report it.
    transport.output.on('error', () => undefined);
    void this.exited.then(({ code, signal }) => {
      this.ended = true;
      for (const [id, pending] of this.pending) {
        clearTimeout(pending.timer);
        pending.reject(new Error(`the server exited (code ${code}, signal ${signal}) before answering ${pending.method} #${id}${this.stderrNote()}`));
      }
      this.pending.clear();
    });
    this.onNotification('textDocument/publishDiagnostics', (params) => this.published.push(params as PublishDiagnosticsParams));
    this.onNotification('window/logMessage', (params) => this.logs.push(params as LogMessageParams));
    this.onNotification('window/showMessage', (params) => this.messages.push(params as ShowMessageParams));
  }

  /** Starts the server without a word to it: the caller sends initialize (or anything else) itself. */
  static spawn(options: SpawnOptions = {}): LspClient {
    const script = options.script ?? serverPath;
    if (!existsSync(script)) throw new Error(`${script} is missing: run \`node esbuild.mjs\` first`);
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), script, '--stdio'],
      { stdio: ['pipe', 'pipe', 'pipe'], ...(options.env && { env: { ...process.env, ...options.env } }) });
    return new LspClient({ input: child.stdout!, output: child.stdin! }, child, options.timeoutMs ?? 5_000, options);
  }

  /** A client for a server in this process (startServer over two in-memory streams); nothing sent yet. */
  static connect(transport: Transport, options: Omit<SpawnOptions, 'script' | 'nodeArgs'> = {}): LspClient {
    return new LspClient(transport, undefined, options.timeoutMs ?? 5_000, options);
  }

  /** Starts the server and goes through initialize and initialized, as an editor does. */
  static async start(options: StartOptions = {}): Promise<LspClient> {
    const client = LspClient.spawn(options);
    try {
      await client.initialize(options);
    } catch (error) {
      client.stop();
      throw error;
    }
    return client;
  }

  /** initialize, then initialized; keeps the server's answer in `initializeResult`. */
  async initialize(options: InitializeOptions = {}): Promise<InitializeResult> {
    const folder = options.workspaceFolder ? pathToFileURL(options.workspaceFolder).href : null;
    this.initializeResult = await this.call<InitializeResult>('initialize', {
      processId: options.processId === undefined ? process.pid : options.processId,
      rootUri: folder,
      capabilities: options.capabilities ?? {},
      initializationOptions: options.initializationOptions,
      workspaceFolders: folder ? [{ uri: folder, name: 'workspace' }] : null,
    });
    this.notify('initialized', {});
    return this.initializeResult;
  }

  get isRunning(): boolean {
    return this.child ? this.child.exitCode === null && this.child.signalCode === null : !this.ended;
  }

  /** Sends a request and returns its id at once, with the promise of its response (a result or an error). */
  send(method: string | { readonly method: string }, params: unknown = noParams): { id: number; response: Promise<ResponseMessage> } {
    const name = typeof method === 'string' ? method : method.method;
    const id = this.nextId++;
    const response = new Promise<ResponseMessage>((resolveResponse, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no response to ${name} #${id} within ${this.timeoutMs} ms${this.stderrNote()}`));
      }, this.timeoutMs);
      this.pending.set(id, { method: name, sentAt: Date.now(), resolve: resolveResponse, reject, timer });
    });
    this.write(params === noParams ? { jsonrpc: '2.0', id, method: name } : { jsonrpc: '2.0', id, method: name, params });
    return { id, response };
  }

  /** The response to a request, a result or an error, whatever the params. */
  request(method: string | { readonly method: string }, params: unknown = noParams): Promise<ResponseMessage> {
    return this.send(method, params).response;
  }

  /** The result of a request; rejects, naming the method, when the server answers with an error. */
  call<P, R>(type: RequestType<P, R, unknown>, params: P): Promise<R>;
  call<R>(type: RequestType0<R, unknown>): Promise<R>;
  call<R = unknown>(method: string, params?: unknown): Promise<R>;
  async call(method: string | { readonly method: string }, params: unknown = noParams): Promise<unknown> {
    const response = await this.request(method, params);
    if (response.error) {
      const name = typeof method === 'string' ? method : method.method;
      throw new Error(`${name} failed: ${response.error.code} ${response.error.message}`);
    }
    return response.result;
  }

  notify<P>(type: NotificationType<P>, params: P): void;
  notify(method: string, params?: unknown): void;
  notify(method: string | { readonly method: string }, params: unknown = noParams): void {
    const name = typeof method === 'string' ? method : method.method;
    this.write(params === noParams ? { jsonrpc: '2.0', method: name } : { jsonrpc: '2.0', method: name, params });
  }

  /** `$/cancelRequest` for `id`, sent or not. */
  cancel(id: number): void {
    this.notify('$/cancelRequest', { id });
  }

  onNotification(method: string, listener: (params: unknown) => void): void {
    this.listeners.set(method, [...(this.listeners.get(method) ?? []), listener]);
  }

  /** The requests still waiting for a response, oldest first. */
  unanswered(): { id: number; method: string; waitedMs: number }[] {
    const now = Date.now();
    return [...this.pending].map(([id, p]) => ({ id, method: p.method, waitedMs: now - p.sentAt }));
  }

  /** Rejects when `promise` takes longer than `ms`, naming what never came, with the server's stderr. */
  withTimeout<T>(promise: Promise<T>, what: string, ms = this.timeoutMs): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}${this.stderrNote()}`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }

  /** Resolves once `check` gives a value, trying it now and after every message from the server. */
  until<T>(check: () => T | undefined, what: string, ms = this.timeoutMs): Promise<T> {
    let listener = () => {};
    const found = new Promise<T>((resolveFound) => {
      listener = () => {
        const value = check();
        if (value !== undefined) resolveFound(value);
      };
      this.messageListeners.add(listener);
      listener();
    });
    return this.withTimeout(found, what, ms).finally(() => this.messageListeners.delete(listener));
  }

  /** The first publication at index `since` or later that matches; waits for it if it has not come yet. */
  waitForPublish(match: (p: PublishDiagnosticsParams) => boolean, since: number, what: string, ms?: number): Promise<PublishDiagnosticsParams> {
    let from = since;
    return this.until(() => {
      for (; from < this.published.length; from++) if (match(this.published[from])) return this.published[from];
      return undefined;
    }, what, ms);
  }

  /** The first publication for `uri` at index `since` or later. */
  nextPublish(uri: string, since: number): Promise<PublishDiagnosticsParams> {
    return this.waitForPublish((p) => p.uri === uri, since, `diagnostics for ${uri}`);
  }

  /** The diagnostics published for `uri` at `version` (received since index `since`). */
  async diagnostics(uri: string, version: number, since = 0, ms?: number): Promise<Diagnostic[]> {
    const params = await this.waitForPublish((p) => p.uri === uri && p.version === version, since, `diagnostics for ${uri} version ${version}`, ms);
    return params.diagnostics;
  }

  /** didOpen at version 1; the client keeps a copy of the text to apply later changes to. */
  open(uri: string, text: string, languageId = 'ocpp'): void {
    this.mirrors.set(uri, TextDocument.create(uri, languageId, 1, text));
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Opens the document and returns the diagnostics of its first version. */
  openAndDiagnose(uri: string, text: string, ms?: number): Promise<Diagnostic[]> {
    const since = this.published.length;
    this.open(uri, text);
    return this.diagnostics(uri, 1, since, ms);
  }

  /** Sends one didChange with all `changes` and returns the new version; the local copy follows along. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): number {
    const mirror = this.mirrors.get(uri);
    if (!mirror) throw new Error(`${uri} is not open`);
    const version = mirror.version + 1;
    this.mirrors.set(uri, TextDocument.update(mirror, changes, version));
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  close(uri: string): void {
    this.mirrors.delete(uri);
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** The text the server should now hold for `uri`. */
  textOf(uri: string): string {
    const mirror = this.mirrors.get(uri);
    if (!mirror) throw new Error(`${uri} is not open`);
    return mirror.getText();
  }

  // The requests an editor makes about a position or a document, typed by the protocol package.
  complete(uri: string, position: Position) { return this.call(CompletionRequest.type, { textDocument: { uri }, position }); }
  hover(uri: string, position: Position) { return this.call(HoverRequest.type, { textDocument: { uri }, position }); }
  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]) {
    return this.call(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only } });
  }
  symbols(uri: string) { return this.call(DocumentSymbolRequest.type, { textDocument: { uri } }); }
  folding(uri: string) { return this.call(FoldingRangeRequest.type, { textDocument: { uri } }); }
  definition(uri: string, position: Position) { return this.call(DefinitionRequest.type, { textDocument: { uri }, position }); }
  references(uri: string, position: Position, includeDeclaration: boolean) {
    return this.call(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration } });
  }

  /** shutdown, exit, and the exit code of the server's process; kills it if it does not go within the timeout. */
  async shutdown(): Promise<number | null> {
    if (!this.child) throw new Error('shutdown is for a server in a process of its own: exit would end this one');
    if (!this.isRunning) return this.child.exitCode;
    await this.call('shutdown').catch(() => undefined);
    this.notify('exit');
    try {
      return (await this.withTimeout(this.exited, 'the server to exit')).code;
    } catch (error) {
      this.stop();
      throw error;
    }
  }

  /** Ends the server's process, or this end of an in-process connection, whatever state it is in; safe to call twice. */
  stop(): void {
    for (const pending of this.pending.values()) clearTimeout(pending.timer);
    if (this.child && this.isRunning) this.child.kill();
    if (!this.child) this.endConnection();
  }

  /** What the server said on stderr and in its log, for a message about something that never came. */
  private stderrNote(): string {
    const logs = this.logs.slice(-10).map((l) => l.message).join('\n');
    return (this.stderr ? `\nserver stderr:\n${this.stderr}` : '') + (logs ? `\nserver log (last 10):\n${logs}` : '');
  }

  private write(message: object): void {
    if (this.ended) return;
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    // The header and the body written apart, as vscode-jsonrpc's own writer does: joined, a 10 MB didOpen would be
    // copied once more before it is sent.
    this.transport.output.write(`Content-Length: ${body.length}\r\n\r\n`, 'ascii');
    this.transport.output.write(body);
  }

  /** Chunks are kept apart until a whole body is there, so a large message is joined once, not once per chunk. */
  private receive(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    while (this.buffered > 0) {
      if (this.bodyLength === undefined) {
        const buffer = this.joined();
        const headerEnd = buffer.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const header = buffer.subarray(0, headerEnd).toString('ascii');
        const length = /Content-Length: *(\d+)/i.exec(header);
        if (length) this.bodyLength = Number(length[1]);
        else this.protocolErrors.push(`a message header without Content-Length: ${JSON.stringify(header)}`);
        this.keep(buffer.subarray(headerEnd + 4));
        continue;
      }
      if (this.buffered < this.bodyLength) return;
      const buffer = this.joined();
      const body = buffer.subarray(0, this.bodyLength).toString('utf8');
      this.keep(buffer.subarray(this.bodyLength));
      this.bodyLength = undefined;
      this.dispatch(JSON.parse(body) as Record<string, unknown>);
    }
  }

  private joined(): Buffer {
    const buffer = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.buffered);
    this.chunks = [buffer];
    return buffer;
  }

  private keep(rest: Buffer): void {
    this.chunks = [rest];
    this.buffered = rest.length;
  }

  private dispatch(message: Record<string, unknown>): void {
    const { id, method } = message;
    if (typeof method === 'string' && id !== undefined) {
      void this.answer(id, method, message.params);
    } else if (typeof method === 'string') {
      for (const listener of this.listeners.get(method) ?? []) listener(message.params);
    } else {
      const pending = typeof id === 'number' ? this.pending.get(id) : undefined;
      if (!pending) {
        this.protocolErrors.push(typeof id === 'number' && this.answered.has(id)
          ? `a second response to #${id}`
          : `a response to an id never sent: ${JSON.stringify(message).slice(0, 200)}`);
      } else {
        clearTimeout(pending.timer);
        this.pending.delete(id as number);
        this.answered.add(id as number);
        pending.resolve(message as unknown as ResponseMessage);
      }
    }
    for (const listener of [...this.messageListeners]) listener();
  }

  /** A request from the server: configuration from `options.configuration`, registrations noted, the rest null. */
  private async answer(id: unknown, method: string, params: unknown): Promise<void> {
    let result: unknown = null;
    this.serverRequests.push(method);
    if (method === 'workspace/configuration') {
      const asked = params as ConfigurationParams;
      this.configurationRequests.push(asked);
      result = this.options.configuration ? await this.options.configuration(asked) : asked.items.map(() => null);
    } else if (method === 'client/registerCapability') {
      this.registrations.push(...(params as RegistrationParams).registrations);
    }
    this.write({ jsonrpc: '2.0', id, result });
    for (const listener of [...this.messageListeners]) listener();
  }
}
