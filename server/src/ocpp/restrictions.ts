/**
 * Enumeration values that depend on a sibling field, as data: "at connectorId 0, status may only be Available,
 * Unavailable or Faulted". Validation, the quick check, completion, placeholders, hover and quick fixes all read
 * a catalog's restrictions through here, so the rule exists once.
 */
import type { EnumValue, ObjectType } from './schema';

export interface ValueRestriction {
  /** The diagnostic code of a value outside the restriction. */
  readonly code: string;
  /** The object type and the enumeration field the restriction narrows. */
  readonly owner: ObjectType;
  readonly field: string;
  /** The sibling field and the value that narrow it. */
  readonly when: { readonly field: string; readonly equals: string | number };
  readonly values: readonly EnumValue[];
  /** Why only these values, to finish "cannot be reported here: ...". */
  readonly reason: string;
  /** What the sibling's value means, for the hover on it. */
  readonly whenDoc: { readonly heading: string; readonly doc: string };
  /** A sentence for the hover on each value of the enumeration: whether it may stand here. */
  readonly allowedNote: string;
  readonly excludedNote: string;
  /** A snippet for the special case, offering only the allowed values: its name, prefix suffix and first sentence. */
  readonly snippet?: { readonly label: string; readonly prefixSuffix: string; readonly description: string };
}

/** The restriction on `owner`'s field `field`, whatever the siblings are. */
export function restrictionOf(restrictions: readonly ValueRestriction[], owner: ObjectType, field: string): ValueRestriction | undefined {
  for (const r of restrictions) if (r.owner === owner && r.field === field) return r;
  return undefined;
}

/** Whether the restriction is in force, given the value its sibling field holds (a string or a number as written). */
export function restrictionApplies(restriction: ValueRestriction, sibling: unknown): boolean {
  return sibling === restriction.when.equals;
}

/** The restrictions whose condition is `field` of `owner`: the hover on that field's value explains them. */
export function restrictionsConditionedOn(restrictions: readonly ValueRestriction[], owner: ObjectType, field: string): ValueRestriction[] {
  return restrictions.filter((r) => r.owner === owner && r.when.field === field);
}
