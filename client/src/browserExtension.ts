/**
 * The web extension (package.json `browser`), for vscode.dev, github.dev and any VS Code whose extension host is a
 * web worker: the language server runs in a web worker of its own, dist/browserServer.js, and is spoken to with
 * messages. The rest is client.ts, the same as the desktop's.
 */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient } from 'vscode-languageclient/browser';
import { activateClient, stopClient } from './client';

/** The browser's Worker; the project compiles without the DOM's types, so it is declared as far as it is used. */
declare const Worker: new (url: string, options?: { name?: string }) => ConstructorParameters<typeof BrowserMessageReader>[0];

export function activate(context: vscode.ExtensionContext): void {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browserServer.js');
  activateClient(context, (clientOptions) => new LanguageClient('ocpp', 'OCPP Authoring', async () => {
    const worker = new Worker(await workerUrl(serverMain), { name: 'OCPP language server' });
    // The reader and writer are made here rather than by the client: VS Code's extension host replaces `Worker` with
    // a function of its own, so the client's `instanceof Worker` test fails on the worker it returns.
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  }, clientOptions));
}

/**
 * An address the extension host can start the worker from. vscode.dev and github.dev serve a web extension over
 * https, which a worker loads directly. An extension installed on a remote server (code-server, a browser window of
 * a remote VS Code) has a vscode-remote: URI, from which VS Code's worker extension host refuses to start workers
 * ("Creating workers from remote extensions is currently not supported"): there the script is read through the
 * editor's file system and started from a blob of the extension host's own origin.
 */
async function workerUrl(script: vscode.Uri): Promise<string> {
  if (['https', 'http', 'file'].includes(script.scheme)) return script.toString(true);
  const bytes = await vscode.workspace.fs.readFile(script);
  return URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' }));
}

export function deactivate(): Thenable<void> | undefined {
  return stopClient();
}
