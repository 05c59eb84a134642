/** Line numbers as people read them in messages and hovers. */
import { lastIndexWhere } from './search';

const lineStartsCache = new WeakMap<object, number[]>();

/**
 * 1-based line of an offset in `holder.text`. The line starts are found once per holder (a parsed document), so
 * a file with many findings does not rescan its text for each.
 */
export function lineAt(holder: { readonly text: string }, offset: number): number {
  let starts = lineStartsCache.get(holder);
  if (!starts) {
    starts = [0];
    // indexOf runs far faster than a loop over every character of a long log.
    const text = holder.text;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    lineStartsCache.set(holder, starts);
  }
  return lastIndexWhere(starts, (start) => start <= offset) + 1;
}

/**
 * Gives `to`, the text of `from` after one edit (text[start, oldEnd) of the old text replaced by [start, newEnd) of
 * the new), the line starts `from` has worked out, moved: those before the edit kept, those inside it found
 * again, those after it shifted. Nothing happens when `from` has none.
 */
export function carryLineStarts(from: { readonly text: string }, to: { readonly text: string },
  edit: { readonly start: number; readonly oldEnd: number; readonly newEnd: number }): void {
  const starts = lineStartsCache.get(from);
  if (!starts) return;
  const delta = edit.newEnd - edit.oldEnd;
  // A line starts after each '\n': those at or before the edit's start stay, those after its old end move.
  const kept = lastIndexWhere(starts, (start) => start <= edit.start) + 1;
  const moved = starts.slice(0, kept);
  const text = to.text;
  for (let i = text.indexOf('\n', edit.start); i >= 0 && i < edit.newEnd; i = text.indexOf('\n', i + 1)) moved.push(i + 1);
  for (let i = kept; i < starts.length; i++) if (starts[i] > edit.oldEnd) moved.push(starts[i] + delta);
  lineStartsCache.set(to, moved);
}
