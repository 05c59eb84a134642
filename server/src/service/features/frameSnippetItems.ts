/**
 * Whole-frame snippets as completion items, where a frame may start: the catalog's snippets (frameSnippets.ts)
 * placed in the document with the commas they need, each with a preview of what it writes.
 */
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Range, type TextEdit } from 'vscode-languageserver-types';
import { nextSignificantChar, previousSignificantIndex } from '../../text/whitespace';
import { nodeAt, type OcppDocument } from '../document/ocppDocument';
import { frameSnippets } from './frameSnippets';
import type { FeatureOptions } from './options';
import { snippetPreview } from './snippetPreview';

export interface Target {
  /** The text the chosen item replaces (a whole literal, or an empty range at the cursor). */
  readonly start: number;
  readonly end: number;
}

export /** The word of snippet-prefix characters (`ocpp-BootNotification-result`) around the cursor, if one starts there. */
function typedWordAt(text: string, offset: number): Target | undefined {
  const isWordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_-]/.test(c);
  let start = offset;
  while (isWordChar(text[start - 1])) start--;
  let end = offset;
  while (isWordChar(text[end])) end++;
  return start < offset && /[A-Za-z]/.test(text[start]) && text[start - 1] !== '"' ? { start, end } : undefined;
}

export /**
 * Whole frames from the snippets of the document's own catalog, so a 2.0.1 file is offered 2.0.1 messages only,
 * where a frame may start: in a document with no JSON value yet (empty, or just the word being typed), and at the
 * top level of a conversation, before, between or after its frames. A comma the new frame needs before or after it
 * comes along. Clients without snippet support get none: the bodies are made of tab stops and choices.
 */
function frameSnippetItems(doc: OcppDocument, target: Target, range: (t: Target) => Range,
  options: FeatureOptions): CompletionItem[] {
  if (!options.snippets) return [];
  const text = doc.text;
  const root = doc.tree.root;
  const additionalTextEdits: TextEdit[] = [];
  let after = '';
  if (doc.lines) {
    // JSON Lines: a frame goes on a line of its own, written on one line, with no commas around it.
    if (!onBlankLine(text, target)) return [];
  } else if (root) {
    if (root.type !== 'array' || doc.shape !== 'conversation' || nodeAt(doc, target.start) !== root) return [];
    const previous = previousSignificantIndex(text, target.start);
    const c = text[previous];
    // Right after `,` on the same line nothing is typed yet: that is the comma trigger character firing while the
    // user goes on to the next line, where Enter would take the first snippet instead of breaking the line.
    if (c === ',' && target.start === target.end && !/[\r\n]/.test(text.slice(previous, target.start))) return [];
    if (c === ']') {
      const at = range({ start: previous + 1, end: previous + 1 });
      additionalTextEdits.push({ range: at, newText: ',' });
    } else if (c !== '[' && c !== ',') return [];
    if (nextSignificantChar(text, target.end) === '[') after = ',';
  }
  const now = options.now();
  return frameSnippets(doc.catalog).map((snippet, i) => {
    const body = doc.lines ? oneLine(snippet.body) : snippet.body.join('\n');
    const preview = snippetPreview(body, { now, newUniqueId: options.newUniqueId });
    return {
      label: snippet.prefix,
      filterText: snippet.prefix,
      kind: CompletionItemKind.Snippet,
      detail: `${snippet.name} (${doc.catalog.displayName})`,
      documentation: options.completionMarkdown
        ? { kind: MarkupKind.Markdown, value: `${snippet.description}\n\n\`\`\`json\n${preview}\n\`\`\`` }
        : { kind: MarkupKind.PlainText, value: `${snippet.description}\n\n${preview}` },
      // After any frame element items (MessageTypeIds in an empty array), in the catalog's order.
      sortText: `z${String(i).padStart(3, '0')}`,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: range(target), newText: `${body}${after}` },
      ...(additionalTextEdits.length > 0 ? { additionalTextEdits } : {}),
    };
  });
}

/** Whether nothing but the target (a typed prefix, or nothing) is on its line. */
function onBlankLine(text: string, target: Target): boolean {
  const lineStart = text.lastIndexOf('\n', target.start - 1) + 1;
  let lineEnd = text.indexOf('\n', target.end);
  if (lineEnd < 0) lineEnd = text.length;
  return text.slice(lineStart, target.start).trim() === '' && text.slice(target.end, lineEnd).trim() === '';
}

/** A snippet's lines as one line: indentation dropped, a space after each comma that ended a line. */
function oneLine(lines: readonly string[]): string {
  return lines.map((line) => line.trim()).reduce((joined, line) => joined + (joined.endsWith(',') ? ' ' : '') + line, '');
}
