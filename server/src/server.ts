/**
 * The language server: LSP glue around the pure service. It keeps the open documents (incremental sync),
 * publishes diagnostics after a short pause in typing, and forwards requests to the service.
 */
import {
  CodeActionKind, TextDocumentSyncKind, TextDocuments, type Connection, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, type LanguageService } from './service';
import { describeError, runSafe } from './runSafe';

export interface ServerOptions {
  /** Milliseconds to wait after the last change before validating; 0 validates at once. */
  readonly validationDelay: number;
}

const defaultValidationDelay = 150;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let service: LanguageService = getLanguageService();
  let options: ServerOptions = { validationDelay: defaultValidationDelay };
  const pending = new Map<string, NodeJS.Timeout>();

  connection.onInitialize((params): InitializeResult => {
    service = getLanguageService({ clientCapabilities: params.capabilities });
    const init = params.initializationOptions as { validationDelay?: unknown } | undefined;
    if (typeof init?.validationDelay === 'number' && init.validationDelay >= 0) {
      options = { validationDelay: init.validationDelay };
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: ['"', ':', ','] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'ocpp-language-server', version: '0.1.0' },
    };
  });

  const validate = (uri: string) => {
    pending.delete(uri);
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    try {
      const diagnostics = service.doValidation(document);
      // Drop the result if the document changed or closed while we worked.
      if (documents.get(uri)?.version !== version) return;
      void connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (error) {
      connection.console.error(`ocpp: validating ${uri} failed: ${describeError(error)}`);
    }
  };

  const scheduleValidation = (uri: string, delay: number) => {
    clearTimeout(pending.get(uri));
    pending.set(uri, setTimeout(() => validate(uri), delay));
  };

  // TextDocuments reports an open as a content change too: a newly opened document is checked at once, and
  // later edits after a pause in typing.
  const opened = new Set<string>();
  documents.onDidChangeContent((event) => {
    const uri = event.document.uri;
    scheduleValidation(uri, opened.has(uri) ? options.validationDelay : 0);
    opened.add(uri);
  });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    opened.delete(uri);
    clearTimeout(pending.get(uri));
    pending.delete(uri);
    service.forget(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  // Even reading the params happens inside runSafe: a client may send malformed ones.
  connection.onCompletion((params, token) => runSafe(connection, () => {
    const document = documents.get(params.textDocument.uri);
    return document ? service.doComplete(document, params.position) : null;
  }, null, token, 'completion'));

  connection.onHover((params, token) => runSafe(connection, () => {
    const document = documents.get(params.textDocument.uri);
    return document ? service.doHover(document, params.position) : null;
  }, null, token, 'hover'));

  connection.onCodeAction((params, token) => runSafe(connection, () => {
    const document = documents.get(params.textDocument.uri);
    return document ? service.getCodeActions(document, params.range, params.context.diagnostics) : [];
  }, [], token, 'code actions'));

  documents.listen(connection);
  connection.listen();
}
