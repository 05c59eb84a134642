/**
 * The committed OCPP 2.0.1 catalog (server/src/ocpp/v201/) against the official 2.0.1 JSON schemas, field by field,
 * so the two cannot drift apart: for all 128 schemas (64 actions, request and response), at every depth, the same
 * field names, required fields, types, length limits, number limits, array limits, enumeration values, defaults,
 * type names, and which objects are open (CustomDataType) or closed (every other one).
 *
 * And the catalog's own words: every description (action, field, enumeration, value) is there, and none repeats six
 * consecutive words of any description in the official schemas, which are OCA's text, not ours. Every action has
 * its functional block, its direction and the use cases that name it.
 *
 * The comparison and the checks are test/support/catalogCompare.ts, shared with 2.1's test/catalog21.test.ts.
 * A failure names the exact place: "TransactionEventRequest.transactionInfo.chargingState: maxLength 20 vs schema 25".
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { actions, actionsByName, ocpp201 } from '../server/src/ocpp/v201';
import { CustomDataType } from '../server/src/ocpp/v201/customData';
import * as enums from '../server/src/ocpp/v201/enums';
import * as types from '../server/src/ocpp/v201/types';
import {
  actionMetadataProblems, catalogContents as contentsOf, catalogDescriptions as descriptionsOf, compareObject, customDataProblems,
  descriptionProblems, officialCustomDataProblems, schemaDescriptions, wordRuns,
} from './support/catalogCompare';
import { ocpp201Schemas, readOfficialSchemas } from './support/oracleSchemas';

const schemas = readOfficialSchemas(ocpp201Schemas);

/** Every object type reachable from the actions, and every enumeration, each once (by identity). */
const catalogContents = () => contentsOf(actions, [ocpp201.callErrorCodes], [types, enums]);

/** Every run of six consecutive words in any description of the official schemas. */
const officialRuns = () => wordRuns(schemaDescriptions(schemas));

/** Every description the catalog writes, with where it stands. */
const catalogDescriptions = () => descriptionsOf(actions, catalogContents());

// ---------------------------------------------------------------------------------------------------------------

describe('the OCPP 2.0.1 catalog equals the official 2.0.1 JSON schemas', () => {
  test('the schemas and the catalog name the same 64 actions, each with a request and a response', () => {
    assert.equal(schemas.length, 128);
    const official = [...new Set(schemas.map((s) => s.action))].sort();
    assert.equal(official.length, 64);
    assert.deepEqual(actions.map((a) => a.name).sort(), official);
    assert.equal(actionsByName.size, 64);
    for (const { action, kind } of schemas) assert.ok(actionsByName.get(action)?.[kind], `${action} has no ${kind} in the catalog`);
  });

  for (const { action, kind, schema } of schemas) {
    const name = ocpp201Schemas.payloadName(action, kind);
    test(`${name}, field by field at every depth`, () => {
      const definition = actionsByName.get(action)?.[kind];
      assert.ok(definition, `${name} is not in the catalog`);
      assert.equal(definition.name, name);
      assert.equal(ocpp201.messageName(actionsByName.get(action)!, kind), name);
      const problems: string[] = [];
      compareObject(name, definition, schema, schema, problems);
      assert.deepEqual(problems, []);
    });
  }

  test('every object carries customData; CustomDataType alone is open and requires vendorId, a string of at most 255', () => {
    const { objects } = catalogContents();
    assert.deepEqual(customDataProblems(objects, CustomDataType), []);
    assert.equal(CustomDataType.name, 'CustomDataType');
    assert.equal(CustomDataType.open, true);
    assert.deepEqual(CustomDataType.fields.map((f) => [f.name, f.required, f.type]), [['vendorId', true, { kind: 'string', maxLength: 255 }]]);
    assert.ok(objects.includes(CustomDataType));
    // And the schemas say the same of themselves: every object closed but CustomDataType, each with customData.
    assert.deepEqual(officialCustomDataProblems(schemas.map(({ action, kind, schema }) => ({ name: `${action}.${kind}`, schema }))), []);
  });

  test('every description is ours: present, and sharing no run of six words with the official schemas\' descriptions', () => {
    const runs = officialRuns();
    const descriptions = catalogDescriptions();
    assert.ok(descriptions.length > 1200, `only ${descriptions.length} descriptions found`);
    assert.deepEqual(descriptionProblems(descriptions, runs, 'the schemas\' wording'), []);
  });

  test('every action has its functional block, a direction and the use cases that name it', () => {
    assert.deepEqual(actionMetadataProblems(actions, 'A-P'), []);
    // Sixteen blocks, A to P, each holding at least one action.
    assert.deepEqual([...new Set(actions.map((a) => a.profile[0]))].sort().join(''), 'ABCDEFGHIJKLMNOP');
  });
});
