/**
 * OCPP 2.1 files: the version chosen from 2.1-only content (a 2.0.1 file stays 2.0.1), the two frame types OCPP-J
 * 2.1 adds (SEND and CALLRESULTERROR) accepted there and only there, and what 2.1 changed in the payloads.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completeAt, diagnose, documentOf, hoverAt, labels, service } from './support/service';

const send = '[6, "s1", "NotifyPeriodicEventStream", {"id": 1, "pending": 0, "basetime": "2025-01-01T10:00:00Z", "data": [{"t": 0, "v": "230.1"}]}]';
const versionOf = (text: string, uri?: string) => service.getDocumentInfo(documentOf(text, uri));

test('a 2.1-only action or frame makes the file 2.1; a file 2.0.1 also fits stays 2.0.1', () => {
  assert.deepEqual(versionOf('[2, "a1", "NotifyAllowedEnergyTransfer", {}]').version, '2.1');
  assert.match(versionOf('[2, "a1", "NotifyAllowedEnergyTransfer", {}]').versionSource, /^detected: NotifyAllowedEnergyTransfer$/);
  assert.equal(versionOf(`[${send}]`).version, '2.1');
  assert.equal(versionOf('[2, "t1", "TransactionEvent", {}]').version, '2.0.1');
});

test('a SEND and a CALLRESULTERROR are valid 2.1 frames, checked like a CALL and a CALLERROR', () => {
  const text = `[${send}, [2, "c1", "Heartbeat", {}], [3, "c1", {"currentTime": "2025-01-01T10:00:00Z"}], [5, "c1", "FormatViolation", "", {}]]`;
  assert.deepEqual(diagnose(text).map((d) => `${d.code} ${d.covers}`), []);
  const broken = diagnose('[[6, "s1", "NotifyPeriodicEventStream", {"id": -1, "pending": 0, "basetime": "2025-01-01T10:00:00Z", "data": []}]]');
  assert.deepEqual(broken.map((d) => `${d.code} ${d.covers}`).sort(), ['array-too-short []', 'value-too-small -1']);
});

test('in 2.1, an IdToken type is a string with known values: others are accepted, the known ones completed and explained', () => {
  const authorize = (type: string) => `[2, "a1", "Authorize", {"idToken": {"idToken": "ABC", "type": ${type}}}], [2, "n1", "NotifyAllowedEnergyTransfer", {"transactionId": "t", "allowedEnergyTransfer": ["DC"]}]`;
  assert.deepEqual(diagnose(`[${authorize('"SomethingNew"')}]`).filter((d) => d.code === 'invalid-enum-value'), []);
  const offered = labels(completeAt(`[${authorize('"|"')}]`).items);
  assert.ok(offered.includes('ISO14443') && offered.includes('DirectPayment') && offered.includes('VIN'), offered.join(', '));
  const hover = hoverAt(`[${authorize('"Direct|Payment"')}]`)!;
  assert.match(hover, /IdTokenEnumStringType value/);
});

test('hover says what 2.1 added', () => {
  const text = '[[2, "n1", "NotifyAllowedEnergyTransfer", {"transactionId": "t", "allowedEnergyTransfer": ["DC"]}], [2, "t1", "TransactionEvent", {"eventType": "Started", "timestamp": "2025-01-01T10:00:00Z", "triggerReason": "Authorized", "seqNo": 0, "transactionInfo": {"transactionId": "t"}, "preconditioning|Status": "Ready"}]]';
  assert.match(hoverAt(text)!, /New in OCPP 2\.1/);
  const old = '[[2, "n1", "NotifyAllowedEnergyTransfer", {"transactionId": "t", "allowedEnergyTransfer": ["DC"]}], [2, "t1", "TransactionEvent", {"event|Type": "Started"}]]';
  assert.doesNotMatch(hoverAt(old)!, /New in OCPP/);
});

test('in 1.6 and 2.0.1 files, 5 and 6 stay errors that name OCPP 2.1', () => {
  const [d] = diagnose('[[2, "t1", "TransactionEvent", {}], [5, "t1", "GenericError", "", {}]]').filter((x) => x.code === 'message-type-id');
  assert.match(d.message, /5 \(CALLRESULTERROR\) exists only in OCPP 2\.1/);
});
