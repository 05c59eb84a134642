/**
 * A status bar item for OCPP documents: the OCPP version they are checked against and why and, for a bare payload, the
 * message it was read as. That guess decides every diagnostic in the file, so it should be visible, not buried
 * in a hover.
 *
 * The server knows the answer (it parsed the document); the item asks it with `ocpp/documentInfo` when the
 * active editor changes and whenever the document's diagnostics change, which is right after each re-check.
 */
import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import { DocumentInfoRequest } from '../../server/src/lsp/protocol';
import { statusText } from './statusText';

export function createStatusBar(
  getClient: () => BaseLanguageClient | undefined,
  isOcppDocument: (document: vscode.TextDocument) => boolean,
): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('ocpp.documentInfo', vscode.StatusBarAlignment.Right, 100);
  item.name = 'OCPP Version';
  // Answers can arrive out of order; only the latest question's answer is shown.
  let asked = 0;

  const update = async () => {
    const question = ++asked;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isOcppDocument(document)) {
      item.hide();
      return;
    }
    const client = getClient();
    let info = null;
    if (client?.state === State.Running) {
      // A failure (the server is restarting, the document is not yet open there) leaves the plain version shown;
      // the next diagnostics bring another try.
      info = await client.sendRequest(DocumentInfoRequest, { uri: client.code2ProtocolConverter.asUri(document.uri) })
        .catch(() => null);
    }
    if (question !== asked) return;
    // A Markdown file without OCPP code blocks is no OCPP document: no version to show.
    if (document.languageId === 'markdown' && (!info || info.shape === 'empty')) {
      item.hide();
      return;
    }
    const { text, tooltip } = statusText(info);
    item.text = text;
    item.tooltip = tooltip;
    item.show();
  };

  const refresh = () => void update();
  refresh();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && event.uris.some((uri) => uri.toString() === active)) refresh();
    }),
    // `ocpp.files` decides which documents are OCPP at all; `ocpp.version` which version they are (the re-check's
    // diagnostics bring another refresh once the server has read the new setting).
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('ocpp.files') || event.affectsConfiguration('ocpp.version')) refresh();
    }),
  );
}
