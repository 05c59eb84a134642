/**
 * How one frame appears in the Outline: its name ("CALL StatusNotification a1"), detail, icon and the range
 * picking it selects. A frame read from its text without a tree (most frames of a long log) is described from
 * its core and the strings at its head, so listing a log's frames builds no frame's tree.
 */
import { SymbolKind } from 'vscode-languageserver-types';
import { comma, quote } from '../../json/charCodes';
import { closingQuote, skipWhiteSpace } from '../../json/frameLayout';
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
  return fromHead(text, frame, names) ?? fromTree(text, frame, names);
}

/** Where a string is in the text: its quotes. */
interface Quoted {
  readonly open: number;
  readonly close: number;
}

/**
 * A frame read without a tree: valid JSON that starts with a number and strings, so its first quotes open the
 * uniqueId and (for a CALL or SEND) the action as written, or (for a CALLERROR) its error code and description.
 * Found with indexOf, as the frames were: a long log lists tens of thousands.
 */
function fromHead(text: string, frame: Frame, nameOf: FrameNames): FrameSymbolHead | undefined {
  const type = frame.messageType;
  const id = type && idQuotes(frame);
  if (!id) return undefined;
  const end = frame.offset + frame.length;
  const uniqueId = frame.uniqueId === '' ? undefined : frame.uniqueId;
  const selection = { offset: id.open, length: id.close + 1 - id.open };
  if (type.errorCodeIndex !== undefined) {
    // The code and description follow the id (a CALLERROR with fewer elements is read from its tree).
    const code = nextString(text, id.close + 1, end);
    const description = code && nextString(text, code.close + 1, end);
    if (!description) return undefined;
    return { name: nameOf(type.name, stringAt(text, code), uniqueId), detail: errorDetail(text, stringAt(text, description), frame),
      kind: SymbolKind.EnumMember, selection };
  }
  if (type.actionIndex !== undefined) {
    const action = nextString(text, id.close + 1, end);
    if (!action) return undefined;
    return { name: nameOf(type.name, actionName(text, frame, action), uniqueId), kind: SymbolKind.Function,
      selection: { offset: action.open, length: action.close + 1 - action.open } };
  }
  return { name: nameOf(type.name, answeredAction(text, frame), uniqueId), kind: SymbolKind.Event, selection };
}

/** The uniqueId's quotes in a frame read without a tree whose type is known (undefined for any other). */
function idQuotes(frame: Frame): Quoted | undefined {
  if (!isTextFrame(frame) || !frame.readWithoutTree || !frame.messageType) return undefined;
  const span = frame.uniqueIdSpan;
  return span && { open: span.offset, close: span.offset + span.length - 1 };
}

/** A CALL's action: one the catalog knows is written as its name; any other is read as written. */
function actionName(text: string, frame: Frame, action: Quoted): string | undefined {
  return frame.action?.name ?? stringAt(text, action);
}

/** The quotes of the string that is the next element after text[at] (a comma between), when it is one. */
function nextString(text: string, at: number, end: number): Quoted | undefined {
  const separator = skipWhiteSpace(text, at, end);
  if (text.charCodeAt(separator) !== comma) return undefined;
  const open = skipWhiteSpace(text, separator + 1, end);
  if (text.charCodeAt(open) !== quote) return undefined;
  const close = closingQuote(text, open, end);
  return close < 0 ? undefined : { open, close };
}

/** The string between the quotes, as stringValue reads its node: decoded, undefined when empty. */
function stringAt(text: string, { open, close }: Quoted): string | undefined {
  if (close === open + 1) return undefined;
  const raw = text.slice(open + 1, close);
  return raw.includes('\\') ? JSON.parse(`"${raw}"`) as string : raw;
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

/** A CALL's action as written, read from its text when it has no tree (and the catalog does not know it). */
function actionAsWritten(text: string, frame: Frame): string | undefined {
  const withoutTree = isTextFrame(frame) && frame.readWithoutTree;
  if (!withoutTree) return stringValue(frame.actionNode);
  if (frame.action) return frame.action.name;
  const id = idQuotes(frame);
  const action = id && nextString(text, id.close + 1, frame.offset + frame.length);
  return action && stringAt(text, action);
}

/** An answer's action: the answered CALL's as written there, so an unknown action still pairs up by name. */
function answeredAction(text: string, frame: Frame): string | undefined {
  return (frame.answers && actionAsWritten(text, frame.answers)) ?? frame.resultOf?.name;
}

function fromTree(text: string, frame: Frame, nameOf: FrameNames): FrameSymbolHead {
  const type = frame.messageType;
  const label = !type ? undefined
    : type.actionIndex !== undefined ? stringValue(frame.actionNode)
      : type.errorCodeIndex !== undefined ? stringValue(frame.node.items[type.errorCodeIndex])
        : answeredAction(text, frame);
  const id = frame.uniqueId === undefined || frame.uniqueId === '' ? undefined : frame.uniqueId;
  return {
    name: nameOf(type?.name ?? 'Frame', label, id),
    detail: detailOf(text, frame),
    kind: kindOf(frame),
    selection: selectionOf(frame),
  };
}

function detailOf(text: string, frame: Frame): string | undefined {
  const type = frame.messageType;
  if (!type) {
    // A frame OCPP-J does not know: say what its first element was, since that is what is wrong with it.
    if (!frame.messageTypeNode) return 'empty frame';
    return `MessageTypeId ${frame.messageTypeNode.type === 'string' ? JSON.stringify(shorten(frame.messageTypeNode.value)) : describeScalar(frame.messageTypeNode)}`;
  }
  if (type.errorDescriptionIndex === undefined) return undefined;
  return errorDetail(text, stringValue(frame.node.items[type.errorDescriptionIndex]), frame);
}

/** A CALLERROR's detail: its description says more than the code; the answered action is the next best thing. */
function errorDetail(text: string, description: string | undefined, frame: Frame): string | undefined {
  if (description) return shorten(description);
  const action = frame.answers && actionAsWritten(text, frame.answers);
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
