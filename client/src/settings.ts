/**
 * What the client tells the server about the `ocpp` settings. VS Code fills every declared setting with its
 * default, so the plain answer would say "unknown-field: error" even when the user never said so, and a
 * `.ocpprc.json` (which ranks below the user's settings) could never take effect. The server is therefore
 * sent only the rule, profile, version and size limit (`maxFileSize`) settings the user set explicitly, in user, workspace or
 * folder settings.
 */
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient';

function explicitValue(config: vscode.WorkspaceConfiguration, key: string): unknown {
  const inspected = config.inspect(key);
  return inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
}

/** `{ profile?, maxFileSize?, version?, rules: { <code>: <severity> } }` with only what the user set. */
export function explicitOcppSettings(ruleCodes: readonly string[], scope?: vscode.Uri):
  { profile?: unknown; maxFileSize?: unknown; version?: unknown; rules: Record<string, unknown> } {
  const config = vscode.workspace.getConfiguration('ocpp', scope);
  const rules: Record<string, unknown> = {};
  for (const code of ruleCodes) {
    const value = explicitValue(config, `rules.${code}`);
    if (value !== undefined) rules[code] = value;
  }
  const profile = explicitValue(config, 'profile');
  const maxFileSize = explicitValue(config, 'maxFileSize');
  const version = explicitValue(config, 'version');
  return {
    ...(profile === undefined ? {} : { profile }),
    ...(version === undefined ? {} : { version }),
    ...(maxFileSize === undefined ? {} : { maxFileSize }),
    rules,
  };
}

/** Answers the server's workspace/configuration requests for the `ocpp` section with the explicit settings. */
export const settingsMiddleware = (ruleCodes: readonly string[]): Middleware => ({
  workspace: {
    configuration: async (params, token, next) => {
      const answers = await next(params, token);
      if (!Array.isArray(answers)) return answers;
      return params.items.map((item, i) =>
        item.section === 'ocpp' ? explicitOcppSettings(ruleCodes, item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined) : answers[i]);
    },
  },
});
