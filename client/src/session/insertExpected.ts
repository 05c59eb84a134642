/** "Insert as Expected Answer": the lens's live answer written into the script after its CALL (expectedAnswer.ts). */
import * as vscode from 'vscode';
import type { FrameArgument } from './commandContext';
import { expectedAnswerInsertion } from './expectedAnswer';

export async function insertExpected(argument: FrameArgument & { text: string }): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(argument.uri));
  const start = document.offsetAt(new vscode.Position(argument.range.start.line, argument.range.start.character));
  const end = document.offsetAt(new vscode.Position(argument.range.end.line, argument.range.end.character));
  const insertion = expectedAnswerInsertion(document.getText(), start, end, argument.text);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, document.positionAt(insertion.offset), insertion.text);
  await vscode.workspace.applyEdit(edit);
}
