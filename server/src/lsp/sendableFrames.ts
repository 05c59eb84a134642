/**
 * The frames of a document one side may send on a live session: its CALLs and (OCPP 2.1) SENDs, each with its
 * range, id, action and the side that sends it by the catalog's direction. The session lenses, `ocpp/session/frames`
 * and a script run all read them from here.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../service';
import { senderOfFrame } from '../service/document/ocppDocument';
import type { Role } from '../session/types';
import type { SendableFrame } from './protocol';

const roleOfSide = { ChargePoint: 'station', CentralSystem: 'csms' } as const;

/** The CALLs and SENDs of the document, in file order. Markdown's code blocks are for reading: none there. */
export function sendableFrames(service: LanguageService, document: TextDocument): SendableFrame[] {
  if (document.languageId === 'markdown') return [];
  const parsed = service.parseDocument(document);
  const frames: SendableFrame[] = [];
  const answered = new Set(parsed.frames.map((frame) => frame.answers).filter((call) => call !== undefined));
  for (const frame of parsed.frames) {
    // CALL and SEND are the frame types that carry an action.
    if (frame.messageType?.actionIndex === undefined) continue;
    const side = senderOfFrame(parsed, frame);
    // An action the catalog lacks is still sent (a negative test): its name as written.
    const action = frame.action?.name ?? (frame.actionNode?.type === 'string' ? frame.actionNode.value : undefined);
    frames.push({
      range: { start: document.positionAt(frame.offset), end: document.positionAt(frame.offset + frame.length) },
      messageTypeId: frame.messageType.id,
      ...(frame.uniqueId === undefined ? {} : { uniqueId: frame.uniqueId }),
      ...(action === undefined ? {} : { action }),
      ...(side ? { sender: roleOfSide[side] } : {}),
      ...(answered.has(frame) ? { answered: true } : {}),
    });
  }
  return frames;
}

/** Whether `role` may send the frame: the catalog's sender, or either side where the direction does not say. */
export function sentBy(frame: SendableFrame, role: Role): boolean {
  return frame.sender === undefined || frame.sender === role;
}

/**
 * The frame's text without the whitespace between its tokens, so a frame written over several lines goes as one
 * line; what is inside strings, and every number as written, is kept (a malformed frame is sent as it is).
 */
export function compactFrame(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\' && i + 1 < text.length) out += text[++i];
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') {
      out += c;
    }
  }
  return out;
}
