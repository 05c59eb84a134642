#!/usr/bin/env node
/**
 * ocpp-lint: the language service's diagnostics on the command line, for CI.
 *   ocpp-lint [--format stylish|json|sarif] [--ocpp-version auto|1.6|2.0.1] [--profile strict|lenient] [--rule code=severity]...
 *             [--config file] <files...>
 * Exit status: 0 no errors, 1 at least one error, 2 usage error or unreadable file.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService } from '../service';
import { looksLikeJsonLines } from '../service/document/jsonLines';
import { catalogs, problemCodes, versions } from '../product';
import { autoVersion, readVersion } from '../service/settings/versionSetting';
import { ConfigFiles, configFileName, type ConfigFile } from '../configFile';
import { nodeEnvironment } from '../nodeEnvironment';
import {
  badProfileMessage, badSeverityMessage, isProblemCode, isProfile, isRuleSeverity, mergeRuleSettings, unknownRuleMessage,
  type Profile, type RuleSettings, type RuleSeverity,
} from '../service/settings/ruleSettings';
import type { ProblemCode } from '../service/check/problems';
import { fixText } from './fixAll';
import { toSarif } from './sarif';

/** Kept in step with package.json by a test. */
export const cliVersion = '0.1.0';

const formats = ['stylish', 'json', 'sarif'] as const;
type Format = (typeof formats)[number];

const usage = `Usage: ocpp-lint [--format stylish|json|sarif] [--ocpp-version ${[autoVersion, ...versions].join('|')}]
                 [--profile strict|lenient] [--rule code=severity]... [--config file] [--fix]
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
large: a "maxFileSize" in ${configFileName} limits only what an editor checks. Exit status: 0 no errors, 1 errors
found, 2 usage error, bad settings file or unreadable file.`;

export interface CliResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

interface FileReport {
  readonly file: string;
  readonly diagnostics: Diagnostic[];
}

/** How the command line reads standard input; tests give text of their own. */
export type ReadStdin = () => string;

const readProcessStdin: ReadStdin = () => readFileSync(0, 'utf8');

/** What standard input is called in reports. */
const stdinLabel = '<stdin>';

export function runCli(args: readonly string[], cwd = process.cwd(), readStdin: ReadStdin = readProcessStdin): CliResult {
  let format: Format = 'stylish';
  let profile: Profile | undefined;
  let version: string | undefined;
  const rules: Partial<Record<ProblemCode, RuleSeverity>> = {};
  let configPath: string | undefined;
  let fix = false;
  let stdinFilename: string | undefined;
  const patterns: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-h' || arg === '--help') return { exitCode: 0, stdout: usage + '\n', stderr: '' };
    if (arg === '--fix') {
      fix = true;
      continue;
    }
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? args[++i] : arg.slice('--format='.length);
      if (!formats.includes(value as Format)) {
        return usageError(`--format must be one of ${formats.join(', ')}${value === undefined ? '' : `, not "${value}"`}.`);
      }
      format = value as Format;
    } else if (['--profile', '--rule', '--config', '--ocpp-version', '--stdin-filename'].some((o) => arg === o || arg.startsWith(`${o}=`))) {
      const [option, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
      const value = inline ?? args[++i];
      if (value === undefined) return usageError(`${option} needs a value.`);
      if (option === '--profile') {
        if (!isProfile(value)) return usageError(`--profile: ${badProfileMessage(value)}`);
        profile = value;
      } else if (option === '--ocpp-version') {
        const read = readVersion(value, versions);
        if (read.error) return usageError(`--ocpp-version: ${read.error.replace('"version" must', 'it must')}`);
        version = read.version;
      } else if (option === '--config') {
        configPath = value;
      } else if (option === '--stdin-filename') {
        stdinFilename = value;
      } else {
        const rule = parseRuleOption(value);
        if (typeof rule === 'string') return usageError(`--rule ${value}: ${rule}`);
        rules[rule.code] = rule.severity;
      }
    } else if (arg.startsWith('-') && arg !== '-') {
      return usageError(`Unknown option ${arg}.`);
    } else {
      patterns.push(arg);
    }
  }
  if (patterns.length === 0) return usageError('Name at least one file, folder or glob to check, or - for standard input.');
  if (fix && patterns.includes('-')) return usageError('--fix rewrites files in place, and standard input is no file: leave out - or --fix.');

  const files: string[] = [];
  const errors: string[] = [];
  for (const pattern of patterns) {
    if (pattern === '-') {
      files.push(pattern);
      continue;
    }
    const expanded = expand(pattern, cwd);
    if (expanded.length === 0) {
      errors.push(isDirectory(resolve(cwd, pattern))
        ? `ocpp-lint: ${pattern}: the folder holds no .json, .jsonl, .ndjson or .log files.`
        : `ocpp-lint: ${pattern}: no such file, and no files match it.`);
    }
    files.push(...expanded);
  }

  // Flags win over the settings file, which wins over the defaults.
  const flags: RuleSettings = { profile, rules, ...(version === undefined ? {} : { version, versionSource: '--ocpp-version' }) };
  // The same lookup as the language server's, over the same Node environment, so both find the same file.
  const configFiles = new ConfigFiles(nodeEnvironment);
  const reportedConfigs = new Set<string>();
  const configFor = (file: string): ConfigFile | undefined => {
    const config = configPath !== undefined ? configFiles.read(resolve(cwd, configPath)) : configFiles.nearest(dirname(resolve(cwd, file)));
    if (config && !reportedConfigs.has(config.path)) {
      reportedConfigs.add(config.path);
      for (const error of config.errors) errors.push(`ocpp-lint: ${configPath ?? config.path}: ${error}`);
    }
    return config;
  };

  const service = getLanguageService({ catalogs });
  const reports: FileReport[] = [];
  const fixedFiles: string[] = [];
  for (const given of [...new Set(files)]) {
    const fromStdin = given === '-';
    let text: string;
    let bom = '';
    try {
      // Editors drop a UTF-8 byte order mark before the text reaches a language server; so do we.
      const raw = fromStdin ? readStdin() : readFileSync(resolve(cwd, given), 'utf8');
      bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
      text = raw.slice(bom.length);
    } catch (error) {
      errors.push(`ocpp-lint: cannot read ${fromStdin ? 'standard input' : given}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      continue;
    }
    // Standard input is checked as the file it names, or as what its text looks like.
    const path = fromStdin ? stdinFilename ?? (looksLikeJsonLines(text) ? 'stdin.jsonl' : 'stdin.json') : given;
    const file = fromStdin ? stdinLabel : given;
    const uri = nodeEnvironment.pathToUri(resolve(cwd, path));
    // No size limit here: a "maxFileSize" in .ocpprc.json is for editors, which a huge file could keep busy; a batch
    // linter has no editor to freeze, and CI wants every check.
    const settings: RuleSettings = { ...mergeRuleSettings(configFor(path)?.settings, flags), maxFileSize: 0 };
    if (fix) {
      const fixed = fixText(service, uri, text, settings);
      if (fixed !== text) {
        try {
          writeFileSync(resolve(cwd, file), bom + fixed);
          fixedFiles.push(file);
          text = fixed;
        } catch (error) {
          errors.push(`ocpp-lint: cannot write the fixes to ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
        }
      }
    }
    const document = TextDocument.create(uri, 'ocpp', 1, text);
    reports.push({ file, diagnostics: service.doValidation(document, settings) });
  }

  const stdout = format === 'json' ? JSON.stringify(reports, null, 2) + '\n'
    : format === 'sarif' ? JSON.stringify(toSarif(reports, cliVersion), null, 2) + '\n'
      : (fix ? `Fixed ${fixedFiles.length} file${fixedFiles.length === 1 ? '' : 's'}${fixedFiles.length ? `: ${fixedFiles.join(', ')}` : ''}.\n` : '') + stylish(reports);
  const hasErrors = reports.some((r) => r.diagnostics.some((d) => d.severity === DiagnosticSeverity.Error));
  const exitCode = errors.length > 0 ? 2 : hasErrors ? 1 : 0;
  return { exitCode, stdout, stderr: errors.map((e) => e + '\n').join('') };
}

/** A file as given, every *.json, *.jsonl, *.ndjson and *.log under a folder, or the files a glob matches (in a stable order). */
function expand(pattern: string, cwd: string): string[] {
  try {
    const stat = statSync(resolve(cwd, pattern));
    if (stat.isFile()) return [pattern];
    if (stat.isDirectory()) {
      return globSync('**/*.{json,jsonl,ndjson,log}', { cwd: resolve(cwd, pattern), ignore: ['**/node_modules/**'] })
        .sort()
        .map((f) => `${pattern.replace(/\/$/, '')}/${f}`);
    }
  } catch {
    // Not a path: try it as a glob.
  }
  return globSync(pattern, { cwd, ignore: ['**/node_modules/**'] }).sort();
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

const severityNames: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

function stylish(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  let errorCount = 0;
  let otherCount = 0;
  for (const { file, diagnostics } of reports) {
    for (const d of diagnostics) {
      const severity = severityNames[d.severity ?? DiagnosticSeverity.Error];
      if (d.severity === DiagnosticSeverity.Error) errorCount++;
      else otherCount++;
      lines.push(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1}  ${severity}  ${d.message}  ${d.code}`);
    }
  }
  if (reports.length === 0) return lines.join('\n');
  const total = errorCount + otherCount;
  const files = `${reports.length} file${reports.length === 1 ? '' : 's'}`;
  lines.push(total === 0
    ? `No problems in ${files}.`
    : `${total} problem${total === 1 ? '' : 's'} (${errorCount} error${errorCount === 1 ? '' : 's'}, ${otherCount} other) in ${files}.`);
  return lines.join('\n') + '\n';
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

function usageError(message: string): CliResult {
  return { exitCode: 2, stdout: '', stderr: `ocpp-lint: ${message}\n\n${usage}\n` };
}

if (require.main === module) {
  const result = runCli(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
