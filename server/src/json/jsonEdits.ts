/**
 * Text edits that keep a JSON document valid and looking as its author wrote it: members added to an object
 * follow the object's own layout (one line stays one line; a pretty-printed object gets lines with the same
 * indent), and a removed member takes exactly one comma with it, wherever it stood.
 */
import type { ObjectNode, PropertyNode } from './jsonTree';

/** An edit by offsets into the text; the caller turns it into an LSP TextEdit. */
export interface OffsetEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/**
 * A value to write. Objects and arrays are kept as structure, not text, so that they can be laid out like the
 * object they are inserted into.
 */
export type JsonValue =
  | { readonly text: string }
  | { readonly members: readonly Member[] }
  | { readonly items: readonly JsonValue[] };

export type Member = readonly [name: string, value: JsonValue];

interface Layout {
  /** What stands between a key and its value, e.g. ": " or ":". */
  readonly colon: string;
  /** What follows a comma between values on one line: " " or "". */
  readonly inline: string;
  /** The line break, when members go on lines of their own; undefined for a single-line object. */
  readonly eol?: string;
  /** One level of indentation, for objects nested in what is inserted. */
  readonly unit: string;
}

/** Adds `members` at the end of `object`, or undefined when the object is too broken to edit safely. */
export function insertMembers(text: string, object: ObjectNode, members: readonly Member[]): OffsetEdit | undefined {
  const open = object.offset;
  const close = object.offset + object.length - 1;
  if (members.length === 0 || !object.closed || text[open] !== '{' || text[close] !== '}') return undefined;
  const properties = object.properties;
  const colon = colonOf(text, properties) ?? ': ';

  if (properties.length === 0) {
    const interior = text.slice(open + 1, close);
    // Something other than blanks between the braces is a comment (already an error): write after the brace.
    if (!/^\s*$/.test(interior)) return { start: open + 1, end: open + 1, newText: renderMembers(members, { colon, inline: ' ', unit: '  ' }, '') };
    if (!interior.includes('\n')) return { start: open + 1, end: close, newText: renderMembers(members, { colon, inline: ' ', unit: '  ' }, '') };
    // `{` and `}` on different lines: the members go between them, one level deeper than the closing brace.
    const eol = interior.includes('\r\n') ? '\r\n' : '\n';
    const closingIndent = interior.slice(interior.lastIndexOf('\n') + 1);
    const unit = closingIndent.includes('\t') ? '\t' : '  ';
    const indent = closingIndent + unit;
    const layout = { colon, inline: ' ', eol, unit };
    return { start: open + 1, end: close, newText: `${eol}${indent}${renderMembers(members, layout, indent)}${eol}${closingIndent}` };
  }

  const last = properties[properties.length - 1];
  if (!last.value) return undefined;
  const at = last.value.offset + last.value.length;
  const separator = separatorBefore(text, object, properties.length - 1);
  if (separator?.includes('\n')) {
    const eol = separator.includes('\r\n') ? '\r\n' : '\n';
    const indent = separator.slice(separator.lastIndexOf('\n') + 1);
    const closingIndent = lineIndent(text, close);
    const unit = indent.length > closingIndent.length && indent.startsWith(closingIndent)
      ? indent.slice(closingIndent.length)
      : indent.includes('\t') ? '\t' : '  ';
    const layout = { colon, inline: ' ', eol, unit };
    return { start: at, end: at, newText: members.map((m) => `,${eol}${indent}${renderMember(m, layout, indent)}`).join('') };
  }
  // One line. Between members the author's own spacing is copied; with a single member there is none to copy,
  // so a compact colon means a compact comma.
  const inline = properties.length > 1 ? separator ?? ' ' : colon.endsWith(' ') ? ' ' : '';
  const layout = { colon, inline, unit: '  ' };
  return { start: at, end: at, newText: members.map((m) => `,${inline}${renderMember(m, layout, '')}`).join('') };
}

/**
 * Removes a property and one comma: the one after it, or for the last property the one before it, so the
 * object stays valid whether the property was first, in the middle, last or alone.
 */
export function removeProperty(text: string, property: PropertyNode): OffsetEdit | undefined {
  const object = property.parent;
  const properties = object.properties;
  const index = properties.indexOf(property);
  if (index < 0 || !property.value) return undefined;
  const end = property.offset + property.length;
  if (index < properties.length - 1) {
    // Up to the next property's start: the next one then stands where this one stood, with the same indent.
    return { start: property.offset, end: properties[index + 1].offset, newText: '' };
  }
  if (index > 0) {
    const previous = properties[index - 1];
    return { start: previous.offset + previous.length, end, newText: '' };
  }
  const open = object.offset;
  const close = object.offset + object.length - 1;
  const rest = text.slice(open + 1, property.offset) + text.slice(end, close);
  // Alone in its object: `{}` is what is left, unless something else (a comment) sits between the braces.
  if (object.closed && text[close] === '}' && /^[\s,]*$/.test(rest)) return { start: open + 1, end: close, newText: '' };
  return { start: property.offset, end, newText: '' };
}

/**
 * Removes a comment. One that has its line(s) to itself takes the whole line with it; one beside other text
 * takes the blanks that separated it, so `1 /* x *\/,` becomes `1,`.
 */
export function removeComment(text: string, start: number, end: number): OffsetEdit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline < 0 ? text.length : newline;
  const aloneBefore = /^[ \t]*$/.test(text.slice(lineStart, start));
  const aloneAfter = /^[ \t\r]*$/.test(text.slice(end, lineEnd));
  if (aloneBefore && aloneAfter) {
    if (newline >= 0) return { start: lineStart, end: newline + 1, newText: '' };
    // The last line has no line break of its own: the one before it goes instead.
    const from = lineStart === 0 ? 0 : text[lineStart - 2] === '\r' ? lineStart - 2 : lineStart - 1;
    return { start: from, end: lineEnd, newText: '' };
  }
  let from = start;
  while (from > lineStart && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  let to = end;
  if (from === lineStart) while (to < lineEnd && (text[to] === ' ' || text[to] === '\t')) to++;
  return { start: from, end: to, newText: '' };
}

/** The text of a value laid out for a place indented by `indent`. */
export function renderValue(value: JsonValue, layout: Layout, indent: string): string {
  if ('text' in value) return value.text;
  if ('items' in value) return `[${value.items.map((item) => renderValue(item, layout, indent)).join(`,${layout.inline}`)}]`;
  if (value.members.length === 0) return '{}';
  if (!layout.eol) return `{${renderMembers(value.members, layout, indent)}}`;
  const inner = indent + layout.unit;
  return `{${layout.eol}${inner}${renderMembers(value.members, layout, inner)}${layout.eol}${indent}}`;
}

function renderMembers(members: readonly Member[], layout: Layout, indent: string): string {
  const separator = layout.eol ? `,${layout.eol}${indent}` : `,${layout.inline}`;
  return members.map((m) => renderMember(m, layout, indent)).join(separator);
}

function renderMember([name, value]: Member, layout: Layout, indent: string): string {
  return `${JSON.stringify(name)}${layout.colon}${renderValue(value, layout, indent)}`;
}

/** The author's spacing around colons, read from the first property that has one on a single line. */
function colonOf(text: string, properties: readonly PropertyNode[]): string | undefined {
  for (const property of properties) {
    if (!property.value) continue;
    const between = text.slice(property.key.offset + property.key.length, property.value.offset);
    if (/^[ \t]*:[ \t]*$/.test(between)) return between;
  }
  return undefined;
}

/**
 * The blanks in front of property `index`: after the comma that precedes it, or after the `{` for the first.
 * Undefined when anything but blanks is there (a comment), so the caller falls back to a default.
 */
function separatorBefore(text: string, object: ObjectNode, index: number): string | undefined {
  const property = object.properties[index];
  let i = property.offset;
  while (i > object.offset && /\s/.test(text[i - 1])) i--;
  const before = text[i - 1];
  const expected = index === 0 ? '{' : ',';
  return before === expected ? text.slice(i, property.offset) : undefined;
}

/** The blanks that start the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}
