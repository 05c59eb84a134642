import { type ActionDefinition, dateTime, enumOf, field, integer, objectOf } from '../../schema';
import { ocppObject } from '../customData';
import { CSMS_TO_STATION, STATION_TO_CSMS } from '../directions';
import { CancelReservationStatusEnumType, ConnectorEnumType, ReservationUpdateStatusEnumType, ReserveNowStatusEnumType } from '../enums';
import { IdTokenType, StatusInfoType } from '../types';

/** Functional block H Reservation (P2-201 chapter H). */

export const CancelReservation: ActionDefinition = {
  name: 'CancelReservation',
  direction: CSMS_TO_STATION,
  profile: 'H Reservation',
  useCases: ['H02'],
  doc: 'Sent by the CSMS to withdraw a reservation it made earlier with ReserveNow.',
  request: ocppObject('CancelReservationRequest', [
    field('reservationId', integer(), { required: true, doc: 'The id of the reservation to withdraw, as given in ReserveNow.' }),
  ]),
  response: ocppObject('CancelReservationResponse', [
    field('status', enumOf(CancelReservationStatusEnumType), { required: true, doc: 'Accepted when the reservation was found and cancelled, Rejected when no reservation with that id exists (H02.FR.01).' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reasonCode and additional text.' }),
  ]),
};

export const ReservationStatusUpdate: ActionDefinition = {
  name: 'ReservationStatusUpdate',
  direction: STATION_TO_CSMS,
  profile: 'H Reservation',
  useCases: ['H01', 'H04'],
  doc: 'Sent by the Charging Station to tell the CSMS that a reservation ended without being used: it expired, or it was dropped because the reserved EVSE became Faulted or Unavailable.',
  request: ocppObject('ReservationStatusUpdateRequest', [
    field('reservationId', integer(), { required: true, doc: 'The id of the reservation concerned, as given in ReserveNow.' }),
    field('reservationUpdateStatus', enumOf(ReservationUpdateStatusEnumType), { required: true, doc: 'Expired when its expiry time passed (H04.FR.01), Removed when the Charging Station cancelled it (H01.FR.16, H01.FR.17).' }),
  ]),
  response: ocppObject('ReservationStatusUpdateResponse', [
  ]),
};

export const ReserveNow: ActionDefinition = {
  name: 'ReserveNow',
  direction: CSMS_TO_STATION,
  profile: 'H Reservation',
  useCases: ['H01'],
  doc: 'Sent by the CSMS to hold an EVSE, or any EVSE with a given connector type, for one IdToken (or its group) until an expiry time.',
  request: ocppObject('ReserveNowRequest', [
    field('id', integer(), { required: true, doc: 'The reservation id chosen by the CSMS. Reusing the id of an existing reservation replaces that reservation (H01.FR.02).' }),
    field('expiryDateTime', dateTime(), { required: true, doc: 'When the reservation lapses if it has not been used.' }),
    field('connectorType', enumOf(ConnectorEnumType), { doc: 'Reserve an EVSE that has a connector of this type, when no particular EVSE is named.' }),
    field('idToken', objectOf(IdTokenType), { required: true, doc: 'The token the reservation is held for.' }),
    field('evseId', integer(), { doc: 'The EVSE to reserve. When left out, any suitable EVSE is held, which only works when ReservationNonEvseSpecific is true (H01.FR.18, H01.FR.19).' }),
    field('groupIdToken', objectOf(IdTokenType), { doc: 'A group token; any IdToken belonging to this group may also use the reservation.' }),
  ]),
  response: ocppObject('ReserveNowResponse', [
    field('status', enumOf(ReserveNowStatusEnumType), { required: true, doc: 'Accepted, or why not: Faulted, Occupied, Unavailable (the targeted EVSEs are in that state) or Rejected (e.g. the station takes no reservations).' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reasonCode and additional text.' }),
  ]),
};
