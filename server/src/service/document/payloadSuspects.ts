/**
 * What the token checker (tokenCheck.ts) found wrong in a payload whose frame is otherwise sound: values that do
 * not fit their field, fields the type does not have or that come twice, required fields that are missing. It notes
 * where and against what, and goes on to the frame's end, rather than handing the frame to the tree checker: in a
 * log with defects, most defective frames have only such findings, and building their trees (twice: once to read
 * the frame, once for its findings) and checking them took about a sixth of the 10 MB 1.6 log's cold check (CPU
 * profiles). The check layer words them (check/suspectFindings.ts), with the tree checker's own functions, so the
 * two cannot say it differently.
 *
 * Offsets are relative to the frame's '[', as everything a frame's core keeps (textFrames.ts).
 */
import type { ValueNode } from '../../json/jsonTree';
import type { Field, ObjectType } from '../../ocpp/schema';

export type PayloadSuspect = ValueSuspect | UnknownFieldSuspect | DuplicateFieldSuspect | MissingFieldSuspect;

/** A value of the wrong JSON type or outside its type's limits: its node (parsed alone) and its field. */
export interface ValueSuspect {
  readonly kind: 'value';
  readonly node: ValueNode;
  /** For an array's item, the field with the item type, as the tree checker passes it down. */
  readonly field: Field;
}

export interface UnknownFieldSuspect {
  readonly kind: 'unknown-field';
  /** The key, with its quotes. */
  readonly offset: number;
  readonly length: number;
  readonly name: string;
  readonly owner: ObjectType;
  /** The owner's fields not yet seen in the object when this key came: what a misspelling may have meant. */
  readonly candidates: readonly string[];
}

/** A key the object has already shown (its value is not looked into). */
export interface DuplicateFieldSuspect {
  readonly kind: 'duplicate-field';
  /** The repeated key, with its quotes. */
  readonly offset: number;
  readonly length: number;
  readonly name: string;
  readonly owner: ObjectType;
}

export interface MissingFieldSuspect {
  readonly kind: 'missing-field';
  /** Where it is reported: the key holding the object, or the object's '{'. */
  readonly offset: number;
  readonly length: number;
  readonly owner: ObjectType;
  readonly field: Field;
}
