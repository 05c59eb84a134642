/**
 * JSON Lines (`*.jsonl`, `*.ndjson`, and our `*.ocpp.jsonl`): one frame per line, the form logs and exports take.
 * Such a file is a conversation like an array of frames: each non-blank line is parsed on its own, as the value it
 * must be, and the lines' values become the items of a root that spans the text, so every feature (diagnostics,
 * completion, hover, fixes, Outline, navigation, the conversation rules) reads it as it reads an array.
 */
import type { ArrayNode, SyntaxProblem, ValueNode } from '../../json/jsonTree';
import { maxSyntaxProblems, parseJsonTree } from '../../json/jsonTree';
import type { Catalog } from '../../ocpp/catalog';
import { CallsById, readFrame, type Frame, type OcppDocument } from './ocppDocument';

/** Whether a document is JSON Lines, by its name. */
export function isJsonLinesUri(uri: string): boolean {
  return /\.(jsonl|ndjson)$/i.test(uri.replace(/[?#].*$/, ''));
}

const secondValue = 'Unexpected content after the frame on this line: JSON Lines holds one frame per line. ' +
  'Put it on a line of its own, or remove it.';

/** The length from `start` to `end` without the white space (a carriage return, say) at its end. */
function trimmedLength(text: string, start: number, end: number): number {
  let last = end;
  while (last > start && /\s/.test(text[last - 1])) last--;
  return last - start;
}

export function readJsonLines(uri: string, version: number, text: string, catalog: Catalog): OcppDocument {
  const root: ArrayNode = { type: 'array', offset: 0, length: text.length, items: [], closed: true };
  const problems: SyntaxProblem[] = [];
  const frames: Frame[] = [];
  const callsById = new CallsById();
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line.trim() !== '') {
      const parsed = parseJsonTree(text, { start, end });
      const value: ValueNode | undefined = parsed.root;
      const valueEnd = value ? value.offset + value.length : start;
      for (const problem of parsed.problems) {
        if (problems.length === maxSyntaxProblems) break;
        // What follows a line's value is a second value on one line, not a second document.
        problems.push(value !== undefined && problem.offset >= valueEnd && problem.code === 'syntax-error'
          ? { ...problem, length: trimmedLength(text, problem.offset, end), message: secondValue }
          : problem);
      }
      if (value) {
        value.parent = root;
        root.items.push(value);
        if (value.type === 'array') {
          const frame = readFrame(value, callsById, catalog);
          frames.push(frame);
          callsById.note(frame.messageType, frame.uniqueId, frame);
        }
      }
    }
    start = end + 1;
  }
  return { uri, version, text, catalog, tree: { root, problems }, shape: 'conversation', frames, lines: true };
}

/**
 * Whether a text of no known name (standard input) is JSON Lines: more than one non-blank line, the first of them
 * a whole JSON value on its own (a pretty-printed document's first line, `[` or `[2, "a1", ...{`, is not).
 */
export function looksLikeJsonLines(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length < 2) return false;
  const first = parseJsonTree(lines[0]);
  return first.root !== undefined && first.problems.length === 0;
}
