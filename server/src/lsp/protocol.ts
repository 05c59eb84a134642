/**
 * Requests of our own between the VS Code client and the language server, declared once here and imported by
 * both, so the method name and the shapes of params and result cannot drift apart.
 */
import { RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { DocumentInfo } from '../service/features/documentInfo';

export type { DocumentInfo } from '../service/features/documentInfo';

export interface DocumentInfoParams {
  /** An open document's uri, as the client sent it in didOpen. */
  readonly uri: string;
}

/** What the status bar shows for a document; null when the server does not have the document open. */
export const DocumentInfoRequest = new RequestType<DocumentInfoParams, DocumentInfo | null, void>('ocpp/documentInfo');

/** What `process.memoryUsage()` reports, in bytes, and whether a full garbage collection ran just before. */
export interface MemoryUsage {
  readonly rss: number;
  readonly heapTotal: number;
  readonly heapUsed: number;
  readonly external: number;
  readonly arrayBuffers: number;
  /** True when node runs with --expose-gc and the server collected garbage before measuring. */
  readonly gcForced: boolean;
}

/** The server's memory, for diagnosing it (see memoryUsage.ts); no editor sends this. It takes no params. */
export const MemoryUsageRequest = new RequestType0<MemoryUsage, void>('ocpp/memoryUsage');
