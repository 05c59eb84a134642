/**
 * Connector 0, the charge point's main controller, in data (OCPP 1.6 §4.9, §7.7): which statuses it may report,
 * what it is, and what each status says about it. The catalog hands this to the service as a value restriction,
 * which checking, the quick check, completion, hover and quick fixes all read.
 */
import type { ValueRestriction } from '../restrictions';
import type { EnumValue } from '../schema';
import { listWithOr } from '../../text/words';
import { StatusNotification } from './actions/core';
import { ChargePointStatus, type StatusValue } from './enums';

/** The statuses the main controller (connectorId 0) may report, read from the catalog's flags, never retyped. */
export const mainControllerStatuses: readonly StatusValue[] = ChargePointStatus.values.filter((v) => v.mainController);

const connectorZeroDoc =
  'Connector 0 is not a socket: it stands for the charge point as a whole (its main controller). ' +
  `A StatusNotification for it may only report ${listWithOr(mainControllerStatuses.map((v) => v.name))}.`;

export const connectorZeroStatus: ValueRestriction = {
  code: 'connector-zero-status',
  owner: StatusNotification.request!,
  field: 'status',
  when: { field: 'connectorId', equals: 0 },
  values: mainControllerStatuses,
  reason: "connectorId 0 is the charge point's main controller",
  whenDoc: { heading: 'connectorId 0', doc: connectorZeroDoc },
  allowedNote: 'Connector 0 (the whole charge point) may report it too.',
  excludedNote: 'Only a real connector (connectorId 1 or more) may report it; connector 0 may not.',
  snippet: {
    label: 'for connector 0',
    prefixSuffix: 'connector0',
    description: 'A StatusNotification for connector 0, which stands for the whole charge point rather than one socket.',
  },
};

/** Whether each status counts as operative (§7.7), said on its hover. */
export const statusNotes: ReadonlyMap<EnumValue, string> = new Map(
  ChargePointStatus.values.map((v) => [v, v.operative ? 'Operative.' : 'Inoperative.']),
);
