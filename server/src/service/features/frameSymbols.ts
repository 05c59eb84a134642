/**
 * How one frame appears in the Outline: its name ("CALL StatusNotification a1"), detail and icon. A frame read from
 * its text without a tree (most frames of a long log) is described from its core and the strings at its head, so
 * listing a log's frames builds no frame's tree.
 *
 * A frame's selection range is its whole range, as VS Code's own JSON support has it for every array item. Editors
 * put the cursor at the selection's start when an entry is picked (VS Code's Outline, breadcrumbs and Go to Symbol
 * all do), so picking a frame goes to its opening bracket. A selection of its own (the action, or the id) would put
 * the cursor a few characters further along the same line, and cost every entry three more objects: a 10 MB log's
 * Outline holds some 60,000 frames, and most of its time goes to the collector copying those objects.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { comma, quote } from '../../json/charCodes';
import { closingQuote, skipWhiteSpace } from '../../json/frameLayout';
import type { ValueNode } from '../../json/jsonTree';
import type { Frame } from '../document/ocppDocument';
import { isTextFrame } from '../document/textFrames';
import { rangeAt, type Positions } from '../../text/lines';

/** Long string values (certificates, CSRs, firmware locations) are cut in names and details. */
const maxDetailLength = 60;

/**
 * The Outline entry of a frame, its children still to be listed, with its range in `lines`. `names` names the
 * frames: one per listing, so the name heads it keeps go with the listing. A long log lists tens of thousands of
 * frames and every entry outlives the listing, so nothing else is made on the way: no object between the text and
 * the entry.
 */
export function frameSymbol(text: string, frame: Frame, names: FrameNames, lines: Positions): DocumentSymbol {
  return fromHead(text, frame, names, lines) ?? fromTree(text, frame, names, lines);
}

/** The one place frame entries are made, so that all have the same shape. */
function entry(name: string, detail: string | undefined, kind: SymbolKind, frame: Frame, lines: Positions): DocumentSymbol {
  const range = rangeAt(lines, frame.offset, frame.length);
  return { name, detail, kind, range, selectionRange: range, children: undefined };
}

/**
 * A frame read without a tree: valid JSON that starts with a number and strings, so its first quotes open the
 * uniqueId and (for a CALL or SEND) the action as written, or (for a CALLERROR) its error code and description.
 * Found with indexOf, as the frames were: a long log lists tens of thousands.
 */
function fromHead(text: string, frame: Frame, names: FrameNames, lines: Positions): DocumentSymbol | undefined {
  const type = frame.messageType;
  if (!type || !isTextFrame(frame) || !frame.readWithoutTree) return undefined;
  const uniqueId = frame.uniqueId === '' ? undefined : frame.uniqueId;
  if (type.actionIndex !== undefined) {
    return entry(names.name(type.name, actionAsWritten(text, frame), uniqueId), undefined, SymbolKind.Function, frame, lines);
  }
  if (type.errorCodeIndex === undefined) {
    return entry(names.name(type.name, answeredAction(text, frame), uniqueId), undefined, SymbolKind.Event, frame, lines);
  }
  // The code and description follow the id (a CALLERROR with fewer elements is read from its tree).
  const id = frame.uniqueIdSpan;
  const end = frame.offset + frame.length;
  const code = id ? nextStringStart(text, id.offset + id.length, end) : -1;
  const codeClose = code < 0 ? -1 : closingQuote(text, code, end);
  const description = codeClose < 0 ? -1 : nextStringStart(text, codeClose + 1, end);
  const descriptionClose = description < 0 ? -1 : closingQuote(text, description, end);
  if (descriptionClose < 0) return undefined;
  return entry(names.name(type.name, stringAt(text, code, codeClose), uniqueId),
    errorDetail(text, stringAt(text, description, descriptionClose), frame), SymbolKind.EnumMember, frame, lines);
}

/** The opening quote of the string that is the next element after text[at] (a comma between), or -1 when none is. */
function nextStringStart(text: string, at: number, end: number): number {
  const separator = skipWhiteSpace(text, at, end);
  if (text.charCodeAt(separator) !== comma) return -1;
  const open = skipWhiteSpace(text, separator + 1, end);
  return text.charCodeAt(open) === quote ? open : -1;
}

/** The string between the quotes, as stringValue reads its node: decoded, undefined when empty. */
function stringAt(text: string, open: number, close: number): string | undefined {
  if (close === open + 1) return undefined;
  const raw = text.slice(open + 1, close);
  return raw.includes('\\') ? JSON.parse(`"${raw}"`) as string : raw;
}

/**
 * Names the frames of one listing: "CALL StatusNotification a1", "CALLRESULT StatusNotification a1",
 * "CALLERROR GenericError a7". Each name is its head ("CALL StatusNotification "), one string kept per kind and
 * label for the listing, joined to the id: each join is a string of its own in V8 (a rope of its two parts), and a
 * 10 MB log's Outline names some 60,000 frames, so one join a name rather than four saves about 100 bytes a frame.
 */
export class FrameNames {
  private readonly heads = new Map<string, Map<string, string>>();

  name(kind: string, label: string | undefined, id: string | undefined): string {
    if (!id) return label ? `${kind} ${shorten(label)}` : kind;
    return label ? this.headOf(kind, label) + shorten(id) : `${kind} ${shorten(id)}`;
  }

  private headOf(kind: string, label: string): string {
    let byLabel = this.heads.get(kind);
    if (!byLabel) this.heads.set(kind, (byLabel = new Map()));
    let head = byLabel.get(label);
    if (head === undefined) byLabel.set(label, (head = `${kind} ${shorten(label)} `));
    return head;
  }
}

/** A CALL's action as written, read from its text when it has no tree (and the catalog does not know it). */
function actionAsWritten(text: string, frame: Frame): string | undefined {
  const withoutTree = isTextFrame(frame) && frame.readWithoutTree;
  if (!withoutTree) return stringValue(frame.actionNode);
  if (frame.action) return frame.action.name;
  const id = frame.uniqueIdSpan;
  const end = frame.offset + frame.length;
  const action = id ? nextStringStart(text, id.offset + id.length, end) : -1;
  const close = action < 0 ? -1 : closingQuote(text, action, end);
  return close < 0 ? undefined : stringAt(text, action, close);
}

/** An answer's action: the answered CALL's as written there, so an unknown action still pairs up by name. */
function answeredAction(text: string, frame: Frame): string | undefined {
  return (frame.answers && actionAsWritten(text, frame.answers)) ?? frame.resultOf?.name;
}

function fromTree(text: string, frame: Frame, names: FrameNames, lines: Positions): DocumentSymbol {
  const type = frame.messageType;
  const label = !type ? undefined
    : type.actionIndex !== undefined ? stringValue(frame.actionNode)
      : type.errorCodeIndex !== undefined ? stringValue(frame.node.items[type.errorCodeIndex])
        : answeredAction(text, frame);
  const id = frame.uniqueId === undefined || frame.uniqueId === '' ? undefined : frame.uniqueId;
  return entry(names.name(type?.name ?? 'Frame', label, id), detailOf(text, frame), kindOf(frame), frame, lines);
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
