/**
 * Charging profiles beyond their schema (K01, K04, K10, F01): what a TxProfile needs, how a schedule's periods
 * start and follow each other, which kinds take a startSchedule, where a ChargingStationMaxProfile may go, what a
 * ClearChargingProfileRequest must select, and the profile a RequestStartTransactionRequest may carry.
 *
 * Each rule is about one message, so it holds in a single frame, a conversation and a bare payload alike. Only
 * the frames that carry profiles are read, from their trees.
 */
import type { ObjectNode, ValueNode } from '../../../json/jsonTree';
import type { CodeDefinition, ReportFinding, RuleDocument } from '../../rules';
import type { RulePart } from './rulePart';
import { integerOf, nodeAt, objectNode } from './partValues';

const codes: Record<string, CodeDefinition> = {
  'profile-tx-without-transaction': { severity: 'error', description: 'A SetChargingProfileRequest with a TxProfile that has no transactionId.' },
  'profile-tx-evse': { severity: 'error', description: 'A SetChargingProfileRequest with a TxProfile for evseId 0: a TxProfile belongs to one EVSE.' },
  'profile-station-max-evse': { severity: 'error', description: 'A ChargingStationMaxProfile set for an EVSE other than 0.' },
  'profile-first-period': { severity: 'error', description: 'A charging schedule whose first period does not start at 0.' },
  'profile-period-order': { severity: 'error', description: 'A charging schedule period whose startPeriod is not greater than the one before it.' },
  'profile-start-schedule': { severity: 'error', description: 'An Absolute or Recurring charging profile without startSchedule, or a Relative one with it.' },
  'profile-clear-criteria': { severity: 'error', description: 'A ClearChargingProfileRequest with neither chargingProfileId nor any of evseId, chargingProfilePurpose and stackLevel.' },
  'profile-remote-start': { severity: 'error', description: 'A RequestStartTransactionRequest whose chargingProfile is not a TxProfile or sets a transactionId.' },
};

const at = (node: { readonly offset: number; readonly length: number }) => ({ offset: node.offset, length: node.length });
const stringNode = (node: ValueNode | undefined) => (node?.type === 'string' ? node : undefined);
const numberNode = (node: ValueNode | undefined) => (node?.type === 'number' ? node : undefined);

/** The rules every profile obeys, wherever it appears: its schedules and their kind (K01.FR.31, 35, 40, 41). */
function checkProfile(profile: ObjectNode, report: ReportFinding): void {
  const kind = stringNode(nodeAt(profile, 'chargingProfileKind'));
  const schedules = nodeAt(profile, 'chargingSchedule');
  if (schedules?.type !== 'array') return;
  for (const schedule of schedules.items) {
    if (schedule.type !== 'object') continue;
    const startSchedule = nodeAt(schedule, 'startSchedule');
    if (kind && (kind.value === 'Absolute' || kind.value === 'Recurring') && !startSchedule) {
      report({ code: 'profile-start-schedule', ...at(kind),
        message: `A ${kind.value} profile needs a startSchedule in its chargingSchedule, the moment its periods count from (K01.FR.40); a profile that starts when it is activated is Relative.`,
        data: { chargingProfileKind: kind.value } });
    } else if (kind?.value === 'Relative' && startSchedule) {
      const property = startSchedule.parent?.type === 'property' ? startSchedule.parent : undefined;
      report({ code: 'profile-start-schedule', ...at(property ?? startSchedule),
        message: 'A Relative profile has no startSchedule: it starts when it is activated (K01.FR.41). Remove startSchedule, or make the profile Absolute.',
        data: { chargingProfileKind: kind.value } });
    }
    checkPeriods(nodeAt(schedule, 'chargingSchedulePeriod'), report);
  }
}

function checkPeriods(periods: ValueNode | undefined, report: ReportFinding): void {
  if (periods?.type !== 'array') return;
  let previous: number | undefined;
  periods.items.forEach((period, index) => {
    const start = numberNode(nodeAt(period, 'startPeriod'));
    if (!start || integerOf(start.value) === undefined) {
      previous = undefined;
      return;
    }
    if (index === 0 && start.value !== 0) {
      report({ code: 'profile-first-period', ...at(start),
        message: `The first period starts at ${start.raw}: a schedule's first startPeriod is always 0, the start of the schedule (K01.FR.31). Periods that begin later need a startSchedule or validFrom to move the whole schedule.`,
        data: { startPeriod: start.value } });
    } else if (previous !== undefined && start.value <= previous) {
      report({ code: 'profile-period-order', ...at(start),
        message: `startPeriod ${start.raw} ${start.value === previous ? 'repeats' : 'comes after'} ${previous} of the period before it: periods are listed by increasing startPeriod (K01.FR.35).`,
        data: { startPeriod: start.value, previousStartPeriod: previous } });
    }
    previous = start.value;
  });
}

function checkSetChargingProfile(request: ObjectNode, report: ReportFinding): void {
  const profile = objectNode(nodeAt(request, 'chargingProfile'));
  if (!profile) return;
  checkProfile(profile, report);
  const purpose = stringNode(nodeAt(profile, 'chargingProfilePurpose'));
  const evse = numberNode(nodeAt(request, 'evseId'));
  if (purpose?.value === 'TxProfile') {
    if (!nodeAt(profile, 'transactionId')) {
      report({ code: 'profile-tx-without-transaction', ...at(purpose),
        message: 'A TxProfile names the transaction it limits: add chargingProfile.transactionId (K01.FR.03). For every transaction on the EVSE, use a TxDefaultProfile.',
        data: { chargingProfilePurpose: purpose.value } });
    }
    if (evse && integerOf(evse.value) !== undefined && evse.value <= 0) {
      report({ code: 'profile-tx-evse', ...at(evse),
        message: `A TxProfile belongs to the EVSE of its transaction, so evseId is above 0, not ${evse.raw} (K01.FR.16). EVSE 0 holds the profiles of the Charging Station as a whole, such as a TxDefaultProfile or a ChargingStationMaxProfile.`,
        data: { evseId: evse.value } });
    }
  } else if (purpose?.value === 'ChargingStationMaxProfile' && evse && integerOf(evse.value) !== undefined && evse.value !== 0) {
    report({ code: 'profile-station-max-evse', ...at(evse),
      message: `A ChargingStationMaxProfile limits the Charging Station as a whole, so it is set on evseId 0, not ${evse.raw} (K04.FR.03).`,
      data: { evseId: evse.value } });
  }
}

function checkRequestStart(request: ObjectNode, report: ReportFinding): void {
  const profile = objectNode(nodeAt(request, 'chargingProfile'));
  if (!profile) return;
  checkProfile(profile, report);
  const purpose = stringNode(nodeAt(profile, 'chargingProfilePurpose'));
  if (purpose && purpose.value !== 'TxProfile') {
    report({ code: 'profile-remote-start', ...at(purpose),
      message: `The chargingProfile of a RequestStartTransactionRequest is for the transaction it starts, so its purpose is TxProfile, not ${purpose.value} (F01.FR.09).`,
      data: { chargingProfilePurpose: purpose.value, replacements: ['TxProfile'] } });
  }
  const transactionId = nodeAt(profile, 'transactionId');
  if (transactionId) {
    const property = transactionId.parent?.type === 'property' ? transactionId.parent : undefined;
    report({ code: 'profile-remote-start', ...at(property ?? transactionId),
      message: 'The chargingProfile of a RequestStartTransactionRequest has no transactionId: the transaction does not exist yet, and the Charging Station links the profile to it (F01.FR.11).',
      data: {} });
  }
}

function checkReport(request: ObjectNode, report: ReportFinding): void {
  const profiles = nodeAt(request, 'chargingProfile');
  if (profiles?.type !== 'array') return;
  for (const profile of profiles.items) if (profile.type === 'object') checkProfile(profile, report);
}

function checkClear(request: ObjectNode, report: ReportFinding): void {
  if (nodeAt(request, 'chargingProfileId')) return;
  const criteria = objectNode(nodeAt(request, 'chargingProfileCriteria'));
  if (criteria && ['evseId', 'chargingProfilePurpose', 'stackLevel'].some((name) => nodeAt(criteria, name))) return;
  report({ code: 'profile-clear-criteria', ...at(criteria ?? request),
    message: criteria
      ? 'These criteria select nothing: give at least one of evseId, chargingProfilePurpose and stackLevel, or a chargingProfileId instead (K10.FR.02).'
      : 'A ClearChargingProfileRequest says which profiles to clear: give a chargingProfileId, or chargingProfileCriteria with at least one of evseId, chargingProfilePurpose and stackLevel (K10.FR.02).',
    data: {} });
}

/** The checks by action name: the 2.0.1 and 2.1 catalogs each have their own definitions. */
const checks = new Map<string, (request: ObjectNode, report: ReportFinding) => void>([
  ['SetChargingProfile', checkSetChargingProfile],
  ['RequestStartTransaction', checkRequestStart],
  ['ReportChargingProfiles', checkReport],
  ['ClearChargingProfile', checkClear],
]);

function check(doc: RuleDocument, report: ReportFinding): void {
  for (const frame of doc.frames) {
    if (frame.messageType?.name !== 'CALL' || !frame.action) continue;
    const run = checks.get(frame.action.name);
    const request = run ? objectNode(frame.payloadNode) : undefined;
    if (run && request) run(request, report);
  }
  const bare = doc.payload;
  const run = bare?.kind === 'request' && bare.action ? checks.get(bare.action.name) : undefined;
  if (run) run(bare!.node, report);
}

export const profilesPart: RulePart = { codes, check };
