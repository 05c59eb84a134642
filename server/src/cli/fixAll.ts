/**
 * `ocpp-lint --fix`: applies the same sure fixes as the editor's `source.fixAll.ocpp` (never a choice between
 * equal candidates, never a deletion of what the user wrote) until nothing changes, since one repair can reveal
 * another (a renamed key, then a value under it).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../service';
import type { RuleSettings } from '../service/settings/ruleSettings';

const fixAllKind = 'source.fixAll.ocpp';
/** Each pass fixes everything it can see; a handful is plenty, and the bound keeps a bug from looping. */
const maxPasses = 5;

export function fixText(service: LanguageService, uri: string, text: string, rules: RuleSettings): string {
  service.configure(rules);
  let document = TextDocument.create(uri, 'ocpp', 1, text);
  for (let pass = 0; pass < maxPasses; pass++) {
    const diagnostics = service.doValidation(document, rules);
    if (diagnostics.length === 0) break;
    const whole = { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) };
    const fixAll = service.getCodeActions(document, whole, diagnostics, [fixAllKind]).find((a) => a.kind === fixAllKind);
    const edits = fixAll?.edit?.changes?.[uri] ?? [];
    if (edits.length === 0) break;
    const next = TextDocument.applyEdits(document, edits);
    if (next === document.getText()) break;
    document = TextDocument.create(uri, 'ocpp', document.version + 1, next);
  }
  return document.getText();
}
