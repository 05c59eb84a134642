import type { PlaceholderHint } from '../catalog';

/**
 * What a new 2.0.1 message writes where the rules ask more than the schema, so that a snippet accepted as offered
 * has no errors (each entry names its requirement).
 */
export const placeholderHints: Readonly<Record<string, PlaceholderHint>> = {
  // K01.FR.31: a schedule's first period starts at 0 (the usual integer placeholder is 1).
  'ChargingSchedulePeriodType.startPeriod': { value: 0 },
  // K01.FR.40/41: Absolute and Recurring need a startSchedule and Relative must not have one, so Relative goes first.
  'ChargingProfileType.chargingProfileKind': { order: ['Relative', 'Absolute', 'Recurring'] },
  // K10.FR.02: a ClearChargingProfileRequest names a chargingProfileId or criteria; the id is the shorter.
  'ClearChargingProfileRequest.chargingProfileId': { include: true },
};
