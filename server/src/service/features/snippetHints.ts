/**
 * Where a version's rules ask more of a whole message than its schema does, the frame snippets (frameSnippets.ts)
 * take these values, so that a snippet accepted as offered is a message its version finds free of errors. Keyed
 * by the catalog's version, then by "ObjectType.field" (the type's name in the catalog), at any depth:
 *
 * - `value`: the placeholder instead of the one placeholders.ts would choose;
 * - `include`: an optional field the snippet writes anyway, because the message needs one of several.
 *
 * Each entry names the requirement it answers. Everything else comes from placeholders.ts, as for completion and
 * quick fixes.
 */
import type { Placeholder } from './placeholders';

export interface SnippetHint {
  readonly value?: Placeholder;
  readonly include?: boolean;
}

export const snippetHints: Readonly<Record<string, Readonly<Record<string, SnippetHint>>>> = {
  '2.0.1': {
    // K01.FR.31: a schedule's first period starts at 0 (the default integer placeholder is 1).
    'ChargingSchedulePeriodType.startPeriod': { value: { kind: 'scalar', text: '0', quoted: false } },
    // K01.FR.40/41: Absolute and Recurring need a startSchedule, Relative must not have one: Relative goes first.
    'ChargingProfileType.chargingProfileKind': { value: { kind: 'choice', options: ['Relative', 'Absolute', 'Recurring'], quoted: true } },
    // K10.FR.02: a ClearChargingProfileRequest names a chargingProfileId or criteria; the id is the shorter.
    'ClearChargingProfileRequest.chargingProfileId': { include: true },
  },
};
