/**
 * The body of each case of jsonSuite.test.ts, run in a worker thread with a deadline (test/support/deadline.ts):
 * the table holds 100,000 levels of nesting, and a service stuck on a case must fail its test, not hang the run.
 * Only the worker loads this module.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position, Range } from 'vscode-languageserver-types';
import { getLanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';
import { suiteCases } from './fixtures/jsonSuite';

const syntaxCodes = new Set(['syntax-error', 'comment', 'trailing-comma']);
const service = getLanguageService({ catalogs });

function assertPositionInside(document: TextDocument, position: Position, what: string): void {
  assert.ok(Number.isInteger(position.line) && Number.isInteger(position.character), `${what}: not integers`);
  assert.ok(position.line >= 0 && position.line < document.lineCount, `${what}: line ${position.line} outside 0..${document.lineCount - 1}`);
  assert.ok(position.character >= 0, `${what}: negative character`);
  const offset = document.offsetAt(position);
  assert.deepEqual(document.positionAt(offset), position, `${what}: ${JSON.stringify(position)} is past the end of its line`);
}

function assertRangeInside(document: TextDocument, range: Range, what: string): void {
  assertPositionInside(document, range.start, `${what} start`);
  assertPositionInside(document, range.end, `${what} end`);
  assert.ok(document.offsetAt(range.start) <= document.offsetAt(range.end), `${what}: start after end`);
}

function assertWellFormed(document: TextDocument, diagnostics: Diagnostic[]): void {
  assert.ok(Array.isArray(diagnostics));
  for (const d of diagnostics) {
    assertRangeInside(document, d.range, `diagnostic ${String(d.code)}`);
    const message = typeof d.message === 'string' ? d.message : d.message.value;
    assert.ok(message.trim().length > 0, `diagnostic ${String(d.code)} has an empty message`);
  }
}

function checkEditorFeatures(document: TextDocument): void {
  const length = document.getText().length;
  for (const offset of [0, Math.floor(length / 2), length]) {
    const position = document.positionAt(offset);
    const completions = service.doComplete(document, position);
    assert.ok(completions && Array.isArray(completions.items), `completion at ${offset}`);
    for (const item of completions.items) {
      const edit = item.textEdit;
      if (edit && 'range' in edit) assertRangeInside(document, edit.range, `completion edit at ${offset}`);
    }
    const hover = service.doHover(document, position);
    if (hover?.range) assertRangeInside(document, hover.range, `hover range at ${offset}`);
  }
}

/**
 * The case named `name`: diagnostics well formed; none about syntax when JSON.parse accepts it (y_), at least one
 * when it rejects it (n_); completion and hover at the start, middle and end answer with ranges inside.
 */
export function checkCase(name: string): void {
  const { cls, text } = suiteCases.find((c) => c.name === name)!;
  const document = TextDocument.create('file:///w/case.ocpp.json', 'ocpp', 1, text);
  const diagnostics = service.doValidation(document);
  assertWellFormed(document, diagnostics);
  const syntax = diagnostics.filter((d) => syntaxCodes.has(String(d.code)));
  if (cls === 'y') {
    assert.deepEqual(syntax.map((d) => `${String(d.code)}: ${typeof d.message === 'string' ? d.message : d.message.value}`), [], 'JSON.parse accepts this, so no syntax diagnostic');
  } else if (cls === 'n') {
    assert.ok(syntax.length > 0, `JSON.parse rejects this, but no syntax diagnostic among ${JSON.stringify(diagnostics.map((d) => d.code))}`);
  }
  checkEditorFeatures(document);
}
