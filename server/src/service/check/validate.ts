/** Runs every check over a document and returns the problems in document order. */
import { barePayloadType, payloadTypeOf, type Frame, type OcppDocument } from '../document/ocppDocument';
import { isTextFrame } from '../document/textFrames';
import type { OcppProblem } from './problems';
import { checkConversationRules } from './conversationRules';
import { validateConversation } from './validateConversation';
import { validateFrame } from './validateFrames';
import { validateObject, describeJsonValue } from './validatePayload';

/** validateFrame's and validateObject's findings for one frame. */
function frameFindings(frame: Frame): OcppProblem[] {
  const problems: OcppProblem[] = [];
  const report = (p: OcppProblem) => problems.push(p);
  validateFrame(frame, report);
  const type = payloadTypeOf(frame);
  if (type && frame.payloadNode?.type === 'object') validateObject(frame.payloadNode, type, report);
  return problems;
}

export function validateDocument(doc: OcppDocument): OcppProblem[] {
  const problems: OcppProblem[] = doc.tree.problems.map((p) => ({ ...p }));
  const report = (p: OcppProblem) => problems.push(p);
  const root = doc.tree.root;

  switch (doc.shape) {
    case 'other':
      if (root) {
        report({ code: 'document-shape', offset: root.offset, length: root.length,
          message: `An OCPP document is a frame such as [2, "<uniqueId>", "<Action>", {...}], an array of frames, or a payload object, but this is ${describeJsonValue(root)}.` });
      }
      break;
    case 'payload': {
      const payload = doc.payload!;
      const type = barePayloadType(payload);
      if (type) validateObject(payload.node, type, report);
      else if (!payload.action) {
        report({ code: 'unknown-payload', offset: payload.node.offset, length: 1,
          message: 'Cannot tell which OCPP message this payload is, so it is not checked. Name the file after its action (StatusNotification.json, StatusNotification.conf.json) or wrap it in a frame: [2, "<uniqueId>", "StatusNotification", {...}].' });
      }
      break;
    }
    case 'conversation':
      // A conversation read frame by frame (doc.layout) holds only frame arrays; its root's items would be every tree.
      for (const item of root!.type === 'array' && !doc.layout ? root!.items : []) {
        if (item.type !== 'array') {
          report({ code: 'frame-not-array', offset: item.offset, length: item.length,
            message: `Each item of a conversation is a frame array such as [2, "<uniqueId>", "<Action>", {...}], but this is ${describeJsonValue(item)}.` });
        }
      }
      break;
  }

  validateConversation(doc, report);
  checkConversationRules(doc, report);
  for (const frame of doc.frames) {
    if (frame.clean) continue;
    // A frame read from the text keeps its findings from version to version, while its text is unchanged.
    if (isTextFrame(frame)) for (const problem of frame.findings(frameFindings)) report(problem);
    else for (const problem of frameFindings(frame)) report(problem);
  }
  return problems.sort((a, b) => a.offset - b.offset);
}
