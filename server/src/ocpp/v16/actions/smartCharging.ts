import {
  type ActionDefinition, type Direction, dateTime, enumOf, field, integer, object, objectOf,
} from '../../schema';
import {
  ChargingProfilePurposeType, ChargingProfileStatus, ChargingRateUnitType, ClearChargingProfileStatus,
  GetCompositeScheduleStatus,
} from '../enums';
import { ChargingProfile, ChargingSchedule } from '../types';

/** Smart Charging profile (OCPP 1.6 §3.1, §3.13): limiting power or current over time with charging profiles. */

const CS_TO_CP: Direction = 'CentralSystemToChargePoint';

// OCPP 1.6 §5.5, §6.13, §6.14 (errata §3.25, §3.26)
export const ClearChargingProfile: ActionDefinition = {
  name: 'ClearChargingProfile',
  direction: CS_TO_CP,
  profile: 'SmartCharging',
  doc: 'Removes charging profiles, selected by id, connector, purpose or stack level.',
  request: object('ClearChargingProfile.req', [
    field('id', integer(), {
      doc: 'The chargingProfileId of the one profile to remove.',
    }),
    field('connectorId', integer(), {
      doc: 'Only remove profiles on this connector; 0 means the charge point as a whole. Absent: any connector.',
    }),
    field('chargingProfilePurpose', enumOf(ChargingProfilePurposeType), {
      doc: 'Only remove profiles with this purpose.',
    }),
    field('stackLevel', integer(), {
      doc: 'Only remove profiles at this stack level.',
    }),
  ]),
  response: object('ClearChargingProfile.conf', [
    field('status', enumOf(ClearChargingProfileStatus), {
      required: true,
      doc: 'Accepted when matching profiles were removed, Unknown when none matched.',
    }),
  ]),
};

// OCPP 1.6 §5.7, §6.21, §6.22 (errata §3.30, §3.51)
export const GetCompositeSchedule: ActionDefinition = {
  name: 'GetCompositeSchedule',
  direction: CS_TO_CP,
  profile: 'SmartCharging',
  doc: 'Asks for the schedule that results from all active charging profiles on a connector.',
  request: object('GetCompositeSchedule.req', [
    field('connectorId', integer(), {
      required: true,
      doc: 'The connector to calculate the schedule for. 0 asks for what the whole charge point expects to draw from the grid.',
    }),
    field('duration', integer(), {
      required: true,
      doc: 'How many seconds ahead, from now, the schedule should cover.',
    }),
    field('chargingRateUnit', enumOf(ChargingRateUnitType), {
      doc: 'Ask for the limits in A or W. Absent: the charge point picks.',
    }),
  ]),
  response: object('GetCompositeSchedule.conf', [
    field('status', enumOf(GetCompositeScheduleStatus), {
      required: true,
      doc: 'Whether the charge point could calculate the schedule.',
    }),
    field('connectorId', integer(), {
      doc: 'The connector the schedule is for.',
    }),
    field('scheduleStart', dateTime(), {
      doc: 'The moment the schedule\'s periods count from. May be absent when Rejected.',
    }),
    field('chargingSchedule', objectOf(ChargingSchedule), {
      doc: 'The combined limits over time, counted from scheduleStart (so without startSchedule). May be absent when Rejected.',
    }),
  ]),
};

// OCPP 1.6 §5.16, §6.43, §6.44 (errata §3.53)
export const SetChargingProfile: ActionDefinition = {
  name: 'SetChargingProfile',
  direction: CS_TO_CP,
  profile: 'SmartCharging',
  doc: 'Installs a charging profile that limits power or current over time.',
  request: object('SetChargingProfile.req', [
    field('connectorId', integer(), {
      required: true,
      doc: 'The connector the profile applies to. 0 means the whole charge point: a ChargePointMaxProfile, or a TxDefaultProfile for every connector.',
    }),
    field('csChargingProfiles', objectOf(ChargingProfile), {
      required: true,
      doc: 'The profile to install; one with the same chargingProfileId, or the same stackLevel and purpose, is replaced.',
    }),
  ]),
  response: object('SetChargingProfile.conf', [
    field('status', enumOf(ChargingProfileStatus), {
      required: true,
      doc: 'Whether the profile was accepted. Accepted does not promise the limits will be met exactly.',
    }),
  ]),
};
