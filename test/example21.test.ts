/**
 * examples/charge-with-stream-21.ocpp.json, the OCPP 2.1 example: read as 2.1 from its content, clean under the 2.1
 * catalog and its rules, its payloads valid by the official 2.1 schemas, and holding what it is there to show: the
 * connector reported by NotifyEvent (AvailabilityState) rather than StatusNotification, a periodic event stream whose
 * NotifyPeriodicEventStream messages go as SEND frames that nothing answers, and a CALLRESULTERROR that names an
 * earlier CALLRESULT (go to definition jumps there). test/cli.test.ts checks it through ocpp-lint as well.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Range } from 'vscode-languageserver-types';
import { ocpp21 } from '../server/src/ocpp/v21';
import { getLanguageService } from '../server/src/service';
import { loadOfficialPayloads, ocpp21Schemas, schemaVerdict } from './support/oracleSchemas';
import { diagnose, documentOf, service } from './support/service';

const name = 'charge-with-stream-21.ocpp.json';
const text = readFileSync(join(__dirname, '..', 'examples', name), 'utf8');
const uri = `file:///work/examples/${name}`;
const frames = JSON.parse(text) as unknown[][];

test('it is read as OCPP 2.1 from its content and has no problems, under auto and with 2.1 set', () => {
  const info = service.getDocumentInfo(documentOf(text, uri));
  assert.equal(info?.version, '2.1');
  assert.match(info?.versionSource ?? '', /^detected: /);
  assert.deepEqual(diagnose(text, uri).map((d) => `${d.code} ${d.message}`), []);
  const only21 = getLanguageService({ catalogs: [ocpp21] });
  assert.deepEqual(only21.doValidation(documentOf(text, uri)).map((d) => `${d.code} ${d.message}`), []);
});

test('every payload, the SENDs\' included, is valid by the official 2.1 schemas', () => {
  const payloads = new Map(loadOfficialPayloads(ocpp21Schemas).map((p) => [`${p.action} ${p.kind}`, p]));
  const actionOf = new Map<string, string>();
  let checked = 0;
  for (const frame of frames) {
    const [type, id] = frame as [number, string];
    if (type === 2 || type === 6) actionOf.set(id, frame[2] as string);
    if (type !== 2 && type !== 3 && type !== 6) continue;
    const payload = payloads.get(`${actionOf.get(id)} ${type === 3 ? 'response' : 'request'}`);
    assert.ok(payload, JSON.stringify(frame).slice(0, 100));
    const { valid, errors } = schemaVerdict(payload, frame[type === 3 ? 2 : 3]);
    assert.ok(valid, `${payload.name}: ${JSON.stringify(errors)}`);
    checked++;
  }
  assert.equal(checked, frames.length - 1, 'every frame but the CALLRESULTERROR');
});

test('it shows what 2.1 adds: NotifyEvent for the connector, SENDs nothing answers, a periodic event stream', () => {
  const calls = frames.filter((f) => f[0] === 2).map((f) => f[2]);
  assert.ok(!calls.includes('StatusNotification'), 'no deprecated StatusNotification');
  const availability = frames.filter((f) => f[0] === 2 && f[2] === 'NotifyEvent')
    .map((f) => (f[3] as { eventData: { component: { name: string }; variable: { name: string }; actualValue: string; trigger: string }[] }).eventData[0])
    .filter((e) => e.component.name === 'Connector' && e.variable.name === 'AvailabilityState' && e.trigger === 'Delta');
  assert.deepEqual(availability.map((e) => e.actualValue), ['Available', 'Occupied', 'Available']);
  for (const action of ['SetVariableMonitoring', 'OpenPeriodicEventStream', 'ClearVariableMonitoring', 'ClosePeriodicEventStream']) {
    assert.ok(calls.includes(action), action);
  }
  const sends = frames.filter((f) => f[0] === 6);
  assert.ok(sends.length >= 2, 'SEND frames');
  assert.ok(sends.every((f) => f[2] === 'NotifyPeriodicEventStream'));
  const sendIds = new Set(sends.map((f) => f[1]));
  assert.ok(!frames.some((f) => (f[0] === 3 || f[0] === 4) && sendIds.has(f[1] as string)), 'nothing answers a SEND');
});

test('its CALLRESULTERROR names the CALLRESULT before it, and go to definition jumps to that CALLRESULT', () => {
  const errors = frames.filter((f) => f[0] === 5);
  assert.equal(errors.length, 1);
  const [, id, code, description, details] = errors[0] as [number, string, string, string, object];
  assert.equal(code, 'InternalError');
  assert.ok(description.length > 0 && description.length <= 255);
  assert.deepEqual(details, {});
  const position = frames.indexOf(errors[0]);
  assert.deepEqual(frames[position - 1].slice(0, 2), [3, id], 'the frame before it is the CALLRESULT it names');

  const document = documentOf(text, uri);
  const at = text.indexOf(`[5, "${id}"`) + 5;
  const links = (service.findDefinition(document, document.positionAt(at)) ?? []) as { targetSelectionRange?: Range; range?: Range }[];
  assert.equal(links.length, 1);
  const target = links[0].targetSelectionRange ?? links[0].range!;
  assert.equal(document.offsetAt(target.start), text.indexOf(`[3, "${id}"`) + 4);
});
