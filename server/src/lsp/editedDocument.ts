/**
 * The server's copy of a document as the client edits it: what vscode-languageserver-textdocument's TextDocument
 * gives (same text, positions, offsets and line count after the same changes), kept so that typing does not copy the
 * whole text.
 *
 * That TextDocument joins the text around each change into one new string, and V8 copies such a string into a
 * flat one the first time anything reads a character of it, which its own update does at once. For a 10 MB log that
 * is a copy into memory fresh from the system on every keystroke: 36 ms of a 2.0.1 edit's 50 here, before any
 * checking. This document keeps its last flat text (`base`) and one window of it that the edits since have changed
 * (`middle` where base had [start, oldEnd)), reads characters through them, and hands out the whole text as a
 * joined string that nothing reads while a keystroke is checked: the service reads the frames an edit touched
 * through textBetween (service/index.ts). Past 64 KB of window the whole text becomes the base again; a change with a
 * '\r' in play has its line starts counted again from the whole text, as TextDocument may.
 *
 * The cost: once a request reads the whole text of an edited version (the Outline, folding), V8 has copied it, and
 * the base is kept beside that copy until the window next outgrows 64 KB.
 */
import type { Position, Range, TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import type { TextChange } from '../service';

/** How large the changed window may grow before the text is made whole again. */
const maxWindow = 64 * 1024;

const lineFeed = 0x0a;
const carriageReturn = 0x0d;
const isLineEnd = (c: number) => c === lineFeed || c === carriageReturn;

export class EditedDocument implements TextDocument {
  private base: string;
  /** The window: base[start, oldEnd) now reads `middle`. Without edits since the base, middle is '' at 0..0. */
  private start = 0;
  private oldEnd = 0;
  private middle = '';
  private whole: string | undefined;
  private lineOffsets: number[] | undefined;

  constructor(readonly uri: string, readonly languageId: string, public version: number, content: string) {
    this.base = content;
    this.whole = content;
  }

  get length(): number {
    return this.base.length + this.middle.length - (this.oldEnd - this.start);
  }

  get lineCount(): number {
    return this.offsets().length;
  }

  /** The whole text: made (joined, not copied) on the first call after a change. */
  getText(range?: Range): string {
    if (range) {
      // As String.prototype.substring, which TextDocument uses, a range given backwards reads forwards.
      const from = this.offsetAt(range.start);
      const to = this.offsetAt(range.end);
      return this.textBetween(Math.min(from, to), Math.max(from, to));
    }
    this.whole ??= this.base.slice(0, this.start) + this.middle + this.base.slice(this.oldEnd);
    return this.whole;
  }

  /** The text's characters [from, to), read without making the whole text. */
  textBetween(from: number, to: number): string {
    const end = this.start + this.middle.length;
    const shift = this.middle.length - (this.oldEnd - this.start);
    if (to <= this.start) return this.base.slice(from, to);
    if (from >= end) return this.base.slice(from - shift, to - shift);
    const before = from < this.start ? this.base.slice(from, this.start) : '';
    const inside = this.middle.slice(Math.max(from - this.start, 0), Math.min(to, end) - this.start);
    const after = to > end ? this.base.slice(this.oldEnd, to - shift) : '';
    return before + inside + after;
  }

  private charCodeAt(offset: number): number {
    if (offset < this.start) return this.base.charCodeAt(offset);
    const end = this.start + this.middle.length;
    if (offset < end) return this.middle.charCodeAt(offset - this.start);
    return this.base.charCodeAt(offset - end + this.oldEnd);
  }

  /**
   * Applies the client's changes in order, as TextDocument.update does, and gives each as the characters it
   * replaced, in the coordinates the changes before it left: what the service is told (noteChanges).
   */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): TextChange[] {
    const applied: TextChange[] = [];
    for (const change of changes) {
      if ('range' in change) applied.push(this.replace(change.range, change.text));
      else {
        applied.push({ offset: 0, deleted: this.length, inserted: change.text.length });
        this.rebase(change.text);
      }
    }
    this.version = version;
    return applied;
  }

  private replace(range: Range, text: string): TextChange {
    const [first, last] = ordered(range);
    const from = this.offsetAt(first);
    const to = this.offsetAt(last);
    this.replaceText(from, to, text);
    this.patchLineOffsets(first.line, last.line, from, to, text);
    return { offset: from, deleted: to - from, inserted: text.length };
  }

  /** The line offsets after lines [firstLine, lastLine], text[from, to), were replaced by `text`. */
  private patchLineOffsets(firstLine: number, lastLine: number, from: number, to: number, text: string): void {
    const joinsCrLf = (at: number) => this.charCodeAt(at - 1) === carriageReturn && this.charCodeAt(at) === lineFeed;
    if (text.includes('\r') || joinsCrLf(from) || joinsCrLf(from + text.length)) {
      // A '\r' in play: its line starts are counted again from the text, as TextDocument counts them.
      this.lineOffsets = undefined;
      return;
    }
    const offsets = this.lineOffsets;
    if (!offsets) return;
    firstLine = Math.max(firstLine, 0);
    lastLine = Math.max(lastLine, 0);
    if (lastLine >= offsets.length) {
      // A position past the last line (a client's slip): counted again rather than patched.
      this.lineOffsets = undefined;
      return;
    }
    // Patched in place, as TextDocument does: the lines the change replaced, then every later one moved.
    const added: number[] = [];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) added.push(from + i + 1);
    if (added.length > 10_000) {
      // Too many to pass to splice as arguments: counted again instead.
      this.lineOffsets = undefined;
      return;
    }
    if (added.length === lastLine - firstLine) {
      for (let i = 0; i < added.length; i++) offsets[firstLine + 1 + i] = added[i];
    } else {
      offsets.splice(firstLine + 1, lastLine - firstLine, ...added);
    }
    const delta = text.length - (to - from);
    if (delta !== 0) for (let i = firstLine + 1 + added.length; i < offsets.length; i++) offsets[i] += delta;
  }

  /** text[from, to) replaced by `inserted`, widening the window over both, or the text made whole again. */
  private replaceText(from: number, to: number, inserted: string): void {
    this.whole = undefined;
    const hasWindow = this.oldEnd > this.start || this.middle.length > 0;
    const windowEnd = this.start + this.middle.length;
    const start = hasWindow ? Math.min(this.start, from) : from;
    const end = hasWindow ? Math.max(windowEnd, to) : to;
    if (end - start - (to - from) + inserted.length > maxWindow) {
      // The line starts stay: they are patched for this change like any other.
      this.rebase(this.textBetween(0, from) + inserted + this.textBetween(to, this.length), true);
      return;
    }
    // The window's end in the base: past the window, the text is the base moved by the window's growth.
    const oldEnd = end - (this.middle.length - (this.oldEnd - this.start));
    this.middle = this.textBetween(start, from) + inserted + this.textBetween(to, end);
    this.start = start;
    this.oldEnd = oldEnd;
  }

  private rebase(text: string, keepLines = false): void {
    this.base = text;
    this.whole = text;
    this.start = 0;
    this.oldEnd = 0;
    this.middle = '';
    if (!keepLines) this.lineOffsets = undefined;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.length), 0);
    const offsets = this.offsets();
    let low = 0;
    let high = offsets.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (offsets[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    return { line, character: this.beforeLineEnd(offset, offsets[line]) - offsets[line] };
  }

  offsetAt(position: Position): number {
    const offsets = this.offsets();
    if (position.line >= offsets.length) return this.length;
    if (position.line < 0) return 0;
    const lineOffset = offsets[position.line];
    if (position.character <= 0) return lineOffset;
    const next = position.line + 1 < offsets.length ? offsets[position.line + 1] : this.length;
    return this.beforeLineEnd(Math.min(lineOffset + position.character, next), lineOffset);
  }

  /** The range of a line without its line end, as TextDocument gives it. */
  getLineRange(line: number): Range {
    const offsets = this.offsets();
    if (line >= offsets.length) {
      const last = offsets.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.length - offsets[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const next = line + 1 < offsets.length ? offsets[line + 1] : this.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeLineEnd(next, offsets[line]) - offsets[line] } };
  }

  /** A line's line end ('\n', '\r\n', '\r' or '' for the last), as TextDocument gives it. */
  getEOLCharacters(line: number): string {
    const offsets = this.offsets();
    if (line >= offsets.length || line < 0) return '';
    const next = line + 1 < offsets.length ? offsets[line + 1] : this.length;
    return this.textBetween(this.beforeLineEnd(next, offsets[line]), next);
  }

  /** An offset inside a line's end ('\r\n') or past it, moved back to the line's last character, as TextDocument does. */
  private beforeLineEnd(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isLineEnd(this.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  /** Where each line starts: after '\n', after a '\r' not followed by '\n', and at 0. */
  private offsets(): number[] {
    if (this.lineOffsets) return this.lineOffsets;
    const text = this.getText();
    const offsets = [0];
    if (!text.includes('\r')) {
      // indexOf runs far faster than a loop over every character of a long log.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) offsets.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === carriageReturn && text.charCodeAt(i + 1) === lineFeed) i++;
        if (c === carriageReturn || c === lineFeed) offsets.push(i + 1);
      }
    }
    this.lineOffsets = offsets;
    return offsets;
  }
}

/** A range's ends in document order (a client may send them reversed). */
function ordered(range: Range): [Position, Position] {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? [end, start] : [start, end];
}
