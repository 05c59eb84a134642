/**
 * The session engine's default answers (session/defaultResponse.ts): for every action with a response in every
 * catalog, the answer the engine gives to that action's CALL (as the CALL snippet writes it) checks clean against
 * the CALL with the language service of its version. Plus the cases where the answer must follow the request.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { catalogs } from '../server/src/product';
import { getLanguageService, type LanguageService } from '../server/src/service';
import { callSnippetBody } from '../server/src/service/features/frameSnippets';
import { isSentAs } from '../server/src/ocpp/catalog';
import { messageTypeNamed } from '../server/src/ocpp/frames';
import { defaultResponse, transactionCounter } from '../server/src/session/defaultResponse';
import { expand } from './support/snippetSyntax';

const now = new Date('2026-03-04T05:06:07.089Z');

/** What the service finds on `answer` (its own line) read after `call`; the CALL's own findings are not the answer's. */
function answerFindings(service: LanguageService, call: readonly unknown[], answer: readonly unknown[]) {
  const text = `[\n${JSON.stringify(call)},\n${JSON.stringify(answer)}\n]`;
  const found = service.doValidation(TextDocument.create(`file:///w/${String(call[2])}.ocpp.json`, 'ocpp', 1, text));
  return found.filter((d) => d.range.start.line >= 2);
}

for (const catalog of catalogs) {
  describe(`default answers, OCPP ${catalog.version}`, () => {
    const service = getLanguageService({ catalogs: [catalog], version: catalog.version });
    const context = { now, nextTransactionId: transactionCounter() };
    const answered = catalog.actions.filter((a) => a.request && a.response && isSentAs(catalog, messageTypeNamed('CALL'), a));

    test('there are actions to answer', () => assert.ok(answered.length > 30, `${answered.length} actions`));

    test('every action\'s default answer checks clean against its CALL', () => {
      const unclean: string[] = [];
      for (const action of answered) {
        const call = JSON.parse(expand(callSnippetBody(action, {}, catalog.placeholderHints)).text) as unknown[];
        const answer = defaultResponse(catalog, call, context);
        assert.equal(answer[0], 3, `${action.name}: a CALLRESULT`);
        assert.equal(answer[1], call[1], `${action.name}: the CALL's uniqueId`);
        for (const d of answerFindings(service, call, answer)) unclean.push(`${action.name}: ${String(d.code)} ${d.message}`);
      }
      assert.deepEqual(unclean, []);
    });
  });
}

test('a 1.6 StartTransaction gets a fresh, increasing transactionId each time', () => {
  const ocpp16 = catalogs.find((c) => c.version === '1.6')!;
  const context = { now, nextTransactionId: transactionCounter() };
  const start = [2, 's1', 'StartTransaction', { connectorId: 1, idTag: 'A', meterStart: 0, timestamp: now.toISOString() }];
  const ids = [0, 1, 2].map(() => (defaultResponse(ocpp16, start, context)[2] as { transactionId: number }).transactionId);
  assert.deepEqual(ids, [1, 2, 3]);
  const status = (defaultResponse(ocpp16, start, context)[2] as { idTagInfo: { status: string } }).idTagInfo.status;
  assert.equal(status, 'Accepted');
});

test('date-times in a default answer are now', () => {
  const ocpp201 = catalogs.find((c) => c.version === '2.0.1')!;
  const boot = [2, 'b1', 'BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } }];
  const answer = defaultResponse(ocpp201, boot, { now, nextTransactionId: transactionCounter() });
  assert.deepEqual(answer, [3, 'b1', { currentTime: now.toISOString(), interval: 1, status: 'Accepted' }]);
});

test('2.0.1 GetVariables is answered with one result per requested variable, naming it', () => {
  const ocpp201 = catalogs.find((c) => c.version === '2.0.1')!;
  const items = [
    { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } },
    { component: { name: 'SecurityCtrlr' }, variable: { name: 'Identity' }, attributeType: 'Actual' },
  ];
  const answer = defaultResponse(ocpp201, [2, 'g1', 'GetVariables', { getVariableData: items }], { now, nextTransactionId: transactionCounter() });
  const results = (answer[2] as { getVariableResult: { component: unknown; variable: unknown }[] }).getVariableResult;
  assert.deepEqual(results.map((r) => [r.component, r.variable]), items.map((i) => [i.component, i.variable]));
});

test('an unknown action gets a CALLERROR NotImplemented, a payload that is no object a format violation', () => {
  const [ocpp16, ocpp201] = catalogs;
  const context = { now, nextTransactionId: transactionCounter() };
  assert.deepEqual(defaultResponse(ocpp201, [2, 'x', 'StartTransaction', {}], context).slice(0, 3), [4, 'x', 'NotImplemented']);
  assert.deepEqual(defaultResponse(ocpp16, [2, 'y', 'Heartbeat', []], context).slice(0, 3), [4, 'y', 'FormationViolation']);
  assert.deepEqual(defaultResponse(ocpp201, [2, 'z', 'Heartbeat', 'no'], context).slice(0, 3), [4, 'z', 'FormatViolation']);
});

test('the answers that must follow their request check clean against live-looking CALLs', () => {
  const [, ocpp201, ocpp21] = catalogs;
  const context = { now, nextTransactionId: transactionCounter() };
  const calls = [
    [2, 't1', 'TransactionEvent', {
      eventType: 'Started', timestamp: now.toISOString(), triggerReason: 'Authorized', seqNo: 0,
      transactionInfo: { transactionId: 'tx-1', chargingState: 'Charging' }, idToken: { idToken: 'AB12CD34', type: 'ISO14443' },
      evse: { id: 1, connectorId: 1 },
    }],
    [2, 's1', 'SetVariables', { setVariableData: [
      { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' }, attributeValue: '300' },
      { component: { name: 'TxCtrlr' }, variable: { name: 'EVConnectionTimeOut' }, attributeValue: '60', attributeType: 'Target' },
    ] }],
    [2, 'g1', 'GetVariables', { getVariableData: [
      { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } },
      { component: { name: 'SecurityCtrlr' }, variable: { name: 'Identity' } },
    ] }],
  ];
  for (const catalog of [ocpp201, ocpp21]) {
    const service = getLanguageService({ catalogs: [catalog], version: catalog.version });
    for (const call of calls) {
      const answer = defaultResponse(catalog, call, context);
      const findings = answerFindings(service, call, answer).map((d) => `${String(d.code)} ${d.message}`);
      assert.deepEqual(findings, [], `${catalog.version} ${String(call[2])}: ${JSON.stringify(answer)}`);
    }
    // Without the request-aware part, the TransactionEvent answer would lack idTokenInfo: the check must notice.
    const bare = [3, 't1', {}];
    assert.ok(answerFindings(service, calls[0], bare).some((d) => d.code === 'transaction-id-token-info'));
  }
});
