/**
 * A corpus of correct OCPP 2.0.1 conversations, one per Part 6 test case (test/fixtures/ocpp201-scenarios/, named
 * after the OCTT test case id, e.g. TC_E_03_CS), written from the test cases' message sequences and tool
 * validations, Part 2's use cases and requirements, and docs in /work/shared/design/OCPP2-FACTS.md. Every
 * functional block A-P has scenarios. Each file must be read as OCPP 2.0.1 from its content alone and give no
 * error or warning, in the service and through ocpp-lint: a finding here is either a mistake in the scenario
 * (fix it, following the spec) or a false positive of the product (fix the rule).
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';
import { runCli } from './support/cli';

const repoRoot = resolve(__dirname, '..');
const folder = 'test/fixtures/ocpp201-scenarios';
const files = readdirSync(join(repoRoot, folder)).filter((f) => f.endsWith('.ocpp.json')).sort();

/**
 * Information diagnostics a scenario may carry, each with the reason it is right there. Everything else of
 * severity information fails too, so that a new note on a correct message is looked at rather than waved through.
 */
const allowedInformation: readonly { file: string; code: string; reason: string }[] = [
  { file: 'TC_E_06_CS.running-seqno.ocpp.json', code: 'transaction-seq-no-start',
    reason: 'the first transaction in the file starts at seqNo 17 from a counter kept from before the file; E §1.3.2.1 says SHOULD start at 0 ' +
      'and allows a continuously increasing seqNo, so a note (not a warning) is right; the second transaction carries on and gets none' },
];

const service = getLanguageService({ catalogs });

function check(file: string): { version: string | undefined; findings: string[] } {
  const text = readFileSync(join(repoRoot, folder, file), 'utf8');
  const document = TextDocument.create(`file:///work/${folder}/${file}`, 'ocpp', 1, text);
  const version = service.getDocumentInfo(document)?.version;
  const findings = service.doValidation(document)
    .filter((d: Diagnostic) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning
      || !allowedInformation.some((a) => a.file === file && a.code === d.code))
    .map((d) => {
      const severity = d.severity === DiagnosticSeverity.Error ? 'error' : d.severity === DiagnosticSeverity.Warning ? 'warning' : 'information';
      const message = typeof d.message === 'string' ? d.message : (d.message as { value: string }).value;
      return `${folder}/${file}:${d.range.start.line + 1}:${d.range.start.character + 1}  ${severity}  ${message}  (${String(d.code)})`;
    });
  return { version, findings };
}

describe('OCPP 2.0.1 scenarios from the Part 6 test cases', () => {
  test('the corpus has at least 40 scenarios and covers every functional block A-P', () => {
    assert.ok(files.length >= 40, `${files.length} scenarios`);
    const blocks = new Set(files.map((f) => /^TC_([A-P])_\d+_CS(\.[a-z0-9-]+)?\.ocpp\.json$/.exec(f)?.[1] ?? `bad name: ${f}`));
    assert.deepEqual([...blocks].sort(), [...'ABCDEFGHIJKLMNOP']);
  });

  for (const file of files) {
    test(`${file}: read as 2.0.1, no errors or warnings`, () => {
      const { version, findings } = check(file);
      assert.equal(version, '2.0.1', `${file} is read as ${version}`);
      assert.deepEqual(findings, [], `findings:\n${findings.join('\n')}`);
    });
  }

  test('every allowed information note still appears (a stale entry is removed)', () => {
    for (const a of allowedInformation) {
      const text = readFileSync(join(repoRoot, folder, a.file), 'utf8');
      const document = TextDocument.create(`file:///work/${folder}/${a.file}`, 'ocpp', 1, text);
      assert.ok(service.doValidation(document).some((d) => d.code === a.code), `${a.file}: ${a.code} (${a.reason}) no longer appears`);
    }
  });
});

describe('OCPP 2.0.1 scenarios through ocpp-lint', () => {
  before(() => {
    assert.ok(files.length > 0);
  });

  test('ocpp-lint exits 0 on the whole folder and reports no error or warning', () => {
    const run = runCli(repoRoot, ['--format', 'json', folder]);
    const reports = JSON.parse(run.stdout) as { file: string; diagnostics: Diagnostic[] }[];
    const findings = reports.flatMap((r) => r.diagnostics
      .filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning)
      .map((d) => `${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1}  ${d.message}  (${String(d.code)})`));
    assert.deepEqual(findings, []);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(reports.length, files.length, 'every scenario file is linted');
  });
});
