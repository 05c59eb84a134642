/**
 * A bare stdio JSON-RPC client for driving the language server with messages an editor would never send: raw
 * params (a character of -1, a position that is a string, null), ids it chooses, `$/cancelRequest` for any id.
 * It frames and parses messages itself (Content-Length headers over the child's stdin and stdout), so nothing
 * between the test and the server validates or reshapes what is sent.
 *
 * Every request is tracked until its response comes: `request` rejects after a timeout, naming the method and
 * id with the server's stderr, and `unanswered()` lists what is still open. A second response to one id, or a
 * response to an id never sent, is recorded in `protocolErrors`.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface ResponseMessage {
  readonly jsonrpc: '2.0';
  readonly id: number | string | null;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly message: string; readonly data?: unknown };
}

export interface NotificationMessage {
  readonly jsonrpc: '2.0';
  readonly method: string;
  readonly params?: unknown;
}

interface Pending {
  readonly method: string;
  readonly sentAt: number;
  resolve(response: ResponseMessage): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/** Sent as `params` is absent from the message; any other value (null included) is sent as it is. */
export const noParams: unique symbol = Symbol('no params');

export class StdioLspClient {
  /** What the server wrote to stderr. */
  stderr = '';
  /** Responses that should not exist: a second one to an id, or one to an id never sent. */
  readonly protocolErrors: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Requests sent and responses received, by method. */
  readonly sent = new Map<string, number>();
  readonly answered = new Set<number>();
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, ((params: unknown) => void)[]>();
  private buffer: Buffer = Buffer.alloc(0);
  private nextId = 1;

  private constructor(readonly child: ChildProcess, readonly timeoutMs: number) {
    this.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    child.stderr!.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
    child.stdout!.on('data', (chunk: Buffer) => this.receive(chunk));
    // A write after the server died must not crash the test process; the requests' timeouts report it.
    child.stdin!.on('error', () => undefined);
    void this.exited.then(({ code, signal }) => {
      for (const [id, pending] of this.pending) {
        clearTimeout(pending.timer);
        pending.reject(new Error(`the server exited (code ${code}, signal ${signal}) before answering ${pending.method} #${id}${this.stderrNote()}`));
      }
      this.pending.clear();
    });
  }

  /** Starts `node <nodeArgs> <script> --stdio`; `timeoutMs` is how long any request may go unanswered. */
  static start(script: string, options: { nodeArgs?: readonly string[]; timeoutMs?: number } = {}): StdioLspClient {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), script, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    return new StdioLspClient(child, options.timeoutMs ?? 10_000);
  }

  get isRunning(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Sends a request and returns its id at once, with the promise of its response (a result or an error). */
  send(method: string, params: unknown = noParams): { id: number; response: Promise<ResponseMessage> } {
    const id = this.nextId++;
    this.sent.set(method, (this.sent.get(method) ?? 0) + 1);
    const response = new Promise<ResponseMessage>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no response to ${method} #${id} within ${this.timeoutMs} ms${this.stderrNote()}`));
      }, this.timeoutMs);
      this.pending.set(id, { method, sentAt: Date.now(), resolve, reject, timer });
    });
    this.write(params === noParams ? { jsonrpc: '2.0', id, method } : { jsonrpc: '2.0', id, method, params });
    return { id, response };
  }

  /** The response to a request (result or error). */
  request(method: string, params: unknown = noParams): Promise<ResponseMessage> {
    return this.send(method, params).response;
  }

  /** The result of a request; rejects when the server answers with an error. */
  async call<T>(method: string, params: unknown = noParams): Promise<T> {
    const response = await this.request(method, params);
    if (response.error) throw new Error(`${method} failed: ${response.error.code} ${response.error.message}`);
    return response.result as T;
  }

  notify(method: string, params: unknown = noParams): void {
    this.write(params === noParams ? { jsonrpc: '2.0', method } : { jsonrpc: '2.0', method, params });
  }

  cancel(id: number): void {
    this.notify('$/cancelRequest', { id });
  }

  onNotification(method: string, listener: (params: unknown) => void): void {
    const list = this.listeners.get(method) ?? [];
    list.push(listener);
    this.listeners.set(method, list);
  }

  /** The requests still waiting for a response, oldest first. */
  unanswered(): { id: number; method: string; waitedMs: number }[] {
    const now = Date.now();
    return [...this.pending].map(([id, p]) => ({ id, method: p.method, waitedMs: now - p.sentAt }));
  }

  /** Ends the child whatever state it is in; safe to call twice. */
  stop(): void {
    for (const pending of this.pending.values()) clearTimeout(pending.timer);
    if (this.isRunning) this.child.kill();
  }

  private stderrNote(): string {
    return this.stderr ? `\nserver stderr:\n${this.stderr}` : '';
  }

  private write(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin!.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = /Content-Length: *(\d+)/i.exec(header);
      if (!length) {
        this.protocolErrors.push(`a message header without Content-Length: ${JSON.stringify(header)}`);
        this.buffer = this.buffer.subarray(headerEnd + 4);
        continue;
      }
      const start = headerEnd + 4;
      const end = start + Number(length[1]);
      if (this.buffer.length < end) return;
      const body = this.buffer.subarray(start, end).toString('utf8');
      this.buffer = this.buffer.subarray(end);
      this.dispatch(JSON.parse(body) as Record<string, unknown>);
    }
  }

  private dispatch(message: Record<string, unknown>): void {
    const { id, method } = message;
    if (typeof method === 'string' && id !== undefined) {
      // A request from the server (configuration, capability registration, progress): answer it plainly.
      const params = message.params as { items?: unknown[] } | undefined;
      const result = method === 'workspace/configuration' ? (params?.items ?? []).map(() => null) : null;
      this.write({ jsonrpc: '2.0', id, result });
      return;
    }
    if (typeof method === 'string') {
      for (const listener of this.listeners.get(method) ?? []) listener(message.params);
      return;
    }
    const pending = typeof id === 'number' ? this.pending.get(id) : undefined;
    if (!pending) {
      this.protocolErrors.push(typeof id === 'number' && this.answered.has(id)
        ? `a second response to #${id}`
        : `a response to an id never sent: ${JSON.stringify(message).slice(0, 200)}`);
      return;
    }
    clearTimeout(pending.timer);
    this.pending.delete(id as number);
    this.answered.add(id as number);
    pending.resolve(message as unknown as ResponseMessage);
  }
}
