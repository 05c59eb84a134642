/**
 * One way to register a request about an open document, so every handler in server.ts is one line and all of them
 * behave alike: the params are read inside runSafe (a client may send malformed ones), a cancelled request gets the
 * "cancelled" error, an exception is logged and answered with the fallback, and so is a document the server does
 * not have open.
 */
import type { CancellationToken, Connection, ResponseError, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { runSafe } from './runSafe';

/** A connection's `onX` (or `onRequest` with its type bound): takes the handler, as the connection calls it. */
export type Register<P, R> = (handler: (params: P, token: CancellationToken) => R | ResponseError<void>) => unknown;

/** The answer for an open document. */
export type Answer<P, R> = (document: TextDocument, params: P) => R;

export interface HandleDocumentRequest {
  /** A request whose params name the document as `textDocument.uri`, as the LSP's own requests do. */
  <P extends { readonly textDocument: { readonly uri: string } }, R>(
    register: Register<P, R>, what: string, fallback: R, answer: Answer<P, R>): void;
  /** A request that names the document some other way (our own requests); `uriOf` reads it from the params. */
  <P, R>(register: Register<P, R>, what: string, fallback: R, answer: Answer<P, R>, uriOf: (params: P) => string): void;
}

/** `what` names the request in the log when it fails; `fallback` is the answer for failures and unknown documents. */
export function documentRequests(connection: Connection, documents: TextDocuments<TextDocument>): HandleDocumentRequest {
  // The first overload guarantees `textDocument` whenever uriOf is left out; the default relies on that.
  const textDocumentUri = (params: unknown) => (params as { textDocument: { uri: string } }).textDocument.uri;
  return <P, R>(register: Register<P, R>, what: string, fallback: R, answer: Answer<P, R>, uriOf: (params: P) => string = textDocumentUri) => {
    register((params, token) => runSafe(connection, () => {
      const document = documents.get(uriOf(params));
      return document ? answer(document, params) : fallback;
    }, fallback, token, what));
  };
}
