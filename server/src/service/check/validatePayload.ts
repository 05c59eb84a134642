/**
 * Checks a payload object against its definition in the catalog, at every depth: required and unknown fields,
 * JSON types, number limits, string lengths, enumeration values and dates.
 */
import type { ObjectNode, StringNode, ValueNode } from '../../json/jsonTree';
import type { Catalog } from '../../ocpp/catalog';
import { enumerationNamesOf, fieldNamed, hasJsonType, scalarFault } from '../../ocpp/fits';
import { describeType, type Field, type FieldType, type ObjectType } from '../../ocpp/schema';
import { closestName } from '../../text/closest';
import { checkDateTime } from '../../text/dateTime';
import { characterCount, listWithOr } from '../../text/words';
import { restrictionIn } from '../document/restrictionIn';
import type { OcppProblem } from './problems';

export type Report = (problem: OcppProblem) => void;

export function validateObject(node: ObjectNode, type: ObjectType, catalog: Catalog, report: Report): void {
  const seen = new Set<string>();
  const fieldNames = type.fields.map((f) => f.name);
  for (const property of node.properties) {
    const name = property.key.value;
    const key = property.key;
    if (seen.has(name)) {
      report(duplicateFieldProblem(type, name, key));
      continue;
    }
    seen.add(name);
    const field = fieldNamed(type, name);
    // An open object (customData) takes any vendor's keys as they are.
    if (!field && type.open) continue;
    if (!field) {
      report(unknownFieldProblem(type, name, key, fieldNames.filter((n) => !seen.has(n))));
      continue;
    }
    if (property.value) validateValue(property.value, field, type, node, catalog, report);
  }
  for (const field of type.fields) {
    if (field.required && !seen.has(field.name)) report(missingFieldProblem(type, field, missingFieldAnchor(node)));
  }
}

/**
 * A key `type` does not have. `candidates` are its fields not yet seen in the object, of which the closest may be
 * what was meant. (Also worded from the token checker's suspects: suspectFindings.ts.)
 */
export function unknownFieldProblem(type: ObjectType, name: string, key: { readonly offset: number; readonly length: number },
  candidates: readonly string[]): OcppProblem {
  const closest = closestName(name, candidates);
  const fieldNames = type.fields.map((f) => f.name);
  const fields = fieldNames.length ? `Its fields are ${fieldNames.join(', ')}.` : 'It has no fields: the payload must be {}.';
  return { code: 'unknown-field', offset: key.offset, length: key.length,
    message: `${type.name} has no field "${name}".${closest ? ` Did you mean "${closest}"?` : ''} ${fields}`,
    data: { field: name, replacements: closest ? [closest] : [] } };
}

/** A key an object of `type` has already shown. */
export function duplicateFieldProblem(type: ObjectType, name: string, key: { readonly offset: number; readonly length: number }): OcppProblem {
  return { code: 'duplicate-field', offset: key.offset, length: key.length,
    message: `"${name}" appears twice in ${type.name}; a receiver would keep only one of them. Remove one.` };
}

/** A required field of `type` missing from an object, reported at `anchor` (missingFieldAnchor). */
export function missingFieldProblem(type: ObjectType, field: Field, anchor: { readonly offset: number; readonly length: number }): OcppProblem {
  return { code: 'missing-field', offset: anchor.offset, length: anchor.length,
    message: `${type.name} requires "${field.name}" (${describeType(field.type)}), which is missing.`,
    data: { field: field.name } };
}

/** A missing field is reported on the key that holds the object, or on its opening brace. */
function missingFieldAnchor(node: ObjectNode): { offset: number; length: number } {
  const property = node.parent?.type === 'property' ? node.parent : undefined;
  return property ? { offset: property.key.offset, length: property.key.length } : { offset: node.offset, length: 1 };
}

function validateValue(node: ValueNode, field: Field, owner: ObjectType, object: ObjectNode, catalog: Catalog, report: Report): void {
  const type = field.type;
  if (reportTypeMismatch(node, field, report)) return;
  switch (type.kind) {
    case 'object':
      validateObject(node as ObjectNode, type.object, catalog, report);
      return;
    case 'array': {
      const items = (node as { items: ValueNode[] }).items;
      if (type.minItems !== undefined && items.length < type.minItems) {
        report({ code: 'array-too-short', offset: node.offset, length: node.length,
          message: `"${field.name}" needs at least ${type.minItems} item${type.minItems === 1 ? '' : 's'}, but has ${items.length}.`,
          data: { field: field.name, minItems: type.minItems } });
      }
      if (type.maxItems !== undefined && items.length > type.maxItems) {
        report({ code: 'array-too-long', offset: node.offset, length: node.length,
          message: `"${field.name}" may have at most ${type.maxItems} item${type.maxItems === 1 ? '' : 's'}, but has ${items.length}. Remove ${items.length - type.maxItems}.`,
          data: { field: field.name, maxItems: type.maxItems } });
      }
      const itemField: Field = { ...field, type: type.items };
      for (const item of items) validateValue(item, itemField, owner, object, catalog, report);
      return;
    }
    default:
      break;
  }
  if (reportScalarFault(node, field, report)) return;
  if (type.kind !== 'enum') return;
  const restriction = restrictionIn(catalog, owner, field.name, object);
  // An enumeration's value that fits it is a string.
  const value = (node as StringNode).value;
  if (restriction && !restriction.values.some((v) => v.name === value)) {
    const allowed = restriction.values.map((v) => v.name);
    report({ code: restriction.code, offset: node.offset, length: node.length,
      message: `"${value}" cannot be reported here: ${restriction.reason}, which may report only ${listWithOr(allowed)}.`,
      data: { field: field.name, replacements: allowed } });
  }
}

/**
 * Reports a value that does not fit its field on its own: of the wrong JSON type, or a scalar outside its type's
 * limits. True when it reported. What validateValue asks of every value, and all the token checker's value suspects
 * need (suspectFindings.ts): the rest (containers' contents, restrictions) the token checker never leaves to this.
 */
export function reportValueFault(node: ValueNode, field: Field, report: Report): boolean {
  return reportTypeMismatch(node, field, report) || (node.type !== 'object' && node.type !== 'array' && reportScalarFault(node, field, report));
}

function reportTypeMismatch(node: ValueNode, field: Field, report: Report): boolean {
  const mismatch = typeMismatch(node, field.type);
  if (!mismatch) return false;
  report({ code: 'type-mismatch', offset: node.offset, length: node.length,
    message: `"${field.name}" must be ${mismatch.expected}, but this is ${mismatch.found}.${mismatch.hint ?? ''}`,
    data: { field: field.name, expected: field.type.kind } });
  return true;
}

function reportScalarFault(node: ValueNode, field: Field, report: Report): boolean {
  const scalar = node as { value: string | number | boolean; raw?: string };
  const fault = scalarFault(field.type, scalar.value, scalar.raw);
  if (!fault) return false;
  report({ code: fault, offset: node.offset, length: node.length, ...faultMessage(fault, field, field.type, scalar) });
  return true;
}

/** What is wrong with a scalar and what would be right, for each way it can miss its field's limits. */
function faultMessage(fault: string, field: Field, type: FieldType, scalar: { value: string | number | boolean; raw?: string }):
  { message: string; data: { [key: string]: unknown } } {
  const name = field.name;
  switch (type.kind) {
    case 'integer':
    case 'decimal': {
      const value = scalar.value as number;
      if (fault === 'value-too-small') return { message: `"${name}" must be ${type.min} or more, not ${value}.`, data: { field: name, min: type.min } };
      if (fault === 'value-too-large') {
        return { message: `"${name}" must be ${type.max} or less, not ${value}.`, data: { field: name, max: type.max } };
      }
      const step = type.kind === 'decimal' ? type.multipleOf : undefined;
      return {
        message: `"${name}" must be a multiple of ${step}${step === 0.1 ? ' (at most one digit after the decimal point)' : ''}, not ${scalar.raw}.`,
        data: { field: name, multipleOf: step },
      };
    }
    case 'string': {
      const text = scalar.value as string;
      if (fault === 'invalid-uri') {
        return { message: `"${name}" must be an absolute URI with a scheme, such as ftp://example.com/upload, not "${text}".`, data: { field: name } };
      }
      const length = characterCount(text);
      return {
        message: `"${name}" is ${length} characters long; ${type.typeName ?? 'it'} allows at most ${type.maxLength}. Shorten it by ${length - type.maxLength!}.`,
        data: { field: name, maxLength: type.maxLength },
      };
    }
    case 'dateTime':
      return {
        message: `"${name}" is not a valid dateTime: ${checkDateTime(scalar.value as string)}. Write an RFC 3339 date-time such as 2024-02-29T10:00:00Z.`,
        data: { field: name },
      };
    case 'enum': {
      const value = scalar.value as string;
      const { names } = enumerationNamesOf(type.enumeration);
      const closest = closestName(value, names);
      const caseOnly = closest !== undefined && closest.toLowerCase() === value.toLowerCase();
      const suggestion = closest ? (caseOnly ? ` Values are case-sensitive: write "${closest}".` : ` Did you mean "${closest}"?`) : '';
      return {
        message: `"${value}" is not ${/^[AEIOU]/.test(type.enumeration.name) ? 'an' : 'a'} ${type.enumeration.name} value.${suggestion} Valid values: ${names.join(', ')}.`,
        data: { field: name, enumeration: type.enumeration.name, replacements: closest ? [closest] : [] },
      };
    }
    default:
      throw new Error(`no fault of a ${type.kind} value is described (${fault})`);
  }
}

interface Mismatch { expected: string; found: string; hint?: string }

function typeMismatch(node: ValueNode, type: FieldType): Mismatch | undefined {
  // Containers stand in as empty ones: only their kind matters here.
  const value = node.type === 'array' ? [] : node.type === 'object' ? {} : node.value;
  if (hasJsonType(type, value)) return undefined;
  const mismatch: Mismatch = { expected: expectedJsonType(type), found: describeJsonValue(node) };
  // A number in quotes is the usual slip (firmware that formats every value as text).
  const quoted = node.type === 'string' && (type.kind === 'integer' ? /^-?\d+$/ : type.kind === 'decimal' ? /^-?\d+(\.\d+)?$/ : undefined)?.test(node.value);
  return quoted ? { ...mismatch, hint: ' Remove the quotes.' } : mismatch;
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
    case 'any': return 'any JSON value';
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
