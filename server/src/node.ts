#!/usr/bin/env node
/**
 * Entry point of the language server for Node: `node dist/server.js --stdio`, as any LSP client and the VS Code
 * client start it (stdioConnection.ts: with a message writer of our own), or over `--node-ipc`, `--socket` or
 * `--pipe`, which createConnection makes from the command line. The server reaches files and timers through the
 * Node environment given here.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';
import { registerMemoryUsage } from './lsp/memoryUsage';
import { registerSessions } from './lsp/sessions';
import { connectStation, listenCentral } from './session';
import { nodeEnvironment } from './nodeEnvironment';
import { createStdioConnection } from './lsp/stdioConnection';

const transports = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (!process.argv.some((arg) => transports.some((t) => arg.startsWith(t)))) {
  process.stderr.write('ocpp-language-server: choose a transport, e.g. `ocpp-language-server --stdio`\n');
  process.exit(2);
}

const connection = process.argv.includes('--stdio') ? createStdioConnection() : createConnection(ProposedFeatures.all);
// ocpp/memoryUsage reads process.memoryUsage(), which only Node has: it is registered by this entry, not by
// startServer, which a browser worker shares. Handlers registered before startServer's listen() are in time.
registerMemoryUsage(connection);
// Live sessions need sockets, which only Node has: the engine is passed here, never in the browser worker.
startServer(connection, nodeEnvironment, (host) => registerSessions(host, { connectStation, listenCentral }));
