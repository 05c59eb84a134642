/**
 * A session's OCPP version: its catalog, and the WebSocket subprotocol that names it on the wire (OCPP-J §3.1:
 * "ocpp1.6", "ocpp2.0.1", "ocpp2.1").
 */
import type { Catalog } from '../ocpp/catalog';
import { catalogs } from '../product';
import { SessionFailure } from './types';

export function catalogOf(version: string): Catalog {
  const catalog = catalogs.find((c) => c.version === version);
  if (!catalog) {
    const known = catalogs.map((c) => `"${c.version}"`).join(', ');
    throw new SessionFailure('usage', `A session speaks one of the versions ${known}, not "${version}".`);
  }
  return catalog;
}

/** The subprotocol of a version: the prefix "ocpp" and the version as OCPP writes it. */
export function subprotocolOf(version: string): string {
  return `ocpp${catalogOf(version).version}`;
}
