/**
 * The vocabulary the catalog is written in. Every OCPP payload, field and enumeration is described with these
 * types; validation, completion, hover, snippets and the grammar all walk the same definitions.
 */

export interface EnumValue {
  readonly name: string;
  /** What the value means, in our own words. */
  readonly doc: string;
  /** The version that added the value to an enumeration an earlier version had ("2.1"), for hovers. */
  readonly since?: string;
}

export interface Enumeration<V extends EnumValue = EnumValue> {
  readonly name: string;
  readonly doc: string;
  readonly values: readonly V[];
  /** The value a new message usually carries (NoError for an error code): offered first, used as a placeholder. */
  readonly usual?: string;
}

export type FieldType =
  | { readonly kind: 'integer'; readonly min?: number; readonly max?: number }
  | { readonly kind: 'decimal'; readonly min?: number; readonly max?: number; readonly multipleOf?: number }
  /**
   * `known`: the values a string usually holds, which completion offers and hover explains, while any other string
   * is accepted (2.1's IdToken type: a string with the values of an appendix).
   */
  | { readonly kind: 'string'; readonly maxLength?: number; readonly typeName?: string; readonly format?: 'uri'; readonly known?: Enumeration }
  | { readonly kind: 'dateTime' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'enum'; readonly enumeration: Enumeration }
  | { readonly kind: 'object'; readonly object: ObjectType }
  | { readonly kind: 'array'; readonly items: FieldType; readonly minItems?: number; readonly maxItems?: number }
  /** Any JSON value at all: 2.0.1's DataTransfer `data` (anyType), whose meaning the vendor defines. */
  | { readonly kind: 'any' };

export interface Field {
  readonly name: string;
  readonly type: FieldType;
  readonly required: boolean;
  readonly doc: string;
  /** The value a receiver assumes when the field is absent (2.0.1's `tbc` is false), shown on hover. */
  readonly default?: string | number | boolean;
  /** The version that added the field to a type an earlier version had ("2.1"), for hovers. */
  readonly since?: string;
}

export interface ObjectType {
  /** The name OCPP gives the type, e.g. "StatusNotification.req" or "IdTagInfo". */
  readonly name: string;
  readonly fields: readonly Field[];
  /** Accepts members it does not list, unchecked: 2.0.1's CustomDataType, open to any vendor's keys. */
  readonly open?: boolean;
}

export type Direction = 'ChargePointToCentralSystem' | 'CentralSystemToChargePoint' | 'Both';

export interface ActionDefinition {
  readonly name: string;
  readonly direction: Direction;
  /**
   * The group the specification files the action under: the feature profile (OCPP 1.6 §3.1, or "Security" for the
   * security whitepaper's additions), or the functional block in 2.x ("B Provisioning").
   */
  readonly profile: string;
  /** The use cases that name the message (2.x: "B01", "E02"), for hover and completion. */
  readonly useCases?: readonly string[];
  /** The version that added the action, where the catalog's version is a later one ("2.1"), for hovers. */
  readonly since?: string;
  readonly doc: string;
  /** Undefined while the catalog does not yet describe this payload: such payloads are left unchecked. */
  readonly request?: ObjectType;
  readonly response?: ObjectType;
}

// Builders keep the data files short and readable.

export function enumeration<V extends EnumValue>(name: string, doc: string, values: readonly V[], usual?: string): Enumeration<V> {
  return usual === undefined ? { name, doc, values } : { name, doc, values, usual };
}

/** The value names with the usual one first and the others in catalog order: accepting the first gives a typical message. */
export function orderedValueNames(enumeration: Enumeration): string[] {
  const names = enumeration.values.map((v) => v.name);
  const first = enumeration.usual;
  return first !== undefined && names.includes(first) ? [first, ...names.filter((n) => n !== first)] : names;
}

export function field(
  name: string,
  type: FieldType,
  options: { required?: boolean; doc: string; default?: string | number | boolean },
): Field {
  const made = { name, type, required: options.required ?? false, doc: options.doc };
  return options.default === undefined ? made : { ...made, default: options.default };
}

export function object(name: string, fields: readonly Field[], options: { open?: boolean } = {}): ObjectType {
  return options.open ? { name, fields, open: true } : { name, fields };
}

export const integer = (limits: { min?: number; max?: number } = {}): FieldType => ({ kind: 'integer', ...limits });
/** A number that may have a fraction; `multipleOf` 0.1 is OCPP's "one digit after the point". */
export const decimal = (limits: { min?: number; max?: number; multipleOf?: number } = {}): FieldType => ({ kind: 'decimal', ...limits });
/** A string of at most `maxLength` characters whose usual values `known` lists, though any string is accepted. */
export const openEnumeration = (known: Enumeration, maxLength?: number): FieldType =>
  (maxLength === undefined ? { kind: 'string', known } : { kind: 'string', maxLength, known });
/** A plain string, optionally with a length limit that is not a CiString type (e.g. certificates). */
export const string = (maxLength?: number): FieldType => (maxLength === undefined ? { kind: 'string' } : { kind: 'string', maxLength });
/** OCPP's anyURI: an absolute URI such as ftp://example.com/diagnostics. */
export const uri = (): FieldType => ({ kind: 'string', format: 'uri', typeName: 'anyURI' });
/** An array of `items`, at least `minItems` long when given. */
export const arrayOf = (items: FieldType, limits: { minItems?: number; maxItems?: number } = {}): FieldType => ({ kind: 'array', items, ...limits });
/** A nested object type. */
export const objectOf = (type: ObjectType): FieldType => ({ kind: 'object', object: type });
export const dateTime = (): FieldType => ({ kind: 'dateTime' });
export const boolean = (): FieldType => ({ kind: 'boolean' });
/** OCPP 2.x's identifierString[0..N]: a case-insensitive identifier of at most N characters (P2-201 §2.1.4). */
export const identifierString = (maxLength: number): FieldType => ({ kind: 'string', maxLength, typeName: 'identifierString' });
/** OCPP's CiStringNType: a case-insensitive string of at most N characters. */
export const ciString = (maxLength: number): FieldType => ({ kind: 'string', maxLength, typeName: `CiString${maxLength}Type` });
export const enumOf = (e: Enumeration): FieldType => ({ kind: 'enum', enumeration: e });
/** Any JSON value (anyType), left to the parties that agree on it. */
export const anyValue = (): FieldType => ({ kind: 'any' });

/**
 * A one-line, human description of a field type: "integer, at least 0", "CiString50Type (at most 50 characters)".
 * In words and Latin-1 characters only: it goes into diagnostics, and one character past Latin-1 (a '≥') makes
 * V8 hold a whole publishDiagnostics message, hundreds of KB for a long log, as two bytes a character, which
 * roughly doubles what encoding and decoding it costs on both ends of the connection.
 */
export function describeType(type: FieldType): string {
  switch (type.kind) {
    case 'integer':
      return `integer${describeLimits(type.min, type.max)}`;
    case 'decimal':
      return `decimal${describeLimits(type.min, type.max)}${type.multipleOf !== undefined ? `, in steps of ${type.multipleOf}` : ''}`;
    case 'string':
      if (type.format === 'uri') return 'anyURI (an absolute URI)';
      if (type.known) {
        const length = type.maxLength !== undefined ? ` of at most ${type.maxLength} characters` : '';
        return `string${length}, usually one of the ${type.known.values.length} ${type.known.name} values`;
      }
      return type.maxLength !== undefined
        ? `${type.typeName ?? 'string'} (at most ${type.maxLength} characters)`
        : 'string';
    case 'dateTime':
      return 'dateTime (RFC 3339, e.g. 2024-05-01T12:00:00Z)';
    case 'boolean':
      return 'boolean';
    case 'enum':
      return `${type.enumeration.name} (one of ${type.enumeration.values.length} values)`;
    case 'object':
      return type.object.name;
    case 'any':
      return 'any JSON value';
    case 'array': {
      const least = type.minItems ? type.minItems : undefined;
      const count = least !== undefined && type.maxItems !== undefined ? `${least} to ${type.maxItems} items`
        : least !== undefined ? `at least ${least} item${least === 1 ? '' : 's'}`
          : type.maxItems !== undefined ? `at most ${type.maxItems} item${type.maxItems === 1 ? '' : 's'}` : undefined;
      return `array of ${describeType(type.items)}${count ? ` (${count})` : ''}`;
    }
  }
}

/** ", at least 0", ", at most 5", " from 1 to 100", or nothing. */
function describeLimits(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return `, at least ${min}`;
  return max !== undefined ? `, at most ${max}` : '';
}
