/**
 * `.ocpprc.json`: rule settings kept with the files they apply to, read by both the CLI and the language server.
 *   { "profile": "lenient", "rules": { "unknown-field": "warning", "comment": "off" } }
 * The file that applies to a message file is the nearest one in its folder or any folder above it. Comments and
 * trailing commas are allowed, as in other tools' rc files. Files and paths come through the environment (Node's for
 * the CLI and the stdio server, another for a browser worker); the pure service never reads files.
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { problemCodes, versions } from './product';
import { readRuleSettings, type RuleSettings } from './service/settings/ruleSettings';
import type { FileSystem, Paths } from './environment';

export const configFileName = '.ocpprc.json';

export interface ConfigFile {
  readonly path: string;
  readonly settings: RuleSettings;
  /** What is wrong with the file, one sentence each; the valid parts of it are still used. */
  readonly errors: readonly string[];
}

export function readConfigFile(files: FileSystem, path: string): ConfigFile {
  const read = files.readTextFile(path);
  if ('error' in read) return { path, settings: {}, errors: [`cannot read it: ${read.error}`] };
  const text = read.text.replace(/^\uFEFF/, '');
  const syntaxErrors: ParseError[] = [];
  const value: unknown = parse(text, syntaxErrors, { allowTrailingComma: true, disallowComments: false });
  if (syntaxErrors.length > 0) {
    const first = syntaxErrors[0];
    const line = text.slice(0, first.offset).split('\n').length;
    return { path, settings: {}, errors: [`it is not valid JSON (${printParseErrorCode(first.error)} on line ${line}).`] };
  }
  const { settings, errors } = readRuleSettings(value, 'report', problemCodes, { versions, source: configFileName });
  return { path, settings, errors };
}

/** Finds and reads config files, remembering what it found per folder until `clear()`. */
export class ConfigFiles {
  private readonly pathByDirectory = new Map<string, string | null>();
  private readonly fileByPath = new Map<string, ConfigFile>();

  constructor(private readonly environment: FileSystem & Paths) {}

  /** The `.ocpprc.json` in `directory` or the nearest folder above it. */
  nearest(directory: string): ConfigFile | undefined {
    const path = this.findPath(directory);
    return path === null ? undefined : this.read(path);
  }

  read(path: string): ConfigFile {
    let file = this.fileByPath.get(path);
    if (!file) {
      file = readConfigFile(this.environment, path);
      this.fileByPath.set(path, file);
    }
    return file;
  }

  clear(): void {
    this.pathByDirectory.clear();
    this.fileByPath.clear();
  }

  private findPath(directory: string): string | null {
    const visited: string[] = [];
    let found: string | null = null;
    for (let current = directory; ; current = this.environment.dirname(current)) {
      const known = this.pathByDirectory.get(current);
      if (known !== undefined) {
        found = known;
        break;
      }
      visited.push(current);
      const candidate = this.environment.joinPath(current, configFileName);
      if (this.environment.isFile(candidate)) {
        found = candidate;
        break;
      }
      if (this.environment.dirname(current) === current) break;
    }
    for (const dir of visited) this.pathByDirectory.set(dir, found);
    return found;
  }
}
