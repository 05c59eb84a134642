/**
 * Finds the frames of a conversation ([[...], [...], ...]) without parsing them: one pass over the characters
 * that counts brackets outside strings, and jumps over each string with indexOf. This costs a few percent of
 * building a tree, and lets every frame be parsed, checked and cached on its own.
 *
 * It only proposes boundaries. Whoever parses a frame confirms that the JSON parser closes the frame at the same
 * bracket; when any frame is not confirmed, or the text around the frames is anything but plain JSON
 * punctuation and white space, the caller parses the whole document instead.
 */

export interface FrameSpans {
  /** Offset of each frame's '['. */
  readonly starts: number[];
  /** Offset just after each frame's matching ']'. */
  readonly ends: number[];
  /** Colons outside strings in each frame: in valid JSON, exactly its number of object members. */
  readonly colons: number[];
}

export interface ConversationLayout extends FrameSpans {
  /** Offset of the root array's '[' and of its ']'. */
  readonly open: number;
  readonly close: number;
}

import {
  backslash, carriageReturn, closeBrace, closeBracket, colon, comma, lineFeed, openBrace, openBracket, quote, space, tab,
} from './charCodes';

const isWhiteSpace = (c: number) => c === space || c === lineFeed || c === carriageReturn || c === tab;

/** The layout of a document that is an array of one or more frame arrays, or undefined for any other text. */
export function conversationLayout(text: string): ConversationLayout | undefined {
  const root = rootBrackets(text);
  const spans = root && splitFrames(text, root.open + 1, root.close);
  return root && spans && spans.starts.length > 0 ? { ...spans, ...root } : undefined;
}

/** The root array's '[' and ']' when the text, white space aside, is one array. */
export function rootBrackets(text: string): { readonly open: number; readonly close: number } | undefined {
  let open = 0;
  while (open < text.length && isWhiteSpace(text.charCodeAt(open))) open++;
  let close = text.length - 1;
  while (close > open && isWhiteSpace(text.charCodeAt(close))) close--;
  if (text.charCodeAt(open) !== openBracket || close <= open || text.charCodeAt(close) !== closeBracket) return undefined;
  return { open, close };
}

/** Where the next character that is no white space is, from `at` on, before `to`. */
export function skipWhiteSpace(text: string, at: number, to: number): number {
  while (at < to && isWhiteSpace(text.charCodeAt(at))) at++;
  return at;
}

/**
 * The frame (or any array or object) whose opening bracket is at `start`, found by counting brackets outside strings:
 * just after its matching closing bracket, and the colons outside strings in it. Undefined when it does not close
 * before `to`.
 */
export function frameEnd(text: string, start: number, to: number): { readonly end: number; readonly colons: number } | undefined {
  let depth = 0;
  let colons = 0;
  for (let i = start; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === quote) {
      i = closingQuote(text, i, to);
      if (i < 0) return undefined;
    } else if (c === openBracket || c === openBrace) {
      depth++;
    } else if (c === closeBracket || c === closeBrace) {
      if (--depth === 0) return { end: i + 1, colons };
    } else if (c === colon) {
      colons++;
    }
  }
  return undefined;
}

/**
 * Splits text[from, to) into frames: white space, a frame, then (white space, a comma, white space, a frame)
 * any number of times, then white space. Undefined when the text is not exactly that, or holds no frame.
 */
export function splitFrames(text: string, from: number, to: number): FrameSpans | undefined {
  const starts: number[] = [];
  const ends: number[] = [];
  const colons: number[] = [];
  let i = from;
  for (;;) {
    i = skipWhiteSpace(text, i, to);
    if (i >= to || text.charCodeAt(i) !== openBracket) return undefined;
    const frame = frameEnd(text, i, to);
    if (!frame) return undefined;
    starts.push(i);
    ends.push(frame.end);
    colons.push(frame.colons);
    i = skipWhiteSpace(text, frame.end, to);
    if (i === to) return { starts, ends, colons };
    if (text.charCodeAt(i) !== comma) return undefined;
    i++;
  }
}

/** The closing quote of the string whose opening quote is at `open`, before `to`; -1 when there is none. */
export function closingQuote(text: string, open: number, to: number): number {
  let at = open + 1;
  for (;;) {
    at = text.indexOf('"', at);
    if (at < 0 || at >= to) return -1;
    // Escaped when an odd number of backslashes stand right before it.
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === backslash) backslashes++;
    if (backslashes % 2 === 0) return at;
    at++;
  }
}
