/** Line numbers as people read them in messages and hovers. */
import type { Range } from 'vscode-languageserver-types';
import { firstIndexWhere, lastIndexWhere } from './search';

const lineStartsCache = new WeakMap<object, number[]>();

/**
 * 1-based line of an offset in `holder.text`. The line starts are found once per holder (a parsed document), so
 * a file with many findings does not rescan its text for each.
 */
export function lineAt(holder: { readonly text: string }, offset: number): number {
  const starts = lineStartsOf(holder);
  return lineIndexAt(starts, offset) + 1;
}

function lineStartsOf(holder: { readonly text: string }): number[] {
  let starts = lineStartsCache.get(holder);
  if (!starts) {
    // indexOf runs far faster than a loop over every character of a long log. The lines are counted first and
    // the array made at its size: grown a push at a time, a log's tens of thousands of starts would be copied into
    // ever larger arrays, each taking memory fresh from the system (10 MB 1.6 log: 400 page faults fewer).
    const text = holder.text;
    let count = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    starts = new Array<number>(count);
    starts[0] = 0;
    for (let i = text.indexOf('\n'), line = 1; i >= 0; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
    lineStartsCache.set(holder, starts);
  }
  return starts;
}

/**
 * LSP positions (0-based line and character) of offsets in `holder.text`, from the line starts lineAt keeps:
 * what TextDocument.positionAt gives, found without the character-by-character count of line ends it makes on a
 * document's first use (a quarter of a second's work is 25 ms of it at 10 MB). Undefined for a text with a '\r',
 * which LSP counts as a line end too.
 */
export function positionsIn(holder: { readonly text: string }): LinePositions | undefined {
  const text = holder.text;
  if (!withoutCarriageReturn.has(holder)) {
    if (text.includes('\r')) return undefined;
    withoutCarriageReturn.add(holder);
  }
  return new LineStartPositions(text, lineStartsOf(holder));
}

export interface LinePositions {
  positionAt(offset: number): { line: number; character: number };
  offsetAt(position: { readonly line: number; readonly character: number }): number;
}

/** Where offsets are in a document: its TextDocument itself, or its LinePositions, which give the same answers faster. */
export type Positions = Pick<LinePositions, 'positionAt'>;

/**
 * A class, not an object of closures: the diagnostics, the Outline and folding call positionAt tens of thousands
 * of times in optimized code. A closure made per document would be built into that code as a constant, and the
 * code thrown away when the document goes, for every document anew; a class's method stays the same (and the
 * resident documents keep one of these, so that V8 keeps the class's shape when every document is gone).
 */
class LineStartPositions implements LinePositions {
  /** The line of the last answer: callers ask in document order (diagnostics, the Outline), mostly on it or the next. */
  private line = 0;

  constructor(private readonly text: string, private readonly starts: readonly number[]) {}

  positionAt(offset: number): { line: number; character: number } {
    const { starts } = this;
    const at = Math.max(0, Math.min(offset, this.text.length));
    let line = this.line;
    if (starts[line] > at || (line + 1 < starts.length && starts[line + 1] <= at)) {
      line = line + 1 < starts.length && starts[line + 1] <= at && (line + 2 >= starts.length || starts[line + 2] > at)
        ? line + 1
        : lineIndexAt(starts, at);
      this.line = line;
    }
    return { line, character: at - starts[line] };
  }

  offsetAt({ line, character }: { readonly line: number; readonly character: number }): number {
    const { starts } = this;
    if (line >= starts.length) return this.text.length;
    if (line < 0) return 0;
    const start = starts[line];
    if (character <= 0) return start;
    // A character past the line's end stands for its end, before the '\n'.
    const next = line + 1 < starts.length ? starts[line + 1] - 1 : this.text.length;
    return Math.min(start + character, next);
  }
}

/** The range of text[offset, offset + length) in LSP positions. */
export function rangeAt(positions: Positions, offset: number, length: number): Range {
  return { start: positions.positionAt(offset), end: positions.positionAt(offset + length) };
}

/** The 0-based line holding `offset`: the last line that starts at or before it. */
function lineIndexAt(starts: readonly number[], offset: number): number {
  return lastIndexWhere(starts, (start) => start <= offset);
}

/**
 * Gives `to`, the text of `from` after one edit (text[start, oldEnd) of the old text replaced by [start, newEnd) of
 * the new), the line starts `from` has worked out, moved: those before the edit kept, those inside it found
 * again, those after it shifted. Nothing happens when `from` has none.
 */
export function carryLineStarts(from: { readonly text: string }, to: { readonly text: string },
  edit: { readonly start: number; readonly oldEnd: number; readonly newEnd: number },
  touched: TextPart = { text: to.text, offset: 0 }): void {
  // The new text is the old one outside the edit: without a '\r' if neither the old text nor the edit's has one.
  if (withoutCarriageReturn.has(from) && !touched.text.slice(edit.start - touched.offset, edit.newEnd - touched.offset).includes('\r')) {
    withoutCarriageReturn.add(to);
  }
  const starts = lineStartsCache.get(from);
  if (!starts) return;
  const delta = edit.newEnd - edit.oldEnd;
  // A line starts after each '\n': those at or before the edit's start stay, those after its old end move.
  const kept = lastIndexWhere(starts, (start) => start <= edit.start) + 1;
  const after = firstIndexWhere(starts, (start) => start > edit.oldEnd);
  const inside: number[] = [];
  const { text, offset } = touched;
  for (let i = text.indexOf('\n', edit.start - offset); i >= 0 && i < edit.newEnd - offset; i = text.indexOf('\n', i + 1)) inside.push(i + offset + 1);
  if (inside.length === after - kept) {
    // As many lines as before (typing within lines): `from`'s array is moved in place and given to `to`, and `from`
    // counts its own again if ever asked. A long log has tens of thousands of lines, on every keystroke, and an array
    // that large takes memory fresh from the system, whose first touch is slow.
    for (let i = 0; i < inside.length; i++) starts[kept + i] = inside[i];
    if (delta !== 0) for (let i = after; i < starts.length; i++) starts[i] += delta;
    lineStartsCache.delete(from);
    lineStartsCache.set(to, starts);
    return;
  }
  // Otherwise one array made at its size and filled, not grown a push at a time.
  const moved = new Array<number>(kept + inside.length + starts.length - after);
  for (let i = 0; i < kept; i++) moved[i] = starts[i];
  for (let i = 0; i < inside.length; i++) moved[kept + i] = inside[i];
  for (let i = after, j = kept + inside.length; i < starts.length; i++, j++) moved[j] = starts[i] + delta;
  lineStartsCache.set(to, moved);
}

/**
 * Part of a text, read alone: `text` is the whole text's [offset, offset + text.length). An edit's new version is read
 * through the part its edit touched, so that the whole text, which the server's document only joins (and V8 would
 * copy on the first read of a character), is not read while a keystroke is checked (lsp/editedDocument.ts).
 */
export interface TextPart {
  readonly text: string;
  readonly offset: number;
}

/** Holders whose text is known to have no '\r' (checked once, or carried over an edit): their positions come from line starts. */
const withoutCarriageReturn = new WeakSet<object>();

/** How many '\n' holder.text[start, end) holds, counted from its line starts when it has them. */
export function lineBreaksBetween(holder: { readonly text: string }, start: number, end: number): number {
  const starts = lineStartsCache.get(holder);
  if (!starts) return lineBreaksIn(holder.text, start, end);
  // A '\n' at i starts a line at i + 1.
  return firstIndexWhere(starts, (s) => s > end) - firstIndexWhere(starts, (s) => s > start);
}

/** How many '\n' text[start, end) holds. */
export function lineBreaksIn(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
