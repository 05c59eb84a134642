/**
 * A 2.x catalog against the official JSON schemas of its version, field by field, and the checks on its own words:
 * shared by test/catalog201.test.ts (OCPP 2.0.1) and test/catalog21.test.ts (OCPP 2.1).
 *
 * A failure names the exact place: "TransactionEventRequest.transactionInfo.chargingState: maxLength 20 vs schema 25".
 */
import type { ActionDefinition, Enumeration, Field, FieldType, ObjectType } from '../../server/src/ocpp/schema';
import { isOpen, resolve, type JsonSchema } from './oracleSchemas';

// ---------------------------------------------------------------------------------------------------------------
// Field by field
// ---------------------------------------------------------------------------------------------------------------

export const definitionName = (node: JsonSchema) => node.$ref?.replace('#/definitions/', '');

/** What a schema node is, in the words the comparison reports: string, integer, number, date-time, any, ... */
function schemaKind(schema: JsonSchema): string {
  if (schema.enum) return 'enum';
  if (schema.type === undefined) return 'any';
  if (schema.type === 'string' && schema.format) return schema.format;
  return schema.type;
}

/**
 * A string with `known` values (2.1's open enumerations, openEnumeration in schema.ts) is a string to the schema:
 * its limit is the schema string's maxLength, and its known values are not the schema's to check.
 */
function catalogKind(type: FieldType): string {
  switch (type.kind) {
    case 'decimal': return 'number';
    case 'dateTime': return 'date-time';
    case 'string': return type.format ?? 'string';
    default: return type.kind;
  }
}

export interface CompareOptions {
  /**
   * 2.1: a string whose schema description names an appendix's list ("Values defined in Appendix as
   * IdTokenEnumStringType") has those values as `known`, and a string with `known` has such a description.
   */
  readonly knownValues?: boolean;
}

const show = (value: unknown) => (value === undefined ? 'none' : JSON.stringify(value));

/**
 * Every difference between a catalog object and the schema node that describes it, each naming its place. The
 * object is compared with its schema wherever it occurs, so a datatype used by ten messages is checked ten times,
 * against each message's own copy of its definition.
 */
export function compareObject(path: string, object: ObjectType, node: JsonSchema, root: JsonSchema, problems: string[], options: CompareOptions = {}): void {
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
  const names = object.fields.map((f) => f.name);
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  if (repeated.length) problems.push(`${path}: ${repeated.join(', ')} listed twice`);
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
    compareField(fieldPath, field, property, root, problems, options);
  }
  for (const name of required) {
    if (!properties[name]) problems.push(`${path}: the schema requires ${name}, which it does not define`);
  }
}

function compareField(path: string, field: Field, node: JsonSchema, root: JsonSchema, problems: string[], options: CompareOptions): void {
  // A default stands on the property (tbc: false) or on the enumeration it refers to (AttributeEnumType: Actual).
  const schemaDefault = node.default ?? resolve(node, root).default;
  if (field.default !== schemaDefault) problems.push(`${path}: default ${show(field.default)} vs schema ${show(schemaDefault)}`);
  compareType(path, field.type, node, root, problems, options);
}

function compareType(path: string, type: FieldType, node: JsonSchema, root: JsonSchema, problems: string[], options: CompareOptions, outer?: JsonSchema): void {
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
      if (type.known && type.known.values.length === 0) problems.push(`${path}: ${type.known.name} knows no value`);
      if (options.knownValues) {
        // An array's items take the array's description (GetChargingProfilesRequest's chargingLimitSource).
        const description = schema.description ?? node.description ?? outer?.description ?? '';
        const named = /appendix as (\w+EnumStringType)/i.exec(description)?.[1];
        if (type.known?.name !== named) problems.push(`${path}: known values ${show(type.known?.name)} vs schema ${show(named)}`);
      }
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
      limit('maximum', type.max, schema.maximum);
      limit('multipleOf', type.multipleOf, schema.multipleOf);
      return;
    case 'enum':
      compareEnumeration(path, type.enumeration, node, schema, problems);
      return;
    case 'array':
      limit('minItems', type.minItems, schema.minItems);
      limit('maxItems', type.maxItems, schema.maxItems);
      if (!schema.items) problems.push(`${path}: the schema's array has no items`);
      else compareType(path, type.items, schema.items, root, problems, options, schema);
      return;
    case 'object':
      compareObject(path, type.object, node, root, problems, options);
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

export interface CatalogContents {
  readonly objects: readonly ObjectType[];
  /** Enumerations of `enum` fields, the known values of open enumerations, the error codes and every exported one. */
  readonly enumerations: readonly Enumeration[];
}

/**
 * Every object type reachable from the actions or exported by `modules`, and every enumeration reachable or
 * exported, each once (by identity).
 */
export function catalogContents(actions: readonly ActionDefinition[], extraEnumerations: readonly Enumeration[], modules: readonly object[]): CatalogContents {
  const objects = new Set<ObjectType>();
  const enumerations = new Set<Enumeration>(extraEnumerations);
  const visitType = (type: FieldType) => {
    if (type.kind === 'object') visitObject(type.object);
    else if (type.kind === 'array') visitType(type.items);
    else if (type.kind === 'enum') enumerations.add(type.enumeration);
    else if (type.kind === 'string' && type.known) enumerations.add(type.known);
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
  for (const module of modules) {
    for (const exported of Object.values(module)) {
      if (isObjectType(exported)) visitObject(exported);
      else if (isEnumeration(exported)) enumerations.add(exported);
    }
  }
  return { objects: [...objects], enumerations: [...enumerations] };
}

const isObjectType = (value: unknown): value is ObjectType =>
  typeof value === 'object' && value !== null && 'fields' in value && 'name' in value;
const isEnumeration = (value: unknown): value is Enumeration =>
  typeof value === 'object' && value !== null && 'values' in value && 'name' in value && 'doc' in value;

// ---------------------------------------------------------------------------------------------------------------
// customData
// ---------------------------------------------------------------------------------------------------------------

/** Every object but CustomDataType carries an optional customData of that type, and only CustomDataType is open. */
export function customDataProblems(objects: readonly ObjectType[], customDataType: ObjectType): string[] {
  const problems: string[] = [];
  for (const object of objects) {
    if (object === customDataType) continue;
    const customData = object.fields.find((f) => f.name === 'customData');
    if (!customData) problems.push(`${object.name}: no customData`);
    else if (customData.required || customData.type.kind !== 'object' || customData.type.object !== customDataType) {
      problems.push(`${object.name}.customData: not an optional CustomDataType`);
    }
    if (object.open) problems.push(`${object.name}: open, but only CustomDataType may be`);
  }
  return problems;
}

/** The schemas say the same of themselves: every object closed but CustomDataType, each with customData. */
export function officialCustomDataProblems(schemas: readonly { name: string; schema: JsonSchema }[]): string[] {
  const official: string[] = [];
  const walk = (node: JsonSchema, where: string) => {
    if (node.type === 'object') {
      const custom = where.endsWith('/CustomDataType');
      if (isOpen(node) !== custom) official.push(`${where}: ${isOpen(node) ? 'open' : 'closed'}`);
      if (!custom && node.properties?.customData?.$ref !== '#/definitions/CustomDataType') official.push(`${where}: no customData`);
    }
    for (const [name, definition] of Object.entries(node.definitions ?? {})) walk(definition, `${where}/${name}`);
  };
  for (const { name, schema } of schemas) walk(schema, name);
  return official;
}

// ---------------------------------------------------------------------------------------------------------------
// Descriptions: ours, not OCA's
// ---------------------------------------------------------------------------------------------------------------

export const runLength = 6;
const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/** Every run of six consecutive words in these texts. */
export function wordRuns(texts: Iterable<string>, runs = new Set<string>()): Set<string> {
  for (const text of texts) {
    const w = words(text);
    for (let i = 0; i + runLength <= w.length; i++) runs.add(w.slice(i, i + runLength).join(' '));
  }
  return runs;
}

/** Every description in the official schemas (not a property that happens to be named "description"). */
export function schemaDescriptions(schemas: readonly { schema: JsonSchema }[]): string[] {
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'description' && typeof value === 'string') found.push(value);
      else walk(value);
    }
  };
  for (const { schema } of schemas) walk(schema);
  return found;
}

/** Every description the catalog writes, with where it stands. */
export function catalogDescriptions(actions: readonly ActionDefinition[], contents: CatalogContents): { where: string; text: string }[] {
  return [
    ...actions.map((a) => ({ where: `action ${a.name}`, text: a.doc })),
    ...contents.objects.flatMap((o) => o.fields.map((f) => ({ where: `field ${o.name}.${f.name}`, text: f.doc }))),
    ...contents.enumerations.flatMap((e) => [
      { where: `enumeration ${e.name}`, text: e.doc },
      ...e.values.map((v) => ({ where: `value ${e.name}.${v.name}`, text: v.doc })),
    ]),
  ];
}

/** Descriptions that are missing or share a run of six words with `runs`, one problem each. */
export function descriptionProblems(descriptions: readonly { where: string; text: string }[], runs: ReadonlySet<string>, source: string): string[] {
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
        problems.push(`${where}: "${run}" is ${source}`);
        break;
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Functional blocks, directions, use cases
// ---------------------------------------------------------------------------------------------------------------

/** `letters` is a character class body such as "A-P": the functional blocks of the version. */
export function actionMetadataProblems(actions: readonly ActionDefinition[], letters: string): string[] {
  const profile = new RegExp(`^[${letters}] [A-Z][A-Za-z0-9 ]*$`);
  const useCase = new RegExp(`^[${letters}]\\d\\d$`);
  const problems: string[] = [];
  for (const action of actions) {
    if (!profile.test(action.profile)) problems.push(`${action.name}: functional block "${action.profile}"`);
    if (!['ChargePointToCentralSystem', 'CentralSystemToChargePoint', 'Both'].includes(action.direction)) {
      problems.push(`${action.name}: direction "${action.direction}"`);
    }
    const useCases = action.useCases ?? [];
    if (useCases.length === 0) problems.push(`${action.name}: no use case`);
    for (const id of useCases) if (!useCase.test(id)) problems.push(`${action.name}: use case "${id}"`);
    if (new Set(useCases).size !== useCases.length) problems.push(`${action.name}: a use case listed twice`);
  }
  return problems;
}
