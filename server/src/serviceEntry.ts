/**
 * The public library entry (`dist/service.js`): the language service without any editor or connection, serving
 * every OCPP version the product knows unless told otherwise.
 */
import { getLanguageService as createService, type LanguageService, type LanguageServiceSettings } from './service';
import { catalogs, problemCodes } from './product';

export function getLanguageService(settings: Partial<LanguageServiceSettings> = {}): LanguageService {
  return createService({ ...settings, catalogs: settings.catalogs ?? catalogs });
}

export { catalogs, problemCodes };
export type { Catalog, LanguageService, LanguageServiceSettings, Profile, RuleSettings, RuleSeverity } from './service';
export { lenientProfile } from './service/settings/ruleSettings';
