/**
 * Work on pathological input (100,000 levels of nesting, megabytes of junk), run in a worker thread with a
 * deadline, so that a hang fails the test instead of hanging `npm test`. node:test's own `timeout` cannot do this:
 * it fires on the test's thread, which a synchronous loop in the service never gives back.
 *
 * A task is a function exported by a module only the worker loads (a `*.cases.ts` file beside the test). It runs
 * with the arguments given (structured-cloneable: texts, names, numbers); its exception, an assertion say, fails
 * the test with the same message and stack. When the deadline passes first, the worker is stopped (which
 * interrupts even a loop that never returns) and the test fails naming the task and the bound. One worker serves
 * a test file's tasks in turn and loads the service once; a stopped worker is replaced for the next task.
 */
import type { TestContext } from 'node:test';
import { Worker } from 'node:worker_threads';

interface Reply {
  readonly id: number;
  readonly ms: number;
  readonly result?: unknown;
  readonly error?: { readonly name: string; readonly message: string; readonly stack?: string };
}

/** Loading tsx, the tasks module and the service it imports takes a second or two; this is only for a worker that never starts. */
const loadDeadlineMs = 60_000;

export class DeadlineWorker {
  private worker: Promise<Worker> | undefined;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve(reply: Reply): void; reject(error: Error): void }>();

  /** `tasks`: the absolute path of the module whose exported functions are the tasks (require.resolve it). */
  constructor(private readonly tasks: string) {}

  /**
   * Runs `task(...args)` in the worker and resolves with its result and how long it took; rejects with its
   * exception, or when it has not finished within `deadlineMs` (counted from when the worker is ready).
   */
  async run(task: string, args: readonly unknown[], deadlineMs: number): Promise<{ result: unknown; ms: number }> {
    const worker = await this.start();
    const id = this.nextId++;
    const reply = await new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        this.stop();
        reject(new Error(`${task}(${describe(args)}) did not finish within ${deadlineMs} ms; its worker was stopped`));
      }, deadlineMs);
      const settle = <T>(then: (value: T) => void) => (value: T) => {
        clearTimeout(timer);
        this.waiting.delete(id);
        then(value);
      };
      this.waiting.set(id, { resolve: settle(resolve), reject: settle(reject) });
      worker.postMessage({ id, task, args });
    });
    if (reply.error) throw Object.assign(new Error(reply.error.message), { name: reply.error.name, stack: reply.error.stack });
    return { result: reply.result, ms: reply.ms };
  }

  /** A test body that runs `task` under the deadline and notes in the test's diagnostics how long it took. */
  test(task: string, args: readonly unknown[], deadlineMs: number): (t: TestContext) => Promise<void> {
    return async (t) => {
      const { ms } = await this.run(task, args, deadlineMs);
      t.diagnostic(`${task}: ${ms.toFixed(0)} ms of the ${deadlineMs} ms allowed`);
    };
  }

  /** Ends the worker; the next `run` starts a new one. */
  stop(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.then((w) => w.terminate(), () => undefined);
  }

  private start(): Promise<Worker> {
    this.worker ??= new Promise<Worker>((resolve, reject) => {
      // The worker is TypeScript: tsx's require hook loads it, as `--import tsx` does for this thread.
      const worker = new Worker(`require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(require.resolve('./deadlineWorker.ts'))});`,
        { eval: true, workerData: { tasks: this.tasks } });
      const loading = setTimeout(() => fail(new Error(`the worker for ${this.tasks} did not load within ${loadDeadlineMs} ms`)), loadDeadlineMs);
      const fail = (error: Error) => {
        clearTimeout(loading);
        if (this.worker === started) this.worker = undefined;
        void worker.terminate();
        reject(error);
        for (const waiting of [...this.waiting.values()]) waiting.reject(error);
      };
      worker.on('message', (message: 'ready' | Reply) => {
        if (message === 'ready') {
          clearTimeout(loading);
          resolve(worker);
        } else {
          this.waiting.get(message.id)?.resolve(message);
        }
      });
      // An error no task caught (running out of memory, say), or a worker that ended: whatever was running fails.
      worker.on('error', (error) => fail(error));
      worker.on('exit', (code) => fail(new Error(`the worker for ${this.tasks} exited with code ${code}`)));
      // Between tasks the worker must not keep the test process alive (a running task's deadline timer does). After
      // the listeners: adding a 'message' listener refs the worker again.
      worker.unref();
    });
    const started = this.worker;
    return started;
  }
}

/** The arguments as a short text for a message: long texts by their length only. */
function describe(args: readonly unknown[]): string {
  return args.map((arg) => (typeof arg === 'string' && arg.length > 40 ? `<${arg.length} characters>` : JSON.stringify(arg))).join(', ');
}
