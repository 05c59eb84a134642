/**
 * Where our verdict differs from the official OCPP JSON schemas ON PURPOSE: `knownDifferences` for 1.6,
 * `knownDifferences201` for 2.0.1. The schemas are generated from
 * the message tables and leave out what the spec says in prose; our service follows the prose. Each difference
 * is named, says why, and recognises the messages that show it, so the differential test can tell a deliberate
 * difference from a bug, and can check that each one still occurs (a difference that never shows is stale).
 */
import type { ErrorObject } from 'ajv';
import { fullFormats } from 'ajv-formats/dist/formats';
import type { RuleSet } from '../../server/src/ocpp/rules';
import { Random, setField } from './oracleGenerator';
import { fieldPath, locationsOf, withValueAt, type Location, type Payload } from './oracleSchemas';

export interface Message {
  readonly payload: Payload;
  readonly value: unknown;
}

export interface KnownDifference {
  readonly name: string;
  /** The spec text (or standard) that makes us differ from the schema. */
  readonly reason: string;
  /** stricter: we reject what the schema accepts. laxer: we accept what the schema rejects. */
  readonly direction: 'stricter' | 'laxer';
  /** Does the message show this difference? */
  appliesTo(message: Message): boolean;
  /** stricter: the diagnostic codes this difference makes us report (any other error is not explained). */
  readonly ourCodes?: readonly string[];
  /** laxer: the schema errors this difference accounts for (any other schema error is not explained). */
  explainsSchemaError?(error: ErrorObject): boolean;
  /** Turns a valid message into one that shows the difference; undefined when this message cannot. */
  aim(message: Message, random: Random): unknown | undefined;
}

const locations = (m: Message): Location[] => locationsOf(m.value, m.payload.schema);

// ---------------------------------------------------------------------------------------------------------------
// Minimums the catalog takes from the spec's field tables ("connectorId >= 0"), which the schemas leave out.
// The test checks that this list and the catalog agree, so a new minimum needs a line (and a reason) here.
// ---------------------------------------------------------------------------------------------------------------

export interface CatalogMinimum {
  /** "StatusNotification.req" */
  readonly payload: string;
  /** Field names from the payload root, array levels left out. */
  readonly field: string;
  readonly min: number;
  readonly reason: string;
}

export const catalogMinimums: readonly CatalogMinimum[] = [
  { payload: 'ChangeAvailability.req', field: 'connectorId', min: 0, reason: 'OCPP 1.6 §6.7: connectorId >= 0 (0 is the whole charge point)' },
  { payload: 'MeterValues.req', field: 'connectorId', min: 0, reason: 'OCPP 1.6 §6.31: connectorId >= 0 (0 is the main meter)' },
  { payload: 'RemoteStartTransaction.req', field: 'connectorId', min: 1, reason: 'OCPP 1.6 §6.33: connectorId SHALL be > 0' },
  { payload: 'ReserveNow.req', field: 'connectorId', min: 0, reason: 'OCPP 1.6 §6.37: connectorId >= 0 (0 reserves any connector)' },
  { payload: 'StartTransaction.req', field: 'connectorId', min: 1, reason: 'OCPP 1.6 §6.45: connectorId > 0' },
  { payload: 'StatusNotification.req', field: 'connectorId', min: 0, reason: 'OCPP 1.6 §6.47: connectorId >= 0 (0 is the main controller)' },
  { payload: 'TriggerMessage.req', field: 'connectorId', min: 0, reason: 'OCPP 1.6 §6.51 says > 0, but §5.17 triggers a StatusNotification for connector 0, so only negatives are ruled out' },
  { payload: 'UnlockConnector.req', field: 'connectorId', min: 1, reason: 'OCPP 1.6 §6.53: connectorId > 0' },
  { payload: 'ExtendedTriggerMessage.req', field: 'connectorId', min: 1, reason: 'sec16 §5.7: connectorId > 0' },
  { payload: 'RemoteStartTransaction.req', field: 'chargingProfile.stackLevel', min: 0, reason: 'OCPP 1.6 §7.8: stackLevel integer >= 0' },
  { payload: 'SetChargingProfile.req', field: 'csChargingProfiles.stackLevel', min: 0, reason: 'OCPP 1.6 §7.8: stackLevel integer >= 0' },
];

const minimumAt = (m: Message, l: Location) =>
  catalogMinimums.find((c) => c.payload === m.payload.name && c.field === fieldPath(l.path));

// ---------------------------------------------------------------------------------------------------------------
// Date-times: the schemas' format "date-time" is RFC 3339 §5.6 (JSON Schema draft-07 §7.3.1), the profile of the
// ISO 8601 that OCPP 1.6 §3.15 asks for. ajv-formats also accepts white space instead of the "T", and a zone
// offset without its colon or its minutes (+0200, +02); RFC 3339 allows neither, and neither do we.
// ---------------------------------------------------------------------------------------------------------------

const rfc3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** Three spellings ajv-formats takes for date-times that RFC 3339 does not. */
function looseDateTime(valid: string, random: Random): string {
  const zoneless = valid.replace(/([Zz]|[+-]\d{2}:\d{2})$/, '');
  switch (random.int(0, 2)) {
    case 0: return valid.replace(/[Tt]/, ' ');
    case 1: return `${zoneless}+0200`;
    default: return `${zoneless}-05`;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Decimals in steps of 0.1: ajv divides and asks for an integer, and in binary floating point 0.3 / 0.1 is
// 2.9999999999999996, so ajv rejects 0.3 as a multiple of 0.1. OCPP means decimal digits (§7.13 minChargingRate,
// §7.14 limit: "Accepts at most one digit fraction (e.g. 8.1)"), and so do we. The predicate below judges in
// decimal on its own terms, not with the service's arithmetic, so a too-lax service is still caught.
// ---------------------------------------------------------------------------------------------------------------

/** Digits after the decimal point in the shortest decimal spelling of `n` (1e-7 has 7, 1.5e-7 has 8). */
function decimalPlaces(n: number): number {
  const [mantissa, exponent = '0'] = String(Math.abs(n)).split('e');
  return Math.max(0, (mantissa.split('.')[1]?.length ?? 0) - Number(exponent));
}

/** In decimal arithmetic, as OCPP means it. Steps are powers of ten (OCPP 1.6 only uses 0.1). */
function isDecimalMultiple(value: number, step: number): boolean {
  if (Number(`1e-${decimalPlaces(step)}`) !== step) throw new Error(`step ${step} is not a power of ten`);
  return decimalPlaces(value) <= decimalPlaces(step);
}

/** ajv's own test: the quotient must survive parseInt. */
const ajvSaysMultiple = (value: number, step: number) => value / step === parseInt(String(value / step));

const decimalMultipleButNotInFloat = (value: unknown, step: number | undefined) =>
  typeof value === 'number' && step !== undefined && isDecimalMultiple(value, step) && !ajvSaysMultiple(value, step);

/** One-decimal numbers whose quotient by 0.1 is not an integer in floating point. */
const floatTrapDecimals = [0.3, 0.7, 1.1, 1.4, 2.3, 4.6, 8.1, 9.7, 12.3, 230.1].filter((v) => decimalMultipleButNotInFloat(v, 0.1));

// ---------------------------------------------------------------------------------------------------------------
// anyURI: we check that the value is an absolute URI (a scheme, a colon, no white space). ajv-formats' "uri"
// also checks every character against RFC 3986, so it rejects non-ASCII characters and stray '%' signs. OCPP 1.6
// types these fields as anyURI (XML Schema), which admits internationalised IRIs; a stricter syntax check would
// mostly catch typos the receiving server reports anyway.
// ---------------------------------------------------------------------------------------------------------------

const hasSchemeAndNoSpace = (text: string) => /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(text);
const rfc3986Uri = fullFormats.uri as (text: string) => boolean;
const lenientUris = ['ftp://example.com/diagnóstico', 'https://fw.example.com/files/100%', 'ftp://user@host/a{b}', 'ftp://[bad/upload'];

// ---------------------------------------------------------------------------------------------------------------

/**
 * Shared by both versions: 2.0.1's date-times are RFC 3339 too (P2-201 §2.1.4 dateTime, OCPP-J 2.0.1 §3.1.3).
 */
const dateTimeIsStrictRfc3339: KnownDifference = {
  name: 'dateTime is strict RFC 3339',
  reason: 'the schemas\' format date-time is RFC 3339 §5.6 (the profile of OCPP 1.6 §3.15\'s and P2-201 §2.1.4\'s ISO 8601): a "T" between date and time and a zone written Z or ±hh:mm; ajv-formats also accepts white space, +hhmm and +hh',
  direction: 'stricter',
  ourCodes: ['invalid-datetime'],
  appliesTo: (m) => locations(m).some((l) => l.schema.format === 'date-time' && typeof l.value === 'string' && !rfc3339.test(l.value)),
  aim: (m, random) => {
    // Not a leap second: moved to another zone it would no longer end a UTC day, and ajv would reject it too.
    const dates = locations(m).filter((l) => l.schema.format === 'date-time' && typeof l.value === 'string' && !l.value.includes(':60'));
    if (dates.length === 0) return undefined;
    const target = random.pick(dates);
    return withValueAt(m.value, target.path, looseDateTime(target.value as string, random));
  },
};

/** The statuses connectorId 0 (the main controller) may report: OCPP 1.6 §4.9, §7.7. */
const mainControllerStatuses = ['Available', 'Unavailable', 'Faulted'];

export const knownDifferences: readonly KnownDifference[] = [
  {
    name: 'connector 0 reports only Available, Unavailable or Faulted',
    reason: 'OCPP 1.6 §4.9 and §7.7: the main controller (connectorId 0) may only report Available, Unavailable or Faulted; the schema allows every status for every connector',
    direction: 'stricter',
    ourCodes: ['connector-zero-status'],
    appliesTo: (m) => {
      const value = m.value as { connectorId?: unknown; status?: unknown };
      return m.payload.name === 'StatusNotification.req' && value.connectorId === 0 &&
        typeof value.status === 'string' && !mainControllerStatuses.includes(value.status);
    },
    aim: (m, random) => {
      if (m.payload.name !== 'StatusNotification.req') return undefined;
      const status = random.pick(['Preparing', 'Charging', 'SuspendedEVSE', 'SuspendedEV', 'Finishing', 'Reserved']);
      return { ...(m.value as object), connectorId: 0, status };
    },
  },
  {
    name: 'minimums from the spec text',
    reason: `the spec's field tables bound some integers that the schemas leave unbounded: ${catalogMinimums.map((c) => `${c.payload} ${c.field} >= ${c.min}`).join(', ')}`,
    direction: 'stricter',
    ourCodes: ['value-too-small'],
    appliesTo: (m) => locations(m).some((l) => {
      const minimum = minimumAt(m, l);
      return minimum !== undefined && typeof l.value === 'number' && l.value < minimum.min;
    }),
    aim: (m, random) => {
      const fields = catalogMinimums.filter((c) => c.payload === m.payload.name);
      if (fields.length === 0) return undefined;
      const target = random.pick(fields);
      return setField(m.value, m.payload.schema, target.field, target.min - random.int(1, 3));
    },
  },
  dateTimeIsStrictRfc3339,
  {
    name: 'multipleOf 0.1 judged in decimal, not in binary floating point',
    reason: 'OCPP 1.6 §7.13, §7.14: "Accepts at most one digit fraction (e.g. 8.1)"; ajv computes 0.3 / 0.1 = 2.9999999999999996 in binary floating point and rejects 0.3, 8.1 and the like',
    direction: 'laxer',
    explainsSchemaError: (e) => e.keyword === 'multipleOf',
    appliesTo: (m) => locations(m).some((l) => decimalMultipleButNotInFloat(l.value, l.schema.multipleOf)),
    aim: (m, random) => {
      const decimals = locations(m).filter((l) => l.schema.multipleOf === 0.1 && typeof l.value === 'number');
      if (decimals.length === 0) return undefined;
      return withValueAt(m.value, random.pick(decimals).path, random.pick(floatTrapDecimals));
    },
  },
  {
    name: 'anyURI is checked for a scheme, not for RFC 3986 characters',
    reason: 'OCPP 1.6 types location as anyURI (XML Schema), which admits IRIs; ajv-formats\' "uri" rejects non-ASCII characters, a bare "%" and characters such as { } [',
    direction: 'laxer',
    explainsSchemaError: (e) => e.keyword === 'format' && e.params.format === 'uri',
    appliesTo: (m) => locations(m).some((l) => l.schema.format === 'uri' && typeof l.value === 'string' && hasSchemeAndNoSpace(l.value) && !rfc3986Uri(l.value)),
    aim: (m, random) => {
      const uris = locations(m).filter((l) => l.schema.format === 'uri');
      if (uris.length === 0) return undefined;
      return withValueAt(m.value, random.pick(uris).path, random.pick(lenientUris));
    },
  },
];

/**
 * The rules a catalog adds beyond the schemas (server/src/ocpp/v201/rules/: the requirement tables of P2-201, such
 * as K01.FR.31 "the first startPeriod is 0"), as one difference: the schemas cannot say what these rules say, so
 * an error with one of their codes on a message the schemas accept is deliberate. Their own tests check each rule;
 * here only their codes count, so a generic check (a length, a type, a field) failing a valid message is never
 * excused. Absent while the catalog has no rule reporting errors, so that it never counts as stale.
 */
export function rulesBeyondTheSchemas(rules: RuleSet): KnownDifference[] {
  const codes = Object.entries(rules.codes).filter(([, definition]) => definition.severity === 'error').map(([code]) => code);
  if (codes.length === 0) return [];
  return [{
    name: 'rules from the requirement tables',
    reason: `the catalog's rules check what the requirement tables say and a JSON schema cannot (${codes.join(', ')})`,
    direction: 'stricter',
    ourCodes: codes,
    appliesTo: () => true,
    // Random valid messages meet them often (charging profiles whose first period does not start at 0).
    aim: () => undefined,
  }];
}

/**
 * OCPP 2.0.1: the catalog takes its limits from the schemas alone (test/catalog201.test.ts keeps them equal) and
 * 2.0.1 has neither anyURI nor decimal steps in its schemas, so besides its rules only the date-time reading differs.
 */
export function knownDifferences201(rules: RuleSet): readonly KnownDifference[] {
  return [dateTimeIsStrictRfc3339, ...rulesBeyondTheSchemas(rules)];
}
