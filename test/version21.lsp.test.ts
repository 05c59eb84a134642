/**
 * OCPP 2.1 through the language server over stdio, as an editor drives it (test/support/lspClient.ts): the version
 * set by `ocpp.version`, by a folder's `.ocpprc.json` or detected from a 2.1-only action, field or frame (and a
 * 2.0.1 file staying 2.0.1), as `ocpp/documentInfo` reports it; the frames OCPP-J 2.1 adds (SEND, CALLRESULTERROR)
 * and what a conversation makes of them, go to definition from a CALLRESULTERROR included; open enumerations,
 * "New in OCPP 2.1" on hover and 2.1's limits; and the 2.1-only actions and snippets offered only in 2.1 files.
 * test/frames21.test.ts checks the same behaviour through the service. Build first (`npm run build`).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CompletionItemKind, DiagnosticSeverity, DiagnosticTag, DidChangeConfigurationNotification, InsertTextFormat, type ClientCapabilities,
  type CodeAction, type CompletionItem, type ConfigurationParams, type Diagnostic, type LocationLink, type MarkupContent,
} from 'vscode-languageserver-protocol';
import { catalogs } from '../server/src/product';
import type { Catalog } from '../server/src/ocpp/catalog';
import { IdTokenEnumType } from '../server/src/ocpp/v201/enums';
import { IdTokenEnumStringType } from '../server/src/ocpp/v21/enums';
import { frameSnippets } from '../server/src/service/features/frameSnippets';
import { LspClient } from './support/lspClient';
import { cursorIn, failOnErrorLogs, itemsOf, rangeOf, richClient, startInWorkspace, versionOf } from './support/lspHelpers';
import { expand } from './support/snippetSyntax';
import { send, heartbeatPair, formatViolation, boot201, transactionEvent, startTransaction } from './support/frames21';

const catalogOf = (version: string) => catalogs.find((c) => c.version === version)!;
const [ocpp201, ocpp21] = [catalogOf('2.0.1'), catalogOf('2.1')];
/** The actions 2.1 has and 2.0.1 does not, from the catalogs themselves. */
const only21 = ocpp21.actions.map((a) => a.name).filter((name) => !ocpp201.actionsByName.has(name));
const prefixesOf = (catalog: Catalog) => frameSnippets(catalog).map((s) => s.prefix);

/** A rich editor that also takes definition links and answers workspace/configuration. */
const capabilities: ClientCapabilities = {
  ...richClient,
  workspace: { configuration: true },
  textDocument: { ...richClient.textDocument, definition: { linkSupport: true } },
};

const start = (root: string, answer: (params: ConfigurationParams) => unknown[]) => startInWorkspace(root, capabilities, answer);

/** Each diagnostic as "code covered-text", the way a reader points at the token it marks. */
function findings(text: string, diagnostics: readonly Diagnostic[]): string[] {
  const document = TextDocument.create('file:///x', 'ocpp', 0, text);
  return diagnostics.map((d) => `${d.code} ${text.slice(document.offsetAt(d.range.start), document.offsetAt(d.range.end))}`);
}

const messageOf = (diagnostics: readonly Diagnostic[], code: string) => {
  const found = diagnostics.filter((d) => d.code === code);
  assert.equal(found.length, 1, `one ${code} in ${JSON.stringify(diagnostics)}`);
  return String(found[0].message);
};

const snippetItems = (items: CompletionItem[]) => items.filter((i) => i.kind === CompletionItemKind.Snippet);

const hoverText = (hover: { contents: unknown } | null) => (hover ? (hover.contents as MarkupContent).value : '');

const notifyAllowed = '[2, "n1", "NotifyAllowedEnergyTransfer", {"transactionId": "tx1", "allowedEnergyTransfer": ["DC"]}]';
const authorize = (type: string) => `[2, "a1", "Authorize", {"idToken": {"idToken": "ABC", "type": ${type}}}]`;

describe('OCPP 2.1 over LSP', () => {
  let root: string;
  let client: LspClient;
  let n = 0;
  /** A fresh uri in `folder` ("v21", "v201", "v16" with their .ocpprc.json, or "auto" with none). */
  const uriIn = (folder: string, name = 'file') => pathToFileURL(join(root, folder, `${name}-${++n}.ocpp.json`)).href;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'ocpp-version21-lsp-'));
    for (const [folder, version] of [['v21', '2.1'], ['v201', '2.0.1'], ['v16', '1.6'], ['auto', undefined]] as const) {
      mkdirSync(join(root, folder));
      if (version) writeFileSync(join(root, folder, '.ocpprc.json'), `{ "version": "${version}" }`);
    }
    client = await start(root, (params) => params.items.map(() => null));
  });
  after(() => {
    client?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });
  failOnErrorLogs(() => client);

  describe('the version', () => {
    test('.ocpprc.json "2.1": files with no clue, and a 2.0.1-spelled one, are checked as 2.1', async () => {
      const noClue = uriIn('v21');
      assert.deepEqual(await client.openAndDiagnose(noClue, formatViolation), []);
      assert.deepEqual(await versionOf(client, noClue), { version: '2.1', versionSource: '.ocpprc.json' });
      // The same text without settings is 1.6, the oldest, which spells the code FormationViolation.
      const plain = uriIn('auto');
      assert.deepEqual(findings(formatViolation, await client.openAndDiagnose(plain, formatViolation)), ['call-error-code "FormatViolation"']);
      assert.deepEqual(await versionOf(client, plain), { version: '1.6', versionSource: 'default' });
      // A file whose clue says 2.0.1 is no mismatch in a 2.1 folder: 2.1 keeps 2.0.1's BootNotification.
      const boot = uriIn('v21');
      assert.deepEqual(await client.openAndDiagnose(boot, boot201), []);
      assert.deepEqual(await versionOf(client, boot), { version: '2.1', versionSource: '.ocpprc.json' });
      const sent = uriIn('v21');
      assert.deepEqual(await client.openAndDiagnose(sent, send), []);
      assert.deepEqual(await versionOf(client, sent), { version: '2.1', versionSource: '.ocpprc.json' });
    });

    test('auto: a 2.1-only action, a 2.1-only field, a SEND or a CALLRESULTERROR makes the file 2.1, and documentInfo names the clue', async () => {
      const cases: [text: string, source: string, codes: string[]][] = [
        [notifyAllowed, 'detected: NotifyAllowedEnergyTransfer', []],
        [transactionEvent(', "preconditioningStatus": "Ready"'), 'detected: preconditioningStatus', []],
        [send, 'detected: NotifyPeriodicEventStream', []],
        // A SEND of an action with a response is a clue, and a mistake.
        ['[6, "h1", "Heartbeat", {}]', 'detected: SEND', ['call-only-action']],
        [`[${heartbeatPair}, [5, "c1", "GenericError", "", {}]]`, 'detected: CALLRESULTERROR', []],
        // A 2.0.1 clue and a 2.1 frame: 2.1, which keeps TransactionEvent, decides.
        [`[${transactionEvent()}, [6, "h1", "Heartbeat", {}]]`, 'detected: SEND', ['call-only-action']],
      ];
      for (const [text, versionSource, codes] of cases) {
        const uri = uriIn('auto');
        const diagnostics = await client.openAndDiagnose(uri, text);
        assert.deepEqual(diagnostics.map((d) => d.code), codes, text);
        assert.deepEqual(await versionOf(client, uri), { version: '2.1', versionSource }, text);
      }
    });

    test('auto: a file valid in 2.0.1 stays 2.0.1, and is judged by 2.0.1 where 2.1 differs', async () => {
      // numberOfPhasesUsed has no maximum in 2.0.1; 2.1 allows 0 to 3.
      const text = transactionEvent(', "numberOfPhasesUsed": 4');
      const uri = uriIn('auto');
      assert.deepEqual(await client.openAndDiagnose(uri, text), []);
      assert.deepEqual(await versionOf(client, uri), { version: '2.0.1', versionSource: 'detected: TransactionEvent' });
      // IdToken type is a closed enumeration in 2.0.1.
      const token = authorize('"SomethingNew"');
      const tokenUri = uriIn('auto');
      assert.deepEqual(findings(token, await client.openAndDiagnose(tokenUri, token)), ['invalid-enum-value "SomethingNew"']);
      assert.equal((await versionOf(client, tokenUri))?.version, '2.0.1');
    });

    test('a file only 2.1 explains, in a folder set to 2.0.1 or 1.6: one version-mismatch note that names OCPP 2.1', async () => {
      for (const folder of ['v201', 'v16']) {
        const uri = uriIn(folder);
        const diagnostics = await client.openAndDiagnose(uri, send);
        assert.deepEqual(findings(send, diagnostics), ['version-mismatch "NotifyPeriodicEventStream"']);
        assert.equal(diagnostics[0].severity, DiagnosticSeverity.Information);
        assert.match(String(diagnostics[0].message), /looks like OCPP 2\.1 .*\.ocpprc\.json.*"2\.1"/s);
      }
    });
  });

  describe('frames', () => {
    test('SEND and CALLRESULTERROR are valid frames of a 2.1 conversation, set or detected', async () => {
      const text = `[${send}, ${heartbeatPair}, [5, "c1", "FormatViolation", "", {}]]`;
      for (const folder of ['v21', 'auto']) {
        const uri = uriIn(folder);
        assert.deepEqual(await client.openAndDiagnose(uri, text), [], folder);
        assert.equal((await versionOf(client, uri))?.version, '2.1', folder);
      }
    });

    test('in a 2.0.1 or a 1.6 file, 6 and 5 are message-type-id errors that say the frame is OCPP 2.1\'s', async () => {
      const both = ['message-type-id 6', 'message-type-id 5'];
      const cases = [
        { folder: 'v201', text: `[${transactionEvent()}, [6, "h1", "Heartbeat", {}], [3, "t1", {}], [5, "t1", "GenericError", "", {}]]`, version: '2.0.1', expected: both },
        { folder: 'v16', text: `[${startTransaction}, [6, "h1", "Heartbeat", {}], [3, "st1", {"idTagInfo": {"status": "Accepted"}, "transactionId": 1}], [5, "st1", "GenericError", "", {}]]`, version: '1.6', expected: both },
        // Detected from its 1.6 action, the SEND does not make the file 2.1.
        { folder: 'auto', text: `[${startTransaction}, [6, "h1", "Heartbeat", {}]]`, version: '1.6', expected: ['message-type-id 6'] },
      ];
      for (const { folder, text, version, expected } of cases) {
        const uri = uriIn(folder);
        const diagnostics = await client.openAndDiagnose(uri, text);
        assert.deepEqual(findings(text, diagnostics), expected, folder);
        assert.ok(diagnostics.every((d) => d.severity === DiagnosticSeverity.Error));
        assert.match(String(diagnostics[0].message), new RegExp(`^6 \\(SEND\\) exists only in OCPP 2\\.1\\. An OCPP ${version.replace(/\./g, '\\.')} frame starts with 2 \\(CALL\\), 3 \\(CALLRESULT\\), 4 \\(CALLERROR\\)`));
        if (diagnostics[1]) assert.match(String(diagnostics[1].message), /^5 \(CALLRESULTERROR\) exists only in OCPP 2\.1\./);
        assert.equal((await versionOf(client, uri))?.version, version);
      }
    });

    test('a CALLRESULT or CALLERROR with the id of a SEND is answer-to-send, and no other finding', async () => {
      const text = `[${send}, [3, "s1", {}], [4, "s1", "GenericError", "", {}]]`;
      const diagnostics = await client.openAndDiagnose(uriIn('v21'), text);
      assert.deepEqual(findings(text, diagnostics), ['answer-to-send "s1"', 'answer-to-send "s1"']);
      assert.deepEqual(diagnostics.map((d) => d.range), [rangeOf(text, '"s1"', 1), rangeOf(text, '"s1"', 2)]);
      assert.ok(diagnostics.every((d) => d.severity === DiagnosticSeverity.Error && d.source === 'ocpp'));
      assert.match(String(diagnostics[0].message), /"s1" is the id of a SEND, which expects no answer: its receiver must not send a CALLRESULT \(OCPP-J 2\.1 §4\.1\.3; FR\.07\)/);
      assert.match(String(diagnostics[1].message), /must not send a CALLERROR/);
    });

    test('a CALLRESULTERROR whose id matches no earlier CALLRESULT is unmatched-response', async () => {
      const text = `[${heartbeatPair}, [5, "zz", "FormatViolation", "", {}], [2, "c2", "Heartbeat", {}], [5, "c2", "FormatViolation", "", {}]]`;
      const diagnostics = await client.openAndDiagnose(uriIn('v21'), text);
      // "zz" names nothing; "c2" names a CALL that has no CALLRESULT.
      assert.deepEqual(findings(text, diagnostics), ['unmatched-response "zz"', 'unmatched-response "c2"']);
      assert.deepEqual(diagnostics[1].range, rangeOf(text, '"c2"', 1));
      assert.ok(diagnostics.every((d) => d.severity === DiagnosticSeverity.Warning));
      assert.match(String(diagnostics[0].message), /No earlier CALLRESULT in this file has the uniqueId "zz", so this CALLRESULTERROR reports on nothing/);
    });

    test('go to definition from a CALLRESULTERROR\'s id lands on the CALLRESULT it answers', async () => {
      const text = `[\n  ${heartbeatPair.replace('}], [3', '}],\n  [3')},\n  [5, "c1", "FormatViolation", "", {}],\n  [5, "zz", "FormatViolation", "", {}]\n]`;
      const uri = uriIn('v21');
      assert.deepEqual(findings(text, await client.openAndDiagnose(uri, text)), ['unmatched-response "zz"']);
      const links = (await client.definition(uri, cursorIn(text, '[5, "c|1"'))) as LocationLink[];
      assert.equal(links.length, 1, JSON.stringify(links));
      const [link] = links;
      assert.equal(link.targetUri, uri);
      assert.deepEqual(link.originSelectionRange, rangeOf(text, '"c1"', 2));
      // The CALLRESULT, not the CALL: the second "c1" of the text.
      assert.deepEqual(link.targetSelectionRange, rangeOf(text, '"c1"', 1));
      assert.deepEqual(link.targetRange, rangeOf(text, '[3, "c1", {"currentTime": "2025-01-01T10:00:00Z"}]'));
      // An id that answers nothing leads nowhere.
      assert.equal(await client.definition(uri, cursorIn(text, '[5, "z|z"')), null);
    });

    test('NotifyPeriodicEventStream as a CALL is send-only-action; an action with a response as a SEND is call-only-action', async () => {
      const asCall = send.replace('[6,', '[2,');
      const callDiagnostics = await client.openAndDiagnose(uriIn('v21'), asCall);
      assert.deepEqual(findings(asCall, callDiagnostics), ['send-only-action 2']);
      assert.equal(callDiagnostics[0].severity, DiagnosticSeverity.Error);
      assert.match(String(callDiagnostics[0].message), /NotifyPeriodicEventStream has no response in OCPP 2\.1: it is sent as a SEND.*never as a CALL \(N15\.FR\.01\)/);
      const asSend = `[${send}, [6, "h2", "Heartbeat", {}]]`;
      const sendDiagnostics = await client.openAndDiagnose(uriIn('v21'), asSend);
      assert.deepEqual(findings(asSend, sendDiagnostics), ['call-only-action 6']);
      assert.deepEqual(sendDiagnostics[0].range, rangeOf(asSend, '6', 1));
      assert.equal(sendDiagnostics[0].severity, DiagnosticSeverity.Warning);
      assert.match(String(sendDiagnostics[0].message), /Heartbeat has a response \(HeartbeatResponse\), so it is sent as a CALL/);
    });

    test('a CALL or SEND that reuses an earlier CALL or SEND id is duplicate-unique-id', async () => {
      const text = `[${send}, [2, "s1", "Heartbeat", {}], ${send}, [2, "c9", "Heartbeat", {}], ${send.replace('"s1"', '"c9"')}]`;
      const diagnostics = await client.openAndDiagnose(uriIn('v21'), text);
      assert.deepEqual(findings(text, diagnostics), ['duplicate-unique-id "s1"', 'duplicate-unique-id "s1"', 'duplicate-unique-id "c9"']);
      assert.deepEqual(diagnostics.map((d) => d.range), [rangeOf(text, '"s1"', 1), rangeOf(text, '"s1"', 2), rangeOf(text, '"c9"', 1)]);
      assert.match(String(diagnostics[0].message), /An earlier SEND from the Charging Station \(line 1\) already uses the uniqueId "s1".*Give this CALL an id of its own/);
      assert.match(String(diagnostics[1].message), /An earlier CALL from the Charging Station \(line 1\) .*"s1".*Give this SEND an id of its own/);
      assert.match(String(diagnostics[2].message), /An earlier CALL .*"c9".*Give this SEND an id of its own/);
    });
  });

  describe('payloads', () => {
    test('IdToken type is an open string in 2.1: "SomethingNew" is accepted there and not in 2.0.1', async () => {
      const text = authorize('"SomethingNew"');
      assert.deepEqual(await client.openAndDiagnose(uriIn('v21'), text), []);
      assert.deepEqual(findings(text, await client.openAndDiagnose(uriIn('v201'), text)), ['invalid-enum-value "SomethingNew"']);
    });

    test('completion offers IdToken type\'s appendix values in 2.1 (DirectPayment, VIN, ...) and only 2.0.1\'s values in 2.0.1', async () => {
      const text = authorize('""');
      const offered = async (folder: string) => {
        const uri = uriIn(folder);
        await client.openAndDiagnose(uri, text);
        return itemsOf(await client.complete(uri, cursorIn(text, '"type": "|"')));
      };
      const in21 = await offered('v21');
      assert.deepEqual(in21.map((i) => i.label).sort(), IdTokenEnumStringType.values.map((v) => v.name).sort());
      for (const name of ['DirectPayment', 'VIN', 'EVCCID', 'ISO14443']) assert.ok(in21.some((i) => i.label === name), name);
      const vin = in21.find((i) => i.label === 'VIN')!;
      assert.equal(vin.kind, CompletionItemKind.Value);
      assert.ok(vin.textEdit && 'range' in vin.textEdit);
      assert.equal(vin.textEdit.newText, '"VIN"');
      assert.deepEqual(vin.textEdit.range, rangeOf(text, '""'));
      assert.ok((vin.documentation as MarkupContent).value.includes(IdTokenEnumStringType.values.find((v) => v.name === 'VIN')!.doc!));
      const in201 = await offered('v201');
      assert.deepEqual(in201.map((i) => i.label).sort(), IdTokenEnumType.values.map((v) => v.name).sort());
      assert.ok(!in201.some((i) => ['DirectPayment', 'VIN', 'EVCCID'].includes(i.label)));
    });

    test('hover says "New in OCPP 2.1" on a field and an enumeration value 2.1 added, and not on what 2.0.1 had', async () => {
      const text = transactionEvent(', "preconditioningStatus": "Ready"');
      const uri = uriIn('v21');
      assert.deepEqual(await client.openAndDiagnose(uri, text), []);
      const added = await client.hover(uri, cursorIn(text, '"precondi|tioningStatus"'));
      assert.match(hoverText(added), /^\*\*preconditioningStatus\*\*/);
      assert.match(hoverText(added), /New in OCPP 2\.1\./);
      assert.deepEqual(added?.range, rangeOf(text, '"preconditioningStatus"'));
      const kept = await client.hover(uri, cursorIn(text, '"event|Type"'));
      assert.match(hoverText(kept), /^\*\*eventType\*\*/);
      assert.doesNotMatch(hoverText(kept), /New in OCPP/);
      // ChargingProfileKindEnumType gains Dynamic in 2.1; Absolute is 2.0.1's.
      const profile = '[2, "p1", "SetChargingProfile", {"evseId": 1, "chargingProfile": {"id": 1, "stackLevel": 0, "chargingProfilePurpose": "TxDefaultProfile", ' +
        '"chargingProfileKind": "Dynamic", "chargingSchedule": [{"id": 1, "chargingRateUnit": "W", "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 1000}]}]}}]';
      const profileUri = uriIn('v21');
      assert.deepEqual(await client.openAndDiagnose(profileUri, profile), []);
      const value = hoverText(await client.hover(profileUri, cursorIn(profile, '"Dyn|amic"')));
      assert.match(value, /^\*\*Dynamic\*\*\n\nChargingProfileKindEnumType value\./);
      assert.match(value, /New in OCPP 2\.1\./);
      assert.doesNotMatch(hoverText(await client.hover(profileUri, cursorIn(profile, '"TxDefault|Profile"'))), /New in OCPP/);
    });

    test('2.1\'s limits: an integer maximum and minimum 2.0.1 lacked, and a decimal maximum, reported as errors', async () => {
      const cases = [
        { text: transactionEvent(', "numberOfPhasesUsed": 4'), finding: 'value-too-large 4', message: '"numberOfPhasesUsed" must be 3 or less, not 4.' },
        {
          text: '[2, "g1", "GetLog", {"logType": "DiagnosticsLog", "requestId": 1, "retries": -1, "log": {"remoteLocation": "https://example.com/logs"}}]',
          finding: 'value-too-small -1', message: '"retries" must be 0 or more, not -1.',
        },
      ];
      for (const { text, finding, message } of cases) {
        const diagnostics = await client.openAndDiagnose(uriIn('v21'), text);
        assert.deepEqual(findings(text, diagnostics), [finding]);
        assert.equal(diagnostics[0].message, message);
        assert.equal(diagnostics[0].severity, DiagnosticSeverity.Error);
        // 2.0.1 has no such limit.
        assert.deepEqual(await client.openAndDiagnose(uriIn('v201'), text), [], text);
      }
      // BatterySwap is 2.1-only, so detection alone applies its state of charge's maximum of 100 (a decimal).
      const swap = (soC: string) => '[2, "b1", "BatterySwap", {"eventType": "BatteryIn", "requestId": 1, "idToken": {"idToken": "ABC", "type": "VIN"}, ' +
        `"batteryData": [{"evseId": 1, "serialNumber": "SN1", "soC": ${soC}, "soH": 99.5}]}]`;
      const over = swap('100.5');
      const overUri = uriIn('auto');
      const diagnostics = await client.openAndDiagnose(overUri, over);
      assert.deepEqual(findings(over, diagnostics), ['value-too-large 100.5']);
      assert.equal(diagnostics[0].message, '"soC" must be 100 or less, not 100.5.');
      assert.equal((await versionOf(client, overUri))?.version, '2.1');
      assert.deepEqual(await client.openAndDiagnose(uriIn('auto'), swap('100')), []);
    });
  });

  describe('completion and snippets', () => {
    test('an action name in a 2.1 CALL is completed from 2.1\'s actions sent as CALLs, the 2.1-only ones too; a 2.0.1 file gets none of those', async () => {
      assert.ok(only21.includes('NotifyAllowedEnergyTransfer') && only21.includes('NotifyPeriodicEventStream'), only21.join(', '));
      const text = '[2, "a1", "", {}]';
      const actionsIn = async (folder: string) => {
        const uri = uriIn(folder);
        await client.openAndDiagnose(uri, text);
        return itemsOf(await client.complete(uri, cursorIn(text, '"|"'))).map((i) => i.label);
      };
      // NotifyPeriodicEventStream has no response: it goes as a SEND, so a CALL is not offered it.
      assert.deepEqual((await actionsIn('v21')).sort(), ocpp21.actions.filter((a) => a.response).map((a) => a.name).sort());
      const in201 = await actionsIn('v201');
      assert.deepEqual(in201.sort(), ocpp201.actions.map((a) => a.name).sort());
      assert.deepEqual(in201.filter((label) => only21.includes(label)), []);
    });

    test('a 2.1 conversation is offered 2.1\'s snippets; NotifyPeriodicEventStream\'s writes a SEND that the server accepts', async () => {
      const text = `[\n  ${send},\n  \n]`;
      const uri = uriIn('v21');
      await client.openAndDiagnose(uri, text);
      const items = snippetItems(itemsOf(await client.complete(uri, { line: 2, character: 2 })));
      assert.deepEqual(items.map((i) => i.label), prefixesOf(ocpp21));
      for (const name of only21) assert.ok(items.some((i) => i.label === `ocpp-${name}`), `ocpp-${name} is offered`);
      const allowed = items.find((i) => i.label === 'ocpp-NotifyAllowedEnergyTransfer')!;
      assert.match(allowed.detail ?? '', /\(OCPP 2\.1\)$/);
      const stream = items.find((i) => i.label === 'ocpp-NotifyPeriodicEventStream');
      assert.ok(stream?.textEdit && 'range' in stream.textEdit, 'ocpp-NotifyPeriodicEventStream is offered');
      assert.equal(stream.insertTextFormat, InsertTextFormat.Snippet);
      assert.match(stream.textEdit.newText, /^\[6, "\$\{1:\$UUID\}", "NotifyPeriodicEventStream", \{/);
      // Accepted with every default, each is a valid frame of this 2.1 file.
      for (const item of [stream, allowed]) {
        assert.ok(item.textEdit && 'range' in item.textEdit);
        const accepted = TextDocument.applyEdits(TextDocument.create(uri, 'ocpp', 1, client.textOf(uri)), [
          { range: item.textEdit.range, newText: expand([item.textEdit.newText]).text }, ...(item.additionalTextEdits ?? []),
        ]);
        const since = client.published.length;
        const diagnostics = await client.diagnostics(uri, client.change(uri, [{ text: accepted }]), since);
        const errors = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error);
        assert.deepEqual(errors.map((d) => `${d.code}: ${d.message}`), [], item.label);
        assert.deepEqual(await versionOf(client, uri), { version: '2.1', versionSource: '.ocpprc.json' });
        client.change(uri, [{ text }]);
      }
    });

    test('a 2.0.1 conversation is offered 2.0.1\'s snippets, none for a 2.1-only action, and no SEND', async () => {
      const text = `[\n  ${transactionEvent()},\n  \n]`;
      const uri = uriIn('v201');
      await client.openAndDiagnose(uri, text);
      const items = snippetItems(itemsOf(await client.complete(uri, { line: 2, character: 2 })));
      assert.deepEqual(items.map((i) => i.label), prefixesOf(ocpp201));
      assert.deepEqual(items.filter((i) => only21.some((name) => i.label.startsWith(`ocpp-${name}`))).map((i) => i.label), []);
      assert.ok(items.every((i) => i.textEdit && !i.textEdit.newText.startsWith('[6,')));
    });

    test('the same conversation with no settings: offered 2.1\'s snippets once a SEND makes it 2.1', async () => {
      const text = `[\n  ${transactionEvent()},\n  \n]`;
      const uri = uriIn('auto');
      await client.openAndDiagnose(uri, text);
      const before = snippetItems(itemsOf(await client.complete(uri, { line: 2, character: 2 }))).map((i) => i.label);
      assert.deepEqual(before, prefixesOf(ocpp201));
      const since = client.published.length;
      const withSend = `[\n  ${transactionEvent()},\n  ${send},\n  \n]`;
      await client.diagnostics(uri, client.change(uri, [{ text: withSend }]), since);
      assert.deepEqual(await versionOf(client, uri), { version: '2.1', versionSource: 'detected: NotifyPeriodicEventStream' });
      const after = snippetItems(itemsOf(await client.complete(uri, { line: 3, character: 2 }))).map((i) => i.label);
      assert.deepEqual(after, prefixesOf(ocpp21));
    });
  });

  describe('2.1\'s rules', () => {
    test('a StatusNotification gets a hint tagged Deprecated, and its quick fix rewrites it as a NotifyEvent that checks clean', async () => {
      const uri = uriIn('v21');
      const text = '[\n[2, "s1", "StatusNotification", {"timestamp": "2025-03-01T10:00:00Z", "connectorStatus": "Occupied", "evseId": 1, "connectorId": 2}],\n[3, "s1", {}]\n]';
      const diagnostics = await client.openAndDiagnose(uri, text);
      assert.deepEqual(findings(text, diagnostics), ['status-notification-deprecated "StatusNotification"']);
      assert.equal(diagnostics[0].severity, DiagnosticSeverity.Hint);
      assert.deepEqual(diagnostics[0].tags, [DiagnosticTag.Deprecated]);
      const actions = await client.codeActions(uri, diagnostics[0].range, diagnostics) as CodeAction[];
      const fix = actions.find((a) => a.title === 'Report it with NotifyEvent (AvailabilityState)');
      assert.ok(fix?.edit?.changes?.[uri], JSON.stringify(actions.map((a) => a.title)));
      const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'ocpp', 1, text), fix.edit.changes[uri]);
      const event = JSON.parse(fixed)[0];
      assert.deepEqual([event[2], event[3].eventData[0].actualValue, event[3].eventData[0].component.evse], ['NotifyEvent', 'Occupied', { id: 1, connectorId: 2 }]);
      assert.deepEqual(findings(fixed, await client.openAndDiagnose(uriIn('v21'), fixed)), []);
    });

    test('messages cite 2.1\'s sections: evse.id 0 in a 2.1 file', async () => {
      const text = '[2, "t1", "TriggerMessage", {"requestedMessage": "MeterValues", "evse": {"id": 0}}]';
      const diagnostics = await client.openAndDiagnose(uriIn('v21'), text);
      assert.deepEqual(findings(text, diagnostics), ['evse-id-range 0']);
      assert.match(String(diagnostics[0].message), /P2-21 §2\.47/);
      assert.doesNotMatch(String(diagnostics[0].message), /P2-201/);
    });
  });

  describe('where a SEND is the clue, and what a SEND is told as', () => {
    test('the version-mismatch note for a SEND clue sits on the SEND, not on an unrelated first frame', async () => {
      // The SEND is the file's only clue (Heartbeat is in every version).
      const text = '[[2, "c1", "Heartbeat", {}], [6, "c2", "Heartbeat", {}]]';
      const diagnostics = await client.openAndDiagnose(uriIn('v201'), text);
      assert.deepEqual(diagnostics.map((d) => d.code), ['version-mismatch']);
      assert.match(String(diagnostics[0].message), /it has SEND\)/);
      const start = TextDocument.create('file:///x', 'ocpp', 0, text).offsetAt(diagnostics[0].range.start);
      assert.ok(start >= text.indexOf('[6,'), `the note starts at ${start}, in the Heartbeat CALL before the SEND at ${text.indexOf('[6,')}`);
    });

    test('its snippet is described as the SEND it writes', async () => {
      const uri = uriIn('v21');
      await client.openAndDiagnose(uri, '[\n  \n]');
      const stream = snippetItems(itemsOf(await client.complete(uri, { line: 1, character: 2 }))).find((i) => i.label === 'ocpp-NotifyPeriodicEventStream')!;
      assert.match(stream.detail ?? '', /SEND/);
      assert.doesNotMatch(stream.detail ?? '', /CALL/);
    });

    test('hover on the action does not promise a CALLRESULT', async () => {
      const uri = uriIn('v21');
      await client.openAndDiagnose(uri, send);
      const hover = hoverText(await client.hover(uri, cursorIn(send, '"NotifyPeriodic|EventStream"')));
      assert.match(hover, /no response/);
      assert.doesNotMatch(hover, /The answer is a CALLRESULT/);
    });
  });
});

describe('ocpp.version "2.1" from the client\'s settings over LSP', () => {
  let root: string;
  let client: LspClient;
  let section: unknown = { version: '2.1' };
  const uriIn = (...parts: string[]) => pathToFileURL(join(root, ...parts)).href;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'ocpp-version21-settings-'));
    mkdirSync(join(root, 'v201'));
    writeFileSync(join(root, 'v201', '.ocpprc.json'), '{ "version": "2.0.1" }');
    client = await start(root, (params) => params.items.map(() => section));
  });
  after(() => {
    client?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });
  failOnErrorLogs(() => client);

  const reconfigure = async (uris: string[]) => {
    const since = client.published.length;
    client.notify(DidChangeConfigurationNotification.type, { settings: null });
    return Promise.all(uris.map(async (uri) => (await client.nextPublish(uri, since)).diagnostics));
  };

  test('a file with no clue is 2.1, over a folder\'s "2.0.1" too; set back to 2.0.1, its SEND is an error again, and to 2.1 valid', async () => {
    const noClue = uriIn('no-clue.ocpp.json');
    assert.deepEqual(await client.openAndDiagnose(noClue, formatViolation), []);
    assert.deepEqual(await versionOf(client, noClue), { version: '2.1', versionSource: 'ocpp.version' });
    // A 2.0.1 file with a SEND, in a folder whose .ocpprc.json says 2.0.1: the editor's setting wins.
    const text = `[${transactionEvent()}, ${send}]`;
    const mixed = uriIn('v201', 'mixed.ocpp.json');
    assert.deepEqual(await client.openAndDiagnose(mixed, text), []);
    assert.deepEqual(await versionOf(client, mixed), { version: '2.1', versionSource: 'ocpp.version' });
    const boot = uriIn('boot.ocpp.json');
    assert.deepEqual(await client.openAndDiagnose(boot, boot201), []);
    assert.deepEqual(await versionOf(client, boot), { version: '2.1', versionSource: 'ocpp.version' });

    section = { version: '2.0.1' };
    const [noClue201, mixed201] = await reconfigure([noClue, mixed]);
    assert.deepEqual(noClue201, []);
    assert.deepEqual(findings(text, mixed201), ['message-type-id 6']);
    assert.match(String(mixed201[0].message), /6 \(SEND\) exists only in OCPP 2\.1/);
    assert.deepEqual(await versionOf(client, mixed), { version: '2.0.1', versionSource: 'ocpp.version' });

    section = { version: '2.1' };
    assert.deepEqual(await reconfigure([noClue, mixed]), [[], []]);
    assert.deepEqual(await versionOf(client, mixed), { version: '2.1', versionSource: 'ocpp.version' });
  });

  test('a 1.6 file under ocpp.version "2.1" gets the version-mismatch note that names the setting', async () => {
    const text = '[2, "b1", "BootNotification", {"chargePointVendor": "V", "chargePointModel": "M"}]';
    const uri = uriIn('boot16.ocpp.json');
    const diagnostics = await client.openAndDiagnose(uri, text);
    assert.deepEqual(findings(text, diagnostics), ['version-mismatch "chargePointVendor"']);
    assert.equal(diagnostics[0].severity, DiagnosticSeverity.Information);
    assert.match(String(diagnostics[0].message), /looks like OCPP 1\.6 .*checked as OCPP 2\.1/s);
    assert.match(messageOf(diagnostics, 'version-mismatch'), /ocpp\.version/);
  });
});
