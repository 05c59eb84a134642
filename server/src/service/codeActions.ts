/**
 * Quick fixes, built only from our diagnostics' `code` and `data` (never from message text): each value in
 * `data.replacements` becomes one "Change to ..." fix that rewrites the offending token.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ProblemData } from './problems';
import { diagnosticSource } from './toDiagnostic';

export function getCodeActions(textDocument: TextDocument, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const result: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== diagnosticSource || !overlaps(diagnostic.range, range)) continue;
    const replacements = (diagnostic.data as ProblemData | undefined)?.replacements;
    if (!Array.isArray(replacements)) continue;
    const current = textDocument.getText(diagnostic.range);
    for (const replacement of replacements) {
      if (typeof replacement !== 'string') continue;
      const newText = JSON.stringify(replacement);
      if (newText === current) continue;
      result.push({
        title: `Change to ${newText}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: replacements.length === 1,
        edit: { changes: { [textDocument.uri]: [{ range: diagnostic.range, newText }] } },
      });
    }
  }
  return result;
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
