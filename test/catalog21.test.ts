/**
 * The OCPP 2.1 catalog (server/src/ocpp/v21/) against the official 2.1 JSON schemas, field by field, as
 * test/catalog201.test.ts does for 2.0.1 and with the same code (test/support/catalogCompare.ts): for all 181
 * schemas (90 actions, request and response, and the SEND NotifyPeriodicEventStream), at every depth, the same
 * field names, required fields, types, length limits, number limits (decimals with a maximum included), array
 * limits, enumeration values, defaults, type names, and open or closed objects. 2.1's open enumerations are strings
 * to the schemas: a catalog string with `known` values matches a schema string of the same maxLength, and its known
 * values are the list the schema's description names, as Appendix 7 of Part 2 gives it.
 *
 * And 2.1 as data over 2.0.1: what 2.0.1 lacks in a type or an enumeration 2.0.1 has is marked `since: '2.1'`, and
 * nothing 2.0.1 has is; where 2.1's schema of a type, enumeration or message equals 2.0.1's (descriptions left
 * aside) and everything it refers to is kept too, the catalog holds the very 2.0.1 object, not a copy.
 *
 * And the catalog's own words: every description there, none repeating six consecutive words of the official 2.1
 * or 2.0.1 schemas' descriptions or of Appendix 7 (the values of the open enumerations); every action has its
 * functional block (A to S), its direction and its use cases.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Enumeration, ObjectType } from '../server/src/ocpp/schema';
import { actions as actions201, ocpp201 } from '../server/src/ocpp/v201';
import { CustomDataType } from '../server/src/ocpp/v201/customData';
import * as enums201 from '../server/src/ocpp/v201/enums';
import * as types201 from '../server/src/ocpp/v201/types';
import { actions, actionsByName, ocpp21 } from '../server/src/ocpp/v21';
import * as enums from '../server/src/ocpp/v21/enums';
import * as types from '../server/src/ocpp/v21/types';
import {
  actionMetadataProblems, catalogContents, catalogDescriptions, compareObject, customDataProblems,
  descriptionProblems, officialCustomDataProblems, schemaDescriptions, wordRuns,
} from './support/catalogCompare';
import { ocpp201Schemas, ocpp21Schemas, readOfficialSchemas, type JsonSchema } from './support/oracleSchemas';

const schemas = readOfficialSchemas(ocpp21Schemas);
const schemas201 = readOfficialSchemas(ocpp201Schemas);

const contents = catalogContents(actions, [ocpp21.callErrorCodes], [types, enums]);
const contents201 = catalogContents(actions201, [ocpp201.callErrorCodes], [types201, enums201]);

// ---------------------------------------------------------------------------------------------------------------
// Part 2's appendices, chapter 7: the values of the open enumerations
// ---------------------------------------------------------------------------------------------------------------

const appendices = readFileSync('/work/shared/reference/ocpp/p2_21_appendices.txt', 'utf8');
const chapter7 = appendices.slice(appendices.indexOf('# Chapter 7.'));

/** Each list of chapter 7 with a "Value | Description" table, by its name ("IdTokenEnumStringType", case as in the schemas). */
function appendixLists(): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  for (const section of chapter7.split(/^# 7\.\d+\. /m).slice(1)) {
    const name = section.slice(0, section.indexOf('\n')).trim().replace(/Enumstring/, 'EnumString');
    // 7.4's table starts "SigningMethod | Algorithm | ..." instead of "Value | Description".
    const table = /^(?:Value \| Description|SigningMethod \| Algorithm.*)\n((?:.+\|.*\n)+)/m.exec(section);
    if (table) lists.set(name, table[1].trim().split('\n').map((row) => row.split('|')[0].trim()));
  }
  return lists;
}

// ---------------------------------------------------------------------------------------------------------------
// Which definitions 2.1 keeps as 2.0.1 has them
// ---------------------------------------------------------------------------------------------------------------

/**
 * A schema node without its words, as what it says about values: no descriptions, comments or Java names, keys and
 * required lists in one order, and no `additionalProperties` beside a type that is not an object (2.1 gives its
 * enumerations one, which only objects heed). Enumeration values keep their order.
 */
function facts(node: JsonSchema): string {
  return JSON.stringify(node, (key, value) => {
    if (['description', 'comment', 'javaType', '$id', '$schema', 'definitions'].includes(key)) return undefined;
    if (key === 'required' && Array.isArray(value)) return [...value].sort();
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(value).sort()) if (!(k === 'additionalProperties' && value.type !== 'object')) sorted[k] = value[k];
      return sorted;
    }
    return value;
  });
}

const refsOf = (node: unknown): string[] => {
  const found: string[] = [];
  const walk = (n: unknown) => {
    if (typeof n !== 'object' || n === null) return;
    for (const [key, value] of Object.entries(n)) {
      if (key === '$ref' && typeof value === 'string') found.push(value.replace('#/definitions/', ''));
      else if (key !== 'definitions') walk(value);
    }
  };
  walk(node);
  return found;
};

/** Every definition of one version by name, once; a name two messages define differently is left out (with a note). */
function definitionsOf(list: readonly { name: string; schema: JsonSchema }[], notes: string[]): Map<string, JsonSchema> {
  const byName = new Map<string, JsonSchema>();
  const conflicting = new Set<string>();
  for (const { schema } of list) {
    for (const [definition, node] of Object.entries(schema.definitions ?? {})) {
      const before = byName.get(definition);
      if (before && facts(before) !== facts(node)) conflicting.add(definition);
      byName.set(definition, node);
    }
  }
  for (const name of conflicting) {
    notes.push(name);
    byName.delete(name);
  }
  return byName;
}

/**
 * The definitions and messages 2.1 keeps: equal facts, and everything they refer to kept too. Messages are keyed by
 * their 2.1 name (AuthorizeRequest), definitions by theirs.
 */
function keptByTwoOne(): { definitions: Set<string>; messages: Set<string>; conflicting: string[] } {
  const conflicting: string[] = [];
  const defs21 = definitionsOf(schemas, conflicting);
  const defs201 = definitionsOf(schemas201, conflicting);
  const kept = new Set<string>();
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, node] of defs21) {
      const before = defs201.get(name);
      if (kept.has(name) || !before || facts(before) !== facts(node)) continue;
      if (refsOf(node).every((r) => kept.has(r))) {
        kept.add(name);
        changed = true;
      }
    }
  }
  const messages = new Set<string>();
  for (const { action, kind, name, schema } of schemas) {
    const before = schemas201.find((s) => s.action === action && s.kind === kind);
    if (before && facts(before.schema) === facts(schema) && refsOf(schema.properties).every((r) => kept.has(r))) messages.add(name);
  }
  return { definitions: kept, messages, conflicting };
}

// ---------------------------------------------------------------------------------------------------------------

function byName<T extends { name: string }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(item.name, [...(map.get(item.name) ?? []), item]);
  return map;
}

describe('the OCPP 2.1 catalog equals the official 2.1 JSON schemas', () => {
  test('the schemas and the catalog name the same 91 actions, each with a request and all but the SEND with a response', () => {
    assert.equal(schemas.length, 181);
    const official = [...new Set(schemas.map((s) => s.action))].sort();
    assert.equal(official.length, 91);
    assert.deepEqual(actions.map((a) => a.name).sort(), official);
    assert.equal(actionsByName.size, 91);
    for (const { action, kind } of schemas) assert.ok(actionsByName.get(action)?.[kind], `${action} has no ${kind} in the catalog`);
    // NotifyPeriodicEventStream is a SEND (OCPP-J 2.1 §4.2.4): no response in the schemas, none in the catalog.
    const withoutResponse = official.filter((a) => !schemas.some((s) => s.action === a && s.kind === 'response'));
    assert.deepEqual(withoutResponse, ['NotifyPeriodicEventStream']);
    assert.deepEqual(actions.filter((a) => !a.response).map((a) => a.name), withoutResponse);
  });

  for (const { action, kind, name, schema } of schemas) {
    test(`${name}, field by field at every depth`, () => {
      const definition = actionsByName.get(action)?.[kind];
      assert.ok(definition, `${name} is not in the catalog`);
      assert.equal(definition.name, name);
      const problems: string[] = [];
      compareObject(name, definition, schema, schema, problems, { knownValues: true });
      assert.deepEqual(problems, []);
    });
  }

  test('the catalog names each message as the schemas do (the SEND NotifyPeriodicEventStream without "Request")', () => {
    const problems = schemas
      .map(({ action, kind, name }) => ({ name, ours: ocpp21.messageName(actionsByName.get(action)!, kind) }))
      .filter(({ name, ours }) => ours !== name)
      .map(({ name, ours }) => `${name}: messageName gives ${ours}`);
    assert.deepEqual(problems, []);
  });

  test('the known values of each open enumeration are those Appendix 7 lists', () => {
    const lists = appendixLists();
    assert.deepEqual([...lists.keys()].sort(), ['ChargingLimitSourceEnumStringType', 'ConnectorEnumStringType', 'IdTokenEnumStringType', 'SigningMethodEnumStringType']);
    const known = contents.objects.flatMap((o) => o.fields.map((f) => (f.type.kind === 'array' ? f.type.items : f.type)))
      .flatMap((t) => (t.kind === 'string' && t.known ? [t.known] : []));
    assert.deepEqual([...new Set(known.map((k) => k.name))].sort(), [...lists.keys()].sort());
    for (const enumeration of new Set(known)) {
      assert.deepEqual(enumeration.values.map((v) => v.name), lists.get(enumeration.name), enumeration.name);
    }
  });

  test('every object carries customData; CustomDataType, 2.0.1\'s own, alone is open', () => {
    assert.deepEqual(customDataProblems(contents.objects, CustomDataType), []);
    assert.ok(contents.objects.includes(CustomDataType));
    assert.deepEqual(officialCustomDataProblems(schemas), []);
    // 2.1's CustomDataType is 2.0.1's.
    const official = schemas.find((s) => s.schema.definitions?.CustomDataType)!.schema.definitions!.CustomDataType;
    const official201 = schemas201.find((s) => s.schema.definitions?.CustomDataType)!.schema.definitions!.CustomDataType;
    assert.equal(facts(official), facts(official201));
  });
});

describe('the OCPP 2.1 catalog is data over 2.0.1\'s', () => {
  /** The 2.0.1 enumerations 2.1 made open strings (Appendix 7), whose added values are marked like any others. */
  const replacedBy21: Readonly<Record<string, string>> = {
    IdTokenEnumStringType: 'IdTokenEnumType',
    ChargingLimitSourceEnumStringType: 'ChargingLimitSourceEnumType',
    ConnectorEnumStringType: 'ConnectorEnumType',
  };

  test('in a type or enumeration 2.0.1 has (or replaced by an open string), what 2.0.1 lacks is marked since 2.1 and nothing else is; new ones mark nothing', () => {
    const objects201 = byName(contents201.objects);
    const enumerations201 = byName(contents201.enumerations);
    const problems: string[] = [];
    for (const object of contents.objects) {
      const before = objects201.get(object.name);
      const names201 = before ? new Set(before.flatMap((o) => o.fields.map((f) => f.name))) : undefined;
      for (const field of object.fields) {
        const expected = names201 && !names201.has(field.name) ? '2.1' : undefined;
        if (field.since !== expected) {
          problems.push(`${object.name}.${field.name}: since ${field.since ?? 'none'}, but ${names201 ? (expected ? '2.0.1\'s type lacks it' : '2.0.1 has it') : 'the type is new in 2.1'}`);
        }
      }
    }
    for (const enumeration of contents.enumerations) {
      const before = enumerations201.get(replacedBy21[enumeration.name] ?? enumeration.name);
      const names201 = before ? new Set(before.flatMap((e) => e.values.map((v) => v.name))) : undefined;
      for (const value of enumeration.values) {
        const expected = names201 && !names201.has(value.name) ? '2.1' : undefined;
        if (value.since !== expected) {
          problems.push(`${enumeration.name}.${value.name}: since ${value.since ?? 'none'}, but ${names201 ? (expected ? '2.0.1\'s enumeration lacks it' : '2.0.1 has it') : 'the enumeration is new in 2.1'}`);
        }
      }
    }
    assert.deepEqual(problems, []);
    assert.ok(Object.values(replacedBy21).every((name) => enumerations201.has(name)), 'each replaced enumeration is 2.0.1\'s');
    // The check sees both kinds: fields and values 2.1 added.
    assert.ok(contents.objects.some((o) => o.fields.some((f) => f.since === '2.1')));
    assert.ok(contents.enumerations.some((e) => e.values.some((v) => v.since === '2.1')));
  });

  test('a type, enumeration or message 2.1 keeps as 2.0.1 has it is the very 2.0.1 object, not a copy', () => {
    const { definitions, messages, conflicting } = keptByTwoOne();
    assert.deepEqual(conflicting, [], 'a definition two messages of one version define differently');
    const objects = byName(contents.objects);
    const enumerations = byName(contents.enumerations);
    const objects201 = byName(contents201.objects);
    const enumerations201 = byName(contents201.enumerations);
    const problems: string[] = [];
    for (const name of definitions) {
      const [ours, theirs] = objects.has(name) ? [objects.get(name)!, objects201.get(name) ?? []] : [enumerations.get(name) ?? [], enumerations201.get(name) ?? []];
      if (ours.length !== 1) problems.push(`${name}: ${ours.length} objects of that name in the 2.1 catalog`);
      else if (theirs.length !== 1 || (ours[0] as ObjectType | Enumeration) !== theirs[0]) problems.push(`${name}: a copy, not 2.0.1's`);
    }
    for (const { action, kind, name } of schemas) {
      if (!messages.has(name)) continue;
      if (actionsByName.get(action)?.[kind] !== ocpp201.actionsByName.get(action)?.[kind]) problems.push(`${name}: a copy, not 2.0.1's`);
    }
    assert.deepEqual(problems, []);
    // And the other way: a definition 2.1 changed is not 2.0.1's object (the schema comparison would catch most).
    const shared: string[] = [];
    for (const { schema } of schemas) {
      for (const name of Object.keys(schema.definitions ?? {})) {
        if (definitions.has(name)) continue;
        const ours = objects.get(name) ?? enumerations.get(name) ?? [];
        const theirs = objects201.get(name) ?? enumerations201.get(name) ?? [];
        if ((ours as unknown[]).some((o) => (theirs as unknown[]).includes(o))) shared.push(`${name}: changed in 2.1, yet 2.0.1's object`);
      }
    }
    assert.deepEqual([...new Set(shared)], []);
    assert.ok(definitions.size > 20, `only ${definitions.size} definitions kept`);
    assert.ok(messages.size > 20, `only ${messages.size} messages kept`);
  });
});

describe('the OCPP 2.1 catalog\'s own words', () => {
  test('every description is ours: present, and sharing no run of six words with the 2.1 or 2.0.1 schemas or Appendix 7', () => {
    const runs = wordRuns([...schemaDescriptions(schemas), ...schemaDescriptions(schemas201)]);
    const appendixRuns = wordRuns(chapter7.split('\n'));
    const descriptions = catalogDescriptions(actions, contents);
    assert.ok(descriptions.length > 1800, `only ${descriptions.length} descriptions found`);
    const problems = [
      ...descriptionProblems(descriptions, runs, 'the schemas\' wording'),
      ...descriptionProblems(descriptions.filter((d) => d.text.trim() !== ''), appendixRuns, 'Appendix 7\'s wording'),
    ];
    const missing = problems.filter((p) => p.endsWith(': no description')).length;
    assert.deepEqual(problems, [], `${missing} descriptions missing, ${problems.length - missing} borrowed`);
  });

  test('every action has its functional block (A to S), a direction and the use cases that name it', () => {
    assert.deepEqual(actionMetadataProblems(actions, 'A-S'), []);
    // Nineteen blocks, A to S, each holding at least one action.
    assert.deepEqual([...new Set(actions.map((a) => a.profile[0]))].sort().join(''), 'ABCDEFGHIJKLMNOPQRS');
  });
});
