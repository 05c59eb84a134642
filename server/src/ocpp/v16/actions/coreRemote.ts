import {
  type ActionDefinition, type Direction, arrayOf, ciString, enumOf, field, integer, object, objectOf,
} from '../../schema';
import {
  AvailabilityStatus, AvailabilityType, ClearCacheStatus, ConfigurationStatus, RemoteStartStopStatus, ResetStatus,
  ResetType, UnlockStatus,
} from '../enums';
import { ChargingProfile, KeyValue } from '../types';

/** Core profile (OCPP 1.6 §3.1): the operations the Central System starts. */

const CS_TO_CP: Direction = 'CentralSystemToChargePoint';

// OCPP 1.6 §5.2, §6.7, §6.8
export const ChangeAvailability: ActionDefinition = {
  name: 'ChangeAvailability',
  direction: CS_TO_CP,
  profile: 'Core',
  doc: 'Makes a connector, or the whole charge point, operative or inoperative.',
  request: object('ChangeAvailability.req', [
    field('connectorId', integer({ min: 0 }), {
      required: true,
      doc: 'The connector to change, counting from 1. 0 changes the whole charge point and all its connectors.',
    }),
    field('type', enumOf(AvailabilityType), {
      required: true,
      doc: 'Whether to make it Operative or Inoperative.',
    }),
  ]),
  response: object('ChangeAvailability.conf', [
    field('status', enumOf(AvailabilityStatus), {
      required: true,
      doc: 'Whether the change happens now (Accepted, also when nothing needs to change), after running transactions (Scheduled), or not at all.',
    }),
  ]),
};

// OCPP 1.6 §5.3, §6.9, §6.10
export const ChangeConfiguration: ActionDefinition = {
  name: 'ChangeConfiguration',
  direction: CS_TO_CP,
  profile: 'Core',
  doc: 'Sets one configuration key of the charge point to a new value.',
  request: object('ChangeConfiguration.req', [
    field('key', ciString(50), {
      required: true,
      doc: 'The configuration key to set, e.g. HeartbeatInterval or MeterValueSampleInterval.',
    }),
    field('value', ciString(500), {
      required: true,
      doc: 'The new value, always as a string, e.g. "300" or "true"; lists are comma-separated.',
    }),
  ]),
  response: object('ChangeConfiguration.conf', [
    field('status', enumOf(ConfigurationStatus), {
      required: true,
      doc: 'Whether the value was applied, needs a reboot, was refused, or the key is unknown.',
    }),
  ]),
};

// OCPP 1.6 §5.4, §6.11, §6.12
export const ClearCache: ActionDefinition = {
  name: 'ClearCache',
  direction: CS_TO_CP,
  profile: 'Core',
  doc: 'Empties the charge point\'s authorization cache.',
  request: object('ClearCache.req', []),
  response: object('ClearCache.conf', [
    field('status', enumOf(ClearCacheStatus), {
      required: true,
      doc: 'Whether the cache was emptied.',
    }),
  ]),
};

// OCPP 1.6 §5.8, §6.23, §6.24
export const GetConfiguration: ActionDefinition = {
  name: 'GetConfiguration',
  direction: CS_TO_CP,
  profile: 'Core',
  doc: 'Reads configuration keys and their values from the charge point.',
  request: object('GetConfiguration.req', [
    field('key', arrayOf(ciString(50)), {
      doc: 'The keys to read. Leave it out, or send an empty list, to read every key. GetConfigurationMaxKeys may limit how many.',
    }),
  ]),
  response: object('GetConfiguration.conf', [
    field('configurationKey', arrayOf(objectOf(KeyValue)), {
      doc: 'The keys the charge point knows, with their values and whether they are read-only.',
    }),
    field('unknownKey', arrayOf(ciString(50)), {
      doc: 'Requested keys the charge point does not know.',
    }),
  ]),
};

// OCPP 1.6 §5.11, §6.33, §6.34 (errata §3.41)
export const RemoteStartTransaction: ActionDefinition = {
  name: 'RemoteStartTransaction',
  direction: CS_TO_CP,
  profile: 'Core',
  doc: 'Asks the charge point to start charging for an idTag, optionally on a given connector.',
  request: object('RemoteStartTransaction.req', [
    field('connectorId', integer({ min: 1 }), {
      doc: 'The connector to start on, counting from 1. Leave it out to let the charge point choose (it may refuse).',
    }),
    field('idTag', ciString(20), {
      required: true,
      doc: 'The identifier to start the transaction for; it appears in the StartTransaction that follows.',
    }),
    field('chargingProfile', objectOf(ChargingProfile), {
      doc: 'Limits for this transaction. Its chargingProfilePurpose must be TxProfile and it must not carry a transactionId.',
    }),
  ]),
  response: object('RemoteStartTransaction.conf', [
    field('status', enumOf(RemoteStartStopStatus), {
      required: true,
      doc: 'Whether the charge point will try to start the transaction.',
    }),
  ]),
};

// OCPP 1.6 §5.12, §6.35, §6.36
export const RemoteStopTransaction: ActionDefinition = {
  name: 'RemoteStopTransaction',
  direction: CS_TO_CP,
  profile: 'Core',
  doc: 'Asks the charge point to stop a running transaction.',
  request: object('RemoteStopTransaction.req', [
    field('transactionId', integer(), {
      required: true,
      doc: 'The transaction to stop, as given in StartTransaction.conf.',
    }),
  ]),
  response: object('RemoteStopTransaction.conf', [
    field('status', enumOf(RemoteStartStopStatus), {
      required: true,
      doc: 'Whether such a transaction is running and will be stopped.',
    }),
  ]),
};

// OCPP 1.6 §5.14, §6.39, §6.40
export const Reset: ActionDefinition = {
  name: 'Reset',
  direction: CS_TO_CP,
  profile: 'Core',
  doc: 'Asks the charge point to restart, softly or hard.',
  request: object('Reset.req', [
    field('type', enumOf(ResetType), {
      required: true,
      doc: 'Soft ends transactions properly before restarting the software; Hard restarts at once.',
    }),
  ]),
  response: object('Reset.conf', [
    field('status', enumOf(ResetStatus), {
      required: true,
      doc: 'Whether the charge point will reset.',
    }),
  ]),
};

// OCPP 1.6 §5.18, §6.53, §6.54
export const UnlockConnector: ActionDefinition = {
  name: 'UnlockConnector',
  direction: CS_TO_CP,
  profile: 'Core',
  doc: 'Asks the charge point to unlock a connector so a stuck cable can be removed.',
  request: object('UnlockConnector.req', [
    field('connectorId', integer({ min: 1 }), {
      required: true,
      doc: 'The connector whose cable lock to release, counting from 1. A transaction running on it is stopped first.',
    }),
  ]),
  response: object('UnlockConnector.conf', [
    field('status', enumOf(UnlockStatus), {
      required: true,
      doc: 'Whether the connector is now unlocked.',
    }),
  ]),
};
