/**
 * OCPP 2.1's rules beyond the schemas: 2.0.1's, which 2.1 keeps with the same requirement ids, read over 2.1's
 * actions and citing 2.1's sections; a connector's status read from NotifyEvent(AvailabilityState) as well as from
 * StatusNotification (G01.FR.03-07); and the hint that StatusNotification is deprecated.
 */
import type { RuleSet } from '../../rules';
import type { ActionDefinition } from '../../schema';
import { rulesOver } from '../../v201/rules';
import { citeIn21 } from './citations';
import { deprecatedStatusNotification } from './deprecatedStatusNotification';

export function rulesOf21(actions: readonly ActionDefinition[]): RuleSet {
  return rulesOver(actions, { availabilityEvents: true, ownParts: [deprecatedStatusNotification], cite: citeIn21 });
}
