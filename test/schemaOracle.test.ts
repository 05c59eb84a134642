/**
 * Differential test against the official OCPP 1.6 JSON schemas (issue 4 §5). The schemas, checked by ajv with
 * ajv-formats, are the oracle: for every generated message, our verdict (valid = no error diagnostic) must be
 * the schema's, unless a documented known difference (test/support/oracleDifferences.ts) explains why not.
 *
 * The corpus is generated from the schemas themselves with a fixed seed: random valid messages for all 78
 * payloads, mutations of each that break one thing, systematic variations of every field (each enumeration
 * value, each length limit, each wrong type, ...), and messages aimed at each known difference so every one of
 * them is seen. A sample is also wrapped in a CALL frame, a CALL + CALLRESULT conversation and a lone CALLRESULT,
 * which must get the bare payload's verdict.
 *
 * Set ORACLE_TABLE=1 to print, per kind of message, how often each pair of verdicts occurred.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ErrorObject } from 'ajv';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { FieldType, ObjectType } from '../server/src/ocpp/schema';
import { actionsByName } from '../server/src/ocpp/v16';
import { getLanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';
import { catalogMinimums, knownDifferences, type KnownDifference, type Message } from './support/oracleDifferences';
import { systematicSamples } from './support/oracleCoverage';
import { mutations, Random, validValue } from './support/oracleGenerator';
import { loadOfficialPayloads, locationsOf, remove, schemaVerdict, withValueAt, type Payload } from './support/oracleSchemas';

const seed = 20240501;
const validPerPayload = 40;
/** Aimed messages tried per payload and difference (most differences apply to a few payloads only). */
const aimedPerPayload = 4;
/** One message in this many is also checked inside a frame, a conversation and a lone CALLRESULT. */
const frameSampleEvery = 10;

const service = getLanguageService({ catalogs });
let documentVersion = 0;

// ---------------------------------------------------------------------------------------------------------------
// Verdicts
// ---------------------------------------------------------------------------------------------------------------

interface OurVerdict {
  readonly valid: boolean;
  readonly errors: readonly Diagnostic[];
}

function ourVerdictOn(uri: string, text: string): OurVerdict {
  const document = TextDocument.create(uri, 'ocpp', ++documentVersion, text);
  const errors = service.doValidation(document).filter((d) => d.severity === 1);
  return { valid: errors.length === 0, errors };
}

/** A bare payload file named after its message, which the service checks as that message. */
const payloadUri = (payload: Payload) => `file:///oracle/${payload.name}.json`;

const ourVerdict = (payload: Payload, value: unknown) => ourVerdictOn(payloadUri(payload), JSON.stringify(value));

/** Is the catalog describing this payload? Payloads it does not describe are left unchecked by the service. */
function describedByCatalog(payload: Payload): boolean {
  return actionsByName.get(payload.action)?.[payload.kind] !== undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------------------------------------------

interface Sample extends Message {
  /** "valid", a mutation's name, a systematic variation, or "aimed: <difference>". */
  readonly origin: string;
  /** What the schema must say, as a check on the generator itself. */
  readonly schemaValid: boolean;
}

interface Comparison {
  readonly sample: Sample;
  readonly schema: { readonly valid: boolean; readonly errors: readonly ErrorObject[] };
  readonly ours: OurVerdict;
}

function buildCorpus(payloads: readonly Payload[], random: Random): Sample[] {
  const samples: Sample[] = [];
  for (const payload of payloads) {
    const valid: Sample[] = [];
    for (let i = 0; i < validPerPayload; i++) {
      valid.push({ payload, value: validValue(random, payload.schema, payload.schema), origin: 'valid', schemaValid: true });
    }
    samples.push(...valid);
    for (const base of valid) {
      const locations = locationsOf(base.value, payload.schema);
      for (const mutation of mutations) {
        const value = mutation.apply(base.value, locations, random);
        if (value !== undefined) samples.push({ payload, value, origin: mutation.name, schemaValid: false });
      }
    }
    const catalogType = actionsByName.get(payload.action)?.[payload.kind];
    for (const systematic of systematicSamples(payload, catalogType, random)) samples.push({ payload, ...systematic });
    for (const difference of knownDifferences) {
      for (const base of valid.slice(0, aimedPerPayload)) {
        const value = difference.aim(base, random);
        // We are stricter than the schema on messages it accepts, and laxer on messages it rejects.
        const schemaValid = difference.direction === 'stricter';
        if (value !== undefined) samples.push({ payload, value, origin: `aimed: ${difference.name}`, schemaValid });
      }
    }
  }
  return samples;
}

function compare(sample: Sample): Comparison {
  return { sample, schema: schemaVerdict(sample.payload, sample.value), ours: ourVerdict(sample.payload, sample.value) };
}

/**
 * The known differences that account for a disagreement, or undefined when none does. Every one of our error
 * codes (when we are stricter) or every schema error (when we are laxer) must be accounted for, so a deliberate
 * difference in a message cannot hide a real bug in the same message.
 */
function explain(c: Comparison): KnownDifference[] | undefined {
  const direction = c.schema.valid ? 'stricter' : 'laxer';
  const candidates = knownDifferences.filter((d) => d.direction === direction && d.appliesTo(c.sample));
  if (candidates.length === 0) return undefined;
  const accounted = direction === 'stricter'
    ? c.ours.errors.every((e) => candidates.some((d) => d.ourCodes?.includes(String(e.code))))
    : c.schema.errors.every((e) => candidates.some((d) => d.explainsSchemaError?.(e)));
  return accounted ? candidates : undefined;
}

const disagrees = (c: Comparison) => c.schema.valid !== c.ours.valid;

/** What kind of disagreement this is, so that many messages with the same cause are reported once. */
function signature(c: Comparison): string {
  const verdicts = c.schema.valid ? 'schema valid, ours invalid' : 'schema invalid, ours valid';
  const causes = c.schema.valid
    ? c.ours.errors.map((e) => e.code)
    // Array indexes left out: the third period's limit and the first one's are the same cause.
    : c.schema.errors.map((e) => `${e.instancePath.replace(/\/\d+/g, '/*') || '/'} ${e.keyword}${e.keyword === 'format' ? `:${e.params.format}` : ''}`);
  return `${c.sample.payload.name}, ${c.sample.origin}: ${verdicts} (${[...new Set(causes)].sort().join(', ')})`;
}

/**
 * A smaller message with the same disagreement, for a readable reproduction: drop optional parts one at a time
 * while the disagreement keeps its signature.
 */
function shrink(c: Comparison): Comparison {
  let best = c;
  for (let progress = true; progress;) {
    progress = false;
    const locations = locationsOf(best.sample.value, best.sample.payload.schema).filter((l) => l.path.length > 0).reverse();
    for (const location of locations) {
      const last = location.path[location.path.length - 1];
      const parentPath = location.path.slice(0, -1);
      const value = typeof last === 'number'
        ? withValueAt(best.sample.value, parentPath, (parentValue(best.sample.value, parentPath) as unknown[]).filter((_, i) => i !== last))
        : withValueAt(best.sample.value, location.path, remove);
      const candidate = compare({ ...best.sample, value });
      if (disagrees(candidate) && signature(candidate) === signature(best)) {
        best = candidate;
        progress = true;
        break;
      }
    }
  }
  return best;
}

function parentValue(message: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((v, step) => (v as Record<string | number, unknown>)[step], message);
}

function reproduction(c: Comparison): string {
  const small = shrink(c);
  const ours = small.ours.errors.map((e) => `${e.code}: ${e.message}`).join('; ') || 'no error';
  const schema = small.schema.errors.map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ') || 'valid';
  return `  ${signature(c)}\n    ${small.sample.payload.name}.json: ${JSON.stringify(small.sample.value)}\n    schema: ${schema}\n    ours: ${ours}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Frames: the same payload as a CALL, in a conversation, or as a lone CALLRESULT gets the same verdict.
// ---------------------------------------------------------------------------------------------------------------

/** A request of this action our service accepts, to open a conversation whose CALLRESULT is under test. */
function acceptedRequest(action: string, payloads: readonly Payload[], random: Random): unknown {
  const request = payloads.find((p) => p.action === action && p.kind === 'request')!;
  for (let i = 0; i < 50; i++) {
    const value = validValue(random, request.schema, request.schema);
    if (ourVerdict(request, value).valid) return value;
  }
  throw new Error(`no accepted ${action} request in 50 tries`);
}

function framedVerdicts(sample: Sample, payloads: readonly Payload[], random: Random): { wrapping: string; valid: boolean }[] {
  const { payload, value } = sample;
  if (payload.kind === 'request') {
    return [{ wrapping: 'CALL frame', valid: ourVerdictOn('file:///oracle/call.json', JSON.stringify([2, 'oracle-1', payload.action, value])).valid }];
  }
  const request = acceptedRequest(payload.action, payloads, random);
  const conversation = [[2, 'oracle-1', payload.action, request], [3, 'oracle-1', value]];
  return [
    { wrapping: 'CALL + CALLRESULT conversation', valid: ourVerdictOn('file:///oracle/conversation.json', JSON.stringify(conversation)).valid },
    { wrapping: 'lone CALLRESULT', valid: ourVerdictOn(payloadUri(payload), JSON.stringify([3, 'oracle-1', value])).valid },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// The catalog's minimums, to compare with the documented list
// ---------------------------------------------------------------------------------------------------------------

function minimumsInCatalog(): string[] {
  const found: string[] = [];
  const walk = (type: ObjectType, payload: string, prefix: string) => {
    for (const field of type.fields) {
      let fieldType: FieldType = field.type;
      while (fieldType.kind === 'array') fieldType = fieldType.items;
      const path = prefix + field.name;
      if ((fieldType.kind === 'integer' || fieldType.kind === 'decimal') && fieldType.min !== undefined) found.push(`${payload} ${path} >= ${fieldType.min}`);
      if (fieldType.kind === 'object') walk(fieldType.object, payload, `${path}.`);
    }
  };
  for (const action of actionsByName.values()) {
    if (action.request) walk(action.request, `${action.name}.req`, '');
    if (action.response) walk(action.response, `${action.name}.conf`, '');
  }
  return found.sort();
}

// ---------------------------------------------------------------------------------------------------------------
// Run once, then assert
// ---------------------------------------------------------------------------------------------------------------

const started = performance.now();
const payloads = loadOfficialPayloads();
const random = new Random(seed);
const corpus = buildCorpus(payloads, random);
const comparisons = corpus.map(compare);
const framed = comparisons
  .filter((_, i) => i % frameSampleEvery === 0)
  .map((c) => ({ c, wrapped: framedVerdicts(c.sample, payloads, random) }));

const undescribed = payloads.filter((p) => !describedByCatalog(p));
const disagreements = comparisons.filter(disagrees);
const checkedDisagreements = disagreements.filter((c) => describedByCatalog(c.sample.payload));
const explained = new Map<KnownDifference, number>(knownDifferences.map((d) => [d, 0]));
const unexplained: Comparison[] = [];
for (const c of checkedDisagreements) {
  const differences = explain(c);
  if (!differences) unexplained.push(c);
  else for (const d of differences) explained.set(d, explained.get(d)! + 1);
}

console.log(
  `schema oracle: ${comparisons.length} messages compared (${framed.length} also framed), ` +
  `${unexplained.length} unexplained disagreements, ` +
  `${disagreements.length - checkedDisagreements.length} on the ${undescribed.length} payloads the catalog lacks, ` +
  `in ${Math.round(performance.now() - started)} ms; known differences: ` +
  knownDifferences.map((d) => `${d.name} ×${explained.get(d)}`).join(', '),
);

describe('the official OCPP 1.6 JSON schemas as an oracle', () => {
  test('the catalog describes every payload the official schemas define', () => {
    assert.equal(payloads.length, 78);
    assert.deepEqual(undescribed.map((p) => p.name), [], `the catalog lacks ${undescribed.length} of 78 payloads; their messages are not checked`);
  });

  test('the generated messages are what they claim: valid ones pass the schemas, mutations fail them', () => {
    const wrong = comparisons.filter((c) => c.schema.valid !== c.sample.schemaValid);
    assert.deepEqual(wrong.slice(0, 5).map((c) =>
      `${c.sample.payload.name}, ${c.sample.origin}, meant to be ${c.sample.schemaValid ? 'valid' : 'invalid'}: ${JSON.stringify(c.sample.value)}`), []);
    // A mutation that never finds a place in any message tests nothing.
    for (const mutation of mutations) assert.ok(corpus.some((s) => s.origin === mutation.name), `no message has a place for "${mutation.name}"`);
  });

  test('the minimums the catalog adds to the schemas are the documented ones', () => {
    assert.deepEqual(minimumsInCatalog(), catalogMinimums.map((c) => `${c.payload} ${c.field} >= ${c.min}`).sort());
  });

  test('our verdict is the schemas\' on every message of a described payload, except for known differences', () => {
    const groups = new Map<string, Comparison[]>();
    for (const c of unexplained) groups.set(signature(c), [...(groups.get(signature(c)) ?? []), c]);
    const report = [...groups.values()].slice(0, 25).map((group) =>
      `${reproduction(group.reduce((a, b) => (JSON.stringify(a.sample.value).length <= JSON.stringify(b.sample.value).length ? a : b)))}\n    (${group.length} messages)`);
    assert.equal(unexplained.length, 0, `${unexplained.length} unexplained disagreements in ${groups.size} kinds:\n${report.join('\n')}`);
  });

  test('every known difference occurs in the corpus', () => {
    const unseen = knownDifferences.filter((d) => explained.get(d) === 0).map((d) => d.name);
    assert.deepEqual(unseen, [], 'a known difference that never occurs is stale, or its aimed messages miss');
  });

  test('a payload in a CALL frame, a conversation or a lone CALLRESULT gets the bare payload\'s verdict', () => {
    const mismatches = framed.flatMap(({ c, wrapped }) => wrapped
      .filter((w) => w.valid !== c.ours.valid)
      .map((w) => `${c.sample.payload.name} as ${w.wrapping}: ${w.valid ? 'valid' : 'invalid'}, bare: ${c.ours.valid ? 'valid' : 'invalid'}: ${JSON.stringify(c.sample.value)}`));
    assert.deepEqual(mismatches.slice(0, 10), []);
    // The sample must hold both verdicts, in requests and in responses, or the comparison proves little.
    for (const kind of ['request', 'response']) {
      for (const valid of [true, false]) {
        assert.ok(framed.some(({ c }) => c.sample.payload.kind === kind && c.ours.valid === valid), `no ${valid ? 'valid' : 'invalid'} ${kind} was framed`);
      }
    }
  });
});
if (process.env.ORACLE_TABLE) {
  const table = new Map<string, number[]>();
  for (const c of comparisons) {
    const row = table.get(c.sample.origin) ?? [0, 0, 0, 0];
    row[(c.schema.valid ? 0 : 2) + (c.ours.valid ? 0 : 1)]++;
    table.set(c.sample.origin, row);
  }
  console.log('kind of message: both valid, only the schema valid, only ours valid, both invalid');
  for (const [origin, row] of table) console.log(`  ${origin}: ${row.join(', ')}`);
}
