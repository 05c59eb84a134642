/**
 * A catalog's names as the token checker (tokenCheck.ts) looks them up: straight from the text's characters
 * (text/nameTable.ts), and each object type's fields numbered so that a clean object is checked with two bit
 * masks. Built once per catalog, type and enumeration, from the same definitions the tree checker reads.
 */
import type { Catalog } from '../../ocpp/catalog';
import { enumerationNamesOf } from '../../ocpp/fits';
import type { ValueRestriction } from '../../ocpp/restrictions';
import type { ActionDefinition, Enumeration, Field, FieldType, ObjectType } from '../../ocpp/schema';
import { NameTable } from '../../text/nameTable';

/** Fields are noted in two 31-bit masks: a type with more fields is never vouched for (none has over 42). */
export const maxMaskedFields = 62;

export interface TypeTable {
  readonly type: ObjectType;
  readonly fields: readonly Field[];
  /** Takes members it does not list (ObjectType.open). */
  readonly open: boolean;
  /** How to check each field's value, in the order of `fields`. */
  readonly plans: readonly FieldPlan[];
  /** Each field's index in `fields`. */
  readonly indexOf: NameTable<number>;
  /** The required fields, as masks of their indexes 0-30 and 31-61. */
  readonly requiredLow: number;
  readonly requiredHigh: number;
  /** The catalog's restrictions on this type, with the indexes of their fields; empty for nearly every type. */
  readonly restrictions: readonly RestrictionTable[];
}

/**
 * A field type with what checking a value of it looks up, found once rather than at every value: an object's
 * table, an enumeration's names, an array's items. Filled in when first needed (types reach far).
 */
export interface FieldPlan {
  readonly type: FieldType;
  object?: TypeTable;
  values?: NameTable<true>;
  items?: FieldPlan;
}

export interface RestrictionTable {
  readonly restriction: ValueRestriction;
  readonly field: number;
  readonly when: number;
  readonly allowed: NameTable<true>;
}

export interface CatalogTables {
  readonly actions: NameTable<ActionDefinition>;
  readonly errorCodes: NameTable<true>;
  /** The payload members the rules read facts from (RuleSet.factsMembers). */
  readonly factsMembers: ReadonlySet<string>;
  typeTable(type: ObjectType): TypeTable;
}

const tables = new WeakMap<Catalog, CatalogTables>();

export function catalogTables(catalog: Catalog): CatalogTables {
  let found = tables.get(catalog);
  if (!found) {
    found = build(catalog);
    tables.set(catalog, found);
  }
  return found;
}

function build(catalog: Catalog): CatalogTables {
  // Restrictions belong to a catalog, and one type object may serve two catalogs (2.1 reuses 2.0.1's): per catalog.
  const types = new Map<ObjectType, TypeTable>();
  return {
    actions: new NameTable(catalog.actionsByName),
    errorCodes: enumerationTable(catalog.callErrorCodes),
    factsMembers: catalog.rules.factsMembers,
    typeTable(type: ObjectType): TypeTable {
      let table = types.get(type);
      if (!table) {
        table = typeTableOf(type, catalog);
        types.set(type, table);
      }
      return table;
    },
  };
}

function typeTableOf(type: ObjectType, catalog: Catalog): TypeTable {
  let requiredLow = 0;
  let requiredHigh = 0;
  type.fields.forEach((field, i) => {
    if (!field.required) return;
    // A required field beyond the masks can never be seen, so such a type is never vouched for: safe.
    if (i < 31) requiredLow |= 1 << i;
    else if (i < maxMaskedFields) requiredHigh |= 1 << (i - 31);
    else requiredHigh = -1;
  });
  const indexOf = new NameTable(type.fields.map((f, i) => [f.name, i] as const));
  const restrictions = catalog.valueRestrictions.filter((r) => r.owner === type).map((restriction) => ({
    restriction,
    field: indexOf.get(restriction.field) ?? -1,
    when: indexOf.get(restriction.when.field) ?? -1,
    allowed: new NameTable(restriction.values.map((v) => [v.name, true] as const)),
  }));
  const plans = type.fields.map((f) => planOf(f.type));
  return { type, fields: type.fields, open: type.open === true, plans, indexOf, requiredLow, requiredHigh, restrictions };
}

export function planOf(type: FieldType): FieldPlan {
  return type.kind === 'enum' ? { type, values: enumerationTable(type.enumeration) } : { type };
}

const enumerations = new WeakMap<Enumeration, NameTable<true>>();

/** An enumeration's value names, from the list the tree checker reads (fits.ts). */
export function enumerationTable(enumeration: Enumeration): NameTable<true> {
  let table = enumerations.get(enumeration);
  if (!table) {
    table = new NameTable(enumerationNamesOf(enumeration).names.map((n) => [n, true] as const));
    enumerations.set(enumeration, table);
  }
  return table;
}
