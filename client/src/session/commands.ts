/**
 * The session commands, registered: connect, listen as a central system, disconnect, send the message at the
 * cursor (or the one a "Send" lens names), run the document as a script, save the transcript, insert a live answer
 * as the expected one, and show or clear the traffic. Each asks the language server, which runs the sessions.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { SessionDisconnectRequest } from '../../../server/src/lsp/protocol';
import { commandContext } from './commandContext';
import { insertExpected } from './insertExpected';
import { runScriptCommand } from './runScriptCommand';
import { saveTranscript } from './saveTranscript';
import { sendMessage } from './sendMessage';
import type { SessionState } from './sessionState';

export function registerSessionCommands(context: vscode.ExtensionContext, state: SessionState,
  getClient: () => BaseLanguageClient | undefined, output: vscode.OutputChannel): vscode.Disposable {
  const commands = commandContext(context.secrets, state, getClient, output);

  const disconnect = async () => {
    const client = getClient();
    if (!client?.isRunning()) return;
    if (state.active) await client.sendRequest(SessionDisconnectRequest, { sessionId: state.active.sessionId });
    if (state.listening) await client.sendRequest(SessionDisconnectRequest, { sessionId: state.listening.sessionId });
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand('ocpp.session.connect', () => commands.connect('station')),
    vscode.commands.registerCommand('ocpp.session.listen', () => commands.connect('csms')),
    vscode.commands.registerCommand('ocpp.session.disconnect', disconnect),
    vscode.commands.registerCommand('ocpp.session.send', (argument) => sendMessage(commands, argument)),
    vscode.commands.registerCommand('ocpp.session.runScript', (argument) => runScriptCommand(commands, argument)),
    vscode.commands.registerCommand('ocpp.session.saveTranscript', () => saveTranscript(commands)),
    vscode.commands.registerCommand('ocpp.session.insertExpected', insertExpected),
    vscode.commands.registerCommand('ocpp.session.showTraffic', commands.showTraffic),
    vscode.commands.registerCommand('ocpp.session.clearTraffic', () => state.clearTraffic()),
  );
}
