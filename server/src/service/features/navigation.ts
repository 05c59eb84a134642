/**
 * Navigation between a CALL and its answers through their shared uniqueId: go to definition on a CALLRESULT's or
 * CALLERROR's id jumps to the CALL it answers; find references on a CALL's id lists the answers.
 *
 * The pairing is the document model's (`Frame.answers`), so navigation, hover and the conversation checks never
 * disagree about which CALL an answer belongs to.
 */
import type { ClientCapabilities } from 'vscode-languageserver-protocol';
import type { Location, LocationLink, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ValueNode } from '../../json/jsonTree';
import { frameAt, type Frame, type OcppDocument } from '../document/ocppDocument';

/** Without capabilities (library users, tests) links are assumed, as from VS Code. */
export function definitionLinkSupport(capabilities?: ClientCapabilities): boolean {
  return capabilities ? capabilities.textDocument?.definition?.linkSupport === true : true;
}

/**
 * The CALL whose uniqueId is at `offset`: the answered CALL from an answer's id, the CALL itself from its own id.
 * VS Code treats a definition that is where the cursor already is as a request for references, so Ctrl+click on a
 * CALL's id lists its answers.
 */
export function findDefinition(doc: OcppDocument, textDocument: TextDocument, offset: number, linkSupport: boolean):
  Location[] | LocationLink[] | null {
  const hit = idAt(doc, offset);
  const call = hit && callOf(hit, doc);
  if (!hit || !call?.uniqueIdNode) return null;
  const target = rangeOf(textDocument, call.uniqueIdNode);
  if (!linkSupport) return [{ uri: textDocument.uri, range: target }];
  return [{
    // The link underlines exactly the id under the cursor.
    originSelectionRange: rangeOf(textDocument, hit.uniqueIdNode!),
    targetUri: textDocument.uri,
    // The whole CALL is the target; its id is what gets selected.
    targetRange: rangeOf(textDocument, call.node),
    targetSelectionRange: target,
  }];
}

/** The answers to the CALL whose id (or whose answer's id) is at `offset`, and the CALL too when asked for. */
export function findReferences(doc: OcppDocument, textDocument: TextDocument, offset: number, includeDeclaration: boolean): Location[] {
  const hit = idAt(doc, offset);
  const call = hit && callOf(hit, doc);
  if (!call) return [];
  const locations: Location[] = [];
  for (const frame of doc.frames) {
    const isWanted = frame === call ? includeDeclaration : frame.answers === call;
    if (isWanted && frame.uniqueIdNode) locations.push({ uri: textDocument.uri, range: rangeOf(textDocument, frame.uniqueIdNode) });
  }
  return locations;
}

/** The frame whose uniqueId string holds `offset` (either edge of the literal counts, as for hover). */
function idAt(doc: OcppDocument, offset: number): Frame | undefined {
  const frame = frameAt(doc, offset);
  const id = frame?.uniqueIdNode;
  if (!id || id.type !== 'string' || offset < id.offset || offset > id.offset + id.length) return undefined;
  return frame;
}

/**
 * A CALL stands for itself; an answer for the CALL it answers (none when its id matches no earlier CALL); a 2.1
 * CALLRESULTERROR for the CALLRESULT it reports on, the last one before it with its id.
 */
function callOf(frame: Frame, doc: OcppDocument): Frame | undefined {
  if (frame.messageType?.answersResult) {
    const index = doc.frames.indexOf(frame);
    for (let i = index - 1; i >= 0; i--) {
      const earlier = doc.frames[i];
      if (earlier.uniqueId === frame.uniqueId && earlier.messageType?.answersCall && earlier.messageType.payloadRole === 'response') return earlier;
    }
    return undefined;
  }
  return frame.messageType?.expectsAnswer ? frame : frame.answers;
}


function rangeOf(textDocument: TextDocument, node: ValueNode): Range {
  return { start: textDocument.positionAt(node.offset), end: textDocument.positionAt(node.offset + node.length) };
}
