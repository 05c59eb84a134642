/**
 * The diagnostic codes the client passes settings on for, read from the manifest (kept apart from `vscode` so
 * that plain Node tests can check it).
 */
const rulePrefix = 'ocpp.rules.';

/**
 * The diagnostic codes, as the manifest declares their `ocpp.rules.<code>` settings (scripts/generate.ts writes
 * them from the server's codes), so the client keeps no list of its own.
 */
export function ruleCodesOf(packageJSON: unknown): string[] {
  const properties = (packageJSON as { contributes?: { configuration?: { properties?: Record<string, unknown> } } })
    ?.contributes?.configuration?.properties ?? {};
  return Object.keys(properties).filter((key) => key.startsWith(rulePrefix)).map((key) => key.slice(rulePrefix.length));
}
