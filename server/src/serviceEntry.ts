/** The public library entry (`dist/service.js`): the language service without any editor or connection. */
export { getLanguageService } from './service';
export type { LanguageService, LanguageServiceSettings, Profile, RuleSettings, RuleSeverity } from './service';
export { lenientProfile } from './service/settings/ruleSettings';
export { problemCodes } from './service/check/problems';
