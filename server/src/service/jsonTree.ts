/**
 * A small JSON syntax tree with exact offsets, built in one pass over jsonc-parser's scanner.
 *
 * Why our own tree rather than jsonc-parser's parseTree: parseTree recurses (a 100,000-deep document overflows
 * the stack) and reports comments and trailing commas only by refusing them. This builder keeps an explicit
 * stack, recovers from errors so the rest of the document can still be checked, and records strict-JSON
 * violations as syntax problems of their own.
 */
import { createScanner, ScanError, SyntaxKind } from 'jsonc-parser';

export interface StringNode { readonly type: 'string'; offset: number; length: number; value: string; parent?: ParentNode }
export interface NumberNode { readonly type: 'number'; offset: number; length: number; value: number; raw: string; parent?: ParentNode }
export interface BooleanNode { readonly type: 'boolean'; offset: number; length: number; value: boolean; parent?: ParentNode }
export interface NullNode { readonly type: 'null'; offset: number; length: number; value: null; parent?: ParentNode }
export interface ArrayNode { readonly type: 'array'; offset: number; length: number; items: ValueNode[]; closed: boolean; parent?: ParentNode }
export interface ObjectNode {
  readonly type: 'object'; offset: number; length: number; properties: PropertyNode[]; closed: boolean; parent?: ParentNode;
}
export interface PropertyNode {
  readonly type: 'property';
  offset: number;
  length: number;
  key: StringNode;
  /** Offset of the ':' or undefined when it is missing. */
  colonOffset?: number;
  value?: ValueNode;
  parent: ObjectNode;
}

export type ValueNode = StringNode | NumberNode | BooleanNode | NullNode | ArrayNode | ObjectNode;
export type ParentNode = ArrayNode | PropertyNode;

export type SyntaxProblemCode =
  | 'syntax-error'
  | 'comment'
  | 'trailing-comma';

export interface SyntaxProblem {
  code: SyntaxProblemCode;
  message: string;
  offset: number;
  length: number;
}

export interface JsonTree {
  root?: ValueNode;
  problems: SyntaxProblem[];
}

const scanErrorMessages: Record<number, string> = {
  [ScanError.InvalidUnicode]: 'Invalid \\u escape: it needs four hexadecimal digits.',
  [ScanError.InvalidEscapeCharacter]: 'Invalid escape in a string: JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.',
  [ScanError.UnexpectedEndOfString]: 'This string is never closed: add the closing quote.',
  [ScanError.UnexpectedEndOfComment]: 'This comment is never closed.',
  [ScanError.UnexpectedEndOfNumber]: 'Incomplete number: digits are missing.',
  [ScanError.InvalidCharacter]: 'Invalid character in a string: control characters must be escaped.',
};

type Container = ObjectNode | ArrayNode;
/** What an open container expects next. */
type Expect = 'firstValueOrEnd' | 'value' | 'commaOrEnd' | 'keyOrEnd' | 'key' | 'colon' | 'propertyValue';

interface OpenContainer {
  node: Container;
  expect: Expect;
  /** The property whose value is being read, inside objects. */
  property?: PropertyNode;
  /** Offset of the last comma, to flag it when the container closes right after it. */
  lastComma?: number;
}

export function parseJsonTree(text: string): JsonTree {
  const scanner = createScanner(text, false);
  const problems: SyntaxProblem[] = [];
  const stack: OpenContainer[] = [];
  let root: ValueNode | undefined;
  let rootDone = false;

  const problem = (code: SyntaxProblemCode, message: string, offset: number, length: number) => {
    problems.push({ code, message, offset, length: Math.max(length, 1) });
  };

  /** Extends every open container to cover the token just read. */
  const extendOpen = (end: number) => {
    for (const open of stack) open.node.length = end - open.node.offset;
  };

  const attach = (value: ValueNode, open: OpenContainer | undefined) => {
    if (!open) {
      root = value;
      return;
    }
    if (open.node.type === 'array') {
      value.parent = open.node;
      open.node.items.push(value);
      open.expect = 'commaOrEnd';
    } else if (open.property) {
      value.parent = open.property;
      open.property.value = value;
      open.property.length = value.offset + value.length - open.property.offset;
      open.expect = 'commaOrEnd';
    }
  };

  /** Pops the innermost container, ending it at `endOffset`, and lets its parent expect a comma or its end. */
  const finishContainer = (endOffset: number, closed: boolean) => {
    const open = stack.pop()!;
    open.node.length = endOffset - open.node.offset;
    open.node.closed = closed;
    const parent = stack[stack.length - 1];
    if (!parent) {
      if (open.node === root) rootDone = true;
      return;
    }
    if (parent.property && parent.property.value === open.node) {
      parent.property.length = endOffset - parent.property.offset;
    }
    if (parent.expect === 'propertyValue' || parent.expect === 'value' || parent.expect === 'firstValueOrEnd') {
      parent.expect = 'commaOrEnd';
    }
  };

  const pushContainer = (kind: SyntaxKind, offset: number, parent: OpenContainer | undefined | 'orphan') => {
    const node: Container = kind === SyntaxKind.OpenBraceToken
      ? { type: 'object', offset, length: 1, properties: [], closed: false }
      : { type: 'array', offset, length: 1, items: [], closed: false };
    // An orphan (e.g. an object where a property name belongs) is parsed only to keep the tokens after it in step.
    if (parent !== 'orphan') attach(node, parent);
    stack.push({ node, expect: node.type === 'object' ? 'keyOrEnd' : 'firstValueOrEnd' });
  };

  for (;;) {
    const kind = scanner.scan();
    const offset = scanner.getTokenOffset();
    const length = scanner.getTokenLength();
    const end = offset + length;
    const scanError = scanner.getTokenError();
    if (scanError !== ScanError.None) {
      const message = scanErrorMessages[scanError] ?? 'Invalid token.';
      problem(scanError === ScanError.UnexpectedEndOfComment ? 'comment' : 'syntax-error', message, offset, length);
    }
    if (kind === SyntaxKind.EOF) break;
    if (kind === SyntaxKind.Trivia || kind === SyntaxKind.LineBreakTrivia) continue;
    if (kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia) {
      problem('comment', 'Comments are not allowed: OCPP-J messages are strict JSON. Remove the comment.', offset, length);
      continue;
    }

    const open = stack[stack.length - 1];
    if (open) extendOpen(end);

    if (!open && rootDone) {
      problem('syntax-error', 'Unexpected content after the end of the document: a JSON document holds one value.', offset, length);
      continue;
    }

    // Closing tokens: close the matching container, reporting any left open inside it.
    if (kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken) {
      const wanted = kind === SyntaxKind.CloseBraceToken ? 'object' : 'array';
      const matchIndex = findLastIndex(stack, (o) => o.node.type === wanted);
      if (matchIndex < 0) {
        problem('syntax-error', `Unexpected '${text[offset]}': there is no open ${wanted === 'object' ? "'{'" : "'['"} to close.`, offset, length);
        continue;
      }
      while (stack.length - 1 > matchIndex) {
        reportUnclosed(stack[stack.length - 1].node, problem);
        finishContainer(offset, false);
      }
      const target = stack[stack.length - 1];
      if (target.expect === 'colon' || target.expect === 'propertyValue') {
        problem('syntax-error', target.expect === 'colon' ? "Expected ':' and a value after the property name." : 'Expected a value after the colon.', offset, length);
      } else if ((target.expect === 'value' || target.expect === 'key') && target.lastComma !== undefined) {
        problem('trailing-comma', 'Trailing commas are not allowed in JSON: remove this comma.', target.lastComma, 1);
      }
      finishContainer(end, true);
      continue;
    }

    if (kind === SyntaxKind.CommaToken) {
      if (!open) {
        problem('syntax-error', "Unexpected ','.", offset, length);
        continue;
      }
      if (open.expect === 'commaOrEnd') {
        open.expect = open.node.type === 'array' ? 'value' : 'key';
        open.lastComma = offset;
        open.property = undefined;
      } else if (open.expect === 'propertyValue' || open.expect === 'colon') {
        problem('syntax-error', open.expect === 'colon' ? "Expected ':' and a value before the comma." : 'Expected a value before the comma.', offset, length);
        open.expect = 'key';
        open.property = undefined;
        open.lastComma = offset;
      } else {
        problem('syntax-error', open.node.type === 'array' ? 'Expected a value before the comma.' : 'Expected a property before the comma.', offset, length);
      }
      continue;
    }

    if (kind === SyntaxKind.ColonToken) {
      if (open?.node.type === 'object' && open.expect === 'colon' && open.property) {
        open.property.colonOffset = offset;
        open.property.length = end - open.property.offset;
        open.expect = 'propertyValue';
      } else {
        problem('syntax-error', "Unexpected ':'.", offset, length);
      }
      continue;
    }

    // A value token (or garbage) from here on.
    if (kind === SyntaxKind.Unknown) {
      problem('syntax-error', `Unexpected '${text.substr(offset, Math.min(length, 20))}': expected a JSON value (an object, array, string, number, true, false or null).`, offset, length);
      continue;
    }

    // Keys inside objects.
    if (open?.node.type === 'object' && (open.expect === 'keyOrEnd' || open.expect === 'key' || open.expect === 'commaOrEnd')) {
      if (open.expect === 'commaOrEnd') {
        problem('syntax-error', "Expected ',' between properties.", offset, length);
      }
      if (kind !== SyntaxKind.StringLiteral) {
        problem('syntax-error', 'Expected a property name in double quotes.', offset, length);
        if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) {
          // Skip the nested value wholesale by parsing it as an orphan: it keeps later offsets in sync.
          pushContainer(kind, offset, 'orphan');
        }
        continue;
      }
      const key: StringNode = { type: 'string', offset, length, value: scanner.getTokenValue() };
      const property: PropertyNode = { type: 'property', offset, length, key, parent: open.node };
      key.parent = property;
      open.node.properties.push(property);
      open.property = property;
      open.expect = 'colon';
      continue;
    }

    if (open?.node.type === 'object' && open.expect === 'colon') {
      problem('syntax-error', "Expected ':' after the property name.", offset, length);
      open.expect = 'propertyValue';
    }
    if (open?.node.type === 'array' && open.expect === 'commaOrEnd') {
      problem('syntax-error', "Expected ',' between array items.", offset, length);
      open.expect = 'value';
    }

    if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) {
      pushContainer(kind, offset, open);
      continue;
    }

    const leaf = leafNode(kind, offset, length, scanner.getTokenValue(), text);
    if (!leaf) continue;
    attach(leaf, open);
    if (!open) rootDone = true;
  }

  while (stack.length > 0) {
    reportUnclosed(stack[stack.length - 1].node, problem);
    finishContainer(text.length, false);
  }
  if (!root) {
    problem('syntax-error', 'The document is empty: expected a JSON value, e.g. an OCPP-J frame [2, "id", "Action", {}].', 0, 0);
  }
  return { root, problems };
}

function reportUnclosed(node: Container, problem: (c: SyntaxProblemCode, m: string, o: number, l: number) => void) {
  const [open, close] = node.type === 'object' ? ['{', '}'] : ['[', ']'];
  problem('syntax-error', `This '${open}' is never closed: add '${close}'.`, node.offset, 1);
}

function leafNode(kind: SyntaxKind, offset: number, length: number, value: string, text: string): ValueNode | undefined {
  switch (kind) {
    case SyntaxKind.StringLiteral:
      return { type: 'string', offset, length, value };
    case SyntaxKind.NumericLiteral: {
      const raw = text.substr(offset, length);
      return { type: 'number', offset, length, value: Number(raw), raw };
    }
    case SyntaxKind.TrueKeyword:
      return { type: 'boolean', offset, length, value: true };
    case SyntaxKind.FalseKeyword:
      return { type: 'boolean', offset, length, value: false };
    case SyntaxKind.NullKeyword:
      return { type: 'null', offset, length, value: null };
    default:
      return undefined;
  }
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i])) return i;
  return -1;
}

/** The innermost node whose range contains `offset` (end inclusive, so a cursor right after a token finds it). */
export function nodeAtOffset(root: ValueNode | undefined, offset: number): ValueNode | PropertyNode | undefined {
  let current: ValueNode | PropertyNode | undefined = root;
  if (!current || offset < current.offset || offset > current.offset + current.length) return undefined;
  for (;;) {
    let next: ValueNode | PropertyNode | undefined;
    if (current.type === 'array') {
      next = covering(current.items, offset);
    } else if (current.type === 'object') {
      next = covering(current.properties, offset);
    } else if (current.type === 'property') {
      const key: StringNode = current.key;
      const value: ValueNode | undefined = current.value;
      if (offset >= key.offset && offset <= key.offset + key.length) next = key;
      else if (value && offset >= value.offset && offset <= value.offset + value.length) next = value;
    }
    if (!next) return current;
    current = next;
  }
}

export function propertyOf(object: ObjectNode, name: string): PropertyNode | undefined {
  return object.properties.find((p) => p.key.value === name);
}

/** Binary search over siblings sorted by offset (conversations hold thousands of frames). */
function covering<T extends { offset: number; length: number }>(siblings: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = siblings.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const node = siblings[mid];
    if (offset < node.offset) high = mid - 1;
    else if (offset > node.offset + node.length) low = mid + 1;
    else return node;
  }
  return undefined;
}
