/**
 * The language server as an editor drives it: `node dist/server.js --stdio` in a child process, a real
 * JSON-RPC connection, and the time from a one-character didChange to the publishDiagnostics for that
 * version. This is what a user waits for after typing, transport and JSON (de)serialisation included.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import {
  createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification,
  InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader,
  StreamMessageWriter, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

const serverPath = resolve(__dirname, '../dist/server.js');

export interface EditLatency {
  /** didOpen of the whole text to its first diagnostics. */
  readonly openMs: number;
  /** didChange to the diagnostics of that version, one per edit. */
  readonly editMs: number[];
}

/**
 * Opens `text`, then makes `edits` one-character edits inside a string value near the middle (typing a
 * character, then deleting it again, alternately) and times each to its diagnostics.
 * `validationDelay` undefined keeps the server's own default, i.e. what ships.
 */
export async function measureEdits(text: string, edits: number, validationDelay?: number): Promise<EditLatency> {
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  // Resolves the wait for the diagnostics of one version.
  let waiting: { version: number; done: (at: number) => void } | undefined;
  connection.onNotification(PublishDiagnosticsNotification.type, (params: PublishDiagnosticsParams) => {
    if (waiting && params.version === waiting.version) waiting.done(performance.now());
  });
  connection.listen();
  const diagnosticsOf = (version: number) => new Promise<number>((done) => {
    waiting = { version, done };
  });

  // No workspace/configuration capability: the server then needs no settings round trip before checking.
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
    initializationOptions: validationDelay === undefined ? {} : { validationDelay },
  });
  await connection.sendNotification(InitializedNotification.type, {});

  const uri = 'file:///bench/conversation.ocpp.json';
  let start = performance.now();
  let published = diagnosticsOf(1);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'ocpp', version: 1, text } });
  const openMs = (await published) - start;

  // Inside the first string value after the middle of the file: a user typing into e.g. an idTag.
  const offset = text.indexOf('":"', text.length >> 1) + 4;
  const line = countLines(text, offset);
  const character = offset - (text.lastIndexOf('\n', offset - 1) + 1);
  const editMs: number[] = [];
  for (let i = 0; i < edits; i++) {
    const version = i + 2;
    const insert = i % 2 === 0;
    const range = { start: { line, character }, end: { line, character: insert ? character : character + 1 } };
    start = performance.now();
    published = diagnosticsOf(version);
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version }, contentChanges: [{ range, text: insert ? 'x' : '' }],
    });
    editMs.push((await published) - start);
  }

  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  connection.dispose();
  await new Promise((done) => (child.exitCode !== null ? done(undefined) : child.once('exit', done)));
  return { openMs, editMs };
}

function countLines(text: string, offset: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}
