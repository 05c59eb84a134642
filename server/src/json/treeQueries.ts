/** Finding nodes in a syntax tree: the node under a cursor, an object's property by name. */
import { spanAt } from '../text/search';
import type { ObjectNode, PropertyNode, StringNode, ValueNode } from './jsonTree';

/** The innermost node whose range contains `offset` (end inclusive, so a cursor right after a token finds it). */
export function nodeAtOffset(root: ValueNode | undefined, offset: number): ValueNode | PropertyNode | undefined {
  let current: ValueNode | PropertyNode | undefined = root;
  if (!current || offset < current.offset || offset > current.offset + current.length) return undefined;
  for (;;) {
    let next: ValueNode | PropertyNode | undefined;
    if (current.type === 'array') {
      next = spanAt(current.items, offset);
    } else if (current.type === 'object') {
      next = spanAt(current.properties, offset);
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

/** The first property named `name` (a receiver keeps one of two equal keys; we report on the first). */
export function propertyOf(object: ObjectNode, name: string): PropertyNode | undefined {
  return object.properties.find((p) => p.key.value === name);
}

/** Deeper than any OCPP message nests: below it a value reads as null, so a hostile depth costs no stack. */
const maxPlainDepth = 64;

/**
 * The value JSON.parse would give for `node`: the first of two equal keys counts, as everywhere else, and a
 * missing value (a half-written property) is left out. Objects and arrays deeper than `maxPlainDepth` are null.
 */
export function plainValueOf(node: ValueNode | undefined, depth = 0): unknown {
  if (!node) return undefined;
  switch (node.type) {
    case 'object': {
      if (depth >= maxPlainDepth) return null;
      const value: { [key: string]: unknown } = {};
      for (const property of node.properties) {
        const name = property.key.value;
        if (!Object.hasOwn(value, name) && property.value) value[name] = plainValueOf(property.value, depth + 1);
      }
      return value;
    }
    case 'array':
      return depth >= maxPlainDepth ? null : node.items.map((item) => plainValueOf(item, depth + 1));
    default:
      return node.value;
  }
}
