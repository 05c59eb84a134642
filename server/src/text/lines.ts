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
