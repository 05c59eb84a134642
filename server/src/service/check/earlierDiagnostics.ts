/**
 * A document's diagnostics as last given, so that the next version's diagnostics that are the same as before are
 * the same objects as before. After a keystroke in a long log that is nearly all of them: every finding the edit
 * did not touch, on a line it did not move.
 *
 * Why the same objects: diagnostics are frozen (toDiagnostic.ts), and the stdio transport keeps the JSON of a frozen
 * object (lsp/messageBytes.ts), so a keystroke pays for JSON only where a diagnostic changed; and a pull compares
 * the same objects in no time (lsp/pullDiagnostics.ts).
 */
import type { Diagnostic, Position } from 'vscode-languageserver-types';
import type { OcppProblem } from './problems';
import { noData } from './toDiagnostic';
import { sameJson } from '../../json/sameJson';

/**
 * Asked in the order the new diagnostics are made, which is the order of their places in the text (the problems are
 * sorted by offset), as the earlier ones were: one walk down the earlier list, with nothing built for it. Asked out of
 * that order, it finds less, never a wrong one: every diagnostic it gives is compared member for member.
 */
export class EarlierDiagnostics {
  /** The first earlier diagnostic that does not start before the places asked about so far. */
  private next = 0;

  constructor(private readonly diagnostics: readonly Diagnostic[]) {}

  /** The earlier diagnostic from `start` to `end` with this severity that says what `problem` says, if there is one. */
  find(start: Position, end: Position, severity: number, problem: OcppProblem): Diagnostic | undefined {
    const earlier = this.diagnostics;
    while (this.next < earlier.length && isBefore(earlier[this.next].range.start, start)) this.next++;
    for (let i = this.next; i < earlier.length; i++) {
      const diagnostic = earlier[i];
      const at = diagnostic.range.start;
      if (at.line !== start.line || at.character !== start.character) return undefined;
      if (saysTheSame(diagnostic, end, severity, problem)) return diagnostic;
    }
    return undefined;
  }
}

function isBefore(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Whether `diagnostic`, which starts where `problem` does, is member for member what toDiagnostic would make of it. */
function saysTheSame(diagnostic: Diagnostic, end: Position, severity: number, problem: OcppProblem): boolean {
  const earlierEnd = diagnostic.range.end;
  return earlierEnd.line === end.line && earlierEnd.character === end.character &&
    diagnostic.severity === severity && diagnostic.code === problem.code && diagnostic.message === problem.message &&
    (diagnostic.tags !== undefined) === (problem.deprecated === true) &&
    // A finding moved by an edit keeps its data object; one worked out again has a new, equal one.
    sameJson(diagnostic.data, problem.data ?? noData);
}
