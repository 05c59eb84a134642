/**
 * The size limit: `ocpp.maxFileSize` in the editor, `maxFileSize` in `.ocpprc.json`. A document longer than the
 * limit gets its JSON syntax checked and nothing else, plus one information diagnostic (`file-too-large`) on its
 * first character that says so. Full checking costs about 1.4 s and 13 MB of heap per 10 MB of text (README,
 * Performance), and the server runs it again after every pause in typing; a 200 MB log opened by mistake would
 * keep it busy for good. The syntax check alone is one linear pass that never recurses.
 *
 * Decisions:
 * - The limit is in megabytes of text, where 1 MB is 10^6 characters of the document (`text.length`, UTF-16 code
 *   units). For the ASCII text OCPP logs nearly always hold, that is the file's size in bytes.
 * - The default is 20 MB; 0 means no limit. Other values must be numbers of 0 or more.
 * - It is read with the rule settings (`readRuleSettings`) and travels with them (`RuleSettings.maxFileSize`), so
 *   the editor's setting wins over `.ocpprc.json`, which wins over the default, as for the severities.
 * - `ocpp-lint` ignores it (it passes 0): a batch linter has no editor to freeze, and CI wants every check.
 * - Above the limit, the syntax problems and the notice still go through the rule settings, so
 *   `ocpp.rules.file-too-large: "off"` hides the notice (the limit itself still applies).
 */
import { parseJsonTree } from '../../json/jsonTree';
import type { OcppProblem } from './problems';

/** Megabytes, as `ocpp.maxFileSize`'s default in package.json (generated from this). */
export const defaultMaxFileSize = 20;
export const charactersPerMegabyte = 1_000_000;

export interface SizeLimitSettings {
  /** Megabytes (10^6 characters) above which only the syntax is checked; 0 for no limit; 20 when not given. */
  readonly maxFileSize?: number;
}

/**
 * The problems of a document above the limit: the notice, then its syntax problems in document order. Undefined
 * when the document is within the limit (or there is none) and is to be checked in full.
 */
export function oversizedDocumentProblems(text: string, maxFileSize: number = defaultMaxFileSize): OcppProblem[] | undefined {
  if (!(maxFileSize > 0)) return undefined;
  const limit = Math.round(maxFileSize * charactersPerMegabyte);
  if (text.length <= limit) return undefined;
  const notice: OcppProblem = {
    code: 'file-too-large',
    message: `This file is ${grouped(text.length)} characters long (${megabytes(text.length)} MB), more than the `
      + `${maxFileSize} MB (${grouped(limit)} characters) that ocpp.maxFileSize allows, so only its JSON syntax is checked, `
      + 'not its OCPP messages. To check them too, raise ocpp.maxFileSize ("maxFileSize" in .ocpprc.json), or set it to 0 for no limit.',
    offset: 0,
    length: Math.min(1, text.length),
    data: { length: text.length, limit },
  };
  // Only the problems are kept: the tree is dropped as soon as this returns, and no OCPP model is built.
  const { problems } = parseJsonTree(text);
  return [notice, ...problems.map((p): OcppProblem => ({ code: p.code, message: p.message, offset: p.offset, length: p.length }))];
}

/** A setting's value as a limit, or why it is not one. `null` and `undefined` mean "not set". */
export function readMaxFileSize(value: unknown): { value?: number; error?: string } {
  if (value === null || value === undefined) return {};
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return { value };
  return { error: badMaxFileSizeMessage(value) };
}

export function badMaxFileSizeMessage(value: unknown): string {
  return `"maxFileSize" must be a number of megabytes, 0 or more (0 means no limit), not ${JSON.stringify(value)}.`;
}

function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function megabytes(characters: number): string {
  return String(Number((characters / charactersPerMegabyte).toPrecision(3)));
}
