/**
 * Quick fixes and "fix all" actions, built only from our diagnostics' `code`, `data` and range (never from
 * message text, which may be reworded): the range locates the token in the parsed document, the code says
 * what is wrong with it, and `data` carries what the validator knew (the field, the candidate values).
 *
 * A fix is "preferred" when it is the one obvious repair. Only preferred fixes go into a fix-all, so a fix-all
 * never guesses between equal candidates (connector 0's three statuses) and never deletes what the user wrote
 * (an unknown field, a comment): those stay one-at-a-time decisions. Too-long strings get no fix at all:
 * shortening text silently would change its meaning.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { OffsetEdit } from '../../json/jsonEdits';
import { diagnosticSource } from '../check/toDiagnostic';
import type { Frame, OcppDocument } from '../document/ocppDocument';
import { fixAll } from './fixAllBatch';
import { answerByCall, fixesOf, preferredOf, type Context } from './quickFixes';

/** Our kind of `source.fixAll`, so a user can ask for it by name in `editor.codeActionsOnSave`. */
export const fixAllKind = `${CodeActionKind.SourceFixAll}.ocpp`;

export interface CodeActionOptions {
  /** The kinds the client asked for (CodeActionContext.only); absent means quick fixes. */
  readonly only?: readonly string[];
  /**
   * Every diagnostic of the document as the user sees them (with the configured rule settings), for the
   * fix-all actions: a rule the user switched off is not "fixed" behind their back. Called at most once.
   */
  readonly allDiagnostics: () => readonly Diagnostic[];
  /** The time added timestamps get, and fresh uniqueIds (FeatureOptions). */
  readonly now: () => Date;
  readonly newUniqueId: () => string;
}

export function getCodeActions(doc: OcppDocument, textDocument: TextDocument, range: Range,
  diagnostics: readonly Diagnostic[], options: CodeActionOptions): CodeAction[] {
  let answers: Map<Frame, Frame> | undefined;
  const context: Context = {
    doc, textDocument, text: doc.text, answerOf: () => (answers ??= answerByCall(doc)), now: options.now(), newUniqueId: options.newUniqueId,
  };
  let all: readonly Diagnostic[] | undefined;
  const everything = () => (all ??= options.allDiagnostics().filter(isOurs));
  const result: CodeAction[] = [];

  if (wants(options.only, CodeActionKind.QuickFix)) {
    const offeredFixAll = new Set<string>();
    // Several diagnostics can share a fix (each missing field of one object offers "add all"): one action
    // then lists them all.
    const offered = new Map<string, CodeAction>();
    for (const diagnostic of diagnostics) {
      if (!isOurs(diagnostic) || !overlaps(diagnostic.range, range)) continue;
      const fixes = fixesOf(context, diagnostic);
      for (const fix of fixes) {
        // By title and place, not text: two "add all" fixes written a second apart differ in their timestamps.
        const key = `${fix.title}\u0000${fix.edits.map((e) => `${e.start}-${e.end}`).join(',')}`;
        const same = offered.get(key);
        if (same) {
          same.diagnostics!.push(diagnostic);
          continue;
        }
        const action = toAction(context, fix.title, CodeActionKind.QuickFix, fix.edits, [diagnostic], fix.preferred);
        offered.set(key, action);
        result.push(action);
      }
      // The same repair for every problem of this code, when there is more than one place to repair.
      const code = diagnostic.code as string;
      if (!preferredOf(fixes) || offeredFixAll.has(code)) continue;
      offeredFixAll.add(code);
      const batch = fixAll(context, everything(), code);
      if (batch.units > 1) {
        result.push(toAction(context, `Fix all ${batch.fixed.length} "${code}" problems in this file`,
          CodeActionKind.QuickFix, batch.edits, batch.fixed, false));
      }
    }
  }

  // Only on request: the editor asks for source actions from a menu or on save, and a whole-file pass on every
  // cursor move would be wasted work.
  if (options.only && wants(options.only, fixAllKind)) {
    const batch = fixAll(context, everything());
    if (batch.edits.length > 0) {
      result.push(toAction(context, 'Fix every OCPP problem that has a sure fix', fixAllKind, batch.edits, batch.fixed, false));
    }
  }
  return result;
}

function toAction(context: Context, title: string, kind: string, edits: readonly OffsetEdit[], diagnostics: Diagnostic[],
  isPreferred: boolean): CodeAction {
  const { textDocument } = context;
  const textEdits: TextEdit[] = edits.map((e) => ({
    range: { start: textDocument.positionAt(e.start), end: textDocument.positionAt(e.end) },
    newText: e.newText,
  }));
  return { title, kind, diagnostics, isPreferred, edit: { changes: { [textDocument.uri]: textEdits } } };
}

/** Ours, and in the shape we publish: a string code and a data object (a client may send anything back). */
function isOurs(diagnostic: Diagnostic): boolean {
  const data: unknown = diagnostic?.data;
  return diagnostic?.source === diagnosticSource && typeof diagnostic.code === 'string' &&
    typeof data === 'object' && data !== null && isRange(diagnostic.range);
}

function isRange(range: unknown): range is Range {
  const r = range as Range | undefined;
  return typeof r?.start?.line === 'number' && typeof r.start.character === 'number' &&
    typeof r.end?.line === 'number' && typeof r.end.character === 'number';
}

/** Whether an action of `kind` answers a request for `only`: a requested kind covers its sub-kinds. */
function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
