/**
 * The traffic view's rows, as plain strings: the view's script puts them into table cells as text (never as
 * HTML), so a frame's content cannot become markup. Kept apart from `vscode` so that plain Node tests check them.
 */
import type { SessionTrafficParams } from '../../../server/src/lsp/protocol';

export interface TrafficRow {
  readonly seq: number;
  /** HH:MM:SS.mmm, UTC as the engine stamps it. */
  readonly time: string;
  /** → sent by us, ← received. */
  readonly arrow: string;
  readonly identity: string;
  readonly kind: string;
  readonly action: string;
  readonly uniqueId: string;
  /** "valid", "2 errors", "1 warning"; `verdictClass` colours it. */
  readonly verdict: string;
  readonly verdictClass: 'valid' | 'warning' | 'error';
  /** Each problem on a line, for the verdict's tooltip. */
  readonly problems: string;
  /** "42 ms" for an answer. */
  readonly latency: string;
  readonly text: string;
}

const kinds: Record<number, string> = { 2: 'CALL', 3: 'CALLRESULT', 4: 'CALLERROR', 5: 'CALLRESULTERROR', 6: 'SEND' };

export function trafficRow({ entry, identity }: SessionTrafficParams): TrafficRow {
  const errors = entry.problems.filter((p) => p.severity === 'error').length;
  const warnings = entry.problems.filter((p) => p.severity === 'warning').length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return {
    seq: entry.seq,
    time: entry.at.length >= 23 ? entry.at.slice(11, 23) : entry.at,
    arrow: entry.direction === 'sent' ? '→' : '←',
    identity,
    kind: kinds[entry.messageTypeId ?? -1] ?? '?',
    action: entry.action ?? '',
    uniqueId: entry.uniqueId ?? '',
    verdict: errors > 0 ? plural(errors, 'error') : warnings > 0 ? plural(warnings, 'warning') : 'valid',
    verdictClass: errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'valid',
    problems: entry.problems.map((p) => `${p.severity}: ${p.message} (${p.code})`).join('\n'),
    latency: entry.latencyMs === undefined ? '' : `${entry.latencyMs} ms`,
    text: entry.text,
  };
}
