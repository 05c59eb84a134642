/**
 * A quick answer to "would the frame and payload checks find anything here?", asked of the value JSON.parse
 * made of one frame. Most frames of a log are fine; for those this is the whole check, and no syntax tree is
 * built. A frame this cannot vouch for goes through the tree-based checks (validateFrames.ts,
 * validatePayload.ts), which alone write diagnostics, so a message can never differ between the two paths.
 *
 * It must therefore never say "clean" where those checks would report: every doubt answers false. Duplicate
 * keys (which JSON.parse silently merges) are ruled out by the caller, and a decimal with a step needs the
 * number as written, which JSON.parse loses, so such values always take the tree path.
 */
import { maxUniqueIdLength, messageTypeById } from '../../ocpp/frames';
import type { Field, FieldType, ObjectType } from '../../ocpp/schema';
import { actionsByName, CallErrorCode } from '../../ocpp/v16';
import { StatusNotification } from '../../ocpp/v16/actions';
import { mainControllerStatuses } from '../../ocpp/v16/rules';
import { checkDateTime } from '../../text/dateTime';
import { characterCount, enumerationNamesOf, isAbsoluteUri } from '../check/validatePayload';

const callErrorCodes = new Set(CallErrorCode.values.map((v) => v.name));
const mainControllerStatusNames = new Set(mainControllerStatuses.map((v) => v.name));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * When validateFrame and, with `payloadType`, validateObject on the payload would report nothing: the number of
 * object members in the frame, for the caller to compare with the colons in its text (JSON.parse keeps only the
 * last of two equal keys, and a duplicate is a finding). -1 when the frame may have findings.
 */
export function cleanFrameMembers(frame: Json[], payloadType: ObjectType | undefined): number {
  if (!isCleanFrame(frame, payloadType)) return -1;
  return memberCount(frame);
}

function isCleanFrame(frame: Json[], payloadType: ObjectType | undefined): boolean {
  const messageType = typeof frame[0] === 'number' ? messageTypeById.get(frame[0]) : undefined;
  if (!messageType || messageType.onlyIn || frame.length !== messageType.elements.length) return false;
  const uniqueId = frame[1];
  if (typeof uniqueId !== 'string' || (uniqueId.length > maxUniqueIdLength && characterCount(uniqueId) > maxUniqueIdLength)) return false;
  let payload: Json;
  switch (messageType.name) {
    case 'CALL':
      if (typeof frame[2] !== 'string' || !actionsByName.has(frame[2])) return false;
      payload = frame[3];
      break;
    case 'CALLRESULT':
      payload = frame[2];
      break;
    case 'CALLERROR':
      if (typeof frame[2] !== 'string' || !callErrorCodes.has(frame[2]) || typeof frame[3] !== 'string') return false;
      payload = frame[4];
      break;
    default:
      return false;
  }
  if (!isObject(payload)) return false;
  return !payloadType || isCleanObject(payload, payloadType);
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

const fieldMaps = new WeakMap<ObjectType, Map<string, Field>>();

function fieldsOf(type: ObjectType): Map<string, Field> {
  let fields = fieldMaps.get(type);
  if (!fields) {
    fields = new Map(type.fields.map((f) => [f.name, f]));
    fieldMaps.set(type, fields);
  }
  return fields;
}

function isCleanObject(object: { [key: string]: Json }, type: ObjectType): boolean {
  const fields = fieldsOf(type);
  let known = 0;
  for (const name in object) {
    const field = fields.get(name);
    if (!field || !isCleanValue(object[name], field.type)) return false;
    known++;
  }
  // Every member is a field; the required ones must all be among them.
  if (known < type.fields.length) {
    for (const field of type.fields) if (field.required && !Object.hasOwn(object, field.name)) return false;
  }
  // The one enumeration whose values depend on a sibling (validatePayload's restrictedValues).
  if (type === StatusNotification.request && object.connectorId === 0 && !mainControllerStatusNames.has(object.status as string)) {
    return false;
  }
  return true;
}

function isCleanValue(value: Json, type: FieldType): boolean {
  switch (type.kind) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) &&
        (type.min === undefined || value >= type.min) && (type.max === undefined || value <= type.max);
    case 'decimal':
      return typeof value === 'number' && type.multipleOf === undefined && (type.min === undefined || value >= type.min);
    case 'string':
      if (typeof value !== 'string') return false;
      if (type.format === 'uri' && !isAbsoluteUri(value)) return false;
      return type.maxLength === undefined || value.length <= type.maxLength || characterCount(value) <= type.maxLength;
    case 'dateTime':
      return typeof value === 'string' && checkDateTime(value) === undefined;
    case 'enum':
      return typeof value === 'string' && enumerationNamesOf(type.enumeration).known.has(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'object':
      return isObject(value) && isCleanObject(value, type.object);
    case 'array': {
      if (!Array.isArray(value) || (type.minItems !== undefined && value.length < type.minItems)) return false;
      for (const item of value) if (!isCleanValue(item, type.items)) return false;
      return true;
    }
  }
}
