import { type ActionDefinition, type Direction, ciString, dateTime, enumOf, field, integer, object } from '../../schema';
import { CancelReservationStatus, ReservationStatus } from '../enums';

/** Reservation profile (OCPP 1.6 §3.1): holding a connector for one idTag. */

const CS_TO_CP: Direction = 'CentralSystemToChargePoint';

// OCPP 1.6 §5.1, §6.5, §6.6
export const CancelReservation: ActionDefinition = {
  name: 'CancelReservation',
  direction: CS_TO_CP,
  profile: 'Reservation',
  doc: 'Cancels a reservation made earlier with ReserveNow.',
  request: object('CancelReservation.req', [
    field('reservationId', integer(), {
      required: true,
      doc: 'The reservation to cancel, as given in ReserveNow.',
    }),
  ]),
  response: object('CancelReservation.conf', [
    field('status', enumOf(CancelReservationStatus), {
      required: true,
      doc: 'Whether a reservation with that id existed and is now cancelled.',
    }),
  ]),
};

// OCPP 1.6 §5.13, §6.37, §6.38
export const ReserveNow: ActionDefinition = {
  name: 'ReserveNow',
  direction: CS_TO_CP,
  profile: 'Reservation',
  doc: 'Reserves a connector for an idTag until a given time.',
  request: object('ReserveNow.req', [
    field('connectorId', integer({ min: 0 }), {
      required: true,
      doc: 'The connector to reserve, counting from 1. 0 reserves no particular connector but keeps one free (only if ReserveConnectorZeroSupported).',
    }),
    field('expiryDate', dateTime(), {
      required: true,
      doc: 'When the reservation lapses if it has not been used.',
    }),
    field('idTag', ciString(20), {
      required: true,
      doc: 'The identifier the connector is held for.',
    }),
    field('parentIdTag', ciString(20), {
      doc: 'A parent idTag: any idTag in that group may then use the reservation.',
    }),
    field('reservationId', integer(), {
      required: true,
      doc: 'Identifies the reservation; reusing the id of an existing reservation replaces it. StartTransaction reports it when the reservation is used.',
    }),
  ]),
  response: object('ReserveNow.conf', [
    field('status', enumOf(ReservationStatus), {
      required: true,
      doc: 'Whether the reservation was made, and if not, why.',
    }),
  ]),
};
