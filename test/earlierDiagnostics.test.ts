/**
 * After an edit, the diagnostics that are the same as before are the same objects as before, frozen all through
 * (server/src/service/check/earlierDiagnostics.ts, toDiagnostic.ts): what lets the stdio transport keep their JSON,
 * so a keystroke in a long log with many findings stringifies only those that changed. Each check here also holds
 * the result to a fresh service's reading of the same text: reuse must never change what is found.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { generateConversation } from './support/corpus';
import { getLanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';
import { EditedDocument } from '../server/src/lsp/editedDocument';

const uri = 'file:///work/log.ocpp.json';

/** Whether `value` and every object in it is frozen. */
function frozenAllThrough(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(frozenAllThrough);
}

/** A service and the server's kind of document, read once; `edit` types into it as the server does. */
function opened(text: string) {
  const service = getLanguageService({ catalogs });
  const document = new EditedDocument(uri, 'ocpp', 1, text);
  let current = text;
  const first = service.doValidation(document);
  return {
    service, first,
    edit(offset: number, deleted: number, inserted: string): Diagnostic[] {
      const version = document.version + 1;
      const range = { start: document.positionAt(offset), end: document.positionAt(offset + deleted) };
      document.update([{ range, text: inserted }], version);
      current = current.slice(0, offset) + inserted + current.slice(offset + deleted);
      service.noteChanges(uri, version - 1, version, [{ offset, deleted, inserted: inserted.length }]);
      return service.doValidation(document);
    },
    fresh: () => getLanguageService({ catalogs }).doValidation(TextDocument.create('file:///work/other.ocpp.json', 'ocpp', 1, current)),
  };
}

describe('diagnostics the same as before an edit are the objects given before', () => {
  const { text } = generateConversation(500_000, 11);
  /** Inside the first string value after the middle: a user typing into an id or an enumeration value. */
  const typingAt = text.indexOf('":"', text.length >> 1) + 4;
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - 1;

  test('typing a character: every diagnostic off the edited line is the same object, and all are frozen', () => {
    const log = opened(text);
    assert.ok(log.first.length > 100, `${log.first.length} diagnostics in the log`);
    assert.ok(log.first.every(frozenAllThrough), 'every diagnostic is frozen, its range, positions and data too');
    const after = log.edit(typingAt, 0, 'x');
    assert.deepEqual(after, log.fresh());
    const before = new Set(log.first);
    const editedLine = lineOf(typingAt);
    const offTheLine = after.filter((d) => d.range.start.line !== editedLine && d.range.end.line !== editedLine);
    assert.ok(offTheLine.length >= log.first.length - 3, `${offTheLine.length} of ${after.length} off the edited line`);
    assert.deepEqual(offTheLine.filter((d) => !before.has(d)), [], 'diagnostics off the edited line made anew');
    assert.ok(after.every(frozenAllThrough));
    // Typed back: the log is as it was, and so are its diagnostics, the very objects included.
    const back = log.edit(typingAt, 1, '');
    assert.deepEqual(back, log.first);
    assert.ok(back.filter((d) => before.has(d)).length >= log.first.length - 3);
  });

  test('a line break moves the diagnostics after it: those before are kept, those after are made anew in their new place', () => {
    const log = opened(text);
    const after = log.edit(typingAt, 0, '\n');
    assert.deepEqual(after, log.fresh());
    const before = new Set(log.first);
    const editedLine = lineOf(typingAt);
    const earlier = after.filter((d) => d.range.end.line < editedLine);
    const later = after.filter((d) => d.range.start.line > editedLine);
    assert.ok(earlier.length > 20 && later.length > 20, `${earlier.length} before the edit, ${later.length} after it`);
    assert.deepEqual(earlier.filter((d) => !before.has(d)), []);
    assert.deepEqual(later.filter((d) => before.has(d)), [], 'a diagnostic whose line moved is a new object');
  });

  test('new settings give new severities, never an earlier diagnostic with the old one', () => {
    const log = opened(text);
    const code = String(log.first[0].code);
    const document = TextDocument.create(uri, 'ocpp', 1, text);
    const downgraded = log.service.doValidation(document, { rules: { [code]: 'hint' } });
    const hinted = downgraded.filter((d) => d.code === code);
    assert.ok(hinted.length > 0);
    assert.ok(hinted.every((d) => d.severity === 4), `every ${code} is a hint now`);
    const unchanged = new Set(log.first);
    assert.deepEqual(hinted.filter((d) => unchanged.has(d)), []);
  });
});
