/**
 * OCPP-J's frames: the one table of every MessageTypeId, how its frame is laid out and how it is read. The
 * tree reader, the value reader, the quick check, the validator and the features all read a frame through
 * this table; a catalog says which of these types its version has (`Catalog.messageTypes`).
 */

/** What the payload element of a frame holds, and so what it is checked against. */
export type PayloadRole = 'request' | 'response' | 'errorDetails';

export interface MessageType {
  readonly id: number;
  readonly name: string;
  /** The frame's elements, e.g. ['MessageTypeId', 'UniqueId', 'Action', 'Payload']. */
  readonly elements: readonly string[];
  readonly doc: string;
  /** Where the action name is (CALL and SEND). */
  readonly actionIndex?: number;
  /** Where the error code and its description are (CALLERROR and CALLRESULTERROR). */
  readonly errorCodeIndex?: number;
  readonly errorDescriptionIndex?: number;
  /** Where the payload object is: the request, the response, or an error's details. */
  readonly payloadIndex: number;
  readonly payloadRole: PayloadRole;
  /** True for the frames that answer the earlier CALL with the same id (CALLRESULT, CALLERROR). */
  readonly answersCall: boolean;
  /** True for the frames their receiver must answer (a CALL; a SEND expects nothing). */
  readonly expectsAnswer: boolean;
  /** True for the frame that reports a CALLRESULT it could not process, by that CALLRESULT's id (CALLRESULTERROR). */
  readonly answersResult?: boolean;
  /** The OCPP version that introduced this type, when OCPP 1.6 does not have it. */
  readonly onlyIn?: string;
}

/**
 * Every type with every property, in one order, absent ones undefined: the readers ask these objects for their
 * layout once per frame of a log, and objects of one shape keep those reads fast.
 */
const messageType = (type: MessageType): MessageType => ({
  id: type.id, name: type.name, elements: type.elements, doc: type.doc, actionIndex: type.actionIndex,
  errorCodeIndex: type.errorCodeIndex, errorDescriptionIndex: type.errorDescriptionIndex, payloadIndex: type.payloadIndex,
  payloadRole: type.payloadRole, answersCall: type.answersCall, expectsAnswer: type.expectsAnswer,
  answersResult: type.answersResult ?? false, onlyIn: type.onlyIn,
});

export const messageTypes: readonly MessageType[] = [
  messageType({ id: 2, name: 'CALL', elements: ['MessageTypeId', 'UniqueId', 'Action', 'Payload'],
    doc: 'A request. The receiver must answer with a CALLRESULT or a CALLERROR carrying the same uniqueId.',
    actionIndex: 2, payloadIndex: 3, payloadRole: 'request', answersCall: false, expectsAnswer: true }),
  messageType({ id: 3, name: 'CALLRESULT', elements: ['MessageTypeId', 'UniqueId', 'Payload'],
    doc: 'A successful answer to the CALL with the same uniqueId; its payload is that action\'s response.',
    payloadIndex: 2, payloadRole: 'response', answersCall: true, expectsAnswer: false }),
  messageType({ id: 4, name: 'CALLERROR', elements: ['MessageTypeId', 'UniqueId', 'ErrorCode', 'ErrorDescription', 'ErrorDetails'],
    doc: 'A failed answer to the CALL with the same uniqueId: an error code, a description (may be "") and a details object (may be {}).',
    errorCodeIndex: 2, errorDescriptionIndex: 3, payloadIndex: 4, payloadRole: 'errorDetails', answersCall: true, expectsAnswer: false }),
  messageType({ id: 5, name: 'CALLRESULTERROR', elements: ['MessageTypeId', 'UniqueId', 'ErrorCode', 'ErrorDescription', 'ErrorDetails'],
    doc: 'Reports that a CALLRESULT could not be processed; it carries that CALLRESULT\'s uniqueId.',
    errorCodeIndex: 2, errorDescriptionIndex: 3, payloadIndex: 4, payloadRole: 'errorDetails', answersCall: false, expectsAnswer: false,
    answersResult: true, onlyIn: 'OCPP 2.1' }),
  messageType({ id: 6, name: 'SEND', elements: ['MessageTypeId', 'UniqueId', 'Action', 'Payload'],
    doc: 'A message that expects no answer.',
    actionIndex: 2, payloadIndex: 3, payloadRole: 'request', answersCall: false, expectsAnswer: false, onlyIn: 'OCPP 2.1' }),
];

export const messageTypeById: ReadonlyMap<number, MessageType> = new Map(messageTypes.map((t) => [t.id, t]));

/** The message type a frame's first element names, when it is a number OCPP-J knows. */
export function messageTypeOf(first: unknown): MessageType | undefined {
  return typeof first === 'number' ? messageTypeById.get(first) : undefined;
}

/** The type called `name` ('CALL', 'CALLRESULT', ...): snippets and completion write frames by kind. */
export function messageTypeNamed(name: string): MessageType {
  const type = messageTypes.find((t) => t.name === name);
  if (!type) throw new Error(`OCPP-J has no message type ${name}`);
  return type;
}

/** OCPP-J 1.6 §4.1.4 (Table 3): a uniqueId is a string of at most 36 characters. */
export const maxUniqueIdLength = 36;

export function frameShape(type: MessageType): string {
  return `[${type.elements.join(', ')}]`;
}
