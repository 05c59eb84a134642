/**
 * The token checker (tokenCheck.ts) against its oracles on every frame of each version's generated corpora
 * (1.6 with its defects), and the helpers it reads the text with against the functions they stand in for.
 * Mutated frames are in tokenCheckFuzz.test.ts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { generateConversation, generateConversation201, generateConversation21 } from './support/corpus';
import { compareFrame, emptyTally, framesOf } from './support/tokenDifferential';
import { ocpp16 } from '../server/src/ocpp/v16';
import { ocpp201 } from '../server/src/ocpp/v201';
import { ocpp21 } from '../server/src/ocpp/v21';
import { checkDateTime, instantOf, isDateTimeAt } from '../server/src/text/dateTime';
import { longerThan, longerThanAt } from '../server/src/text/words';
import { NameTable } from '../server/src/text/nameTable';
import { checkFrameTokens } from '../server/src/service/document/tokenCheck';

describe('the token checker against JSON.parse, the quick check and the tree checker', () => {
  const corpora = [
    { name: '1.6 with 5% defects', catalog: ocpp16, texts: [1, 2, 3].map((seed) => generateConversation(300_000, seed).text) },
    { name: '1.6 with 30% defects', catalog: ocpp16, texts: [generateConversation(200_000, 4, 0.3).text] },
    { name: '2.0.1', catalog: ocpp201, texts: [1, 2].map((seed) => generateConversation201(400_000, seed).text) },
    { name: '2.1', catalog: ocpp21, texts: [1, 2].map((seed) => generateConversation21(400_000, seed).text) },
  ];
  for (const { name, catalog, texts } of corpora) {
    test(`every frame of the ${name} corpus`, () => {
      const tally = emptyTally();
      for (const text of texts) for (const sample of framesOf(text, catalog)) compareFrame(sample, catalog, tally);
      // The corpora are mostly clean frames, and the defects leave some that are not.
      assert.ok(tally.clean > tally.frames * 0.5, `${tally.clean} of ${tally.frames} clean`);
      if (name.startsWith('1.6')) {
        assert.ok(tally.clean < tally.frames, 'some defective frames');
        // Most defects are in payloads, where the token checker notes suspects rather than giving up.
        assert.ok(tally.suspected > (tally.frames - tally.clean) / 2, `${tally.suspected} of ${tally.frames - tally.clean} defective frames read with suspects`);
        // The corpus's frame-level defects (a long uniqueId, an unknown action or error code, a payload that is no
        // object, an element missing) are read on too.
        assert.ok(tally.frameSuspected > 0, 'some frames read with suspects in the frame itself');
      }
      // 1.6's charging schedules have stepped decimals, which only the token checker can vouch for.
      if (catalog === ocpp16) assert.ok(tally.stepped > 0, 'some stepped decimals');
    });
  }

  test('a CALLRESULT is checked against the response of the action it answers', () => {
    const text = '[3, "1", {"currentTime": "2024-05-01T10:00:00Z", "interval": 300, "status": "Accepted"}]';
    const boot = ocpp16.actionsByName.get('BootNotification')!;
    const heartbeat = ocpp16.actionsByName.get('Heartbeat')!;
    assert.equal(checkFrameTokens(text, 0, text.length, ocpp16, () => boot)?.suspects, undefined);
    // Against Heartbeat.conf, two of its fields are unknown: noted where they are, with the fields not yet seen.
    const suspects = checkFrameTokens(text, 0, text.length, ocpp16, () => heartbeat)?.suspects;
    assert.deepEqual(suspects?.map((s) => s.kind === 'unknown-field' && [s.name, text.substr(s.offset, s.length), s.candidates]),
      [['interval', '"interval"', []], ['status', '"status"', []]]);
  });

  test('an escaped string is measured as it reads decoded, each escape one character', () => {
    // Authorize's idTag is at most 20 characters; \n and \u0041 are one each.
    const tally = emptyTally();
    const verdicts = ['a'.repeat(18) + '\\n', 'a'.repeat(19) + '\\n', 'a'.repeat(20) + '\\n', 'a'.repeat(15) + '\\u0041', 'a'.repeat(20) + '\\u0041']
      .map((idTag) => {
        const text = `[2, "1", "Authorize", {"idTag": "${idTag}"}]`;
        compareFrame({ text, start: 0, end: text.length, colons: 1 }, ocpp16, tally);
        return checkFrameTokens(text, 0, text.length, ocpp16, () => undefined)?.suspects?.map((s) => s.kind) ?? 'clean';
      });
    assert.deepEqual(verdicts, ['clean', 'clean', ['value'], 'clean', ['value']]);
  });

  test('facts: a clean StatusNotification gives the rules its connector and status', () => {
    const text = '[2, "7", "StatusNotification", {"connectorId": 2, "errorCode": "NoError", "status": "Charging", "timestamp": "2024-05-01T10:00:00Z"}]';
    const clean = checkFrameTokens(text, 0, text.length, ocpp16, () => undefined);
    assert.deepEqual({ ...clean?.facts }, { connectorId: 2, status: 'Charging', errorCode: 'NoError', timestamp: '2024-05-01T10:00:00Z', transactionId: undefined });
  });
});

describe('reading in place', () => {
  const dateLike = fc.tuple(
    fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 32 }), fc.constantFrom('T', 't', ' '),
    fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 61 }),
    fc.constantFrom('', '.5', '.123456789', '.', '.x', '.500', '.000', '.1010'), fc.constantFrom('Z', 'z', '+00:00', '-03:30', '+23:59', '+24:00', '-00:60', '', '+0000', 'Zz'),
  ).map(([y, mo, d, t, h, mi, s, f, z]) => {
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    return `${pad(y, 4)}-${pad(mo)}-${pad(d)}${t}${pad(h)}:${pad(mi)}:${pad(s)}${f}${z}`;
  });

  test('instantOf reads the second Date.parse reads, and the fraction as written', () => {
    let valid = 0;
    fc.assert(fc.property(fc.oneof(dateLike, fc.string({ maxLength: 40 })), (date) => {
      const instant = instantOf(date);
      if (checkDateTime(date) !== undefined) return assert.equal(instant, undefined, date);
      valid++;
      // Date.parse takes neither a leap second nor more than three fractional digits: the second before, and the
      // fraction apart.
      const m = /^(.{10})[Tt](.{8})(?:\.(\d+))?(?:[Zz]|([+-]\d{2}:\d{2}))$/.exec(date)!;
      const leap = m[2].endsWith(':60');
      const ms = Date.parse(`${m[1]}T${leap ? `${m[2].slice(0, 6)}59` : m[2]}${m[4] ?? 'Z'}`);
      assert.deepEqual(instant, { epochSeconds: ms / 1000 + (leap ? 1 : 0), fraction: (m[3] ?? '').replace(/0+$/, '') }, date);
    }), { seed: 16, numRuns: 20_000 });
    assert.ok(valid > 1_000, `${valid} valid date-times`);
  });

  test('isDateTimeAt answers as checkDateTime does', () => {
    fc.assert(fc.property(fc.oneof(dateLike, fc.string({ maxLength: 40 })), fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), (date, before, after) => {
      const text = before + date + after;
      assert.equal(isDateTimeAt(text, before.length, before.length + date.length), checkDateTime(date) === undefined, date);
    }), { seed: 15, numRuns: 20_000 });
    // Leap seconds: only 23:59:60 in UTC.
    for (const [date, valid] of [['2016-12-31T23:59:60Z', true], ['2017-01-01T01:29:60+01:30', true], ['2016-12-31T23:58:60Z', false]] as const) {
      assert.equal(isDateTimeAt(date, 0, date.length), valid, date);
    }
  });

  test('longerThanAt counts characters as longerThan does (a surrogate pair is one)', () => {
    const unit = fc.oneof(fc.constantFrom('a', '\ud83d\ude00', '\ud83d', '\ude00', 'é'), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)));
    fc.assert(fc.property(fc.array(unit, { maxLength: 30 }).map((u) => u.join('')), fc.integer({ min: 0, max: 30 }), fc.string({ maxLength: 2 }),
      (text, max, after) => {
        assert.equal(longerThanAt(text + after, 0, text.length, max), longerThan(text, max));
      }), { seed: 15, numRuns: 10_000 });
  });

  test('NameTable finds what a Map finds, from any span of a text', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 20 }), fc.string({ maxLength: 6 }), fc.string({ maxLength: 3 }),
      (names, probe, around) => {
        const entries = names.map((n, i) => [n, i] as const);
        const map = new Map(entries);
        const table = new NameTable(entries);
        const text = around + probe + around;
        assert.equal(table.find(text, around.length, around.length + probe.length), map.get(probe));
        for (const name of names) assert.equal(table.get(name), map.get(name));
      }), { seed: 15, numRuns: 5_000 });
  });
});
