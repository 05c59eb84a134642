/**
 * A seeded generator of OCPP payloads (1.6 and 2.0.1) driven by the OFFICIAL schemas, never by our catalog: a field
 * the catalog forgot, or a limit it got wrong, then shows up as a disagreement with the oracle.
 *
 * Valid messages respect everything the schemas say; mutations break exactly one thing the schemas check.
 */
import { fieldPath, isOpen, isPlainObject, locationsOf, remove, resolve, withValueAt, type JsonSchema, type Location } from './oracleSchemas';

/** mulberry32: small, fast and good enough to pick test cases; the point is that a seed reproduces a run. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Valid values
// ---------------------------------------------------------------------------------------------------------------

const plainCharacters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_';
// Characters that stress JSON escaping and length counting: a quote, a backslash, a newline, a non-ASCII letter
// and an emoji outside the BMP (one character for JSON Schema's maxLength, two UTF-16 units for JavaScript).
const trickyCharacters = [' ', '"', '\\', '\n', 'é', 'Ω', '😀'];

function text(random: Random, length: number): string {
  let result = '';
  for (let i = 0; i < length; i++) {
    result += random.chance(0.05) ? random.pick(trickyCharacters) : random.pick([...plainCharacters]);
  }
  return result;
}

function stringOfLength(random: Random, schema: JsonSchema): string {
  const limit = schema.maxLength;
  if (limit === undefined) return text(random, random.int(0, 40));
  // At the limit often enough that every bounded field is tried there.
  return text(random, random.chance(0.2) ? limit : random.int(0, Math.min(limit, 40)));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** An RFC 3339 date-time on a real calendar day; 29 February of a leap year now and then. */
export function validDateTime(random: Random): string {
  const leapDay = random.chance(0.05);
  const year = leapDay ? random.pick([2000, 2020, 2024, 2028]) : random.int(1999, 2037);
  const month = leapDay ? 2 : random.int(1, 12);
  const day = leapDay ? 29 : random.int(1, daysIn(year, month));
  const date = `${year}-${pad(month)}-${pad(day)}`;
  // A leap second is valid only as the last second of a UTC day, wherever the local clock is.
  if (random.chance(0.02)) return `${date}${random.pick(['T23:59:60Z', 'T00:59:60+01:00', 'T18:29:60-05:30'])}`;
  const time = `${pad(random.int(0, 23))}:${pad(random.int(0, 59))}:${pad(random.int(0, 59))}`;
  const fraction = random.chance(0.3) ? `.${random.int(0, 999999)}` : '';
  // Mostly UTC, as charge points mostly send; an explicit offset with a colon is RFC 3339 as well.
  const zone = random.chance(0.85) ? 'Z' : `${random.pick(['+', '-'])}${pad(random.int(0, 14))}:${random.pick(['00', '30', '45'])}`;
  // RFC 3339 §5.6 NOTE: "T" and "Z" may be lower case.
  const lower = random.chance(0.03);
  return `${date}${lower ? 't' : 'T'}${time}${fraction}${lower ? zone.toLowerCase() : zone}`;
}

function validUri(random: Random, maxLength: number | undefined): string {
  const scheme = random.pick(['ftp', 'ftps', 'sftp', 'http', 'https']);
  const user = random.chance(0.2) ? 'user:secret@' : '';
  const host = random.pick(['diag.example.com', 'fw.example.org', '192.168.1.10', 'localhost:2121']);
  const segments = Array.from({ length: random.int(0, 3) }, () => random.pick(['upload', 'cp-01', 'firmware_2.bin', 'logs', '%7Euser']));
  const uri = `${scheme}://${user}${host}/${segments.join('/')}`;
  return maxLength === undefined ? uri : uri.slice(0, maxLength);
}

/**
 * An integer within the schema's minimum and maximum (2.0.1's state of charge, 0 to 100), otherwise a non-negative
 * one (OCPP 1.6 ids, counts, intervals and meter readings are never negative) or, where the shape allows, now and
 * then a negative one (2.0.1 sets no minimum its catalog does not share: priorities, multipliers, offsets).
 */
function validInteger(random: Random, schema: JsonSchema, shape: Shape): number {
  if (schema.minimum !== undefined || schema.maximum !== undefined) {
    const min = schema.minimum ?? (schema.maximum! - 1000);
    const max = schema.maximum ?? min + 100000;
    // At a limit often enough that every bounded integer is tried there.
    return random.chance(0.2) ? random.pick([min, max]) : random.int(min, max);
  }
  if (shape.negativeIntegers && random.chance(0.1)) return -random.int(1, random.pick([10, 100000, 2147483648]));
  const size = random.next();
  if (size < 0.6) return random.int(0, 10);
  if (size < 0.9) return random.int(0, 100000);
  return random.int(0, 2147483647);
}

/**
 * A decimal that is an exact multiple of the step in binary floating point too (12.5, 16, 7.5 for a step of
 * 0.1), so that the valid corpus does not trip over ajv's float arithmetic; that difference gets its own
 * aimed messages.
 */
export function validDecimal(random: Random, step: number | undefined): number {
  // Now and then negative: the schemas set no minimum for decimals, and neither should the catalog.
  const sign = random.chance(0.1) ? -1 : 1;
  if (step === undefined) return sign * (random.chance(0.5) ? random.int(0, 5000) : random.int(0, 500000) / 1000);
  for (;;) {
    const value = sign * Number((random.int(0, 5000) * step).toFixed(10));
    if (Number.isInteger(value / step)) return value;
  }
}

/**
 * A decimal within the schema's minimum and maximum (2.1's dischargeLimit, at most 0; a battery's soC, 0 to 100),
 * at a limit now and then, with a fraction otherwise. Bounded decimals have no step in any version's schemas.
 */
function boundedDecimal(random: Random, schema: JsonSchema): number {
  if (schema.multipleOf !== undefined) throw new Error('the generator does not know a bounded decimal with a step');
  const min = schema.minimum ?? schema.maximum! - 5000;
  const max = schema.maximum ?? min + 5000;
  if (random.chance(0.2)) return random.pick([min, max]);
  return Math.min(max, Math.max(min, min + random.int(0, (max - min) * 1000) / 1000));
}

export interface Shape {
  /** The chance that an optional field is present. */
  readonly optional: number;
  /** The fewest items an array gets (the schema's minItems when larger). */
  readonly minArrayLength: number;
  /** Whether integers the schema does not bound are sometimes negative (not in 1.6, whose catalog adds minimums). */
  readonly negativeIntegers?: boolean;
  /** The chance that an open object (2.0.1's customData) gets members of the vendor's own besides those it lists. */
  readonly vendorMembers?: number;
}

/** Some JSON value of any type, nested a little: for anyType (DataTransfer data) and a vendor's own members. */
export function anyJson(random: Random, depth = 0): unknown {
  switch (random.int(0, depth > 1 ? 4 : 6)) {
    case 0: return null;
    case 1: return random.chance(0.5);
    case 2: return random.chance(0.5) ? random.int(-1000, 1000) : random.int(-100000, 100000) / 100;
    case 3: return text(random, random.int(0, 20));
    case 4: return random.pick(['', '{"nested": "json as text"}', 'x'.repeat(300)]);
    case 5: return Array.from({ length: random.int(0, 3) }, () => anyJson(random, depth + 1));
    default: return Object.fromEntries(Array.from({ length: random.int(0, 3) }, (_, i) => [`${random.pick(['key', 'vendorId', 'customData', 'Ω'])}${i}`, anyJson(random, depth + 1)]));
  }
}

const vendorKeys = ['firmwareBuild', 'meterSerial', 'x', 'customData', 'vendorId2', 'nested', 'Ω'];

/** A message that satisfies `schema`: required fields always, optional ones half the time. */
export function validValue(random: Random, schemaNode: JsonSchema, root: JsonSchema, shape: Shape = { optional: 0.5, minArrayLength: 0 }): unknown {
  const schema = resolve(schemaNode, root);
  if (schema.enum) return random.pick(schema.enum);
  switch (schema.type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        if (schema.required?.includes(name) || random.chance(shape.optional)) result[name] = validValue(random, property, root, shape);
      }
      if (isOpen(schema) && random.chance(shape.vendorMembers ?? 0)) {
        for (let i = random.int(1, 3); i > 0; i--) {
          const key = random.pick(vendorKeys);
          if (!(key in result)) result[key] = anyJson(random);
        }
      }
      return result;
    }
    case 'array': {
      const min = Math.max(schema.minItems ?? 0, shape.minArrayLength);
      const max = Math.min(schema.maxItems ?? Infinity, min + 3);
      return Array.from({ length: random.int(min, max) }, () => validValue(random, schema.items!, root, shape));
    }
    case 'string':
      if (schema.format === 'date-time') return validDateTime(random);
      if (schema.format === 'uri') return validUri(random, schema.maxLength);
      return stringOfLength(random, schema);
    case 'integer':
      return validInteger(random, schema, shape);
    case 'number':
      return schema.minimum === undefined && schema.maximum === undefined ? validDecimal(random, schema.multipleOf) : boundedDecimal(random, schema);
    case 'boolean':
      return random.chance(0.5);
    case undefined:
      return anyJson(random);
    default:
      throw new Error(`the generator does not know schema ${JSON.stringify(schema)}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Mutations: each breaks one thing the schema checks, or returns undefined when the message has no place for it.
// ---------------------------------------------------------------------------------------------------------------

export interface Mutation {
  readonly name: string;
  /** Whether a schema node gives the mutation something to break: a version whose schemas have none goes without it. */
  readonly uses: (schema: JsonSchema) => boolean;
  apply(message: unknown, locations: readonly Location[], random: Random): unknown | undefined;
}

/** Replaces the value at one location that `where` accepts. */
function replaceOne(where: (l: Location) => boolean, by: (l: Location, random: Random) => unknown | undefined): Mutation['apply'] {
  return (message, locations, random) => {
    const candidates = locations.filter(where);
    if (candidates.length === 0) return undefined;
    const target = random.pick(candidates);
    const value = by(target, random);
    return value === undefined ? undefined : withValueAt(message, target.path, value);
  };
}

const isEnum = (l: Location) => l.schema.enum !== undefined && typeof l.value === 'string';
const isObject = (l: Location) => l.schema.type === 'object' && isPlainObject(l.value);
const isDateTime = (l: Location) => l.schema.format === 'date-time' && typeof l.value === 'string';
const isUri = (l: Location) => l.schema.format === 'uri' && typeof l.value === 'string';

const randomWords = ['Bananas', 'Unknown', 'Maybe', 'Enabled', 'Pending2', 'OK', 'Yes', 'Kaputt', 'Charging!', ''];

/** The value, with its case changed so it is no longer one of the enumeration's spellings. */
export function wrongCase(value: string, values: readonly string[]): string | undefined {
  const flipFirst = value.replace(/^./, (c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()));
  return [value.toLowerCase(), value.toUpperCase(), flipFirst].find((c) => c !== '' && !values.includes(c));
}

/** Values of every other JSON type than the schema asks for, null included (none for anyType, which takes all). */
export function wrongTypesFor(schema: JsonSchema): unknown[] {
  if (schema.enum) return [1, null, [schema.enum[0]]];
  switch (schema.type) {
    case undefined: return [];
    case 'integer': return ['42', 4.5, true, null, [1]];
    case 'number': return ['12.5', false, null, {}];
    case 'boolean': return ['true', 0, null];
    case 'object': return [[], 'object', 3, null];
    case 'array': return [{}, 'list', 0, null];
    default: return [7, true, null, ['text'], {}];
  }
}

export const mutations: readonly Mutation[] = [
  {
    name: 'enum value replaced by a random word',
    uses: (s) => s.enum !== undefined,
    apply: replaceOne(isEnum, (l, random) => {
      const word = random.pick(randomWords);
      return l.schema.enum!.includes(word) ? undefined : word;
    }),
  },
  {
    name: 'enum value in the wrong case',
    uses: (s) => s.enum !== undefined,
    apply: replaceOne(isEnum, (l) => wrongCase(l.value as string, l.schema.enum!)),
  },
  {
    name: 'required field missing',
    uses: (s) => (s.required?.length ?? 0) > 0,
    apply: (message, locations, random) => {
      const present = locations.filter(isObject).flatMap((l) =>
        (l.schema.required ?? []).filter((name) => name in (l.value as object)).map((name) => [...l.path, name]));
      return present.length ? withValueAt(message, random.pick(present), remove) : undefined;
    },
  },
  {
    name: 'value of the wrong JSON type',
    uses: (s) => s.properties !== undefined,
    apply: replaceOne((l) => l.path.length > 0 && wrongTypesFor(l.schema).length > 0, (l, random) => random.pick(wrongTypesFor(l.schema))),
  },
  {
    name: 'string one character over maxLength',
    uses: (s) => s.maxLength !== undefined,
    apply: replaceOne((l) => l.schema.maxLength !== undefined && typeof l.value === 'string',
      (l, random) => (random.chance(0.5) ? '😀' : 'x') + 'y'.repeat(l.schema.maxLength!)),
  },
  {
    name: 'extra field',
    uses: (s) => s.type === 'object' && !isOpen(s),
    // Not in an open object (customData), which takes any member.
    apply: replaceOne((l) => isObject(l) && !isOpen(l.schema), (l, random) => {
      const names = Object.keys(l.schema.properties ?? {});
      // A differently cased known name is the subtle case: JSON Schema property names are case-sensitive.
      const recased = names.length ? random.pick(names).replace(/^./, (c) => c.toUpperCase()) : undefined;
      const name = recased && !names.includes(recased) && random.chance(0.5) ? recased : random.pick(['extra', 'comment', 'x-vendor']);
      return { ...(l.value as object), [name]: random.pick([1, 'text', true, null, {}]) };
    }),
  },
  {
    name: 'date-time that is not a date-time',
    uses: (s) => s.format === 'date-time',
    apply: replaceOne(isDateTime, (_l, random) => random.pick([
      '2023-02-29T10:00:00Z', // not a leap year
      '2024-04-31T12:00:00Z', // April has 30 days
      '2024-13-01T00:00:00Z',
      '2024-05-01T24:00:00Z',
      '2024-05-01T10:60:00Z',
      '2024-05-01T10:00:00+24:00', // offsets stop at 23:59
      '2024-05-01T12:00:60Z', // a leap second only ends a UTC day
      '2024-05-01T10:00:00', // no zone
      '2024-05-01T10:00Z', // no seconds
      '2024-05-01',
      '01/05/2024 10:00',
      'yesterday',
      '',
    ])),
  },
  {
    name: 'uri that is not a uri',
    uses: (s) => s.format === 'uri',
    apply: replaceOne(isUri, (_l, random) => random.pick(['diagnostics', 'example.com/upload', '', 'ftp:'])),
  },
  {
    name: 'array shorter than minItems',
    uses: (s) => (s.minItems ?? 0) > 0,
    apply: replaceOne((l) => (l.schema.minItems ?? 0) > 0 && Array.isArray(l.value),
      (l) => (l.value as unknown[]).slice(0, l.schema.minItems! - 1)),
  },
  {
    name: 'decimal with more precision than its step',
    uses: (s) => s.multipleOf !== undefined,
    apply: replaceOne((l) => l.schema.multipleOf !== undefined && typeof l.value === 'number',
      (l, random) => {
        const value = l.value as number;
        const step = l.schema.multipleOf!;
        // A digit too many (12.55), and far too many: tiny excesses a tolerance could wave through.
        return random.pick([
          Number((value + step / 2).toFixed(10)),
          Number((value + step / 4).toFixed(10)),
          Number((value + step * 1e-7).toFixed(12)),
          Number(`${step}e-10`),
        ]);
      }),
  },
  {
    name: 'array longer than maxItems',
    uses: (s) => s.maxItems !== undefined,
    apply: replaceOne((l) => l.schema.maxItems !== undefined && Array.isArray(l.value) && l.value.length > 0,
      (l, random) => {
        const items = l.value as unknown[];
        const extra = l.schema.maxItems! + 1 - items.length + random.int(0, 2);
        return [...items, ...Array.from({ length: extra }, () => random.pick(items))];
      }),
  },
  {
    name: 'integer outside its minimum or maximum',
    uses: (s) => s.minimum !== undefined || s.maximum !== undefined,
    apply: replaceOne((l) => (l.schema.minimum !== undefined || l.schema.maximum !== undefined) && typeof l.value === 'number',
      (l, random) => {
        const outside = [
          ...(l.schema.minimum !== undefined ? [l.schema.minimum - 1, l.schema.minimum - random.int(2, 1000)] : []),
          ...(l.schema.maximum !== undefined ? [l.schema.maximum + 1, l.schema.maximum + random.int(2, 1000)] : []),
        ];
        return random.pick(outside);
      }),
  },
];

/** Every schema node of the payloads, definitions included: what a version's schemas use at all. */
function schemaNodes(schemas: readonly JsonSchema[]): JsonSchema[] {
  const nodes: JsonSchema[] = [];
  const walk = (node: unknown) => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
    nodes.push(node as JsonSchema);
    const { properties, definitions, items } = node as JsonSchema;
    for (const child of [...Object.values(properties ?? {}), ...Object.values(definitions ?? {}), ...(items ? [items] : [])]) walk(child);
  };
  for (const schema of schemas) walk(schema);
  return nodes;
}

/** The mutations that have something to break in these schemas, in the order of `mutations`. */
export function mutationsFor(schemas: readonly JsonSchema[]): Mutation[] {
  const nodes = schemaNodes(schemas);
  return mutations.filter((m) => nodes.some(m.uses));
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers for aimed messages
// ---------------------------------------------------------------------------------------------------------------

/**
 * Sets `value` at every location whose field path (indexes left out) is `path`: at the field itself, or with
 * `items` at each item of the array it holds. Undefined if the message has no such field.
 */
export function setField(message: unknown, root: JsonSchema, path: string, value: unknown, items = false): unknown | undefined {
  const targets = locationsOf(message, root).filter((l) =>
    l.path.length > 0 && fieldPath(l.path) === path && typeof l.path[l.path.length - 1] === (items ? 'number' : 'string'));
  if (targets.length === 0) return undefined;
  return targets.reduce((m, l) => withValueAt(m, l.path, value), message);
}
