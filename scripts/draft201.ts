/**
 * Drafts the OCPP 2.0.1 catalog (server/src/ocpp/v201/) from the official JSON schemas that ocpp-rpc ships:
 * names, types, limits, required fields, defaults and enumeration values. It was run once to start the catalog;
 * what is committed is our catalog, in our format, with descriptions we wrote (the drafted `doc`s are empty and
 * were filled in by hand from the specification). It refuses to overwrite an existing catalog file.
 *
 * test/catalog201.test.ts compares the committed catalog with the schemas field by field, so they cannot drift.
 *
 *   npx tsx scripts/draft201.ts [--force]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogWriter, quote, readOfficialSchemas, repositoryRoot as root, type JsonSchema } from './catalogDraft';


const target = join(root, 'server/src/ocpp/v201');
const schemas = readOfficialSchemas('ocpp2_0_1.json');

/** Functional blocks (P2-201 chapters A-P) and each action's direction. */
const blocks: Record<string, { title: string; file: string; actions: Record<string, 'ToCsms' | 'ToStation' | 'Both'> }> = {
  A: { title: 'A Security', file: 'security', actions: { CertificateSigned: 'ToStation', SecurityEventNotification: 'ToCsms', SignCertificate: 'ToCsms' } },
  B: { title: 'B Provisioning', file: 'provisioning', actions: {
    BootNotification: 'ToCsms', GetBaseReport: 'ToStation', GetReport: 'ToStation', GetVariables: 'ToStation', NotifyReport: 'ToCsms',
    Reset: 'ToStation', SetNetworkProfile: 'ToStation', SetVariables: 'ToStation' } },
  C: { title: 'C Authorization', file: 'authorization', actions: { Authorize: 'ToCsms', ClearCache: 'ToStation' } },
  D: { title: 'D LocalAuthorizationListManagement', file: 'localAuthorizationList', actions: { GetLocalListVersion: 'ToStation', SendLocalList: 'ToStation' } },
  E: { title: 'E Transactions', file: 'transactions', actions: { GetTransactionStatus: 'ToStation', TransactionEvent: 'ToCsms' } },
  F: { title: 'F RemoteControl', file: 'remoteControl', actions: {
    RequestStartTransaction: 'ToStation', RequestStopTransaction: 'ToStation', TriggerMessage: 'ToStation', UnlockConnector: 'ToStation' } },
  G: { title: 'G Availability', file: 'availability', actions: { ChangeAvailability: 'ToStation', Heartbeat: 'ToCsms', StatusNotification: 'ToCsms' } },
  H: { title: 'H Reservation', file: 'reservation', actions: { CancelReservation: 'ToStation', ReservationStatusUpdate: 'ToCsms', ReserveNow: 'ToStation' } },
  I: { title: 'I TariffAndCost', file: 'tariffAndCost', actions: { CostUpdated: 'ToStation' } },
  J: { title: 'J MeterValues', file: 'meterValues', actions: { MeterValues: 'ToCsms' } },
  K: { title: 'K SmartCharging', file: 'smartCharging', actions: {
    ClearChargingProfile: 'ToStation', ClearedChargingLimit: 'ToCsms', GetChargingProfiles: 'ToStation', GetCompositeSchedule: 'ToStation',
    NotifyChargingLimit: 'ToCsms', NotifyEVChargingNeeds: 'ToCsms', NotifyEVChargingSchedule: 'ToCsms', ReportChargingProfiles: 'ToCsms',
    SetChargingProfile: 'ToStation' } },
  L: { title: 'L FirmwareManagement', file: 'firmwareManagement', actions: {
    FirmwareStatusNotification: 'ToCsms', PublishFirmware: 'ToStation', PublishFirmwareStatusNotification: 'ToCsms', UnpublishFirmware: 'ToStation',
    UpdateFirmware: 'ToStation' } },
  M: { title: 'M ISO15118CertificateManagement', file: 'certificateManagement', actions: {
    DeleteCertificate: 'ToStation', Get15118EVCertificate: 'ToCsms', GetCertificateStatus: 'ToCsms', GetInstalledCertificateIds: 'ToStation',
    InstallCertificate: 'ToStation' } },
  N: { title: 'N Diagnostics', file: 'diagnostics', actions: {
    ClearVariableMonitoring: 'ToStation', CustomerInformation: 'ToStation', GetLog: 'ToStation', GetMonitoringReport: 'ToStation',
    LogStatusNotification: 'ToCsms', NotifyCustomerInformation: 'ToCsms', NotifyEvent: 'ToCsms', NotifyMonitoringReport: 'ToCsms',
    SetMonitoringBase: 'ToStation', SetMonitoringLevel: 'ToStation', SetVariableMonitoring: 'ToStation' } },
  O: { title: 'O DisplayMessage', file: 'displayMessage', actions: {
    ClearDisplayMessage: 'ToStation', GetDisplayMessages: 'ToStation', NotifyDisplayMessages: 'ToCsms', SetDisplayMessage: 'ToStation' } },
  P: { title: 'P DataTransfer', file: 'dataTransfer', actions: { DataTransfer: 'Both' } },
};

const directionConstant = { ToCsms: 'STATION_TO_CSMS', ToStation: 'CSMS_TO_STATION', Both: 'BOTH' } as const;

// The spec's field tables say which strings are identifierStrings ("transactionId | identifierString[0..36] | ...").
const identifierStrings = new Set<string>();
for (const line of readFileSync(join(root, '../shared/reference/ocpp/p2_201.txt'), 'utf8').split('\n')) {
  const m = /^(\w+) \| identifierString\[0\.\.(\d+)\]/.exec(line);
  if (m) identifierStrings.add(`${m[1]}/${m[2]}`);
}

// Every definition, once: the schemas repeat shared types in each message, identical but for descriptions.
const definitions = new Map<string, JsonSchema>();
for (const schema of schemas) for (const [name, d] of Object.entries(schema.definitions ?? {})) definitions.set(name, d);
const refName = (ref: string) => ref.replace('#/definitions/', '');


function typeExpression(s: JsonSchema, fieldName: string, uses: Set<string>): string {
  if (s.$ref) {
    const name = refName(s.$ref);
    uses.add(name);
    return definitions.get(name)?.enum ? `enumOf(${name})` : `objectOf(${name})`;
  }
  switch (s.type) {
    case 'string':
      if (s.enum) throw new Error(`inline enum at ${fieldName}`);
      if (s.format === 'date-time') return 'dateTime()';
      if (s.format) throw new Error(`format ${s.format} at ${fieldName}`);
      if (s.maxLength === undefined) return 'string()';
      return identifierStrings.has(`${fieldName}/${s.maxLength}`) ? `identifierString(${s.maxLength})` : `string(${s.maxLength})`;
    case 'integer': {
      const limits = [s.minimum !== undefined ? `min: ${s.minimum}` : '', s.maximum !== undefined ? `max: ${s.maximum}` : ''].filter(Boolean);
      return limits.length ? `integer({ ${limits.join(', ')} })` : 'integer()';
    }
    case 'number':
      if (s.minimum !== undefined || s.maximum !== undefined) throw new Error(`number limits at ${fieldName}`);
      return 'decimal()';
    case 'boolean':
      return 'boolean()';
    case 'array': {
      const limits = [s.minItems !== undefined ? `minItems: ${s.minItems}` : '', s.maxItems !== undefined ? `maxItems: ${s.maxItems}` : ''].filter(Boolean);
      const items = typeExpression(s.items as JsonSchema, fieldName, uses);
      return limits.length ? `arrayOf(${items}, { ${limits.join(', ')} })` : `arrayOf(${items})`;
    }
    case undefined:
      // anyType: DataTransfer's data.
      return 'anyValue()';
    default:
      throw new Error(`type ${s.type} at ${fieldName}`);
  }
}

/** The fields of an object, customData left out: ocppObject adds it to every object. */
function fieldLines(s: JsonSchema, uses: Set<string>, indent: string): string[] {
  const required = new Set(s.required ?? []);
  const lines: string[] = [];
  for (const [name, p] of Object.entries(s.properties ?? {})) {
    if (name === 'customData') continue;
    const fallback = p.default ?? (p.$ref ? definitions.get(refName(p.$ref))?.default : undefined);
    const options = [required.has(name) ? 'required: true' : '', fallback !== undefined ? `default: ${JSON.stringify(fallback).replace(/"/g, "'")}` : '', "doc: ''"]
      .filter(Boolean)
      .join(', ');
    lines.push(`${indent}field(${quote(name)}, ${typeExpression(p, name, uses)}, { ${options} }),`);
  }
  return lines;
}

const write = catalogWriter(target);

// ---- enums.ts ----
const enumNames = [...definitions].filter(([, d]) => d.enum).map(([n]) => n).sort();
write('enums.ts', [
  "import { enumeration } from '../schema';",
  '',
  '/** The enumerations of OCPP 2.0.1 (P2-201 §3), with the values of the official JSON schemas. */',
  '',
  ...enumNames.flatMap((name) => [
    `export const ${name} = enumeration(${quote(name)}, '', [`,
    ...(definitions.get(name)?.enum ?? []).map((v) => `  { name: ${quote(v)}, doc: '' },`),
    ']);',
    '',
  ]),
].join('\n'));

// ---- types.ts: the datatypes (P2-201 §2), each after the types it uses ----
const typeNames = [...definitions].filter(([n, d]) => !d.enum && n !== 'CustomDataType').map(([n]) => n);
const ordered: string[] = [];
const typeBodies = new Map<string, { lines: string[]; uses: Set<string> }>();
for (const name of typeNames) {
  const uses = new Set<string>();
  typeBodies.set(name, { lines: fieldLines(definitions.get(name) as JsonSchema, uses, '  '), uses });
}
function visit(name: string, path: string[] = []): void {
  if (ordered.includes(name) || !typeBodies.has(name)) return;
  if (path.includes(name)) throw new Error(`cycle ${path.join(' > ')}`);
  for (const used of typeBodies.get(name)?.uses ?? []) visit(used, [...path, name]);
  ordered.push(name);
}
for (const name of [...typeNames].sort()) visit(name);
const usedEnums = (uses: Iterable<string>) => [...uses].filter((u) => enumNames.includes(u)).sort();
const typeUses = new Set<string>();
for (const name of ordered) for (const u of typeBodies.get(name)?.uses ?? []) typeUses.add(u);
write('types.ts', [
  "import { arrayOf, boolean, dateTime, decimal, enumOf, field, identifierString, integer, objectOf, string } from '../schema';",
  "import { ocppObject } from './customData';",
  `import { ${usedEnums(typeUses).join(', ')} } from './enums';`,
  '',
  '/** The datatypes of OCPP 2.0.1 (P2-201 §2) that messages nest, each after the types it uses. */',
  '',
  ...ordered.flatMap((name) => [`export const ${name} = ocppObject(${quote(name)}, [`, ...(typeBodies.get(name)?.lines ?? []), ']);', '']),
].join('\n'));

// ---- actions/<block>.ts ----
const schemaOf = (action: string, kind: 'req' | 'conf') => schemas.find((s) => s.$id === `urn:${action}.${kind}`) as JsonSchema;
for (const block of Object.values(blocks)) {
  const uses = new Set<string>();
  const body: string[] = [];
  for (const [action, direction] of Object.entries(block.actions)) {
    const request = fieldLines(schemaOf(action, 'req'), uses, '    ');
    const response = fieldLines(schemaOf(action, 'conf'), uses, '    ');
    body.push(
      `export const ${action}: ActionDefinition = {`,
      `  name: ${quote(action)},`,
      `  direction: ${directionConstant[direction]},`,
      `  profile: ${quote(block.title)},`,
      '  useCases: [],',
      "  doc: '',",
      `  request: ocppObject(${quote(`${action}Request`)}, [`,
      ...request,
      '  ]),',
      `  response: ocppObject(${quote(`${action}Response`)}, [`,
      ...response,
      '  ]),',
      '};',
      '',
    );
  }
  const text = body.join('\n');
  const builders = ['anyValue', 'arrayOf', 'boolean', 'dateTime', 'decimal', 'enumOf', 'field', 'identifierString', 'integer', 'objectOf', 'string']
    .filter((b) => new RegExp(`\\b${b}\\(`).test(text));
  const directions = [...new Set(Object.values(block.actions).map((d) => directionConstant[d]))].sort();
  const types = [...uses].filter((u) => !enumNames.includes(u)).sort();
  write(`actions/${block.file}.ts`, [
    `import { type ActionDefinition, ${builders.join(', ')} } from '../../schema';`,
    `import { ocppObject } from '../customData';`,
    `import { ${directions.join(', ')} } from '../directions';`,
    ...(usedEnums(uses).length ? [`import { ${usedEnums(uses).join(', ')} } from '../enums';`] : []),
    ...(types.length ? [`import { ${types.join(', ')} } from '../types';`] : []),
    '',
    `/** Functional block ${block.title} (P2-201 chapter ${block.title[0]}). */`,
    '',
    text,
  ].join('\n'));
}
console.log(`${enumNames.length} enumerations, ${ordered.length} datatypes, ${Object.values(blocks).reduce((n, b) => n + Object.keys(b.actions).length, 0)} actions`);
