/**
 * OCPP frames and payloads in Markdown: fenced code blocks marked `ocpp`, and `json` (or `jsonc`) blocks that hold
 * a frame or a conversation, are each checked as a document of their own. A block is handed to the service as the
 * whole Markdown text with everything outside the block blanked (line breaks kept), so every offset, line and
 * column of the block's findings, hovers, completions and fixes is already the Markdown document's.
 */
import { TextDocument as Documents, type TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from './index';

export interface CodeBlock {
  /** The block's content: from the line after the opening fence to the start of the closing fence's line. */
  readonly start: number;
  readonly end: number;
}

/** Whether a document is Markdown, by its name. */
export function isMarkdownUri(uri: string): boolean {
  return /\.(md|markdown|mdx)$/i.test(uri.replace(/[?#].*$/, ''));
}

const openingFence = /^ {0,3}(`{3,}|~{3,})[ \t]*([^\s`]*)[^`]*$/;

/** A `json` block counts when it holds a frame (`[2, ...`) or a conversation (`[[`). */
const holdsFrames = /^\s*\[\s*(?:\[|[2-6]\s*,)/;

/** The fenced blocks to check, in document order (CommonMark fences; an unclosed one runs to the end). */
export function ocppBlocks(text: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let open: { fence: string; info: string; start: number } | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (!open) {
      const match = openingFence.exec(line);
      if (match) open = { fence: match[1], info: match[2].toLowerCase(), start: Math.min(lineEnd + 1, text.length) };
    } else {
      const closing = line.trim();
      if (closing.length >= open.fence.length && closing === open.fence[0].repeat(closing.length) && /^ {0,3}\S/.test(line)) {
        addBlock(blocks, text, open.info, open.start, lineStart);
        open = undefined;
      }
    }
    lineStart = lineEnd + 1;
  }
  if (open) addBlock(blocks, text, open.info, open.start, text.length);
  return blocks;
}

function addBlock(blocks: CodeBlock[], text: string, info: string, start: number, end: number): void {
  const wanted = info === 'ocpp' || ((info === 'json' || info === 'jsonc') && holdsFrames.test(text.slice(start, end)));
  if (wanted && end > start) blocks.push({ start, end });
}

/** The block as a document of its own: the Markdown text with all else blanked, under a uri naming the block. */
export function blockDocument(document: TextDocument, block: CodeBlock, index: number): TextDocument {
  const text = document.getText();
  const blank = (part: string) => part.replace(/[^\r\n]/g, ' ');
  const masked = blank(text.slice(0, block.start)) + text.slice(block.start, block.end) + blank(text.slice(block.end));
  return Documents.create(`${document.uri}#ocpp-block-${index + 1}`, 'ocpp', document.version, masked);
}

/** The block holding `offset`, with its index. */
export function blockAt(blocks: readonly CodeBlock[], offset: number): { block: CodeBlock; index: number } | undefined {
  const index = blocks.findIndex((b) => offset >= b.start && offset <= b.end);
  return index < 0 ? undefined : { block: blocks[index], index };
}

/**
 * The service for Markdown documents too: each request about a Markdown file goes to the block it concerns (all
 * blocks for diagnostics), and what comes back names the Markdown file. Other documents go straight through.
 */
export function withMarkdown(service: LanguageService): LanguageService {
  // How many blocks each Markdown document had, so that forgetting it forgets its blocks' parses too.
  const blockCounts = new Map<string, number>();
  const blocksOf = (document: TextDocument) => {
    const blocks = ocppBlocks(document.getText());
    blockCounts.set(document.uri, Math.max(blocks.length, blockCounts.get(document.uri) ?? 0));
    return blocks;
  };
  const blockDocumentAt = (document: TextDocument, offset: number) => {
    const found = blockAt(blocksOf(document), offset);
    return found && blockDocument(document, found.block, found.index);
  };
  const renamed = <T extends { uri: string }>(locations: T[], from: string, to: string): T[] =>
    locations.map((l) => (l.uri === from ? { ...l, uri: to } : l));
  const emptyDocument = (document: TextDocument) => Documents.create(`${document.uri}#ocpp-none`, 'ocpp', document.version, '');

  return {
    ...service,
    parseDocument: (document) => {
      if (!isMarkdownUri(document.uri)) return service.parseDocument(document);
      const [first] = blocksOf(document);
      return service.parseDocument(first ? blockDocument(document, first, 0) : emptyDocument(document));
    },
    doValidation: (document, rules) => (isMarkdownUri(document.uri)
      ? blocksOf(document).flatMap((block, index) => service.doValidation(blockDocument(document, block, index), rules))
      : service.doValidation(document, rules)),
    doComplete: (document, position) => {
      if (!isMarkdownUri(document.uri)) return service.doComplete(document, position);
      const block = blockDocumentAt(document, document.offsetAt(position));
      return block ? service.doComplete(block, position) : { isIncomplete: false, items: [] };
    },
    doHover: (document, position) => {
      if (!isMarkdownUri(document.uri)) return service.doHover(document, position);
      const block = blockDocumentAt(document, document.offsetAt(position));
      return block ? service.doHover(block, position) : null;
    },
    getCodeActions: (document, range, diagnostics, only) => {
      if (!isMarkdownUri(document.uri)) return service.getCodeActions(document, range, diagnostics, only);
      const block = blockDocumentAt(document, document.offsetAt(range.start));
      if (!block) return [];
      return service.getCodeActions(block, range, diagnostics, only).map((action) => {
        const edits = action.edit?.changes?.[block.uri];
        return edits ? { ...action, edit: { changes: { [document.uri]: edits } } } : action;
      });
    },
    // The Markdown editor has its own Outline and folding; the blocks add nothing to them.
    getDocumentSymbols: (document) => (isMarkdownUri(document.uri) ? [] : service.getDocumentSymbols(document)),
    getSymbolInformation: (document) => (isMarkdownUri(document.uri) ? [] : service.getSymbolInformation(document)),
    getFoldingRanges: (document, context) => (isMarkdownUri(document.uri) ? [] : service.getFoldingRanges(document, context)),
    findDefinition: (document, position) => {
      if (!isMarkdownUri(document.uri)) return service.findDefinition(document, position);
      const block = blockDocumentAt(document, document.offsetAt(position));
      const found = block && service.findDefinition(block, position);
      if (!block || !found) return null;
      return found.map((f) => ('targetUri' in f ? { ...f, targetUri: f.targetUri === block.uri ? document.uri : f.targetUri } : { ...f, uri: f.uri === block.uri ? document.uri : f.uri })) as typeof found;
    },
    findReferences: (document, position, context) => {
      if (!isMarkdownUri(document.uri)) return service.findReferences(document, position, context);
      const block = blockDocumentAt(document, document.offsetAt(position));
      return block ? renamed(service.findReferences(block, position, context), block.uri, document.uri) : [];
    },
    getDocumentInfo: (document) => {
      if (!isMarkdownUri(document.uri)) return service.getDocumentInfo(document);
      const [first] = blocksOf(document);
      return service.getDocumentInfo(first ? blockDocument(document, first, 0) : emptyDocument(document));
    },
    forget: (uri) => {
      service.forget(uri);
      for (let i = 1; i <= (blockCounts.get(uri) ?? 0); i++) service.forget(`${uri}#ocpp-block-${i}`);
      blockCounts.delete(uri);
    },
    // A Markdown document's blocks are read again in full: they are small, and an edit may move them.
    noteChanges: (uri, fromVersion, toVersion, changes) => {
      if (!isMarkdownUri(uri)) service.noteChanges(uri, fromVersion, toVersion, changes);
    },
  };
}
