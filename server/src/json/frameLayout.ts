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
  let open = 0;
  while (open < text.length && isWhiteSpace(text.charCodeAt(open))) open++;
  let close = text.length - 1;
  while (close > open && isWhiteSpace(text.charCodeAt(close))) close--;
  if (text.charCodeAt(open) !== openBracket || close <= open || text.charCodeAt(close) !== closeBracket) return undefined;
  const spans = splitFrames(text, open + 1, close);
  return spans && spans.starts.length > 0 ? { ...spans, open, close } : undefined;
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
    while (i < to && isWhiteSpace(text.charCodeAt(i))) i++;
    if (i >= to || text.charCodeAt(i) !== openBracket) return undefined;
    const start = i;
    let depth = 0;
    let frameColons = 0;
    for (; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === quote) {
        i = closingQuote(text, i, to);
        if (i < 0) return undefined;
      } else if (c === openBracket || c === openBrace) {
        depth++;
      } else if (c === closeBracket || c === closeBrace) {
        if (--depth === 0) break;
      } else if (c === colon) {
        frameColons++;
      }
    }
    if (i >= to) return undefined;
    i++;
    starts.push(start);
    ends.push(i);
    colons.push(frameColons);
    while (i < to && isWhiteSpace(text.charCodeAt(i))) i++;
    if (i === to) return { starts, ends, colons };
    if (text.charCodeAt(i) !== comma) return undefined;
    i++;
  }
}

/** The offset of the quote that closes the string opening at `open`, or -1 when it is not closed before `to`. */
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
