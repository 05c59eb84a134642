/** Walks the catalog's definitions, so generated artefacts and the version clues never keep lists of their own. */
import type { ActionDefinition, Enumeration, Field, ObjectType } from './schema';

/** Every field of the actions' payloads at any depth, depth first, each object type visited once. */
export function forEachField(actions: readonly ActionDefinition[], visit: (field: Field) => void): void {
  const seen = new Set<ObjectType>();
  const visitObject = (object: ObjectType): void => {
    if (seen.has(object)) return;
    seen.add(object);
    for (const field of object.fields) {
      visit(field);
      let type = field.type;
      while (type.kind === 'array') type = type.items;
      if (type.kind === 'object') visitObject(type.object);
    }
  };
  for (const action of actions) {
    if (action.request) visitObject(action.request);
    if (action.response) visitObject(action.response);
  }
}

/** Every enumeration the actions' payloads use, at any depth, each once, in first-use order. */
export function enumerationsOf(actions: readonly ActionDefinition[]): Enumeration[] {
  const found = new Set<Enumeration>();
  forEachField(actions, (field) => {
    let type = field.type;
    while (type.kind === 'array') type = type.items;
    if (type.kind === 'enum') found.add(type.enumeration);
  });
  return [...found];
}
