/**
 * Frame-level checks (OCPP-J §4): the array's shape, MessageTypeId, uniqueId, action name, payload type and, for
 * CALLERROR, the error code and description. The frame's layout comes from OCPP-J's table (ocpp/frames.ts), the
 * names it may hold from the document's catalog.
 */
import type { ArrayNode, ValueNode } from '../../json/jsonTree';
import { hasMessageType, isSentAs, type Catalog } from '../../ocpp/catalog';
import { enumerationNamesOf } from '../../ocpp/fits';
import { frameShape, maxUniqueIdLength, type MessageType } from '../../ocpp/frames';
import { closestName } from '../../text/closest';
import { characterCount, longerThan } from '../../text/words';
import type { Frame } from '../document/ocppDocument';
import type { OcppProblem } from './problems';
import type { Report } from './validatePayload';
import { describeJsonValue } from './validatePayload';

const actionNames = new WeakMap<Catalog, readonly string[]>();

/** A catalog's action names, listed once: every unknown action is compared with all of them. */
function actionNamesOf(catalog: Catalog): readonly string[] {
  let names = actionNames.get(catalog);
  if (!names) {
    names = catalog.actions.map((a) => a.name);
    actionNames.set(catalog, names);
  }
  return names;
}

export function validateFrame(frame: Frame, catalog: Catalog, report: Report): void {
  const { node, messageTypeNode, messageType } = frame;
  if (!messageTypeNode) {
    report({ code: 'frame-length', offset: node.offset, length: node.length,
      message: `An empty frame. An OCPP-J frame starts with its MessageTypeId, e.g. [2, "<uniqueId>", "<Action>", {}].` });
    return;
  }
  if (!messageType || !hasMessageType(catalog, messageType)) {
    // Nothing else is checked: without its type, what the other elements should be is unknown.
    report(messageTypeProblem(messageTypeNode, messageType, catalog));
    return;
  }

  checkLength(node, messageType, report);
  checkUniqueId(frame.uniqueIdNode, report);

  if (messageType.actionIndex !== undefined) checkAction(frame.actionNode, catalog, report);
  if (messageType.actionIndex !== undefined && frame.action) checkSentAs(frame, catalog, report);
  if (messageType.errorCodeIndex !== undefined) checkCallErrorCode(node.items[messageType.errorCodeIndex], catalog, report);
  const description = messageType.errorDescriptionIndex === undefined ? undefined : node.items[messageType.errorDescriptionIndex];
  if (description && description.type !== 'string') {
    report({ code: 'call-error-description-type', offset: description.offset, length: description.length,
      message: `errorDescription must be a string (use "" when there is nothing to say), but this is ${describeJsonValue(description)}.` });
  } else if (description && catalog.maxErrorDescriptionLength !== undefined && longerThan(description.value, catalog.maxErrorDescriptionLength)) {
    report({ code: 'call-error-description-length', offset: description.offset, length: description.length,
      message: `errorDescription is ${characterCount(description.value)} characters long; ${catalog.transportName} allows at most ${catalog.maxErrorDescriptionLength}. Shorten it.` });
  }
  checkIsObject(frame.payloadNode, messageType, report);
}

/** The finding on a MessageTypeId the version does not have (`messageType`: the one it is in another version). */
export function messageTypeProblem(node: ValueNode, messageType: MessageType | undefined, catalog: Catalog): OcppProblem {
  const found = node.type === 'number' ? node.raw : describeJsonValue(node);
  const why = messageType ? `${messageType.id} (${messageType.name}) exists only in ${messageType.onlyIn}` : `${found} is not a MessageTypeId`;
  const valid = catalog.messageTypes.map((t) => `${t.id} (${t.name})`).join(', ');
  return { code: 'message-type-id', offset: node.offset, length: node.length,
    message: `${why}. An ${catalog.displayName} frame starts with ${valid}, written as a number.` };
}

function checkLength(node: ArrayNode, messageType: MessageType, report: Report) {
  const actual = node.items.length;
  const expected = messageType.elements.length;
  if (actual === expected) return;
  if (actual > expected) {
    const first = node.items[expected];
    const last = node.items[actual - 1];
    report(frameLengthProblem(messageType, actual, first.offset, last.offset + last.length - first.offset));
  } else {
    // Point at the closing bracket, where the missing elements belong.
    report(frameLengthProblem(messageType, actual, node.offset + node.length - 1, 1));
  }
}

/** A frame of `count` elements, not its type's number: at the extra elements, or at the closing bracket. */
export function frameLengthProblem(messageType: MessageType, count: number, offset: number, length: number): OcppProblem {
  const { name } = messageType;
  const expected = messageType.elements.length;
  const shape = frameShape(messageType);
  const extra = count - expected;
  return { code: 'frame-length', offset, length, message: extra > 0
    ? `A ${name} has ${expected} elements, ${shape}, but this one has ${count}. Remove the extra ${extra === 1 ? 'element' : 'elements'}.`
    : `A ${name} has ${expected} elements, ${shape}, but this one has ${count}.` };
}

export function checkUniqueId(node: ValueNode | undefined, report: Report): void {
  if (!node) return;
  if (node.type !== 'string') {
    report({ code: 'unique-id-type', offset: node.offset, length: node.length,
      message: `The uniqueId must be a string of at most ${maxUniqueIdLength} characters, but this is ${describeJsonValue(node)}.` });
  } else if (longerThan(node.value, maxUniqueIdLength)) {
    report({ code: 'unique-id-length', offset: node.offset, length: node.length,
      message: `The uniqueId is ${characterCount(node.value)} characters long; OCPP-J allows at most ${maxUniqueIdLength} (a UUID fits).` });
  }
}

export function checkAction(node: ValueNode | undefined, catalog: Catalog, report: Report): void {
  if (!node) return;
  if (node.type !== 'string') {
    report({ code: 'action-type', offset: node.offset, length: node.length,
      message: `The third element of a CALL is the action name, a string such as "StatusNotification", but this is ${describeJsonValue(node)}.` });
    return;
  }
  if (catalog.actionsByName.has(node.value)) return;
  const counterpart = Object.hasOwn(catalog.otherVersionsActions, node.value) ? catalog.otherVersionsActions[node.value] : undefined;
  if (counterpart) {
    report({ code: 'unknown-action', offset: node.offset, length: node.length,
      message: `"${node.value}" is an ${counterpart.from} action, not an ${catalog.displayName} one. ${counterpart.explanation}`,
      // A renamed action is offered as a fix; one whose job moved elsewhere (StartTransaction) is not.
      data: { replacements: counterpart.renamed ? [...counterpart.instead] : [] } });
    return;
  }
  const closest = closestName(node.value, actionNamesOf(catalog));
  report({ code: 'unknown-action', offset: node.offset, length: node.length,
    message: `"${node.value}" is not an ${catalog.displayName} action.${closest ? ` Did you mean "${closest}"? (Action names are case-sensitive.)` : ''}`,
    data: { replacements: closest ? [closest] : [] } });
}

/**
 * In a version with SEND (2.1), an action without a response is sent only as a SEND (N15.FR.01 for
 * NotifyPeriodicEventStream), and one with a response as a CALL, whose answer it expects.
 */
function checkSentAs(frame: Frame, catalog: Catalog, report: Report) {
  const { action, messageType, messageTypeNode } = frame;
  if (!action || !messageType || !messageTypeNode) return;
  if (isSentAs(catalog, messageType, action)) return;
  const send = catalog.messageTypes.find((t) => t.actionIndex !== undefined && !t.expectsAnswer);
  const call = catalog.messageTypes.find((t) => t.actionIndex !== undefined && t.expectsAnswer);
  if (!send || !call) return;
  const at = { offset: messageTypeNode.offset, length: messageTypeNode.length };
  if (messageType.expectsAnswer && !action.response) {
    report({ code: 'send-only-action', ...at,
      message: `${action.name} has no response in ${catalog.displayName}: it is sent as a ${send.name}, [${send.id}, "<uniqueId>", "${action.name}", {...}], never as a ${call.name} (N15.FR.01).` });
  } else if (!messageType.expectsAnswer && action.response) {
    report({ code: 'call-only-action', ...at,
      message: `${action.name} has a response (${catalog.messageName(action, 'response')}), so it is sent as a ${call.name} [${call.id}, ...] and answered; a ${send.name} gets no answer.` });
  }
}

export function checkIsObject(node: ValueNode | undefined, messageType: MessageType, report: Report): void {
  if (!node || node.type === 'object') return;
  const what = messageType.payloadRole === 'errorDetails' ? 'errorDetails' : 'The payload';
  report({ code: 'payload-type', offset: node.offset, length: node.length,
    message: `${what} must be a JSON object ({} when empty), but this is ${describeJsonValue(node)}.` });
}

export function checkCallErrorCode(node: ValueNode | undefined, catalog: Catalog, report: Report): void {
  if (!node) return;
  if (node.type !== 'string') {
    report({ code: 'call-error-code', offset: node.offset, length: node.length,
      message: `The third element of a CALLERROR is its error code, a string such as "GenericError", but this is ${describeJsonValue(node)}.` });
    return;
  }
  const { names, known } = enumerationNamesOf(catalog.callErrorCodes);
  if (known.has(node.value)) return;
  const renamed = Object.hasOwn(catalog.callErrorCodeSpellings, node.value) ? catalog.callErrorCodeSpellings[node.value] : undefined;
  const closest = renamed?.code ?? closestName(node.value, names);
  const message = renamed
    ? `"${node.value}" ${renamed.explanation}`
    : `"${node.value}" is not an ${catalog.transportName} error code.${closest ? ` Did you mean "${closest}"?` : ''} Valid codes: ${names.join(', ')}.`;
  report({ code: 'call-error-code', offset: node.offset, length: node.length, message,
    data: { replacements: closest ? [closest] : [] } });
}
