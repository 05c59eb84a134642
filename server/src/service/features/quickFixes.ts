/**
 * The quick fixes of one diagnostic, built only from its `code`, `data` and range (never from message text, which
 * may be reworded): the range locates the token in the parsed document, the code says what is wrong with it, and
 * `data` carries what the validator knew (the field, the candidate values). A fix is "preferred" when it is the
 * one obvious repair.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { insertMembers, removeComment, removeProperty, type OffsetEdit } from '../../json/jsonEdits';
import type { ObjectNode, PropertyNode, ValueNode } from '../../json/jsonTree';
import { fieldNamed } from '../../ocpp/fits';
import type { Field, ObjectType } from '../../ocpp/schema';
import { propertyOf } from '../../json/treeQueries';
import type { ProblemData } from '../check/problems';
import { frameAt, nodeAt, type Frame, type OcppDocument } from '../document/ocppDocument';
import { objectTypeOf } from '../document/schemaLocator';
import { placeholderFor, toJsonValue } from './placeholders';

export interface Fix {
  readonly title: string;
  readonly edits: readonly OffsetEdit[];
  readonly preferred: boolean;
  /** A rename's effect, so a fix-all that renames a key to a missing field's name does not also add that field. */
  readonly gives?: { readonly object: ObjectNode; readonly name: string };
}

export interface Context {
  readonly doc: OcppDocument;
  readonly textDocument: TextDocument;
  readonly text: string;
  /** Each CALL's answer, worked out once per request: a fix-all may need it for thousands of frames. */
  readonly answerOf: () => ReadonlyMap<Frame, Frame>;
  /** The time of this request, for the timestamps fixes add. */
  readonly now: Date;
  readonly newUniqueId: () => string;
}

/** Every fix for one diagnostic, in the order the editor should list them: rewrites first, removals last. */
export function fixesOf(context: Context, diagnostic: Diagnostic): Fix[] {
  const data = diagnostic.data as ProblemData;
  const start = context.textDocument.offsetAt(diagnostic.range.start);
  const end = context.textDocument.offsetAt(diagnostic.range.end);
  const fixes = replacementFixes(context, diagnostic.code as string, data, start, end);
  const rewrite = rewriteFix(context, data);
  if (rewrite) fixes.push(rewrite);
  switch (diagnostic.code) {
    case 'missing-field':
      fixes.push(...missingFieldFixes(context, data, start));
      break;
    case 'unknown-field': {
      const property = propertyWithKeyAt(context.doc, start);
      const edit = property && property.key.value === data.field && removeProperty(context.text, property);
      if (edit) fixes.push({ title: `Remove the field "${property.key.value}"`, edits: [edit], preferred: false });
      break;
    }
    case 'duplicate-unique-id': {
      const fix = freshUniqueId(context, data, start);
      if (fix) fixes.push(fix);
      break;
    }
    case 'trailing-comma':
      if (end === start + 1 && context.text[start] === ',') {
        fixes.push({ title: 'Remove the trailing comma', edits: [{ start, end, newText: '' }], preferred: true });
      }
      break;
    case 'comment': {
      const comment = context.text.slice(start, end);
      // An unclosed block comment runs to the end of the document: removing it would take everything after it.
      const closed = comment.startsWith('//') || (comment.startsWith('/*') && comment.length >= 4 && comment.endsWith('*/'));
      if (closed) fixes.push({ title: 'Remove the comment', edits: [removeComment(context.text, start, end)], preferred: false });
      break;
    }
    case 'type-mismatch': {
      const fix = unquoted(context, data, start, end);
      if (fix) fixes.push(fix);
      break;
    }
    case 'unique-id-type': {
      const node = valueNodeCovering(context.doc, start, end);
      if (node?.type === 'number') {
        const newText = JSON.stringify(node.raw);
        fixes.push({ title: `Write the uniqueId as a string: ${newText}`, edits: [{ start, end, newText }], preferred: true });
      }
      break;
    }
    case 'message-type-id': {
      const node = valueNodeCovering(context.doc, start, end);
      const isFirstOfFrame = node?.parent?.type === 'array' && node.parent.items[0] === node;
      const known = node?.type === 'string' && context.doc.catalog.messageTypes.some((t) => String(t.id) === node.value);
      if (isFirstOfFrame && known) {
        fixes.push({ title: `Write the MessageTypeId as a number: ${node.value}`,
          edits: [{ start, end, newText: node.value }], preferred: true });
      }
      break;
    }
  }
  return fixes;
}

/** The edit a rule worked out itself, while the text it rewrites is unchanged. */
function rewriteFix(context: Context, data: ProblemData): Fix | undefined {
  const rewrite = data.rewrite;
  if (typeof rewrite !== 'object' || rewrite === null) return undefined;
  const { title, offset, expect, newText } = rewrite;
  if (typeof title !== 'string' || typeof offset !== 'number' || typeof expect !== 'string' || typeof newText !== 'string') return undefined;
  const end = offset + expect.length;
  if (!Number.isInteger(offset) || offset < 0 || context.text.slice(offset, end) !== expect) return undefined;
  // Not preferred: what a rule rewrites (a deprecated message) is still allowed, so a fix-all leaves it to the author.
  return { title, edits: [{ start: offset, end, newText }], preferred: false };
}

/** Each value in `data.replacements` rewrites the offending token; one candidate is the obvious fix. */
function replacementFixes(context: Context, code: string, data: ProblemData, start: number, end: number): Fix[] {
  const replacements = data.replacements;
  if (!Array.isArray(replacements)) return [];
  const candidates = replacements.filter((r): r is string => typeof r === 'string');
  const current = context.text.slice(start, end);
  // A key being renamed: recorded so a fix-all does not also add the same name as a missing field.
  const property = code === 'unknown-field' ? propertyWithKeyAt(context.doc, start) : undefined;
  const fixes: Fix[] = [];
  for (const replacement of candidates) {
    const newText = JSON.stringify(replacement);
    if (newText === current) continue;
    fixes.push({
      title: `Change to ${newText}`,
      edits: [{ start, end, newText }],
      preferred: replacements.length === 1,
      gives: property && { object: property.parent, name: replacement },
    });
  }
  return fixes;
}

interface MissingField {
  readonly object: ObjectNode;
  readonly type: ObjectType;
  readonly field: Field;
}

/** One fix for the field the diagnostic names and, when the object lacks several, one that adds them all. */
function missingFieldFixes(context: Context, data: ProblemData, start: number): Fix[] {
  const target = missingFieldAt(context.doc, data, start);
  if (!target) return [];
  const { object, type, field } = target;
  const fixes: Fix[] = [];
  const one = insertMembers(context.text, object, [[field.name, toJsonValue(placeholderFor(context.doc.catalog, type, field, context.now, object))]]);
  if (one) fixes.push({ title: `Add the missing field "${field.name}"`, edits: [one], preferred: true });
  const present = new Set(object.properties.map((p) => p.key.value));
  const missing = type.fields.filter((f) => f.required && !present.has(f.name));
  if (missing.length > 1) {
    const every = insertMembers(context.text, object, missing.map((f) => [f.name, toJsonValue(placeholderFor(context.doc.catalog, type, f, context.now, object))]));
    if (every) fixes.push({ title: `Add all ${missing.length} missing required fields`, edits: [every], preferred: false });
  }
  return fixes;
}

/**
 * The object a missing-field diagnostic is about. The validator anchors it on the key that holds the object,
 * or on the object's `{` when no key does (a payload, an array item), so the range leads back to the object.
 */
export function missingFieldAt(doc: OcppDocument, data: ProblemData, start: number): MissingField | undefined {
  if (typeof data.field !== 'string') return undefined;
  const node = nodeAt(doc, start);
  let object: ObjectNode | undefined;
  if (node?.type === 'object' && node.offset === start) object = node;
  else if (node?.type === 'string' && node.offset === start && node.parent?.type === 'property' && node.parent.key === node &&
    node.parent.value?.type === 'object') object = node.parent.value;
  if (!object) return undefined;
  const type = objectTypeOf(doc, object);
  const field = type && fieldNamed(type, data.field);
  // A stale diagnostic for a field that is there by now gets no fix.
  if (!type || !field?.required || propertyOf(object, field.name)) return undefined;
  return { object, type, field };
}

/**
 * A new UUID for a CALL that reuses an earlier CALL's uniqueId. The answer that belongs to this CALL gets the
 * new id too, or the fix would leave it answering nothing.
 */
function freshUniqueId(context: Context, data: ProblemData, start: number): Fix | undefined {
  const call = frameWithIdAt(context.doc, start);
  if (!call || !call.messageType?.expectsAnswer || call.uniqueId === undefined || call.uniqueId !== data.uniqueId) return undefined;
  const answer = context.answerOf().get(call);
  const newText = JSON.stringify(context.newUniqueId());
  const edits = (answer ? [call, answer] : [call])
    .map((f) => ({ start: f.uniqueIdNode!.offset, end: f.uniqueIdNode!.offset + f.uniqueIdNode!.length, newText }));
  const title = answer ? 'Give this CALL and its answer a fresh uniqueId' : 'Give this CALL a fresh uniqueId';
  return { title, edits, preferred: true };
}

/**
 * Which answer belongs to which CALL when ids repeat: first come, first served, as OCPP-J's one outstanding
 * CALL per direction implies. (The document model links an answer to the first CALL with its id, which is
 * right for the validator's "is it answered at all?" but not for telling two CALLs with one id apart.)
 */
export function answerByCall(doc: OcppDocument): Map<Frame, Frame> {
  const outstanding = new Map<string, Frame[]>();
  const result = new Map<Frame, Frame>();
  for (const frame of doc.frames) {
    const id = frame.uniqueId;
    if (id === undefined || !frame.uniqueIdNode) continue;
    if (frame.messageType?.expectsAnswer) {
      const queue = outstanding.get(id);
      if (queue) queue.push(frame);
      else outstanding.set(id, [frame]);
    } else if (frame.messageType?.answersCall) {
      const call = outstanding.get(id)?.shift();
      if (call) result.set(call, frame);
    }
  }
  return result;
}

/** The frame whose uniqueId starts at `offset`. */
function frameWithIdAt(doc: OcppDocument, offset: number): Frame | undefined {
  const frame = frameAt(doc, offset);
  return frame?.uniqueIdNode?.offset === offset ? frame : undefined;
}

/** A number or boolean written as a string ("5", "true") where the field wants the bare value. */
function unquoted(context: Context, data: ProblemData, start: number, end: number): Fix | undefined {
  const node = valueNodeCovering(context.doc, start, end);
  if (node?.type !== 'string') return undefined;
  const value = node.value;
  // JSON's own number grammar: "012" unquoted would be a syntax error, so it gets no fix.
  const fits = data.expected === 'integer' ? /^-?(?:0|[1-9]\d*)$/.test(value)
    : data.expected === 'decimal' ? /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(value)
      : data.expected === 'boolean' ? value === 'true' || value === 'false'
        : false;
  return fits ? { title: `Remove the quotes: ${value}`, edits: [{ start, end, newText: value }], preferred: true } : undefined;
}

export function preferredOf(fixes: readonly Fix[]): Fix | undefined {
  const preferred = fixes.filter((f) => f.preferred);
  return preferred.length === 1 ? preferred[0] : undefined;
}

/** The value node exactly covering [start, end), if the document still has one there. */
function valueNodeCovering(doc: OcppDocument, start: number, end: number): ValueNode | undefined {
  const node = nodeAt(doc, start);
  return node && node.type !== 'property' && node.offset === start && node.offset + node.length === end ? node : undefined;
}

function propertyWithKeyAt(doc: OcppDocument, start: number): PropertyNode | undefined {
  const node = nodeAt(doc, start);
  const parent = node?.type === 'string' ? node.parent : undefined;
  return parent?.type === 'property' && parent.key === node && node.offset === start ? parent : undefined;
}

