import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { problemCodes, type OcppProblem, type Severity } from './problems';

export const diagnosticSource = 'ocpp';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(problem: OcppProblem, textDocument: TextDocument): Diagnostic {
  const diagnostic: Diagnostic = {
    range: { start: textDocument.positionAt(problem.offset), end: textDocument.positionAt(problem.offset + problem.length) },
    severity: severities[problemCodes[problem.code].severity],
    source: diagnosticSource,
    code: problem.code,
    message: problem.message,
  };
  // Always an object, so a code action provider can read it without guarding.
  diagnostic.data = problem.data ?? {};
  return diagnostic;
}
