/**
 * The OCPP 1.6 catalog: the 28 actions of OCPP 1.6 and the 11 of its security whitepaper, OCPP-J 1.6's frames
 * and error codes, connector 0, and the rules of v16/rules/. The service reaches 1.6 only through `ocpp16`.
 */
import { indexActions, type Catalog } from '../catalog';
import { messageTypeById, type MessageType } from '../frames';
import { actions } from './actions';
import { connectorZeroStatus, statusNotes } from './connectorZero';
import { CallErrorCode, callErrorCodeRenamedInLaterVersions } from './enums';
import { actionsOf201 } from './laterActions';
import { references } from './references';
import { ocpp16Rules } from './rules';

export * from './enums';
export * from './transitions';
export { actions } from './actions';
export { mainControllerStatuses } from './connectorZero';

export const actionsByName = indexActions(actions);

export const ocpp16: Catalog = {
  version: '1.6',
  displayName: 'OCPP 1.6',
  transportName: 'OCPP-J 1.6',
  actions,
  actionsByName,
  // OCPP-J 1.6 §4.1.3: CALL, CALLRESULT and CALLERROR.
  messageTypes: [2, 3, 4].map((id) => messageTypeById.get(id) as MessageType),
  callErrorCodes: CallErrorCode,
  callErrorCodeSpellings: callErrorCodeRenamedInLaterVersions,
  otherVersionsActions: actionsOf201,
  // No 1.6 rule asks more of a new message than the usual placeholders give.
  placeholderHints: {},
  // The specification's own names (§4, §5): BootNotification.req and BootNotification.conf.
  messageName: (action, kind) => `${action.name}.${kind === 'request' ? 'req' : 'conf'}`,
  valueRestrictions: [connectorZeroStatus],
  valueNotes: statusNotes,
  rules: ocpp16Rules,
  references: { oneCallAtATime: references.oneCallAtATime },
  words: { station: 'Charge Point', central: 'Central System', group: (profile) => `${profile} profile` },
};
