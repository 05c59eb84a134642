/**
 * The binary searches the product needs over sorted lists (frames by offset, line starts, sibling nodes, edits):
 * one implementation, so none of them gets an off-by-one of its own.
 */

/** The last index whose item passes `test`, where `test` holds for a prefix of the items; 0 when none does. */
export function lastIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  let low = 0;
  let high = items.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (test(items[mid])) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The first index whose item passes `test`, where `test` holds for a suffix of the items; `items.length` when none. */
export function firstIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (test(items[mid])) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * The item whose span [offset, offset + length] (end inclusive) holds `at`, among items in order that do not
 * overlap; undefined when none does.
 */
export function spanAt<T extends { readonly offset: number; readonly length: number }>(items: readonly T[], at: number): T | undefined {
  const i = firstIndexWhere(items, (item) => item.offset + item.length >= at);
  const item = items[i];
  return item && item.offset <= at ? item : undefined;
}
