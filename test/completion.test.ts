import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { accept, completeAt, labels, service, splitCursor, statusCall } from './support/service';

const allStatuses = ['Available', 'Preparing', 'Charging', 'SuspendedEVSE', 'SuspendedEV', 'Finishing', 'Reserved', 'Unavailable', 'Faulted'];

describe('status values', () => {
  test('inside an existing string: the nine values, replacing the whole literal', () => {
    const { items, document } = completeAt(statusCall('{"connectorId": 3, "errorCode": "NoError", "status": "Ch|arg"}'));
    assert.deepEqual(labels(items), allStatuses);
    const charging = items.find((i) => i.label === 'Charging')!;
    assert.equal(accept(document, charging), statusCall('{"connectorId": 3, "errorCode": "NoError", "status": "Charging"}'));
    // The range starts at the quote, so the client filters on the quoted text.
    assert.equal(charging.filterText, '"Charging"');
  });

  test('each value comes with its description', () => {
    const { items } = completeAt(statusCall('{"connectorId": 3, "errorCode": "NoError", "status": "|"}'));
    for (const item of items) {
      const doc = item.documentation as { value: string };
      assert.ok(doc.value.length > 40, `${item.label} has a description`);
    }
    const faulted = items.find((i) => i.label === 'Faulted')!.documentation as { value: string };
    assert.match(faulted.value, /Inoperative/);
  });

  test('at connector 0 only the three values the main controller may report', () => {
    const { items } = completeAt(statusCall('{"connectorId": 0, "errorCode": "NoError", "status": "|"}'));
    assert.deepEqual(labels(items), ['Available', 'Unavailable', 'Faulted']);
  });

  test('after "status": with nothing typed yet, the value is inserted with quotes', () => {
    const { items, document } = completeAt(statusCall('{"connectorId": 0, "errorCode": "NoError", "status": |}'));
    assert.deepEqual(labels(items), ['Available', 'Unavailable', 'Faulted']);
    assert.equal(accept(document, items[1]), statusCall('{"connectorId": 0, "errorCode": "NoError", "status": "Unavailable"}'));
  });

  test('a wrong value is replaced whole, not appended to', () => {
    const { items, document } = completeAt(statusCall('{"connectorId": 0, "errorCode": "NoError", "status": "Charg|ing"}'));
    assert.equal(accept(document, items[0]), statusCall('{"connectorId": 0, "errorCode": "NoError", "status": "Available"}'));
  });

  test('works in a bare payload and inside a conversation', () => {
    const bare = completeAt('{"connectorId": 0, "errorCode": "NoError", "status": "|"}', undefined, 'file:///w/StatusNotification.json');
    assert.deepEqual(labels(bare.items), ['Available', 'Unavailable', 'Faulted']);
    const conversation = completeAt(`[[3, "x", {}], ${statusCall('{"connectorId": 2, "errorCode": "NoError", "status": "|"}')}]`);
    assert.deepEqual(labels(conversation.items), allStatuses);
  });
});

test('errorCode offers the sixteen values', () => {
  const { items } = completeAt(statusCall('{"connectorId": 1, "errorCode": "|", "status": "Available"}'));
  assert.equal(items.length, 16);
  assert.ok(labels(items).includes('EVCommunicationError'));
  assert.ok(labels(items).includes('NoError'));
});

test('a timestamp completes to the current UTC time', () => {
  const { items } = completeAt(statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Available", "timestamp": |}'));
  assert.equal(items.length, 1);
  assert.match(items[0].label, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  assert.ok(Math.abs(Date.parse(items[0].label) - Date.now()) < 60_000);
});

describe('keys', () => {
  test('the fields not yet present, required first', () => {
    const { items } = completeAt(statusCall('{"connectorId": 1, |}'));
    assert.deepEqual(labels(items), ['errorCode', 'status', 'info', 'timestamp', 'vendorId', 'vendorErrorCode']);
  });

  test('inserted with a value placeholder as a snippet', () => {
    const { items, document } = completeAt(statusCall('{|}'));
    const connector = items.find((i) => i.label === 'connectorId')!;
    assert.equal(connector.insertTextFormat, InsertTextFormat.Snippet);
    assert.equal(accept(document, connector), statusCall('{"connectorId": ${1:1}}'));
  });

  test('at connector 0 the status placeholder offers only the allowed values', () => {
    const { items, document } = completeAt(statusCall('{"connectorId": 0, |}'));
    const status = items.find((i) => i.label === 'status')!;
    assert.equal(accept(document, status), statusCall('{"connectorId": 0, "status": "${1|Available,Unavailable,Faulted|}"}'));
  });

  test('without snippet support the value is a plain literal', () => {
    const { items, document } = completeAt(statusCall('{"connectorId": 0, |}'), { textDocument: { completion: { completionItem: { snippetSupport: false } } } });
    const status = items.find((i) => i.label === 'status')!;
    assert.equal(status.insertTextFormat, InsertTextFormat.PlainText);
    assert.equal(accept(document, status), statusCall('{"connectorId": 0, "status": "Available"}'));
  });

  test('inside a half-typed key the key is replaced and the existing colon kept', () => {
    const { items, document } = completeAt(statusCall('{"connectorId": 1, "sta|": "Available"}'));
    const status = items.find((i) => i.label === 'status')!;
    assert.equal(accept(document, status), statusCall('{"connectorId": 1, "status": "Available"}'));
    assert.ok(!labels(items).includes('connectorId'));
  });

  test('a comma is added when another property follows', () => {
    const { items, document } = completeAt(statusCall('{| "connectorId": 1}'));
    const status = items.find((i) => i.label === 'status')!;
    assert.match(accept(document, status), /"status": "\$\{1\|Available,.*\|\}", "connectorId": 1/);
  });

  test('keys at any depth, and a CALLRESULT\'s keys come from the response its CALL expects', () => {
    assert.deepEqual(labels(completeAt('[2, "b", "BootNotification", {|}]').items).slice(0, 2), ['chargePointVendor', 'chargePointModel']);
    const nested = completeAt('[2, "m", "MeterValues", {"connectorId": 1, "meterValue": [{"timestamp": "2024-05-01T10:00:00Z", "sampledValue": [{|}]}]}]');
    assert.equal(labels(nested.items)[0], 'value');
    assert.ok(labels(nested.items).includes('measurand'));
    const result = completeAt('[[2, "b", "BootNotification", {"chargePointModel": "M", "chargePointVendor": "V"}], [3, "b", {|}]]');
    assert.deepEqual(labels(result.items), ['status', 'currentTime', 'interval']);
  });

  test('enumeration values and booleans everywhere', () => {
    const measurand = completeAt('[2, "m", "MeterValues", {"connectorId": 1, "meterValue": [{"timestamp": "2024-05-01T10:00:00Z", "sampledValue": [{"value": "1", "measurand": "|"}]}]}]');
    assert.ok(labels(measurand.items).includes('Energy.Active.Import.Register'));
    const booleans = completeAt('[3, "x", {"status": "Accepted", "x": |}]');
    assert.deepEqual(booleans.items, [], 'no booleans where the catalog has no field');
  });
});

describe('frame positions', () => {
  test('the action position offers the 1.6 action names', () => {
    const { items, document } = completeAt('[2, "a1", "Stat|", {}]');
    assert.ok(items.length >= 39);
    for (const name of ['StatusNotification', 'BootNotification', 'SignCertificate', 'DataTransfer']) assert.ok(labels(items).includes(name), name);
    const status = items.find((i) => i.label === 'StatusNotification')!;
    assert.match(status.detail!, /Charge Point → Central System/);
    assert.equal(accept(document, status), '[2, "a1", "StatusNotification", {}]');
  });

  test('an empty action position also completes', () => {
    const { items } = completeAt('[2, "a1", |]');
    assert.ok(labels(items).includes('Heartbeat'));
  });

  test('the MessageTypeId position offers 2, 3 and 4 (and, after them, the frame snippets: `[` may open a conversation)', () => {
    const { items } = completeAt('[|]');
    assert.deepEqual(labels(items.filter((i) => i.kind !== CompletionItemKind.Snippet)), ['2', '3', '4']);
    assert.deepEqual(labels(items).slice(0, 3), ['2', '3', '4']);
  });

  test('the CALLERROR code position offers the 1.6 codes', () => {
    const { items } = completeAt('[4, "a1", "|", "", {}]');
    assert.ok(labels(items).includes('FormationViolation'));
    assert.ok(labels(items).includes('OccurenceConstraintViolation'));
    assert.ok(!labels(items).includes('FormatViolation'));
  });

  test('a CALL\'s uniqueId completes to a fresh UUID, replacing the old id', () => {
    const { items, document } = completeAt('[2, "a|1", "Heartbeat", {}]');
    assert.equal(items.length, 1);
    assert.match(items[0].label, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(accept(document, items[0]), `[2, "${items[0].label}", "Heartbeat", {}]`);
    const again = completeAt('[2, "|", "Heartbeat", {}]').items;
    assert.equal(again.length, 1);
    assert.notEqual(again[0].label, items[0].label, 'each completion is a fresh id');
  });

  test('nothing is offered inside a CALLRESULT\'s id (it must repeat its CALL\'s) or after a closed string', () => {
    assert.deepEqual(completeAt('[3, "a|1", {}]').items, []);
    assert.deepEqual(completeAt(statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Available"|}')).items, []);
  });
});

describe('frame snippets (test/snippets.test.ts has them per version)', () => {
  const json = (textWithCursor: string) => {
    const { text, offset } = splitCursor(textWithCursor);
    const document = TextDocument.create('file:///w/ocpp/x.json', 'json', 1, text);
    return service.doComplete(document, document.positionAt(offset)).items;
  };

  test('an empty plain JSON file offers the StatusNotification snippets', () => {
    const items = json('|');
    assert.ok(labels(items).includes('ocpp-StatusNotification'));
    assert.ok(labels(items).includes('ocpp-StatusNotification-connector0'));
    assert.ok(items.every((i) => i.insertTextFormat === InsertTextFormat.Snippet));
  });

  test('between the frames of a conversation too, on a line of their own', () => {
    assert.ok(labels(json('[[3, "a", {}],\n|]')).includes('ocpp-callerror'));
  });

  test('not inside a frame; in ocpp documents as in plain JSON ones', () => {
    assert.ok(!labels(json('[2, "a", |]')).includes('ocpp-StatusNotification'));
    assert.ok(labels(completeAt('|').items).includes('ocpp-StatusNotification'));
  });
});
