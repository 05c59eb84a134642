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
