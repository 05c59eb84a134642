/**
 * Which OCPP version each document is checked as (server/src/service/document/versionChoice.ts), through the
 * language service: detection from actions, payload keys and file names, the tie that goes to 1.6, a version set
 * in the settings, the version-mismatch note (check/versionMismatch.ts), the version kept while an edit gives no
 * clue, the head limit, and reading and layering the `version` setting (settings/ruleSettings.ts).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService, type LanguageService } from '../server/src/service';
import { catalogs, problemCodes, versions } from '../server/src/product';
import { detectVersion } from '../server/src/service/document/versionChoice';
import { mergeRuleSettings, readRuleSettings, type RuleSettings } from '../server/src/service/settings/ruleSettings';
import { documentOf, service } from './support/service';

const infoOf = (text: string, uri?: string, ls: LanguageService = service) => {
  const { version, versionSource } = ls.getDocumentInfo(documentOf(text, uri));
  return { version, versionSource };
};

/** [code, the text covered, severity] of each diagnostic. */
function verdicts(text: string, uri?: string, rules?: RuleSettings, ls: LanguageService = service): [string, string, number | undefined][] {
  const document = documentOf(text, uri);
  return ls.doValidation(document, rules).map((d) => [String(d.code), text.slice(document.offsetAt(d.range.start), document.offsetAt(d.range.end)), d.severity]);
}

const bootNotification201 = '{"reason": "PowerUp", "chargingStation": {"model": "M", "vendorName": "V"}}';
const bootNotification16 = '{"chargePointVendor": "V", "chargePointModel": "M"}';
const issueExample = `[2, "a1", "BootNotification", ${bootNotification201}]`;
const transactionEvent = '[2, "t1", "TransactionEvent", {"eventType": "Started", "timestamp": "2024-05-01T10:00:00Z", ' +
  '"triggerReason": "CablePluggedIn", "seqNo": 0, "transactionInfo": {"transactionId": "tx1", "chargingState": "EVConnected"}}]';
const startTransaction = '[2, "s1", "StartTransaction", {"connectorId": 1, "idTag": "TAG", "meterStart": 0, "timestamp": "2024-05-01T10:00:00Z"}]';

describe('auto: the content decides', () => {
  test('an action only 2.0.1 has (TransactionEvent) makes the file 2.0.1, checked without a finding', () => {
    assert.deepEqual(infoOf(transactionEvent), { version: '2.0.1', versionSource: 'detected: TransactionEvent' });
    assert.deepEqual(verdicts(transactionEvent), []);
  });

  test('an action only 1.6 has (StartTransaction) makes it 1.6', () => {
    assert.deepEqual(infoOf(startTransaction), { version: '1.6', versionSource: 'detected: StartTransaction' });
    assert.deepEqual(verdicts(startTransaction), []);
  });

  test('an action outweighs a key of the other version', () => {
    // StartTransaction (1.6, an action) with one 2.0.1-only key in it: still 1.6, and the key is an unknown field.
    const text = '[2, "s1", "StartTransaction", {"connectorId": 1, "idTag": "TAG", "meterStart": 0, "timestamp": "2024-05-01T10:00:00Z", "evseId": 1}]';
    assert.deepEqual(infoOf(text), { version: '1.6', versionSource: 'detected: StartTransaction' });
    assert.deepEqual(verdicts(text).map(([code, covers]) => [code, covers]), [['unknown-field', '"evseId"']]);
  });

  test('payload keys in a BootNotification frame (an action both versions have) decide', () => {
    assert.equal(infoOf(`[2, "b1", "BootNotification", ${bootNotification201}]`).version, '2.0.1');
    assert.match(infoOf(`[2, "b1", "BootNotification", ${bootNotification201}]`).versionSource, /^detected: (reason|chargingStation|model|vendorName)$/);
    assert.deepEqual(infoOf(`[2, "b1", "BootNotification", ${bootNotification16}]`), { version: '1.6', versionSource: 'detected: chargePointVendor' });
  });

  test('the issue\'s example, a 2.0.1 BootNotification, gets no diagnostics', () => {
    assert.deepEqual(verdicts(issueExample), []);
    assert.equal(infoOf(issueExample).version, '2.0.1');
  });

  test('bare payload file names: BootNotificationRequest.json with 2.0.1 content is 2.0.1', () => {
    const uri = 'file:///w/payloads/BootNotificationRequest.json';
    assert.deepEqual(infoOf(bootNotification201, uri), { version: '2.0.1', versionSource: 'detected: BootNotificationRequest.json' });
    assert.deepEqual(verdicts(bootNotification201, uri), []);
    const info = service.getDocumentInfo(documentOf(bootNotification201, uri));
    assert.deepEqual([info.action, info.kind, info.message, info.source], ['BootNotification', 'request', 'BootNotificationRequest', 'fileName']);
  });

  test('bare payload file names: BootNotification.conf.json is 1.6', () => {
    const uri = 'file:///w/payloads/BootNotification.conf.json';
    const text = '{"status": "Accepted", "currentTime": "2024-05-01T10:00:00Z", "interval": 300}';
    assert.deepEqual(infoOf(text, uri), { version: '1.6', versionSource: 'detected: BootNotification.conf.json' });
    assert.deepEqual(verdicts(text, uri), []);
    assert.equal(service.getDocumentInfo(documentOf(text, uri)).message, 'BootNotification.conf');
  });

  test('StatusNotificationRequest.json (a 2.0.1 name) with 1.6 keys stays 1.6: the content outweighs the name', () => {
    const uri = 'file:///w/payloads/StatusNotificationRequest.json';
    const text = '{"connectorId": 1, "errorCode": "NoError", "status": "Available"}';
    const info = infoOf(text, uri);
    assert.equal(info.version, '1.6');
    assert.match(info.versionSource, /^detected: (errorCode|status)$/);
    assert.deepEqual(verdicts(text, uri), []);
  });

  test('a file both versions read alike (Heartbeat) is 1.6, for the default', () => {
    assert.deepEqual(infoOf('[2, "h1", "Heartbeat", {}]'), { version: '1.6', versionSource: 'default' });
    assert.deepEqual(infoOf('[]'), { version: '1.6', versionSource: 'default' });
  });

  test('a tie between the versions goes to the oldest, 1.6', () => {
    // One 2.0.1-only key (evseId) and one 1.6-only key (errorCode), in an unknown action: one point each.
    const text = '[2, "x1", "Vendorish", {"evseId": 1, "errorCode": "NoError"}]';
    const detection = detectVersion(catalogs, 'file:///w/tie.ocpp.json', text);
    assert.equal(detection?.catalog.version, '1.6');
    assert.deepEqual(detection?.withClues.map((c) => c.version).sort(), ['1.6', '2.0.1', '2.1']);
    assert.equal(infoOf(text).version, '1.6');
  });

  test('only whole names are clues: a half-typed action or key counts for nothing', () => {
    assert.deepEqual(infoOf('[2, "t1", "TransactionEv'), { version: '1.6', versionSource: 'default' });
    assert.deepEqual(infoOf('[2, "t1", "Heartbeat", {"chargingStat'), { version: '1.6', versionSource: 'default' });
  });

  test('only the first 64 KB are read: a clue after them is not used (a long log\'s head is cheap to read, its tail is not)', () => {
    const padding = `[\n${Array.from({ length: 6000 }, (_, i) => `[2, "h${i}", "Heartbeat", {}]`).join(',\n')}`;
    assert.ok(padding.length > 64 * 1024, `${padding.length} characters`);
    const late = `${padding},\n${transactionEvent}\n]`;
    assert.deepEqual(infoOf(late), { version: '1.6', versionSource: 'default' });
    const early = `[\n${transactionEvent},\n${padding.slice(2)}\n]`;
    assert.deepEqual(infoOf(early), { version: '2.0.1', versionSource: 'detected: TransactionEvent' });
  });
});

describe('a version the settings name', () => {
  test('configure({ version: "2.0.1", versionSource: ".ocpprc.json" }) checks every document as 2.0.1', () => {
    const ls = getLanguageService({ catalogs });
    ls.configure({ version: '2.0.1', versionSource: '.ocpprc.json' });
    assert.deepEqual(infoOf('[2, "h1", "Heartbeat", {}]', undefined, ls), { version: '2.0.1', versionSource: '.ocpprc.json' });
    // The issue's 2.0.1 BootNotification is clean as 2.0.1.
    assert.deepEqual(verdicts(issueExample, undefined, undefined, ls), []);
    // A version set per document.
    ls.configure((uri) => (uri.includes('/v16/') ? { version: '1.6', versionSource: '.ocpprc.json' } : { version: '2.0.1', versionSource: 'ocpp.version' }));
    assert.deepEqual(infoOf('[2, "h1", "Heartbeat", {}]', 'file:///w/v16/a.ocpp.json', ls), { version: '1.6', versionSource: '.ocpprc.json' });
    assert.deepEqual(infoOf('[2, "h1", "Heartbeat", {}]', 'file:///w/v201/a.ocpp.json', ls), { version: '2.0.1', versionSource: 'ocpp.version' });
    // "auto" lets the content decide again.
    ls.configure({ version: 'auto', versionSource: 'ocpp.version' });
    assert.deepEqual(infoOf(transactionEvent, undefined, ls), { version: '2.0.1', versionSource: 'detected: TransactionEvent' });
  });

  test('an explicit version wins over what the content suggests when the content is not clear', () => {
    const ls = getLanguageService({ catalogs });
    ls.configure({ version: '2.0.1', versionSource: '.ocpprc.json' });
    // A tie (one key each): checked as set, no mismatch note, and 1.6's errorCode is an unknown field in 2.0.1.
    const text = '[2, "s1", "StatusNotification", {"timestamp": "2024-05-01T10:00:00Z", "connectorStatus": "Available", "evseId": 1, "connectorId": 1, "errorCode": "NoError"}]';
    assert.deepEqual(verdicts(text, undefined, undefined, ls).map(([code, covers]) => [code, covers]), [['unknown-field', '"errorCode"']]);
  });

  test('doValidation(document, settings) uses the version of those settings for that call', () => {
    const text = '{"evseId": 1, "connectorId": 1, "connectorStatus": "Available", "timestamp": "2024-05-01T10:00:00Z"}';
    const uri = 'file:///w/StatusNotificationRequest.json';
    assert.deepEqual(verdicts(text, uri, { version: '2.0.1', versionSource: '--ocpp-version' }), []);
    // The same call with 1.6 set: the content is clearly 2.0.1, so one note instead of false errors.
    assert.deepEqual(verdicts(text, uri, { version: '1.6', versionSource: '--ocpp-version' }).map(([code]) => code), ['version-mismatch']);
    // A plain Heartbeat is valid in either.
    assert.deepEqual(verdicts('[2, "h1", "Heartbeat", {}]', undefined, { version: '2.0.1' }), []);
  });
});

describe('version-mismatch: a version set explicitly that the content clearly is not', () => {
  const as16: RuleSettings = { version: '1.6', versionSource: '.ocpprc.json' };

  test('one information note on the clue, naming the other version and how to set it, and no other OCPP finding', () => {
    const text = `[\n${transactionEvent},\n[2, "t2", "TransactionEvent", {"eventType": "Bogus"}]\n]`;
    const document = documentOf(text);
    const diagnostics = service.doValidation(document, as16);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    const [note] = diagnostics;
    assert.equal(note.code, 'version-mismatch');
    assert.equal(note.severity, DiagnosticSeverity.Information);
    assert.equal(note.source, 'ocpp');
    assert.equal(text.slice(document.offsetAt(note.range.start), document.offsetAt(note.range.end)), '"TransactionEvent"');
    assert.match(String(note.message), /OCPP 2\.0\.1/);
    assert.match(String(note.message), /\.ocpprc\.json/);
    assert.match(String(note.message), /"2\.0\.1"/);
    assert.match(String(note.message), /"auto"/);
  });

  test('a 1.6 file set to 2.0.1 gets the note on its 1.6 key', () => {
    const text = `[2, "b1", "BootNotification", ${bootNotification16}]`;
    const found = verdicts(text, undefined, { version: '2.0.1', versionSource: 'ocpp.version' });
    assert.deepEqual(found, [['version-mismatch', '"chargePointVendor"', DiagnosticSeverity.Information]]);
    const [note] = service.doValidation(documentOf(text), { version: '2.0.1', versionSource: 'ocpp.version' });
    assert.match(String(note.message), /OCPP 1\.6.*ocpp\.version/s);
  });

  test('a clue from the file name only: the note sits on the first character', () => {
    const found = verdicts('{}', 'file:///w/BootNotification.conf.json', { version: '2.0.1', versionSource: 'ocpp.version' });
    assert.deepEqual(found, [['version-mismatch', '{', DiagnosticSeverity.Information]]);
  });

  test('syntax errors are still reported, in position order with the note', () => {
    const text = `// sent at 10:00\n${transactionEvent.slice(0, -1)}`;
    // The unclosed frame is reported at its opening bracket, before the clue.
    assert.deepEqual(verdicts(text, undefined, as16).map(([code, covers]) => [code, covers]),
      [['comment', '// sent at 10:00'], ['syntax-error', '['], ['version-mismatch', '"TransactionEvent"']]);
    // A trailing comma after the clue comes after the note.
    const comma = transactionEvent.replace('"seqNo": 0,', '"seqNo": 0,,');
    assert.deepEqual(verdicts(comma, undefined, as16).map(([code]) => code), ['version-mismatch', 'syntax-error']);
  });

  test('the note follows its rule setting, and "off" leaves the file quiet', () => {
    assert.deepEqual(verdicts(transactionEvent, undefined, { ...as16, rules: { 'version-mismatch': 'warning' } }).map(([c, , s]) => [c, s]),
      [['version-mismatch', DiagnosticSeverity.Warning]]);
    assert.deepEqual(verdicts(transactionEvent, undefined, { ...as16, rules: { 'version-mismatch': 'off' } }), []);
  });

  test('no note under auto, nor when the set version is the content\'s', () => {
    assert.deepEqual(verdicts(transactionEvent, undefined, { version: 'auto', versionSource: 'ocpp.version' }), []);
    assert.deepEqual(verdicts(transactionEvent, undefined, { version: '2.0.1', versionSource: 'ocpp.version' }), []);
  });
});

describe('the version is kept while an edit gives no clue', () => {
  /** A service whose document changes are told as the server tells them (noteChanges), one keystroke at a time. */
  function editor(initial: string, uri = 'file:///w/typing.ocpp.json') {
    const ls = getLanguageService({ catalogs });
    let document = TextDocument.create(uri, 'ocpp', 1, initial);
    return {
      ls,
      get document() {
        return document;
      },
      /** Replaces [offset, offset + deleted) by `inserted`, tells the service, and returns the new document. */
      edit(offset: number, deleted: number, inserted: string) {
        const from = document.version;
        document = TextDocument.update(document, [{ range: { start: document.positionAt(offset), end: document.positionAt(offset + deleted) }, text: inserted }], from + 1);
        ls.noteChanges(uri, from, from + 1, [{ offset, deleted, inserted: inserted.length }]);
        return document;
      },
      type(offset: number, text: string, check: (document: TextDocument, diagnostics: Diagnostic[]) => void) {
        for (let i = 0; i < text.length; i++) {
          const updated = this.edit(offset + i, 0, text[i]);
          check(updated, ls.doValidation(updated));
        }
      },
    };
  }

  test('a 2.0.1 StatusNotification stays 2.0.1 while a new key is typed at the end of its payload', () => {
    const text = '[2, "s1", "StatusNotification", {"timestamp": "2024-05-01T10:00:00Z", "connectorStatus": "Available", "evseId": 1, "connectorId": 1}]';
    const e = editor(text);
    assert.equal(e.ls.getDocumentInfo(e.document).version, '2.0.1');
    assert.deepEqual(e.ls.doValidation(e.document), []);
    e.type(text.lastIndexOf('}'), ', "customData": {"vendorId": "V"}', (document, diagnostics) => {
      assert.equal(e.ls.getDocumentInfo(document).version, '2.0.1', document.getText());
      // Never a 1.6 finding such as a missing errorCode or status.
      assert.ok(!diagnostics.some((d) => /errorCode|"status"|StatusNotification\.req/.test(String(d.message))),
        `${document.getText()}\n${diagnostics.map((d) => d.message).join('\n')}`);
    });
    assert.deepEqual(e.ls.doValidation(e.document), []);
  });

  test('a 2.0.1 file cleared and retyped from scratch, with no clue on the way, stays 2.0.1', () => {
    const e = editor(transactionEvent);
    assert.deepEqual(e.ls.getDocumentInfo(e.document), { version: '2.0.1', versionSource: 'detected: TransactionEvent', shape: 'frame' });
    e.edit(0, transactionEvent.length, '');
    // The clue is gone from the text; the status bar says where the version came from.
    assert.deepEqual(e.ls.getDocumentInfo(e.document), { version: '2.0.1', versionSource: 'detected earlier: TransactionEvent', shape: 'empty' });
    e.type(0, '[2, "h1", "Heartbeat", {}]', (document) => {
      assert.equal(e.ls.getDocumentInfo(document).version, '2.0.1', document.getText());
    });
    assert.deepEqual(e.ls.doValidation(e.document), []);
  });

  test('in a long log, an edit past the head the clues are read from keeps them, and one in the head reads them again', () => {
    // A 2.0.1 log of some 170,000 characters: its clue (TransactionEvent) is in the first frame.
    const heartbeats = Array.from({ length: 6000 }, (_, i) => `[2, "h${i}", "Heartbeat", {}]`);
    const log = `[${transactionEvent},\n${heartbeats.join(',\n')}\n]`;
    assert.ok(log.length > 2 * 64 * 1024);
    const e = editor(log);
    assert.deepEqual(e.ls.getDocumentInfo(e.document), { version: '2.0.1', versionSource: 'detected: TransactionEvent', shape: 'conversation' });
    // Far past the head: a 1.6 clue there is no clue (only the head is read), and the detection stands.
    const late = log.lastIndexOf('[2,');
    e.edit(late, 0, `${startTransaction},\n`);
    assert.deepEqual(e.ls.getDocumentInfo(e.document), { version: '2.0.1', versionSource: 'detected: TransactionEvent', shape: 'conversation' });
    // In the head: the clue is replaced by a 1.6 one, and the version follows.
    e.edit(1, transactionEvent.length, startTransaction);
    assert.deepEqual(e.ls.getDocumentInfo(e.document), { version: '1.6', versionSource: 'detected: StartTransaction', shape: 'conversation' });
    // Past the head again, the 1.6 detection is what is kept.
    e.edit(e.document.getText().lastIndexOf('[2,'), 0, ' ');
    assert.deepEqual(e.ls.getDocumentInfo(e.document), { version: '1.6', versionSource: 'detected: StartTransaction', shape: 'conversation' });
  });

  test('a clue for the other version does change it, and a document opened fresh with no clue gets the default', () => {
    const e = editor(transactionEvent);
    assert.equal(e.ls.getDocumentInfo(e.document).version, '2.0.1');
    e.edit(0, transactionEvent.length, startTransaction);
    assert.deepEqual(e.ls.getDocumentInfo(e.document), { version: '1.6', versionSource: 'detected: StartTransaction', shape: 'frame' });
    // Without noteChanges (a change the service was not told of) the text is read afresh: no clue, the default.
    const fresh = getLanguageService({ catalogs });
    const document = TextDocument.create('file:///w/fresh.ocpp.json', 'ocpp', 1, transactionEvent);
    assert.equal(fresh.getDocumentInfo(document).version, '2.0.1');
    const untold = TextDocument.update(document, [{ text: '[2, "h1", "Heartbeat", {}]' }], 2);
    assert.deepEqual(fresh.getDocumentInfo(untold), { version: '1.6', versionSource: 'default', shape: 'frame' });
  });
});

describe('the version setting', () => {
  const reading = { versions, source: '.ocpprc.json' };

  test('readRuleSettings reads "version" with where it came from', () => {
    assert.deepEqual(readRuleSettings({ version: '2.0.1' }, 'report', problemCodes, reading),
      { settings: { rules: {}, version: '2.0.1', versionSource: '.ocpprc.json' }, errors: [] });
    assert.deepEqual(readRuleSettings({ version: 'auto' }, 'ignore', problemCodes, { versions, source: 'ocpp.version' }).settings,
      { rules: {}, version: 'auto', versionSource: 'ocpp.version' });
    assert.deepEqual(readRuleSettings({ version: null }, 'report', problemCodes, reading), { settings: { rules: {} }, errors: [] });
  });

  test('"version": 2 and "version": "3.0" are errors that list the versions; the rest of the file still applies', () => {
    const two = readRuleSettings({ version: 2, profile: 'lenient' }, 'report', problemCodes, reading);
    assert.deepEqual(two.errors, ['"version" must be one of "auto", "1.6", "2.0.1", "2.1", not 2.']);
    assert.deepEqual(two.settings, { profile: 'lenient', rules: {} });
    const three = readRuleSettings({ version: '3.0' }, 'report', problemCodes, reading);
    assert.deepEqual(three.errors, ['"version" must be one of "auto", "1.6", "2.0.1", "2.1", not "3.0".']);
    assert.deepEqual(three.settings, { rules: {} });
  });

  test('"version": 1.6 as a number says to write it as a string', () => {
    const { errors } = readRuleSettings({ version: 1.6 }, 'report', problemCodes, reading);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /not 1\.6\. Write it as a string: "1\.6"\./);
  });

  test('"auto" set in the editor wins over a .ocpprc.json version, as the editor\'s other settings do', () => {
    const file = readRuleSettings({ version: '2.0.1', rules: { comment: 'off' } }, 'report', problemCodes, reading).settings;
    const editorAuto = readRuleSettings({ version: 'auto' }, 'ignore', problemCodes, { versions, source: 'ocpp.version' }).settings;
    assert.deepEqual(mergeRuleSettings(file, editorAuto), { rules: { comment: 'off' }, version: 'auto', versionSource: 'ocpp.version' });
    // An editor that sets no version leaves the file's.
    assert.deepEqual(mergeRuleSettings(file, { rules: {} }), { rules: { comment: 'off' }, version: '2.0.1', versionSource: '.ocpprc.json' });
    // Through the service: auto lets the content decide, so a 1.6 file in a "2.0.1" folder is 1.6 without a note.
    const ls = getLanguageService({ catalogs });
    ls.configure(mergeRuleSettings(file, editorAuto));
    assert.deepEqual(infoOf(startTransaction, undefined, ls), { version: '1.6', versionSource: 'detected: StartTransaction' });
    assert.deepEqual(verdicts(startTransaction, undefined, undefined, ls), []);
  });
});
