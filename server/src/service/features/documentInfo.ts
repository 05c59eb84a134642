/**
 * What the editor's status bar says about a document: the OCPP version it is checked against, its shape, and for
 * a bare payload the message it was read as and how that was decided (the file name or the keys), since a wrong
 * guess there explains every diagnostic that follows.
 */
import type { DocumentShape, OcppDocument } from '../document/ocppDocument';

export interface DocumentInfo {
  /** The one version the catalog holds today. */
  readonly version: '1.6';
  readonly shape: DocumentShape;
  /** Bare payloads: the action the payload was read as, when one was found. */
  readonly action?: string;
  readonly kind?: 'request' | 'response';
  readonly source?: 'fileName' | 'keys';
}

export function getDocumentInfo(doc: OcppDocument): DocumentInfo {
  const payload = doc.payload;
  if (doc.shape !== 'payload' || !payload?.action) return { version: '1.6', shape: doc.shape };
  return { version: '1.6', shape: doc.shape, action: payload.action.name, kind: payload.kind, ...(payload.source && { source: payload.source }) };
}
