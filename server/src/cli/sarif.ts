/**
 * SARIF 2.1.0 for code-scanning pipelines: one rule per diagnostic code (with its description), one result per
 * diagnostic. Columns stay in UTF-16 code units, SARIF's default, which is also what LSP ranges count.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { problemCodes } from '../product';

export interface SarifFileReport {
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
}

const levels: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'note',
  [DiagnosticSeverity.Hint]: 'note',
};

export function toSarif(reports: readonly SarifFileReport[], version: string): object {
  const codes = Object.keys(problemCodes);
  const rules = codes.map((code) => ({
    id: code,
    shortDescription: { text: problemCodes[code].description },
    defaultConfiguration: { level: levels[severityNumber(problemCodes[code].severity)] },
  }));
  const results = reports.flatMap(({ file, diagnostics }) => diagnostics.map((d) => ({
    ruleId: String(d.code),
    ruleIndex: codes.indexOf(String(d.code)),
    level: levels[d.severity ?? DiagnosticSeverity.Error],
    message: { text: typeof d.message === 'string' ? d.message : d.message.value },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: file.split('\\').join('/') },
        region: {
          startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1,
          endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1,
        },
      },
    }],
  })));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'ocpp-lint', version, rules } }, results }],
  };
}

function severityNumber(severity: string): DiagnosticSeverity {
  switch (severity) {
    case 'error': return DiagnosticSeverity.Error;
    case 'warning': return DiagnosticSeverity.Warning;
    case 'information': return DiagnosticSeverity.Information;
    default: return DiagnosticSeverity.Hint;
  }
}
