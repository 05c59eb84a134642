/**
 * The OCPP 2.1 catalog, as data over 2.0.1's (derive.ts): the 2.0.1 actions, types and enumerations it keeps, those
 * it changes derived from them, the ones it adds, OCPP-J 2.1's five frame types and its error codes, and its rules
 * (rules/: 2.0.1's carried over, and what 2.1 changed).
 */
import { indexActions, type Catalog } from '../catalog';
import { messageTypeById, type MessageType } from '../frames';
import type { ActionDefinition } from '../schema';
import { ocpp201 } from '../v201';
import * as definitions from './actions';
import { references } from './references';
import { rulesOf21 } from './rules';
import { citeIn21 } from './rules/citations';

/** Every OCPP 2.1 action, by functional block and then by name. */
export const actions: readonly ActionDefinition[] = Object.values(definitions)
  // An action 2.0.1 lacks is new in 2.1 (a kept or derived one has 2.0.1's name), and hover says so.
  .map((action) => (ocpp201.actionsByName.has(action.name) ? action : { ...action, since: '2.1' }))
  .sort((a, b) => a.profile.localeCompare(b.profile) || a.name.localeCompare(b.name));

export const actionsByName = indexActions(actions);

/** 2.1 keeps what 2.0.1 says about 1.6's spellings and actions: in a 2.1 file, the sentence names 2.1. */
const naming21 = (text: string) => text.replace(/OCPP(-J)? 2\.0\.1/g, 'OCPP$1 2.1');

export const ocpp21: Catalog = {
  version: '2.1',
  displayName: 'OCPP 2.1',
  transportName: 'OCPP-J 2.1',
  actions,
  actionsByName,
  // OCPP-J 2.1 §4.1.3: CALL, CALLRESULT, CALLERROR, CALLRESULTERROR and SEND.
  messageTypes: [2, 3, 4, 5, 6].map((id) => messageTypeById.get(id) as MessageType),
  // OCPP-J 2.1 keeps 2.0.1's error codes, their spelling and the errorDescription limit.
  callErrorCodes: ocpp201.callErrorCodes,
  callErrorCodeSpellings: Object.fromEntries(Object.entries(ocpp201.callErrorCodeSpellings)
    .map(([spelling, { code, explanation }]) => [spelling, { code, explanation: naming21(explanation) }])),
  maxErrorDescriptionLength: ocpp201.maxErrorDescriptionLength,
  otherVersionsActions: Object.fromEntries(Object.entries(ocpp201.otherVersionsActions)
    .map(([name, counterpart]) => [name, { ...counterpart, explanation: naming21(counterpart.explanation) }])),
  placeholderHints: ocpp201.placeholderHints,
  // The schemas' names, as 2.0.1; a message sent as a SEND has one, the action's own (NotifyPeriodicEventStream).
  messageName: (action, kind) => action[kind]?.name ?? ocpp201.messageName(action, kind),
  valueRestrictions: [],
  // ConnectorStatusEnumType is 2.0.1's, so are the notes on its values, citing 2.1's sections.
  valueNotes: new Map([...ocpp201.valueNotes].map(([value, note]) => [value, citeIn21(note)])),
  rules: rulesOf21(actions),
  references: { oneCallAtATime: references.oneCallAtATime },
  words: ocpp201.words,
};
