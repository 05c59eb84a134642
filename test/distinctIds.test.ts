/**
 * The exchange check's short way: the reader names the ids more than one CALL or SEND uses, and the check indexes
 * only those and SENDs. It must find exactly what the full index finds, and the reader must miss no repeated id.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { catalogs } from '../server/src/product';
import { getLanguageService } from '../server/src/service';
import { validateConversation } from '../server/src/service/check/validateConversation';
import type { OcppDocument } from '../server/src/service/document/ocppDocument';
import { exchangeKept } from '../server/src/service/document/textFrames';
import { generateConversation, generateConversation201, generateConversation21 } from './support/corpus';

const service = getLanguageService({ catalogs });
let uris = 0;
const read = (text: string, extension = 'ocpp.json') =>
  service.parseDocument(TextDocument.create(`file:///d/doc-${uris++}.${extension}`, 'ocpp', 1, text));

/** The exchange findings and the repeated ids, through the short way when the document allows it, or the full index. */
function exchange(doc: OcppDocument, fullIndex: boolean) {
  const found: unknown[] = [];
  const repeated = validateConversation(fullIndex ? { ...doc, repeatedRequestIds: undefined } : doc, (p) => found.push(p));
  return { found, repeated: [...repeated] };
}

const version21 = '[2, "h0", "Heartbeat", {}], [3, "h0", {"currentTime": "2025-01-01T00:00:00Z"}], ';

const cases: Record<string, string> = {
  'a 1.6 log, defects and all': generateConversation(60_000, 11, 0).text,
  'a 2.0.1 log': generateConversation201(60_000, 12).text,
  'a 2.1 log with SENDs and CALLRESULTERRORs': generateConversation21(60_000, 13).text,
  'answers to nothing': '[[2, "a", "Heartbeat", {}], [3, "b", {"currentTime": "2025-01-01T00:00:00Z"}], [4, "c", "GenericError", "", {}]]',
  'a CALLRESULTERROR with no CALLRESULT before it': `[${version21}[5, "x", "InternalError", "", {}], [5, "h0", "InternalError", "", {}]]`,
  'an answer to a SEND': `[${version21}[6, "s1", "NotifyPeriodicEventStream", {"id": 1, "pending": 0, "basetime": "2025-01-01T00:00:00Z", "data": []}], [3, "s1", {}]]`,
};

test('the short way finds what the full index finds where no CALL or SEND id repeats', () => {
  for (const [name, text] of Object.entries(cases)) {
    const doc = read(text);
    assert.deepEqual(doc.repeatedRequestIds, new Set(), `${name}: no id repeats`);
    const short = exchange(doc, false);
    assert.deepEqual(short, exchange(doc, true), name);
    if (name.startsWith('answers') || name.startsWith('a CALLRESULTERROR') || name.startsWith('an answer')) assert.ok(short.found.length > 0, `${name}: findings`);
  }
});

test('the short way finds what the full index finds where some ids repeat, and only those ids are indexed', () => {
  for (const [name, text] of [['a 1.6 log with duplicate uniqueId defects', generateConversation(60_000, 11, 0.2).text],
    ['a retry, then a repeat of an answered CALL, among distinct ids', '[[2, "a", "Heartbeat", {}], [2, "b", "Heartbeat", {}], [2, "b", "Heartbeat", {}], ' +
      '[3, "b", {"currentTime": "2025-01-01T00:00:00Z"}], [3, "a", {"currentTime": "2025-01-01T00:00:00Z"}], [2, "a", "Heartbeat", {}]]']] as const) {
    const doc = read(text);
    assert.ok(doc.repeatedRequestIds && doc.repeatedRequestIds.size > 0, `${name}: ids repeat`);
    const short = exchange(doc, false);
    assert.deepEqual(short, exchange(doc, true), name);
    assert.ok(short.found.length > 0, `${name}: the duplicate is found`);
  }
});

test('the reader names every id a CALL or SEND repeats: CALL after CALL, SEND after CALL, CALL after SEND', () => {
  const send = (id: string) => `[6, "${id}", "NotifyPeriodicEventStream", {"id": 1, "pending": 0, "basetime": "2025-01-01T00:00:00Z", "data": []}]`;
  const texts = {
    'CALL after CALL': '[[2, "a", "Heartbeat", {}], [3, "a", {"currentTime": "2025-01-01T00:00:00Z"}], [2, "a", "Heartbeat", {}]]',
    'SEND after CALL': `[${version21.replace(/h0/g, 'a')}${send('a')}]`,
    'CALL after SEND': `[${send('a')}, ${version21.replace(/h0/g, 'a')}[2, "z", "Heartbeat", {}]]`,
  };
  for (const [name, text] of Object.entries(texts)) {
    const doc = read(text);
    assert.deepEqual(doc.repeatedRequestIds, new Set(['a']), name);
    assert.ok(exchange(doc, false).found.length > 0, `${name}: the duplicate is found`);
  }
  assert.deepEqual(read('[[2, "a", "Heartbeat", {}], [3, "a", {"currentTime": "2025-01-01T00:00:00Z"}], [4, "a", "GenericError", "", {}]]').repeatedRequestIds,
    new Set(), 'answers share their CALL\'s id');
});

test('an edit inside a payload keeps what the reader knew of the ids; JSON Lines are read the same way', () => {
  const text = '[[2, "a", "Heartbeat", {}],\n [2, "a", "Heartbeat", {}],\n [3, "a", {"currentTime": "2025-01-01T00:00:00Z"}]]';
  const document = TextDocument.create('file:///d/edit.ocpp.json', 'ocpp', 1, text);
  assert.deepEqual(service.parseDocument(document).repeatedRequestIds, new Set(['a']));
  const offset = text.indexOf('2025');
  const at = document.positionAt(offset);
  const edited = TextDocument.update(document, [{ range: { start: at, end: at }, text: '1' }], 2);
  service.noteChanges(document.uri, 1, 2, [{ offset, deleted: 0, inserted: 1 }]);
  const doc = service.parseDocument(edited);
  assert.ok(exchangeKept(doc), 'read incrementally, the exchange kept');
  assert.deepEqual(doc.repeatedRequestIds, new Set(['a']));
  assert.deepEqual(read('[2, "a", "Heartbeat", {}]\n[2, "a", "Heartbeat", {}]\n', 'jsonl').repeatedRequestIds, new Set(['a']));
});
