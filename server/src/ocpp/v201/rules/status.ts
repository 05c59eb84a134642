/**
 * Connector statuses across a conversation (G01, G03, G04, H01-H04): every StatusNotificationRequest is linked to the
 * previous one of the same connector, which 2.0.1 names by evseId and connectorId together ("1/2"). The transition
 * rule, the timestamp rule and the hover read the same history, so they never disagree.
 *
 * 2.0.1 has no full transition table: G01's table covers plugging in and out (Available -> Occupied -> Available,
 * or Unavailable when scheduled), reservations add Available -> Reserved and Reserved -> Occupied or Available, and
 * ChangeAvailability or a fault may take any status to Unavailable or Faulted and back to the one before. What no
 * use case leads to is a connector becoming Reserved from anything but Available: an Occupied, Unavailable or
 * Faulted EVSE is not reserved (H01.FR.11, H01.FR.12, H01.FR.14), and a reservation ends when its EVSE becomes
 * Unavailable or Faulted (H01.FR.16, H01.FR.17). That is the one step flagged, as a warning: a file may be an excerpt.
 *
 * OCPP 2.1 reports a connector's status with NotifyEvent as well (G01.FR.03-07 (2.1): component "Connector" with its
 * evse, variable "AvailabilityState", the status as actualValue), and StatusNotification is deprecated: with
 * `availabilityEvents` the first such eventData item of a NotifyEvent joins the same history (a NotifyEvent reporting
 * several connectors at once is followed for the first of them only).
 */
import type { StringNode, ValueNode } from '../../../json/jsonTree';
import { compareInstants, instantOf, type Instant } from '../../../text/dateTime';
import { lineAt } from '../../../text/lines';
import type { CodeDefinition, PayloadFacts, ReportFinding, RuleDocument, RuleFrame } from '../../rules';
import type { EnumValue } from '../../schema';
import { ConnectorStatusEnumType } from '../enums';
import { nodeAt } from './partValues';
import type { RulePart } from './rulePart';

const codes: Record<string, CodeDefinition> = {
  'connector-status-transition': { severity: 'warning', description: 'A connector (evseId and connectorId) reporting Reserved right after Occupied, Unavailable or Faulted: only an Available EVSE is reserved (H01.FR.11-14, H01.FR.16, H01.FR.17).' },
  // The same rule as OCPP 1.6's, with a connector named by evseId and connectorId: one code, one description.
  'timestamp-backwards': { severity: 'warning', description: 'A StatusNotification timestamp earlier than the previous one for the same connector in the file.' },
};

/** Whether each status counts as operative (P2-201 §3.23), and what that means for it; said on its hover. */
const operativeNotes: Readonly<Record<string, string>> = {
  Available: 'Operative (P2-201 §3.23): an EVSE or station made Inoperative turns it Unavailable, and it comes back Available when made Operative again (G03.FR.06, G03.FR.07).',
  Occupied: 'Operative (P2-201 §3.23): a ChangeAvailability to Inoperative during a transaction is answered Scheduled and takes effect when the EV leaves (G03.FR.05, G01.FR.05).',
  Reserved: 'Operative (P2-201 §3.23): an EVSE made Unavailable or Faulted loses its reservation (H01.FR.16, H01.FR.17).',
  Unavailable: 'Inoperative (P2-201 §3.23): no energy is delivered until the connector is made Operative again, when it returns to the status it had before (G03.FR.07, G04.FR.08).',
  Faulted: 'Inoperative (P2-201 §3.23): unlike the operative statuses it stays Faulted when its EVSE or the station is made Inoperative (G03.FR.06, G04.FR.07).',
};

/** The catalog's valueNotes for ConnectorStatusEnumType (v201/index.ts hands them to hover and completion). */
export const connectorStatusNotes: ReadonlyMap<EnumValue, string> = new Map(
  ConnectorStatusEnumType.values.map((v) => [v, operativeNotes[v.name]] as const).filter(([, note]) => note !== undefined),
);

/** The steps the use cases lead to, each with the requirement that says so (for the hover). */
const steps: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Available: {
    Occupied: 'an EV was plugged in (G01.FR.03)',
    Reserved: 'the EVSE was reserved (H01.FR.20, H01.FR.23)',
    Unavailable: 'the connector, its EVSE or the station was made Inoperative (G03.FR.06, G04.FR.07)',
    Faulted: 'a fault stopped it',
  },
  Occupied: {
    Available: 'the EV was unplugged (G01.FR.04)',
    Unavailable: 'the EV was unplugged while a change to Unavailable was scheduled, or the EVSE became Inoperative (G01.FR.05, G03.FR.06)',
    Faulted: 'a fault stopped it',
  },
  Reserved: {
    Occupied: 'an EV was plugged in and the reservation\'s IdToken was presented (G01.FR.06, H03.FR.10); a plug-in without it leaves the connector Reserved (G01.FR.09, added by the 2025-01 errata)',
    Available: 'the reservation was used without a cable, cancelled or expired (H03.FR.10, H02.FR.02, H04.FR.03)',
    Unavailable: 'the EVSE was made Inoperative, which also cancels its reservation (G03.FR.06, H01.FR.17)',
    Faulted: 'a fault stopped it, which also cancels its reservation (H01.FR.16)',
  },
  Unavailable: {
    Available: 'it was made Operative again and returned to its earlier status (G03.FR.07, G04.FR.08)',
    Occupied: 'it was made Operative again and returned to its earlier status (G03.FR.07, G04.FR.08)',
    Faulted: 'a fault stopped it',
  },
  Faulted: {
    Available: 'the fault was cleared',
    Occupied: 'the fault was cleared with an EV still plugged in',
    Unavailable: 'the fault was cleared while the connector, its EVSE or the station is Inoperative (G03.FR.06)',
  },
};

const statusNames = new Set(ConnectorStatusEnumType.values.map((v) => v.name));

export interface ConnectorReport {
  readonly frame: RuleFrame;
  /** "evseId/connectorId". */
  readonly key: string;
  readonly evseId: number;
  readonly connectorId: number;
  /** Set only for a ConnectorStatusEnumType value. */
  readonly status?: string;
  /** For a NotifyEvent: the index of the eventData item that reports the connector. */
  readonly eventItem?: number;
  readonly instant?: Instant;
  readonly previous?: ConnectorReport;
  /** The connector's last earlier report with a valid timestamp. */
  readonly previousTimed?: ConnectorReport;
}

const keys = {
  evseId: 'status.evseId', connectorId: 'status.connectorId', status: 'status.connectorStatus', timestamp: 'status.timestamp',
  eventItem: 'status.eventItem',
};

/** How many eventData items of a NotifyEvent are looked at for a connector's AvailabilityState. */
const maxEventItems = 64;

const cache = new WeakMap<RuleDocument, readonly ConnectorReport[]>();

/** The StatusNotification requests of a conversation, in file order, each linked to its connector's previous one. */
export function connectorReportsOf(doc: RuleDocument): readonly ConnectorReport[] {
  let reports = cache.get(doc);
  if (!reports) {
    reports = collect(doc);
    cache.set(doc, reports);
  }
  return reports;
}

function collect(doc: RuleDocument): ConnectorReport[] {
  const reports: ConnectorReport[] = [];
  if (doc.shape !== 'conversation') return reports;
  const last = new Map<string, ConnectorReport>();
  const lastTimed = new Map<string, ConnectorReport>();
  for (const frame of doc.frames) {
    const action = frame.action?.name;
    if ((action !== 'StatusNotification' && action !== 'NotifyEvent') || frame.messageType?.name !== 'CALL') continue;
    const facts: PayloadFacts = frame.facts;
    const eventItem = facts[keys.eventItem];
    // NotifyEvent facts exist only where the catalog's rules read availability events (2.1).
    if (action === 'NotifyEvent' && typeof eventItem !== 'number') continue;
    const evseId = facts[keys.evseId];
    const connectorId = facts[keys.connectorId];
    // Only integers name a connector; anything else is the validator's to report.
    if (typeof evseId !== 'number' || typeof connectorId !== 'number') continue;
    const key = `${evseId}/${connectorId}`;
    const status = facts[keys.status];
    const timestamp = facts[keys.timestamp];
    const report: ConnectorReport = {
      frame, key, evseId, connectorId,
      eventItem: action === 'NotifyEvent' ? eventItem as number : undefined,
      status: typeof status === 'string' && statusNames.has(status) ? status : undefined,
      instant: typeof timestamp === 'string' ? instantOfFacts(facts, timestamp) : undefined,
      previous: last.get(key),
      previousTimed: lastTimed.get(key),
    };
    reports.push(report);
    last.set(key, report);
    if (report.instant) lastTimed.set(key, report);
  }
  return reports;
}

const instants = new WeakMap<PayloadFacts, Instant | null>();

/** A timestamp's instant, worked out once per facts: a frame's facts outlive many versions of a document. */
function instantOfFacts(facts: PayloadFacts, timestamp: string): Instant | undefined {
  let instant = instants.get(facts);
  if (instant === undefined) {
    instant = instantOf(timestamp) ?? null;
    instants.set(facts, instant);
  }
  return instant ?? undefined;
}

const isInteger = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

/** The part; with `availabilityEvents` (2.1), NotifyEvent's reports of a connector's AvailabilityState count too. */
export function connectorStatusOver(availabilityEvents: boolean): RulePart {
  return {
    codes,
    factsMembers: ['connectorStatus', 'evseId', 'connectorId', 'timestamp', ...(availabilityEvents ? ['eventData'] : [])],
    readFacts(payload, facts) {
      // connectorStatus is StatusNotificationRequest's own field, eventData NotifyEventRequest's.
      const { connectorStatus: status, evseId, connectorId, timestamp, eventData } = payload;
      if (status !== undefined) {
        facts[keys.status] = typeof status === 'string' ? status : undefined;
        facts[keys.evseId] = isInteger(evseId) ? evseId : undefined;
        facts[keys.connectorId] = isInteger(connectorId) ? connectorId : undefined;
        facts[keys.timestamp] = typeof timestamp === 'string' ? timestamp : undefined;
      } else if (availabilityEvents && Array.isArray(eventData)) {
        readAvailabilityEvent(eventData, facts);
      }
    },
    check,
    hoverNote,
  };
}

/** The first eventData item that reports a connector's AvailabilityState, as the facts of a status report. */
function readAvailabilityEvent(eventData: readonly unknown[], facts: Record<string, string | number | undefined>): void {
  const count = Math.min(eventData.length, maxEventItems);
  for (let i = 0; i < count; i++) {
    const item = eventData[i];
    if (typeof item !== 'object' || item === null) continue;
    const { component, variable, actualValue, timestamp } = item as { readonly [key: string]: unknown };
    if (!isNamed(component, 'connector') || !isNamed(variable, 'availabilitystate')) continue;
    const evse = (component as { readonly evse?: unknown }).evse;
    if (typeof evse !== 'object' || evse === null) continue;
    const { id, connectorId } = evse as { readonly [key: string]: unknown };
    facts[keys.eventItem] = i;
    facts[keys.status] = typeof actualValue === 'string' ? actualValue : undefined;
    facts[keys.evseId] = isInteger(id) ? id : undefined;
    facts[keys.connectorId] = isInteger(connectorId) ? connectorId : undefined;
    facts[keys.timestamp] = typeof timestamp === 'string' ? timestamp : undefined;
    return;
  }
}

/** Whether a component or variable has the name `lowerCase`: the device model's names are case-insensitive. */
function isNamed(value: unknown, lowerCase: string): boolean {
  const name = typeof value === 'object' && value !== null ? (value as { readonly name?: unknown }).name : undefined;
  return typeof name === 'string' && name.toLowerCase() === lowerCase;
}

function check(doc: RuleDocument, report: ReportFinding): void {
  for (const r of connectorReportsOf(doc)) {
    checkTransition(doc, r, report);
    checkTimestamp(doc, r, report);
  }
}

function hoverNote(doc: RuleDocument, node: ValueNode): string | undefined {
  if (doc.shape !== 'conversation' || node.type !== 'string') return undefined;
  const r = connectorReportsOf(doc).find((c) => node.offset >= c.frame.offset && node.offset < c.frame.offset + c.frame.length);
  if (!r || statusNode(r) !== node) return undefined;
  const connector = connectorName(r);
  const previous = r.previous;
  if (!previous) return `First status of ${connector} in this file.`;
  const where = `Previous status of ${connector}: ${describe(doc, previous)}`;
  if (!previous.status || !r.status) return `${where}; a value that is no ConnectorStatusEnumType value is not followed.`;
  if (previous.status === r.status) return `${where}; the status is unchanged.`;
  const why = steps[previous.status]?.[r.status];
  return why
    ? `${where}; ${previous.status} -> ${r.status}: ${why}.`
    : `${where}; ${previous.status} -> ${r.status} is a step no use case leads to (see the warning).`;
}

function checkTransition(doc: RuleDocument, r: ConnectorReport, report: ReportFinding): void {
  const previous = r.previous;
  if (!previous?.status || !r.status || previous.status === r.status) return;
  if (steps[previous.status]?.[r.status]) return;
  const node = statusNode(r);
  if (!node) return;
  const from = previous.status;
  const line = lineOf(doc, previous);
  const allowed = Object.keys(steps[from] ?? {});
  const reason = from === 'Occupied'
    ? 'an Occupied EVSE is not reserved (H01.FR.11), and when the EV leaves the connector reports Available first (G01.FR.04)'
    : `${from === 'Unavailable' ? 'an' : 'a'} ${from} EVSE is not reserved (${from === 'Faulted' ? 'H01.FR.12' : 'H01.FR.14'}), and a reservation held when it became ${from} was cancelled (${from === 'Faulted' ? 'H01.FR.16' : 'H01.FR.17'})`;
  report({ code: 'connector-status-transition', offset: node.offset, length: node.length,
    message: `${from} -> ${r.status} on ${connectorName(r)} (it was ${from} on line ${line}): only an Available connector becomes Reserved, since ${reason}. ` +
      `From ${from} the use cases lead to ${allowed.join(', ')}; a new reservation would show Available in between.`,
    data: { from, to: r.status, evseId: r.evseId, connectorId: r.connectorId, allowed, previousLine: line } });
}

function checkTimestamp(doc: RuleDocument, r: ConnectorReport, report: ReportFinding): void {
  const earlier = r.previousTimed;
  if (!r.instant || !earlier?.instant || compareInstants(r.instant, earlier.instant) >= 0) return;
  const node = timestampNode(r);
  const earlierNode = timestampNode(earlier);
  if (!node || !earlierNode) return;
  const line = lineAt(doc, earlierNode.offset);
  report({ code: 'timestamp-backwards', offset: node.offset, length: node.length,
    message: `${node.value} is earlier than ${earlierNode.value}, the timestamp of the previous ${reportName(earlier)} for ${connectorName(r)} on line ${line}. ` +
      'Each report gives the time of the status it reports (P2-201 §1.59.1), so the clock or the order of the frames looks wrong.',
    data: { evseId: r.evseId, connectorId: r.connectorId, timestamp: node.value, previousTimestamp: earlierNode.value, previousLine: line } });
}

function connectorName(r: ConnectorReport): string {
  return `connector ${r.connectorId} of EVSE ${r.evseId}`;
}

function describe(doc: RuleDocument, r: ConnectorReport): string {
  const node = statusNode(r);
  const name = r.status ?? (node ? `"${node.value}"` : 'no status');
  return `${name} (line ${lineOf(doc, r)})`;
}

function lineOf(doc: RuleDocument, r: ConnectorReport): number {
  return lineAt(doc, (statusNode(r) ?? r.frame).offset);
}

/** Looked up only for a finding or a hover: it builds that frame's tree. */
function statusNode(r: ConnectorReport): StringNode | undefined {
  return r.eventItem === undefined ? stringMember(r.frame.payloadNode, 'connectorStatus') : stringMember(eventItemNode(r), 'actualValue');
}

function timestampNode(r: ConnectorReport): StringNode | undefined {
  return stringMember(r.eventItem === undefined ? r.frame.payloadNode : eventItemNode(r), 'timestamp');
}

function eventItemNode(r: ConnectorReport): ValueNode | undefined {
  const eventData = nodeAt(r.frame.payloadNode, 'eventData');
  return eventData?.type === 'array' && r.eventItem !== undefined ? eventData.items[r.eventItem] : undefined;
}

/** How a message names the kind of report. */
function reportName(r: ConnectorReport): string {
  return r.eventItem === undefined ? 'StatusNotification' : 'NotifyEvent (AvailabilityState)';
}

function stringMember(object: ValueNode | undefined, name: string): StringNode | undefined {
  const value = nodeAt(object, name);
  return value?.type === 'string' ? value : undefined;
}
