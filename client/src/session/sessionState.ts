/**
 * What the client knows of the live sessions, from the server's state and traffic notifications: the active session
 * (the last one that connected), a listening central system, and every frame both ways. The status bar item and the
 * traffic view redraw from here.
 */
import * as vscode from 'vscode';
import type { SessionStateParams, SessionTrafficParams } from '../../../server/src/lsp/protocol';

/** The traffic view keeps this many frames; older ones stay in the saved transcript. */
export const keptFrames = 2000;

export class SessionState implements vscode.Disposable {
  /** The station session frames are sent on. */
  active: SessionStateParams | undefined;
  /** A central system of ours that is listening for stations. */
  listening: SessionStateParams | undefined;
  /** The last session that ended, and why, until another starts. */
  ended: SessionStateParams | undefined;
  readonly traffic: SessionTrafficParams[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly added = new vscode.EventEmitter<SessionTrafficParams>();
  readonly onDidChange = this.changed.event;
  readonly onDidAddTraffic = this.added.event;

  noteState(state: SessionStateParams): void {
    if (state.state === 'listening') this.listening = state;
    if (state.state === 'connected') {
      this.active = state;
      this.ended = undefined;
    }
    if (state.state === 'closed') {
      if (this.listening?.sessionId === state.sessionId) this.listening = undefined;
      if (this.active?.sessionId === state.sessionId) {
        this.active = undefined;
        this.ended = state;
      }
    }
    this.changed.fire();
  }

  noteTraffic(traffic: SessionTrafficParams): void {
    this.traffic.push(traffic);
    if (this.traffic.length > keptFrames) this.traffic.splice(0, this.traffic.length - keptFrames);
    this.added.fire(traffic);
  }

  /** A new language server knows no session of the old one. */
  reset(): void {
    this.active = undefined;
    this.listening = undefined;
    this.changed.fire();
  }

  clearTraffic(): void {
    this.traffic.length = 0;
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
    this.added.dispose();
  }
}
