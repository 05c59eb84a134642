/**
 * Requests of our own between the VS Code client and the language server, declared once here and imported by
 * both, so the method name and the shapes of params and result cannot drift apart.
 */
import { RequestType } from 'vscode-languageserver-protocol';
import type { DocumentInfo } from './service/documentInfo';

export type { DocumentInfo } from './service/documentInfo';

export interface DocumentInfoParams {
  /** An open document's uri, as the client sent it in didOpen. */
  readonly uri: string;
}

/** What the status bar shows for a document; null when the server does not have the document open. */
export const DocumentInfoRequest = new RequestType<DocumentInfoParams, DocumentInfo | null, void>('ocpp/documentInfo');
