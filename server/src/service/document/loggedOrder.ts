/**
 * The order of a log's frames in time. The version's rules (statuses, transactions, timestamps) read the frames of a
 * log whose lines go back in time in the order of their times, which is the order the messages went in; the
 * exchange checks (answers after their CALLs) keep the file's order, which is the order one side saw them.
 */
import type { Frame, OcppDocument } from './ocppDocument';

/**
 * The document as the version's rules should read it: a log whose lines go back in time gives its frames in the
 * order of their times (a stable sort, so equal times keep the file's order); a frame on a line without a time
 * keeps its place after the timed frame before it. Any other document is returned as it is.
 */
export function inLoggedOrder(doc: OcppDocument): OcppDocument {
  const times = doc.loggedAt;
  if (!times) return doc;
  // Memoized so the checks and the hover of one version read one view, and the rules' caches per document serve both.
  let view = views.get(doc);
  if (!view) views.set(doc, (view = sortedByTime(doc, times)));
  return view;
}

const views = new WeakMap<OcppDocument, OcppDocument>();

function sortedByTime(doc: OcppDocument, times: NonNullable<OcppDocument['loggedAt']>): OcppDocument {
  const sortKeys = new Map<Frame, number>();
  let current = -Infinity;
  let ordered = true;
  for (const frame of doc.frames) {
    const ms = times.get(frame)?.ms;
    if (ms !== undefined) {
      if (ms < current) ordered = false;
      current = ms;
    }
    sortKeys.set(frame, current);
  }
  if (ordered) return doc;
  const frames = [...doc.frames].sort((a, b) => sortKeys.get(a)! - sortKeys.get(b)!);
  return { ...doc, frames };
}
