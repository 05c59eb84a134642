/**
 * Completion at the cursor: frame elements (MessageTypeId, action names, CALLERROR codes), payload keys not
 * yet present (required first), and values (enumerations narrowed by context, booleans, a fresh timestamp).
 */
import {
  CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList, type Range,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArrayNode, ObjectNode, PropertyNode, ValueNode } from '../../json/jsonTree';
import { hasMessageType, isSentAs } from '../../ocpp/catalog';
import { scalarType } from '../../ocpp/fits';
import type { Field, ObjectType } from '../../ocpp/schema';
import { nowAsDateTime } from '../../text/dateTime';
import { nextSignificantChar, previousSignificantChar } from '../../text/whitespace';
import { nodeAt, type OcppDocument } from '../document/ocppDocument';
import { restrictionIn } from '../document/restrictionIn';
import { fieldOf, frameOf, objectTypeOf } from '../document/schemaLocator';
import { actionDetail, actionDoc, enumValueDoc, fieldDetail, fieldDoc, messageTypeDoc } from './describe';
import { frameSnippetItems, typedWordAt, type Target } from './frameSnippetItems';
import type { FeatureOptions } from './options';
import { placeholderFor, TabStops, toInlineJson, toSnippet } from './placeholders';

export function doComplete(doc: OcppDocument, textDocument: TextDocument, offset: number, options: FeatureOptions): CompletionList {
  const items = completionsAt(doc, textDocument, offset, options);
  return { isIncomplete: false, items };
}

function completionsAt(doc: OcppDocument, textDocument: TextDocument, offset: number, options: FeatureOptions): CompletionItem[] {
  const text = doc.text;
  const range = (t: Target): Range => ({ start: textDocument.positionAt(t.start), end: textDocument.positionAt(t.end) });
  const node = nodeAt(doc, offset);
  // A bare word (`ocpp-Boot`) is no JSON token and has no node: where a frame may start it filters the snippets.
  const word = node && node.type !== 'array' && node.type !== 'object' && node.type !== 'property' ? undefined : typedWordAt(text, offset);
  if (word) return frameSnippetItems(doc, word, range, options);
  if (!node) return doc.tree.root ? [] : frameSnippetItems(doc, { start: offset, end: offset }, range, options);
  // JSON Lines: between the frames, on a line of its own, only a new frame can go.
  if (doc.lines && node === doc.tree.root) return frameSnippetItems(doc, { start: offset, end: offset }, range, options);

  if (node.type !== 'object' && node.type !== 'array' && node.type !== 'property') {
    if (!cursorIsOnToken(node, offset, text)) return [];
    const target = { start: node.offset, end: node.offset + node.length };
    const parent = node.parent;
    if (parent?.type === 'property') {
      if (parent.key === node) return keyItems(doc, parent.parent, parent, target, range, options);
      const context = fieldOf(doc, parent);
      return context ? valueItems(doc, context.owner, context.field, parent.parent, target, range, options) : [];
    }
    if (parent?.type === 'array') return frameElementItems(doc, parent, parent.items.indexOf(node), target, range, options, text);
    return [];
  }

  // Between tokens: what precedes the cursor decides whether a key, a value or a frame element goes here.
  const before = previousSignificantChar(text, offset);
  const here = { start: offset, end: offset };
  if (node.type === 'object' || node.type === 'property') {
    const object = node.type === 'object' ? node : node.parent;
    if (before === ':') {
      const property = object.properties.find((p) => p.colonOffset !== undefined && p.colonOffset < offset && !p.value &&
        !object.properties.some((q) => q.offset > p.offset && q.offset < offset));
      const context = property && fieldOf(doc, property);
      return context ? valueItems(doc, context.owner, context.field, object, here, range, options) : [];
    }
    if (before === '{' || before === ',') return keyItems(doc, object, undefined, here, range, options);
    return [];
  }
  if (before === '[' || before === ',' || before === ']') {
    const index = node.items.filter((item) => item.offset + item.length <= offset).length;
    const elements = before === ']' ? [] : frameElementItems(doc, node, index, here, range, options, text);
    return [...elements, ...frameSnippetItems(doc, here, range, options)];
  }
  return [];
}

/** On a string the cursor must be inside the quotes; on other literals anywhere on them. */
function cursorIsOnToken(node: ValueNode, offset: number, text: string): boolean {
  if (node.type !== 'string') return true;
  const end = node.offset + node.length;
  const closed = node.length >= 2 && text[end - 1] === '"';
  return offset > node.offset && (offset < end || !closed);
}

/** An item that replaces `target` with a JSON string literal; filterText carries the quote the range starts with. */
function literalItem(label: string, newText: string, target: Target, range: (t: Target) => Range, text: string): CompletionItem {
  const startsWithQuote = text[target.start] === '"';
  return {
    label,
    textEdit: { range: range(target), newText },
    filterText: startsWithQuote ? `"${label}"` : label,
  };
}

function valueItems(doc: OcppDocument, owner: ObjectType, field: Field, object: ObjectNode, target: Target,
  range: (t: Target) => Range, options: FeatureOptions): CompletionItem[] {
  const text = doc.text;
  const type = scalarType(field.type);
  switch (type.kind) {
    case 'enum': {
      const values = restrictionIn(doc.catalog, owner, field.name, object)?.values ?? type.enumeration.values;
      return values.map((value, i) => ({
        ...literalItem(value.name, JSON.stringify(value.name), target, range, text),
        kind: CompletionItemKind.EnumMember,
        detail: type.enumeration.name,
        documentation: enumValueDoc(doc.catalog, options.completionMarkdown, type.enumeration, value),
        sortText: String(i).padStart(3, '0'),
      }));
    }
    case 'string': {
      // An open enumeration (2.1's IdToken type): its usual values are offered; any other string is allowed too.
      const known = type.known;
      if (!known) return [];
      return known.values.map((value, i) => ({
        ...literalItem(value.name, JSON.stringify(value.name), target, range, text),
        kind: CompletionItemKind.Value,
        detail: known.name,
        documentation: enumValueDoc(doc.catalog, options.completionMarkdown, known, value),
        sortText: String(i).padStart(3, '0'),
      }));
    }
    case 'boolean':
      return ['true', 'false'].map((b) => ({ ...literalItem(b, b, target, range, text), kind: CompletionItemKind.Value }));
    case 'dateTime': {
      const now = nowAsDateTime(options.now());
      return [{ ...literalItem(now, JSON.stringify(now), target, range, text), kind: CompletionItemKind.Value,
        detail: 'the current time, UTC' }];
    }
    default:
      return [];
  }
}

function keyItems(doc: OcppDocument, object: ObjectNode, editing: PropertyNode | undefined, target: Target,
  range: (t: Target) => Range, options: FeatureOptions): CompletionItem[] {
  const type = objectTypeOf(doc, object);
  if (!type) return [];
  const present = new Set(object.properties.filter((p) => p !== editing).map((p) => p.key.value));
  const hasColon = editing?.colonOffset !== undefined;
  // A comma is needed when another property follows the inserted one.
  const needsComma = !hasColon && nextSignificantChar(doc.text, target.end) === '"';
  const candidates = type.fields.filter((f) => !present.has(f.name));
  const ordered = [...candidates.filter((f) => f.required), ...candidates.filter((f) => !f.required)];
  return ordered.map((field, i) => {
    const placeholder = placeholderFor(doc.catalog, type, field, options.now(), object);
    const written = options.snippets ? toSnippet(placeholder, new TabStops()) : toInlineJson(placeholder);
    const value = hasColon ? '' : `: ${written}${needsComma ? ',' : ''}`;
    const item = literalItem(field.name, `"${field.name}"${value}`, target, range, doc.text);
    return {
      ...item,
      kind: CompletionItemKind.Property,
      detail: fieldDetail(field),
      documentation: fieldDoc(options.completionMarkdown, type, field),
      insertTextFormat: options.snippets && !hasColon ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      sortText: String(i).padStart(3, '0'),
    };
  });
}

function frameElementItems(doc: OcppDocument, array: ArrayNode, index: number, target: Target,
  range: (t: Target) => Range, options: FeatureOptions, text: string): CompletionItem[] {
  const frame = frameOf(doc, array);
  // A fresh `[]` (the whole document, or an item of a conversation) is a frame still being written.
  const root = doc.tree.root;
  const couldBeFrame = frame !== undefined || array === root || array.parent === root;
  if (index === 0 && couldBeFrame) {
    return doc.catalog.messageTypes.map((t) => ({
      ...literalItem(String(t.id), String(t.id), target, range, text),
      kind: CompletionItemKind.Constant,
      detail: t.name,
      documentation: messageTypeDoc(doc.catalog, options.completionMarkdown, t),
    }));
  }
  if (!frame) return [];
  const type = frame.messageType;
  if (!type || !hasMessageType(doc.catalog, type)) return [];
  if (index === 1 && type.actionIndex !== undefined) {
    // A CALL (or 2.1 SEND) needs an id its sender has not used; a UUID (36 characters, the most OCPP-J allows) is the usual choice.
    const id = options.newUniqueId();
    return [{ ...literalItem(id, JSON.stringify(id), target, range, text), kind: CompletionItemKind.Value,
      detail: 'a fresh uniqueId (UUID)' }];
  }
  if (index === type.actionIndex) {
    // Only the actions this kind of frame carries: in 2.1, NotifyPeriodicEventStream goes as a SEND, the rest as CALLs.
    return doc.catalog.actions.filter((action) => isSentAs(doc.catalog, type, action)).map((action) => ({
      ...literalItem(action.name, JSON.stringify(action.name), target, range, text),
      kind: CompletionItemKind.Function,
      detail: actionDetail(doc.catalog, action),
      documentation: actionDoc(doc.catalog, options.completionMarkdown, action),
    }));
  }
  if (index === type.errorCodeIndex) {
    const codes = doc.catalog.callErrorCodes;
    return codes.values.map((code) => ({
      ...literalItem(code.name, JSON.stringify(code.name), target, range, text),
      kind: CompletionItemKind.EnumMember,
      detail: codes.name,
      documentation: enumValueDoc(doc.catalog, options.completionMarkdown, codes, code),
    }));
  }
  return [];
}
