/**
 * The desktop extension (package.json `main`): the language server runs as a Node process, dist/server.js, spoken
 * to over IPC. Everything else is client.ts, shared with the web extension (browserExtension.ts), except live
 * sessions (session/), which need that Node server.
 */
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateClient, currentClient, stopClient } from './client';
import { registerSessions } from './session';

export function activate(context: vscode.ExtensionContext): void {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  // Live sessions need the Node server: only this entry has them.
  const sessionHook = registerSessions(context, currentClient);
  activateClient(context, (clientOptions) => new LanguageClient('ocpp', 'OCPP Authoring', serverOptions, clientOptions), sessionHook);
}

export function deactivate(): Thenable<void> | undefined {
  return stopClient();
}
