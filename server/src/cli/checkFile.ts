/**
 * One file of an `ocpp-lint` run: read it (or standard input), find the settings that apply (flags over the
 * nearest `.ocpprc.json` over the defaults), apply the sure fixes with --fix, and return its diagnostics. The main
 * thread and the worker threads (lintWorkers.ts) check files through the same FileChecker, so their output agrees.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService, type LanguageService } from '../service';
import { looksLikeJsonLines } from '../service/document/jsonLines';
import { catalogs } from '../product';
import { ConfigFiles, type ConfigFile } from '../configFile';
import { nodeEnvironment } from '../nodeEnvironment';
import { mergeRuleSettings, type RuleSettings } from '../service/settings/ruleSettings';
import { fixText } from './fixAll';
import type { LintOptions } from './lintOptions';

export interface FileReport {
  readonly file: string;
  readonly diagnostics: Diagnostic[];
}

/** What checking one file gave: its report (none when it could not be read), sentences for stderr, and a fix. */
export interface FileOutcome {
  readonly report?: FileReport;
  readonly errors: readonly string[];
  /** The file's name when --fix rewrote it. */
  readonly fixed?: string;
}

/** What standard input is called in reports. */
export const stdinLabel = '<stdin>';

/** The parts of the options a file's check needs: plain data, so a worker thread can receive them. */
export type CheckOptions = Pick<LintOptions, 'profile' | 'version' | 'rules' | 'configPath' | 'fix' | 'stdinFilename'>;

export class FileChecker {
  private readonly service: LanguageService = getLanguageService({ catalogs });
  // The same lookup as the language server's, over the same Node environment, so both find the same file.
  private readonly configFiles = new ConfigFiles(nodeEnvironment);
  private readonly reportedConfigs = new Set<string>();
  private readonly flags: RuleSettings;

  constructor(private readonly options: CheckOptions, private readonly cwd: string) {
    const { profile, rules, version } = options;
    // Flags win over the settings file, which wins over the defaults.
    this.flags = { profile, rules, ...(version === undefined ? {} : { version, versionSource: '--ocpp-version' }) };
  }

  /** Checks `given` (a path, or - for `stdinText`). */
  check(given: string, stdinText?: () => string): FileOutcome {
    const { cwd, options } = this;
    const errors: string[] = [];
    const fromStdin = given === '-';
    let text: string;
    let bom = '';
    try {
      // Editors drop a UTF-8 byte order mark before the text reaches a language server; so do we.
      const raw = fromStdin ? stdinText!() : readFileSync(resolve(cwd, given), 'utf8');
      bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
      text = raw.slice(bom.length);
    } catch (error) {
      return { errors: [`ocpp-lint: cannot read ${fromStdin ? 'standard input' : given}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`] };
    }
    // Standard input is checked as the file it names, or as what its text looks like.
    const path = fromStdin ? options.stdinFilename ?? (looksLikeJsonLines(text) ? 'stdin.jsonl' : 'stdin.json') : given;
    const file = fromStdin ? stdinLabel : given;
    const uri = nodeEnvironment.pathToUri(resolve(cwd, path));
    // No size limit here: a "maxFileSize" in .ocpprc.json is for editors, which a huge file could keep busy; a batch
    // linter has no editor to freeze, and CI wants every check.
    const settings: RuleSettings = { ...mergeRuleSettings(this.configFor(path, errors)?.settings, this.flags), maxFileSize: 0 };
    let fixed: string | undefined;
    if (options.fix) {
      const fixedText = fixText(this.service, uri, text, settings);
      if (fixedText !== text) {
        try {
          writeFileSync(resolve(cwd, file), bom + fixedText);
          fixed = file;
          text = fixedText;
        } catch (error) {
          errors.push(`ocpp-lint: cannot write the fixes to ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
        }
      }
    }
    const document = TextDocument.create(uri, 'ocpp', 1, text);
    const diagnostics = this.service.doValidation(document, settings);
    // The service keeps a few recent parses; a batch never returns to a file.
    this.service.forget(uri);
    return { report: { file, diagnostics }, errors, fixed };
  }

  /** The settings file for `file`, with its errors reported the first time it is used. */
  private configFor(file: string, errors: string[]): ConfigFile | undefined {
    const { configPath } = this.options;
    const config = configPath !== undefined ? this.configFiles.read(resolve(this.cwd, configPath)) : this.configFiles.nearest(dirname(resolve(this.cwd, file)));
    if (config && !this.reportedConfigs.has(config.path)) {
      this.reportedConfigs.add(config.path);
      for (const error of config.errors) errors.push(`ocpp-lint: ${configPath ?? config.path}: ${error}`);
    }
    return config;
  }
}
