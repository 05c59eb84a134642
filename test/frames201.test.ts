/** OCPP-J 2.0.1 frames (OCPP-J 2.0.1 §4): its CALLERROR codes and their 1.6 spellings, description length, ids, types. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';
import { diagnose, documentOf, fixesFor } from './support/service';

// A TransactionEvent makes the file 2.0.1 under auto; its answer is a CALLERROR with the code under test.
const withError = (code: string, description = 'no') =>
  `[[2, "t1", "TransactionEvent", {}], [4, "t1", "${code}", "${description}", {}]]`;

test("2.0.1's own error codes are accepted, including the two 1.6 lacks", () => {
  for (const code of ['FormatViolation', 'OccurrenceConstraintViolation', 'MessageTypeNotSupported', 'RpcFrameworkError', 'GenericError']) {
    assert.deepEqual(diagnose(withError(code)).filter((d) => d.code === 'call-error-code'), [], code);
  }
});

test('a 1.6 spelling is explained, and the 2.0.1 spelling is its quick fix', () => {
  const [d] = diagnose(withError('FormationViolation')).filter((x) => x.code === 'call-error-code');
  assert.equal(d.covers, '"FormationViolation"');
  assert.equal(d.message, '"FormationViolation" is the OCPP 1.6 spelling; OCPP-J 2.0.1 calls this error "FormatViolation".');
  assert.match(fixesFor(withError('OccurenceConstraintViolation'), 'call-error-code')[0].result, /"OccurrenceConstraintViolation"/);
});

test('an errorDescription longer than 255 characters is flagged in 2.0.1 only', () => {
  const long = 'x'.repeat(256);
  const [d] = diagnose(withError('GenericError', long)).filter((x) => x.code === 'call-error-description-length');
  assert.equal(d.covers, `"${long}"`);
  assert.match(d.message, /256 characters long; OCPP-J 2\.0\.1 allows at most 255/);
  assert.deepEqual(diagnose(withError('GenericError', 'x'.repeat(255))).filter((x) => x.code === 'call-error-description-length'), []);
  // OCPP-J 1.6 sets no limit.
  const in16 = `[[2, "s1", "StartTransaction", {"connectorId": 1, "idTag": "T", "meterStart": 0, "timestamp": "2024-05-01T10:00:00Z"}], [4, "s1", "GenericError", "${long}", {}]]`;
  assert.deepEqual(diagnose(in16).filter((x) => x.code === 'call-error-description-length'), []);
});

test('MessageTypeIds 5 and 6 are OCPP 2.1 frames, and a messageId has at most 36 characters', () => {
  // Under auto a SEND would make the file 2.1: the version is set, as a .ocpprc.json would.
  const as201 = getLanguageService({ catalogs, version: '2.0.1', versionSource: '.ocpprc.json' });
  const [send] = as201.doValidation(documentOf('[[2, "t1", "TransactionEvent", {}], [6, "n1", "NotifyEvent", {}]]'))
    .filter((x) => x.code === 'message-type-id')
    .map((d) => ({ covers: d.range.start.character === 37 ? '6' : `at ${d.range.start.character}`, message: String(d.message) }));
  assert.equal(send.covers, '6');
  assert.match(send.message, /6 \(SEND\) exists only in OCPP 2\.1\. An OCPP 2\.0\.1 frame starts with 2 \(CALL\), 3 \(CALLRESULT\), 4 \(CALLERROR\)/);
  const [id] = diagnose(`[2, "${'a'.repeat(37)}", "TransactionEvent", {}]`).filter((x) => x.code === 'unique-id-length');
  assert.match(id.message, /37 characters long; OCPP-J allows at most 36/);
});
