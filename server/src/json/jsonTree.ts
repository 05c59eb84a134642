/**
 * A small JSON syntax tree with exact offsets, built in one pass over jsonc-parser's scanner.
 *
 * Why our own tree rather than jsonc-parser's parseTree: parseTree recurses (a 100,000-deep document overflows
 * the stack) and reports comments and trailing commas only by refusing them. This builder keeps an explicit
 * stack, recovers from errors so the rest of the document can still be checked, and records strict-JSON
 * violations as syntax problems of their own.
 *
 * The scanner is lenient where JSON is not, so this file adds the checks JSON.parse makes: leading zeros
 * (the scanner splits 012 into 0 and 12), and the exact place of each bad escape or control character in a
 * string (the scanner keeps one error per token). Lone surrogates (\ud800) are accepted, as JSON.parse and
 * RFC 8259's grammar accept them. A byte order mark is an error, as for JSON.parse: editors strip the BOM
 * of a UTF-8 file before the text reaches us, so one that arrives here is part of the text.
 */
import { createScanner, ScanError, SyntaxKind } from 'jsonc-parser';
import {
  describeUnknown, firstLineBreak, hintFor, isDigit, isWordCharacter, numberPattern, reportTokenErrors, reportUnclosed, trimmedEnd,
} from './tokenProblems';

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

/** More syntax problems than this in one document are summarised by a last one rather than listed. */
export const maxSyntaxProblems = 1000;

type Container = ObjectNode | ArrayNode;
/** What an open container expects next. */
type Expect = 'firstValueOrEnd' | 'value' | 'commaOrEnd' | 'keyOrEnd' | 'key' | 'colon' | 'propertyValue';

interface OpenContainer {
  node: Container;
  expect: Expect;
  /** The property whose value is being read, inside objects (undefined after an invalid property name). */
  property?: PropertyNode;
  /** Offset of the last comma, to flag it when the container closes right after it. */
  lastComma?: number;
}

const valueKinds = 'an object, array, string, number, true, false or null';

/**
 * Parses `text` as strict JSON (RFC 8259, the grammar JSON.parse accepts) into a tree, never throwing.
 * Every deviation becomes a problem on the offending characters; parsing goes on so that the rest of the
 * document is still in the tree. Runs in time linear in the text at any nesting depth.
 */
export function parseJsonTree(text: string, range?: { readonly start: number; readonly end: number }): JsonTree {
  const scanner = createScanner(text, false);
  // A range is one frame of a conversation, parsed on its own: the same tokens as a whole-document parse reads
  // there, since the scanner starts at the same offset, and nodes with offsets into the whole text.
  const rangeEnd = range ? range.end : text.length;
  if (range) scanner.setPosition(range.start);
  const problems: SyntaxProblem[] = [];
  const stack: OpenContainer[] = [];
  // How many objects and arrays are open, so an unmatched closing bracket is known without walking the stack.
  let openObjects = 0;
  let openArrays = 0;
  let root: ValueNode | undefined;
  let rootDone = false;
  let sawToken = false;

  const problem = (code: SyntaxProblemCode, message: string, offset: number, length: number) => {
    if (problems.length > maxSyntaxProblems) return;
    if (problems.length === maxSyntaxProblems) {
      code = 'syntax-error';
      message = `More than ${maxSyntaxProblems} syntax errors: the rest are not listed. Fix the first ones, which often cause the others.`;
    }
    // Ranges stay inside the text; a problem at the very end (e.g. an empty document) is empty.
    offset = Math.min(Math.max(offset, 0), text.length);
    length = Math.min(Math.max(length, 1), text.length - offset);
    // Nor does a range end between the \r and \n of a line break, where it would lie past the end of its line.
    if (length > 1 && text.charCodeAt(offset + length - 1) === 0x0d && text.charCodeAt(offset + length) === 0x0a) length--;
    problems.push({ code, message, offset, length });
  };

  const attach = (value: ValueNode, open: OpenContainer | undefined) => {
    if (!open) {
      root = value;
      return;
    }
    if (open.node.type === 'array') {
      value.parent = open.node;
      open.node.items.push(value);
    } else if (open.property) {
      value.parent = open.property;
      open.property.value = value;
      open.property.length = value.offset + value.length - open.property.offset;
    }
    // After an invalid property name the value belongs to no property: it is read and dropped.
    open.expect = 'commaOrEnd';
  };

  /** Pops the innermost container, ending it at `endOffset`. */
  const finishContainer = (endOffset: number, closed: boolean) => {
    const open = stack.pop()!;
    if (open.node.type === 'object') openObjects--;
    else openArrays--;
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
  };

  const pushContainer = (kind: SyntaxKind, offset: number, parent: OpenContainer | undefined | 'orphan') => {
    const node: Container = kind === SyntaxKind.OpenBraceToken
      ? { type: 'object', offset, length: 1, properties: [], closed: false }
      : { type: 'array', offset, length: 1, items: [], closed: false };
    // An orphan (e.g. an object where a property name belongs) is parsed only to keep the tokens after it in step.
    if (parent !== 'orphan') attach(node, parent);
    if (node.type === 'object') openObjects++;
    else openArrays++;
    stack.push({ node, expect: node.type === 'object' ? 'keyOrEnd' : 'firstValueOrEnd' });
  };

  for (;;) {
    const kind = scanner.scan();
    if (kind === SyntaxKind.EOF || (range && scanner.getTokenOffset() >= rangeEnd)) break;
    if (kind === SyntaxKind.Trivia || kind === SyntaxKind.LineBreakTrivia) continue;
    const offset = scanner.getTokenOffset();
    let length = scanner.getTokenLength();
    // The scanner reads 012 as the two numbers 0 and 12; JSON forbids the leading zero, so read it as one bad number.
    if (kind === SyntaxKind.NumericLiteral && isDigit(text.charCodeAt(offset + length))) {
      numberPattern.lastIndex = offset;
      length = numberPattern.exec(text)![0].length;
      scanner.setPosition(offset + length);
      problem('syntax-error', `Leading zeros are not allowed in JSON numbers: write ${text.slice(offset, offset + length).replace(/^(-?)0+(?=\d)/, '$1')}.`, offset, length);
    }
    // The scanner ends a lone '-' at once; take the word after it along so -Infinity is one bad token, not two.
    if (kind === SyntaxKind.Unknown && length === 1 && text.charCodeAt(offset) === 0x2d) {
      while (offset + length < text.length && isWordCharacter(text.charCodeAt(offset + length))) length++;
      if (length > 1) scanner.setPosition(offset + length);
    }
    let tokenError = scanner.getTokenError();
    let tokenValue = scanner.getTokenValue();
    // The scanner reads a backslash before a line break as an (invalid) escape and goes on with the string on the
    // next line. JSON strings never span lines, so end the string at the line break, unclosed: every node then
    // lies on one line, which completion ranges need, and the next line is read as what it looks like.
    if (kind === SyntaxKind.StringLiteral && tokenError !== ScanError.None) {
      const lineBreak = firstLineBreak(text, offset, offset + length);
      if (lineBreak >= 0) {
        length = lineBreak - offset;
        scanner.setPosition(lineBreak);
        const rescan = createScanner(text.slice(offset, lineBreak), false);
        rescan.scan();
        tokenValue = rescan.getTokenValue();
        tokenError = ScanError.UnexpectedEndOfString;
      }
    }
    const end = offset + length;
    if (kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia) {
      const unclosed = scanner.getTokenError() === ScanError.UnexpectedEndOfComment;
      problem('comment', unclosed
        ? 'Comments are not allowed: OCPP-J messages are strict JSON. This comment is also never closed (no */).'
        : 'Comments are not allowed: OCPP-J messages are strict JSON. Remove the comment.', offset, length);
      continue;
    }
    sawToken = true;

    const open = stack[stack.length - 1];
    if (!open && rootDone) {
      // One problem for everything after the value; its tokens are no part of the document.
      problem('syntax-error', 'Unexpected content after the end of the document: a JSON document holds one value. ' +
        'To write several frames, put them in one array: [[2, ...], [3, ...]].', offset, Math.min(trimmedEnd(text), rangeEnd) - offset);
      break;
    }

    if (kind === SyntaxKind.StringLiteral || kind === SyntaxKind.NumericLiteral) {
      if (tokenError !== ScanError.None) reportTokenErrors(text, kind, offset, length, tokenError, problem);
    }

    // Closing tokens: close the matching container, reporting any left open inside it.
    if (kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken) {
      const wanted = kind === SyntaxKind.CloseBraceToken ? 'object' : 'array';
      if ((wanted === 'object' ? openObjects : openArrays) === 0) {
        problem('syntax-error', `Unexpected '${text[offset]}': there is no open ${wanted === 'object' ? "'{'" : "'['"} to close.`, offset, length);
        continue;
      }
      // The matching container exists, so this loop pops at most what it walks past: linear overall.
      while (stack[stack.length - 1].node.type !== wanted) {
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
        problem('syntax-error', `Unexpected ',': expected a JSON value (${valueKinds}).`, offset, length);
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
      if (open?.node.type === 'object' && open.expect === 'colon') {
        if (open.property) {
          open.property.colonOffset = offset;
          open.property.length = end - open.property.offset;
        }
        open.expect = 'propertyValue';
      } else {
        problem('syntax-error', open?.node.type === 'object' ? "Unexpected ':': it belongs right after a property name." : "Unexpected ':'.", offset, length);
      }
      continue;
    }

    const inObject = open?.node.type === 'object';

    // Garbage: reported once, and where a value or a name belongs it takes that place so the rest stays in step.
    if (kind === SyntaxKind.Unknown) {
      const found = describeUnknown(text.substr(offset, length));
      if (!open) {
        problem('syntax-error', `Unexpected ${found}: expected a JSON value (${valueKinds}).${hintFor(text, offset, length)}`, offset, length);
      } else if (open.expect === 'commaOrEnd') {
        problem('syntax-error', `Unexpected ${found}: expected ',' or '${inObject ? '}' : ']'}'.`, offset, length);
      } else if (inObject && open.expect === 'colon') {
        problem('syntax-error', `Expected ':' after the property name, not ${found}.`, offset, length);
        open.expect = 'propertyValue';
      } else if (inObject && open.expect !== 'propertyValue') {
        problem('syntax-error', `Expected a property name in double quotes, not ${found}.`, offset, length);
        open.property = undefined;
        open.expect = 'colon';
      } else {
        problem('syntax-error', `Unexpected ${found}: expected a JSON value (${valueKinds}).${hintFor(text, offset, length)}`, offset, length);
        if (open.property) open.property.length = end - open.property.offset;
        open.expect = 'commaOrEnd';
      }
      continue;
    }

    // Keys inside objects.
    if (open && inObject && (open.expect === 'keyOrEnd' || open.expect === 'key' || open.expect === 'commaOrEnd')) {
      const object = open.node as ObjectNode;
      if (kind !== SyntaxKind.StringLiteral) {
        problem('syntax-error', open.expect === 'commaOrEnd'
          ? "Expected ',' or '}' after the property value."
          : 'Expected a property name in double quotes.', offset, length);
        open.property = undefined;
        if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) {
          // Skip the nested value wholesale by parsing it as an orphan: it keeps later offsets in sync. In place of
          // a name it stands for the name; after a value, for a value whose comma is missing.
          if (open.expect !== 'commaOrEnd') open.expect = 'colon';
          pushContainer(kind, offset, 'orphan');
        } else if (open.expect !== 'commaOrEnd') {
          open.expect = 'colon';
        }
        continue;
      }
      if (open.expect === 'commaOrEnd') {
        problem('syntax-error', "Expected ',' between properties.", offset, length);
      }
      const key: StringNode = { type: 'string', offset, length, value: tokenValue };
      const property: PropertyNode = { type: 'property', offset, length, key, parent: object };
      key.parent = property;
      object.properties.push(property);
      open.property = property;
      open.expect = 'colon';
      continue;
    }

    if (open && inObject && open.expect === 'colon') {
      problem('syntax-error', "Expected ':' after the property name.", offset, length);
      open.expect = 'propertyValue';
    }
    if (open && !inObject && open.expect === 'commaOrEnd') {
      problem('syntax-error', "Expected ',' between array items.", offset, length);
      open.expect = 'value';
    }

    if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) {
      pushContainer(kind, offset, open);
      continue;
    }

    const leaf = leafNode(kind, offset, length, tokenValue, text);
    if (!leaf) continue;
    attach(leaf, open);
    if (!open) rootDone = true;
  }

  // Containers still open at the end: reported outermost first, which is where the fix usually goes.
  for (const open of stack) reportUnclosed(open.node, problem);
  while (stack.length > 0) finishContainer(text.length, false);
  if (!root && !sawToken) {
    problem('syntax-error', trimmedEnd(text) === 0
      ? 'The document is empty: expected a JSON value, e.g. an OCPP-J frame [2, "id", "Action", {}].'
      : 'The document holds no JSON value, only comments: expected a value, e.g. an OCPP-J frame [2, "id", "Action", {}].', 0, 0);
  } else if (!root && problems.length === 0) {
    problem('syntax-error', `Expected a JSON value (${valueKinds}).`, 0, text.length);
  }
  return { root, problems };
}

/** Moves every node of a tree `delta` characters on: a tree parsed from part of a text, placed in the whole text. */
export function moveTree(root: ValueNode, delta: number): void {
  const pending: (ValueNode | PropertyNode)[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    node.offset += delta;
    if (node.type === 'array') {
      for (const item of node.items) pending.push(item);
    } else if (node.type === 'object') {
      for (const property of node.properties) pending.push(property);
    } else if (node.type === 'property') {
      node.key.offset += delta;
      if (node.colonOffset !== undefined) node.colonOffset += delta;
      if (node.value) pending.push(node.value);
    }
  }
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
