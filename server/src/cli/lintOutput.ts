/**
 * `ocpp-lint`'s output, written as the reports come (in file order): stylish and JSON stream, so a folder of
 * thousands of files shows its first problems at once and never holds every report; SARIF, one document, is written
 * at the end. The streamed text is exactly what the whole list would print.
 */
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { FileReport } from './checkFile';
import type { Format } from './lintOptions';
import { toSarif } from './sarif';

export interface ReportWriter {
  /** Text to print for the next report in file order. */
  add(report: FileReport): string;
  /** Text to print after the last one. */
  end(fixedFiles: readonly string[], fix: boolean): string;
}

export function reportWriter(format: Format, version: string): ReportWriter {
  switch (format) {
    case 'json': return new JsonWriter();
    case 'sarif': return new SarifWriter(version);
    default: return new StylishWriter();
  }
}

const severityNames: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** `path:line:col  severity  message  code`, then a count. */
class StylishWriter implements ReportWriter {
  private files = 0;
  private errors = 0;
  private others = 0;

  add({ file, diagnostics }: FileReport): string {
    this.files++;
    let text = '';
    for (const d of diagnostics) {
      if (d.severity === DiagnosticSeverity.Error) this.errors++;
      else this.others++;
      text += `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}  ${severityNames[d.severity ?? DiagnosticSeverity.Error]}  ${d.message}  ${d.code}\n`;
    }
    return text;
  }

  end(fixedFiles: readonly string[], fix: boolean): string {
    const fixed = fix ? `Fixed ${plural(fixedFiles.length, 'file')}${fixedFiles.length ? `: ${fixedFiles.join(', ')}` : ''}.\n` : '';
    if (this.files === 0) return fixed;
    const total = this.errors + this.others;
    const files = plural(this.files, 'file');
    return fixed + (total === 0
      ? `No problems in ${files}.\n`
      : `${plural(total, 'problem')} (${plural(this.errors, 'error')}, ${this.others} other) in ${files}.\n`);
  }
}

/** The same text as `JSON.stringify(reports, null, 2)`, one report at a time. */
class JsonWriter implements ReportWriter {
  private count = 0;

  add(report: FileReport): string {
    const item = JSON.stringify(report, null, 2).replace(/\n/g, '\n  ');
    return `${this.count++ === 0 ? '[\n' : ',\n'}  ${item}`;
  }

  end(): string {
    return this.count === 0 ? '[]\n' : '\n]\n';
  }
}

class SarifWriter implements ReportWriter {
  private readonly reports: FileReport[] = [];

  constructor(private readonly version: string) {}

  add(report: FileReport): string {
    this.reports.push(report);
    return '';
  }

  end(): string {
    return JSON.stringify(toSarif(this.reports, this.version), null, 2) + '\n';
  }
}
