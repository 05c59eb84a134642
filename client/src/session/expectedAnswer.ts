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
export function expectedAnswerInsertion(documentText: string, frameStart: number, frameEnd: number, answer: string): Insertion {
  const lineStart = documentText.lastIndexOf('\n', frameStart - 1) + 1;
  const indent = /^[ \t]*/.exec(documentText.slice(lineStart, frameStart))?.[0] ?? '';
  const before = documentText.slice(0, frameStart).trimEnd();
  const inArray = before.endsWith('[') || before.endsWith(',');
  if (inArray) return { offset: frameEnd, text: `,\n${indent}${answer}` };
  const lineEnd = documentText.indexOf('\n', frameEnd);
  return { offset: lineEnd < 0 ? documentText.length : lineEnd, text: `\n${answer}` };
}
