/**
 * The benchmark's OCPP 2.1 corpus (generateConversation21 in test/support/corpus.ts) really is a valid 2.1 log: read
 * with every catalog under "auto", it is read as 2.1 and gets no diagnostic of any severity, and every payload, SEND
 * frames' included, is valid by the official 2.1 schemas (ajv, the oracle of test/schemaOracle21.test.ts). It holds
 * the frames 2.1 adds, used as OCPP-J 2.1 says: SENDs that nothing answers and CALLRESULTERRORs that name an earlier
 * CALLRESULT. So the benchmark's 2.1 figures measure the clean-frame path on 2.1's own kinds of frame too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';
import { generateConversation21 } from './support/corpus';
import { loadOfficialPayloads, ocpp21Schemas, schemaVerdict } from './support/oracleSchemas';

const seeds = [1, 2, 21];
const bytes = 150_000;

test('the 2.1 corpus is read as 2.1 and has no diagnostic at all', () => {
  for (const seed of seeds) {
    const { text } = generateConversation21(bytes, seed);
    const service = getLanguageService({ catalogs });
    const document = TextDocument.create(`file:///bench/corpus21-${seed}.ocpp.json`, 'ocpp', 1, text);
    const diagnostics = service.doValidation(document);
    assert.equal(service.getDocumentInfo(document).version, '2.1', `seed ${seed}`);
    assert.deepEqual(diagnostics.map((d) => `line ${d.range.start.line + 1}: ${d.code} ${d.message}`), [], `seed ${seed}`);
  }
});

test('every payload of the 2.1 corpus is valid by the official 2.1 schemas, and its SENDs and CALLRESULTERRORs are used as OCPP-J 2.1 says', () => {
  const payloads = new Map(loadOfficialPayloads(ocpp21Schemas).map((p) => [`${p.action} ${p.kind}`, p]));
  for (const seed of seeds) {
    const frames = JSON.parse(generateConversation21(bytes, seed).text) as unknown[][];
    const actionOf = new Map<string, string>();
    const sends = new Set<string>();
    const answered = new Set<string>();
    for (const frame of frames) {
      const [type, id] = frame as [number, string];
      const where = `seed ${seed}: ${JSON.stringify(frame).slice(0, 120)}`;
      assert.ok([2, 3, 5, 6].includes(type), `CALL, CALLRESULT, CALLRESULTERROR or SEND: ${where}`);
      if (type === 5) {
        // A CALLRESULTERROR answers a CALLRESULT the log holds, with one of OCPP-J's error codes and a description.
        assert.ok(answered.has(id), `it names an earlier CALLRESULT: ${where}`);
        assert.equal(frame.length, 5, where);
        assert.equal(frame[2], 'InternalError', where);
        assert.ok(typeof frame[3] === 'string' && frame[3].length > 0 && frame[3].length <= 255, where);
        assert.deepEqual(frame[4], {}, where);
        continue;
      }
      if (type === 2 || type === 6) {
        assert.ok(!actionOf.has(id), `a CALL or SEND id is not reused: ${where}`);
        actionOf.set(id, frame[2] as string);
        if (type === 6) sends.add(id);
      }
      if (type === 3) {
        assert.ok(!sends.has(id), `nothing answers a SEND: ${where}`);
        answered.add(id);
      }
      const action = actionOf.get(id);
      assert.ok(action, `a CALLRESULT answers an earlier CALL: ${where}`);
      assert.equal(type === 6, action === 'NotifyPeriodicEventStream', `NotifyPeriodicEventStream goes as a SEND, and only it: ${where}`);
      const payload = payloads.get(`${action} ${type === 3 ? 'response' : 'request'}`)!;
      const { valid, errors } = schemaVerdict(payload, frame[type === 3 ? 2 : 3]);
      assert.ok(valid, `seed ${seed}, ${payload.name}: ${JSON.stringify(errors)}`);
    }
  }
});

test('the 2.1 corpus is a charging log with periodic event streams, SENDs and CALLRESULTERRORs, and a seed gives the same bytes', () => {
  const conversation = generateConversation21(bytes, 21);
  const frames = JSON.parse(conversation.text) as unknown[][];
  const actions = new Set(frames.filter((f) => f[0] === 2).map((f) => f[2]));
  for (const action of ['BootNotification', 'NotifyEvent', 'Authorize', 'TransactionEvent', 'Heartbeat', 'MeterValues', 'GetVariables',
    'SetVariableMonitoring', 'OpenPeriodicEventStream', 'ClearVariableMonitoring', 'ClosePeriodicEventStream']) {
    assert.ok(actions.has(action), action);
  }
  // Connectors are reported as 2.1 prefers: NotifyEvent on AvailabilityState, never the deprecated StatusNotification.
  assert.ok(!actions.has('StatusNotification'));
  assert.ok(conversation.text.includes('"variable":{"name":"AvailabilityState"}'));
  assert.equal(conversation.actions, actions.size + 1, 'the CALLs\' actions and NotifyPeriodicEventStream');
  assert.equal(conversation.sends, frames.filter((f) => f[0] === 6).length);
  assert.equal(conversation.callResultErrors, frames.filter((f) => f[0] === 5).length);
  assert.ok(conversation.sends > 0 && conversation.callResultErrors > 0 && conversation.streams > 0, JSON.stringify({ ...conversation, text: undefined }));
  assert.equal(conversation.frames, frames.length);
  assert.ok(conversation.transactions > 0);
  assert.ok(conversation.text.length >= bytes);
  assert.equal(generateConversation21(bytes, 21).text, conversation.text);
  assert.notEqual(generateConversation21(bytes, 22).text, conversation.text);
});
