/**
 * "Insert as expected answer": the live answer of a sent CALL written into the script right after the CALL, so the
 * next run checks the answer against it. Kept apart from `vscode` so that plain Node tests check it.
 */

export interface Insertion {
  readonly offset: number;
  readonly text: string;
}

/**
 * Where and what to insert after the frame that ends at `frameEnd`: in a JSON array of frames, a comma and the
 * answer on a line of its own with the frame's indentation; in JSON Lines or a log, the answer on the next line.
 */
export function expectedAnswerInsertion(documentText: string, frameStart: number, frameEnd: number, wireAnswer: string): Insertion {
  const answer = spaced(wireAnswer);
  const lineStart = documentText.lastIndexOf('\n', frameStart - 1) + 1;
  const indent = /^[ \t]*/.exec(documentText.slice(lineStart, frameStart))?.[0] ?? '';
  const before = documentText.slice(0, frameStart).trimEnd();
  const inArray = before.endsWith('[') || before.endsWith(',');
  if (inArray) return { offset: frameEnd, text: `,\n${indent}${answer}` };
  const lineEnd = documentText.indexOf('\n', frameEnd);
  return { offset: lineEnd < 0 ? documentText.length : lineEnd, text: `\n${answer}` };
}

/**
 * The answer as scripts are written, `[3, "id", {"status": "Accepted"}]`: a space after each comma and colon between
 * tokens. Strings and numbers stay exactly as they went over the wire.
 */
export function spaced(frame: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < frame.length; i++) {
    const c = frame[i];
    out += c;
    if (inString) {
      if (c === '\\' && i + 1 < frame.length) out += frame[++i];
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
    } else if ((c === ',' || c === ':') && frame[i + 1] !== ' ') {
      out += ' ';
    }
  }
  return out;
}
