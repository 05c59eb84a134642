/** Runs 2.0.1 rule cases (text, and the findings of a part's codes it must give) through a 2.0.1-only service. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../server/src/service';
import { ocpp201 } from '../../server/src/ocpp/v201';

export interface RuleCase {
  readonly name: string;
  readonly text: string;
  /** A bare payload is read as the message its file name says. */
  readonly uri?: string;
  /** In order of position: code, the exact text covered, and the requirement id the message cites. */
  readonly expect: readonly { readonly code: string; readonly covers: string; readonly cites: string }[];
  /** True when the text has no problem of any other code either (the frames are read the quick way). */
  readonly clean?: boolean;
}

export const service201 = getLanguageService({ catalogs: [ocpp201] });

export function runRuleCases(cases: readonly RuleCase[], codes: readonly string[]): void {
  test('the codes belong to the 2.0.1 rules', () => {
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
      assert.deepEqual(ours.map(({ code, covers }) => ({ code, covers })), c.expect.map(({ code, covers }) => ({ code, covers })));
      c.expect.forEach((e, i) => assert.ok(ours[i].message.includes(e.cites), `${ours[i].message} should cite ${e.cites}`));
      if (c.clean) assert.deepEqual(found.filter((f) => !codes.includes(f.code)), []);
    });
  }
}
