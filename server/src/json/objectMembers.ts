/**
 * The members of an object in text already known to be valid JSON, read without building their values' trees:
 * each member's key and span, a leaf node for a scalar value, and only the span of a nested object or array.
 *
 * The Outline lists the first fields of thousands of clean frames of a long log; a tree of each of those frames
 * cost most of its time (frames of OCPP 2.0.1 carry meter values several levels deep that it never shows).
 */
import { closeBrace, comma, colon, openBrace, openBracket, quote } from './charCodes';
import { closingQuote, frameEnd, skipWhiteSpace } from './frameLayout';
import type { BooleanNode, NullNode, NumberNode, StringNode } from './jsonTree';
import { isWordCharacter } from './tokenProblems';

/** A nested object or array, known by its span and whether it has any member or item. */
export type ContainerSpan = ObjectSpan | ArraySpan;
interface Span { readonly offset: number; readonly length: number; readonly empty: boolean }
interface ObjectSpan extends Span { readonly type: 'object' }
interface ArraySpan extends Span { readonly type: 'array' }

export type ShallowValue = StringNode | NumberNode | BooleanNode | NullNode | ContainerSpan;

export interface ShallowMember {
  /** From the key's opening quote to the end of the value, as a tree's property node spans it. */
  readonly offset: number;
  readonly length: number;
  readonly key: StringNode;
  readonly value: ShallowValue;
}

/**
 * The members of the object whose '{' is at `open`, in order (a repeated key as often as it is written), or
 * undefined when the text there is not a closed JSON object before `to`.
 */
export function objectMembers(text: string, open: number, to: number): ShallowMember[] | undefined {
  if (text.charCodeAt(open) !== openBrace) return undefined;
  const members: ShallowMember[] = [];
  let at = skipWhiteSpace(text, open + 1, to);
  if (text.charCodeAt(at) === closeBrace) return members;
  for (;;) {
    const key = stringAt(text, at, to);
    if (!key) return undefined;
    at = skipWhiteSpace(text, key.offset + key.length, to);
    if (text.charCodeAt(at) !== colon) return undefined;
    const value = valueAt(text, skipWhiteSpace(text, at + 1, to), to);
    if (!value) return undefined;
    members.push({ offset: key.offset, length: value.offset + value.length - key.offset, key, value });
    at = skipWhiteSpace(text, value.offset + value.length, to);
    const next = text.charCodeAt(at);
    if (next === closeBrace) return members;
    if (next !== comma) return undefined;
    at = skipWhiteSpace(text, at + 1, to);
  }
}

function stringAt(text: string, at: number, to: number): StringNode | undefined {
  if (text.charCodeAt(at) !== quote) return undefined;
  const close = closingQuote(text, at, to);
  if (close < 0) return undefined;
  const raw = text.slice(at + 1, close);
  // Escapes are rare in OCPP traffic: only a string with one pays for decoding.
  const value = raw.includes('\\') ? (JSON.parse(text.slice(at, close + 1)) as string) : raw;
  return { type: 'string', offset: at, length: close + 1 - at, value };
}

/** The value starting at `at`: a leaf for a scalar, the span of a container. */
function valueAt(text: string, at: number, to: number): ShallowValue | undefined {
  const first = text.charCodeAt(at);
  if (first === quote) return stringAt(text, at, to);
  if (first === openBrace || first === openBracket) {
    const end = frameEnd(text, at, to)?.end;
    if (end === undefined) return undefined;
    const inner = skipWhiteSpace(text, at + 1, end);
    const empty = inner === end - 1;
    return first === openBrace ? { type: 'object', offset: at, length: end - at, empty } : { type: 'array', offset: at, length: end - at, empty };
  }
  let end = at;
  while (end < to && isWordCharacter(text.charCodeAt(end))) end++;
  const raw = text.slice(at, end);
  const length = end - at;
  if (raw === 'true' || raw === 'false') return { type: 'boolean', offset: at, length, value: raw === 'true' };
  if (raw === 'null') return { type: 'null', offset: at, length, value: null };
  const value = Number(raw);
  return raw !== '' && Number.isFinite(value) ? { type: 'number', offset: at, length, value, raw } : undefined;
}

/**
 * The offset of item `index` of the array whose '[' is at `open` (text known to be valid JSON), or undefined when
 * the array has fewer items or the text there is not one.
 */
export function arrayItemOffset(text: string, open: number, index: number, to: number): number | undefined {
  if (text.charCodeAt(open) !== openBracket) return undefined;
  let at = skipWhiteSpace(text, open + 1, to);
  for (let i = 0; i < index; i++) {
    const item = valueAt(text, at, to);
    if (!item) return undefined;
    at = skipWhiteSpace(text, item.offset + item.length, to);
    if (text.charCodeAt(at) !== comma) return undefined;
    at = skipWhiteSpace(text, at + 1, to);
  }
  return at < to ? at : undefined;
}
