/**
 * The Environment (environment.ts) on Node: the real file system, the platform's paths and file: URIs, and the
 * global timers. Used by the stdio entry (node.ts) and the CLI; nothing under lsp/ or service/ imports it.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Environment, TextFileRead, Timer } from './environment';

/** The handles setTimeout gave for no delay: Immediates, which clearImmediate cancels. */
const immediates = new WeakSet<object>();

export const nodeEnvironment: Environment = {
  readTextFile(path: string): TextFileRead {
    try {
      return { text: readFileSync(path, 'utf8') };
    } catch (error) {
      return { error: (error as NodeJS.ErrnoException).code ?? String(error) };
    }
  },

  isFile(path: string): boolean {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  },

  uriToPath(uri: string): string | undefined {
    // Only file: URIs name files here; fileURLToPath also refuses ones Node cannot map (a remote host on POSIX, say).
    if (!uri.startsWith('file:')) return undefined;
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  },

  pathToUri: (path) => pathToFileURL(path).href,
  dirname: (path) => dirname(path),
  joinPath: (directory, name) => join(directory, name),

  // The handle is Node's Timeout, or its Immediate for no delay: Node waits at least 1 ms for a timeout of 0, which
  // a file checked "at once" (on opening, or with validationDelay 0) would wait on every change. Callers only ever
  // give it back to clearTimeout.
  setTimeout: (callback, milliseconds) => {
    if (milliseconds > 0) return setTimeout(callback, milliseconds) as unknown as Timer;
    const immediate = setImmediate(callback);
    immediates.add(immediate);
    return immediate as unknown as Timer;
  },
  clearTimeout: (timer) => {
    if (timer && immediates.has(timer)) clearImmediate(timer as unknown as NodeJS.Immediate);
    else clearTimeout(timer as unknown as NodeJS.Timeout | undefined);
  },
  now: () => new Date(),
};
