import { type ActionDefinition, arrayOf, boolean, dateTime, decimal, enumOf, field, identifierString, integer, objectOf } from '../../schema';
import { ocppObject } from '../customData';
import { CSMS_TO_STATION, STATION_TO_CSMS } from '../directions';
import { TransactionEventEnumType, TriggerReasonEnumType } from '../enums';
import { EVSEType, IdTokenInfoType, IdTokenType, MessageContentType, MeterValueType, TransactionType } from '../types';

/** Functional block E Transactions (P2-201 chapter E). */

export const GetTransactionStatus: ActionDefinition = {
  name: 'GetTransactionStatus',
  direction: CSMS_TO_STATION,
  profile: 'E Transactions',
  useCases: ['E14'],
  doc: 'Sent by the CSMS to find out whether the Charging Station still has transaction messages queued for delivery and, for a given transaction, whether it is still running.',
  request: ocppObject('GetTransactionStatusRequest', [
    field('transactionId', identifierString(36), { doc: 'The transaction to ask about. Omit it to ask about queued transaction messages in general.' }),
  ]),
  response: ocppObject('GetTransactionStatusResponse', [
    field('ongoingIndicator', boolean(), { doc: 'True while the named transaction has not ended. Only present when a transactionId was asked for (E14.FR.06).' }),
    field('messagesInQueue', boolean(), { required: true, doc: 'True when transaction messages (for the named transaction, or any when none was named) are still waiting to be sent to the CSMS.' }),
  ]),
};

export const TransactionEvent: ActionDefinition = {
  name: 'TransactionEvent',
  direction: STATION_TO_CSMS,
  profile: 'E Transactions',
  useCases: ['E01', 'E02', 'E03', 'E04', 'E05', 'E06', 'E07', 'E08', 'E09'],
  doc: 'Sent by the Charging Station to report the start, changes and end of a transaction, with meter values and the reason for each event; the CSMS answers with the IdToken\'s status and optionally cost information.',
  request: ocppObject('TransactionEventRequest', [
    field('eventType', enumOf(TransactionEventEnumType), { required: true, doc: 'Started for the first message of a transaction, Ended for the last, Updated for every one in between.' }),
    field('meterValue', arrayOf(objectOf(MeterValueType), { minItems: 1 }), { doc: 'Meter readings taken for this event. The measurands included depend on the event type and are configured with SampledDataTxStartedMeasurands, SampledDataTxUpdatedMeasurands, SampledDataTxEndedMeasurands and AlignedDataTxEndedMeasurands.' }),
    field('timestamp', dateTime(), { required: true, doc: 'When this event happened in the transaction.' }),
    field('triggerReason', enumOf(TriggerReasonEnumType), { required: true, doc: 'What caused this message, e.g. Authorized, CablePluggedIn, ChargingStateChanged, MeterValuePeriodic or RemoteStop; the most specific reason applies (E02.FR.17).' }),
    field('seqNo', integer(), { required: true, doc: 'Sequence number of the message; it grows by 1 with each message, normally from 0 at the start of the transaction, so the CSMS can spot gaps.' }),
    field('offline', boolean(), { default: false, doc: 'True when the event took place while the Charging Station was offline and the message was queued (E04.FR.03). Defaults to false.' }),
    field('numberOfPhasesUsed', integer(), { doc: 'How many phases are used for charging, when the Charging Station can tell.' }),
    field('cableMaxCurrent', integer(), { doc: 'The highest current the connected cable can carry, in A.' }),
    field('reservationId', integer(), { doc: 'The reservation that this transaction uses up; sent once, in the next message after that happens (E01.FR.13).' }),
    field('transactionInfo', objectOf(TransactionType), { required: true, doc: 'The transaction itself: its transactionId and, where they apply, the charging state, time spent charging, the reason it stopped and the remoteStartId.' }),
    field('evse', objectOf(EVSEType), { doc: 'The EVSE, and connector, the transaction takes place on; sent in the first message after the EV is connected (E01.FR.16).' }),
    field('idToken', objectOf(IdTokenType), { doc: 'The IdToken that authorized the transaction, or ended that authorization. Included once per authorization, and left out when the transaction ends by RequestStopTransaction or Reset.' }),
  ]),
  response: ocppObject('TransactionEventResponse', [
    field('totalCost', decimal(), { doc: 'Cost including taxes in the configured Currency: the running cost for an Updated event, the final cost for Ended. 0.00 means free; absence says nothing about cost.' }),
    field('chargingPriority', integer(), { doc: 'Priority of this transaction from -9 to 9, higher being more important, default 0. It overrides the priority in idTokenInfo, for this transaction only.' }),
    field('idTokenInfo', objectOf(IdTokenInfoType), { doc: 'The authorization status of the IdToken and its details; required when the request carried an idToken.' }),
    field('updatedPersonalMessage', objectOf(MessageContentType), { doc: 'A new message to show the EV Driver, e.g. changed tariff information.' }),
  ]),
};
