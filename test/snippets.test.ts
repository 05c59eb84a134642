/**
 * The frame snippets the language server offers as completion items (features/frameSnippets.ts, completion.ts),
 * per OCPP version: a document is offered its own version's messages and never another's. Every snippet,
 * inserted and accepted as offered, must be a message its version finds free of errors; each choice it offers
 * must be too. A small expander (support/snippetSyntax.ts) stands in for VS Code's snippet engine, variables
 * ($UUID, $CURRENT_*) included.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CompletionItemKind, DiagnosticSeverity, InsertTextFormat, type CompletionItem, type MarkupContent,
} from 'vscode-languageserver-types';
import { getLanguageService, type LanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';
import type { Catalog } from '../server/src/ocpp/catalog';
import { callSnippetBody, frameSnippets } from '../server/src/service/features/frameSnippets';
import { snippetPreview } from '../server/src/service/features/snippetPreview';
import {
  boolean, ciString, dateTime, decimal, enumeration, enumOf, field, integer, object, type ActionDefinition,
} from '../server/src/ocpp/schema';

import { expand, parseSnippet, variables } from './support/snippetSyntax';

const [ocpp16, ocpp201] = catalogs;
assert.equal(ocpp16.version, '1.6');
assert.equal(ocpp201.version, '2.0.1');

const previewId = 'preview-0000-0000-0000-000000000000';
/** One service per version, the version set as a user sets `ocpp.version`, and one that decides from the content. */
function serviceOf(version?: string, snippetSupport = true): LanguageService {
  const ls = getLanguageService({
    catalogs, clock: () => new Date('2024-05-01T11:07:09Z'), newUniqueId: () => previewId,
    clientCapabilities: {
      textDocument: { completion: { completionItem: { snippetSupport, documentationFormat: ['markdown', 'plaintext'] } } },
    },
  });
  if (version) ls.configure({ version, versionSource: 'ocpp.version' });
  return ls;
}
const services = new Map(catalogs.map((c) => [c.version, serviceOf(c.version)]));
const auto = serviceOf();

let documentVersion = 0;
const documentOf = (text: string, uri = 'file:///w/x.ocpp.json') => TextDocument.create(uri, 'ocpp', ++documentVersion, text);

/** The completion items at `|`, and the document without the marker. */
function completeAt(ls: LanguageService, textWithCursor: string, uri?: string) {
  const offset = textWithCursor.indexOf('|');
  const document = documentOf(textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1), uri);
  return { document, items: ls.doComplete(document, document.positionAt(offset)).items };
}
const snippetItems = (items: readonly CompletionItem[]) => items.filter((i) => i.kind === CompletionItemKind.Snippet);
const labelsOf = (items: readonly CompletionItem[]) => items.map((i) => i.label);

/** What a snippet item writes, in snippet syntax. */
function bodyOf(item: CompletionItem): string {
  assert.ok(item.textEdit && 'range' in item.textEdit, `${item.label} has a textEdit with one range`);
  return item.textEdit.newText;
}

/** The document after accepting `item`, its snippet expanded with every default (or `picks`) as VS Code would. */
function accept(document: TextDocument, item: CompletionItem, picks?: ReadonlyMap<number, string>): string {
  assert.ok(item.textEdit && 'range' in item.textEdit);
  const main = { range: item.textEdit.range, newText: expand([item.textEdit.newText], picks).text };
  return TextDocument.applyEdits(document, [main, ...(item.additionalTextEdits ?? [])]);
}

/** The snippet items an empty document of `version` is offered, by label. */
function snippetsOf(version: string): Map<string, CompletionItem> {
  const items = snippetItems(completeAt(services.get(version)!, '|').items);
  return new Map(items.map((i) => [String(i.label), i]));
}
const snippets = new Map(catalogs.map((c) => [c.version, snippetsOf(c.version)]));
function snippet(version: string, label: string): CompletionItem {
  const found = snippets.get(version)!.get(label);
  assert.ok(found, `${version} offers no ${label}`);
  return found;
}

/** `code: message` of the errors a version's service finds in `text`. */
function errorsIn(version: string, text: string): string[] {
  return services.get(version)!.doValidation(documentOf(text))
    .filter((d) => d.severity === DiagnosticSeverity.Error).map((d) => `${d.code}: ${d.message}`);
}
/** Every diagnostic of any severity, for the 1.6 snippets, which have always been checked that strictly. */
function diagnosticsIn(version: string, text: string): string[] {
  return services.get(version)!.doValidation(documentOf(text)).map((d) => `${d.code}: ${d.message}`);
}

/** The options offered at the tab stop that sits in the given field of the payload. */
function choicesOfField(item: CompletionItem, name: string): string[] {
  const line = bodyOf(item).split('\n').find((l) => l.includes(`"${name}":`));
  assert.ok(line, `${item.label} has no ${name} field`);
  const index = Number(/\$\{(\d+)\|/.exec(line)?.[1]);
  return expand([bodyOf(item)]).choices.get(index) ?? [];
}

const allStatuses = ['Available', 'Preparing', 'Charging', 'SuspendedEVSE', 'SuspendedEV', 'Finishing', 'Reserved', 'Unavailable', 'Faulted'];
const pairingCodes = ['ev-communication-error-status', 'faulted-without-error', 'error-without-fault'];
/**
 * 2.0.1 rules on two fields together. A choice tried with the other fields at their defaults may make such a pair
 * (an Absolute profile still without startSchedule, a ChargingStationMaxProfile on EVSE 1, a TxProfile without
 * transactionId): the user's combination to complete, not a fault of the snippet, whose defaults are free of errors.
 */
const combinationCodes201 = ['profile-start-schedule', 'profile-station-max-evse', 'profile-tx-without-transaction'];

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

  test('the server\'s preview of a snippet agrees with it but for the variables, which it fills itself', () => {
    const values = { now: new Date('2024-05-01T11:07:09Z'), newUniqueId: () => variables.UUID };
    assert.equal(snippetPreview('a $1 ${2:two} ${3|x\\,y,z|} $0 \\$ \\}', values), expand(['a $1 ${2:two} ${3|x\\,y,z|} $0 \\$ \\}']).text);
    assert.equal(snippetPreview('"${1:$UUID}" ${CURRENT_HOUR}:${CURRENT_MINUTE}${CURRENT_TIMEZONE_OFFSET}', values),
      `"${variables.UUID}" 11:07+00:00`);
    assert.equal(snippetPreview('$SOMETHING_ELSE ${1:x ${2:y}}', values), '$SOMETHING_ELSE x y');
  });
});

/** The tests every version's snippets must pass. */
function versionTests(catalog: Catalog) {
  const version = catalog.version;
  const items = [...snippets.get(version)!.values()];
  const other = catalogs.filter((c) => c !== catalog);

  test('an empty document is offered exactly its version\'s snippets, each label once', () => {
    const labels = items.map((i) => String(i.label));
    assert.equal(new Set(labels).size, labels.length);
    assert.deepEqual(labels, frameSnippets(catalog).map((s) => s.prefix));
    for (const p of ['ocpp-BootNotification', 'ocpp-BootNotification-result', 'ocpp-StatusNotification', 'ocpp-callresult', 'ocpp-callerror']) {
      assert.ok(labels.includes(p), p);
    }
  });

  test('every action with a request has its CALL snippet, every action with a response its CALLRESULT', () => {
    for (const action of catalog.actions) {
      if (action.request) assert.ok(snippets.get(version)!.has(`ocpp-${action.name}`), `ocpp-${action.name}`);
      if (action.response) assert.ok(snippets.get(version)!.has(`ocpp-${action.name}-result`), `ocpp-${action.name}-result`);
    }
  });

  test('no snippet writes an action of another version only', () => {
    const own = new Set(catalog.actions.map((a) => a.name));
    for (const item of items) {
      const action = /^\[2, "[^"]*", "([^"]+)"/.exec(expand([bodyOf(item)]).text)?.[1];
      if (action) assert.ok(own.has(action), `${item.label} writes ${action}, not a ${version} action`);
    }
    let checked = 0;
    for (const o of other) {
      // 2.1 keeps every 2.0.1 action, so only some other versions have actions this one lacks.
      const theirsOnly = o.actions.filter((a) => !catalog.actionsByName.has(a.name));
      checked += theirsOnly.length;
      for (const a of theirsOnly) assert.ok(!snippets.get(version)!.has(`ocpp-${a.name}`), `${version} offers ${o.version}'s ${a.name}`);
    }
    assert.ok(checked > 0, 'some other version has actions this one lacks');
  });

  test('the items are snippets with the prefix as filter text, the version in the detail, and documentation showing the action and the frame', () => {
    for (const item of items) {
      assert.equal(item.kind, CompletionItemKind.Snippet);
      assert.equal(item.insertTextFormat, InsertTextFormat.Snippet);
      assert.equal(item.filterText, item.label);
      assert.match(item.detail ?? '', new RegExp(`\\(${catalog.displayName.replace(/\./g, '\\.')}\\)$`));
      const doc = item.documentation as MarkupContent;
      assert.equal(doc.kind, 'markdown');
      const action = catalog.actionsByName.get(String(item.label).replace(/^ocpp-/, '').replace(/-(result|connector0)$/, ''));
      if (action) assert.ok(doc.value.includes(action.doc), `${item.label}'s documentation has the action's description`);
      const preview = /```json\n([^]*)\n```$/.exec(doc.value)?.[1];
      assert.ok(preview, `${item.label}'s documentation shows the frame`);
      // The preview is the frame as inserted, with the server's own clock and id: JSON with no snippet syntax left.
      const frame = expand([bodyOf(item)]).text
        .replace(/2024-05-01T13:07:09\+02:00/g, '2024-05-01T11:07:09+00:00').replaceAll(variables.UUID, previewId);
      assert.equal(preview, frame, `${item.label}`);
    }
  });

  for (const item of items) {
    test(`${item.label}: valid snippet syntax, and accepted as offered a message with no errors`, () => {
      const body = bodyOf(item);
      assert.doesNotThrow(() => parseSnippet(body));
      assert.match(body, /\$0/, `${item.label} has a final tab stop`);
      const text = expand([body]).text;
      if (version === '1.6') assert.deepEqual(diagnosticsIn(version, text), [], text);
      else assert.deepEqual(errorsIn(version, text), [], text);
    });

    test(`${item.label}: every option of every choice gives no errors`, () => {
      const body = bodyOf(item);
      for (const [index, options] of expand([body]).choices) {
        for (const option of options) {
          const text = expand([body], new Map([[index, option]])).text;
          assert.deepEqual(errorsIn(version, text).filter((d) => !combinationCodes201.some((code) => d.startsWith(`${code}:`))), [], text);
          // Each choice is tried with the others at their defaults, so a pairing of errorCode and status that
          // the 1.6 §4.9 rules comment on (e.g. WeakSignal with Available) is the user's combination, not a fault.
          if (version === '1.6') {
            assert.deepEqual(diagnosticsIn(version, text).filter((d) => !pairingCodes.some((code) => d.startsWith(`${code}:`))), [], text);
          }
        }
      }
    });
  }

  test('each CALL followed by its CALLRESULT is a conversation without errors', () => {
    for (const action of catalog.actions.filter((a) => a.request && a.response)) {
      const call = expand([bodyOf(snippet(version, `ocpp-${action.name}`))]).text;
      const result = expand([bodyOf(snippet(version, `ocpp-${action.name}-result`))], new Map([[1, variables.UUID]])).text;
      const conversation = `[\n${call},\n${result}\n]`;
      assert.deepEqual(errorsIn(version, conversation), [], conversation);
    }
  });

  test('a CALL takes a fresh UUID as uniqueId; the bare answers can take it over in a conversation', () => {
    // A StatusNotification is answered with an empty payload in every version; 2.1 deprecates it (a hint), and its
    // NotifyEvent is answered with an empty payload too.
    const call = expand([bodyOf(snippet(version, version === '2.1' ? 'ocpp-NotifyEvent' : 'ocpp-StatusNotification'))]).text;
    assert.equal(JSON.parse(call)[1], variables.UUID);
    for (const answer of ['ocpp-callresult', 'ocpp-callerror']) {
      const frame = expand([bodyOf(snippet(version, answer))], new Map([[1, variables.UUID]])).text;
      const conversation = `[\n${call},\n${frame}\n]`;
      assert.deepEqual(diagnosticsIn(version, conversation), [], conversation);
    }
  });

  test('the CALLERROR snippet offers exactly this version\'s error codes', () => {
    const options = [...expand([bodyOf(snippet(version, 'ocpp-callerror'))]).choices.values()][0];
    assert.deepEqual(options, catalog.callErrorCodes.values.map((v) => v.name));
  });
}

for (const catalog of catalogs) describe(`OCPP ${catalog.version} snippets`, () => versionTests(catalog));

describe('each version\'s own snippets, never the other\'s', () => {
  test('a 2.0.1 document gets 2.0.1 snippets only, a 1.6 document 1.6 only, with the same labels where both have the action', () => {
    const v16 = snippets.get('1.6')!;
    const v201 = snippets.get('2.0.1')!;
    assert.ok(v201.has('ocpp-TransactionEvent') && !v201.has('ocpp-StartTransaction') && !v201.has('ocpp-StatusNotification-connector0'));
    assert.ok(v16.has('ocpp-StartTransaction') && !v16.has('ocpp-TransactionEvent'));
    const boot201 = expand([bodyOf(v201.get('ocpp-BootNotification')!)]).text;
    const boot16 = expand([bodyOf(v16.get('ocpp-BootNotification')!)]).text;
    assert.ok('chargingStation' in JSON.parse(boot201)[3] && 'reason' in JSON.parse(boot201)[3], boot201);
    assert.ok('chargePointVendor' in JSON.parse(boot16)[3], boot16);
    // Each is an error in the other version, which is why one file of snippets could never serve both.
    assert.notDeepEqual(diagnosticsIn('1.6', boot201), []);
    assert.notDeepEqual(diagnosticsIn('2.0.1', boot16), []);
  });

  test('under auto, the version the content shows decides, between the frames of a conversation', () => {
    const transactionEvent = '[2, "t1", "TransactionEvent", {"eventType": "Started", "timestamp": "2024-05-01T10:00:00Z", ' +
      '"triggerReason": "CablePluggedIn", "seqNo": 0, "transactionInfo": {"transactionId": "tx1", "chargingState": "EVConnected"}}]';
    const startTransaction = '[2, "s1", "StartTransaction", {"connectorId": 1, "idTag": "TAG", "meterStart": 0, "timestamp": "2024-05-01T10:00:00Z"}]';
    const after201 = snippetItems(completeAt(auto, `[\n${transactionEvent},\n|\n]`).items);
    const after16 = snippetItems(completeAt(auto, `[\n${startTransaction},\n|\n]`).items);
    assert.deepEqual(labelsOf(after201), frameSnippets(ocpp201).map((s) => s.prefix));
    assert.deepEqual(labelsOf(after16), frameSnippets(ocpp16).map((s) => s.prefix));
    // The same label writes each version's message.
    const status201 = after201.find((i) => i.label === 'ocpp-StatusNotification')!;
    const status16 = after16.find((i) => i.label === 'ocpp-StatusNotification')!;
    assert.match(bodyOf(status201), /"connectorStatus"/);
    assert.match(bodyOf(status16), /"errorCode"/);
  });

  test('a file named for a 2.0.1 message, still empty, is offered 2.0.1 snippets', () => {
    const items = snippetItems(completeAt(auto, '|', 'file:///w/TransactionEventRequest.json').items);
    assert.ok(labelsOf(items).includes('ocpp-TransactionEvent'));
  });
});

describe('where a frame may start', () => {
  const v201 = services.get('2.0.1')!;
  const item = (items: readonly CompletionItem[], label: string) => {
    const found = items.find((i) => i.label === label);
    assert.ok(found, `no ${label} among ${labelsOf(items).slice(0, 5).join(', ')}...`);
    return found;
  };

  test('typing a prefix in an empty document: the item replaces the typed word, and the result is a valid frame', () => {
    const { document, items } = completeAt(v201, 'ocpp-Boot|');
    const boot = item(items, 'ocpp-BootNotification');
    assert.deepEqual((boot.textEdit as { range: unknown }).range, { start: { line: 0, character: 0 }, end: { line: 0, character: 9 } });
    const text = accept(document, boot);
    assert.equal(JSON.parse(text)[2], 'BootNotification');
    assert.deepEqual(errorsIn('2.0.1', text), []);
  });

  test('the whole word is replaced when the cursor is inside it, and a word in brackets starts a conversation', () => {
    const { document, items } = completeAt(v201, '[ocpp-Heart|beat]');
    const text = accept(document, item(items, 'ocpp-Heartbeat'));
    assert.deepEqual(JSON.parse(text), [[2, variables.UUID, 'Heartbeat', {}]]);
  });

  test('an empty array offers the MessageTypeIds first, then the snippets', () => {
    const { items } = completeAt(v201, '[|]');
    assert.deepEqual(labelsOf(items).slice(0, 3), ['2', '3', '4']);
    assert.ok(snippetItems(items).length > 100);
    const key = (i: CompletionItem) => i.sortText ?? String(i.label);
    const sorted = [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    assert.deepEqual(labelsOf(sorted).slice(0, 3), ['2', '3', '4']);
  });

  test('on a fresh line after the last frame without a comma, the comma comes along', () => {
    const { document, items } = completeAt(v201, '[\n  [2, "h1", "Heartbeat", {}]\n  ocpp-Heartbeat-r|\n]');
    const result = item(items, 'ocpp-Heartbeat-result');
    assert.equal(result.additionalTextEdits?.length, 1);
    const text = accept(document, result, new Map([[1, 'h1']]));
    assert.deepEqual(JSON.parse(text)[1][0], 3);
    assert.deepEqual(errorsIn('2.0.1', text), []);
  });

  test('before a frame, the new frame gets the comma after it', () => {
    const { document, items } = completeAt(v201, '[\n  ocpp-Heartbeat|\n  [3, "x", {"currentTime": "2024-05-01T10:00:00Z"}]\n]');
    const text = accept(document, item(items, 'ocpp-Heartbeat'), new Map([[1, 'x']]));
    assert.deepEqual(JSON.parse(text).map((f: unknown[]) => f[0]), [2, 3]);
    assert.deepEqual(errorsIn('2.0.1', text), []);
  });

  test('nothing right after a comma on the same line (the comma trigger), but on the next line, and on Ctrl+Space in an empty file', () => {
    assert.deepEqual(snippetItems(completeAt(v201, '[[2, "h1", "Heartbeat", {}], |]').items), []);
    assert.ok(snippetItems(completeAt(v201, '[[2, "h1", "Heartbeat", {}],\n  |\n]').items).length > 100);
    assert.ok(snippetItems(completeAt(v201, '\n  |\n').items).length > 100);
  });

  test('never inside a frame, a payload, a string, or after a single frame', () => {
    for (const text of ['[2, |]', '[2, ocpp-|]', '[2, "a", "Heartbeat", {|}]', '[2, "a", "Heartbeat", {"x": ocpp-|}]', '"ocpp-|"',
      '[2, "a", "Heartbeat", {}]\nocpp-|', '{|}']) {
      assert.deepEqual(snippetItems(completeAt(v201, text).items), [], text);
    }
  });

  test('plain .json files matched by ocpp.files get them too', () => {
    const offset = 0;
    const document = TextDocument.create('file:///w/ocpp/x.json', 'json', 1, '');
    const items = snippetItems(v201.doComplete(document, document.positionAt(offset)).items);
    assert.ok(labelsOf(items).includes('ocpp-TransactionEvent'));
  });

  test('a client without snippet support gets no snippets: their bodies are tab stops and choices', () => {
    for (const text of ['|', 'ocpp-|', '[[2, "h1", "Heartbeat", {}],\n|\n]']) {
      assert.deepEqual(snippetItems(completeAt(serviceOf('2.0.1', false), text).items), [], text);
    }
  });
});

describe('the 1.6 snippets the issue named', () => {
  test('StatusNotification offers all nine statuses and all sixteen error codes', () => {
    const s = snippet('1.6', 'ocpp-StatusNotification');
    assert.deepEqual(choicesOfField(s, 'status'), allStatuses);
    assert.equal(choicesOfField(s, 'errorCode').length, 16);
    assert.equal(choicesOfField(s, 'errorCode')[0], 'NoError');
    assert.match(expand([bodyOf(s)]).text, /"connectorId": 1,/);
  });

  test('the connector-0 snippet fixes connectorId to 0 and offers only the main controller\'s statuses', () => {
    const s = snippet('1.6', 'ocpp-StatusNotification-connector0');
    assert.deepEqual(choicesOfField(s, 'status'), ['Available', 'Unavailable', 'Faulted']);
    assert.match(expand([bodyOf(s)]).text, /"connectorId": 0,/);
  });

  test('the CALLERROR snippet offers the ten OCPP-J 1.6 codes with their 1.6 spellings', () => {
    const options = [...expand([bodyOf(snippet('1.6', 'ocpp-callerror'))]).choices.values()][0];
    assert.equal(options.length, 10);
    assert.ok(options.includes('FormationViolation') && options.includes('OccurenceConstraintViolation'));
  });
});

describe('the 2.0.1 snippets', () => {
  test('StatusNotification offers the five connector statuses of ConnectorStatusEnumType, and a timestamp from the editor\'s clock', () => {
    const s = snippet('2.0.1', 'ocpp-StatusNotification');
    assert.deepEqual(choicesOfField(s, 'connectorStatus'), ['Available', 'Occupied', 'Reserved', 'Unavailable', 'Faulted']);
    assert.match(bodyOf(s), /"timestamp": "\$\{\d+:\$\{CURRENT_YEAR\}-/);
    const payload = JSON.parse(expand([bodyOf(s)]).text)[3];
    assert.equal(payload.timestamp, '2024-05-01T13:07:09+02:00');
    assert.ok(payload.evseId >= 1 && payload.connectorId >= 1, JSON.stringify(payload));
  });

  test('the CALLERROR snippet spells the codes as OCPP-J 2.0.1 does', () => {
    const options = [...expand([bodyOf(snippet('2.0.1', 'ocpp-callerror'))]).choices.values()][0];
    assert.ok(options.includes('FormatViolation') && options.includes('OccurrenceConstraintViolation'), options.join(', '));
    assert.ok(!options.includes('FormationViolation') && !options.includes('OccurenceConstraintViolation'));
  });
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
