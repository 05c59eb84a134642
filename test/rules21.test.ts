/**
 * OCPP 2.1's rules (server/src/ocpp/v21/rules/): every 2.0.1 rule case gives the same findings in a file checked as
 * 2.1, citing 2.1's sections; what 2.1 changed: StatusNotification deprecated (a hint, struck through, with a quick
 * fix that writes the equivalent NotifyEvent), NotifyEvent(AvailabilityState) read as a connector's status, and
 * the triggerReasons 2.1 adds.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService } from '../server/src/service';
import { ocpp201 } from '../server/src/ocpp/v201';
import { ocpp21 } from '../server/src/ocpp/v21';
import { citeIn21 } from '../server/src/ocpp/v21/rules/citations';
import { ruleCaseFiles } from './ruleCaseFiles';
import { conversation, defaultCaseUri } from './support/ruleCases';
import { applyEdits, splitCursor } from './support/service';
import { event } from './transactions.cases';
import { nodeAt } from '../server/src/service/document/ocppDocument';

const service21 = getLanguageService({ catalogs: [ocpp21] });
const service201 = getLanguageService({ catalogs: [ocpp201] });
const deprecated = 'status-notification-deprecated';

function findings(text: string, uri = defaultCaseUri, service = service21) {
  const document = TextDocument.create(uri, 'ocpp', 1, text);
  return service.doValidation(document).map((d) => ({
    code: String(d.code), covers: text.slice(document.offsetAt(d.range.start), document.offsetAt(d.range.end)), message: String(d.message), diagnostic: d,
  }));
}

/** What a 2.0.1 case's cite becomes in 2.1; a case may name a bare section ("§1.60.1") of P2-201. */
function citedIn21(cite: string): string {
  if (!cite.startsWith('§')) return citeIn21(cite);
  const moved = citeIn21(`P2-201 ${cite}`);
  return moved.startsWith('P2-21 ') ? moved.slice('P2-21 '.length) : cite;
}

describe('2.0.1\'s rules carried over to 2.1', () => {
  for (const file of ruleCaseFiles) {
    for (const c of file.cases) {
      test(`${file.name}: ${c.name}`, () => {
        const found = findings(c.text, c.uri);
        const ours = found.filter((f) => file.codes.includes(f.code));
        assert.deepEqual(ours.map(({ code, covers }) => ({ code, covers })), c.expect.map(({ code, covers }) => ({ code, covers })),
          ours.map((f) => f.message).join('\n'));
        c.expect.forEach((e, i) => assert.ok(ours[i].message.includes(citedIn21(e.cites)), `${ours[i].message} should cite ${citedIn21(e.cites)}`));
        // 2.1's own hint on a StatusNotification is the only thing a clean 2.0.1 case may gain.
        if (c.clean) assert.deepEqual(found.filter((f) => !file.codes.includes(f.code) && f.code !== deprecated).map((f) => `${f.code} ${f.covers}`), []);
        assert.deepEqual(found.filter((f) => f.message.includes('P2-201')).map((f) => f.message), [], 'a 2.1 message cites 2.1\'s Part 2');
      });
    }
  }

  test('section references move to 2.1\'s numbering; requirement ids and Part 1 stay', () => {
    assert.equal(citeIn21('(P1 §7.1, P2-201 §2.23)'), '(P1 §7.1, P2-21 §2.47)');
    assert.equal(citeIn21('(P2-201 §3.43 IdTokenEnumType)'), '(P2-21 Appendix 7.1 IdTokenEnumStringType)');
    assert.equal(citeIn21('(E01.FR.07, E §1.3.2)'), '(E01.FR.07, E §1.3.2)');
    assert.equal(citeIn21('(G01.FR.09, added by the 2025-01 errata)'), '(G01.FR.09)');
  });

  test('every rule code of 2.0.1 is a rule code of 2.1', () => {
    assert.deepEqual(Object.keys(ocpp201.rules.codes).filter((code) => !ocpp21.rules.codes[code]), []);
    assert.ok(ocpp21.rules.codes[deprecated]);
    assert.equal(ocpp201.rules.codes[deprecated], undefined);
  });

  test('hover on a connector status cites 2.1\'s sections, and G01.FR.09 without the 2.0.1 errata', () => {
    const text = conversation(statusNotification(3, 1, 'Reserved'), statusNotification(3, 1, 'Occupied').replace('"Occupied"', '"Occu|pied"'));
    const hover = hoverIn21(text);
    assert.match(hover, /G01\.FR\.06.*G01\.FR\.09/);
    assert.doesNotMatch(hover, /errata|P2-201/);
    assert.match(hover, /Operative \(P2-21 §3\.24\)/);
  });
});

const at = (minute: number) => `2025-03-01T10:${String(minute).padStart(2, '0')}:00Z`;

function statusNotification(evseId: number, connectorId: number, status: string, minute = 0, id = `s${evseId}${connectorId}${status}${minute}`): string {
  return `[2, "${id}", "StatusNotification", {"timestamp": "${at(minute)}", "connectorStatus": "${status}", "evseId": ${evseId}, "connectorId": ${connectorId}}]`;
}

function availabilityEvent(evseId: number, connectorId: number, status: string, minute = 0, id = `e${evseId}${connectorId}${status}${minute}`): string {
  return `[2, "${id}", "NotifyEvent", {"generatedAt": "${at(minute)}", "seqNo": 0, "eventData": [{"eventId": 1, "timestamp": "${at(minute)}", ` +
    `"trigger": "Delta", "actualValue": "${status}", "eventNotificationType": "HardWiredNotification", ` +
    `"component": {"name": "Connector", "evse": {"id": ${evseId}, "connectorId": ${connectorId}}}, "variable": {"name": "AvailabilityState"}}]}]`;
}

function hoverIn21(textWithCursor: string, service = service21): string {
  const { text, offset } = splitCursor(textWithCursor);
  const document = TextDocument.create(defaultCaseUri, 'ocpp', 1, text);
  const hover = service.doHover(document, document.positionAt(offset));
  return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
}

/** The fixes offered for the first `code` diagnostic, each with the text it leaves. */
function fixesIn21(text: string, code: string, uri = defaultCaseUri) {
  const document = TextDocument.create(uri, 'ocpp', 1, text);
  const diagnostics = service21.doValidation(document).filter((d) => d.code === code);
  assert.ok(diagnostics.length > 0, `no ${code} in ${text}`);
  return service21.getCodeActions(document, diagnostics[0].range, [diagnostics[0]]).map((action) => ({
    title: action.title, isPreferred: action.isPreferred, result: applyEdits(document, action.edit?.changes?.[document.uri] ?? []),
  }));
}

describe('StatusNotification is deprecated in 2.1', () => {
  test('a hint on the action, tagged Deprecated, citing B01.FR.05 (2.1) and G01; nothing of the kind in 2.0.1', () => {
    const text = statusNotification(1, 1, 'Available');
    const hint = findings(text).filter((f) => f.code === deprecated);
    assert.deepEqual(hint.map((f) => f.covers), ['"StatusNotification"']);
    const diagnostic: Diagnostic = hint[0].diagnostic;
    assert.equal(diagnostic.severity, DiagnosticSeverity.Hint);
    assert.deepEqual(diagnostic.tags, [DiagnosticTag.Deprecated]);
    assert.match(String(diagnostic.message), /NotifyEvent.*"Connector".*"AvailabilityState".*B01\.FR\.05 \(2\.1\)/);
    assert.deepEqual(findings(text, defaultCaseUri, service201).filter((f) => f.code === deprecated), []);
  });

  test('the quick fix writes the NotifyEvent that reports the same status, and the result checks clean', () => {
    const text = conversation(statusNotification(2, 1, 'Occupied', 5, 'n1'), '[3, "n1", {}]');
    const fixes = fixesIn21(text, deprecated);
    const fix = fixes.find((f) => f.title === 'Report it with NotifyEvent (AvailabilityState)');
    assert.ok(fix, JSON.stringify(fixes.map((f) => f.title)));
    assert.equal(fix.isPreferred, false, 'a deprecated message is still allowed: no fix-all rewrites it');
    const frames = JSON.parse(fix.result);
    assert.deepEqual(frames[0].slice(0, 3), [2, 'n1', 'NotifyEvent']);
    const event = frames[0][3].eventData[0];
    assert.deepEqual({ trigger: event.trigger, actualValue: event.actualValue, component: event.component, variable: event.variable, timestamp: event.timestamp },
      { trigger: 'Delta', actualValue: 'Occupied', component: { name: 'Connector', evse: { id: 2, connectorId: 1 } }, variable: { name: 'AvailabilityState' }, timestamp: at(5) });
    assert.deepEqual(findings(fix.result).map((f) => `${f.code} ${f.covers}`), []);
  });

  test('two StatusNotifications rewritten one after the other get different eventIds', () => {
    const text = conversation(statusNotification(1, 1, 'Available', 0, 'a'), '[3, "a", {}]', statusNotification(1, 2, 'Available', 1, 'b'), '[3, "b", {}]');
    const once = fixesIn21(text, deprecated)[0].result;
    const twice = fixesIn21(once, deprecated)[0].result;
    const ids = JSON.parse(twice).filter((f: unknown[]) => f[2] === 'NotifyEvent').map((f: { eventData: { eventId: number }[] }[]) => f[3].eventData[0].eventId);
    assert.equal(new Set(ids).size, 2, JSON.stringify(ids));
    assert.deepEqual(findings(twice).map((f) => `${f.code} ${f.covers}`), []);
  });

  test('a StatusNotification missing a value the event needs gets the hint but no rewrite; a stale rewrite changes nothing', () => {
    const incomplete = '[2, "a", "StatusNotification", {"timestamp": "2025-03-01T10:00:00Z", "connectorStatus": "Available", "evseId": 1}]';
    assert.deepEqual(fixesIn21(incomplete, deprecated).map((f) => f.title), []);
    const text = statusNotification(1, 1, 'Available');
    const document = TextDocument.create(defaultCaseUri, 'ocpp', 1, text);
    const [diagnostic] = service21.doValidation(document).filter((d) => d.code === deprecated);
    const edited = TextDocument.create(defaultCaseUri, 'ocpp', 2, text.replace('"Available"', '"Faulted"'));
    assert.deepEqual(service21.getCodeActions(edited, diagnostic.range, [diagnostic]).map((a) => a.title), []);
  });

  test('a bare StatusNotificationRequest payload gets the hint on its first brace, without a rewrite', () => {
    const found = findings('{"timestamp": "2025-03-01T10:00:00Z", "connectorStatus": "Available", "evseId": 1, "connectorId": 1}', 'file:///w/StatusNotificationRequest.json');
    assert.deepEqual(found.map((f) => `${f.code} ${f.covers}`), [`${deprecated} {`]);
  });
});

describe('NotifyEvent(AvailabilityState) is a connector status report in 2.1 (G01.FR.03-07)', () => {
  test('the status history runs through NotifyEvents and StatusNotifications alike', () => {
    const text = conversation(availabilityEvent(1, 1, 'Occupied', 1), statusNotification(1, 1, 'Reserved', 2));
    const found = findings(text).filter((f) => f.code === 'connector-status-transition');
    assert.deepEqual(found.map((f) => f.covers), ['"Reserved"']);
    assert.match(found[0].message, /Occupied -> Reserved on connector 1 of EVSE 1/);
    const back = conversation(statusNotification(1, 1, 'Occupied', 1), availabilityEvent(1, 1, 'Reserved', 2));
    assert.deepEqual(findings(back).filter((f) => f.code === 'connector-status-transition').map((f) => f.covers), ['"Reserved"']);
  });

  test('a NotifyEvent timestamp earlier than the connector\'s previous report is flagged on the event\'s timestamp', () => {
    const text = conversation(availabilityEvent(1, 1, 'Available', 9), availabilityEvent(1, 1, 'Occupied', 3));
    const found = findings(text).filter((f) => f.code === 'timestamp-backwards');
    assert.deepEqual(found.map((f) => f.covers), [`"${at(3)}"`]);
    assert.match(found[0].message, /previous NotifyEvent \(AvailabilityState\) for connector 1 of EVSE 1/);
  });

  test('hover on the event\'s actualValue names the connector\'s previous status', () => {
    const text = conversation(statusNotification(1, 1, 'Available', 1), availabilityEvent(1, 1, 'Occupied', 2).replace('"actualValue": "Occupied"', '"actualValue": "Occu|pied"'));
    assert.match(hoverIn21(text), /Previous status of connector 1 of EVSE 1: Available \(line 2\); Available -> Occupied/);
  });

  test('other components and variables, and 2.0.1 files, are not read as a connector status', () => {
    const other = availabilityEvent(1, 1, 'Reserved', 2).replace('"name": "AvailabilityState"', '"name": "Problem"');
    assert.deepEqual(findings(conversation(availabilityEvent(1, 1, 'Occupied', 1), other)).filter((f) => f.code === 'connector-status-transition'), []);
    const in201 = conversation(availabilityEvent(1, 1, 'Occupied', 1), availabilityEvent(1, 1, 'Reserved', 2));
    assert.deepEqual(findings(in201, defaultCaseUri, service201).filter((f) => f.code === 'connector-status-transition'), []);
  });
});

describe('what 2.1 changed in the carried-over rules', () => {
  const ended = (trigger: string, stopped?: string) => conversation(
    event({ type: 'Started', seqNo: 0, state: 'EVConnected', evse: 1, tx: `tx-${trigger}` }),
    event({ type: 'Ended', seqNo: 1, trigger, stopped, tx: `tx-${trigger}` }));
  const stoppedReason = (text: string, service = service21) => findings(text, defaultCaseUri, service).filter((f) => f.code === 'transaction-stopped-reason');

  test('an Ended event triggered by a reached energy or time limit needs no stoppedReason in 2.1, whose limit reasons are deprecated (E16.FR.06)', () => {
    for (const trigger of ['EnergyLimitReached', 'TimeLimitReached']) {
      assert.equal(stoppedReason(ended(trigger), service201).length, 1, `2.0.1 still asks for ${trigger}`);
      assert.deepEqual(stoppedReason(ended(trigger)).map((f) => f.covers), [], trigger);
    }
  });

  test('an Ended event triggered by TariffNotAccepted names DeAuthorized (I07.FR.30), a 2.1 trigger', () => {
    const found = stoppedReason(ended('TariffNotAccepted'));
    assert.deepEqual(found.map((f) => f.covers), ['"TariffNotAccepted"']);
    assert.match(found[0].message, /Set stoppedReason to DeAuthorized \(E06\.FR\.08, I07\.FR\.30\)/);
    assert.deepEqual(stoppedReason(ended('TariffNotAccepted', 'DeAuthorized')), []);
  });

  test('a resumed transaction goes on with Updated and triggerReason TxResumed: no order or seqNo finding', () => {
    const text = conversation(
      event({ type: 'Updated', seqNo: 7, trigger: 'TxResumed', tx: 'resumed', evse: 1 }),
      event({ type: 'Updated', seqNo: 8, trigger: 'RunningCost', tx: 'resumed' }),
      event({ type: 'Ended', seqNo: 9, trigger: 'StopAuthorized', stopped: 'Local', tx: 'resumed' }));
    assert.deepEqual(findings(text).map((f) => `${f.code} ${f.covers}`), []);
  });

  test('NotifyChargingLimit evseId 0 is the whole Charging Station in 2.1 (an error in 2.0.1), and its hover says so', () => {
    const limit = '[2, "l1", "NotifyChargingLimit", {"evseId": 0, "chargingLimit": {"chargingLimitSource": "EMS"}}]';
    assert.deepEqual(findings(limit, defaultCaseUri, service201).filter((f) => f.code === 'evse-id-range').map((f) => f.covers), ['0']);
    assert.deepEqual(findings(limit).map((f) => `${f.code} ${f.covers}`), []);
    const doc = service21.parseDocument(TextDocument.create(defaultCaseUri, 'ocpp', 1, limit));
    const zero = nodeAt(doc, limit.indexOf(': 0') + 2);
    assert.ok(zero && zero.type === 'number');
    const note = ocpp21.rules.hoverNote(doc, zero);
    assert.match(note ?? '', /Charging Station as a whole \(P2-21 §1\.45\.1\)/);
  });

  const boot = '[2, "b1", "BootNotification", {"reason": "PowerUp", "chargingStation": {"model": "M1", "vendorName": "V"}}]';
  const pending = '[3, "b1", {"currentTime": "2025-03-01T10:00:00Z", "interval": 60, "status": "Pending"}]';

  test('a SEND while the boot is Pending is flagged without the SecurityError answer a SEND never gets', () => {
    const stream = '[6, "s1", "NotifyPeriodicEventStream", {"id": 1, "pending": 0, "basetime": "2025-03-01T10:00:00Z", "data": [{"t": 0, "v": "1"}]}]';
    const found = findings(conversation(boot, pending, stream)).filter((f) => f.code === 'call-before-boot-accepted');
    assert.deepEqual(found.map((f) => f.covers), ['"NotifyPeriodicEventStream"']);
    assert.match(found[0].message, /B02\.FR\.02/);
    assert.doesNotMatch(found[0].message, /SecurityError/);
    const heartbeat = findings(conversation(boot, pending, '[2, "h1", "Heartbeat", {}]')).filter((f) => f.code === 'call-before-boot-accepted');
    assert.match(heartbeat[0].message, /SecurityError \(B02\.FR\.09\)/);
  });

  test('while Pending, the message a 2.1 trigger asks for is allowed: SignV2G20Certificate (a SignCertificate) and a CustomTrigger', () => {
    const asked = (requested: string, extra = '') => `[2, "t1", "TriggerMessage", {"requestedMessage": "${requested}"${extra}}], [3, "t1", {"status": "Accepted"}]`;
    const sign = '[2, "c1", "SignCertificate", {"csr": "-----BEGIN CERTIFICATE REQUEST-----"}]';
    assert.deepEqual(findings(conversation(boot, pending, asked('SignV2G20Certificate'), sign)).filter((f) => f.code === 'call-before-boot-accepted'), []);
    const custom = conversation(boot, pending, asked('CustomTrigger', ', "customTrigger": "VendorHealth"'), '[2, "d1", "DataTransfer", {"vendorId": "com.example"}]');
    assert.deepEqual(findings(custom).filter((f) => f.code === 'call-before-boot-accepted'), []);
    const twice = conversation(boot, pending, asked('SignV2G20Certificate'), sign, sign.replace('"c1"', '"c2"'));
    assert.equal(findings(twice).filter((f) => f.code === 'call-before-boot-accepted').length, 1, 'a trigger allows one message');
  });

  test('the device model\'s names are case-insensitive: "connector" and "availabilitystate" are a status report too', () => {
    const lower = (text: string) => text.replace('"name": "Connector"', '"name": "connector"').replace('"name": "AvailabilityState"', '"name": "availabilitystate"');
    const text = conversation(lower(availabilityEvent(1, 1, 'Occupied', 1)), statusNotification(1, 1, 'Reserved', 2));
    assert.deepEqual(findings(text).filter((f) => f.code === 'connector-status-transition').map((f) => f.covers), ['"Reserved"']);
  });

  test('messages that name OCPP 2.0.1 for what 2.1 keeps name 2.1 in a 2.1 file', () => {
    const text = '[[2, "a", "StartTransaction", {}], [2, "e", "Heartbeat", {}], [4, "e", "FormationViolation", "", {}]]';
    const messages = findings(text).map((f) => f.message).join('\n');
    assert.match(messages, /OCPP 2\.1 reports a transaction's start with TransactionEvent/);
    assert.match(messages, /OCPP-J 2\.1 calls this error "FormatViolation"/);
    assert.doesNotMatch(messages, /2\.0\.1/);
  });
});

