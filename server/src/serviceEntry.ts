/** The public library entry (`dist/service.js`): the language service without any editor or connection. */
export { getLanguageService } from './service';
export type { LanguageService, LanguageServiceSettings } from './service';
export { problemCodes } from './service/problems';
