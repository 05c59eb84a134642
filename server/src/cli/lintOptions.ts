/**
 * `ocpp-lint`'s command line: what it accepts (the usage text) and how its arguments read as options. A mistake in
 * them is a usage error, exit status 2, with the usage after the sentence that says what is wrong.
 */
import { problemCodes, versions } from '../product';
import { configFileName } from '../configFile';
import { autoVersion, readVersion } from '../service/settings/versionSetting';
import {
  badProfileMessage, badSeverityMessage, isProblemCode, isProfile, isRuleSeverity, unknownRuleMessage, type Profile, type RuleSeverity,
} from '../service/settings/ruleSettings';
import type { ProblemCode } from '../service/check/problems';

export const formats = ['stylish', 'json', 'sarif'] as const;
export type Format = (typeof formats)[number];

export const usage = `Usage: ocpp-lint [--format stylish|json|sarif] [--ocpp-version ${[autoVersion, ...versions].join('|')}]
                 [--profile strict|lenient] [--rule code=severity]... [--config file] [--fix] [--jobs N]
                 [--stdin-filename name] <files, folders, globs, or - for standard input...>

Checks OCPP-J message files (OCPP ${versions.join(', ')}) and prints what is wrong with them.
  --format stylish   path:line:col  severity  message  code (default)
  --format json      [{"file": ..., "diagnostics": [LSP diagnostics, 0-based ranges]}]
  --format sarif     SARIF 2.1.0, for code-scanning pipelines
  --ocpp-version V   checks every file as OCPP V; auto (the default) tells each file's version from its content
  --profile strict|lenient
                     lenient turns mistakes field chargers commonly make into warnings (default strict)
  --rule code=severity
                     sets one diagnostic code to error, warning, information, hint or off; repeatable
  --config file      reads rule settings from this file instead of the nearest ${configFileName}
  --fix              rewrites the files with every sure fix applied (as the editor's "Fix all"), then reports
                     what is left
  --jobs N           checks files on N threads at once (default: one per processor core for 16 files or more
                     on a machine of 4 cores or more, else 1); the output is the same either way
  -                  reads standard input: JSON Lines (one frame per line) when its first line is a whole JSON
                     value and more lines follow, otherwise one JSON document
  --stdin-filename name
                     checks standard input as a file of this name (e.g. log.jsonl, BootNotification.json), which
                     also decides the ${configFileName} that applies
  -h, --help         show this help
Folders are searched for *.json, *.jsonl, *.ndjson (one frame per line) and *.log files (a frame per line after
any prefix; lines without one are skipped). Settings come from
--ocpp-version, --profile and --rule, then from ${configFileName} (the nearest one in the file's folder or above; or
--config), then the defaults. Every file is checked in full, however
large: a "maxFileSize" in ${configFileName} limits only what an editor checks. Each file's problems are printed as
soon as it and the files before it are checked. Exit status: 0 no errors, 1 errors found, 2 usage error, bad
settings file or unreadable file.`;

export interface LintOptions {
  readonly format: Format;
  readonly profile?: Profile;
  /** The version --ocpp-version names ("auto" included), when given. */
  readonly version?: string;
  readonly rules: Partial<Record<ProblemCode, RuleSeverity>>;
  readonly configPath?: string;
  readonly fix: boolean;
  readonly stdinFilename?: string;
  /** Threads to check on; undefined lets the CLI decide from the cores and the number of files. */
  readonly jobs?: number;
  readonly patterns: readonly string[];
}

/** The options, 'help' for -h, or the sentence that says what is wrong. */
export function readLintOptions(args: readonly string[]): LintOptions | 'help' | { readonly error: string } {
  let format: Format = 'stylish';
  let profile: Profile | undefined;
  let version: string | undefined;
  const rules: Partial<Record<ProblemCode, RuleSeverity>> = {};
  let configPath: string | undefined;
  let fix = false;
  let stdinFilename: string | undefined;
  let jobs: number | undefined;
  const patterns: string[] = [];
  const error = (message: string) => ({ error: message });
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--fix') {
      fix = true;
      continue;
    }
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? args[++i] : arg.slice('--format='.length);
      if (!formats.includes(value as Format)) {
        return error(`--format must be one of ${formats.join(', ')}${value === undefined ? '' : `, not "${value}"`}.`);
      }
      format = value as Format;
    } else if (['--profile', '--rule', '--config', '--ocpp-version', '--stdin-filename', '--jobs'].some((o) => arg === o || arg.startsWith(`${o}=`))) {
      const [option, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
      const value = inline ?? args[++i];
      if (value === undefined) return error(`${option} needs a value.`);
      if (option === '--profile') {
        if (!isProfile(value)) return error(`--profile: ${badProfileMessage(value)}`);
        profile = value;
      } else if (option === '--ocpp-version') {
        const read = readVersion(value, versions);
        if (read.error) return error(`--ocpp-version: ${read.error.replace('"version" must', 'it must')}`);
        version = read.version;
      } else if (option === '--config') {
        configPath = value;
      } else if (option === '--stdin-filename') {
        stdinFilename = value;
      } else if (option === '--jobs') {
        if (!/^[1-9]\d{0,2}$/.test(value)) return error(`--jobs takes a whole number of threads from 1 to 999, not "${value}".`);
        jobs = Number(value);
      } else {
        const rule = parseRuleOption(value);
        if (typeof rule === 'string') return error(`--rule ${value}: ${rule}`);
        rules[rule.code] = rule.severity;
      }
    } else if (arg.startsWith('-') && arg !== '-') {
      return error(`Unknown option ${arg}.`);
    } else {
      patterns.push(arg);
    }
  }
  if (patterns.length === 0) return error('Name at least one file, folder or glob to check, or - for standard input.');
  if (fix && patterns.includes('-')) return error('--fix rewrites files in place, and standard input is no file: leave out - or --fix.');
  return { format, profile, version, rules, configPath, fix, stdinFilename, jobs, patterns };
}

/** `code=severity` as a rule, or why it is not one. */
function parseRuleOption(value: string): { code: ProblemCode; severity: RuleSeverity } | string {
  const equals = value.indexOf('=');
  if (equals < 0) return 'write it as code=severity, e.g. --rule unknown-field=warning.';
  const code = value.slice(0, equals).trim();
  const severity = value.slice(equals + 1).trim();
  if (!isProblemCode(code, problemCodes)) return unknownRuleMessage(code, problemCodes);
  if (!isRuleSeverity(severity)) return badSeverityMessage(code, severity);
  return { code, severity };
}
