/**
 * What the token checker (tokenCheck.ts) found wrong in a frame it could still read whole: in the payload, values
 * that do not fit their field, fields the type does not have or that come twice, required fields that are missing;
 * in the frame itself, a MessageTypeId, action or CALLERROR code the version does not have, a uniqueId too long,
 * a payload that is not an object, too few or too many elements. It notes where and against what, and goes on to the frame's end,
 * rather than handing the frame to the tree checker: in a log with defects, most defective frames have only such
 * findings, and building their trees (twice: once to read the frame, once for its findings) and checking them took
 * about a sixth of the 10 MB 1.6 log's cold check (CPU profiles). The check layer words them
 * (check/suspectFindings.ts), with the tree checker's own functions, so the two cannot say it differently.
 *
 * Offsets are relative to the frame's '[', as everything a frame's core keeps (textFrames.ts).
 */
import type { ValueNode } from '../../json/jsonTree';
import type { MessageType } from '../../ocpp/frames';
import type { Field, ObjectType } from '../../ocpp/schema';

export type Suspect = FrameSuspect | PayloadSuspect;

export type FrameSuspect = MessageTypeSuspect | ElementSuspect | FrameLengthSuspect;

/**
 * A MessageTypeId the version does not have (a number that is none, or another version's type), which is all the
 * tree checker says of such a frame: its node, parsed alone, and the type it is elsewhere.
 */
export interface MessageTypeSuspect {
  readonly kind: 'message-type';
  readonly node: ValueNode;
  readonly messageType: MessageType | undefined;
}

export type PayloadSuspect = ValueSuspect | UnknownFieldSuspect | DuplicateFieldSuspect | MissingFieldSuspect;

/**
 * A frame element the version does not take: a uniqueId too long, an action name or CALLERROR code it does not
 * have, a payload (or errorDetails) that is not an object. Its node, parsed alone.
 */
export interface ElementSuspect {
  readonly kind: 'unique-id' | 'action' | 'error-code' | 'payload';
  readonly node: ValueNode;
  readonly messageType: MessageType;
}

/** A frame with more or fewer elements than its type's layout. */
export interface FrameLengthSuspect {
  readonly kind: 'frame-length';
  readonly messageType: MessageType;
  /** How many elements the frame has. */
  readonly count: number;
  /** The extra elements, or (for too few) the closing bracket where the missing ones belong. */
  readonly offset: number;
  readonly length: number;
}

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
