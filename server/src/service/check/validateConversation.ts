/**
 * Checks that need the whole conversation, for every OCPP version: answers must follow the CALL they answer
 * (OCPP-J §4.1.4: the uniqueId ties them together), and a CALL's uniqueId must not be reused for another CALL
 * in the same file.
 */
import { hasMessageType } from '../../ocpp/catalog';
import type { OcppDocument } from '../document/ocppDocument';
import type { Report } from './validatePayload';

export function validateConversation(doc: OcppDocument, report: Report): void {
  if (doc.shape !== 'conversation') return;
  const callIds = new Set<string>();
  for (const frame of doc.frames) {
    const type = frame.messageType;
    if (frame.uniqueId === undefined || !type || !hasMessageType(doc.catalog, type)) continue;
    // A string uniqueId has a node; asking for it may build the frame's tree, so only findings do.
    if (type.expectsAnswer) {
      if (callIds.has(frame.uniqueId)) {
        report({ code: 'duplicate-unique-id', offset: frame.uniqueIdNode!.offset, length: frame.uniqueIdNode!.length,
          message: `An earlier CALL in this file already uses the uniqueId "${frame.uniqueId}"; answers would be ambiguous. Give this CALL an id of its own.`,
          data: { uniqueId: frame.uniqueId } });
      }
      callIds.add(frame.uniqueId);
    } else if (type.answersCall && !frame.answers) {
      const unchecked = type.payloadRole === 'response' ? ' and its payload is not checked' : '';
      report({ code: 'unmatched-response', offset: frame.uniqueIdNode!.offset, length: frame.uniqueIdNode!.length,
        message: `No earlier CALL in this file has the uniqueId "${frame.uniqueId}", so this ${type.name} answers nothing${unchecked}. Use the id of the CALL it answers.`,
        data: { uniqueId: frame.uniqueId } });
    }
  }
}
