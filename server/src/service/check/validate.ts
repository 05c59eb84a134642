/** Runs every check over a document and returns the problems in document order. */
import type { Frame, OcppDocument } from '../document/ocppDocument';
import { barePayloadType } from '../document/ocppDocument';
import { inLoggedOrder } from '../document/loggedOrder';
import { isTextFrame } from '../document/textFrames';
import { checkUnansweredCalls } from './exchangeRules';
import { checkLogDirections } from './logDirections';
import { checkLogTimes } from './logTimes';
import type { OcppProblem } from './problems';
import { validateConversation } from './validateConversation';
import { validateFrame } from './validateFrames';
import { describeJsonValue, validateObject } from './validatePayload';

const results = new WeakMap<OcppDocument, readonly OcppProblem[]>();

/**
 * The problems of a parsed document, worked out once per parse: diagnostics, code actions and fix-alls of the
 * same document version all read this one result.
 */
export function validateDocument(doc: OcppDocument): readonly OcppProblem[] {
  let problems = results.get(doc);
  if (!problems) {
    problems = findProblems(doc);
    results.set(doc, problems);
  }
  return problems;
}

function findProblems(doc: OcppDocument): OcppProblem[] {
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
      if (type) validateObject(payload.node, type, doc.catalog, report);
      else if (!payload.action) {
        report({ code: 'unknown-payload', offset: payload.node.offset, length: 1,
          message: 'Cannot tell which OCPP message this payload is, so it is not checked. Name the file after its action (StatusNotification.json, or StatusNotificationResponse.json for a response) or wrap it in a frame: [2, "<uniqueId>", "StatusNotification", {...}].' });
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
  checkUnansweredCalls(doc, report);
  checkLogDirections(doc, report);
  checkLogTimes(doc, report);
  doc.catalog.rules.check(inLoggedOrder(doc), report);
  const frameFindings = (frame: Frame): OcppProblem[] => {
    const found: OcppProblem[] = [];
    const add = (p: OcppProblem) => found.push(p);
    validateFrame(frame, doc.catalog, add);
    if (frame.payloadType && frame.payloadNode?.type === 'object') validateObject(frame.payloadNode, frame.payloadType, doc.catalog, add);
    return found;
  };
  for (const frame of doc.frames) {
    if (frame.clean) continue;
    // A frame read from the text keeps its findings from version to version, while its text is unchanged.
    if (isTextFrame(frame)) for (const problem of frame.findings(frameFindings)) report(problem);
    else for (const problem of frameFindings(frame)) report(problem);
  }
  return problems.sort((a, b) => a.offset - b.offset);
}
