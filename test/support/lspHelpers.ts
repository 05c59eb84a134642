/**
 * What the LSP test files share besides the client (lspClient.ts): the capabilities of the editors they play,
 * positions found by searching the text (so a test says which token it means), fresh uris, and a hook that fails
 * any test during which the server logged an error.
 */
import { afterEach, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind, MessageType, type ClientCapabilities, type CompletionItem, type CompletionList, type ConfigurationParams,
  type Position, type Range,
} from 'vscode-languageserver-protocol';
import { DocumentInfoRequest } from '../../server/src/lsp/protocol';
import { LspClient } from './lspClient';

/** A rich editor (VS Code): snippets, Markdown, quick fixes, versioned diagnostics. */
export const richClient: ClientCapabilities = {
  textDocument: {
    synchronization: { dynamicRegistration: false },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: [CodeActionKind.QuickFix] } } },
    publishDiagnostics: { versionSupport: true },
  },
};

/** A minimal editor: plain text, no snippets. */
export const plainClient: ClientCapabilities = {
  textDocument: {
    completion: { completionItem: { snippetSupport: false, documentationFormat: ['plaintext'] } },
    hover: { contentFormat: ['plaintext'] },
    publishDiagnostics: { versionSupport: true },
  },
};

type Text = string | { getText(): string };
const textOf = (text: Text) => (typeof text === 'string' ? text : text.getText());

/** The range of the `nth` occurrence of `needle` in the text. */
export function rangeOf(text: Text, needle: string, nth = 0): Range {
  const content = textOf(text);
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = content.indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `"${needle}" occurs fewer than ${nth + 1} times in the text`);
  }
  const document = TextDocument.create('file:///x', 'ocpp', 0, content);
  return { start: document.positionAt(offset), end: document.positionAt(offset + needle.length) };
}

/** The position marked by `|` in `needleWithCursor`, which must occur (without the `|`) in the text. */
export function cursorIn(text: Text, needleWithCursor: string): Position {
  const content = textOf(text);
  const bar = needleWithCursor.indexOf('|');
  const needle = needleWithCursor.replace('|', '');
  const start = content.indexOf(needle);
  assert.ok(bar >= 0 && start >= 0, `"${needle}" not found in the text`);
  return TextDocument.create('file:///x', 'ocpp', 0, content).positionAt(start + bar);
}

export function itemsOf(result: CompletionList | CompletionItem[] | null): CompletionItem[] {
  if (result === null) return [];
  return Array.isArray(result) ? result : result.items;
}

/** null, an empty array or an empty completion list. */
export function isEmptyAnswer(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  const items = (value as { items?: unknown }).items;
  return Array.isArray(items) && items.length === 0;
}

/** The statuses connector 0, the main controller, may report (OCPP 1.6 §4.9): the fixes the server offers. */
export const mainControllerStatuses = ['Available', 'Unavailable', 'Faulted'];

export function statusCall(payload: string): string {
  return `[2, "a1", "StatusNotification", ${payload}]`;
}

let uris = 0;
/** A uri no other document of this process has, so that no test sees another's notifications. */
export function freshUri(folder: string, name: string): string {
  return `file:///work/${folder}/${++uris}/${name}`;
}

/**
 * For a describe block of well-formed requests: each test fails if the server logged an error while it ran.
 * Each test is judged on its own logs, so the check holds whichever tests run and in whatever order; a log
 * always comes before the answer to the request that caused it, so awaiting the answers is waiting enough.
 */
export function failOnErrorLogs(client: () => LspClient): void {
  let from = 0;
  beforeEach(() => {
    from = client().logs.length;
  });
  afterEach(() => {
    const errors = client().logs.slice(from).filter((l) => l.type === MessageType.Error);
    assert.deepEqual(errors, [], 'the server logged an error during this test');
  });
}

/**
 * A server for a workspace folder `root`, whose settings requests `answer` answers (workspace/configuration), with
 * no validation delay: the version tests open files under folders with and without .ocpprc.json.
 */
export function startInWorkspace(root: string, capabilities: ClientCapabilities, answer: (params: ConfigurationParams) => unknown[]): Promise<LspClient> {
  return LspClient.start({
    capabilities, configuration: answer, workspaceFolder: root, initializationOptions: { validationDelay: 0 }, timeoutMs: 10_000,
  });
}

/** The version a document is read as and why, from ocpp/documentInfo. */
export async function versionOf(client: LspClient, uri: string): Promise<{ version: string; versionSource: string } | null> {
  const info = await client.call(DocumentInfoRequest, { uri });
  return info && { version: info.version, versionSource: info.versionSource };
}
