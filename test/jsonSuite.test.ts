/**
 * JSON conformance in the classes of Nicolas Seriot's JSONTestSuite, with JSON.parse as the oracle: a document
 * JSON.parse accepts ('y_') gets no syntax diagnostic, one it rejects ('n_') gets at least one, each inside the
 * document with a message; implementation-defined documents ('i_') only have to be answered without throwing and
 * with well-formed ranges. Completion and hover at the start, middle and end of every document must not throw.
 * The cases are in test/fixtures/jsonSuite.ts, including 100,000 levels of nesting, which must not overflow the
 * stack.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position, Range } from 'vscode-languageserver-types';
import { getLanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';
import { suiteCases, type SuiteCase } from './fixtures/jsonSuite';

const syntaxCodes = new Set(['syntax-error', 'comment', 'trailing-comma']);
const service = getLanguageService({ catalogs });

function jsonParseAccepts(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

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

/** The text as a JS string literal, with everything outside printable ASCII as \\uXXXX, so names stay readable. */
function shown(text: string): string {
  return JSON.stringify(text).replace(/[^\x20-\x7e]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function label(c: SuiteCase): string {
  const shortened = c.text.length > 40 ? `${shown(c.text.slice(0, 30))}… (${c.text.length} chars)` : shown(c.text);
  return `${c.cls}_${c.name}: ${shortened}`;
}

describe('JSON test-suite cases', () => {
  test('the table has 150+ cases in all three classes, names unique, classes agreeing with JSON.parse', () => {
    assert.ok(suiteCases.length >= 150, `${suiteCases.length} cases`);
    for (const cls of ['y', 'n', 'i'] as const) assert.ok(suiteCases.some((c) => c.cls === cls), `no ${cls}_ case`);
    const names = new Set<string>();
    for (const c of suiteCases) {
      assert.ok(!names.has(c.name), `duplicate case name ${c.name}`);
      names.add(c.name);
      if (c.cls === 'y') assert.ok(jsonParseAccepts(c.text), `y_${c.name} is rejected by JSON.parse`);
      if (c.cls === 'n') assert.ok(!jsonParseAccepts(c.text), `n_${c.name} is accepted by JSON.parse`);
    }
  });

  for (const cls of ['y', 'n', 'i'] as const) {
    describe(`${cls}_ cases (${cls === 'y' ? 'must accept' : cls === 'n' ? 'must reject' : 'implementation-defined'})`, () => {
      for (const c of suiteCases.filter((s) => s.cls === cls)) {
        test(label(c), () => {
          const document = TextDocument.create('file:///w/case.ocpp.json', 'ocpp', 1, c.text);
          const diagnostics = service.doValidation(document);
          assertWellFormed(document, diagnostics);
          const syntax = diagnostics.filter((d) => syntaxCodes.has(String(d.code)));
          if (cls === 'y') {
            assert.deepEqual(syntax.map((d) => `${String(d.code)}: ${typeof d.message === 'string' ? d.message : d.message.value}`), [], 'JSON.parse accepts this, so no syntax diagnostic');
          } else if (cls === 'n') {
            assert.ok(syntax.length > 0, `JSON.parse rejects this, but no syntax diagnostic among ${JSON.stringify(diagnostics.map((d) => d.code))}`);
          }
          checkEditorFeatures(document);
        });
      }
    });
  }
});
