/**
 * What the catalog's types mean for a value: the one definition of "this value fits this field". The validator
 * (which writes the diagnostics) and the quick check of clean frames (which writes none) both decide through
 * here, so they can never disagree about what is wrong.
 */
import { checkDateTime } from '../text/dateTime';
import { longerThan } from '../text/words';
import type { Enumeration, Field, FieldType, ObjectType } from './schema';

/** The diagnostic code of each way a well-typed scalar can miss its field's limits. */
export type ValueFault =
  | 'value-too-small' | 'value-too-large' | 'decimal-precision' | 'invalid-uri' | 'string-too-long' | 'invalid-datetime'
  | 'invalid-enum-value';

/** Whether a value JSON.parse made (or a tree's literal) has the JSON type the field wants. */
export function hasJsonType(type: FieldType, value: unknown): boolean {
  switch (type.kind) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'decimal':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
    case 'dateTime':
    case 'enum':
      return typeof value === 'string';
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'any':
      return true;
  }
}

/**
 * The fault of a scalar that has the right JSON type, or undefined when it fits. `raw` is a number as written:
 * a decimal step needs the digits, which a parsed number has lost, so without it a step is never vouched for.
 */
export function scalarFault(type: FieldType, value: string | number | boolean, raw?: string): ValueFault | undefined {
  switch (type.kind) {
    case 'integer':
    case 'decimal': {
      const n = value as number;
      if (type.min !== undefined && n < type.min) return 'value-too-small';
      if (type.max !== undefined && n > type.max) return 'value-too-large';
      if (type.kind === 'decimal' && type.multipleOf !== undefined && (raw === undefined || !isMultipleOf(raw, type.multipleOf))) {
        return 'decimal-precision';
      }
      return undefined;
    }
    case 'string': {
      const text = value as string;
      if (type.format === 'uri' && !isAbsoluteUri(text)) return 'invalid-uri';
      return type.maxLength !== undefined && longerThan(text, type.maxLength) ? 'string-too-long' : undefined;
    }
    case 'dateTime':
      return checkDateTime(value as string) === undefined ? undefined : 'invalid-datetime';
    case 'enum':
      return enumerationNamesOf(type.enumeration).known.has(value as string) ? undefined : 'invalid-enum-value';
    default:
      return undefined;
  }
}

/** An absolute URI: a scheme (letters, digits, + - .), a colon, and then no white space or control characters. */
function isAbsoluteUri(text: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s\u0000-\u001f\u007f]+$/.test(text);
}

/**
 * Whether the number as written is a multiple of `step`, in exact decimal arithmetic: binary floating point
 * says 0.3 / 0.1 = 2.9999999999999996, and a tolerance would wave through 12.50000001. Both numbers are read as
 * digits × 10^exponent and compared with BigInt.
 */
function isMultipleOf(raw: string, step: number): boolean {
  const value = decimalParts(raw);
  const unit = decimalParts(String(step));
  if (!value || !unit || unit.digits === 0n) return true;
  const shift = value.exponent - unit.exponent;
  // Far beyond any OCPP value: 10^shift would be enormous, and the answer is plain anyway.
  if (shift > 1000) return true;
  if (shift < -1000) return value.digits === 0n;
  return shift >= 0
    ? (value.digits * 10n ** BigInt(shift)) % unit.digits === 0n
    : value.digits % (unit.digits * 10n ** BigInt(-shift)) === 0n;
}

function decimalParts(text: string): { digits: bigint; exponent: number } | undefined {
  const m = /^-?(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) return undefined;
  const fraction = m[2] ?? '';
  return { digits: BigInt(m[1] + fraction), exponent: Number(m[3] ?? 0) - fraction.length };
}

const enumerationNames = new WeakMap<Enumeration, { names: string[]; known: Set<string> }>();

/** An enumeration's value names, worked out once: every enum value in a large log is checked against them. */
export function enumerationNamesOf(enumeration: Enumeration): { names: string[]; known: Set<string> } {
  let entry = enumerationNames.get(enumeration);
  if (!entry) {
    const names = enumeration.values.map((v) => v.name);
    entry = { names, known: new Set(names) };
    enumerationNames.set(enumeration, entry);
  }
  return entry;
}

const fieldMaps = new WeakMap<ObjectType, Map<string, Field>>();

/** The fields of `type` by name, in a map built once per type. */
export function fieldsOf(type: ObjectType): ReadonlyMap<string, Field> {
  let fields = fieldMaps.get(type);
  if (!fields) {
    fields = new Map(type.fields.map((f) => [f.name, f]));
    fieldMaps.set(type, fields);
  }
  return fields;
}

/** The field of `type` called `name`. */
export function fieldNamed(type: ObjectType, name: string): Field | undefined {
  return fieldsOf(type).get(name);
}

/** The object type a field holds directly or as array items. */
export function objectWithin(type: FieldType): ObjectType | undefined {
  if (type.kind === 'object') return type.object;
  if (type.kind === 'array') return objectWithin(type.items);
  return undefined;
}

/** The scalar field type that applies to a value, looking through arrays (e.g. an item of a list of enums). */
export function scalarType(type: FieldType): FieldType {
  return type.kind === 'array' ? scalarType(type.items) : type;
}
