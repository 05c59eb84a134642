/**
 * Frame-level checks (OCPP-J 1.6 §4): the array's shape, MessageTypeId, uniqueId, action name, payload type
 * and, for CALLERROR, the error code and description.
 */
import { frameShape, maxUniqueIdLength, messageTypes } from '../../ocpp/frames';
import { actions, CallErrorCode, callErrorCodeRenamedInLaterVersions } from '../../ocpp/v16';
import { closestName } from '../../text/closest';
import type { ArrayNode, ValueNode } from '../../json/jsonTree';
import type { Frame } from '../document/ocppDocument';
import type { Report } from './validatePayload';
import { characterCount, describeJsonValue } from './validatePayload';

const ocpp16Types = messageTypes.filter((t) => !t.onlyIn);
const ocpp16TypeList = ocpp16Types.map((t) => `${t.id} (${t.name})`).join(', ');
const actionNames = actions.map((a) => a.name);
const callErrorCodes = CallErrorCode.values.map((v) => v.name);

export function validateFrame(frame: Frame, report: Report): void {
  const { node, messageTypeNode, messageType } = frame;
  if (!messageTypeNode) {
    report({ code: 'frame-length', offset: node.offset, length: node.length,
      message: `An empty frame. An OCPP-J frame starts with its MessageTypeId, e.g. [2, "<uniqueId>", "<Action>", {}].` });
    return;
  }
  if (!messageType || messageType.onlyIn) {
    const found = messageTypeNode.type === 'number' ? messageTypeNode.raw : describeJsonValue(messageTypeNode);
    const why = messageType?.onlyIn ? `${messageType.id} (${messageType.name}) exists only in ${messageType.onlyIn}` : `${found} is not a MessageTypeId`;
    report({ code: 'message-type-id', offset: messageTypeNode.offset, length: messageTypeNode.length,
      message: `${why}. An OCPP 1.6 frame starts with ${ocpp16TypeList}, written as a number.` });
    return;
  }

  checkLength(node, messageType.elements.length, messageType.name, frameShape(messageType), report);
  checkUniqueId(frame.uniqueIdNode, report);

  if (messageType.name === 'CALL') {
    checkAction(frame.actionNode, report);
    checkIsObject(frame.payloadNode, 'The payload', report);
  } else if (messageType.name === 'CALLRESULT') {
    checkIsObject(frame.payloadNode, 'The payload', report);
  } else if (messageType.name === 'CALLERROR') {
    checkCallErrorCode(node.items[2], report);
    const description = node.items[3];
    if (description && description.type !== 'string') {
      report({ code: 'call-error-description-type', offset: description.offset, length: description.length,
        message: `errorDescription must be a string (use "" when there is nothing to say), but this is ${describeJsonValue(description)}.` });
    }
    checkIsObject(frame.payloadNode, 'errorDetails', report);
  }
}

function checkLength(node: ArrayNode, expected: number, name: string, shape: string, report: Report) {
  const actual = node.items.length;
  if (actual === expected) return;
  if (actual > expected) {
    const first = node.items[expected];
    const last = node.items[actual - 1];
    report({ code: 'frame-length', offset: first.offset, length: last.offset + last.length - first.offset,
      message: `A ${name} has ${expected} elements, ${shape}, but this one has ${actual}. Remove the extra ${actual - expected === 1 ? 'element' : 'elements'}.` });
  } else {
    // Point at the closing bracket, where the missing elements belong.
    const closing = node.offset + node.length - 1;
    report({ code: 'frame-length', offset: closing, length: 1,
      message: `A ${name} has ${expected} elements, ${shape}, but this one has ${actual}.` });
  }
}

function checkUniqueId(node: ValueNode | undefined, report: Report) {
  if (!node) return;
  if (node.type !== 'string') {
    report({ code: 'unique-id-type', offset: node.offset, length: node.length,
      message: `The uniqueId must be a string of at most ${maxUniqueIdLength} characters, but this is ${describeJsonValue(node)}.` });
  } else if (characterCount(node.value) > maxUniqueIdLength) {
    report({ code: 'unique-id-length', offset: node.offset, length: node.length,
      message: `The uniqueId is ${characterCount(node.value)} characters long; OCPP-J allows at most ${maxUniqueIdLength} (a UUID fits).` });
  }
}

function checkAction(node: ValueNode | undefined, report: Report) {
  if (!node) return;
  if (node.type !== 'string') {
    report({ code: 'action-type', offset: node.offset, length: node.length,
      message: `The third element of a CALL is the action name, a string such as "StatusNotification", but this is ${describeJsonValue(node)}.` });
    return;
  }
  if (actionNames.includes(node.value)) return;
  const closest = closestName(node.value, actionNames);
  report({ code: 'unknown-action', offset: node.offset, length: node.length,
    message: `"${node.value}" is not an OCPP 1.6 action.${closest ? ` Did you mean "${closest}"? (Action names are case-sensitive.)` : ''}`,
    data: { replacements: closest ? [closest] : [] } });
}

function checkIsObject(node: ValueNode | undefined, what: string, report: Report) {
  if (!node || node.type === 'object') return;
  report({ code: 'payload-type', offset: node.offset, length: node.length,
    message: `${what} must be a JSON object ({} when empty), but this is ${describeJsonValue(node)}.` });
}

function checkCallErrorCode(node: ValueNode | undefined, report: Report) {
  if (!node) return;
  if (node.type !== 'string') {
    report({ code: 'call-error-code', offset: node.offset, length: node.length,
      message: `The third element of a CALLERROR is its error code, a string such as "GenericError", but this is ${describeJsonValue(node)}.` });
    return;
  }
  if (callErrorCodes.includes(node.value)) return;
  const renamed = callErrorCodeRenamedInLaterVersions[node.value];
  const closest = renamed ?? closestName(node.value, callErrorCodes);
  const message = renamed
    ? `"${node.value}" is the OCPP 2.x spelling; OCPP-J 1.6 calls this error "${renamed}" (the 1.6 spelling is kept on purpose).`
    : `"${node.value}" is not an OCPP-J 1.6 error code.${closest ? ` Did you mean "${closest}"?` : ''} Valid codes: ${callErrorCodes.join(', ')}.`;
  report({ code: 'call-error-code', offset: node.offset, length: node.length, message,
    data: { replacements: closest ? [closest] : [] } });
}
