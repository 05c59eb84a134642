/**
 * Every snippet, inserted and accepted as offered, must be a message the service finds valid; each choice it
 * offers must be valid too. A small expander stands in for VS Code's snippet engine.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';
import { callSnippetBody, frameSnippets, type FrameSnippet } from '../server/src/service/features/frameSnippets';
import { actions, ocpp16 } from '../server/src/ocpp/v16';
import {
  boolean, ciString, dateTime, decimal, enumeration, enumOf, field, integer, object, type ActionDefinition,
} from '../server/src/ocpp/schema';

import { expand, variables } from './support/snippetSyntax';

// ---- the tests ----

const service = getLanguageService({ catalogs });
let version = 0;
function diagnosticsOf(text: string) {
  const document = TextDocument.create('file:///w/x.ocpp.json', 'ocpp', ++version, text);
  return service.doValidation(document).map((d) => `${d.code}: ${d.message}`);
}

const snippets = frameSnippets(ocpp16);
const pairingCodes = ['ev-communication-error-status', 'faulted-without-error', 'error-without-fault'];
function snippet(prefix: string): FrameSnippet {
  const found = snippets.find((s) => s.prefix === prefix);
  assert.ok(found, `no snippet with prefix ${prefix}`);
  return found;
}
/** The options offered at the tab stop that sits in the given field of the payload. */
function choicesOfField(s: FrameSnippet, name: string): string[] {
  const line = s.body.find((l) => l.includes(`"${name}":`));
  assert.ok(line, `${s.prefix} has no ${name} field`);
  const index = Number(/\$\{(\d+)\|/.exec(line)?.[1]);
  return expand(s.body).choices.get(index) ?? [];
}

const allStatuses = ['Available', 'Preparing', 'Charging', 'SuspendedEVSE', 'SuspendedEV', 'Finishing', 'Reserved', 'Unavailable', 'Faulted'];

describe('the snippet expander', () => {
  test('handles tab stops, nested placeholders, choices, variables, mirrors and escapes', () => {
    assert.equal(expand(['a $1 ${2:two} ${3|x,y|} $0']).text, 'a  two x ');
    assert.equal(expand(['${1:outer ${2:inner} $UUID}']).text, `outer inner ${variables.UUID}`);
    assert.equal(expand(['$1-${1:same}']).text, 'same-same');
    assert.equal(expand(['\\$1 \\} \\\\ $ ${1|a\\,b,c|}']).text, '$1 } \\ $ a,b');
    assert.equal(expand(['${1|a,b|}'], new Map([[1, 'b']])).text, 'b');
    assert.throws(() => expand(['${1:open']), /unclosed/);
    assert.throws(() => expand(['$NOT_A_VARIABLE']), /does not know/);
  });
});

describe('snippets', () => {
  test('the issue\'s snippets exist, with unique prefixes, and every action with a request has one', () => {
    const prefixes = snippets.map((s) => s.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length);
    assert.equal(new Set(snippets.map((s) => s.name)).size, snippets.length);
    for (const p of ['ocpp-StatusNotification', 'ocpp-StatusNotification-connector0', 'ocpp-callresult', 'ocpp-callerror']) {
      assert.ok(prefixes.includes(p), p);
    }
    for (const a of actions.filter((x) => x.request)) assert.ok(prefixes.includes(`ocpp-${a.name}`), a.name);
    for (const s of snippets) assert.ok(s.description.length > 20, `${s.prefix} needs a description`);
  });

  for (const s of snippets) {
    test(`${s.prefix}, accepted as offered, is valid`, () => {
      assert.deepEqual(diagnosticsOf(expand(s.body).text), []);
    });

    test(`${s.prefix}: every option of every choice is valid`, () => {
      for (const [index, options] of expand(s.body).choices) {
        for (const option of options) {
          const text = expand(s.body, new Map([[index, option]])).text;
          // Each choice is tried with the others at their defaults, so a pairing of errorCode and status that
          // the §4.9 rules comment on (e.g. WeakSignal with Available) is the user's combination, not a fault.
          assert.deepEqual(diagnosticsOf(text).filter((d) => !pairingCodes.some((code) => d.startsWith(`${code}:`))), [], text);
        }
      }
    });
  }

  test('the StatusNotification snippet offers all nine statuses and all sixteen error codes', () => {
    const s = snippet('ocpp-StatusNotification');
    assert.deepEqual(choicesOfField(s, 'status'), allStatuses);
    assert.equal(choicesOfField(s, 'errorCode').length, 16);
    assert.equal(choicesOfField(s, 'errorCode')[0], 'NoError');
    assert.match(expand(s.body).text, /"connectorId": 1,/);
  });

  test('the connector-0 snippet fixes connectorId to 0 and offers only the main controller\'s statuses', () => {
    const s = snippet('ocpp-StatusNotification-connector0');
    assert.deepEqual(choicesOfField(s, 'status'), ['Available', 'Unavailable', 'Faulted']);
    assert.match(expand(s.body).text, /"connectorId": 0,/);
  });

  test('the CALLERROR snippet offers the ten OCPP-J 1.6 codes with their 1.6 spellings', () => {
    const options = [...expand(snippet('ocpp-callerror').body).choices.values()][0];
    assert.equal(options.length, 10);
    assert.ok(options.includes('FormationViolation') && options.includes('OccurenceConstraintViolation'));
  });

  test('a CALL uses a fresh UUID as uniqueId; the answers can take it over in a conversation', () => {
    const call = expand(snippet('ocpp-StatusNotification').body).text;
    assert.equal(JSON.parse(call)[1], variables.UUID);
    for (const answer of ['ocpp-callresult', 'ocpp-callerror']) {
      const frame = expand(snippet(answer).body, new Map([[1, variables.UUID]])).text;
      const conversation = `[\n${call},\n${frame}\n]`;
      assert.deepEqual(diagnosticsOf(conversation), [], conversation);
    }
  });
});

test('every action with a request has a CALL snippet, and every action with a response a CALLRESULT snippet that its CALL accepts', () => {
  const prefixes = new Set(frameSnippets(ocpp16).map((x) => x.prefix));
  for (const action of actions) {
    if (action.request) assert.ok(prefixes.has(`ocpp-${action.name}`), `ocpp-${action.name}`);
    if (!action.response) continue;
    assert.ok(prefixes.has(`ocpp-${action.name}-result`), `ocpp-${action.name}-result`);
    if (!action.request) continue;
    const call = expand(snippet(`ocpp-${action.name}`).body).text;
    const result = expand(snippet(`ocpp-${action.name}-result`).body, new Map([[1, variables.UUID]])).text;
    const conversation = `[\n${call},\n${result}\n]`;
    assert.deepEqual(diagnosticsOf(conversation), [], conversation);
  }
});

describe('the CALL generator beyond today\'s catalog', () => {
  const Colour = enumeration('Colour', 'test', [{ name: 'Red', doc: '' }, { name: 'Green', doc: '' }]);
  const Only = enumeration('Only', 'test', [{ name: 'Single', doc: '' }]);
  const Item = object('Item', [
    field('at', dateTime(), { required: true, doc: '' }),
    field('note', ciString(20), { doc: '' }),
  ]);
  const action: ActionDefinition = {
    name: 'Sample', direction: 'Both', profile: 'Test', doc: 'test',
    request: object('Sample.req', [
      field('count', integer({ min: 5 }), { required: true, doc: '' }),
      field('limit', decimal({ min: 0 }), { required: true, doc: '' }),
      field('label', ciString(20), { required: true, doc: '' }),
      field('flag', boolean(), { required: true, doc: '' }),
      field('colour', enumOf(Colour), { required: true, doc: '' }),
      field('only', enumOf(Only), { required: true, doc: '' }),
      field('items', { kind: 'array', items: { kind: 'object', object: Item }, minItems: 1 }, { required: true, doc: '' }),
      field('tags', { kind: 'array', items: ciString(10) }, { required: true, doc: '' }),
      field('optional', integer(), { doc: '' }),
    ]),
  };

  test('required fields of every kind expand to JSON of the right types; optional fields are left out', () => {
    const { text, choices } = expand(callSnippetBody(action));
    assert.deepEqual(JSON.parse(text), [2, variables.UUID, 'Sample', {
      // A flag's first choice is false, the cautious reading quick fixes and completion use too (placeholders.ts).
      count: 5, limit: 0, label: '', flag: false, colour: 'Red', only: 'Single',
      items: [{ at: '2024-05-01T13:07:09+02:00' }], tags: [],
    }]);
    assert.deepEqual([...choices.values()], [['false', 'true'], ['Red', 'Green']]);
  });

  test('tab stops are numbered in document order without gaps, and $0 ends the snippet', () => {
    const body = callSnippetBody(action).join('\n');
    const stops = [...body.matchAll(/\$\{?(\d+)/g)].map((m) => Number(m[1]));
    const numbered = stops.filter((n) => n > 0);
    assert.deepEqual(numbered, numbered.map((_, i) => i + 1));
    assert.equal(stops[stops.length - 1], 0);
    assert.ok(body.endsWith('$0'));
  });
});
