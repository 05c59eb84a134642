/**
 * The Environment (environment.ts) in a web worker, for the web extension (vscode.dev, github.dev): no file system,
 * so no document URI names a file here and `.ocpprc.json` files are not read (the editor's `ocpp.*` settings and
 * the defaults apply); the worker's own timers and clock. Used by browserServer.ts only.
 */
import type { Environment, Timer } from './environment';

/** Why a file cannot be read here, shown the way Node's error codes are. */
const noFileSystem = 'no file system in a web worker';

export const browserEnvironment: Environment = {
  readTextFile: () => ({ error: noFileSystem }),
  isFile: () => false,
  // Nothing maps to a path, so the settings-file lookup never starts; every document uses the editor's settings.
  uriToPath: () => undefined,
  pathToUri: (path) => path,
  // Plain `/`-separated paths, for completeness: with uriToPath above the server never forms one.
  dirname: (path) => {
    const cut = path.replace(/\/+$/, '').lastIndexOf('/');
    return cut <= 0 ? (path.startsWith('/') ? '/' : path) : path.slice(0, cut);
  },
  joinPath: (directory, name) => `${directory.replace(/\/+$/, '')}/${name}`,

  // The worker's timers give numbers; callers only ever hand them back to clearTimeout.
  setTimeout: (callback, milliseconds) => globalThis.setTimeout(callback, milliseconds) as unknown as Timer,
  clearTimeout: (timer) => globalThis.clearTimeout(timer as unknown as Parameters<typeof globalThis.clearTimeout>[0]),
  now: () => new Date(),
};
