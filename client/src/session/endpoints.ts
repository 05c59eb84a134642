/**
 * The endpoints a session can connect to or listen as: `ocpp.endpoints` in the settings and `endpoints` in a
 * `.ocpprc.json` at the root of a workspace folder. In a workspace VS Code does not trust, only the user's own
 * settings count: an address (and TLS files) a cloned repository names must not receive a password or a frame.
 */
import { parse, type ParseError } from 'jsonc-parser';
import * as vscode from 'vscode';
import { readEndpoints, type EndpointSetting } from './endpointShape';

export type { EndpointSetting } from './endpointShape';

export interface FoundEndpoints {
  readonly endpoints: EndpointSetting[];
  /** One sentence per entry that was left out, and why. */
  readonly problems: string[];
}

export async function findEndpoints(): Promise<FoundEndpoints> {
  const problems: string[] = [];
  const inspected = vscode.workspace.getConfiguration('ocpp').inspect<unknown>('endpoints');
  const endpoints = readEndpoints(inspected?.globalValue, 'user settings', problems);
  if (vscode.workspace.isTrusted) {
    endpoints.push(...readEndpoints(inspected?.workspaceValue, 'workspace settings', problems));
    endpoints.push(...readEndpoints(inspected?.workspaceFolderValue, 'folder settings', problems));
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const file = vscode.Uri.joinPath(folder.uri, '.ocpprc.json');
      const text = await vscode.workspace.fs.readFile(file).then((bytes) => new TextDecoder().decode(bytes), () => undefined);
      if (text === undefined) continue;
      // Comments and trailing commas are allowed, as the language server reads the file.
      const errors: ParseError[] = [];
      const value: unknown = parse(text.replace(/^\uFEFF/, ''), errors, { allowTrailingComma: true, disallowComments: false });
      if (errors.length > 0) {
        problems.push(`${vscode.workspace.asRelativePath(file)} is not valid JSON, so its endpoints were not read.`);
        continue;
      }
      const base = folder.uri;
      const found = readEndpoints((value as { endpoints?: unknown } | null)?.endpoints, vscode.workspace.asRelativePath(file), problems);
      // TLS files named in the file are relative to its folder.
      endpoints.push(...found.map((endpoint) => ({ ...endpoint, baseFolder: base.fsPath })));
    }
  }
  return { endpoints, problems };
}

/** Asks which endpoint, offering those of `role` when the frame to send says which side sends it. */
export async function pickEndpoint(found: FoundEndpoints, role?: 'station' | 'csms'): Promise<EndpointSetting | undefined> {
  const fitting = found.endpoints.filter((e) => role === undefined || e.role === role);
  if (fitting.length === 0) {
    const what = role === 'csms' ? 'a central system (role "csms")' : role === 'station' ? 'a station (role "station")' : 'any role';
    const trust = vscode.workspace.isTrusted ? '' : ' This workspace is not trusted, so only endpoints in your user settings count.';
    const choice = await vscode.window.showWarningMessage(
      `No OCPP endpoint for ${what} is set up. Add one to "ocpp.endpoints" in the settings or "endpoints" in .ocpprc.json.${trust}`,
      'Open Settings');
    if (choice) await vscode.commands.executeCommand('workbench.action.openSettings', 'ocpp.endpoints');
    return undefined;
  }
  if (fitting.length === 1) return fitting[0];
  const picked = await vscode.window.showQuickPick(fitting.map((endpoint) => ({
    label: endpoint.name,
    description: endpoint.role === 'csms' ? `listen on 127.0.0.1:${endpoint.port ?? 0}` : `${endpoint.url} as ${endpoint.identity}`,
    detail: `${endpoint.role === 'csms' ? 'Central system' : 'Station'}${endpoint.version ? `, OCPP ${endpoint.version}` : ''} · from ${endpoint.from}`,
    endpoint,
  })), { placeHolder: 'Which OCPP endpoint?' });
  return picked?.endpoint;
}
