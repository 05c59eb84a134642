import {
  type ActionDefinition, type Direction, arrayOf, ciString, dateTime, enumOf, field, integer, object, objectOf, string,
} from '../../schema';
import {
  ChargePointErrorCode, ChargePointStatus, DataTransferStatus, Reason, RegistrationStatus,
} from '../enums';
import { IdTagInfo, MeterValue } from '../types';

/** Core profile (OCPP 1.6 §3.1): the operations the charge point starts, and DataTransfer, which either side may start. */

const CP_TO_CS: Direction = 'ChargePointToCentralSystem';

// OCPP 1.6 §4.1, §6.1, §6.2
export const Authorize: ActionDefinition = {
  name: 'Authorize',
  direction: CP_TO_CS,
  profile: 'Core',
  doc: 'Asks whether an idTag may start or stop charging.',
  request: object('Authorize.req', [
    field('idTag', ciString(20), {
      required: true,
      doc: 'The identifier to check, e.g. the UID of the RFID card the driver presented.',
    }),
  ]),
  response: object('Authorize.conf', [
    field('idTagInfo', objectOf(IdTagInfo), {
      required: true,
      doc: 'The verdict on the idTag, with its expiry and parent idTag when known.',
    }),
  ]),
};

// OCPP 1.6 §4.2, §6.3, §6.4
export const BootNotification: ActionDefinition = {
  name: 'BootNotification',
  direction: CP_TO_CS,
  profile: 'Core',
  doc: 'Announces the charge point after a (re)boot, with its model and vendor, and learns whether it is accepted and how often to send heartbeats.',
  request: object('BootNotification.req', [
    field('chargePointVendor', ciString(20), { required: true, doc: 'Who made the charge point.' }),
    field('chargePointModel', ciString(20), { required: true, doc: 'The charge point\'s model name.' }),
    field('chargePointSerialNumber', ciString(25), { doc: 'The charge point\'s serial number.' }),
    field('chargeBoxSerialNumber', ciString(25), {
      doc: 'Serial number of the charge box inside the charge point. Deprecated: send chargePointSerialNumber instead.',
    }),
    field('firmwareVersion', ciString(50), { doc: 'The firmware version the charge point runs now.' }),
    field('iccid', ciString(20), { doc: 'The ICCID (SIM card number) of the modem\'s SIM.' }),
    field('imsi', ciString(20), { doc: 'The IMSI (subscriber identity) of the modem\'s SIM.' }),
    field('meterType', ciString(25), { doc: 'The type of the charge point\'s main electricity meter.' }),
    field('meterSerialNumber', ciString(25), { doc: 'The serial number of the charge point\'s main electricity meter.' }),
  ]),
  response: object('BootNotification.conf', [
    field('status', enumOf(RegistrationStatus), {
      required: true,
      doc: 'Whether the Central System accepts the charge point: Accepted, Pending or Rejected.',
    }),
    field('currentTime', dateTime(), {
      required: true,
      doc: 'The Central System\'s clock; the charge point should set its own clock by it.',
    }),
    field('interval', integer(), {
      required: true,
      doc: 'In seconds. When Accepted: the heartbeat interval. Otherwise: how long to wait before the next BootNotification (0 lets the charge point choose).',
    }),
  ]),
};

// OCPP 1.6 §4.3, §5.6, §6.15, §6.16
export const DataTransfer: ActionDefinition = {
  name: 'DataTransfer',
  direction: 'Both',
  profile: 'Core',
  doc: 'Carries vendor-specific data that OCPP itself does not define.',
  request: object('DataTransfer.req', [
    field('vendorId', ciString(255), {
      required: true,
      doc: 'Names the vendor extension, preferably as a reversed domain name such as com.example.',
    }),
    field('messageId', ciString(50), { doc: 'Which message of that vendor\'s extension this is.' }),
    field('data', string(), {
      doc: 'The vendor-specific content, as a string of any length and format the two sides agree on (often JSON text).',
    }),
  ]),
  response: object('DataTransfer.conf', [
    field('status', enumOf(DataTransferStatus), {
      required: true,
      doc: 'Whether the receiver understood and carried out the vendor-specific request.',
    }),
    field('data', string(), {
      doc: 'The vendor-specific answer, if any. Leave it out with UnknownVendorId.',
    }),
  ]),
};

// OCPP 1.6 §4.6, §6.29, §6.30
export const Heartbeat: ActionDefinition = {
  name: 'Heartbeat',
  direction: CP_TO_CS,
  profile: 'Core',
  doc: 'Shows the charge point is alive and fetches the Central System\'s current time.',
  request: object('Heartbeat.req', []),
  response: object('Heartbeat.conf', [
    field('currentTime', dateTime(), {
      required: true,
      doc: 'The Central System\'s clock; the charge point may set its own clock by it.',
    }),
  ]),
};

// OCPP 1.6 §4.7, §6.31, §6.32
export const MeterValues: ActionDefinition = {
  name: 'MeterValues',
  direction: CP_TO_CS,
  profile: 'Core',
  doc: 'Sends sampled meter readings (energy, power, current, ...) for a connector.',
  request: object('MeterValues.req', [
    field('connectorId', integer({ min: 0 }), {
      required: true,
      doc: 'The connector the readings were taken on. 0 means the charge point as a whole, e.g. its main meter at the grid connection.',
    }),
    field('transactionId', integer(), {
      doc: 'The transaction the readings belong to, as received in StartTransaction.conf. Leave it out outside a transaction and for connector 0.',
    }),
    field('meterValue', arrayOf(objectOf(MeterValue)), {
      required: true,
      doc: 'The readings, grouped by the moment they were taken; send at least one.',
    }),
  ]),
  response: object('MeterValues.conf', []),
};

// OCPP 1.6 §4.8, §6.45, §6.46
export const StartTransaction: ActionDefinition = {
  name: 'StartTransaction',
  direction: CP_TO_CS,
  profile: 'Core',
  doc: 'Reports that charging started, and receives the transactionId to use from then on.',
  request: object('StartTransaction.req', [
    field('connectorId', integer({ min: 1 }), {
      required: true,
      doc: 'The connector the transaction runs on, counting from 1.',
    }),
    field('idTag', ciString(20), {
      required: true,
      doc: 'The identifier the transaction was started for.',
    }),
    field('meterStart', integer(), {
      required: true,
      doc: 'The connector\'s energy meter reading at the start, in Wh.',
    }),
    field('reservationId', integer(), {
      doc: 'The reservation this transaction uses up, if it was started on one made with ReserveNow.',
    }),
    field('timestamp', dateTime(), {
      required: true,
      doc: 'When the transaction started.',
    }),
  ]),
  response: object('StartTransaction.conf', [
    field('idTagInfo', objectOf(IdTagInfo), {
      required: true,
      doc: 'The Central System\'s verdict on the idTag. If it is not Accepted, the charge point stops the transaction or its energy delivery (see StopTransactionOnInvalidId).',
    }),
    field('transactionId', integer(), {
      required: true,
      doc: 'The id the Central System gives the transaction; the charge point uses it in MeterValues and StopTransaction. Unique positive numbers are recommended.',
    }),
  ]),
};

// OCPP 1.6 §4.9, §6.47 (StatusNotification.req) and §6.48 (StatusNotification.conf, no fields).
export const StatusNotification: ActionDefinition = {
  name: 'StatusNotification',
  direction: CP_TO_CS,
  profile: 'Core',
  doc: 'Tells the Central System the state of one connector, or of the whole charge point when connectorId is 0, and any error it has.',
  request: object('StatusNotification.req', [
    field('connectorId', integer({ min: 0 }), {
      required: true,
      doc: 'Which connector the status is for, counting from 1. 0 means the charge point as a whole (its main controller).',
    }),
    field('errorCode', enumOf(ChargePointErrorCode), {
      required: true,
      doc: 'The error the charge point reports, or NoError.',
    }),
    field('info', ciString(50), { doc: 'Free text with more detail about the error.' }),
    field('status', enumOf(ChargePointStatus), {
      required: true,
      doc: 'The state being reported. Connector 0 may only report Available, Unavailable or Faulted.',
    }),
    field('timestamp', dateTime(), { doc: 'When the status was detected. Leave it out to mean "when this message was sent".' }),
    field('vendorId', ciString(255), { doc: 'Identifies the vendor whose error code is in vendorErrorCode.' }),
    field('vendorErrorCode', ciString(50), { doc: 'The vendor\'s own error code.' }),
  ]),
  response: object('StatusNotification.conf', []),
};

// OCPP 1.6 §4.10, §6.49, §6.50
export const StopTransaction: ActionDefinition = {
  name: 'StopTransaction',
  direction: CP_TO_CS,
  profile: 'Core',
  doc: 'Reports that a transaction ended, with the final meter reading and the reason.',
  request: object('StopTransaction.req', [
    field('idTag', ciString(20), {
      doc: 'The identifier that stopped the transaction. Send it when known; leave it out when the charge point stopped on its own, e.g. for a reset.',
    }),
    field('meterStop', integer(), {
      required: true,
      doc: 'The connector\'s energy meter reading at the end, in Wh.',
    }),
    field('timestamp', dateTime(), {
      required: true,
      doc: 'When the transaction stopped.',
    }),
    field('transactionId', integer(), {
      required: true,
      doc: 'The transaction that stopped, as received in StartTransaction.conf.',
    }),
    field('reason', enumOf(Reason), {
      doc: 'Why the transaction stopped. Leave it out only for a normal stop by the driver (Local).',
    }),
    field('transactionData', arrayOf(objectOf(MeterValue)), {
      doc: 'Meter readings taken during the transaction, for billing, in the same form as MeterValues.',
    }),
  ]),
  response: object('StopTransaction.conf', [
    field('idTagInfo', objectOf(IdTagInfo), {
      doc: 'The verdict on the idTag that stopped the transaction, for the charge point\'s authorization cache. Absent when no idTag was sent.',
    }),
  ]),
};
