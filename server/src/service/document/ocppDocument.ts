/**
 * The OCPP view of a parsed document: which shape it has (one frame, a conversation of frames, or a bare
 * payload), and for each frame its kind, id, action and payload, with answers linked to their CALLs. A document
 * is read against one catalog (its OCPP version), which it keeps.
 */
import type { ArrayNode, JsonTree, ObjectNode, PropertyNode, ValueNode } from '../../json/jsonTree';
import { parseJsonTree } from '../../json/jsonTree';
import { nodeAtOffset } from '../../json/treeQueries';
import { hasMessageType, senderOf, type Catalog, type Side } from '../../ocpp/catalog';
import { messageTypeOf, type MessageType } from '../../ocpp/frames';
import { factsOfNode, noFacts, type PayloadFacts, type RuleDocument, type RuleFrame } from '../../ocpp/rules';
import type { ActionDefinition, ObjectType } from '../../ocpp/schema';
import { spanAt } from '../../text/search';
import type { Suspect } from './suspects';
import { actionFromFileName, inferPayloadMessage } from './payloadInference';
import { linesKindOf, readJsonLines } from './jsonLines';
import { readConversation } from './textFrames';

export type { DocumentShape } from '../../ocpp/rules';

export interface Frame extends RuleFrame {
  /**
   * The frame's syntax tree. A frame of a long conversation may be read without one (see textFrames.ts); its
   * tree, and so the nodes below, are then built the first time someone asks.
   */
  readonly node: ArrayNode;
  readonly messageTypeNode?: ValueNode;
  /** Set when the first element is a number OCPP-J knows (2..6), whether or not the document's version has it. */
  readonly messageType?: MessageType;
  readonly uniqueIdNode?: ValueNode;
  /** CALL and SEND: the action name as written, and its definition when the catalog has the name. */
  readonly actionNode?: ValueNode;
  readonly payloadNode?: ValueNode;
  readonly facts: PayloadFacts;
  /** For CALLRESULT and CALLERROR: the earlier CALL with the same uniqueId. */
  readonly answers?: Frame;
  /**
   * CALLRESULT: the action whose response the payload is. It comes from the answered CALL or, for a file that
   * holds a single CALLRESULT, from the file name (BootNotification.conf.json).
   */
  readonly resultOf?: ActionDefinition;
  /** The definition the payload must follow, when the catalog has it and the version has this frame's type. */
  readonly payloadType?: ObjectType;
  /** True when the frame and payload checks are already known to find nothing here (quickCheck.ts). */
  readonly clean: boolean;
  /**
   * What the token checker found wrong in the frame, when it could read it whole (suspects.ts; offsets relative to
   * the frame): the frame and payload checks' findings, worded from these.
   */
  readonly suspects?: readonly Suspect[];
}

export interface BarePayload {
  readonly node: ObjectNode;
  readonly action?: ActionDefinition;
  readonly kind: 'request' | 'response';
  /** How the action was found, for hover and the status bar. */
  readonly source?: 'fileName' | 'keys';
}

export interface OcppDocument extends RuleDocument {
  readonly uri: string;
  readonly version: number;
  /** The OCPP version the document is read and checked against. */
  readonly catalog: Catalog;
  readonly tree: JsonTree;
  readonly frames: readonly Frame[];
  readonly payload?: BarePayload;
  /** Set when the conversation was read frame by frame (textFrames.ts): its root's brackets. */
  readonly layout?: { readonly open: number; readonly close: number };
  /** Set for JSON Lines and logs (jsonLines.ts): one frame per line, no brackets or commas around them. */
  readonly lines?: true;
  /** Who sent a frame, where a log line's direction says so and the action alone does not (jsonLines.ts). */
  readonly senders?: ReadonlyMap<Frame, Side>;
  /** When a log's line says each frame was logged, for the frames whose line has a date and time. */
  readonly loggedAt?: ReadonlyMap<Frame, LoggedTime>;
  /**
   * The ids more than one CALL or SEND uses, as the reader saw them (textFrames.ts): the exchange check then indexes
   * only these (and SENDs) rather than every id. Undefined when the reader did not look.
   */
  readonly repeatedRequestIds?: ReadonlySet<string>;
}

/** A log line's date and time: where it is in the text, as written, and in milliseconds for comparing. */
export interface LoggedTime {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
  readonly ms: number;
}

/** Who sent a CALL or SEND: the side its action goes from, or what its log line says (DataTransfer). */
export function senderOfFrame(doc: OcppDocument, frame: Frame): Side | undefined {
  return (frame.messageType?.actionIndex !== undefined && frame.action && senderOf[frame.action.direction]) || doc.senders?.get(frame);
}

export function buildOcppDocument(uri: string, version: number, text: string, catalog: Catalog): OcppDocument {
  const lines = linesKindOf(uri);
  if (lines) return readJsonLines(uri, version, text, catalog, lines);
  return readConversation(uri, version, text, catalog) ?? buildFromTree(uri, version, text, catalog);
}

/** The reference path: one syntax tree for the whole text. Every shape of document goes through here. */
export function buildFromTree(uri: string, version: number, text: string, catalog: Catalog): OcppDocument {
  const tree = parseJsonTree(text);
  const root = tree.root;
  const base = { uri, version, text, catalog, tree };
  if (!root) return { ...base, shape: 'empty', frames: [] };
  if (root.type === 'object') return { ...base, shape: 'payload', frames: [], payload: inferPayloadMessage(uri, root, catalog) };
  if (root.type !== 'array') return { ...base, shape: 'other', frames: [] };

  // A conversation is an array of frames; a single frame starts with its MessageTypeId.
  const isConversation = root.items.length === 0 || root.items[0].type === 'array';
  const frameNodes = isConversation ? root.items : [root];
  const frames: Frame[] = [];
  const callsById = new CallsById();
  // A file holding one CALLRESULT answers no CALL in it: its name may say which action it answers.
  const named = isConversation ? undefined : actionFromFileName(uri, catalog)?.action;
  for (const node of frameNodes) {
    if (node.type !== 'array') continue;
    const frame = readFrame(node, callsById, catalog, named);
    frames.push(frame);
    callsById.note(frame.messageType, frame.uniqueId, frame);
  }
  return { ...base, shape: isConversation ? 'conversation' : 'frame', frames };
}

/**
 * The CALLs of a conversation by id, for the answers that follow. Each side numbers its own CALLs (OCPP-J §4.1.4),
 * so the two sides may use the same id, one after the other or crossing: an answer belongs to the earliest CALL with
 * its id that no earlier answer took. The last CALL with an id stays, so a repeated answer still names it.
 */
export class CallsById {
  /** A lone CALL, or the CALLs with one id in file order (a queue only when an id repeats: rare). */
  private readonly calls = new Map<string, Frame | RepeatedId>();
  /** The ids whose lone CALL an answer has taken. */
  private readonly answered = new Set<string>();
  /** The ids of SENDs (OCPP 2.1), made at the first: a SEND's id must not repeat a CALL's either. */
  private sends: Set<string> | undefined;
  /** The ids a CALL or SEND used that an earlier one had used. */
  readonly repeatedIds = new Set<string>();

  get size(): number {
    return this.calls.size;
  }

  /** Reads a frame in file order: a CALL joins its id's queue, an answer takes the CALL it answers off it. */
  note(messageType: MessageType | undefined, uniqueId: string | undefined, frame: Frame): void {
    if (!messageType || uniqueId === undefined) return;
    const held = this.calls.get(uniqueId);
    if (messageType.actionIndex !== undefined && (held !== undefined || this.sends?.has(uniqueId))) this.repeatedIds.add(uniqueId);
    if (messageType.actionIndex !== undefined && !messageType.expectsAnswer) {
      (this.sends ??= new Set()).add(uniqueId);
    } else if (messageType.expectsAnswer) {
      if (held === undefined) this.calls.set(uniqueId, frame);
      else if (held instanceof RepeatedId) held.calls.push(frame);
      else this.calls.set(uniqueId, new RepeatedId([held, frame], this.answered.has(uniqueId) ? 1 : 0));
    } else if (messageType.answersCall && held !== undefined) {
      if (held instanceof RepeatedId) held.taken = Math.min(held.taken + 1, held.calls.length);
      else this.answered.add(uniqueId);
    }
  }

  /** The CALL an answer with this type and id answers, if any: the first not yet answered, else the last. */
  answeredBy(messageType: MessageType | undefined, uniqueId: string | undefined): Frame | undefined {
    if (!messageType?.answersCall || uniqueId === undefined) return undefined;
    const held = this.calls.get(uniqueId);
    return held instanceof RepeatedId ? held.calls[Math.min(held.taken, held.calls.length - 1)] : held;
  }
}

/** The CALLs sharing one id, and how many of them answers have taken. */
class RepeatedId {
  constructor(readonly calls: Frame[], public taken: number) {}
}

/**
 * The payload definition of a frame of `messageType`: a CALL's request, a CALLRESULT's response (of the action
 * it answers), nothing for errors or for a type the catalog's version does not have.
 */
export function payloadTypeFor(catalog: Catalog, messageType: MessageType | undefined, action: ActionDefinition | undefined,
  resultOf: ActionDefinition | undefined): ObjectType | undefined {
  if (!messageType || !hasMessageType(catalog, messageType)) return undefined;
  switch (messageType.payloadRole) {
    case 'request':
      return action?.request;
    case 'response':
      return resultOf?.response;
    default:
      return undefined;
  }
}

/** A frame's facts read from its tree. `resultOf` names the answered action of a CALLRESULT no CALL in the file answers. */
export function readFrame(node: ArrayNode, callsById: CallsById, catalog: Catalog,
  resultOf?: ActionDefinition): Frame {
  const items = node.items;
  const first = items[0];
  const second = items[1];
  const messageType = messageTypeOf(first?.type === 'number' ? first.value : undefined);
  const uniqueId = second?.type === 'string' ? second.value : undefined;
  const actionNode = messageType?.actionIndex === undefined ? undefined : items[messageType.actionIndex];
  const answers = callsById.answeredBy(messageType, uniqueId);
  const payloadNode = messageType ? items[messageType.payloadIndex] : undefined;
  const action = actionNode?.type === 'string' ? catalog.actionsByName.get(actionNode.value) : undefined;
  const answered = messageType?.payloadRole === 'response' ? answers?.action ?? resultOf : undefined;
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
    action,
    payloadNode,
    facts: payloadNode?.type === 'object' ? factsOfNode(payloadNode, catalog.rules.factsOf) : noFacts,
    answers,
    resultOf: answered,
    payloadType: payloadTypeFor(catalog, messageType, action, answered),
    clean: false,
  };
}

/** The frame whose brackets contain `offset` (end inclusive). Frames are in document order and do not overlap. */
export function frameAt(doc: OcppDocument, offset: number): Frame | undefined {
  return spanAt(doc.frames, offset);
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
