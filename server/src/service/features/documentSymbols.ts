/**
 * Document symbols (the editor's Outline and breadcrumbs): one entry per frame, named the way people talk about
 * OCPP traffic ("CALL StatusNotification a1"), with the payload's fields beneath it; a bare payload is one entry
 * named after the message it was read as.
 *
 * The tree is built breadth-first with an explicit queue, never by recursion: a pathological document nests
 * 100,000 levels deep, and both this builder and the JSON serialisation of its answer must survive it. Fields
 * deeper than `maxFieldDepth` are left out (no OCPP 1.6 payload comes near it), which also keeps the answer
 * shallow enough for JSON.stringify, itself recursive. Because the walk is breadth-first, the symbol budget
 * is spent on the frames and the outer fields first, which are what a reader navigates by.
 */
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { openBrace, openBracket } from '../../json/charCodes';
import type { ArrayNode, ObjectNode, PropertyNode, ValueNode } from '../../json/jsonTree';
import { arrayItemOffset, objectMembers, type ContainerSpan, type ShallowMember, type ShallowValue } from '../../json/objectMembers';
import type { BarePayload, Frame, OcppDocument } from '../document/ocppDocument';
import { positionsIn, rangeAt, type LinePositions } from '../../text/lines';
import { isTextFrame } from '../document/textFrames';
import { describeScalar, frameSymbol, FrameNames } from './frameSymbols';

/** Nesting of payload fields below a frame (or a bare payload) that the outline still shows. */
export const maxFieldDepth = 32;
/**
 * Field symbols beyond this many are left out; frames are always listed. A 10 MB conversation holds some
 * hundred thousand fields, which no outline view can usefully show and which would cost a large answer.
 */
export const maxFieldSymbols = 20_000;

export function getDocumentSymbols(doc: OcppDocument, textDocument: TextDocument): DocumentSymbol[] {
  // The parse's own line starts when it has them (diagnostics count them): the TextDocument's would be counted anew.
  const outline = new FieldSymbols(positionsIn(doc) ?? textDocument);
  if (doc.shape === 'payload') {
    if (!doc.payload) return [];
    const payload = doc.payload;
    const symbol: DocumentSymbol = {
      name: payloadName(doc, payload),
      detail: payloadDetail(payload),
      kind: SymbolKind.Object,
      range: rangeAt(outline.lines, payload.node.offset, payload.node.length),
      // The opening brace: the whole object would select the whole file when the outline entry is picked.
      selectionRange: rangeAt(outline.lines, payload.node.offset, 1),
    };
    outline.list(symbol, payload.node, 1);
    outline.finish();
    return [symbol];
  }
  // One symbol per frame, made at its size rather than grown a push at a time. Every frame's fields come before any
  // nested ones (those wait in the queue). A frame read without a tree has its payload listed from its text: its tree
  // is built only if the budget reaches a container in it.
  const symbols = new Array<DocumentSymbol>(doc.frames.length);
  const names = new FrameNames();
  for (let index = 0; index < doc.frames.length; index++) {
    const frame = doc.frames[index];
    const symbol = frameSymbol(doc.text, frame, names, outline.lines);
    symbol.children = noChildren;
    symbols[index] = symbol;
    // Once the budget is spent, no frame's payload is looked at: a frame whose tree is not kept would build it again
    // for nothing.
    if (outline.budget === 0) continue;
    if (isTextFrame(frame) && frame.readWithoutTree) {
      // Valid JSON, so its payload (when it has one) is where the text puts it, and a scalar has no members.
      const open = payloadOffset(doc.text, frame);
      const first = open === undefined ? undefined : doc.text.charCodeAt(open);
      if (first !== openBrace && first !== openBracket) continue;
      const members = first === openBrace ? objectMembers(doc.text, open!, frame.offset + frame.length) : undefined;
      if (members) {
        outline.listPayload(symbol, members, () => frame.payloadNode as ObjectNode);
        continue;
      }
    }
    if (isContainer(frame.payloadNode)) outline.list(symbol, frame.payloadNode, 1);
  }
  outline.finish();
  return symbols;
}

/**
 * The field symbols of one listing, breadth first. A class rather than closures over the listing: these run tens of
 * thousands of times in optimized code, which would otherwise hold each listing's closures as constants and be
 * thrown away with them, to be optimized again for the next listing (the resident documents keep one of these, so
 * that its class stays known to V8 between listings).
 */
export class FieldSymbols {
  /** Field symbols still to be made. */
  budget = maxFieldSymbols;
  /**
   * Containers whose members still need symbols, with the symbol those go under and their depth. A container met
   * in a frame read without a tree is queued as a way to find its node: the budget is often spent before it is
   * reached, and then its frame's tree is never built.
   */
  private readonly queue: { node: ValueNode | (() => ValueNode); symbol: DocumentSymbol; depth: number }[] = [];

  constructor(readonly lines: LinePositions | TextDocument) {}

  /**
   * Lists the members of a container at `depth` under its symbol while the budget lasts, and queues theirs. A
   * container the budget does not reach keeps an empty list (one shared: a 10 MB log has tens of thousands).
   */
  list(symbol: DocumentSymbol, container: ValueNode | (() => ValueNode), depth: number): void {
    if (this.budget === 0) {
      symbol.children = noChildren;
      return;
    }
    const node = typeof container === 'function' ? container() : container;
    const children: DocumentSymbol[] = (symbol.children = []);
    const members: readonly (PropertyNode | ValueNode)[] = node.type === 'object' ? node.properties : node.type === 'array' ? node.items : [];
    for (let index = 0; index < members.length && this.budget > 0; index++, this.budget--) {
      const member = members[index];
      const value = member.type === 'property' ? member.value : member;
      const child = member.type === 'property'
        ? this.memberSymbol(member.key.value, value, member, member.key)
        : this.memberSymbol(`[${index}]`, value, member, member);
      children.push(child);
      if (isContainer(value) && depth + 1 <= maxFieldDepth) this.queue.push({ node: value, symbol: child, depth: depth + 1 });
    }
  }

  /** The same for the payload of a clean frame read without a tree, from its text. */
  listPayload(symbol: DocumentSymbol, members: readonly ShallowMember[], payload: () => ObjectNode): void {
    const children: DocumentSymbol[] = (symbol.children = []);
    for (let index = 0; index < members.length && this.budget > 0; index++, this.budget--) {
      const { key, value } = members[index];
      const child = this.memberSymbol(key.value, value, members[index], key);
      children.push(child);
      // A clean frame's tree has the members its text has, in order.
      if (value.type === 'object' || value.type === 'array') this.queue.push({ node: () => payload().properties[index].value!, symbol: child, depth: 2 });
    }
  }

  /** Lists the queued containers' members, deeper ones after shallower ones, while the budget lasts. */
  finish(): void {
    for (let head = 0; head < this.queue.length; head++) this.list(this.queue[head].symbol, this.queue[head].node, this.queue[head].depth);
  }

  private memberSymbol(name: string, value: ValueNode | ShallowValue | undefined, member: { offset: number; length: number },
    selection: { offset: number; length: number }): DocumentSymbol {
    const range = rangeAt(this.lines, member.offset, member.length);
    // A member's selection is its key, which starts where it does, or (an array item) the item itself: the
    // positions they share are one object. A 10 MB log's Outline holds tens of thousands of members, and every
    // object in it is memory the answer takes fresh from the system.
    const selectionRange = selection === member ? range
      : { start: selection.offset === member.offset ? range.start : this.lines.positionAt(selection.offset), end: this.lines.positionAt(selection.offset + selection.length) };
    // `children` is written in the literal (undefined leaves it out of the JSON): set later, a property the object
    // was not made with would take it a separate store.
    // VS Code rejects a symbol with an empty name, and "" is a legal (if odd) JSON key.
    return { name: name || '""', detail: valueDetail(value), kind: valueKind(value), range, selectionRange, children: undefined };
  }
}

/** The children of every container the budget did not reach. */
const noChildren: DocumentSymbol[] = Object.freeze([]) as unknown as DocumentSymbol[];

const isContainer = (value: ValueNode | undefined): value is ValueNode => value?.type === 'object' || value?.type === 'array';

/**
 * The same symbols as a flat list, for clients that do not declare hierarchicalDocumentSymbolSupport: each names
 * its parent in `containerName`, and the list is in document order (parents before their children).
 */
export function flattenSymbols(symbols: readonly DocumentSymbol[], uri: string): SymbolInformation[] {
  const flat: SymbolInformation[] = [];
  const stack: { symbol: DocumentSymbol; container?: string }[] = symbols.map((symbol) => ({ symbol })).reverse();
  while (stack.length > 0) {
    const { symbol, container } = stack.pop()!;
    flat.push({ name: symbol.name, kind: symbol.kind, location: { uri, range: symbol.range }, ...(container !== undefined && { containerName: container }) });
    const children = symbol.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ symbol: children[i], container: symbol.name });
  }
  return flat;
}

/** "BootNotification.req": the name the catalog's specification gives the message. */
function payloadName(doc: OcppDocument, payload: BarePayload): string {
  if (!payload.action) return 'Payload (unknown message)';
  return doc.catalog.messageName(payload.action, payload.kind);
}

function payloadDetail(payload: BarePayload): string | undefined {
  switch (payload.source) {
    case 'fileName':
      return 'from the file name';
    case 'keys':
      return 'from its fields';
    default:
      return undefined;
  }
}

function valueKind(value: ValueNode | ShallowValue | undefined): SymbolKind {
  switch (value?.type) {
    case 'object':
      return SymbolKind.Object;
    case 'array':
      return SymbolKind.Array;
    case 'string':
      return SymbolKind.String;
    case 'number':
      return SymbolKind.Number;
    case 'boolean':
      return SymbolKind.Boolean;
    case 'null':
      return SymbolKind.Null;
    default:
      // A property whose value is missing (the document is still being typed).
      return SymbolKind.Property;
  }
}

/** Scalars show their value; empty containers show themselves, since they have no children to expand. */
function valueDetail(value: ValueNode | ShallowValue | undefined): string | undefined {
  if (!value) return undefined;
  if (value.type === 'object' || value.type === 'array') return isEmpty(value) ? (value.type === 'object' ? '{}' : '[]') : undefined;
  return describeScalar(value);
}

function isEmpty(container: ObjectNode | ArrayNode | ContainerSpan): boolean {
  if ('empty' in container) return container.empty;
  return container.type === 'object' ? container.properties.length === 0 : container.items.length === 0;
}

/** Where a frame's payload starts in the text, read without its tree; undefined when it has none. */
function payloadOffset(text: string, frame: Frame): number | undefined {
  const index = frame.messageType?.payloadIndex;
  return index === undefined ? undefined : arrayItemOffset(text, frame.offset, index, frame.offset + frame.length);
}
