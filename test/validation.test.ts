import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';
import { diagnose, documentOf, service, statusCall } from './support/service';

const codesAndTokens = (text: string, uri?: string) => diagnose(text, uri).map((d) => [d.code, d.covers]);

describe('StatusNotification status', () => {
  test('a valid notification has no diagnostics', () => {
    assert.deepEqual(diagnose(statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Charging"}')), []);
  });

  test('a misspelt status is an error on the whole literal naming the closest value', () => {
    const [d, ...rest] = diagnose(statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Avaliable"}'));
    assert.equal(rest.length, 0);
    assert.equal(d.code, 'invalid-enum-value');
    assert.equal(d.covers, '"Avaliable"');
    assert.match(d.message, /Did you mean "Available"\?/);
    assert.deepEqual((d.diagnostic.data as { replacements: string[] }).replacements, ['Available']);
    assert.equal(d.diagnostic.severity, 1);
    assert.equal(d.diagnostic.source, 'ocpp');
  });

  test('case matters: "available" is wrong and the message says so', () => {
    const [d] = diagnose(statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "available"}'));
    assert.equal(d.code, 'invalid-enum-value');
    assert.match(d.message, /case-sensitive: write "Available"/);
  });

  test('a status far from every value names no closest value but lists the valid ones', () => {
    const [d] = diagnose(statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Bananas"}'));
    assert.doesNotMatch(d.message, /Did you mean/);
    assert.match(d.message, /Available, Preparing, Charging, SuspendedEVSE, SuspendedEV, Finishing, Reserved, Unavailable, Faulted/);
    assert.deepEqual((d.diagnostic.data as { replacements: string[] }).replacements, []);
  });

  for (const status of ['Available', 'Unavailable', 'Faulted']) {
    test(`connector 0 may report ${status}`, () => {
      // Faulted carries a real error code: with NoError it draws faulted-without-error (OCPP 1.6 §4.9).
      const errorCode = status === 'Faulted' ? 'GroundFailure' : 'NoError';
      assert.deepEqual(diagnose(statusCall(`{"connectorId": 0, "errorCode": "${errorCode}", "status": "${status}"}`)), []);
    });
  }

  for (const status of ['Preparing', 'Charging', 'SuspendedEVSE', 'SuspendedEV', 'Finishing', 'Reserved']) {
    test(`connector 0 reporting ${status} is an error naming the three allowed values`, () => {
      const [d, ...rest] = diagnose(statusCall(`{"connectorId": 0, "errorCode": "NoError", "status": "${status}"}`));
      assert.equal(rest.length, 0);
      assert.equal(d.code, 'connector-zero-status');
      assert.equal(d.covers, `"${status}"`);
      assert.match(d.message, /main controller/);
      assert.match(d.message, /Available, Unavailable or Faulted/);
      assert.deepEqual((d.diagnostic.data as { replacements: string[] }).replacements, ['Available', 'Unavailable', 'Faulted']);
    });
  }

  test('missing status is reported on the payload brace', () => {
    assert.deepEqual(codesAndTokens(statusCall('{"connectorId": 1, "errorCode": "NoError"}')), [['missing-field', '{']]);
  });
});

describe('StatusNotification other fields', () => {
  test('connectorId missing, as a string, a decimal or negative', () => {
    assert.deepEqual(codesAndTokens(statusCall('{"errorCode": "NoError", "status": "Available"}')), [['missing-field', '{']]);
    const quoted = diagnose(statusCall('{"connectorId": "1", "errorCode": "NoError", "status": "Available"}'));
    assert.deepEqual(quoted.map((d) => [d.code, d.covers]), [['type-mismatch', '"1"']]);
    assert.match(quoted[0].message, /must be an integer, but this is a string\. Remove the quotes\./);
    assert.deepEqual(codesAndTokens(statusCall('{"connectorId": 1.5, "errorCode": "NoError", "status": "Available"}')), [['type-mismatch', '1.5']]);
    const negative = diagnose(statusCall('{"connectorId": -1, "errorCode": "NoError", "status": "Available"}'));
    assert.deepEqual(negative.map((d) => [d.code, d.covers]), [['value-too-small', '-1']]);
    assert.match(negative[0].message, /0 or more/);
  });

  test('errorCode missing or not one of the sixteen values', () => {
    assert.deepEqual(codesAndTokens(statusCall('{"connectorId": 1, "status": "Available"}')), [['missing-field', '{']]);
    const [d] = diagnose(statusCall('{"connectorId": 1, "errorCode": "NoEror", "status": "Available"}'));
    assert.deepEqual([d.code, d.covers], ['invalid-enum-value', '"NoEror"']);
    assert.match(d.message, /ChargePointErrorCode/);
    assert.match(d.message, /Did you mean "NoError"/);
  });

  test('a field StatusNotification does not have is reported on its key, with the closest name', () => {
    const [d] = diagnose(statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Available", "vendorID": "x"}'));
    assert.deepEqual([d.code, d.covers], ['unknown-field', '"vendorID"']);
    assert.match(d.message, /Did you mean "vendorId"/);
  });

  test('the same field twice is reported on the second key', () => {
    const text = statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Available", "status": "Charging"}');
    const [d] = diagnose(text);
    assert.equal(d.code, 'duplicate-field');
    assert.equal(d.diagnostic.range.start.character, text.lastIndexOf('"status"'));
  });

  for (const [field, limit] of [['info', 50], ['vendorErrorCode', 50], ['vendorId', 255]] as const) {
    test(`${field} may hold ${limit} characters and not ${limit + 1}`, () => {
      const payload = (n: number) => statusCall(`{"connectorId": 1, "errorCode": "OtherError", "status": "Faulted", "${field}": "${'x'.repeat(n)}"}`);
      assert.deepEqual(diagnose(payload(limit)), []);
      const [d] = diagnose(payload(limit + 1));
      assert.deepEqual([d.code, d.covers], ['string-too-long', `"${'x'.repeat(limit + 1)}"`]);
      assert.match(d.message, new RegExp(`at most ${limit}`));
    });
  }

  const timestamps: [string, boolean][] = [
    ['2024-02-29T10:00:00Z', true],
    ['2024-05-01T12:30:45.123+02:00', true],
    ['2016-12-31T23:59:60Z', true],
    ['2024-02-30T10:00:00Z', false],
    ['2023-02-29T10:00:00Z', false],
    ['2024-13-01T10:00:00Z', false],
    ['2024-04-31T10:00:00Z', false],
    ['2024-05-01T24:00:00Z', false],
    ['2024-05-01 10:00:00Z', false],
    ['2024-05-01T10:00:00', false],
    ['yesterday', false],
  ];
  for (const [timestamp, valid] of timestamps) {
    test(`timestamp ${timestamp} is ${valid ? 'valid' : 'invalid'}`, () => {
      const found = codesAndTokens(statusCall(`{"connectorId": 1, "errorCode": "NoError", "status": "Available", "timestamp": "${timestamp}"}`));
      assert.deepEqual(found, valid ? [] : [['invalid-datetime', `"${timestamp}"`]]);
    });
  }

  test('an impossible calendar date says why', () => {
    const [d] = diagnose(statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Available", "timestamp": "2024-02-30T10:00:00Z"}'));
    assert.match(d.message, /February 2024 has 29 days/);
  });
});

describe('frames', () => {
  test('a CALL with too few elements is reported on its closing bracket', () => {
    const [d] = diagnose('[2, "a1", "StatusNotification"]');
    assert.deepEqual([d.code, d.covers], ['frame-length', ']']);
    assert.match(d.message, /A CALL has 4 elements/);
  });

  test('extra elements are reported together', () => {
    assert.deepEqual(codesAndTokens('[3, "a1", {}, 1, 2]'), [['frame-length', '1, 2']]);
  });

  test('MessageTypeId must be 2, 3 or 4, as a number', () => {
    assert.deepEqual(codesAndTokens('[1, "a1", {}]'), [['message-type-id', '1']]);
    assert.deepEqual(codesAndTokens('["2", "a1", "Heartbeat", {}]'), [['message-type-id', '"2"']]);
    // A SEND makes a file 2.1 under auto; in a file set to 1.6 it stays an error that names 2.1.
    const as16 = getLanguageService({ catalogs, version: '1.6', versionSource: '.ocpprc.json' });
    const text = '[[2, "b1", "BootNotification", {"chargePointVendor": "V", "chargePointModel": "M"}], [6, "a1", "Heartbeat", {}]]';
    const [send] = as16.doValidation(documentOf(text)).filter((d) => d.code === 'message-type-id');
    assert.equal(send.range.start.character, text.indexOf('[6') + 1);
    assert.match(String(send.message), /6 \(SEND\) exists only in OCPP 2\.1/);
  });

  test('uniqueId must be a string of at most 36 characters', () => {
    assert.deepEqual(codesAndTokens('[2, 17, "Heartbeat", {}]'), [['unique-id-type', '17']]);
    assert.deepEqual(codesAndTokens(`[2, "${'a'.repeat(36)}", "Heartbeat", {}]`), []);
    assert.deepEqual(codesAndTokens(`[2, "${'a'.repeat(37)}", "Heartbeat", {}]`), [['unique-id-length', `"${'a'.repeat(37)}"`]]);
  });

  test('an unknown action names the closest 1.6 action', () => {
    const [d] = diagnose('[2, "a1", "StatusNotifcation", {}]');
    assert.deepEqual([d.code, d.covers], ['unknown-action', '"StatusNotifcation"']);
    assert.match(d.message, /Did you mean "StatusNotification"/);
    const [lower] = diagnose('[2, "a1", "heartbeat", {}]');
    assert.match(lower.message, /Did you mean "Heartbeat"/);
    assert.deepEqual(codesAndTokens('[2, "a1", 5, {}]'), [['action-type', '5']]);
  });

  test('a payload that is not an object', () => {
    assert.deepEqual(codesAndTokens('[2, "a1", "Heartbeat", []]'), [['payload-type', '[]']]);
    assert.deepEqual(codesAndTokens('[3, "a1", "ok"]'), [['payload-type', '"ok"']]);
  });

  test('every action\'s payload is checked, at every depth', () => {
    assert.deepEqual(codesAndTokens('[2, "b1", "BootNotification", {"chargePointVendor": 1, "anything": true}]'), [
      ['missing-field', '{'],
      ['type-mismatch', '1'],
      ['unknown-field', '"anything"'],
    ]);
    const meter = '[2, "m1", "MeterValues", {"connectorId": 1, "meterValue": [{"timestamp": "2024-05-01T10:00:00Z", "sampledValue": [{"value": "12.5", "unit": "kwh"}]}]}]';
    const [d] = diagnose(meter);
    assert.deepEqual([d.code, d.covers], ['invalid-enum-value', '"kwh"']);
    assert.match(d.message, /UnitOfMeasure/);
    assert.match(d.message, /write "kWh"/);
  });

  test('the security whitepaper\'s actions are checked too', () => {
    assert.deepEqual(codesAndTokens('[2, "s1", "SignCertificate", {}]'), [['missing-field', '{']]);
    assert.deepEqual(diagnose('[2, "s1", "SignCertificate", {"csr": "-----BEGIN CERTIFICATE REQUEST-----"}]'), []);
  });

  test('a charging limit goes in steps of 0.1, and a diagnostics location is an absolute URI', () => {
    const profile = (limit: string) => `[2, "p1", "SetChargingProfile", {"connectorId": 1, "csChargingProfiles": {"chargingProfileId": 1, "stackLevel": 0, "chargingProfilePurpose": "TxDefaultProfile", "chargingProfileKind": "Absolute", "chargingSchedule": {"chargingRateUnit": "A", "chargingSchedulePeriod": [{"startPeriod": 0, "limit": ${limit}}]}}}]`;
    assert.deepEqual(diagnose(profile('16.3')), []);
    assert.deepEqual(codesAndTokens(profile('16.25')), [['decimal-precision', '16.25']]);
    for (const limit of ['0.3', '230.1', '8.1', '1.6e1', '16.30', '0']) assert.deepEqual(diagnose(profile(limit)), [], limit);
    for (const limit of ['12.50000001', '1e-11', '0.1000000001', '7.05']) {
      assert.deepEqual(codesAndTokens(profile(limit)), [['decimal-precision', limit]], limit);
    }
    assert.deepEqual(codesAndTokens('[2, "d1", "GetDiagnostics", {"location": "not a uri"}]'), [['invalid-uri', '"not a uri"']]);
    assert.deepEqual(codesAndTokens('[2, "d1", "GetDiagnostics", {"location": "ftp://host/\\u0000"}]'), [['invalid-uri', '"ftp://host/\\u0000"']]);
    assert.deepEqual(diagnose('[2, "d1", "GetDiagnostics", {"location": "ftp://diag.example.com/upload"}]'), []);
  });

  test('a conversation checks every frame and flags items that are not frames', () => {
    const text = `[
      ${statusCall('{"connectorId": 0, "errorCode": "NoError", "status": "Charging"}')},
      [3, "a1", {}],
      {"not": "a frame"},
      ${statusCall('{"connectorId": 2, "errorCode": "NoError", "status": "Avaliable"}')}
    ]`;
    assert.deepEqual(codesAndTokens(text), [
      ['connector-zero-status', '"Charging"'],
      ['frame-not-array', '{"not": "a frame"}'],
      // statusCall always uses the id "a1", so the second CALL reuses it.
      ['duplicate-unique-id', '"a1"'],
      ['invalid-enum-value', '"Avaliable"'],
    ]);
  });

  test('an answer whose id matches no earlier CALL is a warning, and its payload is not guessed', () => {
    const text = '[[3, "zz", {"anything": 1}], [2, "b1", "Heartbeat", {}], [4, "b2", "GenericError", "", {}]]';
    const found = diagnose(text);
    assert.deepEqual(found.map((d) => [d.code, d.covers]), [['unmatched-response', '"zz"'], ['unmatched-response', '"b2"']]);
    assert.equal(found[0].diagnostic.severity, 2);
    assert.match(found[0].message, /its payload is not checked/);
  });

  test('an answer that comes before its CALL does not count as answering it', () => {
    const text = `[[3, "a1", {}], ${statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Available"}')}]`;
    assert.deepEqual(codesAndTokens(text), [['unmatched-response', '"a1"']]);
  });

  test('a CALL reusing an earlier CALL\'s id is a warning on the second id', () => {
    const found = diagnose('[[2, "x", "Heartbeat", {}], [3, "x", {"currentTime": "2024-05-01T10:00:00Z"}], [2, "x", "Heartbeat", {}]]');
    assert.deepEqual(found.map((d) => [d.code, d.diagnostic.severity, d.diagnostic.range.start.character]), [['duplicate-unique-id', 2, 83]]);
  });

  test('a file holding one CALLRESULT is read as the response its file name announces', () => {
    assert.deepEqual(codesAndTokens('[3, "a1", {"x": 1}]', 'file:///work/StatusNotification.conf.json'), [['unknown-field', '"x"']]);
    assert.deepEqual(diagnose('[3, "a1", {"x": 1}]', 'file:///work/answer.json'), []);
  });

  test('a CALLRESULT is checked against the response of the CALL with its id', () => {
    const text = `[${statusCall('{"connectorId": 1, "errorCode": "NoError", "status": "Available"}')}, [3, "a1", {"status": "Accepted"}]]`;
    const [d] = diagnose(text);
    assert.deepEqual([d.code, d.covers], ['unknown-field', '"status"']);
    assert.match(d.message, /StatusNotification\.conf has no field/);
  });

  test('CALLERROR codes are the 1.6 spellings', () => {
    assert.deepEqual(diagnose('[4, "a1", "FormationViolation", "", {}]'), []);
    const [d] = diagnose('[4, "a1", "FormatViolation", "", {}]');
    assert.deepEqual([d.code, d.covers], ['call-error-code', '"FormatViolation"']);
    assert.match(d.message, /OCPP 2\.x spelling/);
    assert.deepEqual(codesAndTokens('[4, "a1", "GenericError", 5, []]'), [['call-error-description-type', '5'], ['payload-type', '[]']]);
  });

  test('a document that is neither a frame nor a payload', () => {
    assert.deepEqual(codesAndTokens('"hello"'), [['document-shape', '"hello"']]);
  });
});

describe('JSON syntax', () => {
  test('a syntax error is reported and the rest is still checked', () => {
    const text = statusCall('{"connectorId": 0, "errorCode": "NoError" "status": "Charging"}');
    assert.deepEqual(codesAndTokens(text), [['syntax-error', '"status"'], ['connector-zero-status', '"Charging"']]);
  });

  test('comments and trailing commas are flagged, never a reason to stop', () => {
    const text = '[2, "a1", "StatusNotification", {\n  // connector zero\n  "connectorId": 0, "errorCode": "NoError", "status": "Charging",\n}]';
    assert.deepEqual(codesAndTokens(text), [
      ['comment', '// connector zero'],
      ['connector-zero-status', '"Charging"'],
      ['trailing-comma', ','],
    ]);
  });

  test('an unclosed frame is reported on its opening bracket', () => {
    const [d] = diagnose('[2, "a1", "Heartbeat", {}');
    assert.deepEqual([d.code, d.covers], ['syntax-error', '[']);
  });

  test('an empty document gets one diagnostic', () => {
    assert.deepEqual(diagnose('').map((d) => d.code), ['syntax-error']);
  });
});

describe('bare payloads', () => {
  const bad = '{"connectorId": 0, "errorCode": "NoError", "status": "Charging"}';
  for (const name of ['StatusNotification.json', 'StatusNotification.req.json', 'StatusNotificationRequest.json', 'StatusNotification.ocpp.json']) {
    test(`${name} is read as StatusNotification.req`, () => {
      assert.deepEqual(codesAndTokens(bad, `file:///work/ocpp/${name}`), [['connector-zero-status', '"Charging"']]);
    });
  }

  test('StatusNotification.conf.json is read as the (empty) response', () => {
    assert.deepEqual(codesAndTokens('{"status": "Accepted"}', 'file:///work/StatusNotification.conf.json'), [['unknown-field', '"status"']]);
    assert.deepEqual(diagnose('{}', 'file:///work/StatusNotificationResponse.json'), []);
  });

  test('without a telling file name, the keys decide', () => {
    assert.deepEqual(codesAndTokens(bad, 'file:///work/ocpp/sample-1.json'), [['connector-zero-status', '"Charging"']]);
  });

  test('a payload nobody can place is not checked, and the user is told why', () => {
    const [d] = diagnose('{"foo": 1}', 'file:///work/ocpp/sample.json');
    assert.equal(d.code, 'unknown-payload');
    assert.equal(d.diagnostic.severity, 3);
    assert.match(d.message, /Name the file after its action/);
  });
});

test('every diagnostic carries source, code and data', () => {
  const text = '[[2, "a1", "StatusNotification", {"connectorId": -1, "x": 1, "status": "Avaliable"}], [9], [2, 1, "Nope", 3], "x" // c\n]';
  const found = diagnose(text);
  assert.ok(found.length >= 6);
  for (const { diagnostic, message } of found) {
    assert.equal(diagnostic.source, 'ocpp');
    assert.equal(typeof diagnostic.code, 'string');
    assert.equal(typeof diagnostic.data, 'object');
    assert.ok(message.length > 20, message);
  }
});

describe('edge cases found by fuzzing', () => {
  test('a number too large to represent is named as written', () => {
    const [d] = diagnose(statusCall('{"connectorId": 1e400, "errorCode": "NoError", "status": "Available"}'));
    assert.deepEqual([d.code, d.covers], ['type-mismatch', '1e400']);
    assert.match(d.message, /1e400, a number too large to represent/);
    assert.match(diagnose('[1e400, "a1", "Heartbeat", {}]')[0].message, /^1e400 is not a MessageTypeId/);
  });

  test('lengths count characters, not UTF-16 units', () => {
    assert.deepEqual(diagnose(`[2, "${'😀'.repeat(36)}", "Heartbeat", {}]`), []);
    assert.deepEqual(codesAndTokens(`[2, "${'😀'.repeat(37)}", "Heartbeat", {}]`).map(([code]) => code), ['unique-id-length']);
    assert.deepEqual(diagnose(statusCall(`{"connectorId": 1, "errorCode": "NoError", "status": "Available", "info": "${'é'.repeat(25)}${'😀'.repeat(25)}"}`)), []);
  });

  test('a reused version number with new text of the same length is parsed afresh', () => {
    const uri = 'file:///work/same.ocpp.json';
    assert.deepEqual(service.doValidation(TextDocument.create(uri, 'ocpp', 1, '[2, "a1", "Heartbeat", {}]')), []);
    const [d] = service.doValidation(TextDocument.create(uri, 'ocpp', 1, '[2, "a1", "Heartbeaz", {}]'));
    assert.equal(d?.code, 'unknown-action');
  });
});
