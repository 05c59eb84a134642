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
 * A failure names the exact place: "TransactionEventRequest.transactionInfo.chargingState: maxLength 20 vs schema 25".
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Enumeration, Field, FieldType, ObjectType } from '../server/src/ocpp/schema';
import { actions, actionsByName, ocpp201 } from '../server/src/ocpp/v201';
import { CustomDataType } from '../server/src/ocpp/v201/customData';
import * as enums from '../server/src/ocpp/v201/enums';
import * as types from '../server/src/ocpp/v201/types';
import { isOpen, ocpp201Schemas, readOfficialSchemas, resolve, type JsonSchema } from './support/oracleSchemas';

const schemas = readOfficialSchemas(ocpp201Schemas);

// ---------------------------------------------------------------------------------------------------------------
// Field by field
// ---------------------------------------------------------------------------------------------------------------

const definitionName = (node: JsonSchema) => node.$ref?.replace('#/definitions/', '');

/** What a schema node is, in the words the comparison reports: string, integer, number, date-time, any, ... */
function schemaKind(schema: JsonSchema): string {
  if (schema.enum) return 'enum';
  if (schema.type === undefined) return 'any';
  if (schema.type === 'string' && schema.format) return schema.format;
  return schema.type;
}

function catalogKind(type: FieldType): string {
  switch (type.kind) {
    case 'decimal': return 'number';
    case 'dateTime': return 'date-time';
    case 'string': return type.format ?? 'string';
    default: return type.kind;
  }
}

const show = (value: unknown) => (value === undefined ? 'none' : JSON.stringify(value));

/**
 * Every difference between a catalog object and the schema node that describes it, each naming its place. The
 * object is compared with its schema wherever it occurs, so a datatype used by ten messages is checked ten times,
 * against each message's own copy of its definition.
 */
function compareObject(path: string, object: ObjectType, node: JsonSchema, root: JsonSchema, problems: string[]): void {
  const schema = resolve(node, root);
  const expectedName = definitionName(node);
  if (expectedName !== undefined && object.name !== expectedName) problems.push(`${path}: type name ${object.name} vs schema ${expectedName}`);
  if (Boolean(object.open) !== isOpen(schema)) {
    problems.push(`${path}: ${object.open ? 'open' : 'closed'} vs schema ${isOpen(schema) ? 'open' : 'closed (additionalProperties false)'}`);
  }
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  for (const name of Object.keys(properties)) {
    if (!object.fields.some((f) => f.name === name)) problems.push(`${path}.${name}: missing from the catalog`);
  }
  for (const field of object.fields) {
    const fieldPath = `${path}.${field.name}`;
    const property = properties[field.name];
    if (!property) {
      problems.push(`${fieldPath}: not in the schema`);
      continue;
    }
    if (field.required !== required.has(field.name)) {
      problems.push(`${fieldPath}: ${field.required ? 'required' : 'optional'} vs schema ${required.has(field.name) ? 'required' : 'optional'}`);
    }
    compareField(fieldPath, field, property, root, problems);
  }
  for (const name of required) {
    if (!properties[name]) problems.push(`${path}: the schema requires ${name}, which it does not define`);
  }
}

function compareField(path: string, field: Field, node: JsonSchema, root: JsonSchema, problems: string[]): void {
  // A default stands on the property (tbc: false) or on the enumeration it refers to (AttributeEnumType: Actual).
  const schemaDefault = node.default ?? resolve(node, root).default;
  if (field.default !== schemaDefault) problems.push(`${path}: default ${show(field.default)} vs schema ${show(schemaDefault)}`);
  compareType(path, field.type, node, root, problems);
}

function compareType(path: string, type: FieldType, node: JsonSchema, root: JsonSchema, problems: string[]): void {
  const schema = resolve(node, root);
  const ours = catalogKind(type);
  const theirs = schemaKind(schema);
  if (ours !== theirs) {
    problems.push(`${path}: type ${ours} vs schema ${theirs}`);
    return;
  }
  const limit = (what: string, mine: number | undefined, official: number | undefined) => {
    if (mine !== official) problems.push(`${path}: ${what} ${show(mine)} vs schema ${show(official)}`);
  };
  switch (type.kind) {
    case 'string':
      limit('maxLength', type.maxLength, schema.maxLength);
      return;
    case 'dateTime':
    case 'boolean':
    case 'any':
      return;
    case 'integer':
      limit('minimum', type.min, schema.minimum);
      limit('maximum', type.max, schema.maximum);
      return;
    case 'decimal':
      limit('minimum', type.min, schema.minimum);
      // The vocabulary has no maximum for decimals: a schema that sets one needs the vocabulary to grow.
      limit('maximum', undefined, schema.maximum);
      limit('multipleOf', type.multipleOf, schema.multipleOf);
      return;
    case 'enum':
      compareEnumeration(path, type.enumeration, node, schema, problems);
      return;
    case 'array':
      limit('minItems', type.minItems, schema.minItems);
      limit('maxItems', type.maxItems, schema.maxItems);
      if (!schema.items) problems.push(`${path}: the schema's array has no items`);
      else compareType(path, type.items, schema.items, root, problems);
      return;
    case 'object':
      compareObject(path, type.object, node, root, problems);
      return;
  }
}

function compareEnumeration(path: string, enumeration: Enumeration, node: JsonSchema, schema: JsonSchema, problems: string[]): void {
  const expectedName = definitionName(node);
  if (expectedName !== undefined && enumeration.name !== expectedName) problems.push(`${path}: enumeration ${enumeration.name} vs schema ${expectedName}`);
  const ours = enumeration.values.map((v) => v.name);
  const theirs = schema.enum ?? [];
  const missing = theirs.filter((v) => !ours.includes(v));
  const extra = ours.filter((v) => !theirs.includes(v));
  if (missing.length) problems.push(`${path}: ${enumeration.name} lacks ${missing.join(', ')}`);
  if (extra.length) problems.push(`${path}: ${enumeration.name} has ${extra.join(', ')}, which the schema does not`);
  const repeated = ours.filter((v, i) => ours.indexOf(v) !== i);
  if (repeated.length) problems.push(`${path}: ${enumeration.name} lists ${repeated.join(', ')} twice`);
}

// ---------------------------------------------------------------------------------------------------------------
// Everything the catalog holds, for the checks that look at every object and every description
// ---------------------------------------------------------------------------------------------------------------

/** Every object type reachable from the actions, and every enumeration, each once (by identity). */
function catalogContents(): { objects: ObjectType[]; enumerations: Enumeration[] } {
  const objects = new Set<ObjectType>();
  const enumerations = new Set<Enumeration>([ocpp201.callErrorCodes]);
  const visitType = (type: FieldType) => {
    if (type.kind === 'object') visitObject(type.object);
    else if (type.kind === 'array') visitType(type.items);
    else if (type.kind === 'enum') enumerations.add(type.enumeration);
  };
  const visitObject = (object: ObjectType) => {
    if (objects.has(object)) return;
    objects.add(object);
    for (const field of object.fields) visitType(field.type);
  };
  for (const action of actions) {
    if (action.request) visitObject(action.request);
    if (action.response) visitObject(action.response);
  }
  // Exported but used by no message would still be shown nowhere; it is still ours to describe.
  for (const exported of Object.values(types)) if (isObjectType(exported)) visitObject(exported);
  for (const exported of Object.values(enums)) if (isEnumeration(exported)) enumerations.add(exported);
  return { objects: [...objects], enumerations: [...enumerations] };
}

const isObjectType = (value: unknown): value is ObjectType =>
  typeof value === 'object' && value !== null && 'fields' in value && 'name' in value;
const isEnumeration = (value: unknown): value is Enumeration =>
  typeof value === 'object' && value !== null && 'values' in value && 'name' in value && 'doc' in value;

// ---------------------------------------------------------------------------------------------------------------
// Descriptions: ours, not OCA's
// ---------------------------------------------------------------------------------------------------------------

const runLength = 6;
const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/** Every run of six consecutive words in any description of the official schemas. */
function officialRuns(): Set<string> {
  const runs = new Set<string>();
  const walk = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'description' && typeof value === 'string') {
        const w = words(value);
        for (let i = 0; i + runLength <= w.length; i++) runs.add(w.slice(i, i + runLength).join(' '));
      } else {
        walk(value);
      }
    }
  };
  for (const { schema } of schemas) walk(schema);
  return runs;
}

/** Every description the catalog writes, with where it stands. */
function catalogDescriptions(): { where: string; text: string }[] {
  const { objects, enumerations } = catalogContents();
  return [
    ...actions.map((a) => ({ where: `action ${a.name}`, text: a.doc })),
    ...objects.flatMap((o) => o.fields.map((f) => ({ where: `field ${o.name}.${f.name}`, text: f.doc }))),
    ...enumerations.flatMap((e) => [
      { where: `enumeration ${e.name}`, text: e.doc },
      ...e.values.map((v) => ({ where: `value ${e.name}.${v.name}`, text: v.doc })),
    ]),
  ];
}

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
    const problems: string[] = [];
    for (const object of objects) {
      if (object === CustomDataType) continue;
      const customData = object.fields.find((f) => f.name === 'customData');
      if (!customData) problems.push(`${object.name}: no customData`);
      else if (customData.required || customData.type.kind !== 'object' || customData.type.object !== CustomDataType) {
        problems.push(`${object.name}.customData: not an optional CustomDataType`);
      }
      if (object.open) problems.push(`${object.name}: open, but only CustomDataType may be`);
    }
    assert.deepEqual(problems, []);
    assert.equal(CustomDataType.name, 'CustomDataType');
    assert.equal(CustomDataType.open, true);
    assert.deepEqual(CustomDataType.fields.map((f) => [f.name, f.required, f.type]), [['vendorId', true, { kind: 'string', maxLength: 255 }]]);
    assert.ok(objects.includes(CustomDataType));
    // And the schemas say the same of themselves: every object closed but CustomDataType, each with customData.
    const official: string[] = [];
    const walk = (node: JsonSchema, where: string) => {
      if (node.type === 'object') {
        const custom = where.endsWith('/CustomDataType');
        if (isOpen(node) !== custom) official.push(`${where}: ${isOpen(node) ? 'open' : 'closed'}`);
        if (!custom && node.properties?.customData?.$ref !== '#/definitions/CustomDataType') official.push(`${where}: no customData`);
      }
      for (const [name, definition] of Object.entries(node.definitions ?? {})) walk(definition, `${where}/${name}`);
    };
    for (const { action, kind, schema } of schemas) walk(schema, `${action}.${kind}`);
    assert.deepEqual(official, []);
  });

  test('every description is ours: present, and sharing no run of six words with the official schemas\' descriptions', () => {
    const runs = officialRuns();
    const descriptions = catalogDescriptions();
    assert.ok(descriptions.length > 1200, `only ${descriptions.length} descriptions found`);
    const problems: string[] = [];
    for (const { where, text } of descriptions) {
      if (typeof text !== 'string' || text.trim() === '') {
        problems.push(`${where}: no description`);
        continue;
      }
      const w = words(text);
      for (let i = 0; i + runLength <= w.length; i++) {
        const run = w.slice(i, i + runLength).join(' ');
        if (runs.has(run)) {
          problems.push(`${where}: "${run}" is the schemas' wording`);
          break;
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  test('every action has its functional block, a direction and the use cases that name it', () => {
    const problems: string[] = [];
    for (const action of actions) {
      if (!/^[A-P] [A-Z][A-Za-z0-9 ]*$/.test(action.profile)) problems.push(`${action.name}: functional block "${action.profile}"`);
      if (!['ChargePointToCentralSystem', 'CentralSystemToChargePoint', 'Both'].includes(action.direction)) {
        problems.push(`${action.name}: direction "${action.direction}"`);
      }
      const useCases = action.useCases ?? [];
      if (useCases.length === 0) problems.push(`${action.name}: no use case`);
      for (const id of useCases) if (!/^[A-P]\d\d$/.test(id)) problems.push(`${action.name}: use case "${id}"`);
      if (new Set(useCases).size !== useCases.length) problems.push(`${action.name}: a use case listed twice`);
    }
    assert.deepEqual(problems, []);
    // Sixteen blocks, A to P, each holding at least one action.
    assert.deepEqual([...new Set(actions.map((a) => a.profile[0]))].sort().join(''), 'ABCDEFGHIJKLMNOP');
  });
});
