/**
 * The one place that chooses a value for a field the user has not written yet: completion (a key with its
 * value), the snippets (whole messages) and the quick fixes (missing fields) all take it from here, so they
 * agree. A placeholder is chosen once and rendered two ways: plain JSON for an edit, or VS Code snippet syntax
 * with tab stops and choices.
 *
 * Every placeholder is valid as it stands (an empty idTag is a valid CiString20), so accepting it removes a
 * problem without adding one; the user then overwrites it with the real value.
 */
import type { JsonValue } from '../../json/jsonEdits';
import type { ObjectNode } from '../../json/jsonTree';
import type { Catalog } from '../../ocpp/catalog';
import { orderedValueNames, type EnumValue, type Field, type FieldType, type ObjectType } from '../../ocpp/schema';
import { nowAsDateTime } from '../../text/dateTime';
import { restrictionIn } from '../document/restrictionIn';

export type Placeholder =
  /** A number, string or date-time; `quoted` for strings. `fixed` when the type leaves one value, so no tab stop. */
  | { readonly kind: 'scalar'; readonly text: string; readonly quoted: boolean; readonly fixed?: boolean; readonly dateTime?: boolean }
  /** One of a few values (an enumeration's, true or false); the first is the one a plain edit writes. */
  | { readonly kind: 'choice'; readonly options: readonly string[]; readonly quoted: boolean }
  | { readonly kind: 'object'; readonly members: readonly (readonly [string, Placeholder])[] }
  | { readonly kind: 'array'; readonly items: readonly Placeholder[] };

/** Deeper than any catalog type nests; a guard against a cycle, should a catalog ever hold one. */
const maxDepth = 16;

/**
 * The placeholder for `field` of `owner`. `object` is the object the field goes into, when it exists already:
 * its siblings may narrow the choice (connectorId 0 allows only three statuses).
 */
export function placeholderFor(catalog: Catalog, owner: ObjectType, field: Field, now: Date, object?: ObjectNode): Placeholder {
  const allowed = object && restrictionIn(catalog, owner, field.name, object)?.values;
  return placeholderOf(field.type, now, allowed);
}

/** A placeholder for a value of `type`, with `now` for date-times; `allowed` narrows an enumeration. */
export function placeholderOf(type: FieldType, now: Date, allowed?: readonly EnumValue[], depth = 0): Placeholder {
  switch (type.kind) {
    case 'enum': {
      const names = allowed?.map((v) => v.name) ?? orderedValueNames(type.enumeration);
      return names.length === 1 ? { kind: 'scalar', text: names[0], quoted: true, fixed: true } : { kind: 'choice', options: names, quoted: true };
    }
    case 'integer': {
      // Ids and counts usually start at 1, and 1 keeps a connectorId off connector 0 and its stricter rules.
      const value = Math.min(Math.max(1, type.min ?? 1), type.max ?? Infinity);
      return { kind: 'scalar', text: String(value), quoted: false, fixed: type.min !== undefined && type.min === type.max };
    }
    case 'decimal':
      return { kind: 'scalar', text: String(Math.max(0, type.min ?? 0)), quoted: false };
    case 'boolean':
      // A flag's cautious reading is "off".
      return { kind: 'choice', options: ['false', 'true'], quoted: false };
    case 'string':
      // An anyURI must be absolute to be valid: an example to overwrite rather than an empty string.
      return { kind: 'scalar', text: type.format === 'uri' ? 'ftp://example.com/' : '', quoted: true };
    case 'dateTime':
      return { kind: 'scalar', text: nowAsDateTime(now), quoted: true, dateTime: true };
    case 'object':
      return { kind: 'object', members: depth >= maxDepth ? [] : requiredMembers(type.object, now, depth + 1) };
    case 'any':
      // The vendor defines it; an empty string is the smallest value both sides can read.
      return { kind: 'scalar', text: '', quoted: true };
    case 'array': {
      // A list that must not be empty gets as many items as it needs; any other starts empty.
      const count = depth >= maxDepth ? 0 : type.minItems ?? 0;
      return { kind: 'array', items: Array.from({ length: count }, () => placeholderOf(type.items, now, undefined, depth + 1)) };
    }
  }
}

/** The required fields of a type, each with its placeholder: what an empty object needs. */
function requiredMembers(type: ObjectType, now: Date, depth = 0): [string, Placeholder][] {
  return type.fields.filter((f) => f.required).map((f) => [f.name, placeholderOf(f.type, now, undefined, depth)]);
}

/** The placeholder as a value for a JSON edit (jsonEdits.ts lays it out like its surroundings). */
export function toJsonValue(placeholder: Placeholder): JsonValue {
  switch (placeholder.kind) {
    case 'scalar':
      return { text: placeholder.quoted ? JSON.stringify(placeholder.text) : placeholder.text };
    case 'choice':
      return { text: placeholder.quoted ? JSON.stringify(placeholder.options[0]) : placeholder.options[0] };
    case 'object':
      return { members: placeholder.members.map(([name, value]) => [name, toJsonValue(value)]) };
    case 'array':
      return { items: placeholder.items.map(toJsonValue) };
  }
}

/** Hands out tab stop numbers in the order the user will visit them. */
export class TabStops {
  private next = 1;
  take(): number {
    return this.next++;
  }
}

export interface SnippetLayout {
  /** The indent of the line the value starts on; objects then span lines. Undefined keeps the value on one line. */
  readonly indent?: string;
  /** Date-times as the editor's snippet variables (filled in at insertion), for snippets kept in a file. */
  readonly dateTimeVariables?: boolean;
}

const indentUnit = '  ';

/** A timestamp the editor fills in when the snippet is inserted, with the local offset so it stays correct. */
const nowVariables =
  '${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}T${CURRENT_HOUR}:${CURRENT_MINUTE}:${CURRENT_SECOND}${CURRENT_TIMEZONE_OFFSET}';

// Snippet syntax gives `$`, `}` and `\` a meaning in plain text and, inside a choice, also `,` and `|`.
export const escapeSnippetText = (text: string) => text.replace(/[$}\\]/g, '\\$&');
const escapeChoice = (text: string) => text.replace(/[$}\\,|]/g, '\\$&');

export function snippetChoice(stops: TabStops, options: readonly string[]): string {
  return `\${${stops.take()}|${options.map(escapeChoice).join(',')}|}`;
}

export function snippetPlaceholder(stops: TabStops, text: string): string {
  return `\${${stops.take()}:${text}}`;
}

/** The placeholder in snippet syntax, its tab stops numbered from `stops`. */
export function toSnippet(placeholder: Placeholder, stops: TabStops, layout: SnippetLayout = {}): string {
  const quote = (inner: string, quoted: boolean) => (quoted ? `"${inner}"` : inner);
  switch (placeholder.kind) {
    case 'scalar': {
      const plain = placeholder.quoted ? JSON.stringify(placeholder.text) : placeholder.text;
      if (placeholder.fixed) return escapeSnippetText(plain);
      if (placeholder.dateTime && layout.dateTimeVariables) return quote(snippetPlaceholder(stops, nowVariables), true);
      // The content as it stands between the quotes, escaped for snippet syntax.
      const inner = escapeSnippetText(placeholder.quoted ? plain.slice(1, -1) : plain);
      return quote(inner === '' ? `$${stops.take()}` : snippetPlaceholder(stops, inner), placeholder.quoted);
    }
    case 'choice':
      return quote(snippetChoice(stops, placeholder.options), placeholder.quoted);
    case 'array':
      return placeholder.items.length === 0 ? `[$${stops.take()}]`
        : `[${placeholder.items.map((item) => toSnippet(item, stops, layout)).join(', ')}]`;
    case 'object': {
      if (placeholder.members.length === 0) return '{}';
      const member = ([name, value]: readonly [string, Placeholder], inner: SnippetLayout) =>
        `${escapeSnippetText(JSON.stringify(name))}: ${toSnippet(value, stops, inner)}`;
      if (layout.indent === undefined) return `{${placeholder.members.map((m) => member(m, layout)).join(', ')}}`;
      const inner = { ...layout, indent: layout.indent + indentUnit };
      return `{\n${placeholder.members.map((m) => `${inner.indent}${member(m, inner)}`).join(',\n')}\n${layout.indent}}`;
    }
  }
}

/** The placeholder as JSON on one line, for clients that take no snippets. */
export function toInlineJson(placeholder: Placeholder): string {
  switch (placeholder.kind) {
    case 'object':
      return `{${placeholder.members.map(([name, value]) => `${JSON.stringify(name)}: ${toInlineJson(value)}`).join(', ')}}`;
    case 'array':
      return `[${placeholder.items.map(toInlineJson).join(', ')}]`;
    default: {
      const value = toJsonValue(placeholder);
      return 'text' in value ? value.text : '';
    }
  }
}
