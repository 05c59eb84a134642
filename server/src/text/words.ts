/** Small helpers for the sentences the product writes. */

/** "A", "A or B", "A, B or C". */
export function listWithOr(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** Characters as JSON Schema's maxLength counts them: code points, so an emoji is one, not two UTF-16 units. */
export function characterCount(text: string): number {
  let count = text.length;
  for (let i = 0; i + 1 < text.length; i++) {
    if (isSurrogatePair(text, i)) {
      count--;
      i++;
    }
  }
  return count;
}

/** Whether `text` is longer than `max` characters; the UTF-16 length settles most cases without counting. */
export function longerThan(text: string, max: number): boolean {
  return longerThanAt(text, 0, text.length, max);
}

/**
 * Whether text[start, end) is longer than `max` characters, counted as characterCount counts them (a surrogate
 * pair is one), without cutting the text out: the token checker asks this of every string it passes.
 */
export function longerThanAt(text: string, start: number, end: number, max: number): boolean {
  if (end - start <= max) return false;
  let count = 0;
  for (let i = start; i < end; i++) {
    if (i + 1 < end && isSurrogatePair(text, i)) i++;
    if (++count > max) return true;
  }
  return false;
}

/** A high surrogate followed by a low one at `i`: a single code point. */
function isSurrogatePair(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}
