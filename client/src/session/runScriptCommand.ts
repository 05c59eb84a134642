/**
 * "Run Script": the document runs as a test over the active session (the server's script runner: our CALLs in
 * order, each live answer compared with the script's). One line per step goes to the "OCPP Session" output, and a
 * message says how many steps passed.
 */
import * as vscode from 'vscode';
import { SessionRunScriptRequest } from '../../../server/src/lsp/protocol';
import { confirmErrors, type CommandContext } from './commandContext';

export async function runScriptCommand(context: CommandContext, argument?: { uri: string }): Promise<void> {
  const client = context.clientOrSay();
  if (!client) return;
  const document = argument ? await vscode.workspace.openTextDocument(vscode.Uri.parse(argument.uri)) : vscode.window.activeTextEditor?.document;
  if (!document) return;
  if (!(await confirmErrors(document, undefined))) return;
  if (!(await context.ensureSession(undefined, document))) return;
  const name = vscode.workspace.asRelativePath(document.uri);
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Running ${name} as a script` },
    () => client.sendRequest(SessionRunScriptRequest, { uri: client.code2ProtocolConverter.asUri(document.uri) }));
  const output = context.output;
  output.appendLine(`Script ${name}:`);
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
}
