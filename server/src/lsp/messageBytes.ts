/**
 * A JSON-RPC message as the bytes of its JSON, written into a buffer that grows as needed, with the same text
 * JSON.stringify gives for the whole message.
 *
 * Why not JSON.stringify the whole message and encode that: V8 builds a long JSON.stringify result as a chain of
 * parts and copies them into one flat string the first time anything reads it, the UTF-8 encoding included. For a
 * document's diagnostics after a keystroke (853 KB for a 10 MB 1.6 log with 2,548 findings) that copy lands in memory
 * the process takes fresh from the system, page by page: stringifying and encoding the message took 7-8 ms in process,
 * and writing its 2,548 diagnostics one by one into a buffer written before takes 3.7 ms. So the message is split at
 * its large arrays of objects (a publishDiagnostics' diagnostics, a pull report's items, the Outline's symbols), and
 * each element is stringified on its own: small strings, made and read in the young generation.
 */

/** Objects are written key by key down to this depth (the message, then its params or result); deeper ones whole. */
const objectDepth = 2;

/**
 * The JSON of the frozen elements written so far, in UTF-8. A frozen element is taken to be frozen all through, as
 * the service's diagnostics are (service/check/toDiagnostic.ts), so its JSON cannot change: after a keystroke, the
 * diagnostics the edit did not change are the same objects as before (earlierDiagnostics.ts), and cost no
 * JSON.stringify, and no encoding either (copying 2,548 diagnostics' bytes takes 0.08 ms, encoding their JSON 0.75).
 */
const frozenJson = new WeakMap<object, Uint8Array>();

export class MessageBytes {
  /** The bytes written so far are buffer[0, length). */
  length = 0;

  constructor(public buffer: Buffer) {}

  /** Appends `value` (a message: an object) as JSON. */
  json(value: unknown): void {
    this.member(value, 0);
  }

  /** Appends `text` as UTF-8. */
  utf8(text: string): void {
    // UTF-8 takes at most three bytes per UTF-16 unit.
    this.reserve(3 * text.length);
    this.length += this.buffer.write(text, this.length, 'utf8');
  }

  private arrayOfObjects(array: readonly unknown[]): void {
    this.utf8('[');
    for (let i = 0; i < array.length; i++) {
      if (i > 0) this.comma();
      const element = array[i];
      if (typeof element === 'object' && element !== null && Object.isFrozen(element)) this.bytes(frozenJsonOf(element));
      // JSON.stringify writes null for what it cannot write in an array.
      else this.utf8(JSON.stringify(element) ?? 'null');
    }
    this.utf8(']');
  }

  private object(object: Record<string, unknown>, depth: number): void {
    this.utf8('{');
    let first = true;
    for (const key of Object.keys(object)) {
      const value = object[key];
      const split = splits(value, depth + 1);
      const text = split ? undefined : JSON.stringify(value);
      // JSON.stringify leaves out the members it cannot write (undefined, a function, a symbol).
      if (!split && text === undefined) continue;
      this.utf8(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
      first = false;
      if (text === undefined) this.member(value, depth + 1);
      else this.utf8(text);
    }
    this.utf8('}');
  }

  /** Writes `value`, taken apart where `splits` says so. */
  private member(value: unknown, depth: number): void {
    if (Array.isArray(value) && isArrayOfObjects(value)) this.arrayOfObjects(value);
    else if (depth < objectDepth && isPlainObject(value)) this.object(value, depth);
    else this.utf8(JSON.stringify(value) ?? 'null');
  }

  private bytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  private comma(): void {
    this.reserve(1);
    this.buffer[this.length++] = 0x2c;
  }

  /** Makes room for `bytes` more, in a buffer twice as large when this one is full. */
  private reserve(bytes: number): void {
    const needed = this.length + bytes;
    if (needed <= this.buffer.length) return;
    const larger = Buffer.allocUnsafe(Math.max(needed, 2 * this.buffer.length));
    this.buffer.copy(larger, 0, 0, this.length);
    this.buffer = larger;
  }
}

function frozenJsonOf(element: object): Uint8Array {
  let json = frozenJson.get(element);
  if (json === undefined) {
    json = Buffer.from(JSON.stringify(element) ?? 'null', 'utf8');
    frozenJson.set(element, json);
  }
  return json;
}

/** Whether a value at `depth` is written piece by piece rather than by one JSON.stringify. */
function splits(value: unknown, depth: number): boolean {
  return Array.isArray(value) ? isArrayOfObjects(value) : depth < objectDepth && isPlainObject(value);
}

/** Only a plain object or array is taken apart; anything with its own toJSON (a Date) is left to JSON.stringify. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return (prototype === Object.prototype || prototype === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** An array worth splitting: of objects (an array of numbers is written whole: one write per number costs more). */
function isArrayOfObjects(array: readonly unknown[]): boolean {
  return array.length > 1 && typeof array[0] === 'object' && array[0] !== null &&
    typeof (array as { toJSON?: unknown }).toJSON !== 'function';
}
