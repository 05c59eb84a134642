/**
 * Drafts the OCPP 2.1 catalog (server/src/ocpp/v21/) as data over the 2.0.1 one, from the official 2.1 JSON schemas
 * that ocpp-rpc ships: a type, enumeration or message 2.1 keeps unchanged is the 2.0.1 one; one it changes is
 * derived from it (derive.ts: retyped fields, new required lists, added fields and values marked "2.1"); one it adds
 * is written out. Drafted `doc`s of what 2.1 adds are empty and were written by hand from the specification. Run
 * once to start the catalog; it refuses to overwrite an existing file without --force.
 *
 *   npx tsx scripts/draft21.ts [--force]
 */
import { join } from 'node:path';
import { catalogWriter, quote, readOfficialSchemas, repositoryRoot as root, type JsonSchema } from './catalogDraft';


const target = join(root, 'server/src/ocpp/v21');
const schemas201 = readOfficialSchemas('ocpp2_0_1.json');
const schemas21 = readOfficialSchemas('ocpp2_1.json');

/**
 * The facts of a schema without OCA's words, for comparing versions: keys sorted, and without what changes no
 * value's validity (2.1 gives its enumerations an `additionalProperties`, which only objects heed).
 */
const facts = (s: unknown): string => JSON.stringify(s, (k, v) => {
  if (k === 'description' || k === 'javaType' || k === 'comment') return undefined;
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) if (!(key === 'additionalProperties' && v.enum)) sorted[key] = v[key];
    return sorted;
  }
  return v;
});

// Every definition of each version once, and each message as a definition named like 2.1's ($id without "urn:").
function definitionsOf(schemas: JsonSchema[], messageName: (id: string) => string): Map<string, JsonSchema> {
  const map = new Map<string, JsonSchema>();
  for (const schema of schemas) {
    for (const [name, d] of Object.entries(schema.definitions ?? {})) map.set(name, d);
    map.set(messageName(schema.$id as string), { type: 'object', properties: schema.properties, required: schema.required });
  }
  return map;
}
const defs201 = definitionsOf(schemas201, (id) => id.replace('urn:', '').replace(/\.req$/, 'Request').replace(/\.conf$/, 'Response'));
const defs21 = definitionsOf(schemas21, (id) => id.replace('urn:', ''));
const isMessage = (name: string) => schemas21.some((s) => s.$id === `urn:${name}`);
const refName = (ref: string) => ref.replace('#/definitions/', '');
const refsOf = (s: JsonSchema): string[] => {
  const found: string[] = [];
  JSON.stringify(s, (k, v) => {
    if (k === '$ref') found.push(refName(v));
    return v;
  });
  return found;
};

/** 2.1 enumerations that 2.0.1 had as enumerations and 2.1 made strings with an appendix's values. */
const openEnumerations: Record<string, { name: string; file: string; values: string[] }> = {
  type: { name: 'IdTokenEnumStringType', file: 'idtoken', values: ['Central', 'DirectPayment', 'eMAID', 'EVCCID', 'ISO14443', 'ISO15693', 'KeyCode', 'Local', 'MacAddress', 'NoAuthorization', 'VIN'] },
  chargingLimitSource: { name: 'ChargingLimitSourceEnumStringType', file: 'limit', values: ['EMS', 'Other', 'SO', 'CSO'] },
  connectorType: { name: 'ConnectorEnumStringType', file: 'connector', values: [
    'cCCS1', 'cCCS2', 'cChaoJi', 'cG105', 'cGBT-DC', 'cLECCS', 'cMCS', 'cNACS', 'cNACS-CCS1', 'cCCS1-NACS', 'cTesla', 'cType1', 'cType2',
    'cUltraChaoJi', 's309-1P-16A', 's309-1P-32A', 's309-3P-16A', 's309-3P-32A', 'sBS1361', 'sCEE-7-7', 'sType1', 'sType2', 'sType3',
    'wInductive', 'wResonant', 'Other1PhMax16A', 'Other1PhOver16A', 'Other3Ph', 'Pan', 'Undetermined', 'Unknown'] },
};
/** Fields of 2.0.1 whose enumeration 2.1 turned into such a string, by owner: owner.field → the known values. */
function openEnumerationOf(owner: string, field: string): (typeof openEnumerations)[string] | undefined {
  const before = defs201.get(owner)?.properties?.[field];
  const inner = before?.type === 'array' ? before.items : before;
  if (!inner?.$ref || !defs201.get(refName(inner.$ref))?.enum) return undefined;
  return openEnumerations[field];
}

// A definition is kept as 2.0.1 has it when its facts are equal and everything it refers to is kept too.
const kept = new Set<string>();
for (let changed = true; changed;) {
  changed = false;
  for (const [name, d] of defs21) {
    if (kept.has(name) || !defs201.has(name) || facts(defs201.get(name)) !== facts(d)) continue;
    if (refsOf(d).every((r) => kept.has(r))) {
      kept.add(name);
      changed = true;
    }
  }
}

const isEnum = (name: string) => !!defs21.get(name)?.enum;

function typeExpression(s: JsonSchema, owner: string, field: string): string {
  if (s.$ref) {
    const name = refName(s.$ref);
    return isEnum(name) ? `enumOf(${name})` : `objectOf(${name})`;
  }
  switch (s.type) {
    case 'string': {
      if (s.format === 'date-time') return 'dateTime()';
      const open = openEnumerationOf(owner, field);
      if (open) return s.maxLength === undefined ? `openEnumeration(${open.name})` : `openEnumeration(${open.name}, ${s.maxLength})`;
      return s.maxLength === undefined ? 'string()' : `string(${s.maxLength})`;
    }
    case 'integer':
    case 'number': {
      const limits = [s.minimum !== undefined ? `min: ${s.minimum}` : '', s.maximum !== undefined ? `max: ${s.maximum}` : ''].filter(Boolean);
      const builder = s.type === 'integer' ? 'integer' : 'decimal';
      return limits.length ? `${builder}({ ${limits.join(', ')} })` : `${builder}()`;
    }
    case 'boolean':
      return 'boolean()';
    case 'array': {
      const limits = [s.minItems !== undefined ? `minItems: ${s.minItems}` : '', s.maxItems !== undefined ? `maxItems: ${s.maxItems}` : ''].filter(Boolean);
      const items = typeExpression(s.items as JsonSchema, owner, field);
      return limits.length ? `arrayOf(${items}, { ${limits.join(', ')} })` : `arrayOf(${items})`;
    }
    case undefined:
      return 'anyValue()';
    default:
      throw new Error(`type ${s.type} at ${owner}.${field}`);
  }
}

function fieldLine(owner: string, name: string, s: JsonSchema, required: boolean, indent: string): string {
  const fallback = s.default ?? (s.$ref ? defs21.get(refName(s.$ref))?.default : undefined);
  const options = [required ? 'required: true' : '', fallback !== undefined ? `default: ${JSON.stringify(fallback).replace(/"/g, "'")}` : '', "doc: ''"]
    .filter(Boolean).join(', ');
  return `${indent}field(${quote(name)}, ${typeExpression(s, owner, name)}, { ${options} }),`;
}

/** A new object: every field written out. */
function newObject(name: string, d: JsonSchema, indent: string): string[] {
  const required = new Set(d.required ?? []);
  return [
    `ocppObject(${quote(name)}, [`,
    ...Object.entries(d.properties ?? {}).filter(([f]) => f !== 'customData').map(([f, s]) => fieldLine(name, f, s, required.has(f), `${indent}  `)),
    `${indent}])`,
  ];
}

/** A changed object: derived from 2.0.1's, with what differs. */
function derivedObject(name: string, base: string, d: JsonSchema, indent: string): string[] {
  const before = defs201.get(name) as JsonSchema;
  const retype: string[] = [];
  const add: string[] = [];
  const required = new Set(d.required ?? []);
  for (const [f, s] of Object.entries(d.properties ?? {})) {
    if (f === 'customData') continue;
    const old = before.properties?.[f];
    if (!old) add.push(fieldLine(name, f, s, required.has(f), `${indent}    `));
    else if (facts(old) !== facts(s) || refsOf(s).some((r) => !kept.has(r))) retype.push(`${indent}    ${f}: ${typeExpression(s, name, f)},`);
  }
  const removed = Object.keys(before.properties ?? {}).filter((f) => !d.properties?.[f]);
  if (removed.length) throw new Error(`${name} drops ${removed.join(', ')}`);
  const requiredChanged = facts([...(before.required ?? [])].sort()) !== facts([...(d.required ?? [])].sort());
  return [
    `deriveObject(${base}, '2.1', {`,
    ...(retype.length ? [`${indent}  retype: {`, ...retype, `${indent}  },`] : []),
    ...(requiredChanged ? [`${indent}  required: [${(d.required ?? []).map(quote).join(', ')}],`] : []),
    ...(add.length ? [`${indent}  add: [`, ...add, `${indent}  ],`] : []),
    `${indent}})`,
  ];
}

/** The names of `names` that `text` uses, for imports that import nothing unused. */
const usedIn = (text: string, names: readonly string[]) => names.filter((n) => new RegExp(`\\b${n}\\b`).test(text));
const builders = ['anyValue', 'arrayOf', 'boolean', 'dateTime', 'decimal', 'enumOf', 'field', 'integer', 'objectOf', 'openEnumeration', 'string'];
const builderUse = (text: string) => builders.filter((b) => new RegExp(`\\b${b}\\(`).test(text));

const write = catalogWriter(target);

// ---- enums.ts ----
const enumNames = [...defs21].filter(([, d]) => d.enum).map(([n]) => n).sort();
const keptEnums = enumNames.filter((n) => kept.has(n));
const enumLines: string[] = [];
for (const name of enumNames.filter((n) => !kept.has(n))) {
  const before = defs201.get(name);
  const values = defs21.get(name)?.enum ?? [];
  if (before?.enum) {
    const removed = before.enum.filter((v) => !values.includes(v));
    if (removed.length) throw new Error(`${name} drops ${removed.join(', ')}`);
    const added = values.filter((v) => !before.enum!.includes(v));
    enumLines.push(`export const ${name} = extendEnumeration(enums201.${name}, '2.1', [`, ...added.map((v) => `  { name: ${quote(v)}, doc: '' },`), ']);', '');
  } else {
    enumLines.push(`export const ${name} = enumeration(${quote(name)}, '', [`, ...values.map((v) => `  { name: ${quote(v)}, doc: '' },`), ']);', '');
  }
}
write('enums.ts', [
  "import { extendEnumeration } from '../derive';",
  "import { enumeration } from '../schema';",
  "import * as enums201 from '../v201/enums';",
  '',
  '/** The enumerations of OCPP 2.1 (P2-21 §3): those 2.0.1 has unchanged, those 2.1 extends, and those it adds. */',
  '',
  `export { ${keptEnums.join(', ')} } from '../v201/enums';`,
  '',
  ...enumLines,
  ...Object.values(openEnumerations).flatMap((o) => [
    `/** Appendix 7's values for a field that 2.1 made a string (it accepts others too). */`,
    `export const ${o.name} = enumeration(${quote(o.name)}, '', [`, ...o.values.map((v) => `  { name: ${quote(v)}, doc: '' },`), ']);', '']),
].join('\n'));

// ---- types.ts ----
const typeNames = [...defs21].filter(([n, d]) => !d.enum && n !== 'CustomDataType' && !isMessage(n)).map(([n]) => n);
const ordered: string[] = [];
function visit(name: string, path: string[] = []): void {
  if (ordered.includes(name) || !typeNames.includes(name)) return;
  if (path.includes(name)) throw new Error(`cycle ${path.join(' > ')}`);
  for (const used of refsOf(defs21.get(name) as JsonSchema)) visit(used, [...path, name]);
  ordered.push(name);
}
for (const name of [...typeNames].sort()) visit(name);
const typeLines: string[] = [];
for (const name of ordered.filter((n) => !kept.has(n))) {
  const d = defs21.get(name) as JsonSchema;
  const body = defs201.has(name) ? derivedObject(name, `types201.${name}`, d, '') : newObject(name, d, '');
  typeLines.push(`export const ${name} = ${body.join('\n')};`, '');
}
const allEnums = [...enumNames, ...Object.values(openEnumerations).map((o) => o.name)];
const typeText = typeLines.join('\n');
write('types.ts', [
  "import { deriveObject } from '../derive';",
  `import { ${builderUse(typeText).join(', ')} } from '../schema';`,
  "import { ocppObject } from '../v201/customData';",
  "import * as types201 from '../v201/types';",
  `import { ${usedIn(typeText, allEnums).join(', ')} } from './enums';`,
  '',
  '/** The datatypes of OCPP 2.1 (P2-21 §2): those 2.0.1 has unchanged, those 2.1 changes (derived), and new ones. */',
  '',
  `import { ${ordered.filter((n) => kept.has(n)).join(', ')} } from '../v201/types';`,
  '',
  `export { ${ordered.filter((n) => kept.has(n)).join(', ')} };`,
  '',
  ...typeLines,
].join('\n'));

// ---- actions.ts: every action, as 2.0.1 has it, derived from it, or new ----
const actionNames = [...new Set(schemas21.map((s) => (s.$id as string).replace('urn:', '').replace(/(Request|Response)$/, '')))].sort();
const actionLines: string[] = [];
for (const action of actionNames) {
  const messages = (['Request', 'Response'] as const).map((kind) => {
    // A message sent as a SEND has one schema, named after the action alone (NotifyPeriodicEventStream).
    const name = kind === 'Request' && !defs21.has(`${action}Request`) && defs21.has(action) ? action : `${action}${kind}`;
    const d = defs21.get(name);
    if (!d) return { name, expression: undefined };
    if (kept.has(name)) return { name, expression: `actions201.${action}.${kind === 'Request' ? 'request' : 'response'}!` };
    if (defs201.has(name)) {
      return { name, expression: derivedObject(name, `actions201.${action}.${kind === 'Request' ? 'request' : 'response'}!`, d, '  ').join('\n') };
    }
    return { name, expression: newObject(name, d, '  ').join('\n') };
  });
  const [request, response] = messages;
  if (defs201.has(`${action}Request`)) {
    actionLines.push(`export const ${action} = deriveAction(actions201.${action}, {`,
      `  request: ${request.expression},`, `  response: ${response.expression ?? 'undefined as never'},`, '});', '');
  } else {
    actionLines.push(`export const ${action}: ActionDefinition = {`, `  name: ${quote(action)},`, "  direction: 'Both',", "  profile: '',",
      '  useCases: [],', "  doc: '',", ...(request.expression ? [`  request: ${request.expression},`] : []),
      ...(response.expression ? [`  response: ${response.expression},`] : []), '};', '');
  }
}
const actionText = actionLines.join('\n');
write('actions.ts', [
  "import { deriveAction, deriveObject } from '../derive';",
  `import { type ActionDefinition, ${builderUse(actionText).join(', ')} } from '../schema';`,
  "import { ocppObject } from '../v201/customData';",
  "import * as actions201 from '../v201/actions';",
  `import { ${usedIn(actionText, allEnums).join(', ')} } from './enums';`,
  `import { ${usedIn(actionText, typeNames).join(', ')} } from './types';`,
  '',
  '/** The actions of OCPP 2.1 (P2-21 §1): 2.0.1\'s, derived where 2.1 changed their messages, and the new ones. */',
  '',
  ...actionLines,
].join('\n'));
console.log(`${enumNames.length} enumerations (${keptEnums.length} as in 2.0.1), ${ordered.length} datatypes (${ordered.filter((n) => kept.has(n)).length} as in 2.0.1), ${actionNames.length} actions`);
