/**
 * What the product serves, for the adapters (the language server, the CLI, the library entry, the build
 * scripts): every catalog, and every diagnostic code of the shared checks and of the catalogs' rules. The pure
 * service receives these as arguments and imports no version itself.
 */
import { catalogs } from './ocpp/catalogs';
import { problemCodesFor } from './service/check/problems';

export { catalogs } from './ocpp/catalogs';

export const problemCodes = problemCodesFor(catalogs);

/** The versions a `version` setting may name, oldest first. */
export const versions: readonly string[] = catalogs.map((c) => c.version);
