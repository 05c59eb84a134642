/**
 * OCPP 2.1 files: the version chosen from 2.1-only content (a 2.0.1 file stays 2.0.1), the two frame types OCPP-J
 * 2.1 adds (SEND and CALLRESULTERROR) accepted there and only there, and what 2.1 changed in the payloads.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';
import { completeAt, diagnose, documentOf, hoverAt, labels, service } from './support/service';
import { send } from './support/frames21';

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

test('hover says so on an action 2.1 added and on an appendix value 2.0.1\'s enumeration lacked, and not on what 2.0.1 had', () => {
  const action = '[[2, "n1", "NotifyAllowed|EnergyTransfer", {"transactionId": "t", "allowedEnergyTransfer": ["DC"]}]]';
  assert.match(hoverAt(action)!, /New in OCPP 2\.1/);
  const kept = '[[2, "n1", "NotifyAllowedEnergyTransfer", {"transactionId": "t", "allowedEnergyTransfer": ["DC"]}], [2, "h1", "Heart|beat", {}]]';
  assert.doesNotMatch(hoverAt(kept)!, /New in OCPP/);
  const token = (type: string) => `[[2, "n1", "NotifyAllowedEnergyTransfer", {"transactionId": "t", "allowedEnergyTransfer": ["DC"]}], [2, "a1", "Authorize", {"idToken": {"idToken": "X", "type": "${type}"}}]]`;
  assert.match(hoverAt(token('V|IN'))!, /New in OCPP 2\.1/);
  assert.doesNotMatch(hoverAt(token('Cen|tral'))!, /New in OCPP/);
});

test('a SEND or CALLRESULTERROR makes a file 2.1 under auto; where 2.0.1 is set, 5 and 6 stay errors that name OCPP 2.1', () => {
  const text = '[[2, "t1", "TransactionEvent", {}], [5, "t1", "GenericError", "", {}]]';
  assert.deepEqual(versionOf(text), { version: '2.1', versionSource: 'detected: CALLRESULTERROR', shape: 'conversation' });
  const as201 = getLanguageService({ catalogs, version: '2.0.1', versionSource: '.ocpprc.json' });
  const [d] = as201.doValidation(documentOf(text)).filter((x) => x.code === 'message-type-id');
  assert.match(String(d.message), /5 \(CALLRESULTERROR\) exists only in OCPP 2\.1/);
});

const heartbeat = '[2, "c1", "Heartbeat", {}], [3, "c1", {"currentTime": "2025-01-01T10:00:00Z"}]';

test('nothing answers a SEND: a CALLRESULT or CALLERROR with its id is an error, and a SEND is never unanswered', () => {
  const answered = diagnose(`[${send}, [3, "s1", {}]]`);
  const [d] = answered.filter((x) => x.code === 'answer-to-send');
  assert.equal(d.covers, '"s1"');
  assert.match(d.message, /id of a SEND, which expects no answer.*FR\.07/);
  assert.deepEqual(answered.filter((x) => x.code === 'unmatched-response' || x.code === 'unanswered-call'), []);
  assert.deepEqual(diagnose(`[${send}, ${heartbeat}]`).map((x) => x.code), []);
});

test('a CALL or SEND reusing an earlier CALL or SEND id of the same sender is flagged (OCPP-J 2.1 §4.1.4)', () => {
  const [d] = diagnose(`[${send}, [2, "s1", "Heartbeat", {}]]`).filter((x) => x.code === 'duplicate-unique-id');
  assert.match(d.message, /An earlier SEND from the Charging Station \(line 1\) already uses the uniqueId "s1".*CALL and SEND.*OCPP-J 2\.1 §4\.1\.4.*Give this CALL an id of its own/);
});

test('the other side may use the same id, and each answer belongs to the CALL before it', () => {
  // The station's Heartbeat and the CSMS's GetVariables both use "7": no duplicate, and each answer is checked
  // against its own CALL's response (the second answer would be a wrong HeartbeatResponse otherwise).
  const text = '[[2, "7", "Heartbeat", {}], [3, "7", {"currentTime": "2025-01-01T10:00:00Z"}], ' +
    '[2, "7", "GetVariables", {"getVariableData": [{"component": {"name": "OCPPCommCtrlr"}, "variable": {"name": "HeartbeatInterval"}}]}], ' +
    '[3, "7", {"getVariableResult": [{"attributeStatus": "Accepted", "attributeValue": "60", "component": {"name": "OCPPCommCtrlr"}, "variable": {"name": "HeartbeatInterval"}}]}], ' +
    `${send}]`;
  assert.deepEqual(diagnose(text).map((d) => `${d.code} ${d.covers}`), []);
  // The station reusing its own id is flagged, on the second CALL's id.
  const again = `[[2, "7", "Heartbeat", {}], [3, "7", {"currentTime": "2025-01-01T10:00:00Z"}], [2, "7", "Authorize", {"idToken": {"idToken": "", "type": "NoAuthorization"}}], ${send}]`;
  const found = diagnose(again).filter((d) => d.code === 'duplicate-unique-id');
  assert.equal(found.length, 1);
  assert.equal(again.indexOf('"7"', again.indexOf('Authorize') - 8), again.lastIndexOf('[2, "7"') + 4);
});

test('a retry of an unanswered CALL may keep its id; a different message with that id may not', () => {
  const boot = '[2, "b1", "BootNotification", {"reason": "PowerUp", "chargingStation": {"model": "M", "vendorName": "V"}}]';
  const answer = '[3, "b1", {"currentTime": "2025-01-01T10:00:00Z", "interval": 60, "status": "Accepted"}]';
  assert.deepEqual(diagnose(`[${boot}, ${boot}, ${answer}, ${send}]`).filter((d) => d.code === 'duplicate-unique-id'), []);
  const changed = boot.replace('PowerUp', 'Watchdog');
  assert.deepEqual(diagnose(`[${boot}, ${changed}, ${answer}, ${send}]`).filter((d) => d.code === 'duplicate-unique-id').map((d) => d.covers), ['"b1"']);
  // Once answered, the same message again is a new CALL and needs a new id.
  assert.deepEqual(diagnose(`[${boot}, ${answer}, ${boot}, ${send}]`).filter((d) => d.code === 'duplicate-unique-id').map((d) => d.covers), ['"b1"']);
});

test('a CALLRESULTERROR names an earlier CALLRESULT: go to definition jumps there, an id that matches none is flagged', () => {
  const text = `[${heartbeat}, [5, "c1", "FormatViolation", "", {}], [5, "zz", "FormatViolation", "", {}]]`;
  const [d] = diagnose(text).filter((x) => x.code === 'unmatched-response');
  assert.equal(d.covers, '"zz"');
  assert.match(d.message, /No earlier CALLRESULT in this file has the uniqueId "zz"/);
  const document = documentOf(text);
  const at = text.indexOf('[5, "c1"') + 5;
  const links = service.findDefinition(document, document.positionAt(at)) as { targetSelectionRange: { start: { character: number } } }[];
  assert.equal(links.length, 1);
  assert.equal(links[0].targetSelectionRange.start.character, text.indexOf('[3, "c1"') + 4);
});

test('NotifyPeriodicEventStream goes as a SEND only (N15.FR.01), an action with a response as a CALL', () => {
  const asCall = diagnose(`[${send.replace('[6,', '[2,')}]`);
  const [d] = asCall.filter((x) => x.code === 'send-only-action');
  assert.equal(d.covers, '2');
  assert.match(d.message, /NotifyPeriodicEventStream has no response in OCPP 2\.1: it is sent as a SEND.*N15\.FR\.01/);
  const [w] = diagnose(`[${send}, [6, "h2", "Heartbeat", {}]]`).filter((x) => x.code === 'call-only-action');
  assert.equal(w.covers, '6');
  assert.match(w.message, /Heartbeat has a response \(HeartbeatResponse\), so it is sent as a CALL/);
});

test('completing a frame\'s action offers the actions that kind of frame carries: only NotifyPeriodicEventStream in a SEND, every other in a CALL', () => {
  const clue = '[2, "n1", "NotifyAllowedEnergyTransfer", {"transactionId": "t", "allowedEnergyTransfer": ["DC"]}]';
  const inSend = labels(completeAt(`[${clue}, [6, "s2", "|", {}]]`).items);
  assert.deepEqual(inSend, ['NotifyPeriodicEventStream']);
  const inCall = labels(completeAt(`[${clue}, [2, "c2", "|", {}]]`).items);
  assert.ok(inCall.includes('Heartbeat') && inCall.includes('NotifyAllowedEnergyTransfer') && !inCall.includes('NotifyPeriodicEventStream'), inCall.join(', '));
  // In 2.0.1, where there is no SEND, every action goes as a CALL.
  assert.ok(labels(completeAt('[[2, "t1", "TransactionEvent", {}], [2, "c2", "|", {}]]').items).includes('Heartbeat'));
  // A SEND's id is completed with a fresh one, like a CALL's.
  assert.equal(completeAt(`[${clue}, [6, "|", "NotifyPeriodicEventStream", {}]]`).items.length, 1);
});

test('hover on an enumeration value inside an array field explains the value', () => {
  const text = '[[2, "n1", "NotifyAllowedEnergyTransfer", {"transactionId": "t", "allowedEnergyTransfer": ["AC_single_phase", "DC_B|PT"]}]]';
  const hover = hoverAt(text)!;
  assert.match(hover, /DC_BPT/);
  assert.match(hover, /EnergyTransferModeEnumType/);
});
