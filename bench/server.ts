/**
 * The language server as an editor drives it: `node dist/server.js --stdio` in a child process, driven by the
 * tests' stdio client (test/support/lspClient.ts), and the time from a one-character didChange to the
 * publishDiagnostics for that version. This is what a user waits for after typing, transport and JSON
 * (de)serialisation included.
 */
import type { DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { LspClient } from '../test/support/lspClient';
import { cpuBetween, readCpu, type CpuSpent } from '../test/support/processCpu';

export interface EditLatency {
  /** didOpen of the whole text to its first diagnostics. */
  readonly openMs: number;
  /**
   * After the edits, the file closed and opened again under another name in the same server, to its diagnostics: the
   * open without what a fresh process pays (its heap taken from the system page by page, its code compiled).
   */
  readonly reopenMs: number;
  /** didChange to the diagnostics of that version, one per edit. */
  readonly editMs: number[];
  /** Pulled: how many edits were answered "unchanged" (the diagnostics were the same as before). */
  readonly unchanged: number;
  /**
   * Where the time went (Linux only): the server's CPU in opening, and in each edit, on its main thread and on its
   * other threads; and this client's CPU in each edit (reading the diagnostics), all threads of this process.
   */
  readonly cpu?: { readonly open: CpuSpent; readonly edits: readonly CpuSpent[]; readonly clientMs: readonly number[] };
}

/**
 * How long the benchmark waits for an answer or for diagnostics before it gives up with an error naming what
 * never came: far beyond the seconds a 10 MB file takes, so only a server that is stuck reaches it.
 */
const patienceMs = 120_000;

/**
 * Opens `text`, then makes `edits` one-character edits inside a string value near the middle (typing a
 * character, then deleting it again, alternately) and times each to its diagnostics: pushed (publishDiagnostics),
 * or with `pull` asked for after each change as VS Code asks (textDocument/diagnostic with the last result id).
 * `validationDelay` undefined keeps the server's own default, i.e. what ships. `script` replaces dist/server.js (the
 * wire's floor: resendServer.ts).
 */
export async function measureEdits(text: string, edits: number, validationDelay?: number, pull = false, script?: string,
  env?: Record<string, string>): Promise<EditLatency> {
  // No workspace/configuration capability: the server then needs no settings round trip before checking.
  const client = await LspClient.start({
    timeoutMs: patienceMs,
    ...(script && { script }),
    ...(env && { env }),
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, ...(pull && { diagnostic: { dynamicRegistration: false } }) } },
    initializationOptions: validationDelay === undefined ? {} : { validationDelay },
  });
  try {
    const uri = 'file:///bench/conversation.ocpp.json';
    let resultId: string | undefined;
    let unchanged = 0;
    const pid = client.child?.pid;
    const serverCpu: CpuSpent[] = [];
    const clientMs: number[] = [];
    // The client resolves a wait in the same turn as the notification arrives, so the time read after it is the
    // arrival's, give or take a microtask.
    const timed = async (act: () => unknown, version: number, target = uri) => {
      const since = client.published.length;
      const cpuBefore = readCpu(pid);
      const clientBefore = process.cpuUsage();
      const start = performance.now();
      act();
      if (pull) {
        const report = await client.call('textDocument/diagnostic', { textDocument: { uri: target }, ...(resultId && { previousResultId: resultId }) }) as DocumentDiagnosticReport;
        resultId = report.resultId;
        if (report.kind === 'unchanged') unchanged++;
      } else {
        await client.diagnostics(target, version, since);
      }
      const took = performance.now() - start;
      const clientSpent = process.cpuUsage(clientBefore);
      const spent = pid === undefined ? undefined : cpuBetween(pid, cpuBefore, readCpu(pid));
      if (spent) {
        serverCpu.push(spent);
        clientMs.push((clientSpent.user + clientSpent.system) / 1000);
      }
      // An editor holds a document's latest diagnostics, not every set it was sent: kept, the 10 MB 1.6 log's 2,548
      // per edit grew this process's heap by megabytes each time, in memory taken fresh from the system, and timed.
      client.published.length = 0;
      return took;
    };
    const openMs = await timed(() => client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'ocpp', version: 1, text } }), 1);

    // Inside the first string value after the middle of the file: a user typing into e.g. an idTag.
    const offset = text.indexOf('":"', text.length >> 1) + 4;
    const line = countLines(text, offset);
    const character = offset - (text.lastIndexOf('\n', offset - 1) + 1);
    const editMs: number[] = [];
    for (let i = 0; i < edits; i++) {
      const insert = i % 2 === 0;
      const range = { start: { line, character }, end: { line, character: insert ? character : character + 1 } };
      const version = i + 2;
      // Sent as it is rather than through client.change, whose copy of the text would add its own work to the time.
      editMs.push(await timed(() => client.notify('textDocument/didChange',
        { textDocument: { uri, version }, contentChanges: [{ range, text: insert ? 'x' : '' }] }), version));
    }
    client.notify('textDocument/didClose', { textDocument: { uri } });
    const again = 'file:///bench/conversation-again.ocpp.json';
    resultId = undefined;
    const reopenMs = await timed(() => client.notify('textDocument/didOpen', { textDocument: { uri: again, languageId: 'ocpp', version: 1, text } }), 1, again);
    const code = await client.shutdown();
    if (code !== 0) throw new Error(`the server exited with code ${code}${client.stderr ? `:\n${client.stderr}` : ''}`);
    // The reopening's reading is left out: the open's is the first, then one per edit.
    const cpu = serverCpu.length === edits + 2 ? { open: serverCpu[0], edits: serverCpu.slice(1, edits + 1), clientMs: clientMs.slice(1, edits + 1) } : undefined;
    return { openMs, reopenMs, editMs, unchanged, ...(cpu && { cpu }) };
  } finally {
    client.stop();
  }
}

function countLines(text: string, offset: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}
