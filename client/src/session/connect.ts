/**
 * Connecting: an endpoint from the settings becomes what the server's engine needs. Its TLS files are read here
 * (paths relative to the .ocpprc.json or the first workspace folder), the password comes from VS Code's secret
 * storage (asked for once, with a password box), and a connection refused for its credentials asks again.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { SessionConnectRequest, type SessionConnectResult, type SessionEndpoint } from '../../../server/src/lsp/protocol';
import type { EndpointSetting } from './endpointShape';

/** The secret's key: one password per endpoint name, address and identity. */
function secretKey(endpoint: EndpointSetting): string {
  return `ocpp.endpoint.password:${endpoint.name}:${endpoint.url ?? `port ${endpoint.port ?? 0}`}:${endpoint.identity ?? ''}`;
}

/** The stored password, or one asked for now (empty means none); undefined when the user cancels. */
async function passwordFor(secrets: vscode.SecretStorage, endpoint: EndpointSetting, askAgain: boolean): Promise<string | undefined> {
  const key = secretKey(endpoint);
  const stored = askAgain ? undefined : await secrets.get(key);
  if (stored !== undefined) return stored;
  const prompt = endpoint.role === 'csms'
    ? `The password stations must send to "${endpoint.name}" (HTTP Basic, security profiles 1 and 2). Leave it empty for none.`
    : `The password of station ${endpoint.identity} at ${endpoint.url} (HTTP Basic, security profiles 1 and 2). Leave it empty for none.`;
  const entered = await vscode.window.showInputBox({ title: `OCPP endpoint "${endpoint.name}"`, prompt, password: true, ignoreFocusOut: true });
  if (entered === undefined) return undefined;
  await secrets.store(key, entered);
  return entered;
}

async function readPem(endpoint: EndpointSetting, path: string | undefined): Promise<string | undefined> {
  if (!path) return undefined;
  const base = endpoint.baseFolder ? vscode.Uri.file(endpoint.baseFolder) : vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri = path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || !base ? vscode.Uri.file(path) : vscode.Uri.joinPath(base, path);
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    throw new Error(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Connects (a station) or starts listening (a central system); says what went wrong when it could not. */
export async function connectEndpoint(client: BaseLanguageClient, secrets: vscode.SecretStorage, endpoint: EndpointSetting,
  documentVersion: string | undefined): Promise<SessionConnectResult | undefined> {
  let askAgain = false;
  for (let attempt = 0; attempt < 2; attempt++) {
    const password = await passwordFor(secrets, endpoint, askAgain);
    if (password === undefined) return undefined;
    let tls: { ca?: string; cert?: string; key?: string };
    try {
      tls = { ca: await readPem(endpoint, endpoint.ca), cert: await readPem(endpoint, endpoint.cert), key: await readPem(endpoint, endpoint.key) };
    } catch (error) {
      void vscode.window.showErrorMessage(`OCPP endpoint "${endpoint.name}": ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
    // The verbose trace logs every request's params: the password would be in the "OCPP Authoring" output's log.
    if (password && vscode.workspace.getConfiguration('ocpp').get('trace.server') === 'verbose') {
      const go = await vscode.window.showWarningMessage(
        '"ocpp.trace.server" is "verbose", so the language server trace would record this password. Connect anyway?',
        { modal: true }, 'Connect anyway');
      if (!go) return undefined;
    }
    const resolved: SessionEndpoint = {
      name: endpoint.name, role: endpoint.role, version: endpoint.version ?? documentVersion ?? '1.6',
      ...(endpoint.url ? { url: endpoint.url } : {}),
      ...(endpoint.identity ? { identity: endpoint.identity } : {}),
      ...(endpoint.port === undefined ? {} : { port: endpoint.port }),
      ...Object.fromEntries(Object.entries(tls).filter(([, value]) => value !== undefined)),
      ...(password ? { password } : {}),
    };
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: endpoint.role === 'csms' ? `Starting central system "${endpoint.name}"` : `Connecting to "${endpoint.name}"` },
      () => client.sendRequest(SessionConnectRequest, { endpoint: resolved }));
    if (result.ok) return result;
    if (result.failure.kind === 'unauthorized' && attempt === 0) {
      const again = await vscode.window.showErrorMessage(`OCPP endpoint "${endpoint.name}": ${result.failure.message}`, 'Enter the password again');
      if (!again) return result;
      askAgain = true;
      continue;
    }
    void vscode.window.showErrorMessage(`OCPP endpoint "${endpoint.name}" (${result.failure.kind}): ${result.failure.message}`);
    return result;
  }
  return undefined;
}
