import {
  arrayOf, boolean, ciString, dateTime, decimal, enumOf, field, integer, object, objectOf, string,
} from '../schema';
import {
  AuthorizationStatus, ChargingProfileKindType, ChargingProfilePurposeType, ChargingRateUnitType, Location, Measurand,
  Phase, ReadingContext, RecurrencyKindType, UnitOfMeasure, ValueFormat,
} from './enums';

/** The classes of OCPP 1.6 §7 that messages nest. IdToken (§7.28) is a CiString20Type, written inline as ciString(20). */

// OCPP 1.6 §7.27 (cardinalities from errata §3.72)
export const IdTagInfo = object('IdTagInfo', [
  field('expiryDate', dateTime(), {
    doc: 'When the charge point should drop this idTag from its authorization cache. Absent means the verdict does not expire.',
  }),
  field('parentIdTag', ciString(20), {
    doc: 'The group (parent) idTag this idTag belongs to; tags with the same parent may stop each other\'s transactions.',
  }),
  field('status', enumOf(AuthorizationStatus), {
    required: true,
    doc: 'Whether the idTag is accepted, and if not, why.',
  }),
]);

// OCPP 1.6 §7.14
export const ChargingSchedulePeriod = object('ChargingSchedulePeriod', [
  field('startPeriod', integer(), {
    required: true,
    doc: 'When this period begins, in seconds after the schedule\'s start; it also ends the previous period. The first period starts at 0.',
  }),
  field('limit', decimal({ multipleOf: 0.1 }), {
    required: true,
    doc: 'The maximum charging rate during this period, in the schedule\'s chargingRateUnit (A or W), with at most one decimal, e.g. 16 or 7.5.',
  }),
  field('numberPhases', integer(), {
    doc: 'How many phases may be used for charging. Assumed to be 3 when absent.',
  }),
]);

// OCPP 1.6 §7.13 (errata §3.57, §3.69)
export const ChargingSchedule = object('ChargingSchedule', [
  field('duration', integer(), {
    doc: 'How long the schedule lasts, in seconds. Absent: the last period goes on indefinitely, or until the transaction ends.',
  }),
  field('startSchedule', dateTime(), {
    doc: 'When an Absolute or Recurring schedule begins. Leave it out for a Relative schedule, and in GetCompositeSchedule.conf (which has scheduleStart).',
  }),
  field('chargingRateUnit', enumOf(ChargingRateUnitType), {
    required: true,
    doc: 'Whether the limits are in amperes per phase (A) or in watts (W).',
  }),
  field('chargingSchedulePeriod', arrayOf(objectOf(ChargingSchedulePeriod)), {
    required: true,
    doc: 'The periods, in order of startPeriod; the first must start at 0.',
  }),
  field('minChargingRate', decimal({ multipleOf: 0.1 }), {
    doc: 'The lowest rate the vehicle charges efficiently at, in chargingRateUnit, with at most one decimal; a hint for local smart-charging algorithms.',
  }),
]);

// OCPP 1.6 §7.8
export const ChargingProfile = object('ChargingProfile', [
  field('chargingProfileId', integer(), {
    required: true,
    doc: 'Identifies this profile; sending a profile with an id the charge point already has replaces that profile.',
  }),
  field('transactionId', integer(), {
    doc: 'Ties a TxProfile to one running transaction. Only for chargingProfilePurpose TxProfile; leave it out when starting with RemoteStartTransaction.',
  }),
  field('stackLevel', integer({ min: 0 }), {
    required: true,
    doc: 'Priority among profiles of the same purpose: the highest stackLevel in force wins. 0 is the lowest.',
  }),
  field('chargingProfilePurpose', enumOf(ChargingProfilePurposeType), {
    required: true,
    doc: 'What the profile limits: the whole charge point, every new transaction by default, or one transaction.',
  }),
  field('chargingProfileKind', enumOf(ChargingProfileKindType), {
    required: true,
    doc: 'What the schedule\'s times count from: a fixed moment, a repeating one, or the start of charging.',
  }),
  field('recurrencyKind', enumOf(RecurrencyKindType), {
    doc: 'For a Recurring profile: whether it repeats daily or weekly.',
  }),
  field('validFrom', dateTime(), {
    doc: 'From when the profile applies. Absent: as soon as the charge point receives it.',
  }),
  field('validTo', dateTime(), {
    doc: 'Until when the profile applies. Absent: until another profile replaces it.',
  }),
  field('chargingSchedule', objectOf(ChargingSchedule), {
    required: true,
    doc: 'The limits over time.',
  }),
]);

// OCPP 1.6 §7.43
export const SampledValue = object('SampledValue', [
  field('value', string(), {
    required: true,
    doc: 'The reading, as a string: a number such as "1234" or "21.5" when format is Raw, or hex-encoded signed data when SignedData.',
  }),
  field('context', enumOf(ReadingContext), {
    doc: 'Why the reading was taken, e.g. Transaction.Begin or Sample.Periodic (the default).',
  }),
  field('format', enumOf(ValueFormat), {
    doc: 'Whether value is a plain number (Raw, the default) or signed data.',
  }),
  field('measurand', enumOf(Measurand), {
    doc: 'What was measured. Absent means Energy.Active.Import.Register.',
  }),
  field('phase', enumOf(Phase), {
    doc: 'Which phase (or pair of conductors) was measured. Absent means the value covers all phases.',
  }),
  field('location', enumOf(Location), {
    doc: 'Where it was measured. Absent means Outlet.',
  }),
  field('unit', enumOf(UnitOfMeasure), {
    doc: 'The unit of value. Absent means Wh, which only suits energy measurands: give a unit for anything else.',
  }),
]);

// OCPP 1.6 §7.33
export const MeterValue = object('MeterValue', [
  field('timestamp', dateTime(), {
    required: true,
    doc: 'When all the sampled values in this entry were measured.',
  }),
  field('sampledValue', arrayOf(objectOf(SampledValue)), {
    required: true,
    doc: 'One or more readings taken at that moment.',
  }),
]);

// OCPP 1.6 §7.1
export const AuthorizationData = object('AuthorizationData', [
  field('idTag', ciString(20), {
    required: true,
    doc: 'The idTag this entry is about.',
  }),
  field('idTagInfo', objectOf(IdTagInfo), {
    doc: 'The idTag\'s status, expiry and parent. Needed in a Full update; in a Differential update, leaving it out deletes the idTag from the list.',
  }),
]);

// OCPP 1.6 §7.29
export const KeyValue = object('KeyValue', [
  field('key', ciString(50), {
    required: true,
    doc: 'The configuration key\'s name, e.g. HeartbeatInterval.',
  }),
  field('readonly', boolean(), {
    required: true,
    doc: 'true if ChangeConfiguration cannot change this key.',
  }),
  field('value', ciString(500), {
    doc: 'The current value, as a string. May be absent when the key exists but has no value set.',
  }),
]);
