/**
 * Quick fixes and "fix all" actions, built only from our diagnostics' `code`, `data` and range (never from
 * message text, which may be reworded): the range locates the token in the parsed document, the code says
 * what is wrong with it, and `data` carries what the validator knew (the field, the candidate values).
 *
 * A fix is "preferred" when it is the one obvious repair. Only preferred fixes go into a fix-all, so a fix-all
 * never guesses between equal candidates (connector 0's three statuses) and never deletes what the user wrote
 * (an unknown field, a comment): those stay one-at-a-time decisions. Too-long strings get no fix at all:
 * shortening text silently would change its meaning.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Field, ObjectType } from '../../ocpp/schema';
import { messageTypes } from '../../ocpp/frames';
import { insertMembers, removeComment, removeProperty, type OffsetEdit } from '../../json/jsonEdits';
import { type ObjectNode, type PropertyNode, type ValueNode } from '../../json/jsonTree';
import { frameAt, nodeAt, type Frame, type OcppDocument } from '../document/ocppDocument';
import { placeholderFor } from './placeholders';
import type { ProblemData } from '../check/problems';
import { objectTypeOf } from '../document/schemaLocator';
import { diagnosticSource } from '../check/toDiagnostic';

/** Our kind of `source.fixAll`, so a user can ask for it by name in `editor.codeActionsOnSave`. */
export const fixAllKind = `${CodeActionKind.SourceFixAll}.ocpp`;

export interface CodeActionOptions {
  /** The kinds the client asked for (CodeActionContext.only); absent means quick fixes. */
  readonly only?: readonly string[];
  /**
   * Every diagnostic of the document as the user sees them (with the configured rule settings), for the
   * fix-all actions: a rule the user switched off is not "fixed" behind their back. Called at most once.
   */
  readonly allDiagnostics: () => readonly Diagnostic[];
}

interface Fix {
  readonly title: string;
  readonly edits: readonly OffsetEdit[];
  readonly preferred: boolean;
  /** A rename's effect, so a fix-all that renames a key to a missing field's name does not also add that field. */
  readonly gives?: { readonly object: ObjectNode; readonly name: string };
}

interface Context {
  readonly doc: OcppDocument;
  readonly textDocument: TextDocument;
  readonly text: string;
  /** Each CALL's answer, worked out once per request: a fix-all may need it for thousands of frames. */
  readonly answerOf: () => ReadonlyMap<Frame, Frame>;
}

export function getCodeActions(doc: OcppDocument, textDocument: TextDocument, range: Range,
  diagnostics: readonly Diagnostic[], options: CodeActionOptions): CodeAction[] {
  let answers: Map<Frame, Frame> | undefined;
  const context: Context = { doc, textDocument, text: doc.text, answerOf: () => (answers ??= answerByCall(doc)) };
  let all: readonly Diagnostic[] | undefined;
  const everything = () => (all ??= options.allDiagnostics().filter(isOurs));
  const result: CodeAction[] = [];

  if (wants(options.only, CodeActionKind.QuickFix)) {
    const offeredFixAll = new Set<string>();
    // Several diagnostics can share a fix (each missing field of one object offers "add all"): one action
    // then lists them all.
    const offered = new Map<string, CodeAction>();
    for (const diagnostic of diagnostics) {
      if (!isOurs(diagnostic) || !overlaps(diagnostic.range, range)) continue;
      const fixes = fixesOf(context, diagnostic);
      for (const fix of fixes) {
        // By title and place, not text: two "add all" fixes written a second apart differ in their timestamps.
        const key = `${fix.title}\u0000${fix.edits.map((e) => `${e.start}-${e.end}`).join(',')}`;
        const same = offered.get(key);
        if (same) {
          same.diagnostics!.push(diagnostic);
          continue;
        }
        const action = toAction(context, fix.title, CodeActionKind.QuickFix, fix.edits, [diagnostic], fix.preferred);
        offered.set(key, action);
        result.push(action);
      }
      // The same repair for every problem of this code, when there is more than one place to repair.
      const code = diagnostic.code as string;
      if (!preferredOf(fixes) || offeredFixAll.has(code)) continue;
      offeredFixAll.add(code);
      const batch = fixAll(context, everything(), code);
      if (batch.units > 1) {
        result.push(toAction(context, `Fix all ${batch.fixed.length} "${code}" problems in this file`,
          CodeActionKind.QuickFix, batch.edits, batch.fixed, false));
      }
    }
  }

  // Only on request: the editor asks for source actions from a menu or on save, and a whole-file pass on every
  // cursor move would be wasted work.
  if (options.only && wants(options.only, fixAllKind)) {
    const batch = fixAll(context, everything());
    if (batch.edits.length > 0) {
      result.push(toAction(context, 'Fix every OCPP problem that has a sure fix', fixAllKind, batch.edits, batch.fixed, false));
    }
  }
  return result;
}

/** Every fix for one diagnostic, in the order the editor should list them: rewrites first, removals last. */
function fixesOf(context: Context, diagnostic: Diagnostic): Fix[] {
  const data = diagnostic.data as ProblemData;
  const start = context.textDocument.offsetAt(diagnostic.range.start);
  const end = context.textDocument.offsetAt(diagnostic.range.end);
  const fixes = replacementFixes(context, diagnostic.code as string, data, start, end);
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
      const known = node?.type === 'string' && messageTypes.some((t) => !t.onlyIn && String(t.id) === node.value);
      if (isFirstOfFrame && known) {
        fixes.push({ title: `Write the MessageTypeId as a number: ${node.value}`,
          edits: [{ start, end, newText: node.value }], preferred: true });
      }
      break;
    }
  }
  return fixes;
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
  const one = insertMembers(context.text, object, [[field.name, placeholderFor(type, field, object)]]);
  if (one) fixes.push({ title: `Add the missing field "${field.name}"`, edits: [one], preferred: true });
  const present = new Set(object.properties.map((p) => p.key.value));
  const missing = type.fields.filter((f) => f.required && !present.has(f.name));
  if (missing.length > 1) {
    const every = insertMembers(context.text, object, missing.map((f) => [f.name, placeholderFor(type, f, object)]));
    if (every) fixes.push({ title: `Add all ${missing.length} missing required fields`, edits: [every], preferred: false });
  }
  return fixes;
}

/**
 * The object a missing-field diagnostic is about. The validator anchors it on the key that holds the object,
 * or on the object's `{` when no key does (a payload, an array item), so the range leads back to the object.
 */
function missingFieldAt(doc: OcppDocument, data: ProblemData, start: number): MissingField | undefined {
  if (typeof data.field !== 'string') return undefined;
  const node = nodeAt(doc, start);
  let object: ObjectNode | undefined;
  if (node?.type === 'object' && node.offset === start) object = node;
  else if (node?.type === 'string' && node.offset === start && node.parent?.type === 'property' && node.parent.key === node &&
    node.parent.value?.type === 'object') object = node.parent.value;
  if (!object) return undefined;
  const type = objectTypeOf(doc, object);
  const field = type?.fields.find((f) => f.name === data.field && f.required);
  // A stale diagnostic for a field that is there by now gets no fix.
  if (!type || !field || object.properties.some((p) => p.key.value === field.name)) return undefined;
  return { object, type, field };
}

/**
 * A new UUID for a CALL that reuses an earlier CALL's uniqueId. The answer that belongs to this CALL gets the
 * new id too, or the fix would leave it answering nothing.
 */
function freshUniqueId(context: Context, data: ProblemData, start: number): Fix | undefined {
  const call = frameWithIdAt(context.doc, start);
  if (!call || call.messageType?.name !== 'CALL' || call.uniqueId === undefined || call.uniqueId !== data.uniqueId) return undefined;
  const answer = context.answerOf().get(call);
  const newText = JSON.stringify(globalThis.crypto.randomUUID());
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
function answerByCall(doc: OcppDocument): Map<Frame, Frame> {
  const outstanding = new Map<string, Frame[]>();
  const result = new Map<Frame, Frame>();
  for (const frame of doc.frames) {
    const id = frame.uniqueId;
    if (id === undefined || !frame.uniqueIdNode) continue;
    const kind = frame.messageType?.name;
    if (kind === 'CALL') {
      const queue = outstanding.get(id);
      if (queue) queue.push(frame);
      else outstanding.set(id, [frame]);
    } else if (kind === 'CALLRESULT' || kind === 'CALLERROR') {
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

interface Batch {
  readonly edits: OffsetEdit[];
  readonly fixed: Diagnostic[];
  /** How many separate repairs the batch makes; missing fields count once per object. */
  readonly units: number;
}

/**
 * The preferred fix of every diagnostic (of `code`, when given) as one set of non-overlapping edits. Missing
 * fields are gathered per object into one insertion, since several insertions at one place would need commas
 * between them. Where two repairs touch the same text the first in the document wins; the next fix-all, on the
 * repaired text, picks up the other.
 */
function fixAll(context: Context, diagnostics: readonly Diagnostic[], code?: string): Batch {
  const units: { edits: readonly OffsetEdit[]; diagnostics: Diagnostic[] }[] = [];
  const renamed = new Map<ObjectNode, Set<string>>();
  const missing = new Map<ObjectNode, { type: ObjectType; names: Set<string>; diagnostics: Diagnostic[] }>();
  for (const diagnostic of diagnostics) {
    if (code !== undefined && diagnostic.code !== code) continue;
    if (diagnostic.code === 'missing-field') {
      const target = missingFieldAt(context.doc, diagnostic.data as ProblemData, context.textDocument.offsetAt(diagnostic.range.start));
      if (!target) continue;
      const group = missing.get(target.object) ?? { type: target.type, names: new Set(), diagnostics: [] };
      group.names.add(target.field.name);
      group.diagnostics.push(diagnostic);
      missing.set(target.object, group);
      continue;
    }
    const fix = preferredOf(fixesOf(context, diagnostic));
    if (!fix) continue;
    units.push({ edits: fix.edits, diagnostics: [diagnostic] });
    if (fix.gives) renamed.set(fix.gives.object, (renamed.get(fix.gives.object) ?? new Set()).add(fix.gives.name));
  }
  for (const [object, group] of missing) {
    const fields = group.type.fields.filter((f) => group.names.has(f.name) && !renamed.get(object)?.has(f.name));
    const edit = insertMembers(context.text, object, fields.map((f) => [f.name, placeholderFor(group.type, f, object)]));
    if (edit) units.push({ edits: [edit], diagnostics: group.diagnostics });
  }

  const firstStart = (edits: readonly OffsetEdit[]) => Math.min(...edits.map((e) => e.start));
  units.sort((a, b) => firstStart(a.edits) - firstStart(b.edits));
  const accepted = new EditSet();
  const fixed: Diagnostic[] = [];
  let count = 0;
  for (const unit of units) {
    if (!unit.edits.every((e) => accepted.fits(e))) continue;
    for (const edit of unit.edits) accepted.add(edit);
    fixed.push(...unit.diagnostics);
    count++;
  }
  return { edits: accepted.edits, fixed, units: count };
}

/**
 * Edits sorted by start and pairwise apart. Two edits may touch end to start, but not share a start: the
 * order of two insertions at one offset (or an insertion and a replacement there) is up to the editor.
 */
class EditSet {
  readonly edits: OffsetEdit[] = [];

  fits(edit: OffsetEdit): boolean {
    const i = this.indexAfter(edit.start);
    const before = this.edits[i - 1];
    const after = this.edits[i];
    if (before && (before.start === edit.start || before.end > edit.start)) return false;
    return !after || after.start >= edit.end;
  }

  add(edit: OffsetEdit): void {
    this.edits.splice(this.indexAfter(edit.start), 0, edit);
  }

  /** The index of the first edit starting after `offset`. */
  private indexAfter(offset: number): number {
    let low = 0;
    let high = this.edits.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.edits[mid].start <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

function preferredOf(fixes: readonly Fix[]): Fix | undefined {
  const preferred = fixes.filter((f) => f.preferred);
  return preferred.length === 1 ? preferred[0] : undefined;
}

function toAction(context: Context, title: string, kind: string, edits: readonly OffsetEdit[], diagnostics: Diagnostic[],
  isPreferred: boolean): CodeAction {
  const { textDocument } = context;
  const textEdits: TextEdit[] = edits.map((e) => ({
    range: { start: textDocument.positionAt(e.start), end: textDocument.positionAt(e.end) },
    newText: e.newText,
  }));
  return { title, kind, diagnostics, isPreferred, edit: { changes: { [textDocument.uri]: textEdits } } };
}

/** Ours, and in the shape we publish: a string code and a data object (a client may send anything back). */
function isOurs(diagnostic: Diagnostic): boolean {
  const data: unknown = diagnostic?.data;
  return diagnostic?.source === diagnosticSource && typeof diagnostic.code === 'string' &&
    typeof data === 'object' && data !== null && isRange(diagnostic.range);
}

function isRange(range: unknown): range is Range {
  const r = range as Range | undefined;
  return typeof r?.start?.line === 'number' && typeof r.start.character === 'number' &&
    typeof r.end?.line === 'number' && typeof r.end.character === 'number';
}

/** Whether an action of `kind` answers a request for `only`: a requested kind covers its sub-kinds. */
function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
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

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
