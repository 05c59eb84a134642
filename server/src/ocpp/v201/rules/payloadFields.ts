/**
 * Finding fields of one kind (every evseId, every IdTokenType, ...) anywhere in a 2.0.1 payload, in two steps that
 * keep a long log cheap:
 * - `mayHold` looks at the payload as JSON.parse made it (the facts pass, once per frame, no syntax tree) along the
 *   few property paths where such fields occur in some message, and says whether any value there is suspect;
 * - `find` walks the syntax tree of one payload by its schema and visits each matching field with its node, for the
 *   rare frames `mayHold` pointed at.
 * The paths are read from the catalog's actions once (2.0.1's or 2.1's), so a field added there is found without
 * touching the rules.
 */
import type { ObjectNode, ValueNode } from '../../../json/jsonTree';
import { spanAt } from '../../../text/search';
import type { RuleDocument, RuleFrame } from '../../rules';
import type { ActionDefinition, Field, FieldType, ObjectType } from '../../schema';

export interface FieldAt {
  /** The object type that declares the field, e.g. EVSEType. */
  readonly owner: ObjectType;
  readonly field: Field;
  /** The value; for an array field, one item. */
  readonly node: ValueNode;
  /** The object types from the payload down to `owner` (the payload's type first, `owner` last). */
  readonly via: readonly ObjectType[];
}

/** The property names, from a payload down, under which a matching field may sit; arrays are passed through. */
interface PathNode {
  terminal: boolean;
  readonly children: Map<string, PathNode>;
}

/** What a field holds once arrays are looked through. */
export function innerType(type: FieldType): FieldType {
  let inner = type;
  while (inner.kind === 'array') inner = inner.items;
  return inner;
}

export class FieldFinder {
  private readonly paths: PathNode = { terminal: false, children: new Map() };
  private readonly reaching = new Map<ObjectType, boolean>();

  constructor(actions: readonly ActionDefinition[], private readonly matches: (owner: ObjectType, field: Field) => boolean) {
    for (const action of actions) {
      if (action.request) this.addPaths(action.request, this.paths, new Set());
      if (action.response) this.addPaths(action.response, this.paths, new Set());
    }
  }

  /** Whether a payload as JSON.parse made it (or factsOfNode from a tree) may hold a matching value `suspect` flags. */
  mayHold(payload: unknown, suspect: (value: unknown) => boolean): boolean {
    return this.scan(payload, this.paths, suspect);
  }

  /** Every matching field of the payload `node` read as `type`, in document order of the schema's fields. */
  find(node: ObjectNode, type: ObjectType, visit: (at: FieldAt) => void): void {
    this.walk(node, type, [type], visit);
  }

  /** The payload members under which mayHold looks: the first names of its paths. */
  get topNames(): string[] {
    return [...this.paths.children.keys()];
  }

  /** Whether `type` holds a matching field at any depth. */
  reaches(type: ObjectType): boolean {
    let known = this.reaching.get(type);
    if (known === undefined) {
      this.reaching.set(type, false);
      known = type.fields.some((field) => {
        if (this.matches(type, field)) return true;
        const inner = innerType(field.type);
        return inner.kind === 'object' && this.reaches(inner.object);
      });
      this.reaching.set(type, known);
    }
    return known;
  }

  private addPaths(type: ObjectType, at: PathNode, seen: ReadonlySet<ObjectType>): void {
    if (seen.has(type)) return;
    const below = new Set(seen).add(type);
    for (const field of type.fields) {
      const matching = this.matches(type, field);
      const inner = innerType(field.type);
      const nested = inner.kind === 'object' && !matching && this.reaches(inner.object);
      if (!matching && !nested) continue;
      let child = at.children.get(field.name);
      if (!child) {
        child = { terminal: false, children: new Map() };
        at.children.set(field.name, child);
      }
      if (matching) child.terminal = true;
      if (nested && inner.kind === 'object') this.addPaths(inner.object, child, below);
    }
  }

  private scan(value: unknown, at: PathNode, suspect: (value: unknown) => boolean, arrays = 0): boolean {
    // No field of 2.0.1 nests arrays in arrays: a few levels are looked through, never a hostile depth.
    if (Array.isArray(value)) return arrays < maxArrayNesting && value.some((item) => this.scan(item, at, suspect, arrays + 1));
    if (typeof value !== 'object' || value === null) return false;
    const object = value as { readonly [key: string]: unknown };
    // A payload has a few members and the paths many names: look up each member.
    for (const name in object) {
      const child = at.children.get(name);
      if (!child) continue;
      const member = object[name];
      if (member === undefined || member === null) continue;
      if (child.terminal && (Array.isArray(member) ? member.some(suspect) : suspect(member))) return true;
      if (child.children.size > 0 && this.scan(member, child, suspect)) return true;
    }
    return false;
  }

  private walk(node: ObjectNode, type: ObjectType, via: readonly ObjectType[], visit: (at: FieldAt) => void): void {
    for (const field of type.fields) {
      const matching = this.matches(type, field);
      const inner = innerType(field.type);
      const nested = inner.kind === 'object' && this.reaches(inner.object) ? inner.object : undefined;
      if (!matching && !nested) continue;
      // The first property of the name counts, as everywhere else (a repeated key is the validator's to report).
      const value = node.properties.find((p) => p.key.value === field.name)?.value;
      if (!value) continue;
      for (const item of itemsOf(value, arrayDepth(field.type))) {
        if (matching) visit({ owner: type, field, node: item, via });
        if (nested && item.type === 'object') this.walk(item, nested, [...via, nested], visit);
      }
    }
  }
}

const maxArrayNesting = 4;

/** How many arrays a field's type wraps around its values. */
function arrayDepth(type: FieldType): number {
  let depth = 0;
  for (let inner = type; inner.kind === 'array'; inner = inner.items) depth++;
  return depth;
}

/** The values inside `depth` levels of arrays (as the field's type has them), or the value itself. */
function itemsOf(value: ValueNode, depth: number): ValueNode[] {
  return depth > 0 && value.type === 'array' ? value.items.flatMap((item) => itemsOf(item, depth - 1)) : [value];
}

/** A payload to look into: its object node and the type it is read as. */
export interface PayloadAt {
  readonly frame?: RuleFrame;
  readonly node: ObjectNode;
  readonly type: ObjectType;
}

/** The payload type a frame carries: a CALL's (or 2.1 SEND's) request, or the response of the CALL a CALLRESULT answers. */
export function payloadTypeOf(frame: RuleFrame): ObjectType | undefined {
  const name = frame.messageType?.name;
  if (name === 'CALL' || name === 'SEND') return frame.action?.request;
  if (name === 'CALLRESULT') return frame.answers?.action?.response;
  return undefined;
}

/**
 * The payloads of the document that `wanted` picks by their facts (every frame's facts are at hand; only the picked
 * frames' trees are asked for), and a bare payload document's own payload.
 */
export function* payloadsOf(doc: RuleDocument, wanted: (frame: RuleFrame) => boolean): Generator<PayloadAt> {
  for (const frame of doc.frames) {
    if (!wanted(frame)) continue;
    const type = payloadTypeOf(frame);
    if (!type) continue;
    const node = frame.payloadNode;
    if (node?.type === 'object') yield { frame, node, type };
  }
  const payload = doc.payload;
  if (payload?.action) {
    const type = payload.kind === 'request' ? payload.action.request : payload.action.response;
    if (type) yield { node: payload.node, type };
  }
}

/**
 * Where a value node sits in its payload: the payload at hand and the field that holds the node, or undefined when
 * the node is not a value of a field the finder matches. Reads only the frame that holds the node.
 */
export function fieldOfNode(doc: RuleDocument, node: ValueNode, finder: FieldFinder): { at: FieldAt; payload: PayloadAt } | undefined {
  const payload = payloadHolding(doc, node);
  if (!payload) return undefined;
  let found: FieldAt | undefined;
  finder.find(payload.node, payload.type, (at) => {
    if (at.node === node) found = at;
  });
  return found ? { at: found, payload } : undefined;
}

function payloadHolding(doc: RuleDocument, node: ValueNode): PayloadAt | undefined {
  if (doc.payload) {
    const payload = doc.payload;
    const type = payload.action && (payload.kind === 'request' ? payload.action.request : payload.action.response);
    return type ? { node: payload.node, type } : undefined;
  }
  // Frames are in document order and do not overlap; a value never starts on a frame's closing bracket.
  const frame = spanAt(doc.frames, node.offset);
  if (!frame) return undefined;
  const type = payloadTypeOf(frame);
  const payloadNode = frame.payloadNode;
  return type && payloadNode?.type === 'object' ? { frame, node: payloadNode, type } : undefined;
}
