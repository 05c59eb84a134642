/**
 * Pull diagnostics (LSP 3.17 `textDocument/diagnostic`) for clients that ask for them, such as VS Code: the client
 * asks when it wants a document's diagnostics, and when they are what the client's last result holds (the document
 * and the settings did not change, or changed without changing them: typing inside a long log's payload) the answer
 * is "unchanged", without sending them again. Clients without pull support keep getting them pushed after each
 * change (server.ts).
 */
import {
  DocumentDiagnosticReportKind, type ClientCapabilities, type Connection, type Diagnostic, type DocumentDiagnosticReport, type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../service';
import { describeError } from './runSafe';
import { sameJson } from '../json/sameJson';

/** Whether the client pulls diagnostics itself; then the server must not push them too. */
export function clientPullsDiagnostics(capabilities: ClientCapabilities): boolean {
  return capabilities.textDocument?.diagnostic !== undefined;
}

export interface PullDiagnostics {
  /** The settings changed: every result id given so far is stale, and the client is asked to pull again. */
  settingsChanged(): void;
}

export interface PullOptions {
  readonly settingsReady: () => Promise<void>;
  /** Whether the client pulls again when asked (workspace.diagnostics.refreshSupport). */
  readonly canRefresh: boolean;
  /** Waits the pause after typing (`validationDelay`) before a document's new version is checked. */
  readonly pause: () => Promise<void>;
}

/**
 * Answers `textDocument/diagnostic`. A result id names the document version and the settings it was worked out
 * under; a newer version's diagnostics that equal the last ones given are "unchanged" under a new result id.
 */
export function servePullDiagnostics(connection: Connection, documents: TextDocuments<TextDocument>, service: () => LanguageService,
  options: PullOptions): PullDiagnostics {
  let settingsGeneration = 0;
  /** The diagnostics last given for each open document, and the result id the client now holds for them. */
  const given = new Map<string, { resultId: string; items: Diagnostic[] }>();
  documents.onDidClose((event) => given.delete(event.document.uri));
  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    // The first diagnostics wait for the client's settings, so they do not flash with default severities.
    await options.settingsReady();
    let document = documents.get(params.textDocument.uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    // A client pulls after every keystroke and cancels the pull before: as pushed diagnostics do, a new version
    // waits for a pause in typing, and a pull cancelled meanwhile costs no check.
    if (params.previousResultId !== undefined && !params.previousResultId.startsWith(`${document.version}:`)) {
      await options.pause();
      if (token.isCancellationRequested) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      document = documents.get(params.textDocument.uri);
      if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    }
    const resultId = `${document.version}:${settingsGeneration}`;
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    try {
      const items = service().doValidation(document);
      const last = given.get(document.uri);
      given.set(document.uri, { resultId, items });
      if (last && params.previousResultId === last.resultId && sameJson(last.items, items)) {
        return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
      }
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
    } catch (error) {
      connection.console.error(`ocpp: validating ${document.uri} failed: ${describeError(error)}`);
      return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    }
  });
  return {
    settingsChanged: () => {
      settingsGeneration++;
      if (options.canRefresh) void connection.languages.diagnostics.refresh().catch(() => undefined);
    },
  };
}
