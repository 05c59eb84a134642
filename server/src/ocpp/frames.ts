/** OCPP-J message types (OCPP-J 1.6 §4.1; 5 and 6 exist only in OCPP-J 2.1). */
export interface MessageType {
  readonly id: number;
  readonly name: string;
  /** The frame's elements, e.g. ['MessageTypeId', 'UniqueId', 'Action', 'Payload']. */
  readonly elements: readonly string[];
  readonly doc: string;
  /** Present for types that OCPP 1.6 does not have. */
  readonly onlyIn?: string;
}

export const messageTypes: readonly MessageType[] = [
  { id: 2, name: 'CALL', elements: ['MessageTypeId', 'UniqueId', 'Action', 'Payload'],
    doc: 'A request. The receiver must answer with a CALLRESULT or a CALLERROR carrying the same uniqueId.' },
  { id: 3, name: 'CALLRESULT', elements: ['MessageTypeId', 'UniqueId', 'Payload'],
    doc: 'A successful answer to the CALL with the same uniqueId; its payload is that action\'s response (.conf).' },
  { id: 4, name: 'CALLERROR', elements: ['MessageTypeId', 'UniqueId', 'ErrorCode', 'ErrorDescription', 'ErrorDetails'],
    doc: 'A failed answer to the CALL with the same uniqueId: an error code, a description (may be "") and a details object (may be {}).' },
  { id: 5, name: 'CALLRESULTERROR', elements: ['MessageTypeId', 'UniqueId', 'ErrorCode', 'ErrorDescription', 'ErrorDetails'],
    doc: 'Reports that a CALLRESULT could not be processed.', onlyIn: 'OCPP 2.1' },
  { id: 6, name: 'SEND', elements: ['MessageTypeId', 'UniqueId', 'Action', 'Payload'],
    doc: 'A message that expects no answer.', onlyIn: 'OCPP 2.1' },
];

export const messageTypeById: ReadonlyMap<number, MessageType> = new Map(messageTypes.map((t) => [t.id, t]));

/** OCPP-J 1.6 §4.1.4 (Table 3): a uniqueId is a string of at most 36 characters. */
export const maxUniqueIdLength = 36;

export function frameShape(type: MessageType): string {
  return `[${type.elements.join(', ')}]`;
}
