/**
 * A file checked as one version (because the user set it) whose content clearly belongs to another: checked
 * against the wrong catalog it would get a wall of false errors, so it gets its syntax problems and one note
 * instead, on the clue that gave it away, saying which version it looks like and how to set that.
 */
import { messageTypes } from '../../ocpp/frames';
import type { OcppDocument } from '../document/ocppDocument';
import type { VersionChoice } from '../document/versionChoice';
import type { OcppProblem } from './problems';

export function versionMismatchProblems(doc: OcppDocument, choice: VersionChoice): OcppProblem[] | undefined {
  const detected = choice.detected;
  // Clearly another version: the content has clues for it and none for the version set.
  if (!choice.explicit || !detected || detected.catalog === choice.catalog || detected.withClues.includes(choice.catalog)) return undefined;
  const other = detected.catalog;
  const anchor = clueAnchor(doc, detected.clue);
  const note: OcppProblem = {
    code: 'version-mismatch', ...anchor,
    message: `This file looks like ${other.displayName} (it has ${detected.clue}), but it is checked as ${choice.catalog.displayName}, ` +
      `as ${choice.reason} says. Set the version to "${other.version}" there (or "auto" to let the content decide). ` +
      'Until then only its JSON syntax is checked.',
    data: { version: other.version },
  };
  return [...doc.tree.problems.map((p) => ({ ...p })), note].sort((a, b) => a.offset - b.offset);
}

/**
 * The clue's first appearance: a frame type's (SEND, CALLRESULTERROR) is the MessageTypeId of the first frame of
 * that type, any other clue its first appearance as a JSON string; failing both, the first frame's (or the
 * document's) opening bracket.
 */
function clueAnchor(doc: OcppDocument, clue: string): { offset: number; length: number } {
  const frameType = messageTypes.find((t) => t.name === clue);
  if (frameType) {
    for (const frame of doc.frames) {
      const first = frame.node.items[0];
      if (first?.type === 'number' && first.value === frameType.id) return { offset: first.offset, length: first.length };
    }
  }
  const at = doc.text.indexOf(`"${clue}"`);
  if (at >= 0) return { offset: at, length: clue.length + 2 };
  const first = doc.frames[0]?.node ?? doc.tree.root;
  return { offset: first?.offset ?? 0, length: first ? 1 : 0 };
}
