/**
 * The session view, in the bottom panel beside Problems and Output: a table of the live traffic both ways, one row a
 * frame, with its time, direction, kind, action, id, the checker's verdict and the answer's latency. The rows are
 * posted to the webview as data and written into cells as text; scripts run only with this view's nonce.
 */
import * as vscode from 'vscode';
import { keptFrames, type SessionState } from './sessionState';
import { trafficRow } from './trafficRows';

export const trafficViewId = 'ocpp.sessionTraffic';

export function registerTrafficView(state: SessionState): vscode.Disposable {
  let view: vscode.WebviewView | undefined;
  const post = (message: unknown) => void view?.webview.postMessage(message);
  const everything = () => ({ type: 'all', rows: state.traffic.map(trafficRow), status: statusLine(state) });

  const provider: vscode.WebviewViewProvider = {
    resolveWebviewView(webviewView) {
      view = webviewView;
      webviewView.webview.options = { enableScripts: true };
      webviewView.webview.html = page(nonce());
      webviewView.webview.onDidReceiveMessage((message: { type?: string }) => {
        if (message?.type === 'ready') post(everything());
      });
      webviewView.onDidDispose(() => {
        view = undefined;
      });
    },
  };
  return vscode.Disposable.from(
    vscode.window.registerWebviewViewProvider(trafficViewId, provider, { webviewOptions: { retainContextWhenHidden: true } }),
    state.onDidAddTraffic((traffic) => post({ type: 'add', row: trafficRow(traffic) })),
    state.onDidChange(() => post(everything())),
  );
}

function statusLine(state: SessionState): string {
  const parts: string[] = [];
  if (state.active) parts.push(`Connected: ${state.active.identity} (${state.active.subprotocol}) · ${state.active.endpointName}`);
  if (state.listening) parts.push(`Listening on 127.0.0.1:${state.listening.port} · ${state.listening.endpointName}`);
  if (parts.length === 0 && state.ended) {
    parts.push(`Disconnected from ${state.ended.identity ?? state.ended.endpointName}${state.ended.failure ? `: ${state.ended.failure.message}` : ''}`);
  }
  return parts.join('   ') || 'Not connected. "Send" above a CALL, or the command "OCPP: Connect", starts a session.';
}

function nonce(): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from({ length: 32 }, () => letters[Math.floor(Math.random() * letters.length)]).join('');
}

/** The page: a fixed skeleton; every value arrives later by postMessage and is set with textContent. */
function page(nonce: string, keptRows = keptFrames): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<style nonce="${nonce}">
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 8px; }
  #status { margin: 6px 0; opacity: 0.9; }
  table { border-collapse: collapse; width: 100%; }
  th { text-align: left; font-weight: 600; border-bottom: 1px solid var(--vscode-panel-border); position: sticky; top: 0; background: var(--vscode-panel-background); }
  th, td { padding: 2px 8px 2px 0; white-space: nowrap; vertical-align: top; }
  td.frame { font-family: var(--vscode-editor-font-family); white-space: normal; word-break: break-all; opacity: 0.85; }
  td.arrow { font-weight: bold; }
  tr.sent td.arrow { color: var(--vscode-charts-blue); }
  tr.received td.arrow { color: var(--vscode-charts-purple); }
  .valid { color: var(--vscode-testing-iconPassed, green); }
  .warning { color: var(--vscode-editorWarning-foreground); }
  .error { color: var(--vscode-errorForeground); }
</style></head>
<body>
<div id="status"></div>
<table><thead><tr><th>#</th><th>Time (UTC)</th><th></th><th>Station</th><th>Kind</th><th>Action</th><th>Id</th><th>Verdict</th><th>Latency</th><th>Frame</th></tr></thead>
<tbody id="rows"></tbody></table>
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  const rows = document.getElementById('rows');
  const status = document.getElementById('status');
  const cell = (tr, text, className, title) => {
    const td = document.createElement('td');
    td.textContent = text;
    if (className) td.className = className;
    if (title) td.title = title;
    tr.appendChild(td);
  };
  const add = (row) => {
    const tr = document.createElement('tr');
    tr.className = row.arrow === '→' ? 'sent' : 'received';
    cell(tr, String(row.seq));
    cell(tr, row.time);
    cell(tr, row.arrow, 'arrow', row.arrow === '→' ? 'sent by us' : 'received');
    cell(tr, row.identity);
    cell(tr, row.kind);
    cell(tr, row.action);
    cell(tr, row.uniqueId);
    cell(tr, row.verdict, row.verdictClass, row.problems);
    cell(tr, row.latency);
    cell(tr, row.text, 'frame');
    rows.appendChild(tr);
    // As many rows as the session state keeps: a flood of frames cannot grow the page without end.
    while (rows.children.length > ${keptRows}) rows.removeChild(rows.firstChild);
    tr.scrollIntoView({ block: 'nearest' });
  };
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'all') {
      rows.textContent = '';
      status.textContent = message.status;
      message.rows.forEach(add);
    } else if (message.type === 'add') {
      add(message.row);
    }
  });
  vscode.postMessage({ type: 'ready' });
</script>
</body></html>`;
}
