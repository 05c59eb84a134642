/**
 * The wire's floor for the edit latency: a server that checks nothing after an edit and publishes again the
 * diagnostics the real service found when the file was opened, under the new version. Timed by the same client as
 * dist/server.js (server.ts), it is what sending that many diagnostics costs (serialising, the pipe, the client's
 * parsing), which no checker can go below while the protocol sends a document's diagnostics whole.
 *
 * With OCPP_BENCH_DIAGNOSTICS naming a file of the diagnostics the service finds in the file the client will open,
 * it is the floor of opening too: it reads the didOpen as the server does (the same transport) and
 * publishes those diagnostics without checking anything.
 */
import { readFileSync } from 'node:fs';
import { TextDocumentSyncKind, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';
import { createStdioConnection } from '../server/src/lsp/stdioConnection';

// The server's own stdio transport, its message writer included.
const connection = createStdioConnection();
const service = getLanguageService({ catalogs });
const given = process.env.OCPP_BENCH_DIAGNOSTICS;
const prepared = given ? JSON.parse(readFileSync(given, 'utf8')) as Diagnostic[] : undefined;
let found: Diagnostic[] = [];
connection.onInitialize(() => ({ capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } } }));
connection.onDidOpenTextDocument(({ textDocument: { uri, version, text } }) => {
  found = prepared ?? service.doValidation(TextDocument.create(uri, 'ocpp', version, text));
  void connection.sendDiagnostics({ uri, version, diagnostics: found });
});
connection.onDidChangeTextDocument(({ textDocument: { uri, version } }) => void connection.sendDiagnostics({ uri, version, diagnostics: found }));
connection.listen();
