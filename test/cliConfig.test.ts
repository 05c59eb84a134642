/**
 * ocpp-lint's rule settings: --rule, --profile, --config and the nearest .ocpprc.json, with flags over the file over
 * the defaults, and an exit status that counts errors after the severities apply. Runs `node dist/cli.js` in a
 * temporary folder; build first (`node esbuild.mjs`).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { runCli, type CliRun } from './support/cli';

let root: string;

/** From the test's temporary folder, where its .ocpprc.json files live. */
function lint(...args: string[]): CliRun {
  return runCli(root, args);
}

/** [file, code, severity] for every diagnostic, with --format json. */
function verdicts(...args: string[]): CliRun & { found: [string, string, number | undefined][] } {
  const run = lint('--format', 'json', ...args);
  const reports = JSON.parse(run.stdout || '[]') as { file: string; diagnostics: Diagnostic[] }[];
  return { ...run, found: reports.flatMap((r) => r.diagnostics.map((d): [string, string, number | undefined] => [r.file, String(d.code), d.severity])) };
}

const error = 1;
const warning = 2;
const information = 3;
const hint = 4;

/** A comment (always an error by default) and an unknown field (lenient makes it a warning). */
const commentAndField = '// a note\n[2, "a1", "Heartbeat", {"foo": 1}]\n';
const unknownField = '[2, "a1", "Heartbeat", {"foo": 1}]\n';

function write(relative: string, text: string): void {
  mkdirSync(join(root, relative, '..'), { recursive: true });
  writeFileSync(join(root, relative), text);
}

before(() => {
  root = mkdtempSync(join(tmpdir(), 'ocpp-cli-config-'));
  write('plain/a.ocpp.json', commentAndField);
  write('plain/field.ocpp.json', unknownField);
  write('configured/.ocpprc.json', JSON.stringify({ profile: 'lenient', rules: { comment: 'off' } }));
  write('configured/a.ocpp.json', commentAndField);
  write('configured/deeper/b.ocpp.json', commentAndField);
  write('configured/strict/.ocpprc.json', '// a comment is fine here\n{ "rules": { "unknown-field": "hint", }, }\n');
  write('configured/strict/c.ocpp.json', commentAndField);
  write('broken/.ocpprc.json', '{ "rules": { "unknown-feild": "warning", "comment": "warn" }, "profil": "lenient" }');
  write('broken/a.ocpp.json', commentAndField);
  write('notjson/.ocpprc.json', '{ "rules": ');
  write('notjson/a.ocpp.json', unknownField);
  write('elsewhere.json', JSON.stringify({ rules: { comment: 'hint', 'unknown-field': 'information' } }));
  // A size limit of 10 characters, which every file here is over: for editors, not for ocpp-lint.
  write('sized/.ocpprc.json', JSON.stringify({ maxFileSize: 0.00001, rules: { comment: 'warning' } }));
  write('sized/a.ocpp.json', commentAndField);
  // Endpoints for live sessions share the file: the editor reads them, checking leaves them alone.
  write('sessions/.ocpprc.json', JSON.stringify({ rules: { comment: 'off' }, endpoints: [{ name: 'lab', role: 'station', url: 'ws://127.0.0.1:9000/ocpp', identity: 'CP1' }] }));
  write('sessions/a.ocpp.json', commentAndField);
});

after(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('ocpp-lint --rule and --profile', () => {
  test('without settings every code has its default severity', () => {
    const run = verdicts('plain/a.ocpp.json');
    assert.equal(run.status, 1);
    assert.deepEqual(run.found, [['plain/a.ocpp.json', 'comment', error], ['plain/a.ocpp.json', 'unknown-field', error]]);
  });

  test('--rule sets one code\'s severity; repeated, several; errors alone decide the exit status', () => {
    const one = verdicts('--rule', 'unknown-field=warning', 'plain/field.ocpp.json');
    assert.deepEqual(one.found, [['plain/field.ocpp.json', 'unknown-field', warning]]);
    assert.equal(one.status, 0, 'a warning does not fail the run');
    const two = verdicts('--rule', 'comment=hint', '--rule=unknown-field=information', 'plain/a.ocpp.json');
    assert.deepEqual(two.found, [['plain/a.ocpp.json', 'comment', hint], ['plain/a.ocpp.json', 'unknown-field', information]]);
    assert.equal(two.status, 0);
  });

  test('--rule code=off drops the code\'s diagnostics', () => {
    const run = verdicts('--rule', 'comment=off', 'plain/a.ocpp.json');
    assert.deepEqual(run.found, [['plain/a.ocpp.json', 'unknown-field', error]]);
    assert.equal(run.status, 1);
  });

  test('--profile lenient makes an unknown field a warning, and --rule wins over it', () => {
    const lenient = verdicts('--profile', 'lenient', 'plain/field.ocpp.json');
    assert.deepEqual(lenient.found, [['plain/field.ocpp.json', 'unknown-field', warning]]);
    assert.equal(lenient.status, 0);
    const explicit = verdicts('--profile=lenient', '--rule', 'unknown-field=error', 'plain/field.ocpp.json');
    assert.deepEqual(explicit.found, [['plain/field.ocpp.json', 'unknown-field', error]]);
    assert.equal(explicit.status, 1);
  });

  test('stylish output and the summary count the severities as configured', () => {
    const run = lint('--rule', 'unknown-field=warning', 'plain/a.ocpp.json');
    assert.equal(run.status, 1);
    assert.match(run.stdout, /plain\/a\.ocpp\.json:2:25 {2}warning {2}Heartbeat(\.req)? has no field "foo"/);
    assert.match(run.stdout, /2 problems \(1 error, 1 other\) in 1 file\./);
  });

  test('SARIF results carry the configured level; the rules keep their default level', () => {
    const run = lint('--format', 'sarif', '--rule', 'unknown-field=information', 'plain/field.ocpp.json');
    const sarif = JSON.parse(run.stdout);
    const [result] = sarif.runs[0].results;
    assert.equal(result.ruleId, 'unknown-field');
    assert.equal(result.level, 'note');
    const rule = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'unknown-field');
    assert.equal(rule.defaultConfiguration.level, 'error');
  });

  const usageErrors: [string, string[], RegExp][] = [
    ['an unknown code', ['--rule', 'unknown-feild=warning', 'plain/a.ocpp.json'], /--rule unknown-feild=warning: "unknown-feild" is not a rule\. Did you mean "unknown-field"\?/],
    ['an unknown severity', ['--rule', 'comment=warn', 'plain/a.ocpp.json'], /--rule comment=warn: The severity of "comment" must be one of error, warning, information, hint, off, not "warn"/],
    ['a rule without =', ['--rule', 'comment', 'plain/a.ocpp.json'], /--rule comment: write it as code=severity/],
    ['--rule without a value', ['plain/a.ocpp.json', '--rule'], /--rule needs a value/],
    ['an unknown profile', ['--profile', 'relaxed', 'plain/a.ocpp.json'], /--profile: "profile" must be "strict" or "lenient", not "relaxed"/],
  ];
  for (const [what, args, message] of usageErrors) {
    test(`${what} is a usage error: exit 2, a clear message and the usage, nothing checked`, () => {
      const run = lint(...args);
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, message);
      assert.match(run.stderr, /Usage: ocpp-lint/);
    });
  }

  test('--help lists the new options', () => {
    const run = lint('--help');
    for (const option of ['--rule code=severity', '--profile strict|lenient', '--config file', '.ocpprc.json']) {
      assert.ok(run.stdout.includes(option), `--help does not mention ${option}`);
    }
  });
});

describe('ocpp-lint and .ocpprc.json', () => {
  test('the nearest .ocpprc.json applies: in the file\'s folder or any folder above it', () => {
    const run = verdicts('configured/a.ocpp.json', 'configured/deeper/b.ocpp.json');
    assert.deepEqual(run.found, [
      ['configured/a.ocpp.json', 'unknown-field', warning],
      ['configured/deeper/b.ocpp.json', 'unknown-field', warning],
    ]);
    assert.equal(run.status, 0);
  });

  test('a nearer file replaces one further up (comments and trailing commas allowed)', () => {
    const run = verdicts('configured/strict/c.ocpp.json');
    assert.deepEqual(run.found, [['configured/strict/c.ocpp.json', 'comment', error], ['configured/strict/c.ocpp.json', 'unknown-field', hint]]);
  });

  test('each file of one run gets its own nearest settings', () => {
    const run = verdicts('plain/a.ocpp.json', 'configured/a.ocpp.json');
    assert.deepEqual(run.found, [
      ['plain/a.ocpp.json', 'comment', error], ['plain/a.ocpp.json', 'unknown-field', error],
      ['configured/a.ocpp.json', 'unknown-field', warning],
    ]);
  });

  test('flags win over the file', () => {
    const run = verdicts('--rule', 'comment=warning', '--profile', 'strict', 'configured/a.ocpp.json');
    assert.deepEqual(run.found, [['configured/a.ocpp.json', 'comment', warning], ['configured/a.ocpp.json', 'unknown-field', error]]);
    assert.equal(run.status, 1);
  });

  test('--config names the file to use instead of the nearest one', () => {
    const run = verdicts('--config', 'elsewhere.json', 'configured/a.ocpp.json', 'plain/a.ocpp.json');
    assert.deepEqual(run.found, [
      ['configured/a.ocpp.json', 'comment', hint], ['configured/a.ocpp.json', 'unknown-field', information],
      ['plain/a.ocpp.json', 'comment', hint], ['plain/a.ocpp.json', 'unknown-field', information],
    ]);
    assert.equal(run.status, 0);
  });

  test('a --config file that does not exist: exit 2 naming it', () => {
    const run = lint('--config', 'missing.json', 'plain/a.ocpp.json');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /ocpp-lint: missing\.json: cannot read it: ENOENT/);
  });

  test('mistakes in a settings file: exit 2, each named once with its file, the valid parts still apply', () => {
    const run = verdicts('broken/a.ocpp.json', 'broken/a.ocpp.json');
    assert.equal(run.status, 2);
    const lines = run.stderr.split('\n').filter(Boolean);
    assert.equal(lines.length, 3, run.stderr);
    for (const line of lines) assert.ok(line.startsWith(`ocpp-lint: ${join(root, 'broken', '.ocpprc.json')}: `), line);
    assert.match(lines[0], /"unknown-feild" is not a rule\. Did you mean "unknown-field"\?/);
    assert.match(lines[1], /The severity of "comment" must be one of .*, not "warn"/);
    assert.match(lines[2], /Unknown setting "profil"/);
    assert.deepEqual(run.found, [['broken/a.ocpp.json', 'comment', error], ['broken/a.ocpp.json', 'unknown-field', error]]);
  });

  test('maxFileSize in the file is accepted but ignored: every file is checked in full', () => {
    const run = verdicts('sized/a.ocpp.json');
    assert.equal(run.stderr, '', 'maxFileSize is not a mistake in the file');
    assert.deepEqual(run.found, [['sized/a.ocpp.json', 'comment', warning], ['sized/a.ocpp.json', 'unknown-field', error]]);
    assert.equal(run.status, 1);
    assert.match(lint('--help').stdout, /checked in full, however\s+large/);
  });

  test('endpoints in the file are the live sessions\': no mistake, and its rules still apply', () => {
    const run = verdicts('sessions/a.ocpp.json');
    assert.equal(run.stderr, '');
    assert.deepEqual(run.found, [['sessions/a.ocpp.json', 'unknown-field', error]]);
  });

  test('a settings file that is not JSON: exit 2, and the defaults apply', () => {
    const run = verdicts('notjson/a.ocpp.json');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /\.ocpprc\.json: it is not valid JSON \(\w+ on line 1\)\./);
    assert.deepEqual(run.found, [['notjson/a.ocpp.json', 'unknown-field', error]]);
  });
});
