/**
 * ocpp-lint and OCPP 2.1, as a user runs it (`node dist/cli.js` in a temporary folder): --ocpp-version 2.1 and
 * --ocpp-version=2.1, a folder whose .ocpprc.json says "2.1", detection of 2.1 from a 2.1-only action, field or frame
 * (a 2.0.1 file staying 2.0.1), the frames OCPP-J 2.1 adds and what a conversation makes of them, open enumerations
 * and 2.1's limits, in --format json and the default format, with the exit status. Build first (`npm run build`).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { CliFolder } from './support/cli';
import { send, heartbeatPair, formatViolation, boot201, transactionEvent, startTransaction } from './support/frames21';

let folder: CliFolder;
const write = (relative: string, text: string) => folder.write(relative, text);
const lint = (...args: string[]) => folder.lint(...args);
const reports = (...args: string[]) => folder.reports(...args);




/** Each diagnostic of `file` as "code covered-text" (the files are one line each, so a range is two columns). */
function findings(run: { diagnostics: Record<string, Diagnostic[]> }, file: string): string[] {
  const text = folder.texts.get(file)!;
  return (run.diagnostics[file] ?? []).map((d) => {
    assert.equal(d.range.start.line, 0);
    assert.equal(d.range.end.line, 0);
    return `${d.code} ${text.slice(d.range.start.character, d.range.end.character)}`;
  });
}

/** The one-line range of the `nth` occurrence of `needle` in `file`. */
function rangeIn(file: string, needle: string, nth = 0) {
  const text = folder.texts.get(file)!;
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `"${needle}" occurs ${nth + 1} times in ${file}`);
  return { start: { line: 0, character: at }, end: { line: 0, character: at + needle.length } };
}

const getLog = '[2, "g1", "GetLog", {"logType": "DiagnosticsLog", "requestId": 1, "retries": -1, "log": {"remoteLocation": "https://example.com/logs"}}]';
const batterySwap = (soC: string) => '[2, "b1", "BatterySwap", {"eventType": "BatteryIn", "requestId": 1, "idToken": {"idToken": "ABC", "type": "VIN"}, ' +
  `"batteryData": [{"evseId": 1, "serialNumber": "SN1", "soC": ${soC}, "soH": 99.5}]}]`;

before(() => {
  folder = new CliFolder('ocpp-cli-version21-');
  write('plain/format.json', formatViolation);
  write('plain/boot201.json', boot201);
  write('plain/send.json', send);
  write('plain/tx-send.json', `[${transactionEvent()}, ${send}]`);
  write('plain/tx-cre.json', `[${transactionEvent()}, [3, "t1", {}], [5, "t1", "GenericError", "", {}]]`);
  write('plain/st-send.json', `[${startTransaction}, ${send}]`);
  write('plain/phases.json', transactionEvent(', "numberOfPhasesUsed": 4'));
  write('plain/allowed.json', '[2, "n1", "NotifyAllowedEnergyTransfer", {"transactionId": "tx1", "allowedEnergyTransfer": ["DC"]}]');
  write('plain/preconditioning.json', transactionEvent(', "preconditioningStatus": "Ready"'));
  write('plain/cre.json', `[${heartbeatPair}, [5, "c1", "GenericError", "", {}]]`);
  write('plain/swap-over.json', batterySwap('100.5'));
  write('plain/swap-ok.json', batterySwap('100'));
  write('plain/token.json', '[2, "a1", "Authorize", {"idToken": {"idToken": "ABC", "type": "SomethingNew"}}]');
  write('v21/.ocpprc.json', '{ "version": "2.1" }');
  write('v21/format.json', formatViolation);
  write('v21/boot201.json', boot201);
  write('v21/conversation.json', `[${send}, ${heartbeatPair}, [5, "c1", "FormatViolation", "", {}]]`);
  write('v21/token.json', '[2, "a1", "Authorize", {"idToken": {"idToken": "ABC", "type": "SomethingNew"}}]');
  write('v21/getlog.json', getLog);
  write('v21/answer.json', `[${send}, [3, "s1", {}], [4, "s1", "GenericError", "", {}]]`);
  write('v21/unmatched.json', `[${heartbeatPair}, [5, "zz", "FormatViolation", "", {}]]`);
  write('v21/send-only.json', send.replace('[6,', '[2,'));
  write('v21/call-only.json', '[6, "h1", "Heartbeat", {}]');
  write('v21/duplicate.json', `[${send}, [2, "s1", "Heartbeat", {}], ${send}]`);
  write('v201/.ocpprc.json', '{ "version": "2.0.1" }');
  write('v201/getlog.json', getLog);
});

after(() => {
  folder?.remove();
});

describe('ocpp-lint --ocpp-version 2.1', () => {
  test('a file with no clue is checked as 2.1 (both spellings of the option); without it, as 1.6', () => {
    for (const args of [['--ocpp-version', '2.1'], ['--ocpp-version=2.1']]) {
      const run = reports(...args, 'plain/format.json', 'plain/boot201.json');
      assert.deepEqual(findings(run, 'plain/format.json'), [], args.join(' '));
      assert.deepEqual(findings(run, 'plain/boot201.json'), [], args.join(' '));
      assert.equal(run.status, 0);
      assert.equal(run.stderr, '');
    }
    const auto = reports('plain/format.json');
    assert.deepEqual(findings(auto, 'plain/format.json'), ['call-error-code "FormatViolation"']);
    assert.equal(auto.status, 1);
  });

  test('a SEND and a CALLRESULTERROR: valid under 2.1, message-type-id errors that name OCPP 2.1 under 2.0.1 and 1.6', () => {
    const files = ['plain/tx-send.json', 'plain/tx-cre.json', 'plain/st-send.json'];
    const as21 = reports('--ocpp-version', '2.1', 'plain/tx-send.json', 'plain/tx-cre.json');
    assert.deepEqual(findings(as21, 'plain/tx-send.json'), []);
    assert.deepEqual(findings(as21, 'plain/tx-cre.json'), []);
    assert.equal(as21.status, 0);
    const as201 = reports('--ocpp-version=2.0.1', ...files.slice(0, 2));
    assert.deepEqual(findings(as201, 'plain/tx-send.json'), ['message-type-id 6']);
    assert.deepEqual(findings(as201, 'plain/tx-cre.json'), ['message-type-id 5']);
    assert.match(String(as201.diagnostics['plain/tx-send.json'][0].message), /^6 \(SEND\) exists only in OCPP 2\.1\. An OCPP 2\.0\.1 frame starts with 2 \(CALL\)/);
    assert.match(String(as201.diagnostics['plain/tx-cre.json'][0].message), /^5 \(CALLRESULTERROR\) exists only in OCPP 2\.1\. An OCPP 2\.0\.1 frame/);
    assert.equal(as201.diagnostics['plain/tx-send.json'][0].severity, 1);
    assert.equal(as201.status, 1);
    const as16 = reports('--ocpp-version', '1.6', 'plain/st-send.json');
    assert.deepEqual(findings(as16, 'plain/st-send.json'), ['message-type-id 6']);
    assert.match(String(as16.diagnostics['plain/st-send.json'][0].message), /^6 \(SEND\) exists only in OCPP 2\.1\. An OCPP 1\.6 frame/);
    assert.equal(as16.status, 1);
  });

  test('2.1\'s integer maximum, which 2.0.1 lacked, applies only under 2.1', () => {
    const as21 = reports('--ocpp-version', '2.1', 'plain/phases.json');
    assert.deepEqual(findings(as21, 'plain/phases.json'), ['value-too-large 4']);
    assert.equal(as21.diagnostics['plain/phases.json'][0].message, '"numberOfPhasesUsed" must be 3 or less, not 4.');
    assert.equal(as21.status, 1);
    // Detected as 2.0.1 from TransactionEvent, it has no limit there.
    const auto = reports('plain/phases.json');
    assert.deepEqual(findings(auto, 'plain/phases.json'), []);
    assert.equal(auto.status, 0);
  });

  test('a file only 2.1 explains, checked as 2.0.1: one version-mismatch note naming OCPP 2.1 and --ocpp-version, exit 0', () => {
    const run = reports('--ocpp-version', '2.0.1', 'plain/send.json');
    assert.deepEqual(findings(run, 'plain/send.json'), ['version-mismatch "NotifyPeriodicEventStream"']);
    const [note] = run.diagnostics['plain/send.json'];
    assert.equal(note.severity, 3);
    assert.match(String(note.message), /looks like OCPP 2\.1 .*checked as OCPP 2\.0\.1, as --ocpp-version says.*"2\.1"/s);
    assert.equal(run.status, 0);
  });
});

describe('ocpp-lint detects OCPP 2.1', () => {
  test('a 2.1-only action, a 2.1-only field, a SEND or a CALLRESULTERROR make a file 2.1: no error, exit 0', () => {
    const files = ['plain/allowed.json', 'plain/preconditioning.json', 'plain/send.json', 'plain/tx-send.json', 'plain/cre.json'];
    const run = reports(...files);
    for (const file of files) assert.deepEqual(findings(run, file), [], file);
    assert.equal(run.status, 0);
    // Checked as 2.0.1, what made them 2.1 is what is wrong with them: a file with no 2.0.1 clue is another
    // version's (one note), one with a 2.0.1 clue (TransactionEvent) gets the 2.0.1 findings.
    const as201 = reports('--ocpp-version', '2.0.1', ...files);
    assert.deepEqual(files.map((file) => findings(as201, file)), [
      ['version-mismatch "NotifyAllowedEnergyTransfer"'],
      ['unknown-field "preconditioningStatus"'],
      ['version-mismatch "NotifyPeriodicEventStream"'],
      ['message-type-id 6'],
      ['version-mismatch 5'],
    ]);
    assert.match(String(as201.diagnostics['plain/cre.json'][0].message), /looks like OCPP 2\.1 \(it has CALLRESULTERROR\)/);
    assert.equal(as201.status, 1);
  });

  test('detected from BatterySwap, a 2.1-only action, a file gets 2.1\'s decimal maximum: soC at most 100', () => {
    const run = reports('plain/swap-over.json', 'plain/swap-ok.json');
    assert.deepEqual(findings(run, 'plain/swap-over.json'), ['value-too-large 100.5']);
    assert.equal(run.diagnostics['plain/swap-over.json'][0].message, '"soC" must be 100 or less, not 100.5.');
    assert.deepEqual(findings(run, 'plain/swap-ok.json'), []);
    assert.equal(run.status, 1);
  });

  test('a file valid in 2.0.1 stays 2.0.1: its IdToken type is the closed 2.0.1 enumeration', () => {
    const run = reports('plain/token.json', 'plain/boot201.json');
    assert.deepEqual(findings(run, 'plain/token.json'), ['invalid-enum-value "SomethingNew"']);
    assert.deepEqual(findings(run, 'plain/boot201.json'), []);
    assert.deepEqual(findings(reports('--ocpp-version', '2.1', 'plain/token.json'), 'plain/token.json'), []);
  });
});

describe('ocpp-lint on a folder whose .ocpprc.json says "2.1"', () => {
  test('every file is checked as 2.1: --format json gives each file\'s 2.1 findings, exit 1', () => {
    const run = reports('v21');
    assert.equal(run.stderr, '');
    assert.equal(run.status, 1);
    assert.deepEqual(Object.keys(run.diagnostics).sort(), [...folder.texts.keys()].filter((f) => f.startsWith('v21/') && !f.endsWith('.ocpprc.json')).sort());
    const expected: Record<string, string[]> = {
      'v21/format.json': [],
      'v21/boot201.json': [],
      'v21/conversation.json': [],
      'v21/token.json': [],
      'v21/getlog.json': ['value-too-small -1'],
      'v21/answer.json': ['answer-to-send "s1"', 'answer-to-send "s1"'],
      'v21/unmatched.json': ['unmatched-response "zz"'],
      'v21/send-only.json': ['send-only-action 2'],
      'v21/call-only.json': ['call-only-action 6'],
      'v21/duplicate.json': ['duplicate-unique-id "s1"', 'duplicate-unique-id "s1"'],
    };
    for (const [file, codes] of Object.entries(expected)) assert.deepEqual(findings(run, file), codes, file);
  });

  test('the JSON diagnostics of the 2.1 frame findings: range, severity, source, code, message', () => {
    const run = reports('v21/answer.json', 'v21/unmatched.json', 'v21/send-only.json', 'v21/call-only.json', 'v21/duplicate.json', 'v21/getlog.json');
    const [callResult, callError] = run.diagnostics['v21/answer.json'];
    assert.deepEqual(callResult.range, rangeIn('v21/answer.json', '"s1"', 1));
    assert.deepEqual(callError.range, rangeIn('v21/answer.json', '"s1"', 2));
    assert.deepEqual([callResult.severity, callResult.source, callResult.code], [1, 'ocpp', 'answer-to-send']);
    assert.match(String(callResult.message), /"s1" is the id of a SEND, which expects no answer: its receiver must not send a CALLRESULT \(OCPP-J 2\.1 §4\.1\.3; FR\.07\)/);
    assert.match(String(callError.message), /must not send a CALLERROR/);
    const [unmatched] = run.diagnostics['v21/unmatched.json'];
    assert.deepEqual([unmatched.severity, unmatched.code, unmatched.range], [2, 'unmatched-response', rangeIn('v21/unmatched.json', '"zz"')]);
    assert.match(String(unmatched.message), /No earlier CALLRESULT in this file has the uniqueId "zz"/);
    const [sendOnly] = run.diagnostics['v21/send-only.json'];
    assert.deepEqual([sendOnly.severity, sendOnly.range], [1, rangeIn('v21/send-only.json', '2')]);
    assert.match(String(sendOnly.message), /NotifyPeriodicEventStream has no response in OCPP 2\.1: it is sent as a SEND.*\(N15\.FR\.01\)/);
    const [callOnly] = run.diagnostics['v21/call-only.json'];
    assert.deepEqual([callOnly.severity, callOnly.range], [2, rangeIn('v21/call-only.json', '6')]);
    assert.match(String(callOnly.message), /Heartbeat has a response \(HeartbeatResponse\), so it is sent as a CALL/);
    const duplicates = run.diagnostics['v21/duplicate.json'];
    assert.deepEqual(duplicates.map((d) => d.range), [rangeIn('v21/duplicate.json', '"s1"', 1), rangeIn('v21/duplicate.json', '"s1"', 2)]);
    assert.match(String(duplicates[0].message), /An earlier SEND from the Charging Station \(line 1\) already uses the uniqueId "s1".*Give this CALL an id of its own/);
    assert.match(String(duplicates[1].message), /Give this SEND an id of its own/);
    const [limit] = run.diagnostics['v21/getlog.json'];
    assert.deepEqual(limit, {
      range: rangeIn('v21/getlog.json', '-1'), severity: 1, source: 'ocpp', code: 'value-too-small', message: '"retries" must be 0 or more, not -1.',
      data: { field: 'retries', min: 0 },
    });
  });

  test('the same GetLog in a folder set to 2.0.1 is clean, and --ocpp-version 2.0.1 wins over the "2.1" folder', () => {
    const run = reports('v201/getlog.json', 'v21/getlog.json');
    assert.deepEqual(findings(run, 'v201/getlog.json'), []);
    assert.deepEqual(findings(run, 'v21/getlog.json'), ['value-too-small -1']);
    const flagged = reports('--ocpp-version', '2.0.1', 'v21/getlog.json', 'v21/token.json');
    assert.deepEqual(findings(flagged, 'v21/getlog.json'), []);
    assert.deepEqual(findings(flagged, 'v21/token.json'), ['invalid-enum-value "SomethingNew"']);
  });

  test('exit codes: 0 for clean 2.1 files and for warnings only, 1 with an error; the default format prints 2.1 findings', () => {
    const clean = lint('v21/format.json', 'v21/boot201.json', 'v21/conversation.json', 'v21/token.json');
    assert.equal(clean.status, 0);
    assert.equal(clean.stdout.trim(), 'No problems in 4 files.');
    const warnings = lint('v21/unmatched.json', 'v21/call-only.json');
    assert.equal(warnings.status, 0);
    assert.match(warnings.stdout, /2 problems \(0 errors, 2 other\) in 2 files\./);
    const errors = lint('v21/format.json', 'v21/answer.json');
    assert.equal(errors.status, 1);
    const column = folder.texts.get('v21/answer.json')!.indexOf('"s1"', folder.texts.get('v21/answer.json')!.indexOf('[3,')) + 1;
    assert.match(errors.stdout, new RegExp(`^v21/answer\\.json:1:${column} +error +"s1" is the id of a SEND.* +answer-to-send$`, 'm'));
    assert.match(errors.stdout, /2 problems \(2 errors, 0 other\) in 2 files\./);
  });
});
