/**
 * "Fix all": the preferred fix of every diagnostic (of one code, or of any) as one set of non-overlapping
 * edits. Only preferred fixes go in, so a fix-all never guesses between equal candidates (connector 0's three
 * statuses) and never deletes what the user wrote (an unknown field, a comment).
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { insertMembers, type OffsetEdit } from '../../json/jsonEdits';
import type { ObjectNode } from '../../json/jsonTree';
import type { ObjectType } from '../../ocpp/schema';
import type { ProblemData } from '../check/problems';
import { firstIndexWhere } from '../../text/search';
import { placeholderFor, toJsonValue } from './placeholders';
import { fixesOf, missingFieldAt, preferredOf, type Context } from './quickFixes';

export interface Batch {
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
export function fixAll(context: Context, diagnostics: readonly Diagnostic[], code?: string): Batch {
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
    const edit = insertMembers(context.text, object, fields.map((f) => [f.name, toJsonValue(placeholderFor(context.doc.catalog, group.type, f, context.now, object))]));
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
    return firstIndexWhere(this.edits, (e) => e.start > offset);
  }
}
