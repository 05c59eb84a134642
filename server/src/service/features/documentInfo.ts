/**
 * What the editor's status bar says about a document: the OCPP version it is checked against, its shape, and for
 * a bare payload the message it was read as and how that was decided (the file name or the keys), since a wrong
 * guess there explains every diagnostic that follows.
 */
import type { DocumentShape, OcppDocument } from '../document/ocppDocument';

export interface DocumentInfo {
  /** The OCPP version the document is checked against, e.g. "1.6". */
  readonly version: string;
  /**
   * Why that version: where the user set it ("ocpp.version", ".ocpprc.json", "--ocpp-version"), what in the content
   * decided it ("detected: TransactionEvent"), or "default" (nothing says, so the oldest version).
   */
  readonly versionSource: string;
  readonly shape: DocumentShape;
  /** Bare payloads: the action the payload was read as, when one was found. */
  readonly action?: string;
  readonly kind?: 'request' | 'response';
  /** Bare payloads: the specification's name of the message, e.g. "BootNotification.req". */
  readonly message?: string;
  readonly source?: 'fileName' | 'keys';
}

export function getDocumentInfo(doc: OcppDocument, versionSource: string): DocumentInfo {
  const payload = doc.payload;
  const version = doc.catalog.version;
  if (doc.shape !== 'payload' || !payload?.action) return { version, versionSource, shape: doc.shape };
  return {
    version, versionSource, shape: doc.shape, action: payload.action.name, kind: payload.kind,
    message: doc.catalog.messageName(payload.action, payload.kind), ...(payload.source && { source: payload.source }),
  };
}
