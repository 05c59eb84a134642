/**
 * Small readers the transactions, reports, variables and profiles parts share: a node by path and well-typed
 * values (a payload's plain value from its tree is json/treeQueries.ts's plainValueOf).
 */
import type { ObjectNode, ValueNode } from '../../../json/jsonTree';
import { propertyOf } from '../../../json/treeQueries';

export type Facts = Record<string, string | number | undefined>;
export type PlainPayload = { readonly [key: string]: unknown };


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

/** The payload of a frame or a bare payload document as an object node, if it is one. */
export function objectNode(node: ValueNode | undefined): ObjectNode | undefined {
  return node?.type === 'object' ? node : undefined;
}
