/**
 * The desktop extension (package.json `main`): the language server runs as a Node process, dist/server.js, spoken
 * to over stdio. Everything else is client.ts, shared with the web extension (browserExtension.ts), except live
 * sessions (session/), which need that Node server.
 *
 * Why stdio rather than IPC: over stdio the server writes its messages itself (server/src/lsp/stdioConnection.ts),
 * into a buffer it keeps and with the JSON of diagnostics that did not change kept too; over IPC, Node stringifies
 * each message whole. After a keystroke in a long log with thousands of findings, that is most of what the server
 * spends on sending them.
 */
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateClient, currentClient, stopClient } from './client';
import { registerSessions } from './session';

export function activate(context: vscode.ExtensionContext): void {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  // Live sessions need the Node server: only this entry has them.
  const sessionHook = registerSessions(context, currentClient);
  activateClient(context, (clientOptions) => new LanguageClient('ocpp', 'OCPP Authoring', serverOptions, clientOptions), sessionHook);
}

export function deactivate(): Thenable<void> | undefined {
  return stopClient();
}
