/**
 * The session commands: connect, listen as a central system, disconnect, send the message at the cursor (or the
 * one a "Send" lens names), run the document as a script, save the transcript, and insert a live answer as the
 * expected one. Each asks the language server, which runs the sessions.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  DocumentInfoRequest, SendableFramesRequest, SessionDisconnectRequest, SessionRunScriptRequest, SessionSendRequest,
  SessionTranscriptRequest, type Role, type SendableFrame,
} from '../../../server/src/lsp/protocol';
import { connectEndpoint } from './connect';
import { findEndpoints, pickEndpoint } from './endpoints';
import { expectedAnswerInsertion } from './expectedAnswer';
import type { SessionState } from './sessionState';
import { trafficViewId } from './trafficView';

interface FrameArgument {
  readonly uri: string;
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export function registerSessionCommands(context: vscode.ExtensionContext, state: SessionState,
  getClient: () => BaseLanguageClient | undefined, output: vscode.OutputChannel): vscode.Disposable {
  const clientOrSay = (): BaseLanguageClient | undefined => {
    const client = getClient();
    if (!client?.isRunning()) void vscode.window.showWarningMessage('Open an OCPP file first: sessions run in the OCPP language server.');
    return client?.isRunning() ? client : undefined;
  };

  const documentVersion = async (client: BaseLanguageClient, document: vscode.TextDocument | undefined) => {
    if (!document) return undefined;
    const info = await client.sendRequest(DocumentInfoRequest, { uri: client.code2ProtocolConverter.asUri(document.uri) }).catch(() => null);
    return info?.version;
  };

  const showTraffic = () => vscode.commands.executeCommand(`${trafficViewId}.focus`, { preserveFocus: true });

  /** Connects to an endpoint of `role` (any when undefined); true once a session (or a listener) is up. */
  const connect = async (role: Role | undefined, document = vscode.window.activeTextEditor?.document): Promise<boolean> => {
    const client = clientOrSay();
    if (!client) return false;
    const found = await findEndpoints();
    for (const problem of found.problems) output.appendLine(problem);
    const endpoint = await pickEndpoint(found, role);
    if (!endpoint) return false;
    const result = await connectEndpoint(client, context.secrets, endpoint, await documentVersion(client, document));
    if (result?.ok) void showTraffic();
    return result?.ok === true;
  };

  /** The active session, or one the user connects now for a frame `sender` sends. */
  const ensureSession = async (sender: Role | undefined, document: vscode.TextDocument): Promise<boolean> => {
    if (state.active) return true;
    if (state.listening) {
      void vscode.window.showWarningMessage(`No station has connected to "${state.listening.endpointName}" on port ${state.listening.port} yet.`);
      return false;
    }
    return connect(sender, document);
  };

  const send = async (argument?: FrameArgument) => {
    const client = clientOrSay();
    if (!client) return;
    const editor = vscode.window.activeTextEditor;
    const document = argument
      ? await vscode.workspace.openTextDocument(vscode.Uri.parse(argument.uri))
      : editor?.document;
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
    if (!(await ensureSession(frame.sender, document))) return;
    if (state.active && !sendsAs(frame, state.active.role)) {
      const ok = await vscode.window.showWarningMessage(
        `${frame.action} is sent by the ${frame.sender === 'csms' ? 'central system' : 'station'}, but this session plays the ${state.active.role === 'csms' ? 'central system' : 'station'}.`,
        { modal: true }, 'Send anyway');
      if (!ok) return;
    }
    const result = await client.sendRequest(SessionSendRequest, {
      text: document.getText(range), source: { uri: client.code2ProtocolConverter.asUri(document.uri), range: frame.range },
    });
    if (!result.ok) void vscode.window.showErrorMessage(`OCPP: the message was not sent (${result.failure.kind}): ${result.failure.message}`);
    else if (result.exchange.outcome === 'timeout') void vscode.window.showWarningMessage(`OCPP: no answer to ${frame.action} (${frame.uniqueId}) within the timeout.`);
  };

  const runScript = async (argument?: { uri: string }) => {
    const client = clientOrSay();
    if (!client) return;
    const document = argument ? await vscode.workspace.openTextDocument(vscode.Uri.parse(argument.uri)) : vscode.window.activeTextEditor?.document;
    if (!document) return;
    if (!(await confirmErrors(document, undefined))) return;
    if (!(await ensureSession(undefined, document))) return;
    const uri = client.code2ProtocolConverter.asUri(document.uri);
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Running ${vscode.workspace.asRelativePath(document.uri)} as a script` },
      () => client.sendRequest(SessionRunScriptRequest, { uri }));
    output.appendLine(`Script ${vscode.workspace.asRelativePath(document.uri)}:`);
    for (const error of result.errors) output.appendLine(`  cannot run: ${error}`);
    for (const step of result.steps) {
      output.appendLine(`  line ${step.line + 1} ${step.kind} ${step.action}: ${step.passed ? 'PASS' : 'FAIL'}, ${step.outcome}`);
      for (const failure of step.failures) output.appendLine(`      ${failure}`);
      for (const note of step.notes) output.appendLine(`      note: ${note}`);
    }
    const failed = result.steps.filter((s) => !s.passed).length;
    const summary = result.errors.length > 0
      ? `The script could not run: ${result.errors[0]}`
      : `Script: ${result.steps.length - failed} of ${result.steps.length} steps passed in ${result.durationMs} ms.`;
    const show = failed > 0 || result.errors.length > 0 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    if (await show(summary, 'Show Details')) output.show(true);
  };

  const saveTranscript = async () => {
    const client = clientOrSay();
    if (!client) return;
    const text = await client.sendRequest(SessionTranscriptRequest, { sessionId: state.active?.sessionId ?? state.ended?.sessionId });
    if (text === null) {
      void vscode.window.showInformationMessage('There is no session to save: connect first.');
      return;
    }
    const who = (state.active ?? state.ended)?.identity ?? 'session';
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = `${who}-${stamp}.ocpp.log`;
    const target = await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined, filters: { 'OCPP log': ['log'] }, title: 'Save the session transcript',
    });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    await vscode.window.showTextDocument(target);
  };

  const insertExpected = async (argument: FrameArgument & { text: string }) => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(argument.uri));
    const start = document.offsetAt(new vscode.Position(argument.range.start.line, argument.range.start.character));
    const end = document.offsetAt(new vscode.Position(argument.range.end.line, argument.range.end.character));
    const insertion = expectedAnswerInsertion(document.getText(), start, end, argument.text);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(insertion.offset), insertion.text);
    await vscode.workspace.applyEdit(edit);
  };

  const disconnect = async () => {
    const client = getClient();
    if (!client?.isRunning()) return;
    if (state.active) await client.sendRequest(SessionDisconnectRequest, { sessionId: state.active.sessionId });
    if (state.listening) await client.sendRequest(SessionDisconnectRequest, { sessionId: state.listening.sessionId });
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand('ocpp.session.connect', () => connect('station')),
    vscode.commands.registerCommand('ocpp.session.listen', () => connect('csms')),
    vscode.commands.registerCommand('ocpp.session.disconnect', disconnect),
    vscode.commands.registerCommand('ocpp.session.send', send),
    vscode.commands.registerCommand('ocpp.session.runScript', runScript),
    vscode.commands.registerCommand('ocpp.session.saveTranscript', saveTranscript),
    vscode.commands.registerCommand('ocpp.session.insertExpected', insertExpected),
    vscode.commands.registerCommand('ocpp.session.showTraffic', showTraffic),
    vscode.commands.registerCommand('ocpp.session.clearTraffic', () => state.clearTraffic()),
  );
}

function sendsAs(frame: SendableFrame, role: Role): boolean {
  return frame.sender === undefined || frame.sender === role;
}

/**
 * A message with errors goes only when the user says so ("Send anyway" is how a negative test is written).
 * Without a range, the whole document's errors count.
 */
async function confirmErrors(document: vscode.TextDocument, range: vscode.Range | undefined): Promise<boolean> {
  const errors = vscode.languages.getDiagnostics(document.uri)
    .filter((d) => d.severity === vscode.DiagnosticSeverity.Error && (!range || d.range.intersection(range) !== undefined));
  if (errors.length === 0) return true;
  const first = errors[0].message.split('\n')[0];
  const what = range ? 'This message has' : 'This script has';
  const choice = await vscode.window.showWarningMessage(
    `${what} ${errors.length} error${errors.length === 1 ? '' : 's'}: ${first}`, { modal: true, detail: 'Send it as it is, for a negative test?' }, 'Send anyway');
  return choice === 'Send anyway';
}
