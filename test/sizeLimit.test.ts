/**
 * The size limit (`ocpp.maxFileSize`, `maxFileSize` in .ocpprc.json): above it the service checks only the JSON
 * syntax and adds one information diagnostic saying so; at or below it, everything is checked; 0 means no limit;
 * the default is 20 MB. Also how the setting is read from JSON and declared in package.json.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService } from '../server/src/service';
import { catalogs, problemCodes } from '../server/src/product';
import { mergeRuleSettings, readRuleSettings, type RuleSettings } from '../server/src/service/settings/ruleSettings';
import { defaultMaxFileSize } from '../server/src/service/check/sizeLimit';
import { documentOf } from './support/service';
import { DeadlineWorker } from './support/deadline';

/** The test on 20 MB documents (sizeLimit.cases.ts) runs in a worker thread with a deadline. */
const cases = new DeadlineWorker(require.resolve('./sizeLimit.cases'));
/**
 * Checking the two 20 MB strings takes 0.35-0.6 s in the worker on this 2-core machine with other tests running
 * (each run prints its time in the test's diagnostics); 10 s is 16x the slowest.
 */
const hugeMs = 10_000;

const { Error: error, Warning: warning, Information: information } = DiagnosticSeverity;

/** A syntax problem (the comment) and an OCPP problem (the unknown field), padded with spaces to `length`. */
function sized(length: number, text = '// a note\n[2, "a1", "Heartbeat", {"foo": 1}]'): string {
  assert.ok(length >= text.length);
  return text + ' '.repeat(length - text.length);
}

const summary = (ds: Diagnostic[]) => ds.map((d): [string, number | undefined] => [String(d.code), d.severity]);

/** The verdicts under `settings`, given at creation, by configure() and per call, which must all agree. */
function verdicts(text: string, settings: RuleSettings): [string, number | undefined][] {
  const document = documentOf(text);
  const atCreation = summary(getLanguageService({ catalogs, ...settings }).doValidation(document));
  const configured = getLanguageService({ catalogs });
  configured.configure(settings);
  assert.deepEqual(summary(configured.doValidation(document)), atCreation, 'configure() gives what creation gives');
  assert.deepEqual(summary(getLanguageService({ catalogs }).doValidation(document, settings)), atCreation, 'a per-call setting too');
  return atCreation;
}

// 0.001 MB is 1,000 characters.
const limit = { maxFileSize: 0.001 };

describe('the size limit in the service', () => {
  test('a text one character over the limit gets the notice and its syntax errors, and no OCPP diagnostics', () => {
    assert.deepEqual(verdicts(sized(1001), limit), [['file-too-large', information], ['comment', error]]);
  });

  test('a text exactly at the limit is checked in full', () => {
    assert.deepEqual(verdicts(sized(1000), limit), [['comment', error], ['unknown-field', error]]);
  });

  test('the notice is on the first character and names the size, the limit, what is checked and the setting', () => {
    const text = sized(1001);
    const [notice] = getLanguageService({ catalogs, ...limit }).doValidation(documentOf(text));
    assert.equal(notice.code, 'file-too-large');
    assert.equal(notice.source, 'ocpp');
    assert.deepEqual(notice.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } });
    const message = String(notice.message);
    assert.match(message, /1,001 characters/, 'the size');
    assert.match(message, /0\.001 MB \(1,000 characters\)/, 'the limit');
    assert.match(message, /only its JSON syntax is checked/);
    assert.match(message, /raise ocpp\.maxFileSize/);
    assert.match(message, /"maxFileSize" in \.ocpprc\.json/);
    assert.match(message, /0 for no limit/);
  });

  test('over the limit the syntax diagnostics are exactly those a full check gives', () => {
    const text = sized(2000, '/* x */ [2, "a1" "Heartbeat", {"foo": 1,},]\n// end');
    const full = getLanguageService({ catalogs }).doValidation(documentOf(text));
    const syntaxCodes = ['syntax-error', 'comment', 'trailing-comma'];
    assert.ok(full.some((d) => !syntaxCodes.includes(String(d.code))), 'the full check finds OCPP problems too');
    const limited = getLanguageService({ catalogs, ...limit }).doValidation(documentOf(text));
    assert.equal(limited[0].code, 'file-too-large');
    assert.deepEqual(limited.slice(1), full.filter((d) => syntaxCodes.includes(String(d.code))));
    assert.deepEqual(new Set(limited.slice(1).map((d) => d.code)), new Set(syntaxCodes));
  });

  test('a valid text over the limit gets the notice alone', () => {
    assert.deepEqual(verdicts(sized(1001, '[2, "a1", "Heartbeat", {"foo": 1}]'), limit), [['file-too-large', information]]);
  });

  test('0 means no limit', () => {
    assert.deepEqual(verdicts(sized(5000), { maxFileSize: 0 }), [['comment', error], ['unknown-field', error]]);
  });

  test('the rule settings apply over the limit: the notice can be turned off, the limit stays', () => {
    assert.deepEqual(verdicts(sized(1001), { ...limit, rules: { 'file-too-large': 'off', comment: 'warning' } }), [['comment', warning]]);
    assert.deepEqual(verdicts(sized(1001), { ...limit, rules: { 'file-too-large': 'error' } }), [['file-too-large', error], ['comment', error]]);
  });

  test('configure() with a function gives each document its own limit', () => {
    const service = getLanguageService({ catalogs });
    service.configure((uri) => (uri.includes('/small/') ? limit : {}));
    const codes = (uri: string) => service.doValidation(documentOf(sized(1001), uri)).map((d) => d.code);
    assert.deepEqual(codes('file:///logs/small/a.ocpp.json'), ['file-too-large', 'comment']);
    assert.deepEqual(codes('file:///logs/big/a.ocpp.json'), ['comment', 'unknown-field']);
  });

  test('a document that grows over the limit and shrinks back is checked accordingly', () => {
    const service = getLanguageService({ catalogs, ...limit });
    const uri = 'file:///work/growing.ocpp.json';
    assert.deepEqual(service.doValidation(documentOf(sized(900), uri)).map((d) => d.code), ['comment', 'unknown-field']);
    assert.deepEqual(service.doValidation(documentOf(sized(1100), uri)).map((d) => d.code), ['file-too-large', 'comment']);
    assert.deepEqual(service.doValidation(documentOf(sized(900), uri)).map((d) => d.code), ['comment', 'unknown-field']);
  });

  test('without a setting the limit is 20 MB (20,000,000 characters)', cases.test('defaultLimit', [], hugeMs));
});

describe('reading maxFileSize from JSON', () => {
  test('a number of 0 or more is read, from a settings file and from an editor\'s section', () => {
    for (const value of [20, 0, 0.001, 150]) {
      assert.deepEqual(readRuleSettings({ maxFileSize: value }, 'report', problemCodes), { settings: { rules: {}, maxFileSize: value }, errors: [] });
      assert.deepEqual(readRuleSettings({ maxFileSize: value, files: [] }, 'ignore', problemCodes), { settings: { rules: {}, maxFileSize: value }, errors: [] });
    }
    assert.deepEqual(readRuleSettings({ profile: 'lenient', maxFileSize: 5, rules: { comment: 'off' } }, 'report', problemCodes),
      { settings: { profile: 'lenient', maxFileSize: 5, rules: { comment: 'off' } }, errors: [] });
  });

  test('a cleared value (null) is "not set", not a mistake', () => {
    assert.deepEqual(readRuleSettings({ maxFileSize: null }, 'ignore', problemCodes), { settings: { rules: {} }, errors: [] });
  });

  test('anything else is named as a mistake, and the other settings are still read', () => {
    for (const value of [-1, '20', '20MB', true, [], {}]) {
      const { settings, errors } = readRuleSettings({ maxFileSize: value, profile: 'lenient' }, 'report', problemCodes);
      assert.deepEqual(settings, { profile: 'lenient', rules: {} }, JSON.stringify(value));
      assert.equal(errors.length, 1, errors.join('\n'));
      assert.equal(errors[0], `"maxFileSize" must be a number of megabytes, 0 or more (0 means no limit), not ${JSON.stringify(value)}.`);
    }
  });

  test('a settings file\'s unknown key is told that maxFileSize is one of the keys it may hold', () => {
    const { errors } = readRuleSettings({ maxFileSise: 5 }, 'report', problemCodes);
    assert.deepEqual(errors, ['Unknown setting "maxFileSise": the file may hold "version", "profile", "rules", "maxFileSize" and "endpoints".']);
  });

  test('merging: a later layer\'s limit wins, and a layer without one keeps the earlier one', () => {
    assert.deepEqual(mergeRuleSettings({ maxFileSize: 5 }, { maxFileSize: 0 }), { rules: {}, maxFileSize: 0 });
    assert.deepEqual(mergeRuleSettings({ maxFileSize: 5 }, { rules: { comment: 'off' } }), { rules: { comment: 'off' }, maxFileSize: 5 });
    assert.deepEqual(mergeRuleSettings({ profile: 'lenient' }, undefined), { profile: 'lenient', rules: {} });
  });
});

describe('ocpp.maxFileSize in package.json', () => {
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
  const properties: Record<string, Record<string, unknown>> =
    [manifest.contributes.configuration].flat().reduce((all, section) => ({ ...all, ...section.properties }), {});

  test('a number of megabytes, 0 or more, 20 by default, read as the rule settings are', () => {
    const setting = properties['ocpp.maxFileSize'];
    assert.ok(setting, 'ocpp.maxFileSize is missing: run `npm run generate`');
    assert.equal(setting.type, 'number');
    assert.equal(setting.minimum, 0);
    assert.equal(setting.default, defaultMaxFileSize);
    assert.equal(setting.scope, properties['ocpp.rules.unknown-field'].scope);
    const description = String(setting.markdownDescription);
    for (const needed of ['megabytes', 'syntax', '`0` means no limit', '.ocpprc.json', 'ocpp-lint']) {
      assert.ok(description.includes(needed), `the description mentions ${needed}`);
    }
  });

  test('the notice has its rule setting, information by default', () => {
    assert.equal(properties['ocpp.rules.file-too-large']?.default, 'information');
  });
});
