/**
 * Unit and differential tests of our strict JSON parser: the tree it builds, the problems it reports (exact
 * ranges and plain messages), how it recovers, and that it agrees with JSON.parse on what is JSON.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  maxSyntaxProblems, parseJsonTree,
  type ArrayNode, type JsonTree, type ObjectNode, type PropertyNode, type SyntaxProblem, type ValueNode,
} from '../server/src/json/jsonTree';
import { nodeAtOffset } from '../server/src/json/treeQueries';
import { DeadlineWorker } from './support/deadline';

/** Runs the deep-nesting tests (jsonTree.cases.ts) in a worker thread with a deadline. */
const cases = new DeadlineWorker(require.resolve('./jsonTree.cases'));

/**
 * Text of any UTF-16 code units, lone surrogates included, and of any code points. (fast-check's own 'binary'
 * unit builds a table of every code point first, which costs more than the rest of these tests.)
 */
const anyText = (maxLength: number) => fc.array(fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
  fc.constantFrom(...'{}[]:,"\\ \n0a'.split('')),
), { maxLength }).map((units) => units.join(''));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type AnyNode = ValueNode | PropertyNode;

/** The JS value a tree stands for, built without recursion so that deep trees convert too. */
function toValue(root: ValueNode): Json {
  const leaf = (node: ValueNode): Json | undefined => (node.type === 'array' || node.type === 'object' ? undefined : node.value);
  const containers = new Map<ValueNode, Json[] | Record<string, Json>>();
  const work: { node: ValueNode; expanded: boolean }[] = [{ node: root, expanded: false }];
  while (work.length > 0) {
    const top = work[work.length - 1];
    const node = top.node;
    const children = node.type === 'array' ? node.items : node.type === 'object' ? node.properties.flatMap((p) => (p.value ? [p.value] : [])) : [];
    if (!top.expanded) {
      top.expanded = true;
      for (const child of children) if (child.type === 'array' || child.type === 'object') work.push({ node: child, expanded: false });
      continue;
    }
    work.pop();
    const valueOf = (child: ValueNode): Json => (child.type === 'array' || child.type === 'object' ? containers.get(child)! : leaf(child)!);
    if (node.type === 'array') {
      containers.set(node, node.items.map(valueOf));
    } else if (node.type === 'object') {
      const object: Record<string, Json> = {};
      // defineProperty, as JSON.parse does, so that a "__proto__" key is an own property and not the prototype.
      for (const p of node.properties) {
        if (p.value) Object.defineProperty(object, p.key.value, { value: valueOf(p.value), enumerable: true, writable: true, configurable: true });
      }
      containers.set(node, object);
    }
  }
  return containers.get(root) ?? leaf(root)!;
}

/** Every node reachable from the root, parents before children. */
function allNodes(root: ValueNode | undefined): AnyNode[] {
  const result: AnyNode[] = [];
  const work: AnyNode[] = root ? [root] : [];
  while (work.length > 0) {
    const node = work.pop()!;
    result.push(node);
    if (node.type === 'array') work.push(...node.items);
    else if (node.type === 'object') work.push(...node.properties);
    else if (node.type === 'property') {
      if (node.value) work.push(node.value);
      work.push(node.key);
    }
  }
  return result;
}

const childrenOf = (node: AnyNode): AnyNode[] =>
  node.type === 'array' ? node.items : node.type === 'object' ? node.properties : node.type === 'property' ? [node.key, ...(node.value ? [node.value] : [])] : [];

/** Shape rules every tree keeps, valid text or not: ranges nest, siblings are ordered, parent links agree. */
function assertWellFormed(tree: JsonTree, text: string) {
  for (const node of allNodes(tree.root)) {
    assert.ok(node.offset >= 0 && node.length >= 0 && node.offset + node.length <= text.length, `${node.type} range inside the text`);
    let previousEnd = node.offset;
    for (const child of childrenOf(node)) {
      assert.ok(child.offset >= previousEnd, `children of ${node.type} in order and not overlapping`);
      previousEnd = child.offset + child.length;
      assert.ok(previousEnd <= node.offset + node.length, `child of ${node.type} inside its parent`);
      if (node.type === 'array' || node.type === 'property') assert.equal(child.parent, node);
      if (node.type === 'object') assert.equal(child.parent, node);
    }
  }
  for (const p of tree.problems) {
    assert.ok(p.offset >= 0 && p.offset + p.length <= text.length, 'problem inside the text');
    assert.ok(p.length >= 1 || text.length === 0 || p.offset === text.length, 'problem covers a character when there is one');
    assert.ok(p.message.length > 0);
  }
}

/** For valid text: every node's range is exactly its token(s), so slicing the text gives back its value. */
function assertExactRanges(tree: JsonTree, text: string) {
  for (const node of allNodes(tree.root)) {
    const slice = text.slice(node.offset, node.offset + node.length);
    switch (node.type) {
      case 'property':
        assert.equal(node.offset, node.key.offset);
        assert.equal(text[node.colonOffset!], ':');
        assert.equal(node.offset + node.length, node.value!.offset + node.value!.length);
        break;
      case 'array':
      case 'object':
        assert.equal(node.closed, true);
        assert.deepEqual(JSON.parse(slice), toValue(node));
        break;
      case 'number':
        assert.equal(node.raw, slice);
        assert.equal(node.value, JSON.parse(slice));
        break;
      default:
        assert.deepEqual(JSON.parse(slice), node.value);
    }
  }
}

function parseValid(text: string): ValueNode {
  const tree = parseJsonTree(text);
  assert.deepEqual(tree.problems, [], `no problems in ${JSON.stringify(text).slice(0, 200)}`);
  assert.ok(tree.root);
  assert.deepEqual(toValue(tree.root), JSON.parse(text));
  assertWellFormed(tree, text);
  assertExactRanges(tree, text);
  return tree.root;
}

/** The problems as [code, the text they cover, message], which is what the tests below compare. */
function problemsOf(text: string): [string, string, string][] {
  const tree = parseJsonTree(text);
  assertWellFormed(tree, text);
  return tree.problems.map((p: SyntaxProblem) => [p.code, text.slice(p.offset, p.offset + p.length), p.message]);
}

/** Exactly one problem: its code, what it covers and its offset, and a message matching `message`. */
function assertOneProblem(text: string, code: string, covers: string, offset: number, message: RegExp) {
  const { problems } = parseJsonTree(text);
  assert.equal(problems.length, 1, `one problem in ${text}: ${JSON.stringify(problems)}`);
  const [p] = problems;
  assert.deepEqual([p.code, text.slice(p.offset, p.offset + p.length), p.offset], [code, covers, offset]);
  assert.match(p.message, message);
}

const jsonParses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

const asObject = (node: ValueNode | undefined): ObjectNode => {
  assert.equal(node?.type, 'object');
  return node as ObjectNode;
};
const asArray = (node: ValueNode | undefined): ArrayNode => {
  assert.equal(node?.type, 'array');
  return node as ArrayNode;
};
const keysAndValues = (node: ValueNode | undefined) =>
  asObject(node).properties.map((p) => [p.key.value, p.value && p.value.type !== 'object' && p.value.type !== 'array' ? p.value.value : p.value?.type]);

describe('valid JSON', () => {
  const valid = [
    '0', '-0', '1', '-12.5e-3', '1E+2', '123456789012345678901234567890', '1e400', '-1e400', '5e-400', '0.1',
    'true', 'false', 'null', '""', '"abc"', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u00e9\\u20AC\\uD83D\\uDE00"', '"é€😀"',
    '"\\ud800"', '"\ud800"', '"\u2028\u2029\u007f"', '[]', '{}', '[[]]', '[{}]', '{"a":{}}',
    ' \t\r\n[ 1 ,\r\n2\t]\n ', '[1,"two",true,false,null,{"k":[]}]',
    '{"a": 1, "a": 2}', '{"__proto__": {"x": 1}}', '{"": ""}',
    '[2, "a1", "StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "Available"}]',
    '[\n  [2, "1", "Heartbeat", {}],\n  [3, "1", {"currentTime": "2024-01-01T00:00:00Z"}],\n  [4, "2", "GenericError", "", {}]\n]',
  ];
  for (const text of valid) {
    test(`${JSON.stringify(text).slice(0, 70)} parses with no problems and exact ranges`, () => {
      parseValid(text);
    });
  }

  test('leaf ranges are the tokens themselves', () => {
    const text = '{"id": "a1", "n": -1.5e3, "ok": true, "no": null}';
    const root = asObject(parseValid(text));
    assert.deepEqual(root.properties.map((p) => text.slice(p.value!.offset, p.value!.offset + p.value!.length)),
      ['"a1"', '-1.5e3', 'true', 'null']);
    assert.deepEqual(root.properties.map((p) => text.slice(p.key.offset, p.key.offset + p.key.length)), ['"id"', '"n"', '"ok"', '"no"']);
    assert.deepEqual([root.offset, root.length], [0, text.length]);
  });

  test('a number keeps its raw text', () => {
    const root = asArray(parseValid('[1.50, 1e2, -0]'));
    assert.deepEqual(root.items.map((n) => (n.type === 'number' ? [n.raw, n.value] : undefined)), [['1.50', 1.5], ['1e2', 100], ['-0', -0]]);
  });
});

describe('syntax problems: where and what', () => {
  test('missing comma between properties', () => {
    assertOneProblem('{"a": 1 "b": 2}', 'syntax-error', '"b"', 8, /Expected ',' between properties/);
  });

  test('missing comma between array items', () => {
    assertOneProblem('[1 2]', 'syntax-error', '2', 3, /Expected ',' between array items/);
    assertOneProblem('[[1] {"a": 2}]', 'syntax-error', '{', 5, /Expected ','/);
  });

  test('missing colon', () => {
    assertOneProblem('{"a" 1, "b": 2}', 'syntax-error', '1', 5, /Expected ':' after the property name/);
    assertOneProblem('{"a" = 1}', 'syntax-error', '=', 5, /Expected ':' after the property name, not '='/);
    assertOneProblem('{"a"}', 'syntax-error', '}', 4, /Expected ':' and a value/);
  });

  test('missing value', () => {
    assertOneProblem('{"a": }', 'syntax-error', '}', 6, /Expected a value after the colon/);
    assertOneProblem('{"a": , "b": 2}', 'syntax-error', ',', 6, /Expected a value before the comma/);
    assertOneProblem('[1, , 2]', 'syntax-error', ',', 4, /Expected a value before the comma/);
    assertOneProblem('[, 1]', 'syntax-error', ',', 1, /Expected a value before the comma/);
    assertOneProblem('{, "a": 1}', 'syntax-error', ',', 1, /Expected a property before the comma/);
  });

  test('unclosed object and array: on the opening bracket, saying what to add', () => {
    assertOneProblem('{"a": 1', 'syntax-error', '{', 0, /This '\{' is never closed: add '\}'/);
    assertOneProblem('  [1, 2', 'syntax-error', '[', 2, /This '\[' is never closed: add '\]'/);
    // Several open: each is reported, the outermost first.
    assert.deepEqual(problemsOf('[1, {"a": [2').map(([code, covers]) => [code, covers]),
      [['syntax-error', '['], ['syntax-error', '{'], ['syntax-error', '[']]);
    assert.deepEqual(parseJsonTree('[1, {"a": [2').problems.map((p) => p.offset), [0, 4, 10]);
  });

  test('a closing bracket of the wrong kind closes the right container and reports the one left open', () => {
    const text = '{"a": [1, 2}';
    assertOneProblem(text, 'syntax-error', '[', 6, /never closed: add '\]'/);
    const root = asObject(parseJsonTree(text).root);
    assert.equal(root.closed, true);
    assert.equal(root.length, text.length);
    const inner = asArray(root.properties[0].value);
    assert.equal(inner.closed, false);
    assert.deepEqual(text.slice(inner.offset, inner.offset + inner.length), '[1, 2');
  });

  test('unclosed string: the string up to the end of its line', () => {
    assertOneProblem('{"a": "abc\n}', 'syntax-error', '"abc', 6, /never closed: add the closing quote/);
    assertOneProblem('"abc', 'syntax-error', '"abc', 0, /never closed/);
    assertOneProblem('"abc\\', 'syntax-error', '"abc\\', 0, /never closed/);
  });

  test('unexpected closing bracket', () => {
    assertOneProblem(']', 'syntax-error', ']', 0, /Unexpected '\]': there is no open '\[' to close/);
    assertOneProblem('{"a": 1]}', 'syntax-error', ']', 7, /no open '\['/);
    assertOneProblem('[1}]', 'syntax-error', '}', 2, /Unexpected '\}': there is no open '\{' to close/);
  });

  test('content after the root: one problem over all of it, trailing whitespace excluded', () => {
    assertOneProblem('[1] [2, 3]  \n', 'syntax-error', '[2, 3]', 4, /after the end of the document/);
    assertOneProblem('{} x', 'syntax-error', 'x', 3, /after the end/);
    assertOneProblem('1 2', 'syntax-error', '2', 2, /after the end/);
    assertOneProblem('[1]]', 'syntax-error', ']', 3, /after the end/);
  });

  test('trailing comma: code trailing-comma on the comma itself', () => {
    assertOneProblem('[1, 2,]', 'trailing-comma', ',', 5, /Trailing commas are not allowed/);
    assertOneProblem('{"a": 1,\n}', 'trailing-comma', ',', 7, /remove this comma/);
    assertOneProblem('[[1,], 2]', 'trailing-comma', ',', 3, /Trailing comma/);
  });

  test('comments: code comment on the whole comment, and the value is still read', () => {
    assertOneProblem('// note\n[1]', 'comment', '// note', 0, /Comments are not allowed/);
    assertOneProblem('[1 /* x */, 2]', 'comment', '/* x */', 3, /Comments are not allowed/);
    assertOneProblem('[1] /* open', 'comment', '/* open', 4, /never closed/);
    assert.deepEqual(toValue(parseJsonTree('[1 /* x */, 2] // end').root!), [1, 2]);
  });

  test('empty document', () => {
    for (const text of ['', '  \n\t ']) {
      const { root, problems } = parseJsonTree(text);
      assert.equal(root, undefined);
      assert.equal(problems.length, 1);
      assert.deepEqual([problems[0].code, problems[0].offset], ['syntax-error', 0]);
      assert.match(problems[0].message, /The document is empty/);
    }
    assert.equal(parseJsonTree('').problems[0].length, 0);
    assert.deepEqual(problemsOf('// only a comment').map(([code, , message]) => [code, /no JSON value/.test(message)]),
      [['comment', false], ['syntax-error', true]]);
  });

  test('invalid escapes: each on its own backslash sequence', () => {
    assertOneProblem('"a\\qb"', 'syntax-error', '\\q', 2, /Invalid escape \\q/);
    assertOneProblem('"\\u12G4"', 'syntax-error', '\\u12', 1, /four hexadecimal digits/);
    assertOneProblem('"\\u"', 'syntax-error', '\\u', 1, /four hexadecimal digits/);
    // A string cannot continue on the next line: it ends, unclosed, at the backslash before the line break.
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = `["a\\${eol}", 1]`;
      const problems = problemsOf(text);
      assert.deepEqual(problems[0].slice(0, 2), ['syntax-error', '\\']);
      assert.match(problems[0][2], /backslash at the end of a line/);
      const string = asArray(parseJsonTree(text).root).items[0];
      assert.deepEqual([string.offset, string.length, string.type === 'string' && string.value], [1, 3, 'a']);
    }
    assert.deepEqual(problemsOf('["\\x", "ok", "\\a\\u00zz"]').map(([, covers]) => covers), ['\\x', '\\a', '\\u00']);
  });

  test('control characters in a string: on the character, saying how to escape it', () => {
    assertOneProblem('"a\tb"', 'syntax-error', '\t', 2, /U\+0009.*write \\t/);
    assertOneProblem('["\u0001"]', 'syntax-error', '\u0001', 2, /Control character U\+0001.*\\u0001/);
    assertOneProblem('"\u0000"', 'syntax-error', '\u0000', 1, /U\+0000/);
  });

  test('numbers JSON does not allow', () => {
    assertOneProblem('[01]', 'syntax-error', '01', 1, /Leading zeros are not allowed.*write 1\./);
    assertOneProblem('-007.5', 'syntax-error', '-007.5', 0, /write -7\.5/);
    assertOneProblem('1.', 'syntax-error', '1.', 0, /Incomplete number '1\.'/);
    assertOneProblem('[1e+]', 'syntax-error', '1e+', 1, /digits are missing after the exponent/);
    assertOneProblem('-', 'syntax-error', '-', 0, /A JSON number starts with a digit/);
    assertOneProblem('[+1]', 'syntax-error', '+1', 1, /starts with a digit/);
    assertOneProblem('[.5]', 'syntax-error', '.5', 1, /starts with a digit/);
    assertOneProblem('NaN', 'syntax-error', 'NaN', 0, /no NaN or Infinity/);
    assertOneProblem('[-Infinity]', 'syntax-error', '-Infinity', 1, /no NaN or Infinity/);
    assert.equal(asArray(parseJsonTree('[01, 2]').root).items.length, 2, 'the bad number still holds its place');
  });

  test('almost-JSON values get a hint', () => {
    assertOneProblem("['x']", 'syntax-error', "'x'", 1, /double quotes/);
    assertOneProblem('[True]', 'syntax-error', 'True', 1, /Write true in lower case/);
    assertOneProblem('{"a": None}', 'syntax-error', 'None', 6, /Write null/);
    assertOneProblem('{a: 1}', 'syntax-error', 'a', 1, /property name in double quotes/);
  });

  test('a byte order mark is reported by name and the value after it is read', () => {
    assertOneProblem('\ufeff[1]', 'syntax-error', '\ufeff', 0, /byte order mark \(U\+FEFF\)/);
    assert.deepEqual(toValue(parseJsonTree('\ufeff[1]').root!), [1]);
  });

  test('whitespace JSON does not know is named by code point', () => {
    for (const space of ['\u00a0', '\u000b', '\u000c', '\u2028', '\u3000']) {
      const text = `[1,${space}2]`;
      assert.equal(jsonParses(text), false);
      const [problem, ...rest] = problemsOf(text);
      assert.equal(rest.length, 0, text);
      assert.equal(problem[0], 'syntax-error');
      assert.match(problem[2], /U\+[0-9A-F]{4}/);
    }
  });

  test('too many problems are cut off with a last one saying so', () => {
    const text = '[' + '}'.repeat(5000) + ']';
    const { problems } = parseJsonTree(text);
    assert.equal(problems.length, maxSyntaxProblems + 1);
    assert.ok(problems.slice(0, -1).every((p) => /no open '\{'/.test(p.message)));
    assert.match(problems[problems.length - 1].message, /More than 1000 syntax errors/);
  });
});

describe('recovery: after an error the rest is still in the tree', () => {
  test('a missing comma keeps the next property', () => {
    assert.deepEqual(keysAndValues(parseJsonTree('{"a": 1 "b": 2}').root), [['a', 1], ['b', 2]]);
  });

  test('a missing comma keeps both items', () => {
    assert.deepEqual(toValue(parseJsonTree('[1 2]').root!), [1, 2]);
    assert.deepEqual(toValue(parseJsonTree('[[1] [2] 3]').root!), [[1], [2], 3]);
  });

  test('a missing colon keeps the value with its key', () => {
    assert.deepEqual(keysAndValues(parseJsonTree('{"a" 1, "b": 2}').root), [['a', 1], ['b', 2]]);
  });

  test('a missing value leaves the property without one and goes on', () => {
    const root = asObject(parseJsonTree('{"a": , "b": 2}').root);
    assert.deepEqual(keysAndValues(root), [['a', undefined], ['b', 2]]);
    assert.equal(root.properties[0].colonOffset, 4);
  });

  test('garbage takes the place of the value or name it stands in for', () => {
    assert.deepEqual(keysAndValues(parseJsonTree('{"a": tru, "b": 2}').root), [['a', undefined], ['b', 2]]);
    assert.deepEqual(keysAndValues(parseJsonTree('{a: 1, "b": 2}').root), [['b', 2]]);
    assert.deepEqual(toValue(parseJsonTree('[tru, 1]').root!), [1]);
    assert.equal(parseJsonTree('{"a": tru, "b": 2}').problems.length, 1);
  });

  test('an object where a name belongs is skipped whole', () => {
    const text = '{{"x": [1]}: 1, "b": 2}';
    assert.deepEqual(keysAndValues(parseJsonTree(text).root), [['b', 2]]);
    assert.equal(parseJsonTree(text).problems.length, 1);
  });

  test('a forgotten closer: the enclosing container still closes and the properties after it are kept', () => {
    const text = '{"a": [1, {"b": 2], "c": 3}';
    assertOneProblem(text, 'syntax-error', '{', 10, /never closed: add '\}'/);
    const root = asObject(parseJsonTree(text).root);
    assert.deepEqual(keysAndValues(root), [['a', 'array'], ['c', 3]]);
    assert.deepEqual(toValue(root), { a: [1, { b: 2 }], c: 3 });
    // When the closer fits an outer container, the inner one is the unclosed one (the usual editing slip).
    assert.deepEqual(toValue(parseJsonTree('{"a": [1, 2}').root!), { a: [1, 2] });
  });

  test('a broken string in a frame does not lose the payload', () => {
    const text = '[2, "a\\q1", "StatusNotification", {"connectorId": 1}]';
    const frame = asArray(parseJsonTree(text).root);
    assert.equal(frame.items.length, 4);
    assert.deepEqual(keysAndValues(frame.items[3]), [['connectorId', 1]]);
  });

  test('an unclosed container ends at the end of the text, so the cursor there is inside it', () => {
    const text = '[2, "a1", "Heartbeat", {  \n';
    const root = asArray(parseJsonTree(text).root);
    assert.equal(root.offset + root.length, text.length);
    assert.equal(nodeAtOffset(root, text.length), root.items[3]);
  });
});

describe('nodeAtOffset', () => {
  const text = '{"a": [10, {"b": "xy"}], "c": true}';
  const root = parseJsonTree(text).root!;
  const at = (needle: string, delta = 0) => nodeAtOffset(root, text.indexOf(needle) + delta);

  test('finds keys, values and the containers between them', () => {
    assert.equal(at('"a"')?.type, 'string');
    assert.equal((at('"a"') as { value: string }).value, 'a');
    assert.equal(at('10')?.type, 'number');
    assert.equal(at('"xy"', 2)?.type, 'string');
    assert.equal(at('true')?.type, 'boolean');
    assert.equal(at(': [', 1)?.type, 'property');
    assert.equal(at('10,', 3)?.type, 'array');
    assert.equal(at('{"b"')?.type, 'object');
  });

  test('the end of a token counts as on it (end inclusive)', () => {
    const node = at('10', 2);
    assert.equal(node?.type, 'number');
  });

  test('outside the root, or without one, there is no node', () => {
    assert.equal(nodeAtOffset(root, -1), undefined);
    assert.equal(nodeAtOffset(root, text.length + 1), undefined);
    assert.equal(nodeAtOffset(undefined, 0), undefined);
    assert.equal(nodeAtOffset(parseJsonTree('  [1]').root, 0), undefined);
  });

  test('in a long array every item is found (binary search)', () => {
    const items = Array.from({ length: 5000 }, (_, i) => i);
    const longText = JSON.stringify(items);
    const longRoot = asArray(parseJsonTree(longText).root);
    for (const item of longRoot.items) {
      assert.equal(nodeAtOffset(longRoot, item.offset), item);
      assert.equal(nodeAtOffset(longRoot, item.offset + item.length), item);
    }
  });

  test('at the start of any node of valid JSON, that node (or the property it begins) is found', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.boolean(), (value, indent) => {
      const source = JSON.stringify(value, null, indent ? 2 : undefined);
      const tree = parseJsonTree(source);
      for (const node of allNodes(tree.root)) {
        if (node.type === 'property') continue;
        assert.equal(nodeAtOffset(tree.root, node.offset), node);
      }
    }), { seed: 42, numRuns: 300 });
  });
});

describe('deep nesting: no recursion, linear time', () => {
  const n = 100_000;
  // The checks are in jsonTree.cases.ts and run in a worker with a deadline, which a quadratic parser overshoots:
  // the quadratic version of this parser took about a minute here; the linear one takes 0.3-0.9 s per test in the
  // worker on this 2-core machine with other tests running, 1.1-2.2 s for the last one (three parses). 30 s is
  // 14x the slowest, and half the quadratic time.
  const linearMs = 30_000;
  test(`${n} nested arrays`, cases.test('nestedArrays', [n], linearMs));
  test(`${n} unclosed arrays`, cases.test('unclosedArrays', [n], linearMs));
  test(`${n} nested objects`, cases.test('nestedObjects', [n], linearMs));
  test(`${n} unclosed objects, and ${n} mismatched closers`, cases.test('unclosedObjectsAndMismatchedClosers', [n], linearMs));
});

describe('agreement with JSON.parse', () => {
  test('random JSON values, compact and indented, parse back to the same value with exact ranges', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
      const text = JSON.stringify(value, null, indent);
      parseValid(text);
    }), { seed: 42, numRuns: 1000 });
  });

  test('strings of any characters, including escapes and surrogates, keep their value', () => {
    fc.assert(fc.property(anyText(40), (s) => {
      const root = parseValid(JSON.stringify(s));
      assert.equal(root.type === 'string' && root.value, s);
    }), { seed: 42, numRuns: 1000 });
  });

  // Text built from JSON's own tokens and the near misses the scanner is lenient about, so that random
  // strings are often almost JSON: leading zeros, lone surrogates, a BOM, odd whitespace, comments.
  const piece = fc.oneof(
    fc.constantFrom(...'{}[]:,"\\ \t\n\r0123456789-+.eEtrufalsn/*x\'\u0000\u001f\u007f\ufeff\u00a0\u2028\u000b'.split('')),
    fc.constantFrom('true', 'false', 'null', '"a"', '"k":', '1e400', '\\u12', '\\u0041', '\ud800', '\udc00', '01', '-0', '0.5', '//', '/*', '*/'),
  );
  const almostJson = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
  const mutatedJson = fc.tuple(fc.jsonValue({ maxDepth: 3 }), fc.nat(), fc.array(piece, { maxLength: 3 }), fc.nat({ max: 3 }))
    .map(([value, at, inserted, deleted]) => {
      const text = JSON.stringify(value);
      const i = at % (text.length + 1);
      return text.slice(0, i) + inserted.join('') + text.slice(i + deleted);
    });

  test('random text: no problems exactly when JSON.parse accepts it, and a well-formed tree always', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(fc.property(fc.oneof(almostJson, mutatedJson, anyText(20)), (text) => {
      const tree = parseJsonTree(text);
      assertWellFormed(tree, text);
      if (jsonParses(text)) {
        accepted++;
        assert.deepEqual(tree.problems, [], `JSON.parse accepts ${JSON.stringify(text)}`);
        assert.deepEqual(toValue(tree.root!), JSON.parse(text));
      } else {
        rejected++;
        assert.ok(tree.problems.length > 0, `JSON.parse rejects ${JSON.stringify(text)} but we report nothing`);
      }
    }), { seed: 42, numRuns: 20_000 });
    // Both sides of the comparison must actually be exercised.
    assert.ok(accepted > 500 && rejected > 500, `accepted ${accepted}, rejected ${rejected}`);
  });

  test('near misses the scanner alone would accept are problems, as they are for JSON.parse', () => {
    const nearMisses = ['01', '-01', '[00]', '\ufeff{}', '[1,\u00a02]', '[1]\u0000', '"\t"', '{"a":1}x', '1.e5', '[1 true]', '[truefalse]'];
    for (const text of nearMisses) {
      assert.equal(jsonParses(text), false, `JSON.parse rejects ${JSON.stringify(text)}`);
      assert.ok(parseJsonTree(text).problems.length > 0, `we reject ${JSON.stringify(text)}`);
    }
    // Lone surrogates are valid JSON text (RFC 8259 only asks for code units); JSON.parse agrees.
    for (const text of ['"\ud800"', '"\\udc00x"']) {
      assert.equal(jsonParses(text), true);
      assert.deepEqual(parseJsonTree(text).problems, []);
    }
  });
});
