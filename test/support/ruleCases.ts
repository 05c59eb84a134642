/**
 * The one runner of the 2.0.1 rule cases written as data (test/*.cases.ts): each text with the findings of a part's
 * codes (code, the exact text covered, the requirement id its message cites), and hover notes. The cases run
 * through the language service given only the 2.0.1 catalog here, and through the real server over stdio in
 * test/version.lsp.test.ts (`findingsOf` is the comparison both make).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/service';
import { ocpp201 } from '../../server/src/ocpp/v201';
import { nodeAt } from '../../server/src/service/document/ocppDocument';
import { splitCursor } from './service';

export interface RuleCase {
  readonly name: string;
  readonly text: string;
  /** A bare payload is read as the message its file name says. */
  readonly uri?: string;
  /** In order of position: code, the exact text covered, and the requirement id the message cites. */
  readonly expect: readonly { readonly code: string; readonly covers: string; readonly cites: string }[];
  /** True when the text has no problem of any other code either. */
  readonly clean?: boolean;
}

export interface HoverCase {
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

/** The uri a case is read at when it names none. */
export const defaultCaseUri = 'file:///w/case.ocpp.json';

/** The case's file name: its uri's last part. */
export const caseFileName = (c: RuleCase) => (c.uri ?? defaultCaseUri).slice((c.uri ?? defaultCaseUri).lastIndexOf('/') + 1);

/**
 * Asserts that `diagnostics` of `c.text` hold exactly the expected findings of `codes`, in order, each message citing
 * its requirement, and, for a clean case, nothing else.
 */
export function assertFindings(c: RuleCase, codes: readonly string[], diagnostics: readonly Diagnostic[]): void {
  const document = TextDocument.create('file:///x', 'ocpp', 1, c.text);
  const found = diagnostics.map((d) => ({
    code: String(d.code),
    covers: c.text.slice(document.offsetAt(d.range.start), document.offsetAt(d.range.end)),
    message: String(d.message),
  }));
  const ours = found.filter((f) => codes.includes(f.code));
  assert.deepEqual(ours.map(({ code, covers }) => ({ code, covers })), c.expect.map(({ code, covers }) => ({ code, covers })),
    ours.map((f) => f.message).join('\n'));
  c.expect.forEach((e, i) => assert.ok(ours[i].message.includes(e.cites), `${ours[i].message} should cite ${e.cites}`));
  if (c.clean) assert.deepEqual(found.filter((f) => !codes.includes(f.code)), []);
}

export function runRuleCases(cases: readonly RuleCase[], codes: readonly string[]): void {
  test('the codes are the 2.0.1 rule set\'s', () => {
    assert.deepEqual(codes.filter((code) => !ocpp201.rules.codes[code]), []);
  });
  for (const c of cases) {
    test(c.name, () => {
      const document = TextDocument.create(c.uri ?? defaultCaseUri, 'ocpp', 1, c.text);
      assertFindings(c, codes, service201.doValidation(document));
    });
  }
}

export function hoverText(textWithCursor: string, uri = defaultCaseUri): string {
  const { text, offset } = splitCursor(textWithCursor);
  const document = TextDocument.create(uri, 'ocpp', 1, text);
  const hover = service201.doHover(document, document.positionAt(offset));
  return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
}

/** The rule set's own note on the value under the cursor. */
export function ruleNote(textWithCursor: string, uri = defaultCaseUri): string {
  const { text, offset } = splitCursor(textWithCursor);
  const doc = service201.parseDocument(TextDocument.create(uri, 'ocpp', 1, text));
  const node = nodeAt(doc, offset);
  if (!node || node.type === 'property') return '';
  return ocpp201.rules.hoverNote(doc, node) ?? '';
}

export function runHoverCases(cases: readonly HoverCase[]): void {
  for (const c of cases) {
    test(`hover: ${c.name}`, () => {
      const value = c.via === 'rules' ? ruleNote(c.text) : hoverText(c.text);
      if (c.note) assert.match(value, c.note);
      if (c.absent) assert.doesNotMatch(value, c.absent);
    });
  }
}
