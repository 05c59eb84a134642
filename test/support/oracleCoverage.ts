/**
 * Systematic messages, next to the random ones: for every field of every payload, each enumeration value, the
 * length limit and one past it, every wrong JSON type, the field left out, and the values and fields our
 * catalog knows but the schema does not. Random sampling would reach most of these; this reaches all of them,
 * so a catalog that lacks one enumeration value or adds one field cannot slip through on an unlucky seed.
 */
import type { FieldType, ObjectType } from '../../server/src/ocpp/schema';
import { Random, setField, validValue, wrongCase, wrongTypesFor, type Shape } from './oracleGenerator';
import { isOpen, remove, resolve, type JsonSchema, type Payload } from './oracleSchemas';

/**
 * A field of a payload's schema: its path (field names, array levels left out) and its resolved schema. An array
 * also gets an entry for its items (GetConfiguration.req's keys, MeterValues.req's meter values), so they are
 * varied too.
 */
interface SchemaField {
  readonly path: string;
  readonly schema: JsonSchema;
  /** Whether this entry stands for the items of the array at `path` rather than the field itself. */
  readonly items: boolean;
  /** Whether the object that holds the field requires it. */
  readonly required: boolean;
}

function schemaFields(root: JsonSchema): SchemaField[] {
  const found: SchemaField[] = [];
  const walk = (node: JsonSchema, prefix: string) => {
    const schema = resolve(node, root);
    for (const [name, child] of Object.entries(schema.properties ?? {})) {
      const path = prefix + name;
      const resolved = resolve(child, root);
      found.push({ path, schema: resolved, items: false, required: schema.required?.includes(name) ?? false });
      const items = resolved.type === 'array' && resolved.items ? resolve(resolved.items, root) : undefined;
      if (items) found.push({ path, schema: items, items: true, required: false });
      walk(items ?? resolved, `${path}.`);
    }
  };
  walk(root, '');
  return found;
}

/** What our catalog says about the field at `path` ('' is the payload itself), or undefined if it has none. */
export function catalogTypeAt(type: ObjectType | undefined, path: string): FieldType | undefined {
  let current: FieldType | undefined = type && { kind: 'object', object: type };
  for (const name of path ? path.split('.') : []) {
    while (current?.kind === 'array') current = current.items;
    if (current?.kind !== 'object') return undefined;
    current = current.object.fields.find((f) => f.name === name)?.type;
  }
  while (current?.kind === 'array') current = current.items;
  return current;
}

/**
 * `count` characters, alternating an emoji (two UTF-16 units, one character for JSON Schema's maxLength) and
 * a letter with an accent, so that a length counted in UTF-16 units or bytes shows.
 */
function characters(count: number): string {
  return Array.from({ length: count }, (_, i) => (i % 2 ? 'é' : '😀')).join('');
}

/** A value our catalog accepts for `type`: enough to test a field the schema does not have. */
function catalogValue(type: FieldType): unknown {
  switch (type.kind) {
    case 'integer': return Math.max(type.min ?? 0, 1);
    case 'decimal': return 1;
    case 'string': return type.format === 'uri' ? 'ftp://example.com/x' : 'x';
    case 'dateTime': return '2024-05-01T10:00:00Z';
    case 'boolean': return true;
    case 'enum': return type.enumeration.values[0].name;
    case 'object': return Object.fromEntries(type.object.fields.filter((f) => f.required).map((f) => [f.name, catalogValue(f.type)]));
    case 'array': return Array.from({ length: type.minItems ?? 0 }, () => catalogValue(type.items));
    case 'any': return 'x';
  }
}

export interface SystematicSample {
  readonly value: unknown;
  readonly origin: string;
  /** Whether the schema accepts it: each variation is made to be one or the other. */
  readonly schemaValid: boolean;
}

/** Values of every JSON type, for a field that takes any (2.0.1's DataTransfer data). */
const everyJsonType: readonly unknown[] = [null, true, 0, -12.5, '', 'text', [], [1, 'a', null], {}, { nested: { deeper: [true] } }];

/** Members a vendor may add to an open object (customData), of every JSON type, including names the schema uses elsewhere. */
const vendorMembers: readonly Record<string, unknown>[] = [
  { firmwareBuild: '1.2.3' }, { meter: { serial: 'M-1', phases: [1, 2, 3] } }, { flag: null }, { customData: 'not checked' }, { Vendorid: 5 },
];

/**
 * The systematic messages of one payload, each a change to one "full" valid message (every optional field
 * present, every array with an item), so each field has somewhere to be changed. `shape` says what the version's
 * valid messages may hold besides (negative integers, vendor members).
 */
export function systematicSamples(payload: Payload, catalogType: ObjectType | undefined, random: Random, shape: Partial<Shape> = {}): SystematicSample[] {
  const full = validValue(random, payload.schema, payload.schema, { ...shape, optional: 1, minArrayLength: 1 });
  const samples: SystematicSample[] = [{ value: full, origin: 'every field present', schemaValid: true }];
  const fields = schemaFields(payload.schema);

  for (const field of fields) {
    const { path, schema } = field;
    const add = (value: unknown, origin: string, schemaValid: boolean) => {
      const changed = setField(full, payload.schema, path, value, field.items);
      if (changed !== undefined) samples.push({ value: changed, origin, schemaValid });
    };
    const ours = catalogTypeAt(catalogType, path);
    if (field.required) add(remove, 'every required field left out in turn', false);
    for (const wrong of wrongTypesFor(schema)) add(wrong, 'every wrong JSON type at every field', false);
    if (schema.enum) {
      for (const value of schema.enum) {
        add(value, 'every enumeration value', true);
        const recased = wrongCase(value, schema.enum);
        if (recased) add(recased, 'every enumeration value in the wrong case', false);
      }
      const extra = ours?.kind === 'enum' ? ours.enumeration.values.map((v) => v.name).filter((v) => !schema.enum!.includes(v)) : [];
      for (const value of extra) add(value, 'enumeration values the catalog adds', false);
    }
    if (schema.maxLength !== undefined && !schema.format) {
      add(characters(schema.maxLength), 'every string at its maxLength', true);
      add(characters(schema.maxLength + 1), 'every string one past its maxLength', false);
    }
    // Limits the schema does not set must not be set by the catalog either.
    if (schema.type === 'string' && schema.maxLength === undefined && !schema.format && !schema.enum) {
      add('x'.repeat(12000), 'every unbounded string, very long', true);
    }
    if (schema.type === 'integer' && schema.maximum === undefined) add(Number.MAX_SAFE_INTEGER, 'the largest safe integer at every integer', true);
    if (schema.type === 'integer' && schema.minimum === undefined && shape.negativeIntegers) {
      add(-Number.MAX_SAFE_INTEGER, 'the smallest safe integer at every integer without a minimum', true);
    }
    if (schema.minimum !== undefined) {
      add(schema.minimum, 'every number at its minimum', true);
      add(schema.minimum - 1, 'every number one below its minimum', false);
    }
    if (schema.maximum !== undefined) {
      add(schema.maximum, 'every number at its maximum', true);
      add(schema.maximum + 1, 'every number one above its maximum', false);
    }
    if (schema.default !== undefined) add(schema.default, 'every field at its default', true);
    if (schema.type === undefined && !schema.enum) {
      for (const value of everyJsonType) add(value, 'every JSON type at a field of any type', true);
    }
    if (isOpen(schema)) {
      for (const members of vendorMembers) {
        const current = firstObjectAt(full, path);
        if (current) add({ ...current, ...members }, 'every open object with members of the vendor\'s own', true);
      }
    }
    if (schema.type === 'array') {
      if (!schema.minItems) add([], 'every array empty where the schema allows it', true);
      const item = validValue(random, schema.items!, payload.schema, { optional: 0, minArrayLength: 0 });
      if (schema.maxItems === undefined) {
        add(Array.from({ length: 25 }, () => item), 'every array with 25 items', true);
      } else {
        add(Array.from({ length: schema.maxItems }, () => item), 'every array at its maxItems', true);
        add(Array.from({ length: schema.maxItems + 1 }, () => item), 'every array one past its maxItems', false);
      }
    }
  }

  // Fields our catalog has that the schema does not, in the payload and in every object within it.
  const objects = [{ path: '', schema: payload.schema, items: false }, ...fields.filter((f) => f.schema.type === 'object')];
  for (const { path, schema, items } of objects) {
    const ours = catalogTypeAt(catalogType, path);
    if (ours?.kind !== 'object') continue;
    for (const field of ours.object.fields.filter((f) => !schema.properties?.[f.name])) {
      const extended = { ...firstObjectAt(full, path), [field.name]: catalogValue(field.type) };
      const value = path === '' ? extended : setField(full, payload.schema, path, extended, items);
      if (value !== undefined) samples.push({ value, origin: 'fields the catalog adds', schemaValid: false });
    }
  }
  return samples;
}

/** The first object found at `path` in the full message, to extend with an extra field. */
function firstObjectAt(message: unknown, path: string): Record<string, unknown> {
  const first = (value: unknown): unknown => (Array.isArray(value) ? first(value[0]) : value);
  const names = path ? path.split('.') : [];
  return names.reduce((current, name) => first((current as Record<string, unknown> | undefined)?.[name]), first(message)) as Record<string, unknown>;
}
