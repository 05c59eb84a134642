import { type ActionDefinition, dateTime, enumOf, field, integer, objectOf } from '../../schema';
import { ocppObject } from '../customData';
import { CSMS_TO_STATION, STATION_TO_CSMS } from '../directions';
import { ChangeAvailabilityStatusEnumType, ConnectorStatusEnumType, OperationalStatusEnumType } from '../enums';
import { EVSEType, StatusInfoType } from '../types';

/** Functional block G Availability (P2-201 chapter G). */

export const ChangeAvailability: ActionDefinition = {
  name: 'ChangeAvailability',
  direction: CSMS_TO_STATION,
  profile: 'G Availability',
  useCases: ['G03', 'G04'],
  doc: 'Sent by the CSMS to make the whole Charging Station, an EVSE or a connector operative or inoperative.',
  request: ocppObject('ChangeAvailabilityRequest', [
    field('evse', objectOf(EVSEType), { doc: 'The EVSE, and optionally the connector, to change. When absent, the change applies to the whole Charging Station (G04.FR.01).' }),
    field('operationalStatus', enumOf(OperationalStatusEnumType), { required: true, doc: 'Operative to allow charging again, Inoperative to make the target Unavailable.' }),
  ]),
  response: ocppObject('ChangeAvailabilityResponse', [
    field('status', enumOf(ChangeAvailabilityStatusEnumType), { required: true, doc: 'Accepted when the change was made, Scheduled when it waits for a running transaction to end, Rejected when it cannot be made.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Extra detail on the status, e.g. a reason code, when the Charging Station has something to add.' }),
  ]),
};

export const Heartbeat: ActionDefinition = {
  name: 'Heartbeat',
  direction: STATION_TO_CSMS,
  profile: 'G Availability',
  useCases: ['B01', 'B04', 'G02'],
  doc: 'Sent by the Charging Station at the configured interval to show the CSMS it is still connected, and to get the CSMS\'s time.',
  request: ocppObject('HeartbeatRequest', [
  ]),
  response: ocppObject('HeartbeatResponse', [
    field('currentTime', dateTime(), { required: true, doc: 'The CSMS\'s clock; the Charging Station is advised to synchronize its own clock with it.' }),
  ]),
};

export const StatusNotification: ActionDefinition = {
  name: 'StatusNotification',
  direction: STATION_TO_CSMS,
  profile: 'G Availability',
  useCases: ['B01', 'B04', 'G01', 'G03', 'G04', 'H01'],
  doc: 'Sent by the Charging Station to report the status of one connector, e.g. after boot or whenever it changes.',
  request: ocppObject('StatusNotificationRequest', [
    field('timestamp', dateTime(), { required: true, doc: 'The moment the reported status applies to.' }),
    field('connectorStatus', enumOf(ConnectorStatusEnumType), { required: true, doc: 'The connector\'s status: Available, Occupied, Reserved, Unavailable or Faulted.' }),
    field('evseId', integer(), { required: true, doc: 'The EVSE the connector belongs to, counting from 1.' }),
    field('connectorId', integer(), { required: true, doc: 'The connector on that EVSE, counting from 1.' }),
  ]),
  response: ocppObject('StatusNotificationResponse', [
  ]),
};
