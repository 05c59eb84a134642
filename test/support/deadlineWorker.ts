/**
 * The worker thread behind DeadlineWorker (deadline.ts): loads the tasks module named in workerData, then runs
 * each task it is sent and posts back its result or its exception, with the time it took.
 */
import { parentPort, workerData } from 'node:worker_threads';

const tasksPath = (workerData as { tasks: string }).tasks;
const tasks = require(tasksPath) as Record<string, unknown>;
const port = parentPort!;

port.on('message', async ({ id, task, args }: { id: number; task: string; args: unknown[] }) => {
  const started = performance.now();
  try {
    const run = tasks[task];
    if (typeof run !== 'function') throw new Error(`${tasksPath} exports no task named ${task}`);
    const result: unknown = await run(...args);
    port.postMessage({ id, ms: performance.now() - started, result });
  } catch (thrown) {
    const error = thrown instanceof Error ? thrown : new Error(String(thrown));
    port.postMessage({ id, ms: performance.now() - started, error: { name: error.name, message: error.message, stack: error.stack } });
  }
});
port.postMessage('ready');
