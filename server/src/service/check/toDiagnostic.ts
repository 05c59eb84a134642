import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver-types';
import { rangeAt, type Positions } from '../../text/lines';
import type { OcppProblem, Severity } from './problems';

export const diagnosticSource = 'ocpp';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** `severity` is what the rule settings decided for the problem's code. */
export function toDiagnostic(problem: OcppProblem, positions: Positions, severity: Severity): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeAt(positions, problem.offset, problem.length),
    severity: severities[severity],
    source: diagnosticSource,
    code: problem.code,
    message: problem.message,
  };
  if (problem.deprecated) diagnostic.tags = [DiagnosticTag.Deprecated];
  // Always an object, so a code action provider can read it without guarding.
  diagnostic.data = problem.data ?? {};
  return diagnostic;
}
