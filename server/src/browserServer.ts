/**
 * Entry point of the language server in a web worker (dist/browserServer.js), started by the web extension
 * (client/src/browserExtension.ts) or by any page that speaks LSP to a worker with postMessage. The same
 * startServer as the Node entry (node.ts), through the browser's environment: no files, so no `.ocpprc.json`, and
 * no `ocpp/memoryUsage` (Node's process.memoryUsage).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from './lsp/server';
import { browserEnvironment } from './browserEnvironment';

/** The worker's global scope, which the reader listens on and the writer posts to. */
const scope = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
startServer(connection, browserEnvironment);
