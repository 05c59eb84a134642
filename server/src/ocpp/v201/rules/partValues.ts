/**
 * Small readers the transactions, reports, variables and profiles parts share: a payload's plain value from its
 * tree, a node by path, well-typed values, and the facts of a frame whose facts were read from a tree.
 *
 * A frame read from its syntax tree (a frame with any problem, a single-frame document) has its facts read
 * through factsOfNode, which passes only top-level strings and numbers: nested objects and booleans arrive as
 * null. A part that follows such values marks the facts as partial and reads the frame again from its tree,
 * which such a frame has already built, so the fallback costs nothing extra.
 */
import type { ObjectNode, ValueNode } from '../../../json/jsonTree';
import { plainValueOf, propertyOf } from '../../../json/treeQueries';
import type { PayloadFacts, RuleFrame } from '../../rules';

export type Facts = Record<string, string | number | undefined>;
export type PlainPayload = { readonly [key: string]: unknown };

/** The value JSON.parse would give for `node` (the first of two equal keys counts, as everywhere else). */
export const plainOf = (node: ValueNode | undefined): unknown => plainValueOf(node);

/** The node at `path` (property names and array indexes) below `node`. */
export function nodeAt(node: ValueNode | undefined, ...path: (string | number)[]): ValueNode | undefined {
  let current = node;
  for (const step of path) {
    if (!current) return undefined;
    if (typeof step === 'number') current = current.type === 'array' ? current.items[step] : undefined;
    else current = current.type === 'object' ? propertyOf(current, step)?.value : undefined;
  }
  return current;
}

export const integerOf = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) ? value : undefined;
export const stringOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
export const objectOf = (value: unknown): PlainPayload | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as PlainPayload) : undefined;
/** A boolean as a fact: 1, 0, or undefined when absent or not a boolean. */
export const flagOf = (value: unknown): number | undefined => (value === true ? 1 : value === false ? 0 : undefined);

/**
 * A frame's facts as `read` reads them, re-read from the frame's tree when `partialKey` says the facts were read
 * from a tree that hid nested values.
 */
export function completeFacts(frame: RuleFrame, partialKey: string, read: (payload: PlainPayload, facts: Facts) => void): PayloadFacts {
  if (frame.facts[partialKey] === undefined) return frame.facts;
  const facts: Facts = {};
  const payload = objectOf(plainOf(frame.payloadNode));
  if (payload) read(payload, facts);
  return facts;
}

/** The payload of a frame or a bare payload document as an object node, if it is one. */
export function objectNode(node: ValueNode | undefined): ObjectNode | undefined {
  return node?.type === 'object' ? node : undefined;
}
