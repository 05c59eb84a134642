/**
 * A quick answer to "would the frame and payload checks find anything here?", asked of the value JSON.parse
 * made of one frame. Reading a conversation asks the token checker (tokenCheck.ts) instead, which answers the
 * same from the text without making the value; this stays as its oracle in the tests (and as the reading the
 * benchmark compares it with). A frame neither can vouch for goes through the tree-based checks
 * (check/validateFrames.ts, check/validatePayload.ts), which alone write diagnostics.
 *
 * It must therefore never say "clean" where those checks would report: every doubt answers false. It decides
 * through the same table of frame layouts (ocpp/frames.ts) and the same value semantics (ocpp/fits.ts) as they
 * do. Duplicate keys (which JSON.parse silently merges) are ruled out by the caller, and a decimal with a step
 * needs the number as written, which JSON.parse loses, so such values always take the tree path.
 */
import { hasMessageType, isSentAs, type Catalog } from '../../ocpp/catalog';
import { enumerationNamesOf, fieldsOf, hasJsonType, scalarFault } from '../../ocpp/fits';
import { maxUniqueIdLength, messageTypeOf } from '../../ocpp/frames';
import { restrictionApplies } from '../../ocpp/restrictions';
import type { FieldType, ObjectType } from '../../ocpp/schema';
import { longerThan } from '../../text/words';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * When validateFrame and, with `payloadType`, validateObject on the payload would report nothing: the number of
 * object members in the frame, for the caller to compare with the colons in its text (JSON.parse keeps only the
 * last of two equal keys, and a duplicate is a finding). -1 when the frame may have findings.
 */
export function cleanFrameMembers(frame: Json[], payloadType: ObjectType | undefined, catalog: Catalog): number {
  if (!isCleanFrame(frame, payloadType, catalog)) return -1;
  return memberCount(frame);
}

function isCleanFrame(frame: Json[], payloadType: ObjectType | undefined, catalog: Catalog): boolean {
  const messageType = messageTypeOf(frame[0]);
  if (!messageType || !hasMessageType(catalog, messageType) || frame.length !== messageType.elements.length) return false;
  const uniqueId = frame[1];
  if (typeof uniqueId !== 'string' || longerThan(uniqueId, maxUniqueIdLength)) return false;
  if (messageType.actionIndex !== undefined) {
    const action = frame[messageType.actionIndex];
    const definition = typeof action === 'string' ? catalog.actionsByName.get(action) : undefined;
    if (!definition || !isSentAs(catalog, messageType, definition)) return false;
  }
  if (messageType.errorCodeIndex !== undefined) {
    const code = frame[messageType.errorCodeIndex];
    if (typeof code !== 'string' || !enumerationNamesOf(catalog.callErrorCodes).known.has(code)) return false;
  }
  if (messageType.errorDescriptionIndex !== undefined) {
    const description = frame[messageType.errorDescriptionIndex];
    if (typeof description !== 'string') return false;
    if (catalog.maxErrorDescriptionLength !== undefined && longerThan(description, catalog.maxErrorDescriptionLength)) return false;
  }
  const payload = frame[messageType.payloadIndex];
  if (!isObject(payload)) return false;
  return !payloadType || isCleanObject(payload, payloadType, catalog);
}

/**
 * The number of object members anywhere in a value: compared with the colons in its text to rule out duplicates.
 * With a stack of its own, since JSON.parse takes nesting far deeper than recursion could follow.
 */
export function memberCount(value: Json): number {
  let count = 0;
  const pending: Json[] = [value];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (typeof next !== 'object' || next === null) continue;
    if (Array.isArray(next)) {
      for (const item of next) if (typeof item === 'object' && item !== null) pending.push(item);
      continue;
    }
    for (const key in next) {
      count++;
      const item = next[key];
      if (typeof item === 'object' && item !== null) pending.push(item);
    }
  }
  return count;
}

const isObject = (value: Json): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isCleanObject(object: { [key: string]: Json }, type: ObjectType, catalog: Catalog): boolean {
  const fields = fieldsOf(type);
  let known = 0;
  for (const name in object) {
    const field = fields.get(name);
    if (!field && type.open) continue;
    if (!field || !isCleanValue(object[name], field.type, catalog)) return false;
    known++;
  }
  // Every member is a field; the required ones must all be among them.
  if (known < type.fields.length) {
    for (const field of type.fields) if (field.required && !Object.hasOwn(object, field.name)) return false;
  }
  // Values that a sibling narrows (connector 0's statuses): the catalog's restrictions, as the validator reads them.
  for (const restriction of catalog.valueRestrictions) {
    if (restriction.owner !== type || !restrictionApplies(restriction, object[restriction.when.field])) continue;
    const value = object[restriction.field];
    if (typeof value === 'string' && !restriction.values.some((v) => v.name === value)) return false;
  }
  return true;
}

function isCleanValue(value: Json, type: FieldType, catalog: Catalog): boolean {
  if (!hasJsonType(type, value)) return false;
  switch (type.kind) {
    case 'object':
      return isCleanObject(value as { [key: string]: Json }, type.object, catalog);
    case 'array': {
      const items = value as Json[];
      if (type.minItems !== undefined && items.length < type.minItems) return false;
      if (type.maxItems !== undefined && items.length > type.maxItems) return false;
      for (const item of items) if (!isCleanValue(item, type.items, catalog)) return false;
      return true;
    }
    default:
      return scalarFault(type, value as string | number | boolean) === undefined;
  }
}
