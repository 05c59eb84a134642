/**
 * The seam between the language server and the platform it runs on. Everything the server and the settings-file
 * lookup need from outside the language service (files, paths, URIs, timers) comes through `Environment`, so that
 * a browser (web worker) entry can supply its own and reuse startServer, the handlers and the service unchanged.
 * This file holds only types: it must import nothing from Node, nor anything that does.
 *
 * The parts are separate interfaces so that a user can ask for only what it needs (the settings-file lookup takes
 * files and paths, never timers) and a test can fake a part in a few lines.
 */

/** What reading a text file gave: its text, or the platform's short reason it could not be read. */
export type TextFileRead =
  | { readonly text: string }
  /** E.g. Node's error code: `ENOENT` when the file is absent, `EACCES`, `EISDIR`. Shown to the user as it is. */
  | { readonly error: string };

export interface FileSystem {
  /** The whole file as UTF-8, byte order mark included (the CLI keeps it when it rewrites a file). Never throws. */
  readTextFile(path: string): TextFileRead;
  /** Whether `path` names a file (not a folder); false when it names nothing or cannot be checked. */
  isFile(path: string): boolean;
}

/**
 * Paths as the file system above understands them, and the mapping from the documents' URIs to them. A browser
 * environment can map its own URI schemes to paths in its own (virtual) file system.
 */
export interface Paths {
  /** The path of the file a document URI names, or undefined when the URI names no file this environment can read
   * (an untitled document, another scheme, a malformed URI): such documents use the workspace folders' settings. */
  uriToPath(uri: string): string | undefined;
  /** The inverse of uriToPath, for documents the CLI reads from paths. */
  pathToUri(path: string): string;
  /** The folder holding `path`; at the root, the root itself (the settings-file lookup stops there). */
  dirname(path: string): string;
  /** `name` inside the folder `directory`. */
  joinPath(directory: string, name: string): string;
}

/** An opaque handle for a scheduled callback: Node's Timeout and a browser's number are both hidden behind it. */
export interface Timer {
  readonly __timer: never;
}

/** The server's timers (the typing pause before validation, the wait for the client's first settings). Going through
 * here lets a test fire them when it chooses, instead of sleeping for them. */
export interface Timers {
  setTimeout(callback: () => void, milliseconds: number): Timer;
  /** Cancels a callback that has not run yet; clearing undefined or a timer that already ran does nothing. */
  clearTimeout(timer: Timer | undefined): void;
}

/** The time, for the timestamps completion and quick fixes write into messages. */
export interface Clock {
  now(): Date;
}

export interface Environment extends FileSystem, Paths, Timers, Clock {}
