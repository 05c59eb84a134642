/**
 * ocpp-lint as a user runs it: `node dist/cli.js ...` in a child process, checking stdout, stderr and the exit
 * status. Build first (`node esbuild.mjs`). Fixtures live in test/fixtures/cli/; the examples/ folder is
 * checked too, so an example that stops showing what it is meant to show fails here.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { runCli, type CliRun } from './support/cli';

const repoRoot = resolve(__dirname, '..');
const fixtures = 'test/fixtures/cli';

/** From the repository root, so relative paths are as a user in the project would type them. */
function lint(...args: string[]): CliRun {
  return runCli(repoRoot, args);
}

interface FileReport {
  file: string;
  diagnostics: Diagnostic[];
}

/** Runs with --format json and parses stdout. */
function lintJson(...args: string[]): CliRun & { reports: FileReport[] } {
  const run = lint('--format', 'json', ...args);
  let reports: FileReport[];
  try {
    reports = JSON.parse(run.stdout) as FileReport[];
  } catch {
    assert.fail(`stdout is not JSON:\n${run.stdout}\nstderr:\n${run.stderr}`);
  }
  return { ...run, reports };
}

function linesOf(output: string): string[] {
  return output.split('\n').filter((line) => line !== '');
}

/** The text a 0-based LSP range covers in `text` (single-line ranges, which is all these tests use). */
function covered(text: string, diagnostic: Diagnostic): string {
  const { start, end } = diagnostic.range;
  assert.equal(start.line, end.line, 'a single-line range');
  return text.split(/\r?\n/)[start.line].slice(start.character, end.character);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const twoMistakes = `${fixtures}/errors/two-mistakes.ocpp.json`;

describe('ocpp-lint output', () => {
  test('stylish: path:line:col  severity  message  code, then a summary, and exit 1 for errors', () => {
    const run = lint(twoMistakes);
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '');
    assert.deepEqual(linesOf(run.stdout), [
      `${twoMistakes}:2:88  error  "Charging" cannot be reported here: connectorId 0 is the charge point's main controller, which may report only Available, Unavailable or Faulted.  connector-zero-status`,
      `${twoMistakes}:4:13  error  "Hearbeat" is not an OCPP 1.6 action. Did you mean "Heartbeat"? (Action names are case-sensitive.)  unknown-action`,
      '2 problems (2 errors, 0 other) in 1 file.',
    ]);
  });

  test('json: one entry per file, the path as given, LSP diagnostics with 0-based ranges', () => {
    const run = lintJson(twoMistakes);
    assert.equal(run.status, 1);
    assert.equal(run.reports.length, 1);
    const [report] = run.reports;
    assert.deepEqual(Object.keys(report).sort(), ['diagnostics', 'file']);
    assert.equal(report.file, twoMistakes);
    assert.deepEqual(report.diagnostics.map((d) => ({ code: d.code, source: d.source, severity: d.severity, range: d.range })), [
      { code: 'connector-zero-status', source: 'ocpp', severity: 1,
        range: { start: { line: 1, character: 87 }, end: { line: 1, character: 97 } } },
      { code: 'unknown-action', source: 'ocpp', severity: 1,
        range: { start: { line: 3, character: 12 }, end: { line: 3, character: 22 } } },
    ]);
    // The data a quick fix needs travels along.
    assert.deepEqual((report.diagnostics[0].data as { replacements: string[] }).replacements, ['Available', 'Unavailable', 'Faulted']);
    assert.deepEqual((report.diagnostics[1].data as { replacements: string[] }).replacements, ['Heartbeat']);
  });

  test('--format=json is the same as --format json', () => {
    const spaced = lint('--format', 'json', twoMistakes);
    const joined = lint('--format=json', twoMistakes);
    assert.equal(joined.status, spaced.status);
    assert.equal(joined.stdout, spaced.stdout);
  });

  test('files without errors exit 0 and say so', () => {
    const files = [`${fixtures}/clean/heartbeat.ocpp.json`, `${fixtures}/clean/StatusNotification.json`];
    const run = lint(...files);
    assert.equal(run.status, 0);
    assert.equal(run.stderr, '');
    assert.deepEqual(linesOf(run.stdout), ['No problems in 2 files.']);
    const json = lintJson(...files);
    assert.equal(json.status, 0);
    assert.deepEqual(json.reports, files.map((file) => ({ file, diagnostics: [] })));
  });

  test('a diagnostic that is not an error is printed but does not fail the run', () => {
    const file = `${fixtures}/info/payload.json`;
    const run = lint(file);
    assert.equal(run.status, 0);
    const lines = linesOf(run.stdout);
    assert.equal(lines.length, 2);
    assert.match(lines[0], new RegExp(`^${escapeRegExp(file)}:1:1  info  .+  unknown-payload$`));
    assert.equal(lines[1], '1 problem (0 errors, 1 other) in 1 file.');
  });

  test('CRLF line endings: lines and columns are those an editor shows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocpp-lint-crlf-'));
    try {
      const file = join(dir, 'crlf.ocpp.json');
      const text = '[\r\n  [2, "a", "StatusNotification", {"connectorId": 0, "errorCode": "NoError", "status": "Charging"}]\r\n]\r\n';
      writeFileSync(file, text);
      const run = lint(file);
      assert.equal(run.status, 1);
      assert.equal(linesOf(run.stdout)[0].split('  ')[0], `${file}:2:87`);
      const [report] = lintJson(file).reports;
      assert.equal(covered(text, report.diagnostics[0]), '"Charging"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a UTF-8 byte order mark is dropped, as editors do, so positions match the editor', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocpp-lint-bom-'));
    try {
      const file = join(dir, 'bom.ocpp.json');
      writeFileSync(file, '\uFEFF[2, "a", "StatusNotification", {"connectorId": 0, "errorCode": "NoError", "status": "Charging"}]\n');
      const [report] = lintJson(file).reports;
      assert.deepEqual(report.diagnostics.map((d) => [d.code, d.range.start.character]), [['connector-zero-status', 84]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('ocpp-lint arguments', () => {
  test('--help and -h print the usage and exit 0', () => {
    for (const flag of ['--help', '-h']) {
      const run = lint(flag);
      assert.equal(run.status, 0, flag);
      assert.match(run.stdout, /^Usage: ocpp-lint \[--format stylish\|json\|sarif\]/, flag);
      assert.equal(run.stderr, '');
    }
  });

  const usageErrors: [string, string[], RegExp][] = [
    ['an unknown option', ['--quiet', twoMistakes], /Unknown option --quiet/],
    ['a bad --format value', ['--format', 'xml', twoMistakes], /--format must be one of stylish, json, sarif, not "xml"/],
    ['--format without a value', ['--format'], /--format must be one of stylish, json/],
    ['no files at all', [], /at least one file/],
    ['only options', ['--format', 'json'], /at least one file/],
  ];
  for (const [what, args, message] of usageErrors) {
    test(`${what} is a usage error: exit 2, the reason and the usage on stderr, nothing on stdout`, () => {
      const run = lint(...args);
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, message);
      assert.match(run.stderr, /Usage: ocpp-lint/);
    });
  }

  test('a file that does not exist: exit 2 with a clear message, the other files are still checked', () => {
    const missing = `${fixtures}/no-such-file.ocpp.json`;
    const run = lint(missing, twoMistakes);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, `ocpp-lint: ${missing}: no such file, and no files match it.\n`);
    assert.match(run.stdout, /two-mistakes\.ocpp\.json:2:88 {2}error/);
  });

  test('a file that cannot be read: exit 2 naming the file and why', (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'ocpp-lint-unreadable-'));
    try {
      let unreadable: string;
      if (process.getuid?.() !== 0) {
        unreadable = join(dir, 'locked.ocpp.json');
        writeFileSync(unreadable, '[]');
        chmodSync(unreadable, 0o000);
      } else if (existsSync('/proc/self/mem')) {
        // root reads any file whatever its mode; reading this one fails for everybody (EIO).
        unreadable = '/proc/self/mem';
      } else {
        t.skip('no way to make an unreadable file here');
        return;
      }
      const run = lint(unreadable);
      assert.equal(run.status, 2);
      assert.match(run.stderr, new RegExp(`^ocpp-lint: cannot read ${escapeRegExp(unreadable)}: E[A-Z]+\\n$`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a folder expands to the *.json files under it, sorted, with the folder as given', () => {
    for (const folder of [`${fixtures}/clean`, `${fixtures}/clean/`]) {
      const run = lintJson(folder);
      assert.equal(run.status, 0, folder);
      assert.deepEqual(run.reports.map((r) => r.file), [
        `${fixtures}/clean/StatusNotification.json`,
        `${fixtures}/clean/heartbeat.ocpp.json`,
      ], folder);
    }
  });

  test('a glob expands to the files it matches (the CLI expands it, not the shell)', () => {
    const run = lintJson(`${fixtures}/**/*.ocpp.json`);
    assert.equal(run.status, 1);
    assert.deepEqual(run.reports.map((r) => r.file), [`${fixtures}/clean/heartbeat.ocpp.json`, twoMistakes]);
  });

  test('a glob that matches nothing is an error like a missing file', () => {
    const run = lint(`${fixtures}/**/*.yaml`);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /\*\.yaml: no such file, and no files match it/);
  });

  test('a file named twice, directly and through its folder, is checked once', () => {
    const run = lintJson(`${fixtures}/errors/two-mistakes.ocpp.json`, `${fixtures}/errors`);
    assert.deepEqual(run.reports.map((r) => r.file), [twoMistakes]);
  });
});

describe('the examples/ folder', () => {
  // What each example is meant to show: the code of every diagnostic and the text it covers. An example
  // without an entry here fails the last test, so a new example states what it shows.
  const expected: Record<string, [string, string][]> = {
    'boot-to-charge.ocpp.json': [],
    'boot-and-charge.run.ocpp.json': [],
    'boot-to-charge-201.ocpp.json': [],
    'charge-with-stream-21.ocpp.json': [],
    'StatusNotification.json': [],
    'session-log.ocpp.jsonl': [],
    'charger.ocpp.log': [],
    'connector-zero-mistakes.ocpp.json': [
      ['connector-zero-status', '"Charging"'],
      ['invalid-enum-value', '"Avaliable"'],
      ['invalid-enum-value', '"available"'],
      ['invalid-enum-value', '"EVCommunicationsError"'],
    ],
    'mistakes-201.ocpp.json': [
      ['missing-field', '{'],
      ['invalid-enum-value', '"Charging"'],
      ['call-error-code', '"FormationViolation"'],
      ['id-token-format', '"04A2B3C4D5E6"'],
      ['invalid-enum-value', '"Authorised"'],
      ['unknown-field', '"connectorId"'],
      ['transaction-seq-no', '2'],
      ['transaction-stopped-reason', '"RemoteStop"'],
    ],
    'syntax-error.ocpp.json': [
      ['comment', '// OCPP-J is strict JSON: this comment is an error too.'],
      ['syntax-error', '['],
      ['trailing-comma', ','],
      ['invalid-enum-value', '"Avaliable"'],
    ],
  };

  let run: ReturnType<typeof lintJson>;
  before(() => {
    run = lintJson('examples');
  });

  test('exits 1 because some examples are broken on purpose', () => {
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '');
  });

  for (const [name, diagnostics] of Object.entries(expected)) {
    test(`${name} shows ${diagnostics.length === 0 ? 'no problems' : diagnostics.map(([code]) => code).join(', ')}`, () => {
      const report = run.reports.find((r) => r.file === `examples/${name}`);
      assert.ok(report, `examples/${name} was checked`);
      const text = readFileSync(resolve(repoRoot, 'examples', name), 'utf8');
      assert.deepEqual(report.diagnostics.map((d) => [d.code, covered(text, d)]), diagnostics);
      for (const d of report.diagnostics) assert.equal(d.source, 'ocpp');
    });
  }

  test('every example has an entry above, and every example is tidy (2-space indents, one final newline)', () => {
    const files = readdirSync(resolve(repoRoot, 'examples')).filter((f) => /\.(jsonl?|log)$/.test(f)).sort();
    assert.deepEqual(files, Object.keys(expected).sort());
    for (const file of files) {
      const text = readFileSync(resolve(repoRoot, 'examples', file), 'utf8');
      assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'), `${file} ends with one newline`);
      assert.ok(!text.includes('\t') && !text.includes('\r'), `${file} uses spaces and LF`);
      for (const [i, line] of text.split('\n').entries()) {
        assert.equal(line, line.trimEnd(), `${file}:${i + 1} has trailing spaces`);
        assert.equal((line.length - line.trimStart().length) % 2, 0, `${file}:${i + 1} is indented by a multiple of 2`);
      }
    }
  });
});

describe('ocpp-lint --format sarif', () => {
  test('SARIF 2.1.0: one rule per diagnostic code with its description, one result per diagnostic', () => {
    const run = lint('--format', 'sarif', twoMistakes);
    assert.equal(run.status, 1);
    const sarif = JSON.parse(run.stdout) as {
      version: string;
      runs: { tool: { driver: { name: string; version: string; rules: { id: string; shortDescription: { text: string } }[] } };
        results: { ruleId: string; ruleIndex: number; level: string; message: { text: string };
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[];
    };
    assert.equal(sarif.version, '2.1.0');
    const [sarifRun] = sarif.runs;
    const { rules } = sarifRun.tool.driver;
    assert.equal(sarifRun.tool.driver.name, 'ocpp-lint');
    assert.equal(sarifRun.tool.driver.version, JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version);
    assert.equal(new Set(rules.map((r) => r.id)).size, rules.length);
    assert.ok(rules.some((r) => r.id === 'connector-zero-status' && r.shortDescription.text.includes('connectorId 0')));
    const [json] = lintJson(twoMistakes).reports;
    assert.equal(sarifRun.results.length, json.diagnostics.length);
    sarifRun.results.forEach((result, i) => {
      const diagnostic = json.diagnostics[i];
      assert.equal(result.ruleId, diagnostic.code);
      assert.equal(rules[result.ruleIndex].id, result.ruleId);
      assert.equal(result.level, 'error');
      assert.equal(result.message.text, diagnostic.message);
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      assert.equal(artifactLocation.uri, twoMistakes);
      assert.deepEqual([region.startLine, region.startColumn], [diagnostic.range.start.line + 1, diagnostic.range.start.character + 1]);
    });
  });
});

describe('ocpp-lint --fix', () => {
  test('applies every sure fix, writes the file, and reports only what is left', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocpp-lint-fix-'));
    try {
      const file = join(dir, 'fixable.ocpp.json');
      const before = [
        '[',
        '  [2, "a1", "StatusNotification", {"connectorId": 1, "errorCode": "NoEror", "status": "Avaliable",}],',
        '  [2, "a2", "StatusNotification", {"connectorId": 0, "errorCode": "NoError", "status": "Charging"}]',
        ']',
        '',
      ].join('\n');
      writeFileSync(file, before);
      const run = lint('--fix', file);
      const after = readFileSync(file, 'utf8');
      assert.equal(after, before
        .replace('"NoEror"', '"NoError"')
        .replace('"Avaliable",}', '"Available"}'));
      // Connector 0 has three equal candidates: no sure fix, so it is still reported, and the run still fails.
      assert.equal(run.status, 1);
      assert.match(run.stdout, /^Fixed 1 file: /m);
      assert.deepEqual(linesOf(run.stdout).filter((l) => l.startsWith(`${file}:`)).map((l) => l.split("  ").pop()), ["connector-zero-status"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a file with nothing to fix is left byte for byte as it was, BOM included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocpp-lint-fix-'));
    try {
      const file = join(dir, 'clean.ocpp.json');
      const text = '\uFEFF[2, "a1", "Heartbeat", {}]\n';
      writeFileSync(file, text);
      const run = lint('--fix', file);
      assert.equal(run.status, 0);
      assert.equal(readFileSync(file, 'utf8'), text);
      assert.match(run.stdout, /^Fixed 0 files\./m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
