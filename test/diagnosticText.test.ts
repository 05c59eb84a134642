/**
 * The text our diagnostics are made of stays within Latin-1. One character past it (a '≥' in a type's description)
 * makes V8 hold the whole publishDiagnostics message of a long log, hundreds of KB, as two bytes a character: the
 * server's UTF-8 encoding and the client's decoding of it then take about twice as long, on every keystroke.
 * What a user wrote (an unknown field's name) may still be anything; the words around it are ours.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateConversation } from './support/corpus';
import { getLanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';
import { describeType } from '../server/src/ocpp/schema';
import { forEachField } from '../server/src/ocpp/walk';
import { describeUnknown } from '../server/src/json/tokenProblems';

const pastLatin1 = /[^\x00-\xff]/;

describe('the words of diagnostics', () => {
  for (const catalog of catalogs) {
    test(`every field type of OCPP ${catalog.displayName} is described in Latin-1`, () => {
      let fields = 0;
      forEachField(catalog.actions, (field) => {
        fields++;
        const described = describeType(field.type);
        assert.doesNotMatch(described, pastLatin1, `${field.name}: ${described}`);
      });
      assert.ok(fields > 100, `only ${fields} fields walked`);
    });
  }

  test('limits are said in words: at least, at most, from ... to, and an array\'s item count', () => {
    assert.equal(describeType({ kind: 'integer', min: 0 }), 'integer, at least 0');
    assert.equal(describeType({ kind: 'integer', max: 5 }), 'integer, at most 5');
    assert.equal(describeType({ kind: 'decimal', min: 1, max: 100, multipleOf: 0.1 }), 'decimal from 1 to 100, in steps of 0.1');
    assert.equal(describeType({ kind: 'array', items: { kind: 'integer', min: 0 }, minItems: 1 }), 'array of integer, at least 0 (at least 1 item)');
    assert.equal(describeType({ kind: 'array', items: { kind: 'boolean' }, minItems: 2, maxItems: 4 }), 'array of boolean (2 to 4 items)');
  });

  test('an unknown token is shown cut with three dots', () => {
    assert.equal(describeUnknown('abcdefghijklmnopqrstuvwxyz'), "'abcdefghijklmnopqrst...'");
    assert.doesNotMatch(describeUnknown('\u0001'.repeat(12)), pastLatin1);
  });

  test('the diagnostics of a long 1.6 log with defects of every kind are Latin-1 throughout', () => {
    const text = generateConversation(300_000, 5).text;
    const service = getLanguageService({ catalogs, version: '1.6' });
    const diagnostics = service.doValidation(TextDocument.create('file:///work/log.ocpp.json', 'ocpp', 1, text));
    assert.ok(new Set(diagnostics.map((d) => d.code)).size >= 15, 'the log should have defects of many kinds');
    for (const diagnostic of diagnostics) assert.doesNotMatch(JSON.stringify(diagnostic), pastLatin1, String(diagnostic.message));
  });
});
