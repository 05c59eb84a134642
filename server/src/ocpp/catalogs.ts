/**
 * Every catalog the product serves, oldest first (a file that fits several versions is checked as the oldest).
 * The adapters (the language server, the CLIs, the library entry) hand this list to the language service, which
 * never imports a version itself.
 */
import type { Catalog } from './catalog';
import { ocpp16 } from './v16';
import { ocpp201 } from './v201';
import { ocpp21 } from './v21';

export const catalogs: readonly Catalog[] = [ocpp16, ocpp201, ocpp21];
