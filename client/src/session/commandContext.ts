/**
 * What the session commands share: the running language client (or a word to the user that there is none), the
 * session state, connecting on demand, and the "OCPP Session" output. commands.ts makes one and registers the
 * commands; each command is a file of its own.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DocumentInfoRequest, type Role } from '../../../server/src/lsp/protocol';
import { connectEndpoint } from './connect';
import { findEndpoints, pickEndpoint } from './endpoints';
import type { SessionState } from './sessionState';
import { trafficViewId } from './trafficView';

export interface CommandContext {
  readonly state: SessionState;
  readonly output: vscode.OutputChannel;
  /** The running client; undefined (after saying why) when no OCPP file has started the server. */
  clientOrSay(): BaseLanguageClient | undefined;
  /** Connects to an endpoint of `role` (any when undefined); true once a session (or a listener) is up. */
  connect(role: Role | undefined, document?: vscode.TextDocument): Promise<boolean>;
  /** The active session, or one the user connects now for a frame `sender` sends. */
  ensureSession(sender: Role | undefined, document: vscode.TextDocument): Promise<boolean>;
  showTraffic(): Thenable<unknown>;
}

/** A frame as a lens names it: its document and range. */
export interface FrameArgument {
  readonly uri: string;
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export function commandContext(secrets: vscode.SecretStorage, state: SessionState, getClient: () => BaseLanguageClient | undefined,
  output: vscode.OutputChannel): CommandContext {
  const clientOrSay = (): BaseLanguageClient | undefined => {
    const client = getClient();
    if (!client?.isRunning()) void vscode.window.showWarningMessage('Open an OCPP file first: sessions run in the OCPP language server.');
    return client?.isRunning() ? client : undefined;
  };

  /** An endpoint without a version takes the document's. */
  const documentVersion = async (client: BaseLanguageClient, document: vscode.TextDocument | undefined) => {
    if (!document) return undefined;
    const info = await client.sendRequest(DocumentInfoRequest, { uri: client.code2ProtocolConverter.asUri(document.uri) }).catch(() => null);
    return info?.version;
  };

  const showTraffic = () => vscode.commands.executeCommand(`${trafficViewId}.focus`, { preserveFocus: true });

  const connect = async (role: Role | undefined, document = vscode.window.activeTextEditor?.document): Promise<boolean> => {
    const client = clientOrSay();
    if (!client) return false;
    const found = await findEndpoints();
    for (const problem of found.problems) output.appendLine(problem);
    const endpoint = await pickEndpoint(found, role);
    if (!endpoint) return false;
    const result = await connectEndpoint(client, secrets, endpoint, await documentVersion(client, document));
    if (result?.ok) void showTraffic();
    return result?.ok === true;
  };

  const ensureSession = async (sender: Role | undefined, document: vscode.TextDocument): Promise<boolean> => {
    if (state.active) return true;
    if (state.listening) {
      void vscode.window.showWarningMessage(`No station has connected to "${state.listening.endpointName}" on port ${state.listening.port} yet.`);
      return false;
    }
    return connect(sender, document);
  };

  return { state, output, clientOrSay, connect, ensureSession, showTraffic };
}

/**
 * A message with errors goes only when the user says so ("Send anyway" is how a negative test is written).
 * Without a range, the whole document's errors count.
 */
export async function confirmErrors(document: vscode.TextDocument, range: vscode.Range | undefined): Promise<boolean> {
  const errors = vscode.languages.getDiagnostics(document.uri)
    .filter((d) => d.severity === vscode.DiagnosticSeverity.Error && (!range || d.range.intersection(range) !== undefined));
  if (errors.length === 0) return true;
  const first = errors[0].message.split('\n')[0];
  const what = range ? 'This message has' : 'This script has';
  const choice = await vscode.window.showWarningMessage(
    `${what} ${errors.length} error${errors.length === 1 ? '' : 's'}: ${first}`, { modal: true, detail: 'Send it as it is, for a negative test?' }, 'Send anyway');
  return choice === 'Send anyway';
}
