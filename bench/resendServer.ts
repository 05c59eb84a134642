/**
 * The wire's floor for the edit latency: a server that checks nothing after an edit and publishes again the
 * diagnostics the real service found when the file was opened, under the new version. Timed by the same client as
 * dist/server.js (server.ts), it is what sending that many diagnostics costs (serialising, the pipe, the client's
 * parsing), which no checker can go below while the protocol sends a document's diagnostics whole.
 */
import { createConnection, TextDocumentSyncKind, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';

const connection = createConnection();
const service = getLanguageService({ catalogs });
let found: Diagnostic[] = [];
connection.onInitialize(() => ({ capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } } }));
connection.onDidOpenTextDocument(({ textDocument: { uri, version, text } }) => {
  found = service.doValidation(TextDocument.create(uri, 'ocpp', version, text));
  void connection.sendDiagnostics({ uri, version, diagnostics: found });
});
connection.onDidChangeTextDocument(({ textDocument: { uri, version } }) => void connection.sendDiagnostics({ uri, version, diagnostics: found }));
connection.listen();
