/**
 * The OCPP view of a parsed document: which shape it has (one frame, a conversation of frames, or a bare
 * payload), and for each frame its kind, id, action and payload, with CALLRESULTs linked to their CALLs.
 */
import type { ActionDefinition, ObjectType } from '../../ocpp/schema';
import { messageTypeById, type MessageType } from '../../ocpp/frames';
import { actionsByName } from '../../ocpp/v16';
import { nodeAtOffset, parseJsonTree, type ArrayNode, type PropertyNode, type JsonTree, type ObjectNode, type ValueNode } from '../../json/jsonTree';
import { factsFromNode, noFacts, type PayloadFacts } from './payloadFacts';
import { actionFromFileName, inferPayloadMessage } from './payloadInference';
import { readConversation } from './textFrames';

export type DocumentShape = 'frame' | 'conversation' | 'payload' | 'other' | 'empty';

export interface Frame {
  /** Where the frame's brackets are in the text. */
  readonly offset: number;
  readonly length: number;
  /**
   * The frame's syntax tree. A frame of a long conversation may be read without one (see textFrame.ts); its
   * tree, and so the nodes below, are then built the first time someone asks.
   */
  readonly node: ArrayNode;
  readonly messageTypeNode?: ValueNode;
  /** Set when the first element is a number OCPP-J knows (2..6). */
  readonly messageType?: MessageType;
  readonly uniqueIdNode?: ValueNode;
  readonly uniqueId?: string;
  /** CALL only: the action name as written, and its definition when the name is a 1.6 action. */
  readonly actionNode?: ValueNode;
  readonly action?: ActionDefinition;
  readonly payloadNode?: ValueNode;
  /** The payload values the conversation rules follow; empty unless the payload is an object. */
  readonly facts: PayloadFacts;
  /** CALLRESULT and CALLERROR: the earlier CALL with the same uniqueId. */
  readonly answers?: Frame;
  /**
   * CALLRESULT: the action whose response the payload is. It comes from the answered CALL or, for a file that
   * holds a single CALLRESULT, from the file name (BootNotification.conf.json).
   */
  readonly resultOf?: ActionDefinition;
  /** True when the frame and payload checks are already known to find nothing here (cleanFrame.ts). */
  readonly clean: boolean;
}

export interface BarePayload {
  readonly node: ObjectNode;
  readonly action?: ActionDefinition;
  readonly kind: 'request' | 'response';
  /** How the action was found, for hover and the status bar. */
  readonly source?: 'fileName' | 'keys';
}

export interface OcppDocument {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly tree: JsonTree;
  readonly shape: DocumentShape;
  readonly frames: readonly Frame[];
  readonly payload?: BarePayload;
  /** Set when the conversation was read frame by frame (textFrames.ts): its root's brackets. */
  readonly layout?: { readonly open: number; readonly close: number };
}

export function buildOcppDocument(uri: string, version: number, text: string): OcppDocument {
  return readConversation(uri, version, text) ?? buildFromTree(uri, version, text);
}

/** The reference path: one syntax tree for the whole text. Every shape of document goes through here. */
export function buildFromTree(uri: string, version: number, text: string): OcppDocument {
  const tree = parseJsonTree(text);
  const root = tree.root;
  if (!root) return { uri, version, text, tree, shape: 'empty', frames: [] };
  if (root.type === 'object') {
    return { uri, version, text, tree, shape: 'payload', frames: [], payload: inferPayloadMessage(uri, root) };
  }
  if (root.type !== 'array') return { uri, version, text, tree, shape: 'other', frames: [] };

  // A conversation is an array of frames; a single frame starts with its MessageTypeId.
  const isConversation = root.items.length === 0 || root.items[0].type === 'array';
  const frameNodes = isConversation ? root.items : [root];
  const frames: Frame[] = [];
  const callsById = new Map<string, Frame>();
  for (const node of frameNodes) {
    if (node.type !== 'array') continue;
    let frame = readFrame(node, callsById);
    if (!isConversation && frame.messageType?.name === 'CALLRESULT' && !frame.resultOf) {
      const named = actionFromFileName(uri);
      if (named) frame = { ...frame, resultOf: named.action };
    }
    frames.push(frame);
    if (frame.messageType?.id === 2 && frame.uniqueId !== undefined && !callsById.has(frame.uniqueId)) {
      callsById.set(frame.uniqueId, frame);
    }
  }
  return { uri, version, text, tree, shape: isConversation ? 'conversation' : 'frame', frames };
}

/** A frame's facts read from its tree. */
export function readFrame(node: ArrayNode, callsById: ReadonlyMap<string, Frame>): Frame {
  const items = node.items;
  const first = items[0];
  const second = items[1];
  const messageType = first?.type === 'number' ? messageTypeById.get(first.value) : undefined;
  const uniqueId = second?.type === 'string' ? second.value : undefined;
  const kind = messageType?.name;
  const isCall = kind === 'CALL' || kind === 'SEND';
  const isAnswer = kind === 'CALLRESULT' || kind === 'CALLERROR' || kind === 'CALLRESULTERROR';
  const actionNode = isCall ? items[2] : undefined;
  const answers = isAnswer && uniqueId !== undefined ? callsById.get(uniqueId) : undefined;
  const payloadIndex = payloadIndexOf(messageType);
  const payloadNode = payloadIndex === undefined ? undefined : items[payloadIndex];
  // One object literal with every property, in one order, for every frame: conversations hold tens of
  // thousands of frames, and a spread per frame (or frames of differing shapes) cost more than the checks.
  return {
    offset: node.offset,
    length: node.length,
    node,
    messageTypeNode: first,
    messageType,
    uniqueIdNode: second,
    uniqueId,
    actionNode,
    action: actionNode?.type === 'string' ? actionsByName.get(actionNode.value) : undefined,
    payloadNode,
    facts: payloadNode?.type === 'object' ? factsFromNode(payloadNode) : noFacts,
    answers,
    resultOf: kind === 'CALLRESULT' ? answers?.action : undefined,
    clean: false,
  };
}

/**
 * The frame whose brackets contain `offset` (end inclusive). Frames are in document order and do not overlap,
 * and a conversation runs to thousands of them, so a binary search finds it.
 */
export function frameAt(doc: OcppDocument, offset: number): Frame | undefined {
  const frames = doc.frames;
  let low = 0;
  let high = frames.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const frame = frames[mid];
    if (offset < frame.offset) high = mid - 1;
    else if (offset > frame.offset + frame.length) low = mid + 1;
    else return frames[mid];
  }
  return undefined;
}

/** The payload definition a frame's payload must follow, when the catalog has it. */
export function payloadTypeOf(frame: Frame): ObjectType | undefined {
  switch (frame.messageType?.name) {
    case 'CALL':
      return frame.action?.request;
    case 'CALLRESULT':
      return frame.resultOf?.response;
    default:
      return undefined;
  }
}

export function barePayloadType(payload: BarePayload | undefined): ObjectType | undefined {
  if (!payload?.action) return undefined;
  return payload.kind === 'request' ? payload.action.request : payload.action.response;
}

/**
 * The innermost node at `offset` (end inclusive), as nodeAtOffset finds it from the root, but through the one
 * frame that holds it: a conversation read frame by frame builds no other frame's tree for this.
 */
export function nodeAt(doc: OcppDocument, offset: number): ValueNode | PropertyNode | undefined {
  if (!doc.layout) return nodeAtOffset(doc.tree.root, offset);
  const frame = frameAt(doc, offset);
  if (frame) return nodeAtOffset(frame.node, offset);
  const root = doc.tree.root!;
  return offset >= root.offset && offset <= root.offset + root.length ? root : undefined;
}

/** Where a frame of this type keeps its payload: [2, id, action, payload], [3, id, payload], [4, id, code, text, details]. */
export function payloadIndexOf(messageType: MessageType | undefined): number | undefined {
  switch (messageType?.name) {
    case 'CALL':
    case 'SEND':
      return 3;
    case 'CALLRESULT':
      return 2;
    case 'CALLERROR':
    case 'CALLRESULTERROR':
      return 4;
    default:
      return undefined;
  }
}
