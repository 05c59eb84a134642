/**
 * The benchmark's OCPP 2.0.1 corpus (generateConversation201 in test/support/corpus.ts) really is a valid 2.0.1 log:
 * read with every catalog under "auto", it is read as 2.0.1 and gets no diagnostic of any severity, and every payload
 * is valid by the official 2.0.1 schemas (ajv, the oracle of test/schemaOracle201.test.ts). So the benchmark's 2.0.1
 * figures measure the clean-frame path, not the path for frames with findings.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';
import { generateConversation201 } from './support/corpus';
import { loadOfficialPayloads, ocpp201Schemas, schemaVerdict } from './support/oracleSchemas';

const seeds = [1, 2, 201];
const bytes = 150_000;

test('the 2.0.1 corpus is read as 2.0.1 and has no diagnostic at all', () => {
  for (const seed of seeds) {
    const { text } = generateConversation201(bytes, seed);
    const service = getLanguageService({ catalogs });
    const document = TextDocument.create(`file:///bench/corpus201-${seed}.ocpp.json`, 'ocpp', 1, text);
    const diagnostics = service.doValidation(document);
    assert.equal(service.getDocumentInfo(document).version, '2.0.1', `seed ${seed}`);
    assert.deepEqual(diagnostics.map((d) => `line ${d.range.start.line + 1}: ${d.code} ${d.message}`), [], `seed ${seed}`);
  }
});

test('every payload of the 2.0.1 corpus is valid by the official 2.0.1 schemas', () => {
  const payloads = new Map(loadOfficialPayloads(ocpp201Schemas).map((p) => [`${p.action} ${p.kind}`, p]));
  for (const seed of seeds) {
    const frames = JSON.parse(generateConversation201(bytes, seed).text) as unknown[][];
    const actionOf = new Map<string, string>();
    for (const frame of frames) {
      const [type, id] = frame as [number, string];
      const action = type === 2 ? frame[2] as string : actionOf.get(id);
      assert.ok(type === 2 || type === 3, `seed ${seed}: only CALLs and CALLRESULTs, got ${JSON.stringify(frame)}`);
      assert.ok(action, `seed ${seed}: a CALLRESULT answers an earlier CALL: ${JSON.stringify(frame)}`);
      if (type === 2) actionOf.set(id, action);
      const payload = payloads.get(`${action} ${type === 2 ? 'request' : 'response'}`)!;
      const { valid, errors } = schemaVerdict(payload, frame[type === 2 ? 3 : 2]);
      assert.ok(valid, `seed ${seed}, ${payload.name}: ${JSON.stringify(errors)}`);
    }
  }
});

test('the 2.0.1 corpus is a charging log of the actions the benchmark names, and a seed gives the same bytes', () => {
  const conversation = generateConversation201(bytes, 201);
  const actions = new Set((JSON.parse(conversation.text) as unknown[][]).filter((f) => f[0] === 2).map((f) => f[2]));
  for (const action of ['BootNotification', 'StatusNotification', 'Authorize', 'TransactionEvent', 'Heartbeat', 'NotifyReport', 'MeterValues']) {
    assert.ok(actions.has(action), action);
  }
  assert.equal(conversation.actions, actions.size);
  for (const eventType of ['"eventType":"Started"', '"eventType":"Updated"', '"eventType":"Ended"', '"meterValue":[']) {
    assert.ok(conversation.text.includes(eventType), eventType);
  }
  assert.ok(conversation.transactions > 0);
  assert.ok(conversation.text.length >= bytes);
  assert.equal(generateConversation201(bytes, 201).text, conversation.text);
});
