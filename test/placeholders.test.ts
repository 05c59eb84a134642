/**
 * One choice of placeholder values: for every required field of every request, a quick fix that adds the missing
 * fields, completion (with and without snippets) and the CALL snippet write the same value, and the result is
 * valid. Date-times are masked before comparing: a fix and a completion write the current time, a snippet the
 * editor's clock variables.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ocpp16 } from '../server/src/ocpp/v16';
import type { ActionDefinition } from '../server/src/ocpp/schema';
import { callSnippetBody } from '../server/src/service/features/frameSnippets';
import { accept, completeAt, diagnose, fixesFor } from './support/service';
import { expand } from './support/snippetSyntax';

const plain = { textDocument: { completion: { completionItem: { snippetSupport: false } } } };
const withSnippets = { textDocument: { completion: { completionItem: { snippetSupport: true } } } };

type Payload = Record<string, unknown>;
const payloadOf = (frameText: string) => (JSON.parse(frameText) as unknown[])[3] as Payload;

/** The payload a quick fix writes into `{}`: the one fix for a single missing field, or "add all" for several. */
function byQuickFix(action: ActionDefinition): Payload {
  const text = `[2, "a1", "${action.name}", {}]`;
  const fixes = fixesFor(text, 'missing-field');
  const fix = fixes.find((f) => f.title.startsWith('Add all')) ?? fixes.find((f) => f.title.startsWith('Add the missing field'));
  assert.ok(fix, `${action.name}: a fix adds the missing fields`);
  return payloadOf(fix.result);
}

/** What accepting the completion of `field` in an empty payload writes, with or without snippet syntax. */
function byCompletion(action: ActionDefinition, field: string, capabilities: object): unknown {
  const { items, document } = completeAt(`[2, "a1", "${action.name}", {|}]`, capabilities);
  const item = items.find((i) => i.label === field);
  assert.ok(item, `${action.name}: "${field}" is offered`);
  const accepted = accept(document, item);
  const written = capabilities === withSnippets ? expand([accepted]).text : accepted;
  return payloadOf(written)[field];
}

/** The value with every date-time replaced by a marker, at any depth. */
function maskTimes(value: unknown): unknown {
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(value) ? '<dateTime>' : value;
  if (Array.isArray(value)) return value.map(maskTimes);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskTimes(v)]));
  return value;
}

test('quick fixes, completion and snippets write the same placeholder for every required field of every request', () => {
  let compared = 0;
  for (const action of ocpp16.actions) {
    const required = action.request?.fields.filter((f) => f.required) ?? [];
    if (required.length === 0) continue;
    const fixed = byQuickFix(action);
    const snippet = payloadOf(expand(callSnippetBody(action)).text);
    for (const field of required) {
      const values = {
        'quick fix': fixed[field.name],
        completion: byCompletion(action, field.name, plain),
        'snippet completion': byCompletion(action, field.name, withSnippets),
        snippet: snippet[field.name],
      };
      for (const [where, value] of Object.entries(values)) {
        assert.deepEqual(maskTimes(value), maskTimes(values['quick fix']), `${action.name}.${field.name}: ${where} writes ${JSON.stringify(value)}`);
      }
      compared++;
    }
    // What the fix wrote is a valid payload: a placeholder removes a problem without adding one.
    assert.deepEqual(diagnose(`[2, "a1", "${action.name}", ${JSON.stringify(fixed)}]`).map((d) => `${d.code}: ${d.covers}`), [],
      `${action.name}'s placeholders are valid`);
  }
  assert.ok(compared > 40, `${compared} fields compared`);
});

test('the everyday values: connectorId 1 (off connector 0), errorCode NoError, flags false', () => {
  const status = ocpp16.actionsByName.get('StatusNotification')!;
  assert.deepEqual(byQuickFix(status), { connectorId: 1, errorCode: 'NoError', status: 'Available' });
  assert.equal(byCompletion(status, 'connectorId', plain), 1);
  assert.equal(byCompletion(status, 'errorCode', withSnippets), 'NoError');
});
