import { type ActionDefinition, arrayOf, boolean, dateTime, enumOf, field, integer, objectOf } from '../../schema';
import { ocppObject } from '../customData';
import { CSMS_TO_STATION, STATION_TO_CSMS } from '../directions';
import { ChargingLimitSourceEnumType, ChargingProfileStatusEnumType, ChargingRateUnitEnumType, ClearChargingProfileStatusEnumType, GenericStatusEnumType, GetChargingProfileStatusEnumType, NotifyEVChargingNeedsStatusEnumType } from '../enums';
import { ChargingLimitType, ChargingNeedsType, ChargingProfileCriterionType, ChargingProfileType, ChargingScheduleType, ClearChargingProfileType, CompositeScheduleType, StatusInfoType } from '../types';

/** Functional block K SmartCharging (P2-201 chapter K). */

export const ClearChargingProfile: ActionDefinition = {
  name: 'ClearChargingProfile',
  direction: CSMS_TO_STATION,
  profile: 'K SmartCharging',
  useCases: ['K10', 'K14'],
  doc: 'Sent by the CSMS to delete charging profiles from the Charging Station, either one profile by its id or all profiles matching some criteria.',
  request: ocppObject('ClearChargingProfileRequest', [
    field('chargingProfileId', integer(), { doc: 'The id of one profile to delete.' }),
    field('chargingProfileCriteria', objectOf(ClearChargingProfileType), { doc: 'Filters (evseId, purpose, stackLevel) that select the profiles to delete; a profile must match all given filters. The CSMS gives either these criteria or a chargingProfileId (K10.FR.02).' }),
  ]),
  response: ocppObject('ClearChargingProfileResponse', [
    field('status', enumOf(ClearChargingProfileStatusEnumType), { required: true, doc: 'Accepted when matching profiles were removed, Unknown when none matched. Profiles with purpose ChargingStationExternalConstraints are never removed this way (K10.FR.08, K10.FR.09).' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reasonCode and additional text.' }),
  ]),
};

export const ClearedChargingLimit: ActionDefinition = {
  name: 'ClearedChargingLimit',
  direction: STATION_TO_CSMS,
  profile: 'K SmartCharging',
  useCases: ['K13', 'K14'],
  doc: 'Sent by the Charging Station (or a Local Controller) to tell the CSMS that an externally imposed charging limit has been lifted.',
  request: ocppObject('ClearedChargingLimitRequest', [
    field('chargingLimitSource', enumOf(ChargingLimitSourceEnumType), { required: true, doc: 'Which external party had set the limit that is now gone, e.g. EMS or SO.' }),
    field('evseId', integer(), { doc: 'The EVSE the lifted limit applied to, when it was set for one EVSE.' }),
  ]),
  response: ocppObject('ClearedChargingLimitResponse', [
  ]),
};

export const GetChargingProfiles: ActionDefinition = {
  name: 'GetChargingProfiles',
  direction: CSMS_TO_STATION,
  profile: 'K SmartCharging',
  useCases: ['K09'],
  doc: 'Sent by the CSMS to ask which charging profiles are installed on the Charging Station; the profiles themselves come back in ReportChargingProfiles messages.',
  request: ocppObject('GetChargingProfilesRequest', [
    field('requestId', integer(), { required: true, doc: 'A number the CSMS picks; every resulting ReportChargingProfiles carries it (K09.FR.01).' }),
    field('evseId', integer(), { doc: 'Limits the report to one EVSE; 0 means only profiles set on the station itself (the grid connection). When left out, profiles of all EVSEs are reported.' }),
    field('chargingProfile', objectOf(ChargingProfileCriterionType), { required: true, doc: 'Criteria the reported profiles must all match: a list of profile ids, or stackLevel, purpose and limit sources (K09.FR.03).' }),
  ]),
  response: ocppObject('GetChargingProfilesResponse', [
    field('status', enumOf(GetChargingProfileStatusEnumType), { required: true, doc: 'Accepted when ReportChargingProfiles messages will follow, NoProfiles when nothing matches and nothing will be sent.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reasonCode and additional text.' }),
  ]),
};

export const GetCompositeSchedule: ActionDefinition = {
  name: 'GetCompositeSchedule',
  direction: CSMS_TO_STATION,
  profile: 'K SmartCharging',
  useCases: ['K08'],
  doc: 'Sent by the CSMS to learn the schedule an EVSE, or the whole Charging Station, will actually follow: the combination of all active charging profiles and local limits.',
  request: ocppObject('GetCompositeScheduleRequest', [
    field('duration', integer(), { required: true, doc: 'How far ahead to calculate, in seconds, starting from when the request is received.' }),
    field('chargingRateUnit', enumOf(ChargingRateUnitEnumType), { doc: 'Ask for the schedule in W or in A. A unit the station is not configured for gives Rejected (K08.FR.07).' }),
    field('evseId', integer(), { required: true, doc: 'The EVSE to calculate for; 0 gives the total the Charging Station expects to draw from the grid (K08.FR.03).' }),
  ]),
  response: ocppObject('GetCompositeScheduleResponse', [
    field('status', enumOf(GenericStatusEnumType), { required: true, doc: 'Accepted when the schedule was calculated, Rejected when it could not be, e.g. for an unknown evseId.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reasonCode and additional text.' }),
    field('schedule', objectOf(CompositeScheduleType), { doc: 'The calculated schedule: start time, duration, unit and periods. May be absent only when the status is Rejected.' }),
  ]),
};

export const NotifyChargingLimit: ActionDefinition = {
  name: 'NotifyChargingLimit',
  direction: STATION_TO_CSMS,
  profile: 'K SmartCharging',
  useCases: ['K11', 'K12', 'K14'],
  doc: 'Sent by the Charging Station (or a Local Controller) to tell the CSMS that an external system, not the CSMS, has set or changed a charging limit on it.',
  request: ocppObject('NotifyChargingLimitRequest', [
    field('chargingSchedule', arrayOf(objectOf(ChargingScheduleType), { minItems: 1 }), { doc: 'The external limit over time, when the station reports it; sent when EnableNotifyChargingLimitWithSchedules is true (K11.FR.03).' }),
    field('evseId', integer(), { doc: 'The EVSE the limit applies to, above 0; left out when the limit is for the whole Charging Station.' }),
    field('chargingLimit', objectOf(ChargingLimitType), { required: true, doc: 'Who set the limit (never CSO here, K11.FR.05) and whether it is critical for the grid.' }),
  ]),
  response: ocppObject('NotifyChargingLimitResponse', [
  ]),
};

export const NotifyEVChargingNeeds: ActionDefinition = {
  name: 'NotifyEVChargingNeeds',
  direction: STATION_TO_CSMS,
  profile: 'K SmartCharging',
  useCases: ['K15', 'K17'],
  doc: 'Sent by the Charging Station when an ISO 15118 EV has stated its charging needs (energy, departure time, AC or DC limits), so that the CSMS can answer with a fitting charging profile.',
  request: ocppObject('NotifyEVChargingNeedsRequest', [
    field('maxScheduleTuples', integer(), { doc: 'The most periods per schedule that the EV can handle; the CSMS keeps its schedules within this (K15.FR.07).' }),
    field('chargingNeeds', objectOf(ChargingNeedsType), { required: true, doc: 'The EV\'s requested energy transfer mode, optional departure time, and its AC or DC charging parameters (one of the two, K15.FR.06).' }),
    field('evseId', integer(), { required: true, doc: 'The EVSE the EV is connected to; never 0.' }),
  ]),
  response: ocppObject('NotifyEVChargingNeedsResponse', [
    field('status', enumOf(NotifyEVChargingNeedsStatusEnumType), { required: true, doc: 'Accepted when the CSMS will send a charging schedule, Processing when it will do so later, Rejected when it cannot. Says nothing about whether the needs can be met.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reasonCode and additional text.' }),
  ]),
};

export const NotifyEVChargingSchedule: ActionDefinition = {
  name: 'NotifyEVChargingSchedule',
  direction: STATION_TO_CSMS,
  profile: 'K SmartCharging',
  useCases: ['K15', 'K16', 'K17'],
  doc: 'Sent by the Charging Station to pass on the charging schedule an ISO 15118 EV has planned, after it received limits from the CSMS.',
  request: ocppObject('NotifyEVChargingScheduleRequest', [
    field('timeBase', dateTime(), { required: true, doc: 'The moment that the schedule\'s period offsets count from.' }),
    field('chargingSchedule', objectOf(ChargingScheduleType), { required: true, doc: 'The power or current the EV plans to draw over time, relative to timeBase.' }),
    field('evseId', integer(), { required: true, doc: 'The EVSE the EV is charging on; above 0.' }),
  ]),
  response: ocppObject('NotifyEVChargingScheduleResponse', [
    field('status', enumOf(GenericStatusEnumType), { required: true, doc: 'Accepted when the CSMS finds the EV\'s schedule within its limits, Rejected otherwise, after which the CSMS starts a renegotiation (K15.FR.12, K15.FR.13). It is not an approval of the plan as such.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reasonCode and additional text.' }),
  ]),
};

export const ReportChargingProfiles: ActionDefinition = {
  name: 'ReportChargingProfiles',
  direction: STATION_TO_CSMS,
  profile: 'K SmartCharging',
  useCases: ['K09'],
  doc: 'Sent by the Charging Station in reply to GetChargingProfiles, listing the installed profiles; a report may span several messages, grouped by EVSE and limit source.',
  request: ocppObject('ReportChargingProfilesRequest', [
    field('requestId', integer(), { required: true, doc: 'The requestId of the GetChargingProfiles this report answers.' }),
    field('chargingLimitSource', enumOf(ChargingLimitSourceEnumType), { required: true, doc: 'Who installed the profiles in this message, e.g. CSO for profiles set through OCPP.' }),
    field('chargingProfile', arrayOf(objectOf(ChargingProfileType), { minItems: 1 }), { required: true, doc: 'One or more installed profiles for this EVSE and source, as the Charging Station holds them.' }),
    field('tbc', boolean(), { default: false, doc: 'True when more messages of this report follow; false or absent in the last one (K09.FR.02).' }),
    field('evseId', integer(), { required: true, doc: 'The EVSE the profiles belong to; 0 for station-wide profiles such as an overall limit.' }),
  ]),
  response: ocppObject('ReportChargingProfilesResponse', [
  ]),
};

export const SetChargingProfile: ActionDefinition = {
  name: 'SetChargingProfile',
  direction: CSMS_TO_STATION,
  profile: 'K SmartCharging',
  useCases: ['K01', 'K02', 'K03', 'K06', 'K07', 'K15', 'K16', 'K17'],
  doc: 'Sent by the CSMS (or a Local Controller) to install or replace a charging profile that limits the power or current a Charging Station, EVSE or transaction may use.',
  request: ocppObject('SetChargingProfileRequest', [
    field('evseId', integer(), { required: true, doc: 'The EVSE the profile is for. With 0, a TxDefaultProfile applies to every EVSE and a ChargingStationMaxProfile limits the station as a whole; a TxProfile needs an EVSE above 0 (K01.FR.16).' }),
    field('chargingProfile', objectOf(ChargingProfileType), { required: true, doc: 'The profile to install; one with the same id replaces the existing profile (K01.FR.05).' }),
  ]),
  response: ocppObject('SetChargingProfileResponse', [
    field('status', enumOf(ChargingProfileStatusEnumType), { required: true, doc: 'Accepted when the profile was installed, Rejected otherwise (e.g. unknown EVSE or transaction, unsupported unit). Accepted does not promise that the limits will be reached exactly.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reasonCode and additional text.' }),
  ]),
};
