/**
 * The connector state transitions of OCPP 1.6 §4.9, as data. The rule that checks a conversation and the hover
 * that explains a status both read this table; neither keeps a copy.
 *
 * The spec numbers the table: rows A..I are the state a connector comes from, columns 1..9 the state it goes
 * to, in the order of `tableOrder` below (which is not the order of ChargePointStatus in §7.7: the table puts
 * SuspendedEV before SuspendedEVSE). A code such as C6 therefore names one cell. Only cells the spec fills are
 * listed; the diagonal (A1, B2, ...) is empty because staying in a state is not a change.
 *
 * The table holds for connectorId > 0 only. Connector 0 (the main controller) reports Available, Unavailable or
 * Faulted and, in the spec's words, has no direct connection to the connectors' states, so it has no table.
 */

/** The column (and row) order of the §4.9 table: index 0 is column 1 and row A. */
export const tableOrder = [
  'Available', 'Preparing', 'Charging', 'SuspendedEV', 'SuspendedEVSE', 'Finishing', 'Reserved', 'Unavailable', 'Faulted',
] as const;

export type ConnectorStatusName = (typeof tableOrder)[number];

export interface StatusTransition {
  /** The cell's code in the §4.9 table, e.g. "B3": row letter of `from`, column number of `to`. */
  readonly code: string;
  readonly from: ConnectorStatusName;
  readonly to: ConnectorStatusName;
  /** What typically causes the change, in our words (the spec's second table in §4.9). */
  readonly doc: string;
}

const t = (code: string, from: ConnectorStatusName, to: ConnectorStatusName, doc: string): StatusTransition =>
  ({ code, from, to, doc });

const fault = 'A fault is detected that stops further charging.';
const faultCleared = 'The fault is cleared and the connector returns to the state it had before the fault.';
const scheduledUnavailable = 'no user action is left and the connector was scheduled to become Unavailable (ChangeAvailability while in use).';

// OCPP 1.6 §4.9, both tables: which cells are filled, and the event behind each.
export const statusTransitions: readonly StatusTransition[] = [
  t('A2', 'Available', 'Preparing', 'Someone starts using the connector: a plug goes in, the bay is occupied, an idTag is presented, a start button is pushed, or a RemoteStartTransaction.req arrives.'),
  t('A3', 'Available', 'Charging', 'Charging starts at once, on a charge point that needs no authorization.'),
  t('A4', 'Available', 'SuspendedEV', 'As A3, but the vehicle does not take energy.'),
  t('A5', 'Available', 'SuspendedEVSE', 'As A3, but the charger does not offer energy.'),
  t('A7', 'Available', 'Reserved', 'A ReserveNow.req reserves the connector.'),
  t('A8', 'Available', 'Unavailable', 'A ChangeAvailability.req takes the connector out of service.'),
  t('A9', 'Available', 'Faulted', fault),

  t('B1', 'Preparing', 'Available', 'The intended use ends: the plug is pulled, the bay is left, the idTag is presented a second time, or the user did not act within ConnectionTimeOut.'),
  t('B3', 'Preparing', 'Charging', 'Everything needed is in place and charging begins.'),
  t('B4', 'Preparing', 'SuspendedEV', 'Everything needed is in place, but the vehicle does not take energy.'),
  t('B5', 'Preparing', 'SuspendedEVSE', 'Everything needed is in place, but the charger does not offer energy.'),
  t('B6', 'Preparing', 'Finishing', 'Use began (plug in, bay occupied) but no idTag was presented in time.'),
  t('B9', 'Preparing', 'Faulted', fault),

  t('C1', 'Charging', 'Available', 'The session ends and the user need not do anything more (e.g. a fixed cable was unplugged at the vehicle).'),
  t('C4', 'Charging', 'SuspendedEV', 'The vehicle pauses charging (e.g. it opens S2).'),
  t('C5', 'Charging', 'SuspendedEVSE', 'The charger pauses charging, e.g. for a smart-charging limit or because a StartTransaction.conf invalidated the transaction.'),
  t('C6', 'Charging', 'Finishing', 'The user or a RemoteStopTransaction.req stops the transaction and the user still has to act (unplug, leave the bay).'),
  t('C8', 'Charging', 'Unavailable', `The session ends, ${scheduledUnavailable}`),
  t('C9', 'Charging', 'Faulted', fault),

  t('D1', 'SuspendedEV', 'Available', 'The session ends and the user need not do anything more.'),
  t('D3', 'SuspendedEV', 'Charging', 'The vehicle asks for energy again (e.g. it closes S2).'),
  t('D5', 'SuspendedEV', 'SuspendedEVSE', 'The charger suspends too, e.g. for a smart-charging limit; SuspendedEVSE takes precedence.'),
  t('D6', 'SuspendedEV', 'Finishing', 'The transaction stops and the user still has to act.'),
  t('D8', 'SuspendedEV', 'Unavailable', `The session ends, ${scheduledUnavailable}`),
  t('D9', 'SuspendedEV', 'Faulted', fault),

  t('E1', 'SuspendedEVSE', 'Available', 'The session ends and the user need not do anything more.'),
  t('E3', 'SuspendedEVSE', 'Charging', 'The charger lifts its restriction and charging resumes.'),
  t('E4', 'SuspendedEVSE', 'SuspendedEV', 'The charger lifts its restriction, but the vehicle does not take energy.'),
  t('E6', 'SuspendedEVSE', 'Finishing', 'The transaction stops and the user still has to act.'),
  t('E8', 'SuspendedEVSE', 'Unavailable', `The session ends, ${scheduledUnavailable}`),
  t('E9', 'SuspendedEVSE', 'Faulted', fault),

  t('F1', 'Finishing', 'Available', 'The user has done everything left to do (unplugged, left the bay).'),
  t('F2', 'Finishing', 'Preparing', 'The user starts again (plugs back in, presents the idTag again), which will make a new transaction.'),
  t('F8', 'Finishing', 'Unavailable', `The user is done, ${scheduledUnavailable}`),
  t('F9', 'Finishing', 'Faulted', fault),

  t('G1', 'Reserved', 'Available', 'The reservation expires or a CancelReservation.req cancels it.'),
  t('G2', 'Reserved', 'Preparing', 'The idTag the reservation is for is presented.'),
  t('G8', 'Reserved', 'Unavailable', 'The reservation expires or is cancelled and the connector was scheduled to become Unavailable.'),
  t('G9', 'Reserved', 'Faulted', fault),

  t('H1', 'Unavailable', 'Available', 'A ChangeAvailability.req puts the connector back in service.'),
  t('H2', 'Unavailable', 'Preparing', 'The connector is put back in service after a user had already started interacting with it.'),
  t('H3', 'Unavailable', 'Charging', 'The connector is put back in service and charging starts without any user action.'),
  t('H4', 'Unavailable', 'SuspendedEV', 'As H3, but the vehicle does not take energy.'),
  t('H5', 'Unavailable', 'SuspendedEVSE', 'As H3, but the charger does not offer energy.'),
  t('H9', 'Unavailable', 'Faulted', fault),

  t('I1', 'Faulted', 'Available', faultCleared),
  t('I2', 'Faulted', 'Preparing', faultCleared),
  t('I3', 'Faulted', 'Charging', faultCleared),
  t('I4', 'Faulted', 'SuspendedEV', faultCleared),
  t('I5', 'Faulted', 'SuspendedEVSE', faultCleared),
  t('I6', 'Faulted', 'Finishing', faultCleared),
  t('I7', 'Faulted', 'Reserved', faultCleared),
  t('I8', 'Faulted', 'Unavailable', faultCleared),
];

const byPair = new Map(statusTransitions.map((tr) => [`${tr.from}>${tr.to}`, tr]));

/** The §4.9 cell for going from `from` to `to`, or undefined when the table leaves it empty. */
export function transitionBetween(from: string, to: string): StatusTransition | undefined {
  return byPair.get(`${from}>${to}`);
}

/** The transitions the table allows out of `from`, in column order. */
export function transitionsFrom(from: string): readonly StatusTransition[] {
  return statusTransitions.filter((tr) => tr.from === from);
}
