import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver-types';
import type { Positions } from '../../text/lines';
import type { EarlierDiagnostics } from './earlierDiagnostics';
import type { OcppProblem, Severity } from './problems';

export const diagnosticSource = 'ocpp';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const deprecatedTags = Object.freeze([DiagnosticTag.Deprecated]) as DiagnosticTag[];

/** A diagnostic's data when its problem has none: always an object, so a code action provider can read it without guarding. */
export const noData: Readonly<Record<string, never>> = Object.freeze({});

/**
 * `severity` is what the rule settings decided for the problem's code. The diagnostic is frozen, all through: it is
 * a value, which the stdio transport may keep the JSON of (lsp/messageBytes.ts). When `earlier` holds one that says
 * the same at the same place, that one is given instead of a new one (earlierDiagnostics.ts).
 */
export function toDiagnostic(problem: OcppProblem, positions: Positions, severity: Severity, earlier?: EarlierDiagnostics): Diagnostic {
  const start = positions.positionAt(problem.offset);
  const end = positions.positionAt(problem.offset + problem.length);
  const same = earlier?.find(start, end, severities[severity], problem);
  if (same) return same;
  const diagnostic: Diagnostic = {
    range: Object.freeze({ start: Object.freeze(start), end: Object.freeze(end) }),
    severity: severities[severity],
    source: diagnosticSource,
    code: problem.code,
    message: problem.message,
  };
  if (problem.deprecated) diagnostic.tags = deprecatedTags;
  diagnostic.data = problem.data === undefined ? noData : freezeAll(problem.data);
  return Object.freeze(diagnostic);
}

/** Freezes a JSON value and everything in it (a problem's data: field names, replacements). */
function freezeAll<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const member of Object.values(value)) freezeAll(member);
  return Object.freeze(value);
}
