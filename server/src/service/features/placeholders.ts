/**
 * A valid value for a field the user has not written yet, for quick fixes that add missing fields. The value
 * must pass validation as it stands (an empty idTag is a valid CiString20), so the fix removes a problem
 * without adding one; the user then overwrites it with the real value.
 */
import type { Field, FieldType, ObjectType } from '../../ocpp/schema';
import { restrictedValues } from '../check/contextualValues';
import { nowAsDateTime } from '../../text/dateTime';
import { orderedValues } from './frameSnippets';
import type { JsonValue } from '../../json/jsonEdits';
import type { ObjectNode } from '../../json/jsonTree';

/** Deeper than any catalog type nests; a guard against a cycle, should the catalog ever hold one. */
const maxDepth = 16;

/**
 * `object` is the object the field goes into, when it exists already: its siblings may narrow the choice
 * (connectorId 0 allows only three statuses).
 */
export function placeholderFor(owner: ObjectType, field: Field, object?: ObjectNode, depth = 0): JsonValue {
  const type: FieldType = field.type;
  switch (type.kind) {
    case 'enum': {
      const restricted = object && restrictedValues(owner, field, object)?.values[0]?.name;
      // The snippets' order puts the everyday value first (NoError before ConnectorLockFailure).
      return { text: JSON.stringify(restricted ?? orderedValues(type.enumeration)[0] ?? '') };
    }
    case 'integer':
      // Ids and counts usually start at 1, and 1 keeps a connectorId off connector 0 and its stricter rules,
      // as the snippets do.
      return { text: String(Math.min(Math.max(type.min ?? 1, 1), type.max ?? Infinity)) };
    case 'decimal':
      return { text: String(type.min ?? 0) };
    case 'boolean':
      // A flag's cautious reading is "off".
      return { text: 'false' };
    case 'string':
      // An anyURI must be absolute to be valid: an example to overwrite rather than an empty string.
      return { text: type.format === 'uri' ? '"ftp://example.com/"' : '""' };
    case 'dateTime':
      return { text: JSON.stringify(nowAsDateTime()) };
    case 'object':
      return { members: depth >= maxDepth ? [] : requiredMembers(type.object, depth + 1) };
    case 'array': {
      const itemField: Field = { ...field, type: type.items };
      const count = depth >= maxDepth ? 0 : type.minItems ?? 0;
      return { items: Array.from({ length: count }, () => placeholderFor(owner, itemField, undefined, depth + 1)) };
    }
  }
}

/** The required fields of a type not yet written, each with its placeholder: what an empty object needs. */
export function requiredMembers(type: ObjectType, depth = 0): [string, JsonValue][] {
  return type.fields.filter((f) => f.required).map((f) => [f.name, placeholderFor(type, f, undefined, depth)]);
}
