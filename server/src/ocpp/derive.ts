/**
 * A later version of OCPP as data over an earlier one: where 2.1 keeps a 2.0.1 message, type or enumeration, or
 * extends it with optional fields or values, its catalog says so with these builders instead of copying it. What a
 * version adds is marked with that version (`since`), so a hover can say "new in 2.1".
 */
import type { ActionDefinition, EnumValue, Enumeration, Field, FieldType, ObjectType } from './schema';

export interface ObjectChanges {
  /** Fields whose type changed (a longer string, a new minimum, a type that itself changed), by name. */
  readonly retype?: Readonly<Record<string, FieldType>>;
  /** The required fields, when they changed. */
  readonly required?: readonly string[];
  /** Fields the later version added. */
  readonly add?: readonly Field[];
}

/** `base` as `version` has it: same name and fields, changed where `changes` says, the added fields marked. */
export function deriveObject(base: ObjectType, version: string, changes: ObjectChanges): ObjectType {
  const required = changes.required && new Set(changes.required);
  const kept = base.fields.map((field): Field => {
    const type = changes.retype?.[field.name] ?? field.type;
    const isRequired = required ? required.has(field.name) : field.required;
    return type === field.type && isRequired === field.required ? field : { ...field, type, required: isRequired };
  });
  const added = (changes.add ?? []).map((field): Field => ({ ...field, since: version }));
  // customData stays last, as in every object of the catalogs.
  const at = kept.findIndex((f) => f.name === 'customData');
  const fields = at < 0 ? [...kept, ...added] : [...kept.slice(0, at), ...added, ...kept.slice(at)];
  return base.open ? { name: base.name, fields, open: true } : { name: base.name, fields };
}

/** `base` with the values `version` added, marked. */
export function extendEnumeration(base: Enumeration, version: string, added: readonly EnumValue[]): Enumeration {
  const values = [...base.values, ...added.map((v) => ({ ...v, since: version }))];
  return base.usual === undefined ? { name: base.name, doc: base.doc, values } : { name: base.name, doc: base.doc, values, usual: base.usual };
}

/** An action `version` keeps, with its request and response as that version has them. */
export function deriveAction(base: ActionDefinition, messages: { request: ObjectType; response: ObjectType }): ActionDefinition {
  return { ...base, request: messages.request, response: messages.response };
}
