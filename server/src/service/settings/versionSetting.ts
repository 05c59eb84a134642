/**
 * Which OCPP version a file is checked as, when the user says so: `ocpp.version` in the editor, `version` in a
 * `.ocpprc.json`, `--ocpp-version` on the command line. "auto" (the default) leaves it to the file's content
 * (document/versionChoice.ts). Read and layered with the rule settings, so every adapter has one precedence.
 */

import { autoVersion } from '../document/versionChoice';

export { autoVersion, type VersionSettings } from '../document/versionChoice';

/** The version a setting names, or why it names none. */
export function readVersion(value: unknown, versions: readonly string[]): { version?: string; error?: string } {
  if (value === undefined || value === null) return {};
  if (typeof value === 'string' && (value === autoVersion || versions.includes(value))) return { version: value };
  // A number such as 1.6 is the likely slip in a JSON file.
  const hint = typeof value === 'number' && versions.includes(String(value)) ? ` Write it as a string: "${value}".` : '';
  return { error: `"version" must be one of ${[autoVersion, ...versions].map((v) => `"${v}"`).join(', ')}, not ${JSON.stringify(value)}.${hint}` };
}
