/**
 * The connection for `--stdio`: what vscode-languageserver makes from that flag, but with the server's own message
 * writer on stdout (keptBufferWriter.ts says why).
 */
import { format } from 'node:util';
import { createConnection, ProposedFeatures, type Connection, type MessageWriter } from 'vscode-languageserver/node';
import { KeptBufferMessageWriter } from './keptBufferWriter';

export function createStdioConnection(): Connection {
  const writer: MessageWriter = new KeptBufferMessageWriter(process.stdout);
  // createConnection takes a stream on one side and a MessageWriter on the other (it wraps whichever side is a
  // stream), though its overloads only spell a pair of either. Given stdin as a stream, it keeps what it does for
  // --stdio: the process exits when stdin ends (code 0 after a shutdown request, 1 otherwise).
  const connection = createConnection(ProposedFeatures.all, process.stdin, writer as unknown as NodeJS.WritableStream);
  sendConsoleToClient(connection);
  return connection;
}

/**
 * The other thing createConnection does for --stdio only when it reads the flag itself: anything written to the
 * console would land among the messages on stdout and break them, so it goes to the client's log instead.
 */
function sendConsoleToClient(connection: Connection): void {
  const log = (...args: unknown[]) => connection.console.log(format(...args));
  console.log = log;
  console.info = (...args: unknown[]) => connection.console.info(format(...args));
  console.debug = log;
  console.trace = log;
  console.dir = (item: unknown) => connection.console.log(format(item));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
}
