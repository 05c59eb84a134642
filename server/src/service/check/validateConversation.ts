/**
 * Checks that need the whole conversation, for every OCPP version: answers must follow the CALL they answer
 * (OCPP-J §4.1.4: the uniqueId ties them together), a CALL's (or 2.1 SEND's) uniqueId must not be reused for
 * another in the same file, nothing answers a SEND, and a CALLRESULTERROR names an earlier CALLRESULT.
 */
import { hasMessageType } from '../../ocpp/catalog';
import type { OcppDocument } from '../document/ocppDocument';
import type { Report } from './validatePayload';

export function validateConversation(doc: OcppDocument, report: Report): void {
  if (doc.shape !== 'conversation') return;
  // The kind of the earlier CALL or SEND (2.1) with each id, and the ids CALLRESULTs have answered.
  const requests = new Map<string, string>();
  const results = new Set<string>();
  for (const frame of doc.frames) {
    const type = frame.messageType;
    const id = frame.uniqueId;
    if (id === undefined || !type || !hasMessageType(doc.catalog, type)) continue;
    // A string uniqueId has a node; asking for it may build the frame's tree, so only findings do.
    const at = () => ({ offset: frame.uniqueIdNode!.offset, length: frame.uniqueIdNode!.length });
    if (type.actionIndex !== undefined) {
      const earlier = requests.get(id);
      if (earlier) {
        report({ code: 'duplicate-unique-id', ...at(),
          message: `An earlier ${earlier} in this file already uses the uniqueId "${id}"; answers would be ambiguous. Give this ${type.name} an id of its own.`,
          data: { uniqueId: id } });
      }
      if (!earlier) requests.set(id, type.name);
    } else if (type.answersCall && frame.answers) {
      if (type.payloadRole === 'response') results.add(id);
    } else if (type.answersCall && requests.get(id) === 'SEND') {
      // OCPP-J 2.1 §4.1.3, P2-21 FR.07: a SEND is never answered.
      report({ code: 'answer-to-send', ...at(),
        message: `"${id}" is the id of a SEND, which expects no answer: its receiver must not send a ${type.name} (OCPP-J 2.1 §4.1.3; FR.07). Remove this frame.`,
        data: { uniqueId: id } });
    } else if (type.answersCall) {
      const unchecked = type.payloadRole === 'response' ? ' and its payload is not checked' : '';
      report({ code: 'unmatched-response', ...at(),
        message: `No earlier CALL in this file has the uniqueId "${id}", so this ${type.name} answers nothing${unchecked}. Use the id of the CALL it answers.`,
        data: { uniqueId: id } });
    } else if (type.answersResult && !results.has(id)) {
      report({ code: 'unmatched-response', ...at(),
        message: `No earlier CALLRESULT in this file has the uniqueId "${id}", so this ${type.name} reports on nothing. Use the id of the CALLRESULT it could not process.`,
        data: { uniqueId: id } });
    }
  }
}
