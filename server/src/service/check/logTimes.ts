/**
 * A log's lines in time order. A frame logged earlier than the one on a line before it (logs merged from two
 * sources, a buffered writer) is worth knowing: information, on the line's date and time. The version's rules
 * then read the frames in the order of their times (loggedOrder.ts).
 */
import { lineAt } from '../../text/lines';
import type { OcppDocument } from '../document/ocppDocument';
import type { Report } from './validatePayload';

export function checkLogTimes(doc: OcppDocument, report: Report): void {
  const times = doc.loggedAt;
  if (!times) return;
  let latest: { readonly text: string; readonly ms: number; readonly offset: number } | undefined;
  for (const frame of doc.frames) {
    const time = times.get(frame);
    if (!time) continue;
    if (latest && time.ms < latest.ms) {
      report({ code: 'log-time-backwards', offset: time.offset, length: time.length,
        message: `Logged at ${time.text}, earlier than the frame on line ${lineAt(doc, latest.offset)} (${latest.text}): the lines are not in the order ` +
          'the messages went. The status, transaction and timestamp rules read the frames in the order of their times; sort the log by time if it was merged from several sources.',
        data: { time: time.text, previousTime: latest.text } });
    } else {
      latest = time;
    }
  }
}
