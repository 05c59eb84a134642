/** Helpers that let service tests read like the user's keystrokes: `|` marks the cursor. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientCapabilities } from 'vscode-languageserver-protocol';
import type { CompletionItem, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/service';
import { catalogs } from '../../server/src/product';

export const service = getLanguageService({ catalogs });

let version = 0;
export function documentOf(text: string, uri = 'file:///work/test.ocpp.json'): TextDocument {
  return TextDocument.create(uri, 'ocpp', ++version, text);
}

export function splitCursor(textWithCursor: string): { text: string; offset: number } {
  const offset = textWithCursor.indexOf('|');
  if (offset < 0) throw new Error('the test text needs a | cursor marker');
  return { text: textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1), offset };
}

/** Diagnostics with the exact text each one covers, which is what a test wants to compare. */
export function diagnose(text: string, uri?: string): { code: string; covers: string; message: string; diagnostic: Diagnostic }[] {
  const document = documentOf(text, uri);
  return service.doValidation(document).map((diagnostic) => ({
    code: String(diagnostic.code),
    covers: text.slice(document.offsetAt(diagnostic.range.start), document.offsetAt(diagnostic.range.end)),
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
    diagnostic,
  }));
}

export function completeAt(textWithCursor: string, capabilities?: ClientCapabilities, uri?: string) {
  const { text, offset } = splitCursor(textWithCursor);
  const document = documentOf(text, uri);
  const ls = capabilities ? getLanguageService({ catalogs, clientCapabilities: capabilities }) : service;
  const list = ls.doComplete(document, document.positionAt(offset));
  return { items: list.items, document, text };
}

export function labels(items: readonly CompletionItem[]): string[] {
  return items.map((i) => i.label);
}

export function applyEdits(document: TextDocument, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(document, [...edits]);
}

/** Applies a completion item's text edit, as the editor does when the user accepts it. */
export function accept(document: TextDocument, item: CompletionItem): string {
  const edit = item.textEdit;
  if (!edit || !('range' in edit)) throw new Error(`item ${item.label} has no plain textEdit`);
  return applyEdits(document, [edit]);
}

export function hoverAt(textWithCursor: string, capabilities?: ClientCapabilities): string | undefined {
  const { text, offset } = splitCursor(textWithCursor);
  const document = documentOf(text);
  const ls = capabilities ? getLanguageService({ catalogs, clientCapabilities: capabilities }) : service;
  const hover = ls.doHover(document, document.positionAt(offset));
  if (!hover) return undefined;
  const contents = hover.contents;
  return typeof contents === 'object' && 'value' in contents ? contents.value : JSON.stringify(contents);
}

/** The titles of the fixes offered for the diagnostic with `code`, and the text after applying each. */
export function fixesFor(text: string, code: string): { title: string; result: string; isPreferred?: boolean }[] {
  const document = documentOf(text);
  const diagnostics = service.doValidation(document).filter((d) => d.code === code);
  if (diagnostics.length === 0) throw new Error(`no ${code} diagnostic in ${text}`);
  const actions = service.getCodeActions(document, diagnostics[0].range, diagnostics);
  return actions.map((action) => ({
    title: action.title,
    isPreferred: action.isPreferred,
    result: applyEdits(document, action.edit?.changes?.[document.uri] ?? []),
  }));
}

/** A StatusNotification CALL with the given payload text. */
export function statusCall(payload: string): string {
  return `[2, "a1", "StatusNotification", ${payload}]`;
}
