/**
 * The language service: pure functions over a TextDocument that return LSP types. The server, the CLI, the
 * tests and the benchmarks all go through here; nothing in this folder knows about a connection or `vscode`.
 */
import type { ClientCapabilities } from 'vscode-languageserver-protocol';
import type { CodeAction, CompletionList, Diagnostic, Hover, Position, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { getCodeActions } from './codeActions';
import { doComplete } from './completion';
import { doHover } from './hover';
import { buildOcppDocument, type OcppDocument } from './ocppDocument';
import { featureOptions } from './options';
import { toDiagnostic } from './toDiagnostic';
import { validateDocument } from './validate';

export interface LanguageServiceSettings {
  /** The client's capabilities decide between snippets or plain insertions, Markdown or plain text. */
  readonly clientCapabilities?: ClientCapabilities;
}

export interface LanguageService {
  parseDocument(document: TextDocument): OcppDocument;
  doValidation(document: TextDocument): Diagnostic[];
  doComplete(document: TextDocument, position: Position): CompletionList;
  doHover(document: TextDocument, position: Position): Hover | null;
  getCodeActions(document: TextDocument, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[];
  /** Forgets the cached parse of a closed document. */
  forget(uri: string): void;
}

/** Parses are reused while a document's version is unchanged; a few recent documents are kept. */
const cacheSize = 32;

export function getLanguageService(settings: LanguageServiceSettings = {}): LanguageService {
  const options = featureOptions(settings.clientCapabilities);
  const cache = new Map<string, OcppDocument>();

  const parseDocument = (document: TextDocument): OcppDocument => {
    const cached = cache.get(document.uri);
    // The text is compared too: callers such as the CLI or tests may reuse version numbers. For an unchanged
    // document it is the same string, so the comparison costs nothing.
    if (cached && cached.version === document.version && cached.text === document.getText()) {
      // Refresh its place in the recency order.
      cache.delete(document.uri);
      cache.set(document.uri, cached);
      return cached;
    }
    const parsed = buildOcppDocument(document.uri, document.version, document.getText());
    cache.delete(document.uri);
    cache.set(document.uri, parsed);
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
    return parsed;
  };

  return {
    parseDocument,
    doValidation: (document) => validateDocument(parseDocument(document)).map((p) => toDiagnostic(p, document)),
    doComplete: (document, position) =>
      doComplete(parseDocument(document), document, document.offsetAt(position), options),
    doHover: (document, position) => doHover(parseDocument(document), document, document.offsetAt(position), options),
    getCodeActions: (document, range, diagnostics) => getCodeActions(document, range, diagnostics),
    forget: (uri) => {
      cache.delete(uri);
    },
  };
}

export type { OcppDocument } from './ocppDocument';
export { problemCodes, type ProblemCode, type Severity } from './problems';
