/** Cases for the 2.0.1 charging profile rules (server/src/ocpp/v201/rules/profiles.ts); profiles.test.ts runs them. */
import type { RuleCase } from './support/ruleCases';

export const profileCodes = [
  'profile-tx-without-transaction', 'profile-tx-evse', 'profile-station-max-evse', 'profile-first-period',
  'profile-period-order', 'profile-start-schedule', 'profile-clear-criteria', 'profile-remote-start',
];

const conversation = (...frames: string[]) => `[\n${frames.join(',\n')}\n]`;
const profile = (o: { purpose?: string; kind?: string; start?: boolean; periods?: number[]; tx?: string } = {}) =>
  `{"id": 1, "stackLevel": 0, "chargingProfilePurpose": "${o.purpose ?? 'TxDefaultProfile'}", "chargingProfileKind": "${o.kind ?? 'Absolute'}", ` +
  `${o.tx ? `"transactionId": "${o.tx}", ` : ''}"chargingSchedule": [{"id": 1, ${o.start ?? (o.kind ?? 'Absolute') !== 'Relative' ? '"startSchedule": "2024-05-01T00:00:00Z", ' : ''}` +
  `"chargingRateUnit": "A", "chargingSchedulePeriod": [${(o.periods ?? [0, 3600]).map((p) => `{"startPeriod": ${p}, "limit": 16}`).join(', ')}]}]}`;
let nextId = 0;
const setProfile = (evseId: number, p: string) => `[2, "p${++nextId}", "SetChargingProfile", {"evseId": ${evseId}, "chargingProfile": ${p}}]`;
const remoteStart = (p: string) => `[2, "r1", "RequestStartTransaction", {"idToken": {"idToken": "AA", "type": "Central"}, "remoteStartId": 1, "chargingProfile": ${p}}]`;

export const profileCases: RuleCase[] = [
  {
    name: 'valid profiles give nothing',
    clean: true,
    text: conversation(
      setProfile(1, profile({ purpose: 'TxProfile', tx: 'tx1', kind: 'Relative' })),
      setProfile(0, profile({ purpose: 'ChargingStationMaxProfile' })),
      setProfile(0, profile({ kind: 'Recurring' }).replace('"chargingSchedule"', '"recurrencyKind": "Daily", "chargingSchedule"')),
      remoteStart(profile({ purpose: 'TxProfile', kind: 'Relative' })),
      '[2, "c1", "ClearChargingProfile", {"chargingProfileId": 5}]',
      '[2, "c2", "ClearChargingProfile", {"chargingProfileCriteria": {"stackLevel": 1}}]'),
    expect: [],
  },
  {
    name: 'a TxProfile without transactionId',
    text: setProfile(1, profile({ purpose: 'TxProfile' })),
    expect: [{ code: 'profile-tx-without-transaction', covers: '"TxProfile"', cites: 'K01.FR.03' }],
  },
  {
    name: 'a TxProfile on EVSE 0',
    text: setProfile(0, profile({ purpose: 'TxProfile', tx: 'tx1' })),
    expect: [{ code: 'profile-tx-evse', covers: '0', cites: 'K01.FR.16' }],
  },
  {
    name: 'a ChargingStationMaxProfile on EVSE 2',
    text: setProfile(2, profile({ purpose: 'ChargingStationMaxProfile' })),
    expect: [{ code: 'profile-station-max-evse', covers: '2', cites: 'K04.FR.03' }],
  },
  {
    name: 'a schedule starting at 60',
    text: setProfile(1, profile({ periods: [60, 120] })),
    expect: [{ code: 'profile-first-period', covers: '60', cites: 'K01.FR.31' }],
  },
  {
    name: 'periods out of order',
    text: setProfile(1, profile({ periods: [0, 600, 600, 300] })),
    expect: [
      { code: 'profile-period-order', covers: '600', cites: 'K01.FR.35' },
      { code: 'profile-period-order', covers: '300', cites: 'K01.FR.35' },
    ],
  },
  {
    name: 'an Absolute profile without startSchedule',
    text: setProfile(1, profile({ start: false })),
    expect: [{ code: 'profile-start-schedule', covers: '"Absolute"', cites: 'K01.FR.40' }],
  },
  {
    name: 'a Relative profile with startSchedule',
    text: setProfile(1, profile({ kind: 'Relative', start: true })),
    expect: [{ code: 'profile-start-schedule', covers: '"startSchedule": "2024-05-01T00:00:00Z"', cites: 'K01.FR.41' }],
  },
  {
    name: 'a reported profile is checked too',
    text: `[2, "q1", "ReportChargingProfiles", {"requestId": 1, "chargingLimitSource": "CSO", "evseId": 1, "chargingProfile": [${profile({ periods: [5] })}]}]`,
    expect: [{ code: 'profile-first-period', covers: '5', cites: 'K01.FR.31' }],
  },
  {
    name: 'a bare SetChargingProfileRequest',
    uri: 'file:///w/SetChargingProfileRequest.json',
    text: `{"evseId": 1, "chargingProfile": ${profile({ purpose: 'TxProfile' })}}`,
    expect: [{ code: 'profile-tx-without-transaction', covers: '"TxProfile"', cites: 'K01.FR.03' }],
  },
  {
    name: 'ClearChargingProfile selecting nothing',
    text: conversation('[2, "c1", "ClearChargingProfile", {}]', '[2, "c2", "ClearChargingProfile", {"chargingProfileCriteria": {}}]'),
    expect: [
      { code: 'profile-clear-criteria', covers: '{}', cites: 'K10.FR.02' },
      { code: 'profile-clear-criteria', covers: '{}', cites: 'K10.FR.02' },
    ],
  },
  {
    name: 'RequestStartTransaction with a TxDefaultProfile that names a transaction',
    text: remoteStart(profile({ purpose: 'TxDefaultProfile', tx: 'tx1' })),
    expect: [
      { code: 'profile-remote-start', covers: '"TxDefaultProfile"', cites: 'F01.FR.09' },
      { code: 'profile-remote-start', covers: '"transactionId": "tx1"', cites: 'F01.FR.11' },
    ],
  },
];
