/**
 * How severe each check is: a default per code (problems.ts), lowered by the `lenient` profile, and overridden per
 * code by explicit rules, in that order. Also reads rule settings from untrusted JSON (a `.ocpprc.json` file, an
 * editor's settings) into a checked `RuleSettings`, so the CLI and the server share one reading and one set of
 * error messages. Pure: no file system, no connection.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { closestName } from '../../text/closest';
import type { CodeTable, OcppProblem, ProblemCode, Severity } from '../check/problems';
import { readMaxFileSize, type SizeLimitSettings } from '../check/sizeLimit';
import { toDiagnostic } from '../check/toDiagnostic';
import { EarlierDiagnostics } from '../check/earlierDiagnostics';
import type { Positions } from '../../text/lines';
import { readVersion, type VersionSettings } from './versionSetting';

export const ruleSeverities = ['error', 'warning', 'information', 'hint', 'off'] as const;
/** A code's severity, or 'off' to drop its diagnostics altogether. */
export type RuleSeverity = (typeof ruleSeverities)[number];

export const profiles = ['strict', 'lenient'] as const;
export type Profile = (typeof profiles)[number];

/**
 * Also carries the size limit (sizeLimit.ts) and the OCPP version (versionSetting.ts), so that they are read,
 * layered and passed on with the severities.
 */
export interface RuleSettings extends SizeLimitSettings, VersionSettings {
  /** Per-code severities; they win over the profile. */
  readonly rules?: Partial<Record<ProblemCode, RuleSeverity>>;
  /** `strict` (the default) uses each code's default severity; `lenient` applies `lenientProfile`. */
  readonly profile?: Profile;
}

export interface LenientEntry {
  readonly code: ProblemCode;
  /** The severity in the lenient profile; a profile only ever lowers a code's default. */
  readonly severity: Severity;
  /** Limits the entry to some of the code's problems; without it, all of them. */
  readonly applies?: (problem: OcppProblem, text: string) => boolean;
  /** Says in a few words which problems `applies` admits, for the docs. */
  readonly subset?: string;
  /** Why real chargers make this mistake and why it is safe to tolerate. Shown in the docs. */
  readonly why: string;
}

/**
 * The `lenient` profile: for logs recorded from chargers in the field. These are the deviations from the
 * schemas that firmware commonly makes and that central systems in practice accept, so a log full of them is
 * still worth reading for the problems that do break things. Everything not listed keeps its default.
 */
export const lenientProfile: readonly LenientEntry[] = [
  { code: 'unknown-field', severity: 'warning',
    why: 'Firmware adds vendor fields or fields from a later OCPP version; central systems ignore fields they do not know.' },
  { code: 'duplicate-field', severity: 'warning',
    why: 'Hand-rolled JSON writers in firmware sometimes emit a key twice; JSON parsers keep the last value.' },
  { code: 'type-mismatch', severity: 'warning', applies: isQuotedNumber, subset: 'numbers in quotes',
    why: 'Only numbers written as strings ("connectorId": "1"): common in firmware that formats every value as text, and most central systems convert them.' },
  { code: 'string-too-long', severity: 'warning',
    why: 'Firmware versions, vendor error codes and info texts often exceed their CiString length; receivers store or truncate them.' },
  { code: 'decimal-precision', severity: 'warning',
    why: 'Binary floating point prints limits like 0.30000000000000004 or 16.000001; the value meant is clear.' },
  { code: 'invalid-datetime', severity: 'warning',
    why: 'Chargers send timestamps without a time zone, with a space instead of "T", or from an unset clock; the message itself is still usable.' },
  { code: 'unmatched-response', severity: 'information',
    why: 'A log excerpt often starts mid-conversation, after the CALL that a response answers.' },
  { code: 'unknown-transaction', severity: 'information',
    why: 'A log excerpt often starts mid-session, after the StartTransaction that gave the transactionId.' },
];

/** A type-mismatch where a number was expected and the value is that number in quotes. */
function isQuotedNumber(problem: OcppProblem, text: string): boolean {
  const expected = problem.data?.expected;
  if (expected !== 'integer' && expected !== 'decimal') return false;
  return /^"-?\d+(\.\d+)?"$/.test(text.slice(problem.offset, problem.offset + problem.length));
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** The severity a problem gets under `settings`, or 'off' when it is not to be reported. */
export function severityOf(problem: OcppProblem, text: string, settings: RuleSettings, codes: CodeTable): RuleSeverity {
  const explicit = settings.rules?.[problem.code];
  if (explicit) return explicit;
  const byDefault: Severity = codes[problem.code].severity;
  if (settings.profile !== 'lenient') return byDefault;
  const entry = lenientProfile.find((e) => e.code === problem.code && (!e.applies || e.applies(problem, text)));
  return entry && severityRank[entry.severity] > severityRank[byDefault] ? entry.severity : byDefault;
}

/** Layers of settings, lowest precedence first: a later layer's profile, rules and limit win over an earlier one's. */
export function mergeRuleSettings(...layers: readonly (RuleSettings | undefined)[]): RuleSettings {
  let profile: Profile | undefined;
  let maxFileSize: number | undefined;
  let version: VersionSettings = {};
  const rules: Partial<Record<ProblemCode, RuleSeverity>> = {};
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.profile) profile = layer.profile;
    if (layer.maxFileSize !== undefined) maxFileSize = layer.maxFileSize;
    if (layer.version !== undefined) version = { version: layer.version, versionSource: layer.versionSource };
    Object.assign(rules, layer.rules);
  }
  return { ...withOptional({ rules }, profile, maxFileSize), ...withVersion(version) };
}

/** The version keys, only when a version is set. */
function withVersion(settings: VersionSettings): VersionSettings {
  if (settings.version === undefined) return {};
  return settings.versionSource === undefined ? { version: settings.version } : { version: settings.version, versionSource: settings.versionSource };
}

/** `settings` with `profile` and `maxFileSize` added only where they are set. */
function withOptional(settings: RuleSettings, profile: Profile | undefined, maxFileSize: number | undefined): RuleSettings {
  return {
    ...(profile ? { profile } : {}),
    ...settings,
    ...(maxFileSize !== undefined ? { maxFileSize } : {}),
  };
}

export function isProblemCode(value: string, codes: CodeTable): value is ProblemCode {
  return Object.hasOwn(codes, value);
}

export function isRuleSeverity(value: unknown): value is RuleSeverity {
  return typeof value === 'string' && (ruleSeverities as readonly string[]).includes(value);
}

export function isProfile(value: unknown): value is Profile {
  return typeof value === 'string' && (profiles as readonly string[]).includes(value);
}

/** Why `code` is not a rule, naming the closest one. */
export function unknownRuleMessage(code: string, codes: CodeTable): string {
  const closest = closestName(code, Object.keys(codes));
  return `"${code}" is not a rule.${closest ? ` Did you mean "${closest}"?` : ''} The rules are the diagnostic codes: ${Object.keys(codes).join(', ')}.`;
}

export function badSeverityMessage(code: string, value: unknown): string {
  return `The severity of "${code}" must be one of ${ruleSeverities.join(', ')}, not ${JSON.stringify(value)}.`;
}

export function badProfileMessage(value: unknown): string {
  return `"profile" must be "strict" or "lenient", not ${JSON.stringify(value)}.`;
}

export interface ReadRuleSettings {
  readonly settings: RuleSettings;
  /** One plain sentence per entry that was left out; the valid entries are still used. */
  readonly errors: string[];
}

/** The versions a `version` setting may name, and what to call the place it was read from. */
export interface VersionReading {
  readonly versions: readonly string[];
  readonly source: string;
}

/**
 * Reads `{ "profile": ..., "rules": { "<code>": "<severity>" }, "maxFileSize": <MB>, "version": "2.0.1" }` from
 * untrusted JSON. With `otherKeys: 'ignore'` other top-level keys pass silently (an editor's `ocpp` section also
 * holds `files` and `trace`); with 'report' they are errors (a `.ocpprc.json` holds nothing else, so another key is
 * a typo). Without `versions`, a `version` is not read.
 */
export function readRuleSettings(value: unknown, otherKeys: 'ignore' | 'report', codes: CodeTable, versions?: VersionReading): ReadRuleSettings {
  const errors: string[] = [];
  if (value === null || value === undefined) return { settings: {}, errors };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { settings: {}, errors: [`The settings must be an object such as { "profile": "lenient", "rules": { "unknown-field": "warning" } }, not ${JSON.stringify(value)}.`] };
  }
  const object = value as Record<string, unknown>;
  let profile: Profile | undefined;
  if (object.profile !== undefined && object.profile !== null) {
    if (isProfile(object.profile)) profile = object.profile;
    else errors.push(badProfileMessage(object.profile));
  }
  const rules: Partial<Record<ProblemCode, RuleSeverity>> = {};
  const rawRules = object.rules;
  if (rawRules !== undefined && rawRules !== null) {
    if (typeof rawRules !== 'object' || Array.isArray(rawRules)) {
      errors.push(`"rules" must be an object from diagnostic code to severity, not ${JSON.stringify(rawRules)}.`);
    } else {
      for (const [code, severity] of Object.entries(rawRules)) {
        // An editor may hand back a cleared setting as null: that is "not set", not a mistake.
        if (severity === null || severity === undefined) continue;
        if (!isProblemCode(code, codes)) errors.push(unknownRuleMessage(code, codes));
        else if (!isRuleSeverity(severity)) errors.push(badSeverityMessage(code, severity));
        else rules[code] = severity;
      }
    }
  }
  const maxFileSize = readMaxFileSize(object.maxFileSize);
  if (maxFileSize.error) errors.push(maxFileSize.error);
  const version = versions ? readVersion(object.version, versions.versions) : {};
  if (version.error) errors.push(version.error);
  if (otherKeys === 'report') {
    for (const key of Object.keys(object)) {
      // `endpoints` are the live sessions' (the editor reads them); checking has no use for them.
      if (key !== 'profile' && key !== 'rules' && key !== 'maxFileSize' && key !== 'version' && key !== 'endpoints' && key !== '$schema') {
        errors.push(`Unknown setting "${key}": the file may hold "version", "profile", "rules", "maxFileSize" and "endpoints".`);
      }
    }
  }
  const versionSettings = version.version === undefined ? {} : { version: version.version, versionSource: versions!.source };
  return { settings: { ...withOptional({ rules }, profile, maxFileSize.value), ...versionSettings }, errors };
}

/**
 * The problems as diagnostics with the severities `settings` give them, without those turned off. Those the same as
 * one of `earlier` (the document's last diagnostics) are that one (earlierDiagnostics.ts).
 */
export function diagnosticsWithRules(problems: readonly OcppProblem[], document: TextDocument, settings: RuleSettings,
  codes: CodeTable, positions: Positions = document, earlier?: readonly Diagnostic[]): Diagnostic[] {
  const text = document.getText();
  const reuse = earlier && earlier.length > 0 ? new EarlierDiagnostics(earlier) : undefined;
  const diagnostics: Diagnostic[] = [];
  for (const problem of problems) {
    const severity = severityOf(problem, text, settings, codes);
    if (severity !== 'off') diagnostics.push(toDiagnostic(problem, positions, severity, reuse));
  }
  return diagnostics;
}
