/**
 * Every StatusNotification.req in a document, read once into a small record and linked to the previous report
 * of the same connector. The conversation rules (transitions, timestamps, error codes) and the status hover all
 * read this, so they agree on what "the previous status of connector 1" is.
 *
 * Records are built only from values that are already well-typed (an integer connectorId, string status and
 * errorCode, a valid dateTime); anything malformed is the payload validator's to report, and a rule that would
 * need it simply does not run.
 *
 * Reports are kept per connector under a key: in 1.6 the connectorId alone. 2.0.1 addresses a connector by
 * evseId and connectorId, and keys its history by both (e.g. "1/2").
 */
import type { ObjectNode, StringNode, ValueNode } from '../../../json/jsonTree';
import { propertyOf } from '../../../json/treeQueries';
import { instantOf, type Instant } from '../../../text/dateTime';
import { factsOfNode, noFacts, type PayloadFacts, type RuleDocument, type RuleFrame } from '../../rules';
import { StatusNotification } from '../actions/core';
import { ChargePointErrorCode, ChargePointStatus } from '../enums';

/**
 * The payload values the 1.6 rules follow from frame to frame: a StatusNotification's connector, status,
 * errorCode and timestamp, and the transactionId a StartTransaction.conf gives or a StopTransaction or MeterValues
 * uses. Every facts object has the five fields in this order, so they share one shape.
 */
/** The members factsOf16 reads. */
export const factsMembers16: ReadonlySet<string> = new Set(['connectorId', 'status', 'errorCode', 'timestamp', 'transactionId']);

export function factsOf16(payload: { readonly [key: string]: unknown }): PayloadFacts {
  const { connectorId, status, errorCode, timestamp, transactionId } = payload;
  if (connectorId === undefined && status === undefined && errorCode === undefined && timestamp === undefined &&
    transactionId === undefined) return noFacts;
  return {
    connectorId: integerOrUndefined(connectorId),
    status: typeof status === 'string' ? status : undefined,
    errorCode: typeof errorCode === 'string' ? errorCode : undefined,
    timestamp: typeof timestamp === 'string' ? timestamp : undefined,
    transactionId: integerOrUndefined(transactionId),
  };
}

const integerOrUndefined = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) ? value : undefined);

export interface StatusReport {
  /** The CALL that carries the notification; undefined for a bare payload document. */
  readonly frame?: RuleFrame;
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

const cache = new WeakMap<RuleDocument, readonly StatusReport[]>();

/** The document's StatusNotification requests in file order. Cached per parsed document. */
export function statusReportsOf(doc: RuleDocument): readonly StatusReport[] {
  let reports = cache.get(doc);
  if (!reports) {
    reports = collect(doc);
    cache.set(doc, reports);
  }
  return reports;
}

/**
 * The report whose status literal is `node`, if any. Only the report of the frame holding `node` is asked for its
 * node: asking builds that frame's tree.
 */
export function statusReportAt(doc: RuleDocument, node: ValueNode): StatusReport | undefined {
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
  readonly instant?: Instant;
  readonly previous?: StatusReport;
  readonly previousTimed?: StatusReport;
  /** Which connector the report is about, as its history is kept (see the top of this file). */
  readonly key?: ConnectorKey;
  private readonly hasStatus: boolean;
  private readonly hasErrorCode: boolean;
  private readonly hasTimestamp: boolean;

  constructor(readonly frame: RuleFrame | undefined, private readonly bare: ObjectNode | undefined, facts: PayloadFacts,
    lastByConnector: ReadonlyMap<ConnectorKey, StatusReport>, lastTimedByConnector: ReadonlyMap<ConnectorKey, StatusReport>) {
    const { connectorId, status, errorCode, timestamp } = facts;
    this.connectorId = typeof connectorId === 'number' && connectorId >= 0 ? connectorId : undefined;
    this.status = typeof status === 'string' && statusNames.has(status) ? status : undefined;
    this.errorCode = typeof errorCode === 'string' && errorCodeNames.has(errorCode) ? errorCode : undefined;
    this.instant = instantOfFacts(facts);
    const key = this.connectorId;
    this.key = key;
    this.previous = key !== undefined ? lastByConnector.get(key) : undefined;
    this.previousTimed = key !== undefined ? lastTimedByConnector.get(key) : undefined;
    this.hasStatus = typeof status === 'string';
    this.hasErrorCode = typeof errorCode === 'string';
    this.hasTimestamp = typeof timestamp === 'string';
  }

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
    return this.hasTimestamp ? stringProperty(this.payload, 'timestamp') : undefined;
  }
}

/** The key a connector's history is kept under: a number in 1.6, where the connectorId alone names it. */
type ConnectorKey = number | string;

const instants = new WeakMap<PayloadFacts, Instant | null>();

/** The instant of a payload's timestamp, worked out once per facts: a frame's facts outlive many versions. */
function instantOfFacts(facts: PayloadFacts): Instant | undefined {
  const timestamp = facts.timestamp;
  if (typeof timestamp !== 'string') return undefined;
  let instant = instants.get(facts);
  if (instant === undefined) {
    instant = instantOf(timestamp) ?? null;
    instants.set(facts, instant);
  }
  return instant ?? undefined;
}

/** The first property named `name`, when its value is a string (as the facts were read). */
function stringProperty(payload: ObjectNode, name: string): StringNode | undefined {
  const value = propertyOf(payload, name)?.value;
  return value?.type === 'string' ? value : undefined;
}

function collect(doc: RuleDocument): StatusReport[] {
  const lastByConnector = new Map<ConnectorKey, StatusReport>();
  const lastTimedByConnector = new Map<ConnectorKey, StatusReport>();
  const reports: StatusReport[] = [];
  const add = (frame: RuleFrame | undefined, bare: ObjectNode | undefined, facts: PayloadFacts) => {
    const report = new Report(frame, bare, facts, lastByConnector, lastTimedByConnector);
    reports.push(report);
    const key = report.key;
    if (key !== undefined) {
      lastByConnector.set(key, report);
      if (report.instant) lastTimedByConnector.set(key, report);
    }
  };
  // A payload without any of the fields read here (or no object at all) has empty facts and takes no part.
  for (const frame of doc.frames) {
    if (frame.action === StatusNotification && frame.messageType?.name === 'CALL' && frame.facts !== noFacts) {
      add(frame, undefined, frame.facts);
    }
  }
  const payload = doc.payload;
  if (payload?.action === StatusNotification && payload.kind === 'request') {
    add(undefined, payload.node, factsOfNode(payload.node, factsOf16));
  }
  return reports;
}
