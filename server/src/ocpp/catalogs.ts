/**
 * Every catalog the product serves, oldest first. The adapters (the language server, the CLIs, the library
 * entry) hand this list to the language service, which never imports a version itself.
 */
import type { Catalog } from './catalog';
import { ocpp16 } from './v16';

export const catalogs: readonly Catalog[] = [ocpp16];
