/**
 * Rule settings: the `ocpp.rules.*` and `ocpp.profile` settings package.json declares must be exactly the service's
 * codes and defaults, and the service must apply severities, 'off', the lenient profile and their precedence.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { getLanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';
import { problemCodes } from '../server/src/product';
import {
  lenientProfile, mergeRuleSettings, profiles, readRuleSettings, ruleSeverities, type RuleSettings,
} from '../server/src/service/settings/ruleSettings';
import { documentOf } from './support/service';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
const properties: Record<string, { type?: string; enum?: string[]; default?: unknown; description?: string }> =
  [manifest.contributes?.configuration ?? []].flat().reduce((all, section) => ({ ...all, ...section.properties }), {});
const codes = Object.keys(problemCodes);

describe('settings declared in package.json', () => {
  test('one ocpp.rules.<code> per diagnostic code, and no other', () => {
    const declared = Object.keys(properties).filter((key) => key.startsWith('ocpp.rules.')).map((key) => key.slice('ocpp.rules.'.length));
    assert.deepEqual(declared, codes, 'run `npx tsx scripts/generate.ts` to bring package.json up to date');
  });

  for (const code of codes) {
    test(`ocpp.rules.${code}: default ${problemCodes[code].severity}, the five severities, the code's description`, () => {
      const setting = properties[`ocpp.rules.${code}`];
      assert.ok(setting, `ocpp.rules.${code} is missing`);
      assert.equal(setting.type, 'string');
      assert.deepEqual(setting.enum, ['error', 'warning', 'information', 'hint', 'off']);
      assert.equal(setting.default, problemCodes[code].severity);
      assert.equal(setting.description, problemCodes[code].description);
    });
  }

  test('the severities the server accepts are those the settings offer', () => {
    // Compared with what package.json offers, not with a copy of the list: each offered severity is read without
    // complaint for every code, and the server's list is the offered one, in its order.
    for (const code of codes) {
      const offered = properties[`ocpp.rules.${code}`]?.enum ?? [];
      assert.deepEqual([...ruleSeverities], offered, `ocpp.rules.${code}`);
      for (const severity of offered) {
        assert.deepEqual(readRuleSettings({ rules: { [code]: severity } }, 'report', problemCodes),
          { settings: { rules: { [code]: severity } }, errors: [] }, `${code}: ${severity}`);
      }
    }
  });

  test('ocpp.profile is strict or lenient, strict by default', () => {
    const setting = properties['ocpp.profile'];
    assert.ok(setting, 'ocpp.profile is missing');
    assert.equal(setting.type, 'string');
    assert.deepEqual(setting.enum, [...profiles]);
    assert.deepEqual(setting.enum, ['strict', 'lenient']);
    assert.equal(setting.default, 'strict');
  });

  test('ocpp.profile\'s description names every code the lenient profile changes', () => {
    const text = JSON.stringify(properties['ocpp.profile']);
    for (const entry of lenientProfile) assert.ok(text.includes(entry.code), `${entry.code} is not named`);
  });
});

// ---------------------------------------------------------------------------------------------------------------

const unknownField = '[2, "a1", "Heartbeat", {"foo": 1}]';
const quotedNumber = '[2, "a1", "StatusNotification", {"connectorId": "1", "errorCode": "NoError", "status": "Available"}]';
const wrongType = '[2, "a1", "StatusNotification", {"connectorId": true, "errorCode": "NoError", "status": "Available"}]';
const commentAndField = '// a note\n[2, "a1", "Heartbeat", {"foo": 1}]';
const badDate = '[2, "a1", "StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "Available", "timestamp": "2024-02-30T10:00:00Z"}]';

/** [code, severity] of each diagnostic under `settings`, given at creation, by configure() and per call. */
function verdicts(text: string, settings?: RuleSettings): [string, number | undefined][] {
  const document = documentOf(text);
  const summarise = (ds: { code?: unknown; severity?: number }[]) => ds.map((d): [string, number | undefined] => [String(d.code), d.severity]);
  const atCreation = summarise(getLanguageService({ catalogs, ...settings }).doValidation(document));
  const configured = getLanguageService({ catalogs });
  configured.configure(settings ?? {});
  assert.deepEqual(summarise(configured.doValidation(document)), atCreation, 'configure() gives what creation gives');
  assert.deepEqual(summarise(getLanguageService({ catalogs }).doValidation(document, settings ?? {})), atCreation, 'a per-call setting too');
  return atCreation;
}

const { Error: error, Warning: warning, Information: information, Hint: hint } = DiagnosticSeverity;

describe('severities in the service', () => {
  test('without settings every code has its default severity', () => {
    assert.deepEqual(verdicts(unknownField), [['unknown-field', error]]);
    assert.deepEqual(verdicts(commentAndField), [['comment', error], ['unknown-field', error]]);
  });

  test('a rule sets its code\'s severity and leaves the others alone', () => {
    assert.deepEqual(verdicts(commentAndField, { rules: { 'unknown-field': 'hint' } }), [['comment', error], ['unknown-field', hint]]);
    assert.deepEqual(verdicts(commentAndField, { rules: { comment: 'information', 'unknown-field': 'warning' } }),
      [['comment', information], ['unknown-field', warning]]);
  });

  test('a rule can raise a severity above its default', () => {
    const text = '[[3, "nobody-asked", {"currentTime": "2024-01-01T00:00:00Z"}]]';
    assert.deepEqual(verdicts(text).map(([code]) => code), ['unmatched-response']);
    assert.deepEqual(verdicts(text, { rules: { 'unmatched-response': 'error' } }), [['unmatched-response', error]]);
  });

  test('"off" removes the diagnostics of that code', () => {
    assert.deepEqual(verdicts(commentAndField, { rules: { comment: 'off' } }), [['unknown-field', error]]);
    assert.deepEqual(verdicts(commentAndField, { rules: { comment: 'off', 'unknown-field': 'off' } }), []);
  });

  test('the strict profile is the defaults', () => {
    assert.deepEqual(verdicts(commentAndField, { profile: 'strict' }), verdicts(commentAndField));
  });

  test('the lenient profile turns unknown fields and impossible dates into warnings, not comments', () => {
    assert.deepEqual(verdicts(commentAndField, { profile: 'lenient' }), [['comment', error], ['unknown-field', warning]]);
    assert.deepEqual(verdicts(badDate, { profile: 'lenient' }), [['invalid-datetime', warning]]);
  });

  test('lenient tolerates a number in quotes, but not another wrong type', () => {
    assert.deepEqual(verdicts(quotedNumber), [['type-mismatch', error]]);
    assert.deepEqual(verdicts(quotedNumber, { profile: 'lenient' }), [['type-mismatch', warning]]);
    assert.deepEqual(verdicts(wrongType, { profile: 'lenient' }), [['type-mismatch', error]]);
  });

  test('an explicit rule wins over the profile, in both directions', () => {
    assert.deepEqual(verdicts(commentAndField, { profile: 'lenient', rules: { 'unknown-field': 'error' } }),
      [['comment', error], ['unknown-field', error]]);
    assert.deepEqual(verdicts(commentAndField, { profile: 'lenient', rules: { comment: 'warning', 'unknown-field': 'off' } }),
      [['comment', warning]]);
    assert.deepEqual(verdicts(wrongType, { profile: 'lenient', rules: { 'type-mismatch': 'hint' } }), [['type-mismatch', hint]]);
  });

  test('the diagnostics keep their code, range, message and data whatever their severity', () => {
    const document = documentOf(unknownField);
    const plain = getLanguageService({ catalogs }).doValidation(document);
    const lowered = getLanguageService({ catalogs, rules: { 'unknown-field': 'information' } }).doValidation(document);
    assert.deepEqual(lowered.map((d) => ({ ...d, severity: undefined })), plain.map((d) => ({ ...d, severity: undefined })));
  });

  test('configure() replaces the settings for later validations', () => {
    const service = getLanguageService({ catalogs, rules: { 'unknown-field': 'off' } });
    const document = documentOf(unknownField);
    assert.deepEqual(service.doValidation(document), []);
    service.configure({ profile: 'lenient' });
    assert.deepEqual(service.doValidation(document).map((d) => d.severity), [warning]);
    service.configure({});
    assert.deepEqual(service.doValidation(document).map((d) => d.severity), [error]);
  });

  test('configure() takes a function giving each document its own settings', () => {
    const service = getLanguageService({ catalogs });
    service.configure((uri) => (uri.includes('/lenient/') ? { profile: 'lenient' } : {}));
    const severities = (uri: string) => service.doValidation(documentOf(unknownField, uri)).map((d) => d.severity);
    assert.deepEqual(severities('file:///logs/lenient/a.ocpp.json'), [warning]);
    assert.deepEqual(severities('file:///logs/strict/a.ocpp.json'), [error]);
    assert.deepEqual(service.doValidation(documentOf(unknownField, 'file:///logs/lenient/b.ocpp.json'), { rules: { 'unknown-field': 'off' } }), [],
      'settings given to one call win');
  });
});

describe('the lenient profile', () => {
  test('names real codes, each once, each with a reason', () => {
    const seen = new Set<string>();
    for (const entry of lenientProfile) {
      assert.ok(entry.code in problemCodes, `${entry.code} is not a diagnostic code`);
      assert.ok(!seen.has(entry.code), `${entry.code} is listed twice`);
      seen.add(entry.code);
      assert.ok(entry.why.length > 20, `${entry.code} needs a reason`);
    }
  });

  test('only ever lowers a severity', () => {
    const rank = { error: 0, warning: 1, information: 2, hint: 3 } as const;
    for (const entry of lenientProfile) {
      assert.ok(rank[entry.severity] > rank[problemCodes[entry.code].severity],
        `${entry.code}: lenient ${entry.severity} is not below its default ${problemCodes[entry.code].severity}`);
    }
  });
});

describe('reading settings from JSON', () => {
  test('a valid object is read as it is', () => {
    assert.deepEqual(readRuleSettings({ profile: 'lenient', rules: { 'unknown-field': 'warning', comment: 'off' } }, 'report', problemCodes),
      { settings: { profile: 'lenient', rules: { 'unknown-field': 'warning', comment: 'off' } }, errors: [] });
    assert.deepEqual(readRuleSettings(undefined, 'report', problemCodes), { settings: {}, errors: [] });
  });

  test('each mistake is named, with the closest rule, and the valid entries are kept', () => {
    const { settings, errors } = readRuleSettings({
      profile: 'relaxed', rules: { 'unknown-feild': 'warning', comment: 'warn', 'trailing-comma': 'off' }, extra: true,
    }, 'report', problemCodes);
    assert.deepEqual(settings, { rules: { 'trailing-comma': 'off' } });
    assert.equal(errors.length, 4, errors.join('\n'));
    assert.match(errors[0], /"profile" must be "strict" or "lenient", not "relaxed"/);
    assert.match(errors[1], /"unknown-feild" is not a rule\. Did you mean "unknown-field"\?/);
    assert.match(errors[2], /The severity of "comment" must be one of error, warning, information, hint, off, not "warn"/);
    assert.match(errors[3], /Unknown setting "extra"/);
  });

  test('an editor\'s section holds other settings, and cleared values, which are not mistakes', () => {
    assert.deepEqual(readRuleSettings({ files: ['**/*.json'], trace: { server: 'off' }, rules: { comment: null } }, 'ignore', problemCodes),
      { settings: { rules: {} }, errors: [] });
  });

  test('anything but an object is an error, not a crash', () => {
    for (const value of [42, 'lenient', [], true]) {
      const { settings, errors } = readRuleSettings(value, 'report', problemCodes);
      assert.deepEqual(settings, {});
      assert.equal(errors.length, 1);
    }
    assert.equal(readRuleSettings({ rules: ['comment'] }, 'report', problemCodes).errors.length, 1);
  });

  test('merging: a later layer\'s profile and rules win, rule by rule', () => {
    assert.deepEqual(mergeRuleSettings(
      { profile: 'lenient', rules: { comment: 'off', 'unknown-field': 'hint' } },
      undefined,
      { rules: { comment: 'warning' } },
    ), { profile: 'lenient', rules: { comment: 'warning', 'unknown-field': 'hint' } });
    assert.deepEqual(mergeRuleSettings({ profile: 'lenient' }, { profile: 'strict' }), { profile: 'strict', rules: {} });
  });
});
