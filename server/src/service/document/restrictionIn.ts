/** The catalog's value restrictions (ocpp/restrictions.ts) applied to an object of a syntax tree. */
import type { ObjectNode } from '../../json/jsonTree';
import { propertyOf } from '../../json/treeQueries';
import type { Catalog } from '../../ocpp/catalog';
import { restrictionApplies, restrictionOf, type ValueRestriction } from '../../ocpp/restrictions';
import type { ObjectType } from '../../ocpp/schema';

/** The restriction in force on `owner`'s field `field` in `object`, given the sibling values written there. */
export function restrictionIn(catalog: Catalog, owner: ObjectType, field: string, object: ObjectNode): ValueRestriction | undefined {
  // Asked for every enumeration value in a document: the catalog's few restrictions are looked at first.
  const restriction = restrictionOf(catalog.valueRestrictions, owner, field);
  if (!restriction) return undefined;
  const sibling = propertyOf(object, restriction.when.field)?.value;
  const value = sibling?.type === 'number' || sibling?.type === 'string' ? sibling.value : undefined;
  return restrictionApplies(restriction, value) ? restriction : undefined;
}
