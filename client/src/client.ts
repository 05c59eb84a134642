/**
 * What the desktop and the web extension share: starting the language client for OCPP documents, keeping its
 * document selector in step with the `ocpp.files` setting, and the status bar. The server is started only once an
 * OCPP document is open, so a plain JSON file never costs a server. How the server runs (a Node process in the
 * desktop, a web worker in the browser) is the entry's part: extension.ts and browserExtension.ts pass a factory.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { createStatusBar } from './statusBar';
import { ruleCodesOf } from './ruleCodes';
import { settingsMiddleware } from './settings';

/** Makes a client, not yet started, for these options; the entry picks the transport. */
export type ClientFactory = (clientOptions: LanguageClientOptions) => BaseLanguageClient;

let client: BaseLanguageClient | undefined;
/** Plain filters (a language, optionally a glob string) fit both vscode's and the LSP client's selector types. */
type Filter = { language: string; pattern?: string };
let selector: Filter[] = [];
let output: vscode.LogOutputChannel | undefined;

/** Called with each new client before it starts, for the entry's own notifications (the desktop's sessions). */
export type ClientHook = (client: BaseLanguageClient) => void;
let onClient: ClientHook | undefined;

/** The running client, if any: the entries' own features send their requests through it. */
export function currentClient(): BaseLanguageClient | undefined {
  return client;
}

export function activateClient(context: vscode.ExtensionContext, createClient: ClientFactory, hook?: ClientHook): void {
  onClient = hook;
  output = vscode.window.createOutputChannel('OCPP Authoring', { log: true });
  context.subscriptions.push(output);
  selector = documentSelector();
  // Getters, not values: the client and the selector are replaced when `ocpp.files` changes.
  context.subscriptions.push(createStatusBar(() => client, (document) => vscode.languages.match(selector, document) > 0));

  const startIfNeeded = (document: vscode.TextDocument) => {
    if (!client && vscode.languages.match(selector, document) > 0) void start(context, createClient);
  };
  vscode.workspace.textDocuments.forEach(startIfNeeded);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(startIfNeeded),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('ocpp.files')) return;
      // The selector is fixed when a client starts, so a new setting means a new client.
      selector = documentSelector();
      await stopClient();
      vscode.workspace.textDocuments.forEach(startIfNeeded);
    }),
  );
}

/**
 * `*.ocpp.json(l)` files (the `ocpp` language), `*.ocpp.log` logs (VS Code's `log` language, whose colours suit a
 * log's prefixes), Markdown files (for their OCPP code blocks), and the JSON, JSON Lines and log files matching the
 * user's `ocpp.files` globs.
 */
function documentSelector(): Filter[] {
  const patterns = vscode.workspace.getConfiguration('ocpp').get<string[]>('files', []);
  const byPattern = patterns
    .filter((p) => typeof p === 'string' && p.trim() !== '')
    // VS Code names JSON Lines' language "jsonl"; a `.ndjson` file may have no language of its own (plain text).
    .flatMap((pattern) => ['json', 'jsonc', 'jsonl', 'log', 'plaintext'].map((language) => ({ language, pattern })));
  // Markdown files too: the server checks their `ocpp` code blocks (and `json` blocks holding frames) only.
  return [{ language: 'ocpp' }, { language: 'log', pattern: '**/*.ocpp.log' }, { language: 'markdown' }, ...byPattern];
}

async function start(context: vscode.ExtensionContext, createClient: ClientFactory): Promise<void> {
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector,
    outputChannel: output,
    // The document that starts the client is often not yet in a visible tab; without this the client parks its
    // didOpen until some later request, and the first file shows no diagnostics until the user does something.
    textSynchronization: { delayOpenNotifications: true },
    // The server pulls the `ocpp` rule settings; it is sent only those the user set, so .ocpprc.json can apply.
    middleware: settingsMiddleware(ruleCodesOf(context.extension.packageJSON)),
  };
  try {
    client = createClient(clientOptions);
    onClient?.(client);
    await client.start();
  } catch (error) {
    // Tell the user instead of failing silently: without the server there are no checks at all.
    const message = error instanceof Error ? error.message : String(error);
    output?.error(`The OCPP language server did not start: ${message}`);
    void vscode.window.showErrorMessage(`OCPP Authoring: the language server did not start (${message}). See the "OCPP Authoring" output.`);
    client = undefined;
  }
}

export async function stopClient(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop().catch(() => undefined);
}
