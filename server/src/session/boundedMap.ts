/**
 * A Map that forgets its oldest entries beyond a fixed size: what a session remembers of past frames (to match a
 * late answer, or a CALLRESULTERROR to the CALLRESULT it names) must not grow with a long or flooded session.
 */
export class BoundedMap<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly limit: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  set(key: K, value: V): void {
    // A key set again counts as new, so it moves to the young end.
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as K);
  }

  get size(): number {
    return this.entries.size;
  }
}
