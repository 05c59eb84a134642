/**
 * Answers "which catalog definition applies here?" for a node of the tree: the payload's type for a frame or
 * bare payload, and nested object types by following field definitions down. Walks up iteratively and gives
 * up beyond any depth the catalog could describe, so a pathologically deep document costs nothing.
 */
import { fieldNamed, objectWithin } from '../../ocpp/fits';
import type { Field, ObjectType } from '../../ocpp/schema';
import type { ObjectNode, PropertyNode, ValueNode } from '../../json/jsonTree';
import { barePayloadType, frameAt, type Frame, type OcppDocument } from './ocppDocument';

const maxSchemaDepth = 16;

export function frameOf(doc: OcppDocument, node: ValueNode | undefined): Frame | undefined {
  if (!node || node.type !== 'array') return undefined;
  const frame = frameAt(doc, node.offset);
  return frame?.node === node ? frame : undefined;
}

/** The object type of `object`, or undefined when the catalog does not describe it. */
export function objectTypeOf(doc: OcppDocument, object: ObjectNode): ObjectType | undefined {
  // Collect the steps from the payload root down to `object`, then follow them through the catalog.
  const steps: string[] = [];
  let current: ValueNode = object;
  for (let depth = 0; depth < maxSchemaDepth; depth++) {
    if (doc.payload?.node === current) return descend(barePayloadType(doc.payload), steps);
    const parent: ValueNode['parent'] = current.parent;
    if (!parent) return undefined;
    if (parent.type === 'property') {
      steps.push(parent.key.value);
      current = parent.parent;
      continue;
    }
    const frame = frameOf(doc, parent);
    if (frame) return frame.payloadNode === current ? descend(frame.payloadType, steps) : undefined;
    // An array item: the array itself is the value of some field; arrays are transparent in the walk.
    current = parent;
  }
  return undefined;
}

function descend(root: ObjectType | undefined, stepsUpward: readonly string[]): ObjectType | undefined {
  let type = root;
  for (let i = stepsUpward.length - 1; i >= 0 && type; i--) {
    const field = fieldNamed(type, stepsUpward[i]);
    type = field ? objectWithin(field.type) : undefined;
  }
  return type;
}

export interface FieldContext {
  readonly owner: ObjectType;
  readonly field: Field;
  readonly object: ObjectNode;
  readonly property: PropertyNode;
}

export function fieldOf(doc: OcppDocument, property: PropertyNode): FieldContext | undefined {
  const owner = objectTypeOf(doc, property.parent);
  const field = owner && fieldNamed(owner, property.key.value);
  return owner && field ? { owner, field, object: property.parent, property } : undefined;
}
