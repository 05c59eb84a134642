/**
 * The syntax problems of single tokens, in words: what is wrong inside a string or a number, what an unknown
 * token is, and how almost-JSON (single quotes, True, NaN) is written in JSON. jsonTree.ts decides where a token
 * is wrong; this says why.
 */
import { ScanError, SyntaxKind } from 'jsonc-parser';
import type { SyntaxProblemCode } from './jsonTree';

export type Report = (code: SyntaxProblemCode, message: string, offset: number, length: number) => void;

export function reportUnclosed(node: { readonly type: 'object' | 'array'; readonly offset: number }, problem: Report) {
  const [open, close] = node.type === 'object' ? ['{', '}'] : ['[', ']'];
  problem('syntax-error', `This '${open}' is never closed: add '${close}'.`, node.offset, 1);
}

export function firstLineBreak(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return i;
  }
  return -1;
}

/** The offset just after the last character that is not JSON whitespace. */
export function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
    end--;
  }
  return end;
}

/** What the scanner reads as part of a word (true, or garbage): anything but whitespace and JSON punctuation. */
export const isWordCharacter = (c: number) => !(c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x7b || c === 0x7d ||
  c === 0x5b || c === 0x5d || c === 0x22 || c === 0x3a || c === 0x2c || c === 0x2f);
export const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** A number as the scanner would read it if it allowed leading zeros; it always matches where a number token starts. */
export const numberPattern = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const isHex = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const hex4 = (c: number) => c.toString(16).toUpperCase().padStart(4, '0');

/**
 * The scanner keeps only the last error of a token and marks the whole token; this finds each offending
 * escape or character of a string, and says what is missing from a number.
 */
export function reportTokenErrors(text: string, kind: SyntaxKind, offset: number, length: number, error: ScanError, problem: Report) {
  const end = offset + length;
  if (kind === SyntaxKind.NumericLiteral) {
    const raw = text.slice(offset, end);
    const where = /[eE][+-]?$/.test(raw) ? `after the exponent '${raw.replace(/^.*?([eE][+-]?)$/, '$1')}'` : "after the '.'";
    problem('syntax-error', `Incomplete number '${raw}': digits are missing ${where}.`, offset, length);
    return;
  }
  let closed = false;
  let brokenLine = false;
  for (let i = offset + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      closed = i === end - 1;
      continue;
    }
    if (c === 0x5c) {
      const escape = text.charCodeAt(i + 1);
      if (escape === 0x0a || escape === 0x0d) {
        // The range stops before the line break so that it ends on the line it starts on.
        problem('syntax-error', 'A backslash at the end of a line: a JSON string cannot continue on the next line. ' +
          'Close the string with a quote, or write \\n for a line break inside it.', i, 1);
        brokenLine = true;
        break;
      }
      if (i + 1 >= end) break;
      if (escape === 0x75) {
        let digits = 0;
        while (digits < 4 && i + 2 + digits < end && isHex(text.charCodeAt(i + 2 + digits))) digits++;
        if (digits < 4) {
          problem('syntax-error', 'Invalid \\u escape: it needs exactly four hexadecimal digits, e.g. \\u00e9.', i, 2 + digits);
        }
        i += 1 + digits;
      } else if ('"\\/bfnrt'.includes(String.fromCharCode(escape))) {
        i += 1;
      } else {
        const width = escape >= 0xd800 && escape <= 0xdbff && i + 2 < end ? 3 : 2;
        const shown = escape < 0x20 ? `U+${hex4(escape)}` : `'${text.substr(i + 1, width - 1)}'`;
        problem('syntax-error', `Invalid escape \\${escape < 0x20 ? '' : text.substr(i + 1, width - 1)} (a backslash before ${shown}): JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX. Write \\\\ for a backslash.`, i, width);
        i += width - 1;
      }
      continue;
    }
    if (c < 0x20) {
      const named = c === 0x09 ? ' (a tab): write \\t' : `: write \\u${hex4(c)}`;
      problem('syntax-error', `Control character U+${hex4(c)} is not allowed inside a string${named}.`, i, 1);
    }
  }
  // A string cut short at a line break has had its problem reported on the backslash.
  if (!brokenLine && (error === ScanError.UnexpectedEndOfString || !closed)) {
    problem('syntax-error', 'This string is never closed: add the closing quote before the end of the line.', offset, length);
  }
}

/** A token the scanner does not know, shown so invisible characters can be told apart. */
export function describeUnknown(token: string): string {
  if (token.charCodeAt(0) === 0xfeff) return 'byte order mark (U+FEFF)';
  const shown = token.length > 20 ? `${token.slice(0, 20)}...` : token;
  if (/^[\x21-\x7e\u00a1-\u1fff]+$/.test(token)) return token.includes("'") ? `"${shown}"` : `'${shown}'`;
  const codes = Array.from(token.slice(0, 8), (ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  return `character${codes.length > 1 ? 's' : ''} ${codes.join(' ')}${token.length > 8 ? ' ...' : ''}`;
}

/** A hint for the usual ways a value is almost JSON. */
export function hintFor(text: string, offset: number, length: number): string {
  const token = text.substr(offset, length);
  if (token.charCodeAt(0) === 0xfeff) return ' Save the file as UTF-8 without a byte order mark.';
  if (token.startsWith("'")) return ' JSON strings use double quotes.';
  if (/^(True|TRUE)$/.test(token)) return ' Write true in lower case.';
  if (/^(False|FALSE)$/.test(token)) return ' Write false in lower case.';
  if (/^(None|NULL|Null|undefined|nil)$/.test(token)) return ' Write null.';
  if (/^[+-]?(NaN|Infinity)$/.test(token)) return ' JSON has no NaN or Infinity; use null or a finite number.';
  if (/^[+.]\d/.test(token) || token === '-') return ' A JSON number starts with a digit or a single minus sign.';
  return '';
}
