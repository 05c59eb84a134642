/**
 * ocpp-lint and the OCPP version: --ocpp-version (both spellings, a bad value), `version` in .ocpprc.json files of
 * different folders in one run, detection with no settings, the version-mismatch note in --format json, and --help.
 * Runs `node dist/cli.js` in a temporary folder; build first (`node esbuild.mjs`).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { CliFolder } from './support/cli';

let folder: CliFolder;
const write = (relative: string, text: string) => folder.write(relative, text);
const lint = (...args: string[]) => folder.lint(...args);
const reports = (...args: string[]) => folder.reports(...args);



const codesOf = (diagnostics: readonly Diagnostic[] | undefined) => (diagnostics ?? []).map((d) => String(d.code));


/** A CALLERROR code as OCPP-J 2.0.1 spells it (1.6 says FormationViolation): no clue for either version. */
const formatViolation = '[4, "a1", "FormatViolation", "", {}]\n';
/** The 1.6 spelling. */
const formationViolation = '[4, "a1", "FormationViolation", "", {}]\n';
const transactionEvent = '[2, "t1", "TransactionEvent", {"eventType": "Started", "timestamp": "2024-05-01T10:00:00Z", ' +
  '"triggerReason": "CablePluggedIn", "seqNo": 0, "transactionInfo": {"transactionId": "tx1", "chargingState": "EVConnected"}}]\n';
const issueExample = '[2, "a1", "BootNotification", {"reason": "PowerUp", "chargingStation": {"model": "M", "vendorName": "V"}}]\n';

before(() => {
  folder = new CliFolder('ocpp-cli-version-');
  write('plain/format.json', formatViolation);
  write('plain/formation.json', formationViolation);
  write('plain/example.ocpp.json', issueExample);
  write('plain/tx-bad.ocpp.json', transactionEvent.replace('"Started"', '"Begun"'));
  write('v201/.ocpprc.json', '{ "version": "2.0.1" }');
  write('v201/format.json', formatViolation);
  write('v16/.ocpprc.json', '{ "version": "1.6" }');
  write('v16/format.json', formatViolation);
  write('v16/tx.ocpp.json', transactionEvent);
  write('badversion/.ocpprc.json', '{ "version": 2 }');
  write('badversion/format.json', formatViolation);
});

after(() => {
  folder?.remove();
});

describe('ocpp-lint --ocpp-version', () => {
  test('without it, a file with no clue is 1.6: the 2.0.1 CALLERROR spelling is an error', () => {
    const run = reports('plain/format.json', 'plain/formation.json');
    assert.equal(run.status, 1);
    assert.deepEqual(codesOf(run.diagnostics['plain/format.json']), ['call-error-code']);
    assert.deepEqual(codesOf(run.diagnostics['plain/formation.json']), []);
  });

  test('--ocpp-version 2.0.1 checks every file as 2.0.1', () => {
    const run = reports('--ocpp-version', '2.0.1', 'plain/format.json', 'plain/formation.json');
    assert.deepEqual(codesOf(run.diagnostics['plain/format.json']), []);
    assert.deepEqual(codesOf(run.diagnostics['plain/formation.json']), ['call-error-code']);
    assert.equal(run.status, 1);
    assert.equal(reports('--ocpp-version', '2.0.1', 'plain/format.json').status, 0);
  });

  test('--ocpp-version=1.6 checks every file as 1.6', () => {
    const run = reports('--ocpp-version=1.6', 'plain/format.json', 'plain/formation.json');
    assert.deepEqual(codesOf(run.diagnostics['plain/format.json']), ['call-error-code']);
    assert.deepEqual(codesOf(run.diagnostics['plain/formation.json']), []);
  });

  test('--ocpp-version=auto is the default', () => {
    assert.deepEqual(codesOf(reports('--ocpp-version=auto', 'plain/format.json').diagnostics['plain/format.json']), ['call-error-code']);
  });

  test('--ocpp-version 3 is a usage error (exit 2) that lists the versions', () => {
    const run = lint('--ocpp-version', '3', 'plain/format.json');
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /--ocpp-version: it must be one of "auto", "1\.6", "2\.0\.1", "2\.1", not "3"\./);
    const missing = lint('plain/format.json', '--ocpp-version');
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /--ocpp-version needs a value\./);
  });

  test('--help lists --ocpp-version and its values', () => {
    const run = lint('--help');
    assert.equal(run.status, 0);
    assert.match(run.stdout, /\[--ocpp-version auto\|1\.6\|2\.0\.1\|2\.1\]/);
    assert.match(run.stdout, /^ {2}--ocpp-version V +\S/m);
  });
});

describe('ocpp-lint and version in .ocpprc.json', () => {
  test('a folder set to "2.0.1" and one set to "1.6", checked in one run', () => {
    const run = reports('v201', 'v16/format.json');
    assert.deepEqual(codesOf(run.diagnostics['v201/format.json']), []);
    assert.deepEqual(codesOf(run.diagnostics['v16/format.json']), ['call-error-code']);
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '');
  });

  test('--ocpp-version wins over the file', () => {
    const run = reports('--ocpp-version', '2.0.1', 'v16/format.json', 'v201/format.json');
    assert.deepEqual(codesOf(run.diagnostics['v16/format.json']), []);
    assert.deepEqual(codesOf(run.diagnostics['v201/format.json']), []);
    assert.equal(run.status, 0);
  });

  test('"version": 2 is reported (exit 2), and the files are checked under auto', () => {
    const run = reports('badversion/format.json');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /badversion\/\.ocpprc\.json: "version" must be one of "auto", "1\.6", "2\.0\.1", "2\.1", not 2\./);
    assert.deepEqual(codesOf(run.diagnostics['badversion/format.json']), ['call-error-code']);
  });
});

describe('ocpp-lint detects the version', () => {
  test('a 2.0.1 file with no settings is checked as 2.0.1', () => {
    const run = reports('plain/example.ocpp.json', 'plain/tx-bad.ocpp.json');
    assert.deepEqual(codesOf(run.diagnostics['plain/example.ocpp.json']), []);
    // Its mistake is a 2.0.1 finding (an eventType not in TransactionEventEnumType), not an unknown 1.6 action.
    assert.deepEqual(codesOf(run.diagnostics['plain/tx-bad.ocpp.json']), ['invalid-enum-value']);
  });

  test('the version-mismatch note in --format json: one information diagnostic on the clue, exit 0', () => {
    const run = reports('v16/tx.ocpp.json');
    assert.equal(run.status, 0);
    const diagnostics = run.diagnostics['v16/tx.ocpp.json'];
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    const [note] = diagnostics;
    assert.equal(note.code, 'version-mismatch');
    assert.equal(note.severity, 3);
    assert.equal(note.source, 'ocpp');
    const column = transactionEvent.indexOf('"TransactionEvent"');
    assert.deepEqual(note.range, { start: { line: 0, character: column }, end: { line: 0, character: column + '"TransactionEvent"'.length } });
    assert.match(String(note.message), /OCPP 2\.0\.1.*\.ocpprc\.json.*"2\.0\.1"/s);
    // Set by the flag, the note says so.
    const flagged = reports('--ocpp-version', '1.6', 'plain/example.ocpp.json');
    assert.deepEqual(codesOf(flagged.diagnostics['plain/example.ocpp.json']), ['version-mismatch']);
    assert.match(String(flagged.diagnostics['plain/example.ocpp.json'][0].message), /--ocpp-version/);
  });
});
