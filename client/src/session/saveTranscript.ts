/**
 * "Save Session Transcript": the session's frames both ways, in order, as an `*.ocpp.log` the checker reads (the
 * engine writes it; it holds frames only, never a password), saved where the user says and opened.
 */
import * as vscode from 'vscode';
import { SessionTranscriptRequest } from '../../../server/src/lsp/protocol';
import type { CommandContext } from './commandContext';

export async function saveTranscript(context: CommandContext): Promise<void> {
  const client = context.clientOrSay();
  if (!client) return;
  const { active, ended } = context.state;
  const text = await client.sendRequest(SessionTranscriptRequest, { sessionId: active?.sessionId ?? ended?.sessionId });
  if (text === null) {
    void vscode.window.showInformationMessage('There is no session to save: connect first.');
    return;
  }
  const who = (active ?? ended)?.identity ?? 'session';
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = `${who}-${stamp}.ocpp.log`;
  const target = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined, filters: { 'OCPP log': ['log'] }, title: 'Save the session transcript',
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  await vscode.window.showTextDocument(target);
}
