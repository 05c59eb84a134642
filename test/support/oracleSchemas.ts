/**
 * The official OCPP 1.6 JSON schemas (as shipped by ocpp-rpc) as the oracle of the differential test: loading
 * and compiling them with ajv, and walking a message alongside its schema so generators, mutations and
 * known-difference predicates can all ask "what does the schema say about the value at this path?".
 */
import { readFileSync } from 'node:fs';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** The subset of draft-07 the 78 OCPP 1.6 schemas use. */
export interface JsonSchema {
  readonly $id?: string;
  readonly $ref?: string;
  readonly type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean;
  readonly definitions?: Readonly<Record<string, JsonSchema>>;
  readonly enum?: readonly string[];
  readonly maxLength?: number;
  readonly format?: 'date-time' | 'uri';
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly multipleOf?: number;
}

export type Kind = 'request' | 'response';

/** One payload of the official schemas: e.g. StatusNotification.req. */
export interface Payload {
  readonly action: string;
  readonly kind: Kind;
  /** "StatusNotification.req", as the schemas' $id (urn:StatusNotification.req) names it. */
  readonly name: string;
  readonly schema: JsonSchema;
  readonly check: ValidateFunction;
}

const schemaFile = require.resolve('ocpp-rpc/lib/schemas/ocpp1_6.json');

export function loadOfficialPayloads(): Payload[] {
  const schemas = JSON.parse(readFileSync(schemaFile, 'utf8')) as JsonSchema[];
  // allErrors: known differences are matched against every error the schema finds, not only the first.
  // strict off: the schemas carry a $schema and $id per file, which is all fine for draft-07.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return schemas.map((schema) => {
    const match = /^urn:(\w+)\.(req|conf)$/.exec(schema.$id ?? '');
    if (!match) throw new Error(`unexpected schema id ${schema.$id}`);
    const [, action, suffix] = match;
    // fast-uri, ajv's URI parser, cannot serialise the ids (urn:Authorize.req has no namespace-specific part),
    // and nothing refers to a schema by id, so each is compiled without it.
    const { $id: _id, ...anonymous } = schema;
    return { action, kind: suffix === 'req' ? 'request' : 'response', name: `${action}.${suffix}`, schema, check: ajv.compile(anonymous) };
  });
}

export function schemaVerdict(payload: Payload, message: unknown): { valid: boolean; errors: ErrorObject[] } {
  const valid = payload.check(message) as boolean;
  return { valid, errors: valid ? [] : [...(payload.check.errors ?? [])] };
}

/** Follows a local `#/definitions/X` reference (the only kind the OCPP schemas use). */
export function resolve(node: JsonSchema, root: JsonSchema): JsonSchema {
  if (!node.$ref) return node;
  const name = /^#\/definitions\/(.+)$/.exec(node.$ref)?.[1];
  const target = name ? root.definitions?.[name] : undefined;
  if (!target) throw new Error(`cannot resolve ${node.$ref} in ${root.$id}`);
  return resolve(target, root);
}

export type PathStep = string | number;

/** A value inside a message, with the (resolved) schema that describes it. */
export interface Location {
  /** Property names and array indexes from the payload root. */
  readonly path: readonly PathStep[];
  readonly schema: JsonSchema;
  readonly value: unknown;
}

/**
 * Every value of the message that its schema describes, the root object included, parents before children.
 * Values the schema does not describe (extra fields) or of an unexpected JSON type are still listed, but their
 * children are not walked.
 */
export function locationsOf(message: unknown, root: JsonSchema): Location[] {
  const found: Location[] = [];
  const walk = (value: unknown, schemaNode: JsonSchema, path: PathStep[]) => {
    const schema = resolve(schemaNode, root);
    found.push({ path, schema, value });
    if (schema.type === 'object' && isPlainObject(value)) {
      for (const [name, child] of Object.entries(value)) {
        const childSchema = schema.properties?.[name];
        if (childSchema) walk(child, childSchema, [...path, name]);
      }
    } else if (schema.type === 'array' && Array.isArray(value) && schema.items) {
      value.forEach((item, index) => walk(item, schema.items!, [...path, index]));
    }
  };
  walk(message, root, []);
  return found;
}

/** "csChargingProfiles.chargingSchedule.chargingSchedulePeriod.limit": the path with array indexes left out. */
export function fieldPath(path: readonly PathStep[]): string {
  return path.filter((step): step is string => typeof step === 'string').join('.');
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of `message` with the value at `path` replaced (or removed, when `value` is `remove`). */
export const remove = Symbol('remove');
export function withValueAt(message: unknown, path: readonly PathStep[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [step, ...rest] = path;
  if (Array.isArray(message)) {
    const copy = [...message];
    copy[step as number] = withValueAt(copy[step as number], rest, value);
    return copy;
  }
  const copy = { ...(message as Record<string, unknown>) };
  if (rest.length === 0 && value === remove) delete copy[step as string];
  else copy[step as string] = withValueAt(copy[step as string], rest, value);
  return copy;
}
