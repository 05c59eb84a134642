/**
 * The authoring features on an OCPP 2.0.1 file, beyond those the rule, snippet and hover tests cover: the Outline,
 * go to definition, completion of actions, fields and values, and quick fixes, all from the 2.0.1 catalog.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Range } from 'vscode-languageserver-types';
import { completeAt, documentOf, fixesFor, labels, service } from './support/service';

const conversation = readFileSync(join(__dirname, '../examples/boot-to-charge-201.ocpp.json'), 'utf8');

test('the Outline names each 2.0.1 frame by its kind and action, answers by their CALL, with the payload fields beneath', () => {
  const symbols = service.getDocumentSymbols(documentOf(conversation));
  const names = symbols.map((s) => s.name);
  assert.match(names[0], /^CALL BootNotification /);
  assert.match(names[1], /^CALLRESULT BootNotification /);
  assert.ok(names.some((n) => /^CALL TransactionEvent /.test(n)), names.join('\n'));
  const boot = symbols[0];
  assert.deepEqual(boot.children?.map((c) => c.name).sort(), ['chargingStation', 'reason']);
});

test('go to definition from a 2.0.1 answer goes to its CALL', () => {
  const document = documentOf(conversation);
  const text = document.getText();
  const answerId = /\[3, "([^"]+)"/.exec(text)!;
  const at = document.positionAt(answerId.index + 5);
  const result = (service.findDefinition(document, at) ?? []) as ({ range?: Range; targetSelectionRange?: Range })[];
  assert.equal(result.length, 1);
  const callLine = document.positionAt(text.indexOf(`[2, "${answerId[1]}"`)).line;
  assert.equal((result[0].targetSelectionRange ?? result[0].range)!.start.line, callLine);
});

test('completion in a 2.0.1 file: actions with their direction and block, fields required first, values of 2.0.1', () => {
  const context = '[2, "b0", "BootNotification", {"reason": "PowerUp", "chargingStation": {"model": "M", "vendorName": "V"}}], ';
  const actions = completeAt(`[${context}[2, "x1", "|"]]`).items;
  const transactionEvent = actions.find((i) => i.label === 'TransactionEvent');
  assert.ok(transactionEvent, labels(actions).join(', '));
  assert.equal(transactionEvent.detail, 'Charging Station → CSMS · E Transactions');
  assert.ok(!actions.some((i) => i.label === 'StartTransaction'), 'no 1.6 action');

  const fields = labels(completeAt(`[${context}[2, "x2", "TransactionEvent", {|}]]`).items);
  assert.deepEqual(fields.slice(0, 5).sort(), ['eventType', 'seqNo', 'timestamp', 'transactionInfo', 'triggerReason']);

  const states = labels(completeAt(`[${context}[2, "x3", "TransactionEvent", {"transactionInfo": {"chargingState": "|"}}]]`).items);
  assert.deepEqual(states.sort(), ['Charging', 'EVConnected', 'Idle', 'SuspendedEV', 'SuspendedEVSE']);
});

test('quick fixes in a 2.0.1 file: the closest enumeration value, a missing required field', () => {
  const text = '[2, "b1", "BootNotification", {"reason": "PowerUP", "chargingStation": {"model": "M", "vendorName": "V"}}]';
  assert.match(fixesFor(text, 'invalid-enum-value')[0].result, /"reason": "PowerUp"/);
  const missing = '[2, "b1", "BootNotification", {"chargingStation": {"model": "M", "vendorName": "V"}}]';
  const fixed = fixesFor(missing, 'missing-field').map((f) => f.result);
  assert.ok(fixed.some((r) => /"reason": "[A-Za-z]+"/.test(r)), fixed.join('\n'));
});
