import type { CallErrorSpelling } from '../catalog';
import { enumeration } from '../schema';

// OCPP-J 2.0.1 §4.3 (Table 8). 2.0.1 fixed two 1.6 spellings and added MessageTypeNotSupported and RpcFrameworkError.
export const RpcErrorCode = enumeration(
  'RpcErrorCode',
  'Why a CALL could not be answered with a CALLRESULT (OCPP-J 2.0.1).',
  [
    { name: 'FormatViolation', doc: 'The payload is not valid for the action: broken syntax or a structure the message does not have.' },
    { name: 'GenericError', doc: 'An error none of the other codes describes.' },
    { name: 'InternalError', doc: 'The receiver failed inside while handling an action it knows.' },
    { name: 'MessageTypeNotSupported', doc: 'The receiver does not handle frames with this MessageTypeId (e.g. a 2.1 SEND sent to a 2.0.1 system).' },
    { name: 'NotImplemented', doc: 'The receiver does not know this action at all.' },
    { name: 'NotSupported', doc: 'The receiver knows the action but does not support it.' },
    { name: 'OccurrenceConstraintViolation', doc: 'The payload reads correctly, but a field is missing, repeated or present too often.' },
    { name: 'PropertyConstraintViolation', doc: 'The payload reads correctly, but a field holds a value outside what it allows.' },
    { name: 'ProtocolError', doc: 'The payload does not have the layout the action\'s message needs.' },
    { name: 'RpcFrameworkError', doc: 'The frame itself is not a valid OCPP-J request, e.g. its messageId could not be read (then the CALLERROR carries "-1").' },
    { name: 'SecurityError', doc: 'A security problem stopped the receiver from carrying out the action, e.g. a request before an Accepted BootNotification (B02.FR.09).' },
    { name: 'TypeConstraintViolation', doc: 'The payload reads correctly, but a field has the wrong data type, e.g. a string where a number belongs.' },
  ],
);

/** The 1.6 spellings 2.0.1 corrected, so a message can explain the difference. */
export const rpcErrorCodeSpellingsOf16: Readonly<Record<string, CallErrorSpelling>> = Object.fromEntries(
  Object.entries({ FormationViolation: 'FormatViolation', OccurenceConstraintViolation: 'OccurrenceConstraintViolation' }).map(([earlier, code]) => [
    earlier,
    { code, explanation: `is the OCPP 1.6 spelling; OCPP-J 2.0.1 calls this error "${code}".` },
  ]),
);
