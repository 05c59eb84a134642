import { type ActionDefinition, arrayOf, boolean, enumOf, field, integer, objectOf } from '../../schema';
import { ocppObject } from '../customData';
import { CSMS_TO_STATION, STATION_TO_CSMS } from '../directions';
import { ClearMessageStatusEnumType, DisplayMessageStatusEnumType, GetDisplayMessagesStatusEnumType, MessagePriorityEnumType, MessageStateEnumType } from '../enums';
import { MessageInfoType, StatusInfoType } from '../types';

/** Functional block O DisplayMessage (P2-201 chapter O). */

export const ClearDisplayMessage: ActionDefinition = {
  name: 'ClearDisplayMessage',
  direction: CSMS_TO_STATION,
  profile: 'O DisplayMessage',
  useCases: ['O05'],
  doc: 'Sent by the CSMS to remove a display message it configured earlier on the Charging Station.',
  request: ocppObject('ClearDisplayMessageRequest', [
    field('id', integer(), { required: true, doc: 'The id of the display message to remove.' }),
  ]),
  response: ocppObject('ClearDisplayMessageResponse', [
    field('status', enumOf(ClearMessageStatusEnumType), { required: true, doc: 'Accepted when the message was removed, Unknown when no message with that id is configured.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reason code.' }),
  ]),
};

export const GetDisplayMessages: ActionDefinition = {
  name: 'GetDisplayMessages',
  direction: CSMS_TO_STATION,
  profile: 'O DisplayMessage',
  useCases: ['O03', 'O04'],
  doc: 'Sent by the CSMS to ask which display messages, configured through OCPP, a Charging Station holds, optionally filtered; they are reported in NotifyDisplayMessages messages.',
  request: ocppObject('GetDisplayMessagesRequest', [
    field('id', arrayOf(integer(), { minItems: 1 }), { doc: 'Only report the messages with these ids; at most NumberOfDisplayMessages.maxLimit ids.' }),
    field('requestId', integer(), { required: true, doc: 'Identifies this request; the resulting NotifyDisplayMessages messages carry the same value.' }),
    field('priority', enumOf(MessagePriorityEnumType), { doc: 'Only report messages with this priority.' }),
    field('state', enumOf(MessageStateEnumType), { doc: 'Only report messages bound to this Charging Station state.' }),
  ]),
  response: ocppObject('GetDisplayMessagesResponse', [
    field('status', enumOf(GetDisplayMessagesStatusEnumType), { required: true, doc: 'Accepted when matching messages exist and will be sent, Unknown when none match.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reason code.' }),
  ]),
};

export const NotifyDisplayMessages: ActionDefinition = {
  name: 'NotifyDisplayMessages',
  direction: STATION_TO_CSMS,
  profile: 'O DisplayMessage',
  useCases: ['O03', 'O04'],
  doc: 'Sent by the Charging Station in answer to GetDisplayMessages, listing the matching display messages, split over several messages if needed.',
  request: ocppObject('NotifyDisplayMessagesRequest', [
    field('messageInfo', arrayOf(objectOf(MessageInfoType), { minItems: 1 }), { doc: 'The display messages in this part, as configured on the Charging Station.' }),
    field('requestId', integer(), { required: true, doc: 'The requestId of the GetDisplayMessagesRequest being answered.' }),
    field('tbc', boolean(), { default: false, doc: 'true on every part but the last when the list is split; false (the default) otherwise.' }),
  ]),
  response: ocppObject('NotifyDisplayMessagesResponse', [
  ]),
};

export const SetDisplayMessage: ActionDefinition = {
  name: 'SetDisplayMessage',
  direction: CSMS_TO_STATION,
  profile: 'O DisplayMessage',
  useCases: ['O01', 'O02', 'O06'],
  doc: 'Sent by the CSMS to configure a message for the Charging Station\'s display, optionally bound to a transaction or a time window; a message with the same id is replaced.',
  request: ocppObject('SetDisplayMessageRequest', [
    field('message', objectOf(MessageInfoType), { required: true, doc: 'The message to show: its id, priority, optional state, start and end time, transactionId and target display, and the text with its format and language.' }),
  ]),
  response: ocppObject('SetDisplayMessageResponse', [
    field('status', enumOf(DisplayMessageStatusEnumType), { required: true, doc: 'Accepted, or why not: NotSupportedPriority, NotSupportedState, NotSupportedMessageFormat, UnknownTransaction, or Rejected (e.g. when NumberOfDisplayMessages.maxLimit would be exceeded).' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reason code.' }),
  ]),
};
