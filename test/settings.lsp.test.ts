/**
 * Rule settings through the language server, as an editor drives it: `node dist/server.js --stdio`, a client that
 * answers workspace/configuration (or pushes settings with didChangeConfiguration), and `.ocpprc.json` files on
 * disk. Build first (`node esbuild.mjs`). Diagnostics are awaited as they arrive, never slept for.
 */
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, MessageType,
  type ClientCapabilities, type ConfigurationParams, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { LspClient } from './support/lspClient';

interface StartOptions {
  /** The client answers workspace/configuration (the pull model) when this is given; otherwise it cannot. */
  readonly answer?: (params: ConfigurationParams) => unknown[] | Promise<unknown[]>;
  readonly dynamicRegistration?: boolean;
  readonly workspaceFolder?: string;
}

function start(options: StartOptions = {}): Promise<LspClient> {
  const dynamicRegistration = options.dynamicRegistration ?? false;
  const capabilities: ClientCapabilities = {
    workspace: {
      configuration: options.answer !== undefined,
      didChangeConfiguration: { dynamicRegistration },
      didChangeWatchedFiles: { dynamicRegistration },
    },
    textDocument: { publishDiagnostics: { versionSupport: true } },
  };
  return LspClient.start({
    capabilities, configuration: options.answer, workspaceFolder: options.workspaceFolder, initializationOptions: { validationDelay: 0 },
  });
}

/** Opens a document and returns [code, severity] of its first diagnostics. */
async function open(client: LspClient, uri: string, text: string): Promise<[string, number | undefined][]> {
  const since = client.published.length;
  client.open(uri, text);
  return verdicts(await client.nextPublish(uri, since));
}

/** Sends `send` and returns [code, severity] of the next publication for each of `uris`. */
async function afterNotification(client: LspClient, send: () => unknown, uris: readonly string[]): Promise<[string, number | undefined][][]> {
  const since = client.published.length;
  await send();
  return Promise.all(uris.map(async (uri) => verdicts(await client.nextPublish(uri, since))));
}

/** didChangeConfiguration with no settings: a client with the pull model then answers workspace/configuration. */
const configurationChanged = (client: LspClient) => () => client.notify(DidChangeConfigurationNotification.type, { settings: null });

function verdicts(params: PublishDiagnosticsParams): [string, number | undefined][] {
  return params.diagnostics.map((d) => [String(d.code), d.severity]);
}

const error = 1;
const warning = 2;
const information = 3;
const hint = 4;

/** A comment (always an error by default) and an unknown field (lenient makes it a warning). */
const commentAndField = '// a note\n[2, "a1", "Heartbeat", {"foo": 1}]';
const quotedNumber = '[2, "a1", "StatusNotification", {"connectorId": "1", "errorCode": "NoError", "status": "Available"}]';

let counter = 0;
const freshUri = (name: string) => `file:///work/settings-lsp-test/${++counter}-${name}.ocpp.json`;

describe('settings pulled with workspace/configuration', () => {
  let client: LspClient;
  let section: unknown;
  // A server per test, starting from the same settings: the tests change them, and none may see another's change.
  beforeEach(async () => {
    section = { rules: { 'unknown-field': 'warning' } };
    client = await start({ answer: (params) => params.items.map((item) => (item.section === 'ocpp' ? section : null)) });
  });
  afterEach(() => client?.stop());

  test('the server asks for the ocpp section, and the first diagnostics already use it', async () => {
    assert.deepEqual(await open(client, freshUri('first'), commentAndField), [['comment', error], ['unknown-field', warning]]);
    assert.ok(client.configurationRequests.some((r) => r.items.some((i) => i.section === 'ocpp')),
      `requests: ${JSON.stringify(client.configurationRequests)}`);
  });

  test('didChangeConfiguration makes it ask again and re-validate every open document at once', async () => {
    const a = freshUri('a');
    const b = freshUri('b');
    await open(client, a, commentAndField);
    await open(client, b, quotedNumber);
    section = { profile: 'lenient', rules: { comment: 'off' } };
    const asked = client.configurationRequests.length;
    const [forA, forB] = await afterNotification(client, configurationChanged(client), [a, b]);
    assert.ok(client.configurationRequests.length > asked, 'the server pulled the settings again');
    assert.deepEqual(forA, [['unknown-field', warning]]);
    assert.deepEqual(forB, [['type-mismatch', warning]]);
  });

  test('an explicit rule wins over the profile; clearing the settings restores the defaults', async () => {
    const uri = freshUri('explicit');
    await open(client, uri, commentAndField);
    section = { profile: 'lenient', rules: { 'unknown-field': 'hint' } };
    const [explicit] = await afterNotification(client, configurationChanged(client), [uri]);
    assert.deepEqual(explicit, [['comment', error], ['unknown-field', hint]]);
    section = null;
    const [cleared] = await afterNotification(client, configurationChanged(client), [uri]);
    assert.deepEqual(cleared, [['comment', error], ['unknown-field', error]]);
  });

  test('invalid values are reported to the user and the valid ones still apply', async () => {
    const uri = freshUri('invalid');
    await open(client, uri, commentAndField);
    section = { rules: { 'unknown-feild': 'warning', comment: 'information' } };
    const [after] = await afterNotification(client, configurationChanged(client), [uri]);
    assert.deepEqual(after, [['comment', information], ['unknown-field', error]]);
    assert.ok(client.messages.some((m) => m.type === MessageType.Warning && /"unknown-feild" is not a rule\. Did you mean "unknown-field"\?/.test(m.message)),
      JSON.stringify(client.messages));
  });
});

describe('settings pushed with didChangeConfiguration (a client without workspace/configuration)', () => {
  let client: LspClient;
  before(async () => {
    client = await start();
  });
  after(() => client?.stop());

  test('defaults until the client says otherwise, then its ocpp section', async () => {
    const uri = freshUri('pushed');
    assert.deepEqual(await open(client, uri, commentAndField), [['comment', error], ['unknown-field', error]]);
    const [after] = await afterNotification(client, () => client.notify(DidChangeConfigurationNotification.type,
      { settings: { ocpp: { profile: 'lenient', rules: { comment: 'hint' } }, other: { x: 1 } } }), [uri]);
    assert.deepEqual(after, [['comment', hint], ['unknown-field', warning]]);
    assert.equal(client.configurationRequests.length, 0, 'a client without the capability is never asked');
  });
});

describe('a client that answers the first workspace/configuration late', () => {
  test('still gets diagnostics, and gets them again once the settings come', async () => {
    let release!: () => void;
    const released = new Promise<void>((r) => {
      release = r;
    });
    const client = await start({
      answer: async (params) => {
        await released;
        return params.items.map(() => ({ rules: { comment: 'off' } }));
      },
    });
    try {
      const uri = freshUri('late');
      assert.deepEqual(await open(client, uri, commentAndField), [['comment', error], ['unknown-field', error]]);
      const [after] = await afterNotification(client, async () => release(), [uri]);
      assert.deepEqual(after, [['unknown-field', error]]);
    } finally {
      client.stop();
    }
  });
});

describe('.ocpprc.json', () => {
  let root: string;
  let client: LspClient;
  let section: unknown;
  // A workspace and a server per test: some tests rewrite the files or change the editor's settings, and no test
  // may see what another one left behind.
  beforeEach(async () => {
    section = null;
    root = mkdtempSync(join(tmpdir(), 'ocpp-settings-lsp-'));
    mkdirSync(join(root, 'logs', 'site-b'), { recursive: true });
    writeFileSync(join(root, '.ocpprc.json'), JSON.stringify({ profile: 'lenient', rules: { comment: 'off' } }));
    writeFileSync(join(root, 'logs', 'site-b', '.ocpprc.json'), '// this site is strict\n{ "rules": { "unknown-field": "hint" } }\n');
    client = await start({
      workspaceFolder: root,
      dynamicRegistration: true,
      answer: (params) => params.items.map(() => section),
    });
  });
  afterEach(() => {
    client?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  const uriIn = (...parts: string[]) => pathToFileURL(join(root, ...parts)).href;
  const changed = () => client.notify(DidChangeWatchedFilesNotification.type,
    { changes: [{ uri: uriIn('.ocpprc.json'), type: FileChangeType.Changed }] });

  test('the server registers a watcher for it and for configuration changes when the client allows', async () => {
    await client.until(() => (client.registrations.length >= 2 ? true : undefined), 'two registrations');
    const methods = client.registrations.map((r) => r.method).sort();
    assert.deepEqual(methods, [DidChangeConfigurationNotification.method, DidChangeWatchedFilesNotification.method].sort());
    const watcher = client.registrations.find((r) => r.method === DidChangeWatchedFilesNotification.method);
    assert.deepEqual(watcher?.registerOptions, { watchers: [{ globPattern: '**/.ocpprc.json' }] });
  });

  test('the file at the workspace root applies to the files under it', async () => {
    assert.deepEqual(await open(client, uriIn('logs', 'a.ocpp.json'), commentAndField), [['unknown-field', warning]]);
  });

  test('the nearest file wins over one further up (it replaces it, as the CLI does)', async () => {
    assert.deepEqual(await open(client, uriIn('logs', 'site-b', 'b.ocpp.json'), commentAndField), [['comment', error], ['unknown-field', hint]]);
  });

  test('an untitled document gets the workspace root\'s file', async () => {
    const since = client.published.length;
    const uri = 'untitled:Untitled-1';
    client.open(uri, commentAndField);
    assert.deepEqual(verdicts(await client.nextPublish(uri, since)), [['unknown-field', warning]]);
  });

  test('a change to the file re-validates the open documents', async () => {
    const uri = uriIn('logs', 'c.ocpp.json');
    assert.deepEqual(await open(client, uri, commentAndField), [['unknown-field', warning]]);
    writeFileSync(join(root, '.ocpprc.json'), JSON.stringify({ rules: { 'unknown-field': 'information' } }));
    const [after] = await afterNotification(client, changed, [uri]);
    assert.deepEqual(after, [['comment', error], ['unknown-field', information]]);
  });

  test('the editor\'s settings win over the file', async () => {
    // A file that sets unknown-field, so that the editor's setting has something to win over. The notification is
    // handled at once, so the document opened after it sees the new file.
    writeFileSync(join(root, '.ocpprc.json'), JSON.stringify({ rules: { 'unknown-field': 'information' } }));
    changed();
    const uri = uriIn('logs', 'd.ocpp.json');
    assert.deepEqual(await open(client, uri, commentAndField), [['comment', error], ['unknown-field', information]]);
    section = { rules: { 'unknown-field': 'off' } };
    const [overridden] = await afterNotification(client, configurationChanged(client), [uri]);
    assert.deepEqual(overridden, [['comment', error]]);
    section = null;
    const [cleared] = await afterNotification(client, configurationChanged(client), [uri]);
    assert.deepEqual(cleared, [['comment', error], ['unknown-field', information]]);
  });

  test('a broken file is reported once and the defaults apply', async () => {
    writeFileSync(join(root, '.ocpprc.json'), '{ "rules": { "comment": "off" ');
    const before = client.messages.length;
    const uri = uriIn('logs', 'e.ocpp.json');
    // The notification is handled at once, so the document opened after it sees the broken file.
    changed();
    assert.deepEqual(await open(client, uri, commentAndField), [['comment', error], ['unknown-field', error]]);
    const told = client.messages.slice(before).filter((m) => m.message.includes('.ocpprc.json'));
    assert.equal(told.length, 1, JSON.stringify(client.messages.slice(before)));
    assert.equal(told[0].type, MessageType.Warning);
    assert.match(told[0].message, /not valid JSON/);
  });
});

describe('the size limit (ocpp.maxFileSize, maxFileSize in .ocpprc.json)', () => {
  let root: string;
  let client: LspClient;
  let section: unknown;
  /** `commentAndField` padded with spaces to `length` characters; 0.001 MB is 1,000 characters. */
  const sized = (length: number) => commentAndField + ' '.repeat(length - commentAndField.length);
  /** Open throughout, so that every configuration change has a publication to wait for before the test goes on. */
  let witness: string;
  const reconfigure = async (uris: string[]) => (await afterNotification(client, configurationChanged(client), [witness, ...uris])).slice(1);

  // The workspace's files are only read, so the tests share them.
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'ocpp-size-lsp-'));
    mkdirSync(join(root, 'small'));
    writeFileSync(join(root, 'small', '.ocpprc.json'), JSON.stringify({ maxFileSize: 0.0005 }));
  });
  after(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });
  // A server per test, starting from the same editor setting: the tests change it, and none may see another's.
  beforeEach(async () => {
    section = { maxFileSize: 0.001 };
    client = await start({ workspaceFolder: root, answer: (params) => params.items.map(() => section) });
    witness = uriIn('witness.ocpp.json');
    await open(client, witness, '[]');
  });
  afterEach(() => client?.stop());

  const uriIn = (...parts: string[]) => pathToFileURL(join(root, ...parts)).href;

  test('over the editor\'s limit: the notice and the syntax errors only; at the limit: everything', async () => {
    const since = client.published.length;
    const over = uriIn('over.ocpp.json');
    assert.deepEqual(await open(client, over, sized(1001)), [['file-too-large', information], ['comment', error]]);
    const [notice] = (await client.nextPublish(over, since)).diagnostics;
    assert.deepEqual(notice.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } });
    assert.match(String(notice.message), /1,001 characters .* 0\.001 MB .* only its JSON syntax is checked.* raise ocpp\.maxFileSize/);
    assert.deepEqual(await open(client, uriIn('at.ocpp.json'), sized(1000)), [['comment', error], ['unknown-field', error]]);
  });

  test('raising the limit to 0 (none), then clearing it (20 MB), re-checks the open document in full', async () => {
    const uri = uriIn('changing.ocpp.json');
    assert.deepEqual(await open(client, uri, sized(1500)), [['file-too-large', information], ['comment', error]]);
    section = { maxFileSize: 0 };
    assert.deepEqual(await reconfigure([uri]), [[['comment', error], ['unknown-field', error]]]);
    section = { maxFileSize: 0.001 };
    assert.deepEqual(await reconfigure([uri]), [[['file-too-large', information], ['comment', error]]]);
    section = null;
    assert.deepEqual(await reconfigure([uri]), [[['comment', error], ['unknown-field', error]]]);
  });

  test('a .ocpprc.json limit applies when the editor sets none, and the editor\'s wins over it', async () => {
    section = null;
    await reconfigure([]);
    const uri = uriIn('small', 'a.ocpp.json');
    // 0.0005 MB is 500 characters.
    assert.deepEqual(await open(client, uri, sized(501)), [['file-too-large', information], ['comment', error]]);
    section = { maxFileSize: 0.001 };
    assert.deepEqual(await reconfigure([uri]), [[['comment', error], ['unknown-field', error]]]);
  });

  test('a bad value is told to the user and the limit below it applies', async () => {
    const uri = uriIn('small', 'b.ocpp.json');
    section = null;
    await reconfigure([]);
    assert.deepEqual(await open(client, uri, sized(501)), [['file-too-large', information], ['comment', error]]);
    const before = client.messages.length;
    section = { maxFileSize: '1 MB' };
    assert.deepEqual(await reconfigure([uri]), [[['file-too-large', information], ['comment', error]]]);
    const told = client.messages.slice(before);
    assert.ok(told.some((m) => m.type === MessageType.Warning && m.message.includes('"maxFileSize" must be a number of megabytes, 0 or more (0 means no limit), not "1 MB"')),
      JSON.stringify(told));
  });
});
