import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { arrayOf, field, integer, decimal, boolean, objectOf, uri, enumOf, string, type Field } from '../server/src/ocpp/schema';
import { ChargePointErrorCode } from '../server/src/ocpp/v16';
import { CertificateHashData } from '../server/src/ocpp/v16/security';
import { getLanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';
import { placeholderOf, toJsonValue } from '../server/src/service/features/placeholders';
import { applyEdits, diagnose, documentOf, fixesFor, service, statusCall } from './support/service';

/** The errors left in a text, as "code: covered text"; warnings from conversation rules are not the point here. */
function errorsIn(text: string): string[] {
  return diagnose(text).filter((d) => d.diagnostic.severity === DiagnosticSeverity.Error).map((d) => `${d.code}: ${d.covers}`);
}

/** Every problem left in a text, as "code: covered text". */
function problemsIn(text: string): string[] {
  return diagnose(text).map((d) => `${d.code}: ${d.covers}`);
}

/** The text after applying the fix titled `title` offered for the first `code` diagnostic. */
function applyFix(text: string, code: string, title: string): string {
  const fixes = fixesFor(text, code);
  const fix = fixes.find((f) => f.title === title);
  assert.ok(fix, `no fix "${title}" among ${JSON.stringify(fixes.map((f) => f.title))}`);
  return fix.result;
}

/** Timestamps a fix wrote just now become "<now>", so a test can compare the rest exactly. */
function withNow(text: string): string {
  return text.replace(/"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)"/g,
    (literal, time: string) => (Math.abs(Date.parse(time) - Date.now()) < 60_000 ? '"<now>"' : literal));
}

const uuidPattern = /"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"/g;

function wholeDocument(document: TextDocument): Range {
  return { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) };
}

/** The actions asked for with `only`, over the whole document, with the text each one leaves. */
function actionsFor(text: string, only?: string[], diagnostics: Diagnostic[] = [], ls = service) {
  const document = documentOf(text);
  return ls.getCodeActions(document, wholeDocument(document), diagnostics, only).map((action: CodeAction) => ({
    action,
    result: applyEdits(document, action.edit?.changes?.[document.uri] ?? []),
  }));
}

test('a misspelt status is fixed to the closest value', () => {
  const fixes = fixesFor(statusCall('{"connectorId": 4, "errorCode": "NoError", "status": "Avaliable"}'), 'invalid-enum-value');
  assert.deepEqual(fixes, [{
    title: 'Change to "Available"',
    isPreferred: true,
    result: statusCall('{"connectorId": 4, "errorCode": "NoError", "status": "Available"}'),
  }]);
});

test('a wrong errorCode is fixed the same way', () => {
  const [fix] = fixesFor(statusCall('{"connectorId": 4, "errorCode": "noerror", "status": "Available"}'), 'invalid-enum-value');
  assert.equal(fix.result, statusCall('{"connectorId": 4, "errorCode": "NoError", "status": "Available"}'));
});

test('connector 0 offers each of the three allowed statuses, and each result is valid', () => {
  const fixes = fixesFor(statusCall('{"connectorId": 0, "errorCode": "NoError", "status": "Charging"}'), 'connector-zero-status');
  assert.deepEqual(fixes.map((f) => f.title), ['Change to "Available"', 'Change to "Unavailable"', 'Change to "Faulted"']);
  // Faulted with NoError draws a warning of its own (faulted-without-error); the error is gone either way.
  for (const fix of fixes) assert.deepEqual(errorsIn(fix.result), [], fix.title);
});

test('an unknown action is fixed to the closest action name', () => {
  const [fix] = fixesFor('[2, "a1", "Heartbaet", {}]', 'unknown-action');
  assert.equal(fix.result, '[2, "a1", "Heartbeat", {}]');
});

test('fixes are quick fixes tied to their diagnostic, and none come from other sources', () => {
  const text = statusCall('{"connectorId": 0, "errorCode": "NoError", "status": "Charging"}');
  const document = documentOf(text);
  const [diagnostic] = service.doValidation(document);
  const actions = service.getCodeActions(document, diagnostic.range, [diagnostic]);
  assert.ok(actions.every((a) => a.kind === CodeActionKind.QuickFix && a.diagnostics?.[0] === diagnostic));
  // The same diagnostic from another tool, or with its data stripped, gets no fix: fixes never parse messages.
  assert.deepEqual(service.getCodeActions(document, diagnostic.range, [{ ...diagnostic, source: 'json' }]), []);
  assert.deepEqual(service.getCodeActions(document, diagnostic.range, [{ ...diagnostic, data: undefined }]), []);
});

test('no fix is offered for a diagnostic outside the requested range', () => {
  const text = statusCall('{"connectorId": 0, "errorCode": "NoError", "status": "Charging"}');
  const document = documentOf(text);
  const diagnostics = service.doValidation(document);
  const elsewhere = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
  assert.deepEqual(service.getCodeActions(document, elsewhere, diagnostics), []);
});

test('a misspelt field name is renamed to the closest field', () => {
  const [fix] = fixesFor(statusCall('{"connectorId": 4, "errorCode": "NoError", "status": "Available", "vendorID": "x"}'), 'unknown-field');
  assert.equal(fix.result, statusCall('{"connectorId": 4, "errorCode": "NoError", "status": "Available", "vendorId": "x"}'));
});

test('a CALLERROR code in its 2.x spelling is fixed to the 1.6 spelling', () => {
  const [fix] = fixesFor('[4, "a1", "OccurrenceConstraintViolation", "", {}]', 'call-error-code');
  assert.equal(fix.result, '[4, "a1", "OccurenceConstraintViolation", "", {}]');
});

test('a wrong enumeration value deep in another action is fixed too', () => {
  const text = '[2, "m", "MeterValues", {"connectorId": 1, "meterValue": [{"timestamp": "2024-05-01T10:00:00Z", "sampledValue": [{"value": "1", "unit": "kwh"}]}]}]';
  const [fix] = fixesFor(text, 'invalid-enum-value');
  assert.equal(fix.result, text.replace('"kwh"', '"kWh"'));
  assert.deepEqual(diagnose(fix.result), []);
});

// ---------------------------------------------------------------------------------------------------------------
// Missing fields

test('a missing field is added with a placeholder, and a one-line object stays on one line', () => {
  const text = statusCall('{"connectorId": 1, "status": "Available"}');
  const result = applyFix(text, 'missing-field', 'Add the missing field "errorCode"');
  // NoError, the everyday value, rather than the enumeration's first (ConnectorLockFailure).
  assert.equal(result, statusCall('{"connectorId": 1, "status": "Available", "errorCode": "NoError"}'));
  assert.deepEqual(problemsIn(result), []);
});

test('a compact object gets a compact member', () => {
  const text = '[2,"a1","StatusNotification",{"connectorId":1,"status":"Available"}]';
  const result = applyFix(text, 'missing-field', 'Add the missing field "errorCode"');
  assert.equal(result, '[2,"a1","StatusNotification",{"connectorId":1,"status":"Available","errorCode":"NoError"}]');
  assert.deepEqual(problemsIn(result), []);
});

test('in a pretty-printed object the field goes on a line of its own, indented like its siblings', () => {
  const text = [
    '[',
    '  2,',
    '  "a1",',
    '  "StatusNotification",',
    '  {',
    '    "connectorId": 1,',
    '    "status": "Available"',
    '  }',
    ']',
  ].join('\n');
  const result = applyFix(text, 'missing-field', 'Add the missing field "errorCode"');
  assert.equal(result, text.replace('"status": "Available"', '"status": "Available",\n    "errorCode": "NoError"'));
  assert.deepEqual(problemsIn(result), []);
});

test('tabs and CRLF line breaks are kept', () => {
  const text = '[2, "a1", "StatusNotification", {\r\n\t"connectorId": 1,\r\n\t"status": "Available"\r\n}]';
  const result = applyFix(text, 'missing-field', 'Add the missing field "errorCode"');
  assert.equal(result, '[2, "a1", "StatusNotification", {\r\n\t"connectorId": 1,\r\n\t"status": "Available",\r\n\t"errorCode": "NoError"\r\n}]');
  assert.deepEqual(problemsIn(result), []);
});

test('several missing fields: one fix each, and one that adds them all at once', () => {
  const text = statusCall('{"connectorId": 1}');
  const fixes = fixesFor(text, 'missing-field');
  assert.deepEqual(fixes.map((f) => [f.title, f.isPreferred]), [
    ['Add the missing field "errorCode"', true],
    ['Add all 2 missing required fields', false],
    ['Add the missing field "status"', true],
  ]);
  const all = fixes[1].result;
  assert.equal(all, statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Available"}'));
  assert.deepEqual(problemsIn(all), []);
  // The shared "add all" fix is offered once and names both diagnostics it resolves.
  const document = documentOf(text);
  const diagnostics = service.doValidation(document);
  const addAll = service.getCodeActions(document, diagnostics[0].range, diagnostics).find((a) => a.title.startsWith('Add all'));
  assert.deepEqual(addAll?.diagnostics?.map((d) => d.data), [{ field: 'errorCode' }, { field: 'status' }]);
});

test('an empty object gets its fields between the braces, on one line or on lines of their own', () => {
  const single = '[2, "a1", "Authorize", {}]';
  const one = applyFix(single, 'missing-field', 'Add the missing field "idTag"');
  assert.equal(one, '[2, "a1", "Authorize", {"idTag": ""}]');
  assert.deepEqual(problemsIn(one), []);

  // An anyURI needs an absolute example to be valid; a dateTime gets the current UTC time.
  const multi = '[2, "a1", "UpdateFirmware", {\n}]';
  const all = applyFix(multi, 'missing-field', 'Add all 2 missing required fields');
  assert.equal(withNow(all), '[2, "a1", "UpdateFirmware", {\n  "location": "ftp://example.com/",\n  "retrieveDate": "<now>"\n}]');
  assert.deepEqual(problemsIn(all), []);
});

test('a field missing inside an array item (MeterValue\'s sampledValue) is added to that item', () => {
  const text = '[2, "m", "MeterValues", {"connectorId": 1, "meterValue": [{"timestamp": "2024-05-01T10:00:00Z", "sampledValue": [{"unit": "Wh"}]}]}]';
  const result = applyFix(text, 'missing-field', 'Add the missing field "value"');
  assert.equal(result, text.replace('{"unit": "Wh"}', '{"unit": "Wh", "value": ""}'));
  assert.deepEqual(problemsIn(result), []);
});

test('a missing dateTime gets the current UTC time', () => {
  const text = '[2, "m", "MeterValues", {"connectorId": 1, "meterValue": [{"sampledValue": [{"value": "1"}]}]}]';
  const result = applyFix(text, 'missing-field', 'Add the missing field "timestamp"');
  assert.equal(withNow(result), text.replace('[{"value": "1"}]}', '[{"value": "1"}], "timestamp": "<now>"}'));
  assert.deepEqual(problemsIn(result), []);
});

test('a missing object is written with its own required fields, laid out like its surroundings', () => {
  const call = '[2, "a1", "StartTransaction", {"connectorId": 1, "idTag": "T", "meterStart": 0, "timestamp": "2024-05-01T10:00:00Z"}]';
  const pretty = `[\n  ${call},\n  [3, "a1", {\n    "transactionId": 1\n  }]\n]`;
  const result = applyFix(pretty, 'missing-field', 'Add the missing field "idTagInfo"');
  assert.equal(result, `[\n  ${call},\n  [3, "a1", {\n    "transactionId": 1,\n    "idTagInfo": {\n      "status": "Accepted"\n    }\n  }]\n]`);
  assert.deepEqual(problemsIn(result), []);

  const flat = `[${call}, [3, "a1", {"transactionId": 1}]]`;
  const flatResult = applyFix(flat, 'missing-field', 'Add the missing field "idTagInfo"');
  assert.equal(flatResult, `[${call}, [3, "a1", {"transactionId": 1, "idTagInfo": {"status": "Accepted"}}]]`);
  assert.deepEqual(problemsIn(flatResult), []);
});

test('a field missing from an object held by a key is added inside that object', () => {
  const text = '[[2, "a1", "Authorize", {"idTag": "T"}], [3, "a1", {"idTagInfo": {}}]]';
  const [diagnostic] = diagnose(text);
  assert.equal(diagnostic.covers, '"idTagInfo"', 'the diagnostic is on the key, not inside the object');
  const result = applyFix(text, 'missing-field', 'Add the missing field "status"');
  assert.equal(result, '[[2, "a1", "Authorize", {"idTag": "T"}], [3, "a1", {"idTagInfo": {"status": "Accepted"}}]]');
  assert.deepEqual(problemsIn(result), []);
});

test('connector 0 gets a status it may report', () => {
  const text = statusCall('{"connectorId": 0, "errorCode": "NoError"}');
  const result = applyFix(text, 'missing-field', 'Add the missing field "status"');
  assert.equal(result, statusCall('{"connectorId": 0, "errorCode": "NoError", "status": "Available"}'));
  assert.deepEqual(problemsIn(result), []);
});

test('placeholders by type: valid values the user then overwrites', () => {
  const of = (f: Field) => toJsonValue(placeholderOf(f.type, new Date()));
  const doc = 'x';
  assert.deepEqual(of(field('a', integer(), { doc })), { text: '1' });
  assert.deepEqual(of(field('a', integer({ min: 0 }), { doc })), { text: '1' }, 'not 0: a connectorId stays off connector 0');
  assert.deepEqual(of(field('a', integer({ min: 5 }), { doc })), { text: '5' });
  assert.deepEqual(of(field('a', decimal({ min: 0.5 }), { doc })), { text: '0.5' });
  assert.deepEqual(of(field('a', boolean(), { doc })), { text: 'false' });
  assert.deepEqual(of(field('a', string(20), { doc })), { text: '""' });
  assert.deepEqual(of(field('a', uri(), { doc })), { text: '"ftp://example.com/"' });
  assert.deepEqual(of(field('a', enumOf(ChargePointErrorCode), { doc })), { text: '"NoError"' });
  assert.deepEqual(of(field('a', arrayOf(integer()), { doc })), { items: [] });
  // A list that must not be empty gets one item, itself with its required fields.
  const list = of(field('a', arrayOf(objectOf(CertificateHashData), { minItems: 1 }), { doc }));
  assert.ok('items' in list && list.items.length === 1);
  const [item] = list.items;
  assert.ok('members' in item);
  assert.deepEqual(item.members.map(([name]) => name), ['hashAlgorithm', 'issuerNameHash', 'issuerKeyHash', 'serialNumber']);
});

// ---------------------------------------------------------------------------------------------------------------
// Unknown fields

test('an unknown field is removed with one comma, whether first, in the middle, last or alone', () => {
  const cases: [string, string][] = [
    ['{"zzzzzz": 1, "connectorId": 1, "errorCode": "NoError", "status": "Available"}', '{"connectorId": 1, "errorCode": "NoError", "status": "Available"}'],
    ['{"connectorId": 1, "errorCode": "NoError", "zzzzzz": [1, 2], "status": "Available"}', '{"connectorId": 1, "errorCode": "NoError", "status": "Available"}'],
    ['{"connectorId": 1, "errorCode": "NoError", "status": "Available", "zzzzzz": {"a": 1}}', '{"connectorId": 1, "errorCode": "NoError", "status": "Available"}'],
  ];
  for (const [before, after] of cases) {
    const result = applyFix(statusCall(before), 'unknown-field', 'Remove the field "zzzzzz"');
    assert.equal(result, statusCall(after));
    assert.deepEqual(problemsIn(result), []);
  }
  const alone = applyFix('[2, "h", "Heartbeat", { "zzzzzz": 1 }]', 'unknown-field', 'Remove the field "zzzzzz"');
  assert.equal(alone, '[2, "h", "Heartbeat", {}]');
  assert.deepEqual(problemsIn(alone), []);
});

test('in a pretty-printed object the removed field takes its line with it', () => {
  const clean = statusCall('{\n  "connectorId": 1,\n  "errorCode": "NoError",\n  "status": "Available"\n}');
  const texts = [
    statusCall('{\n  "zzzzzz": 1,\n  "connectorId": 1,\n  "errorCode": "NoError",\n  "status": "Available"\n}'),
    statusCall('{\n  "connectorId": 1,\n  "zzzzzz": 1,\n  "errorCode": "NoError",\n  "status": "Available"\n}'),
    statusCall('{\n  "connectorId": 1,\n  "errorCode": "NoError",\n  "status": "Available",\n  "zzzzzz": 1\n}'),
  ];
  for (const text of texts) {
    assert.deepEqual(diagnose(text).map((d) => d.code), ['unknown-field'], text);
    const result = applyFix(text, 'unknown-field', 'Remove the field "zzzzzz"');
    assert.equal(result, clean, text);
    assert.deepEqual(problemsIn(result), []);
  }
  const alone = '[2, "h", "Heartbeat", {\n  "zzzzzz": 1\n}]';
  assert.equal(applyFix(alone, 'unknown-field', 'Remove the field "zzzzzz"'), '[2, "h", "Heartbeat", {}]');
});

test('a misspelt field offers the rename (preferred) and the removal', () => {
  const text = statusCall('{"connectorId": 4, "errorCode": "NoError", "status": "Available", "vendorID": "x"}');
  assert.deepEqual(fixesFor(text, 'unknown-field').map((f) => [f.title, f.isPreferred]), [
    ['Change to "vendorId"', true],
    ['Remove the field "vendorID"', false],
  ]);
});

// ---------------------------------------------------------------------------------------------------------------
// Frames and syntax

test('a CALL that reuses an id gets a fresh UUID, and so does the answer that belongs to it', () => {
  const heartbeat = (id: string) => `[2, "${id}", "Heartbeat", {}], [3, "${id}", {"currentTime": "2024-05-01T10:00:00Z"}]`;
  const text = `[${heartbeat('a1')}, ${heartbeat('a1')}]`;
  const fixes = fixesFor(text, 'duplicate-unique-id');
  assert.deepEqual(fixes.map((f) => [f.title, f.isPreferred]), [['Give this CALL and its answer a fresh uniqueId', true]]);
  const result = fixes[0].result;
  const ids = result.match(uuidPattern);
  assert.equal(ids?.length, 2, 'the second CALL and its answer');
  assert.equal(ids[0], ids[1]);
  assert.equal(result.replace(uuidPattern, '"<new>"'), `[${heartbeat('a1')}, ${heartbeat('<new>')}]`);
  assert.deepEqual(problemsIn(result), []);
});

test('a duplicate CALL without an answer of its own changes alone', () => {
  // Both CALLs (the same sender's, and not one resent: a retry may keep its id) precede the one answer, which
  // belongs to the first of them (first come, first served).
  const text = '[[2, "a1", "Heartbeat", {}], [2, "a1", "Authorize", {"idTag": "TAG1"}], [3, "a1", {"currentTime": "2024-05-01T10:00:00Z"}]]';
  const [fix] = fixesFor(text, 'duplicate-unique-id');
  assert.equal(fix.title, 'Give this CALL a fresh uniqueId');
  assert.equal(fix.result.replace(uuidPattern, '"<new>"'),
    '[[2, "a1", "Heartbeat", {}], [2, "<new>", "Authorize", {"idTag": "TAG1"}], [3, "a1", {"currentTime": "2024-05-01T10:00:00Z"}]]');
  assert.ok(!diagnose(fix.result).some((d) => d.code === 'duplicate-unique-id'));
  assert.deepEqual(errorsIn(fix.result), []);
});

test('a trailing comma is removed', () => {
  const text = statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Available",}');
  const result = applyFix(text, 'trailing-comma', 'Remove the trailing comma');
  assert.equal(result, statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Available"}'));
  assert.deepEqual(problemsIn(result), []);
});

test('a number or boolean in quotes loses its quotes; "012" gets no fix, as 012 is not JSON', () => {
  const text = statusCall('{"connectorId": "1", "errorCode": "NoError", "status": "Available"}');
  const result = applyFix(text, 'type-mismatch', 'Remove the quotes: 1');
  assert.equal(result, statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Available"}'));
  assert.deepEqual(problemsIn(result), []);

  const decimalText = '[2, "s", "SetChargingProfile", {"connectorId": 1, "csChargingProfiles": {"chargingProfileId": 1, "stackLevel": 0, "chargingProfilePurpose": "TxDefaultProfile", "chargingProfileKind": "Absolute", "chargingSchedule": {"chargingRateUnit": "A", "chargingSchedulePeriod": [{"startPeriod": 0, "limit": "16.5"}]}}}]';
  const decimalResult = applyFix(decimalText, 'type-mismatch', 'Remove the quotes: 16.5');
  assert.equal(decimalResult, decimalText.replace('"16.5"', '16.5'));
  assert.deepEqual(problemsIn(decimalResult), []);

  assert.deepEqual(fixesFor(statusCall('{"connectorId": "012", "errorCode": "NoError", "status": "Available"}'), 'type-mismatch'), []);
  assert.deepEqual(fixesFor(statusCall('{"connectorId": "one", "errorCode": "NoError", "status": "Available"}'), 'type-mismatch'), []);
});

test('a number as uniqueId is quoted, and a MessageTypeId in quotes is unquoted', () => {
  const id = applyFix('[2, 7, "Heartbeat", {}]', 'unique-id-type', 'Write the uniqueId as a string: "7"');
  assert.equal(id, '[2, "7", "Heartbeat", {}]');
  assert.deepEqual(problemsIn(id), []);
  const type = applyFix('["2", "a", "Heartbeat", {}]', 'message-type-id', 'Write the MessageTypeId as a number: 2');
  assert.equal(type, '[2, "a", "Heartbeat", {}]');
  assert.deepEqual(problemsIn(type), []);
  // 5 (CALLRESULTERROR) is not OCPP 1.6: writing it as a number would not help.
  assert.deepEqual(fixesFor('["5", "a", {}]', 'message-type-id'), []);
});

test('a comment is removed, with its line when it has one of its own; an unclosed one is left alone', () => {
  const own = '[2, "a", "Heartbeat",\n  // why\n  {}]';
  const ownResult = applyFix(own, 'comment', 'Remove the comment');
  assert.equal(ownResult, '[2, "a", "Heartbeat",\n  {}]');
  assert.deepEqual(problemsIn(ownResult), []);
  const beside = '[2, "a", "Heartbeat", /* why */ {}]';
  const besideResult = applyFix(beside, 'comment', 'Remove the comment');
  assert.equal(besideResult, '[2, "a", "Heartbeat", {}]');
  assert.deepEqual(problemsIn(besideResult), []);
  const trailing = '[2, "a", "Heartbeat", {}] // why';
  assert.equal(applyFix(trailing, 'comment', 'Remove the comment'), '[2, "a", "Heartbeat", {}]');
  assert.deepEqual(fixesFor('[2, "a", "Heartbeat", {}] /* never closed', 'comment'), []);
});

test('a string that is too long gets no fix: shortening it would silently change it', () => {
  const text = '[2, "a1", "Authorize", {"idTag": "ABCDEFGHIJKLMNOPQRSTU"}]';
  assert.deepEqual(diagnose(text).map((d) => d.code), ['string-too-long']);
  assert.deepEqual(fixesFor(text, 'string-too-long'), []);
  assert.deepEqual(actionsFor(text, [CodeActionKind.SourceFixAll]), [], 'nor does the fix-all touch it');
});

// ---------------------------------------------------------------------------------------------------------------
// Fix all

test('"Fix all" of one kind repairs every problem of that code in the file', () => {
  const text = '[[2, "a1", "StatusNotification", {"connectorId": 1, "errorCode": "noerror", "status": "Avaliable"}], ' +
    '[3, "a1", {}]]';
  const fixes = fixesFor(text, 'invalid-enum-value');
  assert.deepEqual(fixes.map((f) => [f.title, f.isPreferred]), [
    ['Change to "NoError"', true],
    ['Fix all 2 "invalid-enum-value" problems in this file', false],
  ]);
  const result = fixes[1].result;
  assert.equal(result, '[[2, "a1", "StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "Available"}], [3, "a1", {}]]');
  assert.deepEqual(problemsIn(result), []);
});

test('"Fix all" of one kind is not offered for a single problem, nor where the candidates are equal', () => {
  assert.deepEqual(fixesFor(statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Avaliable"}'), 'invalid-enum-value')
    .map((f) => f.title), ['Change to "Available"']);
  const zeros = '[[2, "a1", "StatusNotification", {"connectorId": 0, "errorCode": "NoError", "status": "Charging"}], [3, "a1", {}], ' +
    '[2, "a2", "StatusNotification", {"connectorId": 0, "errorCode": "NoError", "status": "Preparing"}], [3, "a2", {}]]';
  assert.ok(fixesFor(zeros, 'connector-zero-status').every((f) => f.title.startsWith('Change to')));
});

test('"Fix all" of missing fields adds them per object, across objects', () => {
  const text = '[2, "m", "MeterValues", {"connectorId": 1, "meterValue": [{"sampledValue": [{"unit": "Wh"}]}, {"timestamp": "2024-05-01T10:00:00Z", "sampledValue": [{}]}]}]';
  const fixes = fixesFor(text, 'missing-field');
  const all = fixes.find((f) => f.title === 'Fix all 3 "missing-field" problems in this file');
  assert.ok(all, JSON.stringify(fixes.map((f) => f.title)));
  assert.equal(withNow(all.result), '[2, "m", "MeterValues", {"connectorId": 1, "meterValue": [{"sampledValue": [{"unit": "Wh", "value": ""}], "timestamp": "<now>"}, {"timestamp": "2024-05-01T10:00:00Z", "sampledValue": [{"value": ""}]}]}]');
  assert.deepEqual(problemsIn(all.result), []);
});

const mixed = [
  '[',
  '  [2, "a1", "StatusNotification", {"connectorId": 1, "errorcode": "NoError", "status": "Avaliable",}],',
  '  [3, "a1", {}],',
  '  [2, "a2", "StatusNotification", {"connectorId": "2", "status": "Charing", "zzzzzz": 1}],',
  '  [3, "a2", {}],',
  '  [2, "a2", "StatusNotification", {"connectorId": 0, "errorCode": "NoError", "status": "Charging"}],',
  '  [3, "a2", {}],',
  '  [2, "a4", "Authorize", {"idTag": "ABCDEFGHIJKLMNOPQRSTU"}]',
  ']',
].join('\n');

test('source.fixAll.ocpp applies the sure fix of every problem in one edit, and leaves the rest', () => {
  const [fixAll, ...others] = actionsFor(mixed, [CodeActionKind.SourceFixAll]);
  assert.deepEqual(others, []);
  assert.equal(fixAll.action.kind, 'source.fixAll.ocpp');
  assert.equal(fixAll.action.title, 'Fix every OCPP problem that has a sure fix');
  assert.equal(fixAll.result.replace(uuidPattern, '"<new>"'), [
    '[',
    // The misspelt key is renamed, so the "missing" errorCode is not added a second time.
    '  [2, "a1", "StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "Available"}],',
    '  [3, "a1", {}],',
    '  [2, "a2", "StatusNotification", {"connectorId": 2, "status": "Charging", "zzzzzz": 1, "errorCode": "NoError"}],',
    '  [3, "a2", {}],',
    '  [2, "<new>", "StatusNotification", {"connectorId": 0, "errorCode": "NoError", "status": "Charging"}],',
    '  [3, "<new>", {}],',
    '  [2, "a4", "Authorize", {"idTag": "ABCDEFGHIJKLMNOPQRSTU"}]',
    ']',
  ].join('\n'));
  // Left for the user: a field to delete or keep, a choice of three statuses, a string to shorten.
  assert.deepEqual(errorsIn(fixAll.result), ['unknown-field: "zzzzzz"', 'connector-zero-status: "Charging"', 'string-too-long: "ABCDEFGHIJKLMNOPQRSTU"']);
  const fixedCodes = new Set(fixAll.action.diagnostics?.map((d) => d.code));
  assert.deepEqual([...fixedCodes].sort(), ['duplicate-unique-id', 'invalid-enum-value', 'missing-field', 'trailing-comma', 'type-mismatch', 'unknown-field']);
});

test('a fix-all that renames a key to a missing field\'s name does not also add that field', () => {
  const text = statusCall('{"connectorId": 1, "errorcode": "NoError", "status": "Available"}');
  assert.deepEqual(diagnose(text).map((d) => d.code).sort(), ['missing-field', 'unknown-field']);
  const [fixAll] = actionsFor(text, [CodeActionKind.SourceFixAll]);
  assert.equal(fixAll.result, statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Available"}'));
  assert.deepEqual(problemsIn(fixAll.result), []);
});

test('source.fixAll.ocpp comes only when asked for, under any kind that covers it', () => {
  const kinds = (only?: string[]) => actionsFor(mixed, only).map((a) => a.action.kind);
  assert.ok(!kinds().includes('source.fixAll.ocpp'), 'not among the quick fixes of every cursor move');
  assert.deepEqual(kinds([CodeActionKind.QuickFix]).filter((k) => k !== CodeActionKind.QuickFix), []);
  assert.deepEqual(kinds([CodeActionKind.Source]), ['source.fixAll.ocpp']);
  assert.deepEqual(kinds([CodeActionKind.SourceFixAll]), ['source.fixAll.ocpp']);
  assert.deepEqual(kinds(['source.fixAll.ocpp']), ['source.fixAll.ocpp']);
  assert.deepEqual(kinds(['source.organizeImports']), []);
  assert.deepEqual(actionsFor('[2, "h", "Heartbeat", {}]', [CodeActionKind.SourceFixAll]), [], 'nothing to fix, no action');
});

test('fix-all edits never overlap: two repairs at one spot are made over two passes', () => {
  // The trailing comma and the insertion point of the missing errorCode are the same offset.
  let text = statusCall('{"connectorId": 1, "status": "Available",}');
  const seen: string[] = [];
  for (let pass = 0; pass < 3; pass++) {
    const [fixAll] = actionsFor(text, [CodeActionKind.SourceFixAll]);
    if (!fixAll) break;
    // TextDocument.applyEdits throws on overlapping edits.
    text = fixAll.result;
    seen.push(text);
  }
  assert.deepEqual(seen, [
    statusCall('{"connectorId": 1, "status": "Available"}'),
    statusCall('{"connectorId": 1, "status": "Available", "errorCode": "NoError"}'),
  ]);
  assert.deepEqual(problemsIn(text), []);
});

test('fix-all edits on a large file are sorted apart and apply cleanly', () => {
  const frames = Array.from({ length: 200 }, (_, i) =>
    `  [2, "x", "StatusNotification", {"connectorId": "${i + 1}", "status": "Avaliable", "errorCode": "noerror",}],\n  [3, "x", {}]`);
  const text = `[\n${frames.join(',\n')}\n]`;
  const [fixAll] = actionsFor(text, [CodeActionKind.SourceFixAll]);
  const document = documentOf(text);
  const offsets = fixAll.action.edit!.changes![document.uri].map((e) => [document.offsetAt(e.range.start), document.offsetAt(e.range.end)]);
  for (let i = 1; i < offsets.length; i++) assert.ok(offsets[i - 1][1] <= offsets[i][0] && offsets[i - 1][0] < offsets[i][0]);
  assert.deepEqual(problemsIn(fixAll.result), []);
  assert.equal(new Set(fixAll.result.match(uuidPattern)).size, 199, 'every CALL after the first has an id of its own');
});

test('fix-all leaves alone a code the user switched off', () => {
  const ls = getLanguageService({ catalogs, rules: { 'invalid-enum-value': 'off' } });
  const text = statusCall('{"connectorId": "1", "errorCode": "NoError", "status": "Avaliable"}');
  const [fixAll] = actionsFor(text, [CodeActionKind.SourceFixAll], [], ls);
  assert.equal(fixAll.result, statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Avaliable"}'));
});
