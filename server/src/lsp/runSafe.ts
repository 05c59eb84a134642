import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';

/**
 * Runs a request handler so that it always answers: a cancelled request gets the LSP "cancelled" error, and
 * any exception is logged to the client and turned into the handler's empty result. The server never dies
 * because one request went wrong.
 */
export function runSafe<T>(connection: Connection, work: () => T, fallback: T, token: CancellationToken, what: string): T | ResponseError<void> {
  if (token.isCancellationRequested) return cancelled();
  try {
    const result = work();
    return token.isCancellationRequested ? cancelled() : result;
  } catch (error) {
    connection.console.error(`ocpp: ${what} failed: ${describeError(error)}`);
    return fallback;
  }
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
}
