/** The shipped TextMate grammar, run through the same tokenizer VS Code uses. */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type StateStack } from 'vscode-textmate';
import { catalogs } from '../server/src/product';
import { enumerationsOf } from '../server/src/ocpp/walk';

const root = join(__dirname, '..');
const grammarPath = join(root, 'syntaxes/ocpp.tmLanguage.json');
const scopeName = 'source.json.ocpp';

const MESSAGE_TYPE_ID = 'constant.numeric.message-type-id.ocpp';
const ACTION = 'entity.name.function.action.ocpp';
const STATUS = 'variable.other.enummember.status.ocpp';
const ERROR_CODE = 'variable.other.enummember.error-code.ocpp';
const PROPERTY_NAME = 'support.type.property-name.json.ocpp';
const NUMBER = 'constant.numeric.json.ocpp';
const ENUM_MEMBER = 'variable.other.enummember.ocpp';
const ocppScopes = [MESSAGE_TYPE_ID, ACTION, STATUS, ERROR_CODE, ENUM_MEMBER];

let grammar: IGrammar;

before(async () => {
  await oniguruma.loadWASM(readFileSync(join(root, 'node_modules/vscode-oniguruma/release/onig.wasm')));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (name) =>
      name === scopeName ? parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null,
  });
  const loaded = await registry.loadGrammar(scopeName);
  if (!loaded) throw new Error(`no grammar for ${scopeName}`);
  grammar = loaded;
});

interface Token {
  text: string;
  scopes: string[];
  line: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let state: StateStack = INITIAL;
  text.split('\n').forEach((line, index) => {
    const result = grammar.tokenizeLine(line, state);
    for (const t of result.tokens) tokens.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes, line: index });
    state = result.ruleStack;
  });
  return tokens;
}

/** The scopes of the only token whose text is `text` (after `skip` earlier ones); fails when there is none. */
function scopesOf(source: string, text: string, skip = 0): string[] {
  const matches = tokenize(source).filter((t) => t.text === text);
  assert.ok(matches.length > skip, `no token ${JSON.stringify(text)} (#${skip}) in ${source}: ${JSON.stringify(tokenize(source))}`);
  return matches[skip].scopes;
}

const call = '[2, "a1", "StatusNotification", {"connectorId": 2, "errorCode": "NoError", "status": "Charging"}]';

// The grammar has no version: every word list is the union of the catalogs' (scripts/generate.ts).
const allActions = catalogs.flatMap((c) => c.actions);
const [ocpp16, ocpp201] = catalogs;

describe('OCPP scopes', () => {
  for (const catalog of catalogs) {
    test(`values of every other enumeration of OCPP ${catalog.version} are enum members too`, () => {
      const values = enumerationsOf(catalog.actions).flatMap((e) => e.values.map((v) => v.name));
      assert.ok(values.length > 30, 'the catalog describes more than the StatusNotification enumerations');
      for (const value of values) {
        const scopes = scopesOf(`[3, "a1", {"status": "${value}"}]`, value);
        // TriggerMessage's values are action names, and are coloured as such.
        const expected = allActions.some((a) => a.name === value) ? ACTION : 'variable.other.enummember';
        assert.ok(scopes.some((s) => s.startsWith(expected)), `${value}: ${scopes.join(' ')}`);
      }
    });

    test(`every OCPP ${catalog.version} action name in the action position gets the action scope`, () => {
      for (const action of catalog.actions) {
        assert.ok(scopesOf(`[2, "a1", "${action.name}", {}]`, action.name).includes(ACTION), action.name);
      }
    });
  }

  test('2.0.1: the connector statuses of ConnectorStatusEnumType get the status scope, Occupied included', () => {
    const source = '[2, "s1", "StatusNotification", {"timestamp": "2024-05-01T10:00:00Z", "connectorStatus": "Occupied", "evseId": 1, "connectorId": 1}]';
    assert.ok(scopesOf(source, 'Occupied').includes(STATUS));
    const statuses = ocpp201.actionsByName.get('StatusNotification')!.request!.fields.find((f) => f.name === 'connectorStatus')!.type;
    assert.equal(statuses.kind, 'enum');
    for (const { name } of statuses.kind === 'enum' ? statuses.enumeration.values : []) {
      assert.ok(scopesOf(`{"connectorStatus": "${name}"}`, name).includes(STATUS), name);
    }
  });

  test('2.0.1-only actions and values are coloured; the error-code scope stays with 1.6\'s ChargePointErrorCode', () => {
    const event = '[2, "t1", "TransactionEvent", {"eventType": "Started", "triggerReason": "CablePluggedIn", ' +
      '"transactionInfo": {"transactionId": "tx1", "chargingState": "EVConnected"}}]';
    assert.ok(!ocpp16.actionsByName.has('TransactionEvent'));
    assert.ok(scopesOf(event, 'TransactionEvent').includes(ACTION));
    for (const value of ['Started', 'CablePluggedIn', 'EVConnected']) assert.ok(scopesOf(event, value).includes(ENUM_MEMBER), value);
    assert.ok(scopesOf('[3, "b1", {"status": "Accepted", "currentTime": "2024-05-01T10:00:00Z", "interval": 300}]', 'Accepted').includes(ENUM_MEMBER));
    // 2.0.1 has no StatusNotification error code; 1.6's still gets its scope in any file.
    assert.ok(scopesOf('{"errorCode": "GroundFailure"}', 'GroundFailure').includes(ERROR_CODE));
  });

  test('the leading MessageTypeId of a frame is marked as such', () => {
    assert.ok(scopesOf(call, '2').includes(MESSAGE_TYPE_ID));
    for (const id of ['3', '4']) {
      assert.ok(scopesOf(`[${id}, "a1", {}]`, id).includes(MESSAGE_TYPE_ID), id);
    }
  });

  test('a pretty-printed frame with the MessageTypeId on the next line still gets the scope', () => {
    const tokens = tokenize('[\n  2,\n  "a1",\n  "Heartbeat",\n  {}\n]');
    const two = tokens.find((t) => t.line === 1 && t.text.trim() === '2');
    assert.ok(two?.scopes.includes(MESSAGE_TYPE_ID), JSON.stringify(tokens));
  });

  test('frames inside a conversation array get the MessageTypeId scope', () => {
    const conversation = '[[2, "a1", "Heartbeat", {}], [3, "a1", {}]]';
    assert.ok(scopesOf(conversation, '2').includes(MESSAGE_TYPE_ID));
    assert.ok(scopesOf(conversation, '3').includes(MESSAGE_TYPE_ID));
  });

  test('a 2 that is not the first element of an array is a plain number', () => {
    const inPayload = scopesOf(call, '2', 1);
    assert.ok(inPayload.includes(NUMBER));
    assert.ok(!inPayload.includes(MESSAGE_TYPE_ID));
    const later = scopesOf('[3, 2]', '2');
    assert.ok(later.includes(NUMBER));
    assert.ok(!later.includes(MESSAGE_TYPE_ID));
  });

  test('a leading 2 inside payload data, or a number merely starting with 2, is not a MessageTypeId', () => {
    const inData = scopesOf('[2, "a1", "X", {"list": [2, 3]}]', '2', 1);
    assert.ok(!inData.includes(MESSAGE_TYPE_ID));
    assert.ok(!scopesOf('[23, "a1"]', '23').includes(MESSAGE_TYPE_ID));
    assert.ok(!scopesOf('[2.5, "a1"]', '2.5').includes(MESSAGE_TYPE_ID));
    // 5 and 6 are OCPP 2.1's CALLRESULTERROR and SEND; no version has a 7.
    assert.ok(scopesOf('[6, "a1", "X", {}]', '6').includes(MESSAGE_TYPE_ID));
    assert.ok(!scopesOf('[7, "a1", "X", {}]', '7').includes(MESSAGE_TYPE_ID));
  });

  test('an action name in the action position gets the action scope', () => {
    assert.ok(scopesOf(call, 'StatusNotification').includes(ACTION));
  });

  test('status and error code values get their scopes, inside the string scope', () => {
    const charging = scopesOf(call, 'Charging');
    assert.ok(charging.includes(STATUS));
    assert.ok(charging.includes('string.quoted.double.json.ocpp'));
    assert.ok(scopesOf(call, 'NoError').includes(ERROR_CODE));
  });

  test('keys keep the property-name scope even when spelt like a status or an action', () => {
    for (const key of ['status', 'Charging', 'StatusNotification', 'NoError']) {
      const scopes = scopesOf(`{"${key}": "Faulted"}`, key);
      assert.ok(scopes.includes(PROPERTY_NAME), `${key}: ${scopes}`);
      assert.ok(!scopes.some((s) => ocppScopes.includes(s)), `${key}: ${scopes}`);
    }
  });

  test('strings that only resemble OCPP words get no OCPP scope', () => {
    for (const [source, text] of [
      ['[2, "a1", "Hello", {}]', 'Hello'],
      ['[2, "a1", "charging", {}]', 'charging'],
      ['{"status": "ChargingX"}', 'ChargingX'],
      ['{"status": "SuspendedEVSEx"}', 'SuspendedEVSEx'],
    ]) {
      const scopes = scopesOf(source, text);
      assert.ok(scopes.includes('string.quoted.double.json.ocpp'), `${text}: ${scopes}`);
      assert.ok(!scopes.some((s) => ocppScopes.includes(s)), `${text}: ${scopes}`);
    }
  });
});

describe('plain JSON', () => {
  test('escapes, literals, numbers and punctuation are scoped', () => {
    const source = '{"a": "x\\n\\u00e9\\q", "b": [true, false, null, -1.5e3]}';
    assert.ok(scopesOf(source, '\\n').includes('constant.character.escape.json.ocpp'));
    assert.ok(scopesOf(source, '\\u00e9').includes('constant.character.escape.json.ocpp'));
    assert.ok(scopesOf(source, '\\q').includes('invalid.illegal.unrecognized-string-escape.json.ocpp'));
    for (const literal of ['true', 'false', 'null']) assert.ok(scopesOf(source, literal).includes('constant.language.json.ocpp'));
    assert.ok(scopesOf(source, '-1.5e3').includes(NUMBER));
    assert.ok(scopesOf(source, ':').includes('punctuation.separator.dictionary.key-value.json.ocpp'));
    assert.ok(scopesOf(source, '{').includes('punctuation.definition.dictionary.begin.json.ocpp'));
    assert.ok(scopesOf(source, ']').includes('punctuation.definition.array.end.json.ocpp'));
  });

  test('an escaped quote does not end a string early', () => {
    const tokens = tokenize('["a\\"b", 1]');
    assert.ok(tokens.find((t) => t.text === 'b')?.scopes.includes('string.quoted.double.json.ocpp'));
    assert.ok(tokens.find((t) => t.text === '1')?.scopes.includes(NUMBER));
  });

  test('comments are tokenised, across lines for block comments', () => {
    assert.ok(scopesOf('[2, // why\n "a1"]', ' why').includes('comment.line.double-slash.json.ocpp'));
    const tokens = tokenize('{"a": 1 /* one\ntwo */}');
    assert.ok(tokens.find((t) => t.text === 'two ')?.scopes.includes('comment.block.json.ocpp'), JSON.stringify(tokens));
  });

  test('a payload spread over lines keeps its keys and values apart', () => {
    const tokens = tokenize('[2, "a1", "StatusNotification", {\n  "status":\n    "Faulted"\n}]');
    assert.ok(tokens.find((t) => t.text === 'status')?.scopes.includes(PROPERTY_NAME));
    assert.ok(tokens.find((t) => t.text === 'Faulted')?.scopes.includes(STATUS));
  });
});
