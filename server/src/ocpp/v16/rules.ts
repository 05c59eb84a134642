import { ChargePointStatus, type StatusValue } from './enums';

/**
 * Rules OCPP 1.6 states in prose rather than in the message tables. They read the catalog's flags, so the
 * lists below are derived, never retyped.
 */

/** The statuses the charge point's main controller (connectorId 0) may report (§4.9, §7.7). */
export const mainControllerStatuses: readonly StatusValue[] = ChargePointStatus.values.filter((v) => v.mainController);

export const connectorZeroDoc =
  'Connector 0 is not a socket: it stands for the charge point as a whole (its main controller). ' +
  `A StatusNotification for it may only report ${mainControllerStatuses.slice(0, -1).map((v) => v.name).join(', ')} or ${mainControllerStatuses[mainControllerStatuses.length - 1].name}.`;

/**
 * The only statuses EVCommunicationError may accompany (§4.9; §7.6 calls it no real error: the connector
 * should not go to Faulted). Reported with them, it is a warning condition.
 */
export const evCommunicationErrorStatuses: readonly string[] = ['Preparing', 'SuspendedEV', 'SuspendedEVSE', 'Finishing'];
