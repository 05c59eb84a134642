import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { splitCursor } from './support/service';
import { runRuleCases, service201 } from './support/ruleCases';
import { transactionCases, transactionCodes, transactionHoverCases } from './transactions.cases';

describe('2.0.1 transactions rules', () => {
  runRuleCases(transactionCases, transactionCodes);
  for (const c of transactionHoverCases) {
    test(`hover ${c.name}`, () => {
      const { text, offset } = splitCursor(c.text);
      const document = TextDocument.create('file:///w/case.ocpp.json', 'ocpp', 1, text);
      const hover = service201.doHover(document, document.positionAt(offset));
      const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : undefined;
      if (c.note) assert.match(value ?? '', c.note);
      else assert.doesNotMatch(value ?? '', /event of transaction/);
    });
  }
});
