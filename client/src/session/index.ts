/**
 * Live sessions in VS Code (issue 14), desktop only: the engine runs in the Node language server, so the web
 * extension registers none of this. extension.ts calls `registerSessions` and passes `sessionHook` on to each new
 * language client, which then reports traffic and state here.
 */
import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import { SessionLensesNotification, SessionStateNotification, SessionTrafficNotification } from '../../../server/src/lsp/protocol';
import { registerSessionCommands } from './commands';
import { findEndpoints } from './endpoints';
import { SessionState } from './sessionState';
import { createSessionStatusItem } from './statusItem';
import { registerTrafficView } from './trafficView';

export function registerSessions(context: vscode.ExtensionContext, getClient: () => BaseLanguageClient | undefined): (client: BaseLanguageClient) => void {
  const state = new SessionState();
  const output = vscode.window.createOutputChannel('OCPP Session');
  // Menus and views that need the Node server show only where this runs (package.json `when` clauses).
  void vscode.commands.executeCommand('setContext', 'ocpp.sessionsAvailable', true);
  context.subscriptions.push(
    state,
    output,
    createSessionStatusItem(state),
    registerTrafficView(state),
    registerSessionCommands(context, state, getClient, output),
  );
  // "Send" and "Run script" lenses appear once there is an endpoint to send to; an author who runs nothing sees none.
  const offerLenses = async () => {
    const client = getClient();
    if (client?.state !== State.Running) return;
    const { endpoints } = await findEndpoints();
    await client.sendNotification(SessionLensesNotification, { enabled: endpoints.length > 0 }).catch(() => undefined);
  };
  const rcFiles = vscode.workspace.createFileSystemWatcher('**/.ocpprc.json');
  context.subscriptions.push(
    rcFiles,
    rcFiles.onDidCreate(offerLenses), rcFiles.onDidChange(offerLenses), rcFiles.onDidDelete(offerLenses),
    vscode.workspace.onDidGrantWorkspaceTrust(offerLenses),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('ocpp.endpoints')) void offerLenses();
    }),
  );
  return (client) => {
    state.reset();
    client.onDidChangeState((event) => {
      if (event.newState === State.Running) void offerLenses();
    });
    client.onNotification(SessionStateNotification, (params) => {
      state.noteState(params);
      // A session that ended without the user closing it says why.
      if (params.state === 'closed' && params.failure) {
        void vscode.window.showWarningMessage(`OCPP session with ${params.identity ?? params.endpointName} ended (${params.failure.kind}): ${params.failure.message}`);
      }
    });
    client.onNotification(SessionTrafficNotification, (params) => state.noteTraffic(params));
  };
}
