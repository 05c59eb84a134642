/**
 * `ocpp-lint` on every core: worker threads, each with its own language service, check the files of a large run.
 * The main thread hands out one file at a time as each worker finishes one (a few huge logs among many small files
 * do not leave a thread idle) and gets each file's outcome back to print in file order.
 */
import { Worker, isMainThread, parentPort, threadId, workerData } from 'node:worker_threads';
import { FileChecker, type CheckOptions, type FileOutcome } from './checkFile';

/** What a worker is started with. */
interface WorkerSetup {
  readonly ocppLintWorker: true;
  readonly options: CheckOptions;
  readonly cwd: string;
}

type ToWorker = { readonly index: number; readonly file: string } | { readonly done: true };
type FromWorker = { readonly index: number; readonly outcome: FileOutcome; readonly thread: number };

/**
 * Checks `files` on `threads` workers started from `script` (the CLI's own bundle), calling `onOutcome` for each
 * file as it is checked, in any order, with the id of the thread that checked it.
 */
export function checkInWorkers(script: string, files: readonly string[], options: CheckOptions, cwd: string, threads: number,
  onOutcome: (index: number, outcome: FileOutcome, thread: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let running = 0;
    const setup: WorkerSetup = { ocppLintWorker: true, options, cwd };
    const feed = (worker: Worker) => {
      if (next < files.length) {
        const index = next++;
        worker.postMessage({ index, file: files[index] } satisfies ToWorker);
      } else {
        worker.postMessage({ done: true } satisfies ToWorker);
      }
    };
    for (let i = 0; i < Math.min(threads, files.length); i++) {
      const worker = new Worker(script, { workerData: setup });
      running++;
      worker.on('message', (message: FromWorker) => {
        onOutcome(message.index, message.outcome, message.thread);
        feed(worker);
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (code !== 0) reject(new Error(`an ocpp-lint worker thread stopped with exit code ${code}`));
        else if (--running === 0) resolve();
      });
      feed(worker);
    }
  });
}

/** True in a thread checkInWorkers started: the CLI bundle then serves files instead of reading its arguments. */
export function isLintWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerSetup> | undefined)?.ocppLintWorker === true;
}

/** A worker's loop: check each file the main thread sends, until it says done. */
export function serveLintWorker(): void {
  const { options, cwd } = workerData as WorkerSetup;
  const checker = new FileChecker(options, cwd);
  parentPort!.on('message', (message: ToWorker) => {
    if ('done' in message) {
      parentPort!.close();
      return;
    }
    parentPort!.postMessage({ index: message.index, outcome: checker.check(message.file), thread: threadId } satisfies FromWorker);
  });
}
