/**
 * A document's diagnostics as last given, by the line each starts on, so that the next version's diagnostics that
 * are the same as before are the same objects as before. After a keystroke in a long log that is nearly all of them:
 * every finding the edit did not touch, on a line it did not move.
 *
 * Why the same objects: diagnostics are frozen (toDiagnostic.ts), and the stdio transport keeps the JSON of a frozen
 * object (lsp/messageBytes.ts), so a keystroke pays for JSON only where a diagnostic changed; and a pull compares
 * the same objects in no time (lsp/pullDiagnostics.ts).
 */
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import type { OcppProblem } from './problems';
import { noData } from './toDiagnostic';
import { sameJson } from '../../json/sameJson';

export class EarlierDiagnostics {
  /** One diagnostic, or several, per line; most lines with a finding have one. */
  private readonly byLine = new Map<number, Diagnostic | Diagnostic[]>();

  constructor(diagnostics: readonly Diagnostic[]) {
    for (const diagnostic of diagnostics) {
      const line = diagnostic.range.start.line;
      const there = this.byLine.get(line);
      if (there === undefined) this.byLine.set(line, diagnostic);
      else if (Array.isArray(there)) there.push(diagnostic);
      else this.byLine.set(line, [there, diagnostic]);
    }
  }

  /** The earlier diagnostic with this range and severity that says what `problem` says, if there is one. */
  find(range: Range, severity: number, problem: OcppProblem): Diagnostic | undefined {
    const there = this.byLine.get(range.start.line);
    if (there === undefined) return undefined;
    if (!Array.isArray(there)) return saysTheSame(there, range, severity, problem) ? there : undefined;
    return there.find((diagnostic) => saysTheSame(diagnostic, range, severity, problem));
  }
}

/** Whether `diagnostic` is, member for member, what toDiagnostic would make of `problem` at `range`. */
function saysTheSame(diagnostic: Diagnostic, range: Range, severity: number, problem: OcppProblem): boolean {
  const { start, end } = diagnostic.range;
  return start.character === range.start.character && end.line === range.end.line && end.character === range.end.character &&
    diagnostic.severity === severity && diagnostic.code === problem.code && diagnostic.message === problem.message &&
    (diagnostic.tags !== undefined) === (problem.deprecated === true) &&
    // A finding moved by an edit keeps its data object; one worked out again has a new, equal one.
    sameJson(diagnostic.data, problem.data ?? noData);
}
