/**
 * Every StatusNotification.req in a document, read once into a small record and linked to the previous report
 * of the same connector. The conversation rules (transitions, timestamps, error codes) and the status hover all
 * read this, so they agree on what "the previous status of connector 1" is.
 *
 * Records are built only from values that are already well-typed (an integer connectorId, string status and
 * errorCode, a valid dateTime); anything malformed is the payload validator's to report, and a rule that would
 * need it simply does not run.
 */
import { ChargePointErrorCode, ChargePointStatus } from '../ocpp/v16/enums';
import { StatusNotification } from '../ocpp/v16/actions';
import { checkDateTime } from './dateTime';
import type { ObjectNode, StringNode, ValueNode } from './jsonTree';
import { barePayloadType, type Frame, type OcppDocument } from './ocppDocument';

export interface StatusReport {
  /** The CALL that carries the notification; undefined for a bare payload document. */
  readonly frame?: Frame;
  readonly payload: ObjectNode;
  /** Set only when connectorId is a non-negative integer. */
  readonly connectorId?: number;
  readonly statusNode?: StringNode;
  /** Set only when the status is a ChargePointStatus value (case-sensitive). */
  readonly status?: string;
  readonly errorCodeNode?: StringNode;
  /** Set only when the errorCode is a ChargePointErrorCode value. */
  readonly errorCode?: string;
  readonly timestampNode?: StringNode;
  readonly instant?: Instant;
  /** The connector's report just before this one in the file, whatever its status. */
  readonly previous?: StatusReport;
  /** The connector's last earlier report with a valid timestamp. */
  readonly previousTimed?: StatusReport;
}

/** A point in time, exact to any number of fractional digits (Date would round to milliseconds). */
export interface Instant {
  readonly epochSeconds: number;
  /** The fractional digits, without the point; '' when there are none. */
  readonly fraction: string;
}

const cache = new WeakMap<OcppDocument, readonly StatusReport[]>();

/** The document's StatusNotification requests in file order. Cached per parsed document. */
export function statusReportsOf(doc: OcppDocument): readonly StatusReport[] {
  let reports = cache.get(doc);
  if (!reports) {
    reports = collect(doc);
    cache.set(doc, reports);
  }
  return reports;
}

/** The report whose status literal is `node`, if any. */
export function statusReportAt(doc: OcppDocument, node: ValueNode): StatusReport | undefined {
  return statusReportsOf(doc).find((r) => r.statusNode === node);
}

const statusNames = new Set(ChargePointStatus.values.map((v) => v.name));
const errorCodeNames = new Set(ChargePointErrorCode.values.map((v) => v.name));

function collect(doc: OcppDocument): StatusReport[] {
  const lastByConnector = new Map<number, StatusReport>();
  const lastTimedByConnector = new Map<number, StatusReport>();
  const reports: StatusReport[] = [];
  const add = (frame: Frame | undefined, payload: ObjectNode) => {
    const report = readReport(frame, payload, lastByConnector, lastTimedByConnector);
    reports.push(report);
    if (report.connectorId !== undefined) {
      lastByConnector.set(report.connectorId, report);
      if (report.instant) lastTimedByConnector.set(report.connectorId, report);
    }
  };
  for (const frame of doc.frames) {
    if (frame.action === StatusNotification && frame.messageType?.name === 'CALL' && frame.payloadNode?.type === 'object') {
      add(frame, frame.payloadNode);
    }
  }
  if (doc.payload && barePayloadType(doc.payload) === StatusNotification.request) add(undefined, doc.payload.node);
  return reports;
}

const fieldBits: ReadonlyMap<string, number> = new Map([['connectorId', 1], ['status', 2], ['errorCode', 4], ['timestamp', 8]]);

function readReport(frame: Frame | undefined, payload: ObjectNode, lastByConnector: ReadonlyMap<number, StatusReport>,
  lastTimedByConnector: ReadonlyMap<number, StatusReport>): StatusReport {
  // One pass over the properties; the first of a duplicated key counts (duplicate-field reports the second).
  let connectorNode: ValueNode | undefined;
  let statusNode: StringNode | undefined;
  let errorCodeNode: StringNode | undefined;
  let timestampNode: StringNode | undefined;
  let seen = 0; // one bit per field read, so a later duplicate cannot replace the first
  for (const property of payload.properties) {
    const bit = fieldBits.get(property.key.value);
    if (bit === undefined || seen & bit) continue;
    seen |= bit;
    const value = property.value;
    const text = value?.type === 'string' ? value : undefined;
    if (bit === 1) connectorNode = value;
    else if (bit === 2) statusNode = text;
    else if (bit === 4) errorCodeNode = text;
    else timestampNode = text;
  }
  const connectorId = connectorNode?.type === 'number' && Number.isInteger(connectorNode.value) && connectorNode.value >= 0
    ? connectorNode.value : undefined;
  return {
    frame, payload, connectorId, statusNode, errorCodeNode, timestampNode,
    status: statusNode && statusNames.has(statusNode.value) ? statusNode.value : undefined,
    errorCode: errorCodeNode && errorCodeNames.has(errorCodeNode.value) ? errorCodeNode.value : undefined,
    instant: timestampNode ? instantOf(timestampNode.value) : undefined,
    previous: connectorId !== undefined ? lastByConnector.get(connectorId) : undefined,
    previousTimed: connectorId !== undefined ? lastTimedByConnector.get(connectorId) : undefined,
  };
}

const dateTimePattern = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

/** The instant an RFC 3339 date-time names, or undefined when it is not a valid one. */
export function instantOf(text: string): Instant | undefined {
  if (checkDateTime(text) !== undefined) return undefined;
  const m = dateTimePattern.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const offsetMinutes = m[8] ? (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10])) : 0;
  // Plain arithmetic rather than Date.UTC, which reads years 0-99 as 1900-1999. Second 60 (a leap second)
  // simply counts as the next minute's first second, which orders it correctly.
  const epochSeconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
  return { epochSeconds, fraction: (m[7] ?? '').replace(/0+$/, '') };
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Negative when a is earlier than b, 0 when they are the same instant, positive when a is later. */
export function compareInstants(a: Instant, b: Instant): number {
  if (a.epochSeconds !== b.epochSeconds) return a.epochSeconds - b.epochSeconds;
  const width = Math.max(a.fraction.length, b.fraction.length);
  const fa = a.fraction.padEnd(width, '0');
  const fb = b.fraction.padEnd(width, '0');
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}
