/**
 * Stepping over JSON's white space (space, tab, line feed, carriage return) to the characters around a position,
 * as completion does to see what a new frame or value needs before and after it.
 */

const isWhiteSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** The last character before `offset` that is not white space. */
export function previousSignificantChar(text: string, offset: number): string | undefined {
  return text[previousSignificantIndex(text, offset)];
}

/** The index of the last character before `offset` that is not white space, or -1. */
export function previousSignificantIndex(text: string, offset: number): number {
  for (let i = offset - 1; i >= 0; i--) if (!isWhiteSpace(text[i])) return i;
  return -1;
}

/** The first character from `offset` on that is not white space. */
export function nextSignificantChar(text: string, offset: number): string | undefined {
  for (let i = offset; i < text.length; i++) if (!isWhiteSpace(text[i])) return text[i];
  return undefined;
}
