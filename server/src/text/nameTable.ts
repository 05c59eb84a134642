/**
 * Names looked up straight from a text's characters. A log holds tens of thousands of field names, enumeration
 * values and action names; slicing each one out to ask a Map would make a string per lookup, and those strings
 * are most of what a checker of clean frames would otherwise leave for the garbage collector.
 */
interface Entry<T> {
  readonly name: string;
  readonly value: T;
  readonly next: Entry<T> | undefined;
}

export class NameTable<T> {
  private readonly buckets = new Map<number, Entry<T>>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [name, value] of entries) {
      // A later entry of the same name replaces the earlier one, as in a Map built from the same list.
      const key = hashOf(name, 0, name.length);
      const kept = removeName(this.buckets.get(key), name);
      this.buckets.set(key, { name, value, next: kept });
    }
  }

  /** The value of the name spelled by text[start, end), or undefined. */
  find(text: string, start: number, end: number): T | undefined {
    const length = end - start;
    for (let entry = this.buckets.get(hashOf(text, start, end)); entry; entry = entry.next) {
      if (entry.name.length === length && text.startsWith(entry.name, start)) return entry.value;
    }
    return undefined;
  }

  get(name: string): T | undefined {
    return this.find(name, 0, name.length);
  }
}

function removeName<T>(entry: Entry<T> | undefined, name: string): Entry<T> | undefined {
  if (!entry) return undefined;
  return entry.name === name ? entry.next : { name: entry.name, value: entry.value, next: removeName(entry.next, name) };
}

/** A 32-bit hash of text[start, end): the length and every character, so names differing anywhere part. */
function hashOf(text: string, start: number, end: number): number {
  let hash = end - start;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}
