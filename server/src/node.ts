#!/usr/bin/env node
/**
 * Entry point of the language server for Node: `node dist/server.js --stdio` (any LSP client) or started by
 * the VS Code client over IPC. createConnection picks the transport from the command line.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';

const transports = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (!process.argv.some((arg) => transports.some((t) => arg.startsWith(t)))) {
  process.stderr.write('ocpp-language-server: choose a transport, e.g. `ocpp-language-server --stdio`\n');
  process.exit(2);
}

startServer(createConnection(ProposedFeatures.all));
