/**
 * How one frame appears in the Outline: its name ("CALL StatusNotification a1"), detail, icon and the range
 * picking it selects. A frame read from its text without a tree (a clean frame of a long log) is described from
 * its core and the two strings at its head, so listing a log's frames builds no frame's tree.
 */
import { SymbolKind } from 'vscode-languageserver-types';
import { closingQuote } from '../../json/frameLayout';
import type { ValueNode } from '../../json/jsonTree';
import type { Frame } from '../document/ocppDocument';
import { isTextFrame } from '../document/textFrames';

/** Long string values (certificates, CSRs, firmware locations) are cut in names and details. */
const maxDetailLength = 60;

export interface FrameSymbolHead {
  readonly name: string;
  readonly detail?: string;
  readonly kind: SymbolKind;
  readonly selection: { readonly offset: number; readonly length: number };
}

/** `names` names the frames: one namer per listing (newFrameNames), so the name heads it keeps go with the listing. */
export function frameSymbolHead(text: string, frame: Frame, names: FrameNames): FrameSymbolHead {
  return fromHead(text, frame, names) ?? fromTree(frame, names);
}

/**
 * A clean CALL or CALLRESULT read without a tree: valid JSON that starts with a number and strings, so its first
 * quotes open the uniqueId and (for a CALL or SEND) the action as written. Found with indexOf, as the frames were:
 * a long log lists tens of thousands.
 */
function fromHead(text: string, frame: Frame, nameOf: FrameNames): FrameSymbolHead | undefined {
  const type = frame.messageType;
  if (!isTextFrame(frame) || !frame.readWithoutTree || !type || type.errorCodeIndex !== undefined) return undefined;
  const end = frame.offset + frame.length;
  const idOpen = text.indexOf('"', frame.offset);
  const idClose = idOpen < 0 ? -1 : closingQuote(text, idOpen, end);
  if (idClose < 0) return undefined;
  const id = frame.uniqueId === '' ? undefined : frame.uniqueId;
  if (type.actionIndex !== undefined) {
    const actionOpen = text.indexOf('"', idClose + 1);
    const actionClose = actionOpen < 0 ? -1 : closingQuote(text, actionOpen, end);
    // Clean, so the action is one the catalog knows, written as its name.
    if (actionClose < 0 || !frame.action) return undefined;
    return { name: nameOf(type.name, frame.action.name, id), kind: SymbolKind.Function,
      selection: { offset: actionOpen, length: actionClose + 1 - actionOpen } };
  }
  return { name: nameOf(type.name, answeredAction(frame), id), kind: SymbolKind.Event, selection: { offset: idOpen, length: idClose + 1 - idOpen } };
}

/** Names a frame: "CALL StatusNotification a1", "CALLRESULT StatusNotification a1", "CALLERROR GenericError a7". */
export type FrameNames = (kind: string, label: string | undefined, id: string | undefined) => string;

/**
 * Frame names for one listing. Each name is its head ("CALL StatusNotification "), one string kept per kind and
 * label for the listing, joined to the id: each join is a string of its own in V8 (a rope of its two parts), and a
 * 10 MB log's Outline names some 60,000 frames, so one join a name rather than four saves about 100 bytes a frame.
 */
export function newFrameNames(): FrameNames {
  const heads = new Map<string, Map<string, string>>();
  const headOf = (kind: string, label: string) => {
    let byLabel = heads.get(kind);
    if (!byLabel) heads.set(kind, (byLabel = new Map()));
    let head = byLabel.get(label);
    if (head === undefined) byLabel.set(label, (head = `${kind} ${shorten(label)} `));
    return head;
  };
  return (kind, label, id) => {
    if (!id) return label ? `${kind} ${shorten(label)}` : kind;
    return label ? headOf(kind, label) + shorten(id) : `${kind} ${shorten(id)}`;
  };
}

/** A CALL's action as written, read without building its tree when it has none. */
function actionAsWritten(frame: Frame): string | undefined {
  return isTextFrame(frame) && frame.readWithoutTree ? frame.action?.name : stringValue(frame.actionNode);
}

/** An answer's action: the answered CALL's as written there, so an unknown action still pairs up by name. */
function answeredAction(frame: Frame): string | undefined {
  return (frame.answers && actionAsWritten(frame.answers)) ?? frame.resultOf?.name;
}

function fromTree(frame: Frame, nameOf: FrameNames): FrameSymbolHead {
  const type = frame.messageType;
  const label = !type ? undefined
    : type.actionIndex !== undefined ? stringValue(frame.actionNode)
      : type.errorCodeIndex !== undefined ? stringValue(frame.node.items[type.errorCodeIndex])
        : answeredAction(frame);
  const id = frame.uniqueId === undefined || frame.uniqueId === '' ? undefined : frame.uniqueId;
  return {
    name: nameOf(type?.name ?? 'Frame', label, id),
    detail: detailOf(frame),
    kind: kindOf(frame),
    selection: selectionOf(frame),
  };
}

function detailOf(frame: Frame): string | undefined {
  const type = frame.messageType;
  if (!type) {
    // A frame OCPP-J does not know: say what its first element was, since that is what is wrong with it.
    if (!frame.messageTypeNode) return 'empty frame';
    return `MessageTypeId ${frame.messageTypeNode.type === 'string' ? JSON.stringify(shorten(frame.messageTypeNode.value)) : describeScalar(frame.messageTypeNode)}`;
  }
  if (type.errorDescriptionIndex === undefined) return undefined;
  // The error description says more than the code; the answered action is the next best thing.
  const description = stringValue(frame.node.items[type.errorDescriptionIndex]);
  if (description) return shorten(description);
  const action = frame.answers && actionAsWritten(frame.answers);
  return action ? `answers ${action}` : undefined;
}

/**
 * Each kind its own icon: a CALL is a remote procedure call (Function), a CALLRESULT the answer that comes back
 * (Event), and a CALLERROR is known by its error code, a value of the ErrorCode enumeration (EnumMember).
 */
function kindOf(frame: Frame): SymbolKind {
  const type = frame.messageType;
  if (!type) return SymbolKind.Array;
  if (type.actionIndex !== undefined) return SymbolKind.Function;
  return type.errorCodeIndex !== undefined ? SymbolKind.EnumMember : SymbolKind.Event;
}

/** What picking the entry selects: the action for a CALL, the uniqueId for an answer (what links it to its CALL). */
function selectionOf(frame: Frame): { offset: number; length: number } {
  if (frame.messageType?.actionIndex !== undefined && frame.actionNode) return frame.actionNode;
  return frame.uniqueIdNode ?? frame.messageTypeNode ?? { offset: frame.node.offset, length: 1 };
}

function stringValue(node: ValueNode | undefined): string | undefined {
  return node?.type === 'string' && node.value !== '' ? node.value : undefined;
}

export function describeScalar(value: ValueNode): string {
  switch (value.type) {
    case 'string':
      return shorten(value.value);
    case 'number':
      return value.raw;
    case 'object':
      return '{}';
    case 'array':
      return '[]';
    default:
      return String(value.value);
  }
}

export function shorten(text: string): string {
  return text.length > maxDetailLength ? `${text.slice(0, maxDetailLength - 1)}…` : text;
}
