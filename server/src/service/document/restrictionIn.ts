/** The catalog's value restrictions (ocpp/restrictions.ts) applied to an object of a syntax tree. */
import type { ObjectNode } from '../../json/jsonTree';
import { propertyOf } from '../../json/treeQueries';
import type { Catalog } from '../../ocpp/catalog';
import { restrictionWhen, type ValueRestriction } from '../../ocpp/restrictions';
import type { ObjectType } from '../../ocpp/schema';

/** The restriction in force on `owner`'s field `field` in `object`, given the sibling values written there. */
export function restrictionIn(catalog: Catalog, owner: ObjectType, field: string, object: ObjectNode): ValueRestriction | undefined {
  return restrictionWhen(catalog.valueRestrictions, owner, field, (name) => {
    const value = propertyOf(object, name)?.value;
    return value?.type === 'number' || value?.type === 'string' ? value.value : undefined;
  });
}
