import type { ActionDefinition } from '../schema';
import { actions } from './actions';

export * from './enums';
export * from './rules';
export * from './transitions';
export { actions } from './actions';

/** OCPP 1.6 actions by name. Names are case-sensitive in OCPP-J. */
export const actionsByName: ReadonlyMap<string, ActionDefinition> = new Map(actions.map((a) => [a.name, a]));
