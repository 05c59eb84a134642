/**
 * A session's traffic as a log file (`*.ocpp.log`), one line per frame: `<ISO time> [<identity>] SEND <frame>` or
 * `... RECV <frame>`. The checker reads such logs (service/document/jsonLines.ts): the time and the direction word
 * from the text before the frame, the frame from its `[2,` to `[6,` bracket. So the identity, which the other side
 * or the user chose, is written so that it can say neither: no direction mark, no time, no frame start.
 */
import type { TrafficEntry } from './types';

export function transcriptOf(identity: string, traffic: readonly TrafficEntry[]): string {
  const label = `[${identityLabel(identity)}]`;
  return traffic.map((entry) => `${entry.at} ${label} ${entry.direction === 'sent' ? 'SEND' : 'RECV'} ${oneLine(entry.text)}\n`).join('');
}

/**
 * The words a log reader takes for a direction (service/document/jsonLines.ts): the short ones in capitals only,
 * the long ones in any case. An identity may well contain one ("CP-IN-01"); written as is, the line would seem
 * to go both ways and its direction would be lost.
 */
const directionWords = /\b(?:OUT|TX|IN|RX)\b|\b(?:send|sent|sending|outgoing|recv|receive|received|receiving|incoming)\b/gi;
const shortWords = new Set(['OUT', 'TX', 'IN', 'RX']);

/**
 * The identity as the transcript writes it: as is when it is made of letters, digits, `.`, `_` and `-` (CP-001),
 * every other character percent-encoded as in the URL, so no arrow, bracket, colon or space survives to look like a
 * direction, a time or a frame; and a direction word has its first letter encoded (IN becomes %49N).
 */
export function identityLabel(identity: string): string {
  const encoded = [...identity].map((c) => (/^[A-Za-z0-9._-]$/.test(c) ? c : percentEncoded(c))).join('');
  return encoded.replace(directionWords, (word) =>
    (shortWords.has(word.toUpperCase()) && word !== word.toUpperCase() ? word : percentEncoded(word[0]) + word.slice(1)));
}

function percentEncoded(character: string): string {
  return [...Buffer.from(character, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/** A frame received with line breaks in it (pretty-printed) is kept on its one line; JSON allows either. */
function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ');
}
