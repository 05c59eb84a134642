/**
 * The OCPP version of each document through the language server over stdio, as an editor drives it: `ocpp/documentInfo`
 * says the version and why (detected, `.ocpprc.json`, `ocpp.version`), sibling folders whose `.ocpprc.json` files name
 * different versions work at once, a settings change re-checks the open documents, a bad `version` is told once, the
 * version-mismatch note arrives as a diagnostic, and the 2.0.1 rule cases (test/*.cases.ts) give the same findings
 * through the real server as through the service. Build first (`node esbuild.mjs`).
 */
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DiagnosticSeverity, DidChangeConfigurationNotification, MessageType, type ClientCapabilities, type ConfigurationParams,
} from 'vscode-languageserver-protocol';
import { LspClient } from './support/lspClient';
import { rangeOf, startInWorkspace, versionOf } from './support/lspHelpers';
import { assertFindings, caseFileName } from './support/ruleCases';
import { ruleCaseFiles } from './ruleCaseFiles';

const capabilities: ClientCapabilities = {
  workspace: { configuration: true },
  textDocument: { publishDiagnostics: { versionSupport: true } },
};

const start = (root: string, answer: (params: ConfigurationParams) => unknown[]) => startInWorkspace(root, capabilities, answer);

const transactionEvent = '[2, "t1", "TransactionEvent", {"eventType": "Started", "timestamp": "2024-05-01T10:00:00Z", ' +
  '"triggerReason": "CablePluggedIn", "seqNo": 0, "transactionInfo": {"transactionId": "tx1", "chargingState": "EVConnected"}}]';
const heartbeat = '[2, "h1", "Heartbeat", {}]';
const issueExample = '[2, "a1", "BootNotification", {"reason": "PowerUp", "chargingStation": {"model": "M", "vendorName": "V"}}]';

describe('the version over LSP', () => {
  let root: string;
  let client: LspClient;
  let section: unknown;
  const uriIn = (...parts: string[]) => pathToFileURL(join(root, ...parts)).href;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'ocpp-version-lsp-'));
    for (const [folder, content] of [['v201', '{ "version": "2.0.1" }'], ['v16', '{ "version": "1.6" }'], ['bad', '{ "version": "3.0", "rules": { "comment": "off" } }']]) {
      mkdirSync(join(root, folder));
      writeFileSync(join(root, folder, '.ocpprc.json'), content);
    }
  });
  after(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });
  // A server per test: some change the editor's settings, and none may see another's.
  beforeEach(async () => {
    section = null;
    client = await start(root, (params) => params.items.map(() => section));
  });
  afterEach(() => client?.stop());

  const reconfigure = async (uris: string[]) => {
    const since = client.published.length;
    client.notify(DidChangeConfigurationNotification.type, { settings: null });
    return Promise.all(uris.map(async (uri) => (await client.nextPublish(uri, since)).diagnostics));
  };

  test('a file with no settings: detected from its content, the issue\'s example without a diagnostic', async () => {
    const uri = uriIn('example.ocpp.json');
    assert.deepEqual(await client.openAndDiagnose(uri, issueExample), []);
    assert.equal((await versionOf(client, uri))?.version, '2.0.1');
    const tx = uriIn('tx.ocpp.json');
    assert.deepEqual(await client.openAndDiagnose(tx, transactionEvent), []);
    assert.deepEqual(await versionOf(client, tx), { version: '2.0.1', versionSource: 'detected: TransactionEvent' });
    const plain = uriIn('plain.ocpp.json');
    await client.openAndDiagnose(plain, heartbeat);
    assert.deepEqual(await versionOf(client, plain), { version: '1.6', versionSource: 'default' });
  });

  test('sibling folders whose .ocpprc.json say "2.0.1" and "1.6" both apply at once', async () => {
    const a = uriIn('v201', 'a.ocpp.json');
    const b = uriIn('v16', 'b.ocpp.json');
    await client.openAndDiagnose(a, heartbeat);
    await client.openAndDiagnose(b, heartbeat);
    assert.deepEqual(await versionOf(client, a), { version: '2.0.1', versionSource: '.ocpprc.json' });
    assert.deepEqual(await versionOf(client, b), { version: '1.6', versionSource: '.ocpprc.json' });
    // A payload each version reads differently: a 2.0.1 StatusNotification is clean in v201/, a 1.6 one in v16/.
    const status201 = '[2, "s1", "StatusNotification", {"timestamp": "2024-05-01T10:00:00Z", "connectorStatus": "Available", "evseId": 1, "connectorId": 1}]';
    const status16 = '[2, "s1", "StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "Available"}]';
    assert.deepEqual(await client.openAndDiagnose(uriIn('v201', 's.ocpp.json'), status201), []);
    assert.deepEqual(await client.openAndDiagnose(uriIn('v16', 's.ocpp.json'), status16), []);
  });

  test('ocpp.version from the client\'s settings wins over .ocpprc.json, and changing it re-checks open documents', async () => {
    const tx = uriIn('tx.ocpp.json');
    const inV201 = uriIn('v201', 'h.ocpp.json');
    assert.deepEqual(await client.openAndDiagnose(tx, transactionEvent), []);
    await client.openAndDiagnose(inV201, heartbeat);
    section = { version: '1.6' };
    const [txDiagnostics, heartbeatDiagnostics] = await reconfigure([tx, inV201]);
    assert.deepEqual(txDiagnostics.map((d) => [d.code, d.severity]), [['version-mismatch', DiagnosticSeverity.Information]]);
    assert.deepEqual(heartbeatDiagnostics, []);
    assert.deepEqual(await versionOf(client, tx), { version: '1.6', versionSource: 'ocpp.version' });
    assert.deepEqual(await versionOf(client, inV201), { version: '1.6', versionSource: 'ocpp.version' });
    // "auto" set in the editor lets the content decide, over the folder's file too.
    section = { version: 'auto' };
    const [txAuto, heartbeatAuto] = await reconfigure([tx, inV201]);
    assert.deepEqual([txAuto, heartbeatAuto], [[], []]);
    assert.deepEqual(await versionOf(client, tx), { version: '2.0.1', versionSource: 'detected: TransactionEvent' });
    assert.deepEqual(await versionOf(client, inV201), { version: '1.6', versionSource: 'default' });
    // Cleared: the folder's file again.
    section = null;
    await reconfigure([tx, inV201]);
    assert.deepEqual(await versionOf(client, inV201), { version: '2.0.1', versionSource: '.ocpprc.json' });
    assert.deepEqual(await versionOf(client, tx), { version: '2.0.1', versionSource: 'detected: TransactionEvent' });
  });

  test('a bad version in .ocpprc.json is told to the user once, and the rest of the file applies', async () => {
    const before = client.messages.length;
    const a = uriIn('bad', 'a.ocpp.json');
    const b = uriIn('bad', 'b.ocpp.json');
    // The file turns comments off; the version falls back to auto.
    assert.deepEqual(await client.openAndDiagnose(a, `// note\n${transactionEvent}`), []);
    assert.deepEqual(await client.openAndDiagnose(b, heartbeat), []);
    assert.deepEqual(await versionOf(client, a), { version: '2.0.1', versionSource: 'detected: TransactionEvent' });
    const told = client.messages.slice(before).filter((m) => m.message.includes('.ocpprc.json'));
    assert.equal(told.length, 1, JSON.stringify(client.messages.slice(before)));
    assert.equal(told[0].type, MessageType.Warning);
    assert.match(told[0].message, /"version" must be one of "auto", "1\.6", "2\.0\.1", "2\.1", not "3\.0"\./);
  });

  test('a bad ocpp.version from the editor is told, and the file\'s version applies', async () => {
    section = { version: '2.2' };
    const uri = uriIn('v201', 'x.ocpp.json');
    await client.openAndDiagnose(uri, heartbeat);
    assert.deepEqual(await versionOf(client, uri), { version: '2.0.1', versionSource: '.ocpprc.json' });
    assert.ok(client.messages.some((m) => m.type === MessageType.Warning && /"version" must be one of .* not "2\.2"/.test(m.message)),
      JSON.stringify(client.messages));
  });

  test('the version-mismatch note: a TransactionEvent in a folder set to 1.6', async () => {
    const uri = uriIn('v16', 'tx.ocpp.json');
    const text = `[\n${transactionEvent},\n[2, "t2", "TransactionEvent", {"eventType": "Bogus"}]\n]`;
    const diagnostics = await client.openAndDiagnose(uri, text);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    const [note] = diagnostics;
    assert.equal(note.code, 'version-mismatch');
    assert.equal(note.source, 'ocpp');
    assert.equal(note.severity, DiagnosticSeverity.Information);
    assert.deepEqual(note.range, rangeOf(text, '"TransactionEvent"'));
    assert.match(String(note.message), /OCPP 2\.0\.1.*\.ocpprc\.json.*"2\.0\.1"/s);
    assert.deepEqual(await versionOf(client, uri), { version: '1.6', versionSource: '.ocpprc.json' });
  });
});

/** Cases whose every action and key both versions have: under auto they are read as 1.6, the oldest. */
const fitsBoth = [
  'a LogStatusNotification with another requestId than the GetLog',
  'an upload canceled for a newer GetLog may name the older request',
];

describe('the 2.0.1 rule cases through the real server', () => {
  let root: string;
  let client: LspClient;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'ocpp-cases-lsp-'));
    mkdirSync(join(root, 'set'));
    writeFileSync(join(root, 'set', '.ocpprc.json'), '{ "version": "2.0.1" }');
    mkdirSync(join(root, 'auto'));
    client = await start(root, (params) => params.items.map(() => null));
  });
  after(() => {
    client?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  let n = 0;
  for (const file of ruleCaseFiles) {
    describe(file.name, () => {
      for (const c of file.cases) {
        test(`${c.name} (version set by .ocpprc.json)`, async () => {
          const uri = pathToFileURL(join(root, 'set', String(++n), caseFileName(c))).href;
          assertFindings(c, file.codes, await client.openAndDiagnose(uri, c.text));
          assert.deepEqual(await versionOf(client, uri), { version: '2.0.1', versionSource: '.ocpprc.json' });
        });
        test(`${c.name} (version detected)`, async () => {
          const uri = pathToFileURL(join(root, 'auto', String(++n), caseFileName(c))).href;
          const diagnostics = await client.openAndDiagnose(uri, c.text);
          const version = await versionOf(client, uri);
          if (fitsBoth.includes(c.name)) {
            // GetLog and LogStatusNotification are the same in the 1.6 security whitepaper and 2.0.1: a tie, so 1.6.
            assert.deepEqual(version, { version: '1.6', versionSource: 'default' });
            return;
          }
          assert.equal(version?.version, '2.0.1', `detected as ${JSON.stringify(version)}`);
          assertFindings(c, file.codes, diagnostics);
        });
      }
    });
  }
});
