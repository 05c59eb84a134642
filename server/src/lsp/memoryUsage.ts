/**
 * `ocpp/memoryUsage`: the server's process.memoryUsage(), taken after a full garbage collection when node runs
 * with --expose-gc. It is for diagnosing the server, e.g. the stress test (test/lsp.stress.test.ts), which starts
 * `node --expose-gc dist/server.js --stdio` and compares the heap before and after thousands of edits; without
 * the flag the figures include garbage and `gcForced` says so. Editors never send it. Node only: the Node entry
 * (node.ts) registers it; startServer, which a browser worker would share, does not import this file.
 */
import type { Connection } from 'vscode-languageserver';
import { MemoryUsageRequest, type MemoryUsage } from './protocol';

export { MemoryUsageRequest, type MemoryUsage } from './protocol';

export function registerMemoryUsage(connection: Connection): void {
  connection.onRequest(MemoryUsageRequest, (): MemoryUsage => {
    const gc = globalThis.gc;
    // Twice: objects whose finalizers or weak references the first collection released go in the second.
    if (gc) {
      gc();
      gc();
    }
    const { rss, heapTotal, heapUsed, external, arrayBuffers } = process.memoryUsage();
    return { rss, heapTotal, heapUsed, external, arrayBuffers, gcForced: gc !== undefined };
  });
}
