/**
 * Which catalog (OCPP version) a document is read against. The service serves one version today, so every
 * document is read as the first catalog; choosing per document (a setting, .ocpprc.json, the file's content)
 * belongs here when a second version arrives.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Catalog } from '../../ocpp/catalog';

export function catalogFor(catalogs: readonly Catalog[], _document: TextDocument): Catalog {
  return catalogs[0];
}
