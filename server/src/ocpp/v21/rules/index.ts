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
  return rulesOver(actions, {
    availabilityEvents: true,
    numbering: {
      // 2.0.1 asked for an evseId above 0; 2.1 gives 0 (like leaving it out) the whole Charging Station.
      'NotifyChargingLimitRequest.evseId': { zero: 'station', note: 'evseId 0, like leaving evseId out, says the limit applies to the Charging Station as a whole (P2-21 §1.45.1).' },
    },
    stoppedReasons: {
      // 2.1 deprecates these stoppedReasons (they end the energy transfer, not the transaction, P2-21 §3.83), and a
      // transaction a reached limit ends carries the limit as its triggerReason (E16.FR.06) with no reason named.
      EnergyLimitReached: undefined,
      TimeLimitReached: undefined,
      // Declining the tariff deauthorizes the idToken; where that ends the transaction, it ends DeAuthorized.
      TariffNotAccepted: { reason: 'DeAuthorized', cite: 'I07.FR.30' },
    },
    ownParts: [deprecatedStatusNotification],
    cite: citeIn21,
  });
}
