/**
 * The part of a text that a series of edits changed, as one window: what the incremental reading of a
 * conversation (the service's document/textFrames.ts) needs to know. Everything before the window is unchanged,
 * and everything after it is unchanged but shifted.
 */

/** Where an edit changed the text: text[start, newEnd) now stands where the old text had [start, oldEnd). */
export interface EditWindow {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** One edit, in the coordinates of the text it applies to: `deleted` characters at `offset` replaced by `inserted`. */
export interface TextChange {
  readonly offset: number;
  readonly deleted: number;
  readonly inserted: number;
}

/** The window of `window` followed by `change` (in the coordinates of the text after `window`). */
export function widen(window: EditWindow | undefined, change: TextChange): EditWindow {
  const end = change.offset + change.deleted;
  const grown = change.inserted - change.deleted;
  if (!window) return { start: change.offset, oldEnd: end, newEnd: end + grown };
  // Text after the window is the old text shifted by (newEnd - oldEnd): an edit reaching past the window reaches
  // that far past oldEnd in the old text.
  return {
    start: Math.min(window.start, change.offset),
    oldEnd: window.oldEnd + Math.max(0, end - window.newEnd),
    newEnd: Math.max(window.newEnd, end) + grown,
  };
}
