/**
 * The official OCPP JSON schemas (1.6, 2.0.1 and 2.1, as shipped by ocpp-rpc) as the oracle of the differential tests:
 * loading and compiling them with ajv, and walking a message alongside its schema so generators, mutations and
 * known-difference predicates can all ask "what does the schema say about the value at this path?".
 */
import { readFileSync } from 'node:fs';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * The subset of draft-07 the 78 OCPP 1.6, the 128 OCPP 2.0.1 and the 181 OCPP 2.1 schemas use. A node without `type` (2.0.1's
 * DataTransfer `data`, anyType) takes any JSON value; an object without `additionalProperties: false` (2.0.1's
 * CustomDataType) takes members it does not list. `additionalItems` (2.0.1) has no effect beside a single `items`
 * schema (draft-07 §6.4.2), which is the only kind the schemas use.
 */
export interface JsonSchema {
  readonly $id?: string;
  readonly $ref?: string;
  readonly description?: string;
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
  readonly additionalItems?: boolean;
  readonly multipleOf?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly default?: string | number | boolean;
}

export type Kind = 'request' | 'response';

/**
 * One payload of the official schemas: e.g. StatusNotification.req (1.6) or StatusNotificationRequest (2.0.1, 2.1),
 * or 2.1's NotifyPeriodicEventStream, a SEND (OCPP-J 2.1 message type 6) with no response, read as a request.
 */
export interface Payload {
  readonly action: string;
  readonly kind: Kind;
  /** The message's name in its version: "StatusNotification.req", "StatusNotificationRequest". */
  readonly name: string;
  readonly schema: JsonSchema;
  readonly check: ValidateFunction;
}

/** One version's file of official schemas, and how that version names its messages. */
export interface SchemaSet {
  readonly version: string;
  readonly file: string;
  /** The name a bare payload file of the message carries (the catalog's messageName), e.g. "BootNotificationRequest". */
  payloadName(action: string, kind: Kind): string;
}

export const ocpp16Schemas: SchemaSet = {
  version: '1.6',
  file: require.resolve('ocpp-rpc/lib/schemas/ocpp1_6.json'),
  payloadName: (action, kind) => `${action}.${kind === 'request' ? 'req' : 'conf'}`,
};

export const ocpp201Schemas: SchemaSet = {
  version: '2.0.1',
  file: require.resolve('ocpp-rpc/lib/schemas/ocpp2_0_1.json'),
  payloadName: (action, kind) => `${action}${kind === 'request' ? 'Request' : 'Response'}`,
};

/** 2.1's ids are the message names (urn:AuthorizeRequest); its one SEND message is named after its action alone. */
export const ocpp21Schemas: SchemaSet = {
  version: '2.1',
  file: require.resolve('ocpp-rpc/lib/schemas/ocpp2_1.json'),
  payloadName: ocpp201Schemas.payloadName,
};

/**
 * The schemas of one version as they are in the file, each with its action, kind and message name from its $id:
 * urn:Authorize.req (1.6, 2.0.1), urn:AuthorizeRequest (2.1), or urn:NotifyPeriodicEventStream (2.1's SEND, a
 * message without a response, read as a request named after its action).
 */
export function readOfficialSchemas(set: SchemaSet): { action: string; kind: Kind; name: string; schema: JsonSchema }[] {
  const schemas = JSON.parse(readFileSync(set.file, 'utf8')) as JsonSchema[];
  const ids = new Set(schemas.map((s) => s.$id));
  return schemas.map((schema) => {
    const id = schema.$id ?? '';
    const dotted = /^urn:(\w+)\.(req|conf)$/.exec(id);
    if (dotted) {
      const [, action, suffix] = dotted;
      const kind = suffix === 'req' ? 'request' : 'response';
      return { action, kind, name: set.payloadName(action, kind), schema };
    }
    const named = /^urn:(\w+?)(Request|Response)$/.exec(id);
    if (named) {
      const [, action, suffix] = named;
      return { action, kind: suffix === 'Request' ? 'request' : 'response', name: `${action}${suffix}`, schema };
    }
    // A SEND: no Request or Response in its name, and no schema of that name with either.
    const send = /^urn:(\w+)$/.exec(id);
    if (send && !ids.has(`${id}Request`) && !ids.has(`${id}Response`)) return { action: send[1], kind: 'request', name: send[1], schema };
    throw new Error(`unexpected schema id ${schema.$id}`);
  });
}

export function loadOfficialPayloads(set: SchemaSet = ocpp16Schemas): Payload[] {
  // allErrors: known differences are matched against every error the schema finds, not only the first.
  // strict off: the schemas carry a $schema and $id per file, which is all fine for draft-07, and 2.0.1's
  // additionalItems beside a single items schema, which draft-07 ignores.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return readOfficialSchemas(set).map(({ action, kind, name, schema }) => {
    // fast-uri, ajv's URI parser, cannot serialise the ids (urn:Authorize.req has no namespace-specific part),
    // and nothing refers to a schema by id, so each is compiled without it.
    const { $id: _id, ...anonymous } = schema;
    return { action, kind, name, schema, check: ajv.compile(anonymous) };
  });
}

/** Whether an object schema takes members it does not list (2.0.1's CustomDataType). */
export const isOpen = (schema: JsonSchema) => schema.type === 'object' && schema.additionalProperties !== false;

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
