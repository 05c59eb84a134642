/**
 * JSON Lines (`*.jsonl`, `*.ndjson`, and our `*.ocpp.jsonl`): one frame per line, the form logs and exports take.
 * Such a file is a conversation like an array of frames: each non-blank line is parsed on its own, as the value it
 * must be, and the lines' values become the items of a root that spans the text, so every feature (diagnostics,
 * completion, hover, fixes, Outline, navigation, the conversation rules) reads it as it reads an array.
 *
 * A log (`*.log`) is read the same way, with a prefix before each line's frame (a time, a level, a station id, a
 * direction) left alone and lines without a frame skipped; what follows a frame on its line is the log's too. Where
 * prefixes say which way a frame went (`->`, `<<`, `SEND`, `received`, ...), the side the log was written on is
 * told from the frames whose action only one side sends, and a frame either side may send (DataTransfer) gets its
 * sender from its direction.
 */
import type { ArrayNode, SyntaxProblem, ValueNode } from '../../json/jsonTree';
import { maxSyntaxProblems, parseJsonTree } from '../../json/jsonTree';
import { senderOf, type Catalog, type Side } from '../../ocpp/catalog';
import { CallsById, readFrame, type Frame, type LoggedTime, type OcppDocument } from './ocppDocument';
import { readLineFrames, type LineFrame } from './textFrames';

/** How a document of one frame per line is read, by its name: JSON Lines, a log, or neither. */
export function linesKindOf(uri: string): 'json-lines' | 'log' | undefined {
  const path = uri.replace(/[?#].*$/, '');
  if (/\.(jsonl|ndjson)$/i.test(path)) return 'json-lines';
  return /\.log$/i.test(path) ? 'log' : undefined;
}

/** Where a log line's frame starts: its MessageTypeId's bracket (`[2,` to `[6,`). */
const frameStart = /\[\s*[2-6]\s*,/;

/**
 * A log prefix's marks of a frame that went one way or the other: arrows, and words in any case; the short words
 * (OUT, TX, IN, RX) only in capitals, as log formats write them, so that "in" in a sentence is no direction.
 */
const outMarks = [/->|>>|=>/, /\b(?:send|sent|sending|outgoing)\b/i, /\b(?:OUT|TX)\b/];
const inMarks = [/<-|<<|<=/, /\b(?:recv|receive|received|receiving|incoming)\b/i, /\b(?:IN|RX)\b/];

/** Whether a log line's prefix says its frame went out or came in; undefined when it says neither, or both. */
function directionOf(prefix: string): 'out' | 'in' | undefined {
  const out = outMarks.some((mark) => mark.test(prefix));
  const into = inMarks.some((mark) => mark.test(prefix));
  return out === into ? undefined : out ? 'out' : 'in';
}

/** A date and time in a log prefix: ISO 8601 with `T` or a space, a fraction and a zone if any. */
const prefixTime = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?/;

/** What a log line's prefix tells of its frame. */
interface Prefix {
  readonly direction?: 'out' | 'in';
  readonly time?: LoggedTime;
}

/** The prefix of the line holding a frame at `at` of a line starting at `lineStart`. */
function prefixOf(line: string, at: number, lineStart: number): Prefix {
  const prefix = line.slice(0, at);
  const found = prefixTime.exec(prefix);
  // Without a zone the time is read as local: the same for every line of one log, which is all an order needs.
  const ms = found ? Date.parse(found[0].replace(' ', 'T').replace(',', '.')) : NaN;
  return {
    direction: directionOf(prefix),
    time: found && !Number.isNaN(ms) ? { offset: lineStart + found.index, length: found[0].length, text: found[0], ms } : undefined,
  };
}

/** A document read with its lines' prefixes: who sent what, and when each frame was logged. */
function withPrefixes(doc: OcppDocument, prefixes: ReadonlyMap<Frame, Prefix>): OcppDocument {
  const directions = new Map<Frame, 'out' | 'in'>();
  const times = new Map<Frame, LoggedTime>();
  for (const [frame, prefix] of prefixes) {
    if (prefix.direction) directions.set(frame, prefix.direction);
    if (prefix.time) times.set(frame, prefix.time);
  }
  const senders = directions.size > 0 ? sendersOf(directions) : undefined;
  return { ...doc, lines: true, ...(senders ? { senders } : {}), ...(times.size > 0 ? { loggedAt: times } : {}) };
}

const secondValue = 'Unexpected content after the frame on this line: JSON Lines holds one frame per line. ' +
  'Put it on a line of its own, or remove it.';

/** The length from `start` to `end` without the white space (a carriage return, say) at its end. */
function trimmedLength(text: string, start: number, end: number): number {
  let last = end;
  while (last > start && /\s/.test(text[last - 1])) last--;
  return last - start;
}

/**
 * Where the frame starting at `start` ends (after its closing bracket), not past `limit`, and how many colons it
 * holds outside strings; undefined when it does not close there or is no frame.
 */
function frameSpan(text: string, start: number, limit: number): { end: number; colons: number } | undefined {
  if (text.charCodeAt(start) !== 0x5b) return undefined;
  let depth = 0;
  let colons = 0;
  for (let i = start; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string, escapes included.
      for (i++; i < limit && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
      if (i >= limit) return undefined;
    } else if (c === 0x5b || c === 0x7b) {
      depth++;
    } else if (c === 0x5d || c === 0x7d) {
      if (--depth === 0) return { end: i + 1, colons };
    } else if (c === 0x3a) {
      colons++;
    }
  }
  return undefined;
}

/**
 * The fast reading (textFrames.ts): each line's frame checked from JSON.parse's value, trees built only where a
 * request needs one. Undefined when a line holds anything else (a bare value, more after a JSON Lines frame, a frame
 * split over lines, a syntax error), which the line-by-line tree reading then reports.
 */
function readFast(uri: string, version: number, text: string, catalog: Catalog, log: boolean): OcppDocument | undefined {
  const lines: LineFrame[] = [];
  const linePrefixes: (Prefix | undefined)[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const at = log ? frameStart.exec(line)?.index : line.trim() === '' ? undefined : line.length - line.trimStart().length;
    if (at !== undefined) {
      const span = frameSpan(text, start + at, end);
      if (!span || (!log && text.slice(span.end, end).trim() !== '')) return undefined;
      lines.push({ offset: start + at, end: span.end, colons: span.colons });
      linePrefixes.push(log ? prefixOf(line, at, start) : undefined);
    }
    start = end + 1;
  }
  const doc = readLineFrames(uri, version, text, catalog, lines);
  if (!doc) return undefined;
  const prefixes = new Map<Frame, Prefix>();
  doc.frames.forEach((frame, i) => {
    const prefix = linePrefixes[i];
    if (prefix) prefixes.set(frame, prefix);
  });
  return withPrefixes(doc, prefixes);
}

export function readJsonLines(uri: string, version: number, text: string, catalog: Catalog, kind: 'json-lines' | 'log' = 'json-lines'): OcppDocument {
  const fast = readFast(uri, version, text, catalog, kind === 'log');
  if (fast) return fast;
  return readLineTrees(uri, version, text, catalog, kind);
}

/** The line-by-line tree reading: every line's syntax problems, in place. */
function readLineTrees(uri: string, version: number, text: string, catalog: Catalog, kind: 'json-lines' | 'log'): OcppDocument {
  const log = kind === 'log';
  const prefixes = new Map<Frame, Prefix>();
  const root: ArrayNode = { type: 'array', offset: 0, length: text.length, items: [], closed: true };
  const problems: SyntaxProblem[] = [];
  const frames: Frame[] = [];
  const callsById = new CallsById();
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const at = log ? frameStart.exec(line)?.index : line.trim() === '' ? undefined : 0;
    if (at !== undefined) {
      const parsed = parseJsonTree(text, { start: start + at, end });
      const value: ValueNode | undefined = parsed.root;
      const valueEnd = value ? value.offset + value.length : start;
      for (const problem of parsed.problems) {
        if (problems.length === maxSyntaxProblems) break;
        // A log may write more after the frame (a duration, a result): that is the log's, not the frame's.
        if (log && value && problem.offset >= valueEnd) continue;
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
          if (log) prefixes.set(frame, prefixOf(line, at, start));
          callsById.note(frame.messageType, frame.uniqueId, frame);
        }
      }
    }
    start = end + 1;
  }
  return withPrefixes({ uri, version, text, catalog, tree: { root, problems }, shape: 'conversation', frames }, prefixes);
}

/**
 * The sender of each frame whose direction the log gives, once the side the log was written on is known: the side
 * most frames of one-sided actions say (a BootNotification going out is a charge point's log). Nothing when the log
 * does not tell. A DataTransfer gets its sender from this; for other frames it is what logDirections.ts checks.
 */
function sendersOf(directions: ReadonlyMap<Frame, 'out' | 'in'>): ReadonlyMap<Frame, Side> | undefined {
  let stationVotes = 0;
  for (const [frame, direction] of directions) {
    const sender = frame.messageType?.actionIndex !== undefined && frame.action ? senderOf[frame.action.direction] : undefined;
    if (!sender) continue;
    const writer = direction === 'out' ? sender : other(sender);
    stationVotes += writer === 'ChargePoint' ? 1 : -1;
  }
  if (stationVotes === 0) return undefined;
  const writer: Side = stationVotes > 0 ? 'ChargePoint' : 'CentralSystem';
  const senders = new Map<Frame, Side>();
  for (const [frame, direction] of directions) senders.set(frame, direction === 'out' ? writer : other(writer));
  return senders;
}

const other = (side: Side): Side => (side === 'ChargePoint' ? 'CentralSystem' : 'ChargePoint');

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
