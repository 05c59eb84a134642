/**
 * "Send Message": the CALL or SEND a lens names, or the one the cursor is in, goes over the active session (one is
 * connected first when there is none). Its answer appears in the lenses above it and in the session view.
 */
import * as vscode from 'vscode';
import { SendableFramesRequest, SessionSendRequest } from '../../../server/src/lsp/protocol';
import { confirmErrors, type CommandContext, type FrameArgument } from './commandContext';

export async function sendMessage(context: CommandContext, argument?: FrameArgument): Promise<void> {
  const client = context.clientOrSay();
  if (!client) return;
  const editor = vscode.window.activeTextEditor;
  const document = argument ? await vscode.workspace.openTextDocument(vscode.Uri.parse(argument.uri)) : editor?.document;
  if (!document) return;
  const frames = await client.sendRequest(SendableFramesRequest, { uri: client.code2ProtocolConverter.asUri(document.uri) });
  // A lens names its frame's start; the cursor may be anywhere inside a frame.
  const at = argument ? client.protocol2CodeConverter.asPosition(argument.range.start) : editor!.selection.active;
  const frame = frames.find((f) => client.protocol2CodeConverter.asRange(f.range).contains(at));
  if (!frame) {
    void vscode.window.showInformationMessage('Put the cursor in a CALL (or a 2.1 SEND) to send it.');
    return;
  }
  const range = client.protocol2CodeConverter.asRange(frame.range);
  if (!(await confirmErrors(document, range))) return;
  if (!(await context.ensureSession(frame.sender, document))) return;
  const active = context.state.active;
  if (active && frame.sender !== undefined && frame.sender !== active.role) {
    const ok = await vscode.window.showWarningMessage(
      `${frame.action} is sent by the ${frame.sender === 'csms' ? 'central system' : 'station'}, but this session plays the ${active.role === 'csms' ? 'central system' : 'station'}.`,
      { modal: true }, 'Send anyway');
    if (!ok) return;
  }
  const result = await client.sendRequest(SessionSendRequest, {
    text: document.getText(range), source: { uri: client.code2ProtocolConverter.asUri(document.uri), range: frame.range },
  });
  if (!result.ok) void vscode.window.showErrorMessage(`OCPP: the message was not sent (${result.failure.kind}): ${result.failure.message}`);
  else if (result.exchange.outcome === 'timeout') void vscode.window.showWarningMessage(`OCPP: no answer to ${frame.action} (${frame.uniqueId}) within the timeout.`);
}
