/** The script's answer as an expectation of the live one: kinds, error codes, fields deeply, date-times by validity. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareAnswer, comparePayload, describeDifference } from '../server/src/session/expectations';

const lines = (expected: readonly unknown[], live: readonly unknown[]) => compareAnswer(expected, live).map(describeDifference);

test('an equal answer, or one with more fields than the script names, passes', () => {
  assert.deepEqual(lines([3, '1', { status: 'Accepted' }], [3, 'x', { status: 'Accepted' }]), []);
  assert.deepEqual(lines([3, '1', { idTagInfo: { status: 'Accepted' } }], [3, '1', { idTagInfo: { status: 'Accepted', parentIdTag: 'P' }, extra: 1 }]), []);
  assert.deepEqual(lines([3, '1', {}], [3, '1', { anything: true }]), []);
});

test('a different value names its path, the script\'s value and the live one', () => {
  assert.deepEqual(lines([3, '1', { status: 'Accepted' }], [3, '1', { status: 'Rejected' }]), ['status: expected "Accepted", got "Rejected"']);
  assert.deepEqual(lines([3, '1', { idTagInfo: { status: 'Accepted' } }], [3, '1', { idTagInfo: { status: 'Blocked' } }]),
    ['idTagInfo.status: expected "Accepted", got "Blocked"']);
  assert.deepEqual(lines([3, '1', { interval: 300 }], [3, '1', { interval: '300' }]), ['interval: expected 300, got "300"']);
  assert.deepEqual(lines([3, '1', { interval: 300 }], [3, '1', {}]), ['interval: missing (expected 300)']);
  assert.deepEqual(lines([3, '1', { idTagInfo: { status: 'Accepted' } }], [3, '1', { idTagInfo: 'Accepted' }]),
    ['idTagInfo: expected an object, got "Accepted"']);
});

test('arrays compare item by item and must be as long as the script\'s', () => {
  const expected = { results: [{ status: 'Accepted' }, { status: 'Rejected' }] };
  assert.deepEqual(comparePayload(expected, { results: [{ status: 'Accepted' }, { status: 'Accepted' }] }).map(describeDifference),
    ['results[1].status: expected "Rejected", got "Accepted"']);
  assert.deepEqual(comparePayload(expected, { results: [{ status: 'Accepted' }] }).map(describeDifference),
    ['results: expected 2 items, got 1 item']);
  assert.deepEqual(comparePayload(expected, { results: {} }).map(describeDifference), ['results: expected an array, got {}']);
});

test('a date-time in the script only asks for a valid date-time', () => {
  const expected = [3, '1', { currentTime: '2024-01-01T00:00:00Z' }];
  assert.deepEqual(lines(expected, [3, '1', { currentTime: '2031-07-15T12:34:56.789+02:00' }]), []);
  assert.deepEqual(lines(expected, [3, '1', { currentTime: '2024-02-30T10:00:00Z' }]), ['currentTime: expected a valid date-time, got "2024-02-30T10:00:00Z"']);
  assert.deepEqual(lines(expected, [3, '1', { currentTime: 1700000000 }]), ['currentTime: expected a valid date-time, got 1700000000']);
  // Other strings compare exactly.
  assert.deepEqual(lines([3, '1', { status: '2024' }], [3, '1', { status: '2025' }]), ['status: expected "2024", got "2025"']);
});

test('kinds: a CALLERROR where a CALLRESULT was expected, the error code, and the description left alone', () => {
  assert.deepEqual(lines([3, '1', { status: 'Accepted' }], [4, '1', 'NotImplemented', 'no handler', {}]),
    ['expected a CALLRESULT, got a CALLERROR ("NotImplemented": "no handler")']);
  assert.deepEqual(lines([4, '1', 'NotImplemented', '', {}], [3, '1', {}]), ['expected a CALLERROR, got a CALLRESULT']);
  assert.deepEqual(lines([4, '1', 'NotImplemented', 'ours', {}], [4, '1', 'NotImplemented', 'theirs, worded otherwise', {}]), []);
  assert.deepEqual(lines([4, '1', 'NotImplemented', '', {}], [4, '1', 'NotSupported', '', {}]),
    ['expected the error code "NotImplemented", got "NotSupported"']);
});

test('long values are cut short so a difference stays on one line', () => {
  const [difference] = comparePayload({ data: 'a' }, { data: 'b'.repeat(500) });
  assert.ok(describeDifference(difference).length < 120, describeDifference(difference));
  assert.match(difference.message, /\.\.\.$/);
});
