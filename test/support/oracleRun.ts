/**
 * The differential test against the official OCPP JSON schemas, for any version: test/schemaOracle.test.ts runs it
 * for 1.6, test/schemaOracle201.test.ts for 2.0.1. The schemas, checked by ajv with ajv-formats (draft-07), are the
 * oracle: for every generated message, our verdict (valid = no error diagnostic) must be the schema's, unless one
 * of the version's named known differences explains why not.
 *
 * The corpus is generated from the schemas themselves with a fixed seed: random valid messages for every payload,
 * mutations of each that break one thing, systematic variations of every field (each enumeration value, each
 * length limit, each wrong type, ...), and messages aimed at each known difference so every one of them is seen.
 * A sample is also wrapped in a CALL frame, a CALL + CALLRESULT conversation and a lone CALLRESULT, which must get
 * the bare payload's verdict.
 *
 * Set ORACLE_TABLE=1 to print, per kind of message, how often each pair of verdicts occurred.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ErrorObject } from 'ajv';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Catalog } from '../../server/src/ocpp/catalog';
import type { FieldType, ObjectType } from '../../server/src/ocpp/schema';
import type { LanguageService } from '../../server/src/service';
import type { CatalogMinimum, KnownDifference, Message } from './oracleDifferences';
import { systematicSamples } from './oracleCoverage';
import { mutationsFor, Random, validValue, type Shape } from './oracleGenerator';
import { loadOfficialPayloads, locationsOf, remove, resolve, schemaVerdict, withValueAt, type JsonSchema, type Payload, type SchemaSet } from './oracleSchemas';

export interface OracleSetup {
  /** The official schemas of the version. */
  readonly schemas: SchemaSet;
  /** How many payloads they define (78 in 1.6, 128 in 2.0.1). */
  readonly payloadCount: number;
  /** The catalog whose types the systematic messages also look at (the values and fields it adds). */
  readonly catalog: Catalog;
  /** The service under test, reading documents as this version. */
  readonly service: LanguageService;
  readonly knownDifferences: readonly KnownDifference[];
  /** Minimums the catalog takes from the spec's text, which the schemas leave out. */
  readonly catalogMinimums: readonly CatalogMinimum[];
  readonly seed: number;
  readonly validPerPayload: number;
  /** Aimed messages tried per payload and difference (most differences apply to a few payloads only). */
  readonly aimedPerPayload: number;
  /** One message in this many is also checked inside a frame, a conversation and a lone CALLRESULT. */
  readonly frameSampleEvery: number;
  /** What valid messages may hold besides the schema's minimum: negative integers, vendor members. */
  readonly shape?: Partial<Shape>;
}

// ---------------------------------------------------------------------------------------------------------------
// Verdicts
// ---------------------------------------------------------------------------------------------------------------

interface OurVerdict {
  readonly valid: boolean;
  readonly errors: readonly Diagnostic[];
}

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

let documentVersion = 0;

export function runSchemaOracle(setup: OracleSetup): void {
  const { catalog, service, knownDifferences } = setup;
  const version = setup.schemas.version;
  const shape: Shape = { optional: 0.5, minArrayLength: 0, ...setup.shape };

  function ourVerdictOn(uri: string, text: string): OurVerdict {
    const document = TextDocument.create(uri, 'ocpp', ++documentVersion, text);
    const errors = service.doValidation(document).filter((d) => d.severity === 1);
    return { valid: errors.length === 0, errors };
  }

  /** A bare payload file named after its message, which the service checks as that message. */
  const payloadUri = (payload: Payload) => `file:///oracle/${payload.name}.json`;

  const ourVerdict = (payload: Payload, value: unknown) => ourVerdictOn(payloadUri(payload), JSON.stringify(value));

  const catalogTypeOf = (payload: Payload) => catalog.actionsByName.get(payload.action)?.[payload.kind];

  /** Is the catalog describing this payload? Payloads it does not describe are left unchecked by the service. */
  const describedByCatalog = (payload: Payload) => catalogTypeOf(payload) !== undefined;

  // -------------------------------------------------------------------------------------------------------------
  // The corpus
  // -------------------------------------------------------------------------------------------------------------

  const payloads = loadOfficialPayloads(setup.schemas);
  const mutations = mutationsFor(payloads.map((p) => p.schema));

  function buildCorpus(random: Random): Sample[] {
    const samples: Sample[] = [];
    for (const payload of payloads) {
      const valid: Sample[] = [];
      for (let i = 0; i < setup.validPerPayload; i++) {
        valid.push({ payload, value: validValue(random, payload.schema, payload.schema, shape), origin: 'valid', schemaValid: true });
      }
      samples.push(...valid);
      for (const base of valid) {
        const locations = locationsOf(base.value, payload.schema);
        for (const mutation of mutations) {
          const value = mutation.apply(base.value, locations, random);
          if (value !== undefined) samples.push({ payload, value, origin: mutation.name, schemaValid: false });
        }
      }
      for (const systematic of systematicSamples(payload, catalogTypeOf(payload), random, setup.shape)) samples.push({ payload, ...systematic });
      for (const difference of knownDifferences) {
        for (const base of valid.slice(0, setup.aimedPerPayload)) {
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

  function reproduction(c: Comparison): string {
    const small = shrink(c);
    const ours = small.ours.errors.map((e) => `${e.code}: ${e.message}`).join('; ') || 'no error';
    const schema = small.schema.errors.map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ') || 'valid';
    return `  ${signature(c)}\n    ${small.sample.payload.name}.json: ${JSON.stringify(small.sample.value)}\n    schema: ${schema}\n    ours: ${ours}`;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Frames: the same payload as a CALL, in a conversation, or as a lone CALLRESULT gets the same verdict.
  // -------------------------------------------------------------------------------------------------------------

  /**
   * A request of this action our service accepts, to open a conversation whose CALLRESULT is under test; failing
   * that (a rule the random requests keep breaking), one the schema accepts: only the CALLRESULT's verdict counts.
   */
  function acceptedRequest(action: string, random: Random): unknown {
    const request = payloads.find((p) => p.action === action && p.kind === 'request')!;
    let value: unknown;
    for (let i = 0; i < 50; i++) {
      value = validValue(random, request.schema, request.schema, shape);
      if (ourVerdict(request, value).valid) return value;
    }
    return value;
  }

  /**
   * Errors of the generic checks, the ones a frame around the payload must not change. The catalog's rules are left
   * out: they may depend on the conversation (a response read against its request) and need not run on an answer
   * without its CALL.
   */
  const genericErrors = (errors: readonly Diagnostic[]) => errors.filter((e) => !Object.hasOwn(catalog.rules.codes, String(e.code)));
  const genericVerdict = (uri: string, text: string) => genericErrors(ourVerdictOn(uri, text).errors).length === 0;

  function framedVerdicts(sample: Sample, random: Random): { wrapping: string; valid: boolean }[] {
    const { payload, value } = sample;
    if (payload.kind === 'request') {
      // A message with no response (2.1's NotifyPeriodicEventStream) goes as a SEND (6), the others as a CALL.
      const sendOnly = !payloads.some((p) => p.action === payload.action && p.kind === 'response');
      const frame = [sendOnly ? 6 : 2, 'oracle-1', payload.action, value];
      return [{ wrapping: sendOnly ? 'SEND frame' : 'CALL frame', valid: genericVerdict('file:///oracle/call.json', JSON.stringify(frame)) }];
    }
    const request = acceptedRequest(payload.action, random);
    const call = JSON.stringify([2, 'oracle-1', payload.action, request]);
    const conversation = `[${call},\n${JSON.stringify([3, 'oracle-1', value])}]`;
    // The errors on the CALLRESULT, which starts on the second line: the CALL's, if any, are not under test.
    const answerErrors = genericErrors(ourVerdictOn('file:///oracle/conversation.json', conversation).errors).filter((e) => e.range.start.line > 0);
    const verdicts = [
      { wrapping: 'CALL + CALLRESULT conversation', valid: answerErrors.length === 0 },
      { wrapping: 'lone CALLRESULT', valid: genericVerdict(payloadUri(payload), JSON.stringify([3, 'oracle-1', value])) },
    ];
    if (catalog.messageTypes.some((t) => t.name === 'CALLRESULTERROR')) {
      // 2.1: the receiver's CALLRESULTERROR on that CALLRESULT adds no error of its own and changes nothing above it.
      const reported = `${conversation.slice(0, -1)},\n${JSON.stringify([5, 'oracle-1', 'InternalError', 'could not process it', {}])}]`;
      const errors = genericErrors(ourVerdictOn('file:///oracle/conversation.json', reported).errors).filter((e) => e.range.start.line > 0);
      verdicts.push({ wrapping: 'CALL + CALLRESULT + CALLRESULTERROR conversation', valid: errors.length === 0 });
    }
    return verdicts;
  }

  // -------------------------------------------------------------------------------------------------------------
  // The minimums the catalog sets where the schemas set none (or another), to compare with the documented list
  // -------------------------------------------------------------------------------------------------------------

  function minimumsAddedByCatalog(): string[] {
    const found: string[] = [];
    const walk = (type: ObjectType, schemaNode: JsonSchema | undefined, root: JsonSchema, payload: string, prefix: string) => {
      const schema = schemaNode && resolve(schemaNode, root);
      for (const field of type.fields) {
        let fieldType: FieldType = field.type;
        let fieldSchema = schema?.properties?.[field.name] && resolve(schema.properties[field.name], root);
        while (fieldType.kind === 'array') {
          fieldType = fieldType.items;
          fieldSchema = fieldSchema?.items && resolve(fieldSchema.items, root);
        }
        const path = prefix + field.name;
        if ((fieldType.kind === 'integer' || fieldType.kind === 'decimal') && fieldType.min !== undefined && fieldType.min !== fieldSchema?.minimum) {
          found.push(`${payload} ${path} >= ${fieldType.min}`);
        }
        if (fieldType.kind === 'object') walk(fieldType.object, fieldSchema, root, payload, `${path}.`);
      }
    };
    for (const payload of payloads) {
      const type = catalogTypeOf(payload);
      if (type) walk(type, payload.schema, payload.schema, payload.name, '');
    }
    return found.sort();
  }

  // -------------------------------------------------------------------------------------------------------------
  // Run once, then assert
  // -------------------------------------------------------------------------------------------------------------

  const started = performance.now();
  const random = new Random(setup.seed);
  const corpus = buildCorpus(random);
  const comparisons = corpus.map(compare);
  const framed = comparisons
    .filter((_, i) => i % setup.frameSampleEvery === 0)
    .map((c) => ({ c, bare: genericErrors(c.ours.errors).length === 0, wrapped: framedVerdicts(c.sample, random) }));

  const undescribed = payloads.filter((p) => !describedByCatalog(p));
  const disagreements = comparisons.filter(disagrees);
  const checkedDisagreements = disagreements.filter((c) => describedByCatalog(c.sample.payload));
  const explained = new Map<KnownDifference, number>(knownDifferences.map((d) => [d, 0]));
  const unexplained: Comparison[] = [];
  /** Our error codes on the messages a stricter difference explains, to show which rules make the difference. */
  const explainedCodes = new Map<string, number>();
  for (const c of checkedDisagreements) {
    const differences = explain(c);
    if (!differences) unexplained.push(c);
    else for (const d of differences) explained.set(d, explained.get(d)! + 1);
    if (differences && c.schema.valid) for (const code of new Set(c.ours.errors.map((e) => String(e.code)))) explainedCodes.set(code, (explainedCodes.get(code) ?? 0) + 1);
  }

  console.log(
    `schema oracle ${version}: ${comparisons.length} messages compared (${framed.length} also framed), ` +
    `${unexplained.length} unexplained disagreements, ` +
    `${disagreements.length - checkedDisagreements.length} on the ${undescribed.length} payloads the catalog lacks, ` +
    `in ${Math.round(performance.now() - started)} ms; known differences: ` +
    knownDifferences.map((d) => `${d.name} ×${explained.get(d)}`).join(', ') +
    `; our codes on those messages: ${[...explainedCodes].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ×${n}`).join(', ')}`,
  );

  describe(`the official OCPP ${version} JSON schemas as an oracle`, () => {
    test('the catalog describes every payload the official schemas define', () => {
      assert.equal(payloads.length, setup.payloadCount);
      assert.deepEqual(undescribed.map((p) => p.name), [], `the catalog lacks ${undescribed.length} of ${setup.payloadCount} payloads; their messages are not checked`);
    });

    test('the generated messages are what they claim: valid ones pass the schemas, mutations fail them', () => {
      const wrong = comparisons.filter((c) => c.schema.valid !== c.sample.schemaValid);
      assert.deepEqual(wrong.slice(0, 5).map((c) =>
        `${c.sample.payload.name}, ${c.sample.origin}, meant to be ${c.sample.schemaValid ? 'valid' : 'invalid'}: ${JSON.stringify(c.sample.value)}`), []);
      // A mutation that never finds a place in any message tests nothing.
      for (const mutation of mutations) assert.ok(corpus.some((s) => s.origin === mutation.name), `no message has a place for "${mutation.name}"`);
    });

    test('the minimums the catalog adds to the schemas are the documented ones', () => {
      assert.deepEqual(minimumsAddedByCatalog(), setup.catalogMinimums.map((c) => `${c.payload} ${c.field} >= ${c.min}`).sort());
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
      const mismatches = framed.flatMap(({ c, bare, wrapped }) => wrapped
        .filter((w) => w.valid !== bare)
        .map((w) => `${c.sample.payload.name} as ${w.wrapping}: ${w.valid ? 'valid' : 'invalid'}, bare: ${bare ? 'valid' : 'invalid'}: ${JSON.stringify(c.sample.value)}`));
      assert.deepEqual(mismatches.slice(0, 10), []);
      // The sample must hold both verdicts, in requests and in responses, or the comparison proves little.
      for (const kind of ['request', 'response']) {
        for (const valid of [true, false]) {
          assert.ok(framed.some(({ c, bare }) => c.sample.payload.kind === kind && bare === valid), `no ${valid ? 'valid' : 'invalid'} ${kind} was framed`);
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
}

function parentValue(message: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((v, step) => (v as Record<string | number, unknown>)[step], message);
}
