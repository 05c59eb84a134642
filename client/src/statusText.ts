/**
 * The words of the status bar item, kept apart from `vscode` so that plain Node tests can check them.
 */
import type { DocumentInfo } from '../../server/src/lsp/protocol';

export interface StatusText {
  readonly text: string;
  readonly tooltip: string;
}

const sourceWords = { fileName: 'from file name', keys: 'from its fields' } as const;

const howToSet = 'Set "ocpp.version" in the settings, "version" in a .ocpprc.json beside the files, or --ocpp-version on ocpp-lint.';

/** Why the version is what it is, and how to change it. */
function versionWhy(source: string): string {
  if (source === 'default') return `nothing in the file names a version, so the oldest is used. ${howToSet}`;
  if (source.startsWith('detected: ')) return `the file has ${source.slice('detected: '.length)}, which only this version has. ${howToSet}`;
  if (source.startsWith('detected earlier: ')) {
    return `the file had ${source.slice('detected earlier: '.length)}, which only this version has, and nothing since points elsewhere. ${howToSet}`;
  }
  return `${source} sets it.`;
}

/**
 * The version and why, "OCPP 2.0.1 (detected: TransactionEvent)", and for a bare payload the message it was read
 * as: "OCPP 1.6 (default) · BootNotification.req (from file name)".
 */
export function statusText(info: DocumentInfo | null | undefined): StatusText {
  if (!info) return { text: 'OCPP', tooltip: 'OCPP Authoring is reading this file.' };
  const version = `OCPP ${info.version} (${info.versionSource})`;
  const checked = `Checked against OCPP ${info.version} (OCPP-J): ${versionWhy(info.versionSource)}`;
  if (info.shape !== 'payload') return { text: version, tooltip: checked };
  if (!info.action) {
    return {
      text: `${version} · unknown payload`,
      tooltip: `${checked} Neither the file name nor the fields tell which message this payload is, so it is not checked. ` +
        'Name the file after the message, e.g. BootNotification.json or BootNotification.conf.json.',
    };
  }
  // The server names the message as its version's specification does (BootNotification.req, BootNotificationRequest).
  const message = info.message ?? info.action;
  const source = info.source ? ` (${sourceWords[info.source]})` : '';
  const why = info.source === 'keys'
    ? 'Its fields fit this message best; name the file after the message to make the choice explicit.'
    : 'The file name says which message this is.';
  return {
    text: `${version} · ${message}${source}`,
    tooltip: `${checked} This payload is read as the ${info.kind === 'response' ? 'response to' : 'request of'} ${info.action}. ${why}`,
  };
}
