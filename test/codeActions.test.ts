import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CodeActionKind } from 'vscode-languageserver-types';
import { diagnose, documentOf, fixesFor, service, statusCall } from './support/service';

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
  for (const fix of fixes) assert.deepEqual(diagnose(fix.result), [], fix.title);
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
