/**
 * The language service: pure functions over a TextDocument that return LSP types. The server, the CLI, the
 * tests and the benchmarks all go through here; nothing in this folder knows about a connection or `vscode`.
 */
import type { ClientCapabilities } from 'vscode-languageserver-protocol';
import type {
  CodeAction, CompletionList, Diagnostic, DocumentSymbol, FoldingRange, Hover, Location, LocationLink, Position, Range,
  SymbolInformation,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { widen, type EditWindow, type TextChange } from '../json/editWindow';
import type { Catalog } from '../ocpp/catalog';
import { problemCodesFor, type CodeTable } from './check/problems';
import { oversizedDocumentProblems } from './check/sizeLimit';
import { validateDocument } from './check/validate';
import { versionMismatchProblems } from './check/versionMismatch';
import { chooseVersion, editKeepsClues, type VersionChoice } from './document/versionChoice';
import { buildOcppDocument, type OcppDocument } from './document/ocppDocument';
import { updateConversation } from './document/textFrames';
import { getCodeActions } from './features/codeActions';
import { doComplete } from './features/completion';
import { getDocumentInfo, type DocumentInfo } from './features/documentInfo';
import { flattenSymbols, getDocumentSymbols } from './features/documentSymbols';
import { withMarkdown } from './markdown';
import { getFoldingRanges, type FoldingContext } from './features/folding';
import { doHover } from './features/hover';
import { definitionLinkSupport, findDefinition, findReferences } from './features/navigation';
import { featureOptions } from './features/options';
import { diagnosticsWithRules, type RuleSettings } from './settings/ruleSettings';
import { positionsIn } from '../text/lines';
import { keepResidentDocuments } from './residentDocuments';

/** `rules` and `profile` set each diagnostic code's severity (or 'off'); see ruleSettings.ts. */
export interface LanguageServiceSettings extends RuleSettings {
  /** The OCPP versions the service serves (ocpp/catalogs.ts has the product's list), oldest first. */
  readonly catalogs: readonly Catalog[];
  /** The client's capabilities decide between snippets or plain insertions, Markdown or plain text. */
  readonly clientCapabilities?: ClientCapabilities;
  /** The time completions and fixes write into timestamps; the platform's clock when not given. */
  readonly clock?: () => Date;
  /** Fresh uniqueIds for completions and fixes; random UUIDs when not given. */
  readonly newUniqueId?: () => string;
}

export interface LanguageService {
  /** Every diagnostic code the service can report, with its default severity and description. */
  readonly problemCodes: CodeTable;
  parseDocument(document: TextDocument): OcppDocument;
  /**
   * Diagnostics with the configured rule settings, or with `rules` for this call instead. A document longer than
   * their `maxFileSize` gets only its syntax checked (sizeLimit.ts).
   */
  doValidation(document: TextDocument, rules?: RuleSettings): Diagnostic[];
  /**
   * Replaces the rule settings (severities, profile) later validations and fix-alls use: one for every document,
   * or a function giving each document's (a server reads them per folder).
   */
  configure(rules: RuleSettings | ((uri: string) => RuleSettings)): void;
  doComplete(document: TextDocument, position: Position): CompletionList;
  doHover(document: TextDocument, position: Position): Hover | null;
  /**
   * Quick fixes for the diagnostics in `range`; with `only` (CodeActionContext.only) naming a source kind, also
   * the whole-file `source.fixAll.ocpp`.
   */
  getCodeActions(document: TextDocument, range: Range, diagnostics: readonly Diagnostic[], only?: readonly string[]): CodeAction[];
  /** The Outline: one symbol per frame (or one for a bare payload), the payload's fields beneath. */
  getDocumentSymbols(document: TextDocument): DocumentSymbol[];
  /** The same as a flat list naming each symbol's container, for clients without hierarchical symbols. */
  getSymbolInformation(document: TextDocument): SymbolInformation[];
  getFoldingRanges(document: TextDocument, context?: FoldingContext): FoldingRange[];
  /** From a CALLRESULT's or CALLERROR's uniqueId to the CALL it answers. */
  findDefinition(document: TextDocument, position: Position): Location[] | LocationLink[] | null;
  /** From a CALL's uniqueId (or an answer's) to the answers' ids, and the CALL's with includeDeclaration. */
  findReferences(document: TextDocument, position: Position, context: { includeDeclaration: boolean }): Location[];
  /** The OCPP version and, for a bare payload, the message it was read as: what the status bar shows. */
  getDocumentInfo(document: TextDocument): DocumentInfo;
  /** Forgets the cached parse of a closed document. */
  forget(uri: string): void;
  /**
   * Says how a document changed from one version to the next (the edits in order, each in the coordinates of
   * the text it applies to), so that the next parse of a long conversation rereads only the frames they touched.
   * Optional: without it, every new version is read in full, with the same results.
   */
  noteChanges(uri: string, fromVersion: number, toVersion: number, changes: readonly TextChange[]): void;
}

/** Parses are reused while a document's version is unchanged; a few recent documents are kept. */
const cacheSize = 32;

export function getLanguageService(settings: LanguageServiceSettings): LanguageService {
  const catalogs = settings.catalogs;
  if (catalogs.length === 0) throw new Error('getLanguageService needs at least one catalog');
  keepResidentDocuments(catalogs);
  const codes = problemCodesFor(catalogs);
  const options = featureOptions(settings.clientCapabilities, settings);
  const cache = new Map<string, OcppDocument>();
  let ruleSource: RuleSettings | ((uri: string) => RuleSettings) = {
    rules: settings.rules, profile: settings.profile, maxFileSize: settings.maxFileSize, version: settings.version, versionSource: settings.versionSource,
  };
  const rulesFor = (document: TextDocument) => (typeof ruleSource === 'function' ? ruleSource(document.uri) : ruleSource);

  /**
   * How to read part of a document's text: through textBetween when the document has it (the server's, which then
   * need not make its whole text: lsp/editedDocument.ts), else from the whole text.
   */
  const partReader = (document: TextDocument) => {
    const partly = document as TextDocument & { textBetween?: (from: number, to: number) => string };
    return typeof partly.textBetween === 'function' ? (from: number, to: number) => partly.textBetween!(from, to) : undefined;
  };

  // Per document: the edits since the cached parse's version, as one window (editWindow.ts).
  const changed = new Map<string, { from: number; to: number; window: EditWindow | undefined }>();
  // Per parse: the version it was read as and why (versionChoice.ts).
  const choices = new WeakMap<OcppDocument, VersionChoice & { setting: string | undefined }>();
  // Per parse: the diagnostics last given for it (until it has its own, those of the document's parse before it).
  // Its next diagnostics reuse those objects where they say the same thing (earlierDiagnostics.ts).
  const lastDiagnostics = new WeakMap<OcppDocument, readonly Diagnostic[]>();

  /** The parse of a document under `current` settings, whose version setting may choose its catalog. */
  const parseWith = (document: TextDocument, current: RuleSettings): OcppDocument => {
    const cached = cache.get(document.uri);
    const text = document.getText();
    // The text is compared too: callers such as the CLI or tests may reuse version numbers. For an unchanged
    // document it is the same string, so the comparison costs nothing.
    if (cached && cached.version === document.version && cached.text === text && choices.get(cached)?.setting === current.version) {
      // Refresh its place in the recency order.
      cache.delete(document.uri);
      cache.set(document.uri, cached);
      return cached;
    }
    const edits = changed.get(document.uri);
    changed.delete(document.uri);
    // An edit of the cached text (told by noteChanges) keeps the version the text had when the edit gives no clue.
    const edited = cached && edits && edits.from === cached.version && edits.to === document.version;
    const choice = chooseVersion(catalogs, document.uri, text, current, edited ? choices.get(cached) : undefined,
      edited && edits.window !== undefined && editKeepsClues(edits.window.start));
    const sinceCached = edited && cached.catalog === choice.catalog && edits.window;
    const parsed = (sinceCached && updateConversation(cached, document.version, text, sinceCached, partReader(document))) ||
      buildOcppDocument(document.uri, document.version, text, choice.catalog);
    choices.set(parsed, { ...choice, setting: current.version });
    const earlier = cached && lastDiagnostics.get(cached);
    if (earlier) lastDiagnostics.set(parsed, earlier);
    cache.delete(document.uri);
    cache.set(document.uri, parsed);
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
    return parsed;
  };
  const parseDocument = (document: TextDocument) => parseWith(document, rulesFor(document));

  /** A document read as a version its content clearly is not gets one note instead of a wall of false errors. */
  const problemsOf = (parsed: OcppDocument) => {
    const choice = choices.get(parsed);
    return (choice && versionMismatchProblems(parsed, choice)) ?? validateDocument(parsed);
  };

  // Markdown files are checked block by block (markdown.ts).
  return withMarkdown({
    problemCodes: codes,
    parseDocument,
    doValidation: (document, rules) => {
      const current = rules ?? rulesFor(document);
      // Above the size limit only the syntax is checked, without building the model (sizeLimit.ts).
      const oversized = oversizedDocumentProblems(document.getText(), current.maxFileSize);
      if (oversized) return diagnosticsWithRules(oversized, document, current, codes);
      const parsed = parseWith(document, current);
      // The parse's line starts, which its messages' line numbers may have counted already, place the diagnostics.
      const diagnostics = diagnosticsWithRules(problemsOf(parsed), document, current, codes, positionsIn(parsed), lastDiagnostics.get(parsed));
      lastDiagnostics.set(parsed, diagnostics);
      return diagnostics;
    },
    configure: (rules) => {
      ruleSource = rules;
      // The settings may name another version: every document is read again.
      cache.clear();
    },
    doComplete: (document, position) =>
      doComplete(parseDocument(document), document, document.offsetAt(position), options),
    doHover: (document, position) => doHover(parseDocument(document), document, document.offsetAt(position), options),
    // A fix-all reads the problems validation found for this very parse (validate.ts keeps them per parse).
    getCodeActions: (document, range, diagnostics, only) => getCodeActions(parseDocument(document), document, range, diagnostics,
      { only, now: options.now, newUniqueId: options.newUniqueId, allDiagnostics: () => diagnosticsWithRules(problemsOf(parseDocument(document)), document, rulesFor(document), codes) }),
    getDocumentSymbols: (document) => getDocumentSymbols(parseDocument(document), document),
    getSymbolInformation: (document) => flattenSymbols(getDocumentSymbols(parseDocument(document), document), document.uri),
    getFoldingRanges: (document, context) => getFoldingRanges(parseDocument(document), document,
      context ?? { rangeLimit: settings.clientCapabilities?.textDocument?.foldingRange?.rangeLimit }),
    findDefinition: (document, position) => findDefinition(parseDocument(document), document, document.offsetAt(position),
      definitionLinkSupport(settings.clientCapabilities)),
    findReferences: (document, position, context) =>
      findReferences(parseDocument(document), document, document.offsetAt(position), context.includeDeclaration),
    getDocumentInfo: (document) => {
      const parsed = parseDocument(document);
      return getDocumentInfo(parsed, choices.get(parsed)?.reason ?? 'default');
    },
    forget: (uri) => {
      cache.delete(uri);
      changed.delete(uri);
    },
    noteChanges: (uri, fromVersion, toVersion, changes) => {
      const edits = changed.get(uri);
      // A gap in the versions (a change not told) leaves only a full reading.
      let window = edits && edits.to === fromVersion ? edits.window : undefined;
      const from = edits && edits.to === fromVersion ? edits.from : fromVersion;
      for (const change of changes) window = widen(window, change);
      changed.set(uri, { from, to: toVersion, window });
    },
  });
}

export type { OcppDocument } from './document/ocppDocument';
export type { TextChange } from '../json/editWindow';
export type { DocumentInfo } from './features/documentInfo';
export type { FoldingContext } from './features/folding';
export type { Catalog } from '../ocpp/catalog';
export { problemCodesFor, type CodeTable, type ProblemCode, type Severity } from './check/problems';
export { lenientProfile, profiles, ruleSeverities, type Profile, type RuleSettings, type RuleSeverity } from './settings/ruleSettings';
