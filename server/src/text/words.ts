/** Small helpers for the sentences the product writes. */

/** "A", "A or B", "A, B or C". */
export function listWithOr(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** Characters as JSON Schema's maxLength counts them: code points, so an emoji is one, not two UTF-16 units. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** Whether `text` is longer than `max` characters; the UTF-16 length settles most cases without counting. */
export function longerThan(text: string, max: number): boolean {
  return text.length > max && characterCount(text) > max;
}

/**
 * Whether text[start, end) is longer than `max` characters, counted as characterCount counts them (a surrogate
 * pair is one), without cutting the text out: the token checker asks this of every string it passes.
 */
export function longerThanAt(text: string, start: number, end: number, max: number): boolean {
  if (end - start <= max) return false;
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    if (++count > max) return true;
  }
  return false;
}
