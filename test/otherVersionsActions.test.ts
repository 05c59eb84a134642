/**
 * An action of the other version, in a file checked as this one, is explained rather than only rejected: what
 * this version uses instead, with a quick fix when the action was only renamed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ocpp16 } from '../server/src/ocpp/v16';
import { ocpp201 } from '../server/src/ocpp/v201';
import { diagnose, fixesFor } from './support/service';

// Clues of one version outweigh the odd action of the other (an action weighs three keys), so auto keeps the file's
// version and the odd action is the one reported.
const in201 = (frame: string) =>
  `[[2, "b1", "BootNotification", {"reason": "PowerUp", "chargingStation": {"model": "M", "vendorName": "V"}}], [2, "h1", "Heartbeat", {}], [2, "n1", "NotifyEvent", {"generatedAt": "2024-05-01T10:00:00Z", "seqNo": 0, "eventData": []}], ${frame}]`;
const in16 = (frame: string) =>
  `[[2, "b1", "BootNotification", {"chargePointVendor": "V", "chargePointModel": "M"}], [2, "s0", "StartTransaction", {"connectorId": 1, "idTag": "T", "meterStart": 0, "timestamp": "2024-05-01T10:00:00Z"}], ${frame}]`;

test('a 1.6 StartTransaction in a 2.0.1 file points to TransactionEvent, with no quick fix (the job moved, not the name)', () => {
  const text = in201('[2, "s1", "StartTransaction", {}]');
  const [d] = diagnose(text).filter((x) => x.code === 'unknown-action');
  assert.equal(d.covers, '"StartTransaction"');
  assert.match(d.message, /is an OCPP 1\.6 action, not an OCPP 2\.0\.1 one\. OCPP 2\.0\.1 reports a transaction's start with TransactionEvent, eventType "Started" \(E01\)/);
  assert.deepEqual(fixesFor(text, 'unknown-action'), []);
});

test('a renamed action gets the new name as its quick fix, both ways', () => {
  const text = in201('[2, "r1", "RemoteStartTransaction", {}]');
  const [d] = diagnose(text).filter((x) => x.code === 'unknown-action');
  assert.match(d.message, /calls it RequestStartTransaction \(F01\)/);
  const [fix] = fixesFor(text, 'unknown-action');
  assert.ok(fix, 'a fix is offered');
  assert.match(fix.result, /"RequestStartTransaction"/);

  const back = in16('[2, "r1", "RequestStopTransaction", {}]');
  const [d16] = diagnose(back).filter((x) => x.code === 'unknown-action');
  assert.match(d16.message, /is an OCPP 2\.0\.1 action, not an OCPP 1\.6 one\. OCPP 1\.6 calls it RemoteStopTransaction/);
  assert.match(fixesFor(back, 'unknown-action')[0].result, /"RemoteStopTransaction"/);
});

test("every counterpart names actions the catalog has, and only actions it lacks", () => {
  for (const [catalog, other] of [[ocpp16, ocpp201], [ocpp201, ocpp16]] as const) {
    for (const [name, counterpart] of Object.entries(catalog.otherVersionsActions)) {
      assert.ok(!catalog.actionsByName.has(name), `${catalog.version} has ${name} itself`);
      assert.ok(other.actionsByName.has(name), `${other.version} has no ${name}`);
      for (const instead of counterpart.instead) assert.ok(catalog.actionsByName.has(instead), `${catalog.version} has no ${instead}`);
      assert.ok(!counterpart.renamed || counterpart.instead.length === 1, `${name}: a rename names one action`);
    }
  }
});
