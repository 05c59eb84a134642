/**
 * The session's status bar item: whom we are connected to and the subprotocol both sides agreed on, and the port
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
    const texts: string[] = [];
    const tips: string[] = [];
    if (active) {
      texts.push(`$(plug) ${active.identity ?? active.endpointName} · ${active.subprotocol ?? ''}`);
      tips.push(`OCPP session "${active.endpointName}": ${active.role === 'station' ? 'connected as the station' : 'a station connected to us,'} ` +
        `${active.identity ?? ''}, subprotocol ${active.subprotocol}.`);
    }
    if (listening) {
      texts.push(`$(radio-tower) OCPP listening on :${listening.port}`);
      tips.push(`Central system "${listening.endpointName}" listening on 127.0.0.1:${listening.port} for stations.`);
    }
    if (texts.length === 0) {
      item.hide();
      return;
    }
    item.text = texts.join('   ');
    item.tooltip = `${tips.join(' ')} Click for the traffic.`;
    item.show();
  };
  update();
  return vscode.Disposable.from(item, state.onDidChange(update));
}
