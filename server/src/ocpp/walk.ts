/** Walks the catalog's definitions, so generated artefacts (grammar, docs) never keep lists of their own. */
import type { ActionDefinition, Enumeration, FieldType, ObjectType } from './schema';

/** Every enumeration the actions' payloads use, at any depth, each once, in first-use order. */
export function enumerationsOf(actions: readonly ActionDefinition[]): Enumeration[] {
  const found = new Set<Enumeration>();
  const seenObjects = new Set<ObjectType>();
  const visitType = (type: FieldType): void => {
    if (type.kind === 'enum') found.add(type.enumeration);
    else if (type.kind === 'array') visitType(type.items);
    else if (type.kind === 'object') visitObject(type.object);
  };
  const visitObject = (object: ObjectType): void => {
    if (seenObjects.has(object)) return;
    seenObjects.add(object);
    for (const field of object.fields) visitType(field.type);
  };
  for (const action of actions) {
    if (action.request) visitObject(action.request);
    if (action.response) visitObject(action.response);
  }
  return [...found];
}
