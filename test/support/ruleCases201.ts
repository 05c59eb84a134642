/**
 * Runs 2.0.1 rule cases (text, the findings of a part's codes with the exact text each covers and the requirement id
 * its message cites, hover notes) through the language service given only the 2.0.1 catalog. The stations, status,
 * idTokens and boot cases use it; the same case data can be run over an LSP connection.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../server/src/service';
import { ocpp201 } from '../../server/src/ocpp/v201';
import { nodeAt } from '../../server/src/service/document/ocppDocument';
import { splitCursor } from './service';

export interface RuleCase201 {
  readonly name: string;
  readonly text: string;
  /** A bare payload is read as the message its file name says. */
  readonly uri?: string;
  readonly expect: readonly { readonly code: string; readonly covers: string; readonly cites: string }[];
  /** True when the text has no problem of any other code either. */
  readonly clean?: boolean;
}

export interface HoverCase201 {
  readonly name: string;
  /** `|` marks the cursor. */
  readonly text: string;
  /** What the hover must say; undefined: `absent` must not appear. */
  readonly note?: RegExp;
  readonly absent?: RegExp;
  /**
   * 'rules' asks the rule set's hoverNote for the value under the cursor directly: the service asks it only on
   * enumeration values, so a note on a number (evseId 0) is tested here until the hover asks for every value.
   */
  readonly via?: 'service' | 'rules';
}

export const service201 = getLanguageService({ catalogs: [ocpp201] });

export const conversation = (...frames: string[]) => `[\n${frames.join(',\n')}\n]`;

export function runRuleCases(cases: readonly RuleCase201[], codes: readonly string[]): void {
  test('the codes are the rule set\'s', () => {
    assert.deepEqual(codes.filter((code) => !ocpp201.rules.codes[code]), []);
  });
  for (const c of cases) {
    test(c.name, () => {
      const document = TextDocument.create(c.uri ?? 'file:///w/case.ocpp.json', 'ocpp', 1, c.text);
      const found = service201.doValidation(document).map((d) => ({
        code: String(d.code),
        covers: c.text.slice(document.offsetAt(d.range.start), document.offsetAt(d.range.end)),
        message: String(d.message),
      }));
      const ours = found.filter((f) => codes.includes(f.code));
      assert.deepEqual(ours.map(({ code, covers }) => ({ code, covers })), c.expect.map(({ code, covers }) => ({ code, covers })),
        ours.map((f) => f.message).join('\n'));
      c.expect.forEach((e, i) => assert.ok(ours[i].message.includes(e.cites), `${ours[i].message} should cite ${e.cites}`));
      if (c.clean) assert.deepEqual(found.filter((f) => !codes.includes(f.code)), []);
    });
  }
}

export function hoverText(textWithCursor: string, uri = 'file:///w/case.ocpp.json'): string {
  const { text, offset } = splitCursor(textWithCursor);
  const document = TextDocument.create(uri, 'ocpp', 1, text);
  const hover = service201.doHover(document, document.positionAt(offset));
  return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
}

/** The rule set's own note on the value under the cursor. */
export function ruleNote(textWithCursor: string, uri = 'file:///w/case.ocpp.json'): string {
  const { text, offset } = splitCursor(textWithCursor);
  const doc = service201.parseDocument(TextDocument.create(uri, 'ocpp', 1, text));
  const node = nodeAt(doc, offset);
  if (!node || node.type === 'property') return '';
  return ocpp201.rules.hoverNote(doc, node) ?? '';
}

export function runHoverCases(cases: readonly HoverCase201[]): void {
  for (const c of cases) {
    test(`hover: ${c.name}`, () => {
      const value = c.via === 'rules' ? ruleNote(c.text) : hoverText(c.text);
      if (c.note) assert.match(value, c.note);
      if (c.absent) assert.doesNotMatch(value, c.absent);
    });
  }
}
