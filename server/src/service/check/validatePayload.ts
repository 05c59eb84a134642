/**
 * Checks a payload object against its definition in the catalog, at every depth: required and unknown fields,
 * JSON types, number limits, string lengths, enumeration values and dates.
 */
import { describeType, type Enumeration, type Field, type FieldType, type ObjectType } from '../../ocpp/schema';
import { closestName } from '../../text/closest';
import { restrictedValues } from './contextualValues';
import { checkDateTime } from '../../text/dateTime';
import type { ObjectNode, ValueNode } from '../../json/jsonTree';
import type { OcppProblem } from './problems';

export type Report = (problem: OcppProblem) => void;

export function validateObject(node: ObjectNode, type: ObjectType, report: Report): void {
  const seen = new Set<string>();
  const fieldNames = type.fields.map((f) => f.name);
  for (const property of node.properties) {
    const name = property.key.value;
    const key = property.key;
    if (seen.has(name)) {
      report({ code: 'duplicate-field', offset: key.offset, length: key.length,
        message: `"${name}" appears twice in ${type.name}; a receiver would keep only one of them. Remove one.` });
      continue;
    }
    seen.add(name);
    const field = type.fields.find((f) => f.name === name);
    if (!field) {
      const closest = closestName(name, fieldNames.filter((n) => !seen.has(n) || n === name));
      const fields = fieldNames.length ? `Its fields are ${fieldNames.join(', ')}.` : 'It has no fields: the payload must be {}.';
      report({ code: 'unknown-field', offset: key.offset, length: key.length,
        message: `${type.name} has no field "${name}".${closest ? ` Did you mean "${closest}"?` : ''} ${fields}`,
        data: { field: name, replacements: closest ? [closest] : [] } });
      continue;
    }
    if (property.value) validateValue(property.value, field, type, node, report);
  }
  for (const field of type.fields) {
    if (field.required && !seen.has(field.name)) {
      const anchor = missingFieldAnchor(node);
      report({ code: 'missing-field', offset: anchor.offset, length: anchor.length,
        message: `${type.name} requires "${field.name}" (${describeType(field.type)}), which is missing.`,
        data: { field: field.name } });
    }
  }
}

/** A missing field is reported on the key that holds the object, or on its opening brace. */
function missingFieldAnchor(node: ObjectNode): { offset: number; length: number } {
  const property = node.parent?.type === 'property' ? node.parent : undefined;
  return property ? { offset: property.key.offset, length: property.key.length } : { offset: node.offset, length: 1 };
}

function validateValue(node: ValueNode, field: Field, owner: ObjectType, object: ObjectNode, report: Report): void {
  const type = field.type;
  const mismatch = typeMismatch(node, type);
  if (mismatch) {
    report({ code: 'type-mismatch', offset: node.offset, length: node.length,
      message: `"${field.name}" must be ${mismatch.expected}, but this is ${mismatch.found}.${mismatch.hint ?? ''}`,
      data: { field: field.name, expected: type.kind } });
    return;
  }
  switch (type.kind) {
    case 'integer':
    case 'decimal': {
      const value = (node as { value: number }).value;
      if (type.min !== undefined && value < type.min) {
        report({ code: 'value-too-small', offset: node.offset, length: node.length,
          message: `"${field.name}" must be ${type.min} or more, not ${value}.`, data: { field: field.name, min: type.min } });
      } else if (type.kind === 'integer' && type.max !== undefined && value > type.max) {
        report({ code: 'value-too-large', offset: node.offset, length: node.length,
          message: `"${field.name}" must be ${type.max} or less, not ${value}.`, data: { field: field.name, max: type.max } });
      } else if (type.kind === 'decimal' && type.multipleOf !== undefined && !isMultipleOf((node as { raw: string }).raw, type.multipleOf)) {
        report({ code: 'decimal-precision', offset: node.offset, length: node.length,
          message: `"${field.name}" must be a multiple of ${type.multipleOf}${type.multipleOf === 0.1 ? ' (at most one digit after the decimal point)' : ''}, not ${(node as { raw: string }).raw}.`,
          data: { field: field.name, multipleOf: type.multipleOf } });
      }
      return;
    }
    case 'string': {
      const text = (node as { value: string }).value;
      if (type.format === 'uri' && !isAbsoluteUri(text)) {
        report({ code: 'invalid-uri', offset: node.offset, length: node.length,
          message: `"${field.name}" must be an absolute URI with a scheme, such as ftp://example.com/upload, not "${text}".`,
          data: { field: field.name } });
        return;
      }
      const length = characterCount(text);
      if (type.maxLength !== undefined && length > type.maxLength) {
        report({ code: 'string-too-long', offset: node.offset, length: node.length,
          message: `"${field.name}" is ${length} characters long; ${type.typeName ?? 'it'} allows at most ${type.maxLength}. Shorten it by ${length - type.maxLength}.`,
          data: { field: field.name, maxLength: type.maxLength } });
      }
      return;
    }
    case 'dateTime': {
      const problem = checkDateTime((node as { value: string }).value);
      if (problem) {
        report({ code: 'invalid-datetime', offset: node.offset, length: node.length,
          message: `"${field.name}" is not a valid dateTime: ${problem}. Write an RFC 3339 date-time such as 2024-02-29T10:00:00Z.`,
          data: { field: field.name } });
      }
      return;
    }
    case 'enum': {
      const value = (node as { value: string }).value;
      const { names, known } = enumerationNamesOf(type.enumeration);
      if (!known.has(value)) {
        const closest = closestName(value, names);
        const caseOnly = closest !== undefined && closest.toLowerCase() === value.toLowerCase();
        const suggestion = closest ? (caseOnly ? ` Values are case-sensitive: write "${closest}".` : ` Did you mean "${closest}"?`) : '';
        report({ code: 'invalid-enum-value', offset: node.offset, length: node.length,
          message: `"${value}" is not a ${type.enumeration.name} value.${suggestion} Valid values: ${names.join(', ')}.`,
          data: { field: field.name, enumeration: type.enumeration.name, replacements: closest ? [closest] : [] } });
        return;
      }
      const restriction = restrictedValues(owner, field, object);
      if (restriction && !restriction.values.some((v) => v.name === value)) {
        const allowed = restriction.values.map((v) => v.name);
        report({ code: 'connector-zero-status', offset: node.offset, length: node.length,
          message: `"${value}" cannot be reported here: ${restriction.reason}, which may report only ${listWithOr(allowed)}.`,
          data: { field: field.name, replacements: allowed } });
      }
      return;
    }
    case 'object':
      validateObject(node as ObjectNode, type.object, report);
      return;
    case 'array': {
      const items = (node as { items: ValueNode[] }).items;
      if (type.minItems !== undefined && items.length < type.minItems) {
        report({ code: 'array-too-short', offset: node.offset, length: node.length,
          message: `"${field.name}" needs at least ${type.minItems} item${type.minItems === 1 ? '' : 's'}, but has ${items.length}.`,
          data: { field: field.name, minItems: type.minItems } });
      }
      const itemField: Field = { ...field, type: type.items };
      for (const item of items) validateValue(item, itemField, owner, object, report);
      return;
    }
    case 'boolean':
      return;
  }
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

/** An absolute URI: a scheme (letters, digits, + - .), a colon, and then no white space or control characters. */
export function isAbsoluteUri(text: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s\u0000-\u001f\u007f]+$/.test(text);
}

/** Characters as JSON Schema's maxLength counts them: code points, so an emoji is one, not two UTF-16 units. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
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

/** "A, B or C" */
export function listWithOr(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

interface Mismatch { expected: string; found: string; hint?: string }

function typeMismatch(node: ValueNode, type: FieldType): Mismatch | undefined {
  const found = describeJsonValue(node);
  const expected = expectedJsonType(type);
  switch (type.kind) {
    case 'integer':
      if (node.type === 'number' && Number.isInteger(node.value)) return undefined;
      if (node.type === 'string' && /^-?\d+$/.test(node.value)) return { expected, found, hint: ' Remove the quotes.' };
      return { expected, found };
    case 'decimal':
      if (node.type === 'number') return undefined;
      if (node.type === 'string' && /^-?\d+(\.\d+)?$/.test(node.value)) return { expected, found, hint: ' Remove the quotes.' };
      return { expected, found };
    case 'boolean':
      return node.type === 'boolean' ? undefined : { expected, found };
    case 'string':
    case 'dateTime':
    case 'enum':
      return node.type === 'string' ? undefined : { expected, found };
    case 'object':
      return node.type === 'object' ? undefined : { expected, found };
    case 'array':
      return node.type === 'array' ? undefined : { expected, found };
  }
}

function expectedJsonType(type: FieldType): string {
  switch (type.kind) {
    case 'integer': return 'an integer';
    case 'decimal': return 'a number';
    case 'boolean': return 'true or false';
    case 'string': return 'a string';
    case 'dateTime': return 'a dateTime string';
    case 'enum': return `a ${type.enumeration.name} string`;
    case 'object': return `an object (${type.object.name})`;
    case 'array': return 'an array';
  }
}

export function describeJsonValue(node: ValueNode): string {
  switch (node.type) {
    case 'string': return 'a string';
    case 'number':
      if (!Number.isFinite(node.value)) return `${node.raw}, a number too large to represent`;
      return Number.isInteger(node.value) ? 'an integer' : 'a decimal number';
    case 'boolean': return node.value ? 'true' : 'false';
    case 'null': return 'null';
    case 'array': return 'an array';
    case 'object': return 'an object';
  }
}
