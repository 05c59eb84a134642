/**
 * The language server: LSP glue around the pure service. It keeps the open documents (incremental sync),
 * publishes diagnostics after a short pause in typing (or answers a client that pulls them, pullDiagnostics.ts),
 * and forwards requests to the service. Files, paths and
 * timers come only through the Environment it is given, so a Node entry (node.ts) and a browser worker can share it.
 */
import {
  CodeActionKind, TextDocumentSyncKind, TextDocuments, type Connection, type InitializeResult,
} from 'vscode-languageserver';
import { EditedDocument } from './editedDocument';
import { getLanguageService, type LanguageService } from '../service';
import { catalogs } from '../product';
import { describeError } from './runSafe';
import { documentRequests } from './documentRequests';
import { DocumentSettings, syncSettings, warnUser } from './settings';
import { DocumentInfoRequest, type DocumentInfo, type DocumentInfoParams } from './protocol';
import { clientPullsDiagnostics, servePullDiagnostics, type PullDiagnostics } from './pullDiagnostics';
import type { Environment, Timer } from '../environment';

export interface ServerOptions {
  /** Milliseconds to wait after the last change before validating; 0 validates at once. */
  readonly validationDelay: number;
}

const defaultValidationDelay = 150;

/** What startServer shares with an entry's own features: the Node entry's live sessions (sessions.ts). */
export interface ServerParts {
  readonly connection: Connection;
  readonly documents: TextDocuments<EditedDocument>;
  /** The current service (it is replaced on initialize). */
  readonly service: () => LanguageService;
  /** Whether the client refreshes code lenses when asked (workspace.codeLens.refreshSupport). */
  readonly canRefreshLenses: () => boolean;
}

/**
 * `addSessions`, given by the Node entry only, registers the live-session requests and their code lenses
 * (sessions.ts): a browser worker has no sockets.
 */
export function startServer(connection: Connection, environment: Environment, addSessions?: (parts: ServerParts) => void): void {
  let service: LanguageService = getLanguageService({ catalogs, clock: () => environment.now() });
  // The documents as the client edits them. Each change is also told to the service, as offsets, so a long
  // conversation is reread only where it changed.
  // Kept as EditedDocument, which typing does not make copy the whole text (editedDocument.ts).
  const documents = new TextDocuments<EditedDocument>({
    create: (uri, languageId, version, content) => new EditedDocument(uri, languageId, version, content),
    update: (document, changes, version) => {
      const from = document.version;
      // Each change as the characters it replaced, in the coordinates the changes before it left.
      service.noteChanges(document.uri, from, version, document.update(changes, version));
      return document;
    },
  });
  /** Clients that do not declare hierarchical document symbols get the flat SymbolInformation list instead. */
  let hierarchicalSymbols = true;
  let canRefreshLenses = false;
  // Set when the client pulls diagnostics (pullDiagnostics.ts): then nothing is pushed.
  let pull: PullDiagnostics | undefined;
  let options: ServerOptions = { validationDelay: defaultValidationDelay };
  const pending = new Map<string, Timer>();
  // Rule severities per document: the client's settings over the nearest .ocpprc.json over the defaults.
  const documentSettings = new DocumentSettings(environment, warnUser(connection));
  const settingsSync = syncSettings(connection, documentSettings, () => {
    if (pull) pull.settingsChanged();
    else for (const document of documents.all()) scheduleValidation(document.uri, 0);
  }, environment);

  connection.onInitialize((params): InitializeResult => {
    service = getLanguageService({ catalogs, clientCapabilities: params.capabilities, clock: () => environment.now() });
    service.configure((uri) => documentSettings.forDocument(uri));
    hierarchicalSymbols = params.capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
    canRefreshLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    settingsSync.initialize(params);
    const init = params.initializationOptions as { validationDelay?: unknown } | undefined;
    if (typeof init?.validationDelay === 'number' && init.validationDelay >= 0) {
      options = { validationDelay: init.validationDelay };
    }
    const pulls = clientPullsDiagnostics(params.capabilities);
    if (pulls) {
      pull = servePullDiagnostics(connection, documents, () => service, {
        settingsReady: () => settingsSync.ready(),
        canRefresh: params.capabilities.workspace?.diagnostics?.refreshSupport === true,
        pause: () => new Promise((resolve) => environment.setTimeout(resolve, options.validationDelay)),
      });
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: ['"', ':', ','] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        ...(addSessions ? { codeLensProvider: { resolveProvider: false } } : {}),
        ...(pulls ? { diagnosticProvider: { identifier: 'ocpp', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
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
    environment.clearTimeout(pending.get(uri));
    // The first diagnostics wait for the client's settings, so they do not flash with default severities.
    pending.set(uri, environment.setTimeout(() => void settingsSync.ready().then(() => validate(uri)), delay));
  };

  // TextDocuments reports an open as a content change too: a newly opened document is checked at once, and
  // later edits after a pause in typing.
  const opened = new Set<string>();
  documents.onDidChangeContent((event) => {
    const uri = event.document.uri;
    // A client that pulls asks for the diagnostics itself.
    if (pull) return;
    scheduleValidation(uri, opened.has(uri) ? options.validationDelay : 0);
    opened.add(uri);
  });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    opened.delete(uri);
    environment.clearTimeout(pending.get(uri));
    pending.delete(uri);
    service.forget(uri);
    if (!pull) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  // Each request about one document: answered from the service, or with the fallback (logged when it threw).
  const handle = documentRequests(connection, documents);
  handle(connection.onCompletion, 'completion', null, (document, params) => service.doComplete(document, params.position));
  handle(connection.onHover, 'hover', null, (document, params) => service.doHover(document, params.position));
  handle(connection.onCodeAction, 'code actions', [], (document, params) =>
    service.getCodeActions(document, params.range, params.context.diagnostics, params.context.only));
  handle(connection.onDocumentSymbol, 'document symbols', [], (document) =>
    hierarchicalSymbols ? service.getDocumentSymbols(document) : service.getSymbolInformation(document));
  handle(connection.onFoldingRanges, 'folding ranges', [], (document) => service.getFoldingRanges(document));
  handle(connection.onDefinition, 'definition', null, (document, params) => service.findDefinition(document, params.position));
  handle(connection.onReferences, 'references', [], (document, params) => service.findReferences(document, params.position, params.context));
  // The status bar's question: which OCPP version, and which message a bare payload was read as.
  handle<DocumentInfoParams, DocumentInfo | null>((handler) => connection.onRequest(DocumentInfoRequest, handler),
    'document info', null, (document) => service.getDocumentInfo(document), (params) => params.uri);
  addSessions?.({ connection, documents, service: () => service, canRefreshLenses: () => canRefreshLenses });

  documents.listen(connection);
  connection.listen();
}
