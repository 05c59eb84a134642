import { type ActionDefinition, enumOf, field, identifierString, integer, objectOf } from '../../schema';
import { ocppObject } from '../customData';
import { CSMS_TO_STATION } from '../directions';
import { MessageTriggerEnumType, RequestStartStopStatusEnumType, TriggerMessageStatusEnumType, UnlockStatusEnumType } from '../enums';
import { ChargingProfileType, EVSEType, IdTokenType, StatusInfoType } from '../types';

/** Functional block F RemoteControl (P2-201 chapter F). */

export const RequestStartTransaction: ActionDefinition = {
  name: 'RequestStartTransaction',
  direction: CSMS_TO_STATION,
  profile: 'F RemoteControl',
  useCases: ['C03', 'C05', 'F01', 'F02', 'K05'],
  doc: 'Sent by the CSMS to ask the Charging Station to start a transaction for a given IdToken, for example on behalf of an app or payment terminal.',
  request: ocppObject('RequestStartTransactionRequest', [
    field('evseId', integer(), { doc: 'The EVSE to start on; above 0 when given. When left out, the Charging Station picks an EVSE itself or may reject the request (F01.FR.07).' }),
    field('groupIdToken', objectOf(IdTokenType), { doc: 'The group token of the driver, needed only when the EVSE is reserved for that group and AuthorizeRemoteStart is false, so the station cannot learn the group through an authorization.' }),
    field('idToken', objectOf(IdTokenType), { required: true, doc: 'The token the transaction is started for; the Charging Station reports it in its TransactionEvent messages.' }),
    field('remoteStartId', integer(), { required: true, doc: 'A number the CSMS picks for this request. The Charging Station echoes it in the next TransactionEvent so the CSMS can tell which transaction resulted (F01.FR.25, F02.FR.01).' }),
    field('chargingProfile', objectOf(ChargingProfileType), { doc: 'An optional charging profile for the new transaction. Its purpose must be TxProfile and its transactionId is not set (F01.FR.09, F01.FR.11); a station without smart charging ignores it.' }),
  ]),
  response: ocppObject('RequestStartTransactionResponse', [
    field('status', enumOf(RequestStartStopStatusEnumType), { required: true, doc: 'Accepted when the Charging Station will try to start the transaction, otherwise Rejected (e.g. EVSE Unavailable, Faulted, reserved for someone else or already in an authorized transaction).' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reasonCode and additional text.' }),
    field('transactionId', identifierString(36), { doc: 'Present when a transaction was already running on the EVSE but not yet authorized when the request arrived (e.g. the cable was plugged in first); it is that transaction\'s id (F01.FR.13).' }),
  ]),
};

export const RequestStopTransaction: ActionDefinition = {
  name: 'RequestStopTransaction',
  direction: CSMS_TO_STATION,
  profile: 'F RemoteControl',
  useCases: ['F03', 'F04'],
  doc: 'Sent by the CSMS to ask the Charging Station to end a running transaction, for example when the driver stops from an app.',
  request: ocppObject('RequestStopTransactionRequest', [
    field('transactionId', identifierString(36), { required: true, doc: 'The id of the transaction to end, as assigned by the Charging Station.' }),
  ]),
  response: ocppObject('RequestStopTransactionResponse', [
    field('status', enumOf(RequestStartStopStatusEnumType), { required: true, doc: 'Accepted when a transaction with that id is ongoing and will be stopped, Rejected otherwise.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reasonCode and additional text.' }),
  ]),
};

export const TriggerMessage: ActionDefinition = {
  name: 'TriggerMessage',
  direction: CSMS_TO_STATION,
  profile: 'F RemoteControl',
  useCases: ['A02', 'F06', 'L01', 'L02', 'L03'],
  doc: 'Sent by the CSMS to make the Charging Station send one particular message now, such as a StatusNotification, MeterValues or a certificate signing request.',
  request: ocppObject('TriggerMessageRequest', [
    field('evse', objectOf(EVSEType), { doc: 'Optionally narrows the request to one EVSE (and connector). Ignored when it does not fit the requested message; when relevant but left out, it means all EVSEs (F06.FR.11). For StatusNotification the connectorId must be given (F06.FR.13).' }),
    field('requestedMessage', enumOf(MessageTriggerEnumType), { required: true, doc: 'Which message the Charging Station should send.' }),
  ]),
  response: ocppObject('TriggerMessageResponse', [
    field('status', enumOf(TriggerMessageStatusEnumType), { required: true, doc: 'Accepted when the requested message will follow (after this response), Rejected when the station declines, NotImplemented when it does not support that message.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reasonCode and additional text.' }),
  ]),
};

export const UnlockConnector: ActionDefinition = {
  name: 'UnlockConnector',
  direction: CSMS_TO_STATION,
  profile: 'F RemoteControl',
  useCases: ['F05'],
  doc: 'Sent by the CSMS to release the cable lock of a connector, typically to help a driver whose cable is stuck.',
  request: ocppObject('UnlockConnectorRequest', [
    field('evseId', integer(), { required: true, doc: 'The EVSE that holds the connector.' }),
    field('connectorId', integer(), { required: true, doc: 'The connector on that EVSE whose lock should open, numbered from 1 per EVSE.' }),
  ]),
  response: ocppObject('UnlockConnectorResponse', [
    field('status', enumOf(UnlockStatusEnumType), { required: true, doc: 'The outcome: Unlocked, UnlockFailed, UnknownConnector, or OngoingAuthorizedTransaction when an authorized transaction runs there and the lock was left closed (F05.FR.02).' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reasonCode and additional text.' }),
  ]),
};
