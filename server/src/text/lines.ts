import type { OcppDocument } from '../service/document/ocppDocument';

const lineStartsCache = new WeakMap<OcppDocument, number[]>();

/**
 * 1-based line of an offset, as people read it in messages and hovers. The line starts are found once per
 * document, so a file with many findings does not rescan its text for each.
 */
export function lineAt(doc: OcppDocument, offset: number): number {
  let starts = lineStartsCache.get(doc);
  if (!starts) {
    starts = [0];
    // indexOf runs far faster than a loop over every character of a long log.
    const text = doc.text;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    lineStartsCache.set(doc, starts);
  }
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
