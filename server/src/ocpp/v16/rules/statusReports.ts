/**
 * Every StatusNotification.req in a document, read once into a small record and linked to the previous report
 * of the same connector. The conversation rules (transitions, timestamps, error codes) and the status hover all
 * read this, so they agree on what "the previous status of connector 1" is.
 *
 * Records are built only from values that are already well-typed (an integer connectorId, string status and
 * errorCode, a valid dateTime); anything malformed is the payload validator's to report, and a rule that would
 * need it simply does not run.
 */
import { ChargePointErrorCode, ChargePointStatus } from '../enums';
import { StatusNotification } from '../actions';
import { checkDateTime } from '../../../text/dateTime';
import type { ObjectNode, StringNode, ValueNode } from '../../../json/jsonTree';
import { barePayloadType, type Frame, type OcppDocument } from '../../../service/document/ocppDocument';
import { factsFromNode, noFacts, type PayloadFacts } from '../../../service/document/payloadFacts';

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
  /** The timestamp as written, when it is a string. */
  readonly timestamp?: string;
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

/** The report whose status literal is `node`, if any. Only the report of the frame holding `node` is asked for its
 * node: asking builds that frame's tree. */
export function statusReportAt(doc: OcppDocument, node: ValueNode): StatusReport | undefined {
  return statusReportsOf(doc).find((r) =>
    (!r.frame || (node.offset >= r.frame.offset && node.offset < r.frame.offset + r.frame.length)) && r.statusNode === node);
}

const statusNames = new Set(ChargePointStatus.values.map((v) => v.name));
const errorCodeNames = new Set(ChargePointErrorCode.values.map((v) => v.name));

/**
 * A report read from the payload's facts. Its nodes, which only findings and hovers need, are looked up in the
 * payload's tree when first asked for: most notifications of a long log never are.
 */
class Report implements StatusReport {
  readonly connectorId?: number;
  readonly status?: string;
  readonly errorCode?: string;
  readonly timestamp?: string;
  readonly instant?: Instant;
  readonly previous?: StatusReport;
  readonly previousTimed?: StatusReport;

  constructor(readonly frame: Frame | undefined, private readonly bare: ObjectNode | undefined, facts: PayloadFacts,
    lastByConnector: ReadonlyMap<number, StatusReport>, lastTimedByConnector: ReadonlyMap<number, StatusReport>) {
    const connectorId = facts.connectorId !== undefined && facts.connectorId >= 0 ? facts.connectorId : undefined;
    this.connectorId = connectorId;
    this.status = facts.status !== undefined && statusNames.has(facts.status) ? facts.status : undefined;
    this.errorCode = facts.errorCode !== undefined && errorCodeNames.has(facts.errorCode) ? facts.errorCode : undefined;
    this.timestamp = facts.timestamp;
    this.instant = instantOfFacts(facts);
    this.previous = connectorId !== undefined ? lastByConnector.get(connectorId) : undefined;
    this.previousTimed = connectorId !== undefined ? lastTimedByConnector.get(connectorId) : undefined;
    this.hasStatus = facts.status !== undefined;
    this.hasErrorCode = facts.errorCode !== undefined;
  }

  private readonly hasStatus: boolean;
  private readonly hasErrorCode: boolean;

  get payload(): ObjectNode {
    return this.bare ?? (this.frame!.payloadNode as ObjectNode);
  }

  get statusNode(): StringNode | undefined {
    return this.hasStatus ? stringProperty(this.payload, 'status') : undefined;
  }

  get errorCodeNode(): StringNode | undefined {
    return this.hasErrorCode ? stringProperty(this.payload, 'errorCode') : undefined;
  }

  get timestampNode(): StringNode | undefined {
    return this.timestamp !== undefined ? stringProperty(this.payload, 'timestamp') : undefined;
  }
}

const instants = new WeakMap<PayloadFacts, Instant | null>();

/** The instant of a payload's timestamp, worked out once per facts: a frame's facts outlive many versions. */
function instantOfFacts(facts: PayloadFacts): Instant | undefined {
  if (facts.timestamp === undefined) return undefined;
  let instant = instants.get(facts);
  if (instant === undefined) {
    instant = instantOf(facts.timestamp) ?? null;
    instants.set(facts, instant);
  }
  return instant ?? undefined;
}

/** The first property named `name`, when its value is a string (as the facts were read). */
function stringProperty(payload: ObjectNode, name: string): StringNode | undefined {
  const value = payload.properties.find((p) => p.key.value === name)?.value;
  return value?.type === 'string' ? value : undefined;
}

function collect(doc: OcppDocument): StatusReport[] {
  const lastByConnector = new Map<number, StatusReport>();
  const lastTimedByConnector = new Map<number, StatusReport>();
  const reports: StatusReport[] = [];
  const add = (frame: Frame | undefined, bare: ObjectNode | undefined, facts: PayloadFacts) => {
    const report = new Report(frame, bare, facts, lastByConnector, lastTimedByConnector);
    reports.push(report);
    if (report.connectorId !== undefined) {
      lastByConnector.set(report.connectorId, report);
      if (report.instant) lastTimedByConnector.set(report.connectorId, report);
    }
  };
  // A payload without any of the fields read here (or no object at all) has empty facts and takes no part.
  for (const frame of doc.frames) {
    if (frame.action === StatusNotification && frame.messageType?.name === 'CALL' && frame.facts !== noFacts) {
      add(frame, undefined, frame.facts);
    }
  }
  if (doc.payload && barePayloadType(doc.payload) === StatusNotification.request) {
    add(undefined, doc.payload.node, factsFromNode(doc.payload.node));
  }
  return reports;
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
