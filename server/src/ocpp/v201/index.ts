/**
 * The OCPP 2.0.1 catalog: its 64 actions by functional block, OCPP-J 2.0.1's frames and error codes, and the rules
 * of v201/rules/. The service reaches 2.0.1 only through `ocpp201`.
 */
import { indexActions, type Catalog } from '../catalog';
import { messageTypeById, type MessageType } from '../frames';
import { actions } from './actions';
import { RpcErrorCode, rpcErrorCodeSpellingsOf16 } from './callErrors';
import { actionsOf16 } from './formerActions';
import { placeholderHints } from './placeholderHints';
import { references } from './references';
import { ocpp201Rules } from './rules';
import { connectorStatusNotes } from './rules/status';

export { actions } from './actions';

export const actionsByName = indexActions(actions);

export const ocpp201: Catalog = {
  version: '2.0.1',
  displayName: 'OCPP 2.0.1',
  transportName: 'OCPP-J 2.0.1',
  actions,
  actionsByName,
  // OCPP-J 2.0.1 §4.1.3: CALL, CALLRESULT and CALLERROR; 5 and 6 arrive with 2.1.
  messageTypes: [2, 3, 4].map((id) => messageTypeById.get(id) as MessageType),
  callErrorCodes: RpcErrorCode,
  callErrorCodeSpellings: rpcErrorCodeSpellingsOf16,
  otherVersionsActions: actionsOf16,
  placeholderHints,
  // OCPP-J 2.0.1 §4.2.3, Table 7: ErrorDescription is string[255].
  maxErrorDescriptionLength: 255,
  // The schemas' names (P2-201 §1): BootNotificationRequest and BootNotificationResponse.
  messageName: (action, kind) => `${action.name}${kind === 'request' ? 'Request' : 'Response'}`,
  valueRestrictions: [],
  // Whether each connector status is operative (P2-201 §3.23), on its hover and in completion.
  valueNotes: connectorStatusNotes,
  rules: ocpp201Rules,
  references: { oneCallAtATime: references.oneCallAtATime },
  words: { station: 'Charging Station', central: 'CSMS', group: (profile) => `functional block ${profile}` },
};
