/**
 * The session's status bar item: whom we are connected to and the subprotocol both sides agreed on, or the port
 * our central system listens on. Hidden while nothing is connected: nothing connects unless the user asks.
 */
import * as vscode from 'vscode';
import type { SessionState } from './sessionState';

export function createSessionStatusItem(state: SessionState): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('ocpp.session', vscode.StatusBarAlignment.Left, 50);
  item.name = 'OCPP Session';
  item.command = 'ocpp.session.showTraffic';
  const update = () => {
    const { active, listening } = state;
    if (active) {
      item.text = `$(plug) ${active.identity ?? active.endpointName} · ${active.subprotocol ?? ''}`;
      item.tooltip = `OCPP session "${active.endpointName}": ${active.role === 'station' ? 'connected as the station' : 'a station connected to us'} ` +
        `${active.identity ?? ''}, subprotocol ${active.subprotocol}. Click for the traffic.`;
    } else if (listening) {
      item.text = `$(radio-tower) OCPP listening on :${listening.port}`;
      item.tooltip = `Central system "${listening.endpointName}" listening on 127.0.0.1:${listening.port}, waiting for a station. Click for the traffic.`;
    } else {
      item.hide();
      return;
    }
    item.show();
  };
  update();
  return vscode.Disposable.from(item, state.onDidChange(update));
}
