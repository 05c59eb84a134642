/**
 * The fuzz suite's seeded sample (the long campaign is `npm run fuzz`): valid OCPP documents broken by stacked
 * mutations, every request on each, no exception, well-formed answers, no blow-up. Also tests of the fuzzer
 * itself: its cases reproduce, its mutations do what they say, and its checks fail on a broken service.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, type LanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';
import { Random } from './support/oracleGenerator';
import { hugeNumbers, makeCase, mutationKinds, runCase, seedDocuments } from './support/fuzz';
import { formatSummary, runCampaign } from './fuzz/campaign';

const seed = 20_240_601;
const sampleRuns = 2_500;

describe('fuzz sample', () => {
  test(`${sampleRuns} mutated documents: no exception, well-formed answers, no blow-up`, async () => {
    const summary = await runCampaign({ seed, runs: sampleRuns });
    assert.equal(summary.failures.length, 0, `\n${summary.failures.map((f) => f.report).join('\n\n')}\n\n${formatSummary(summary)}`);
    assert.equal(summary.runs, sampleRuns);
    // Each case makes about 30 requests; a sample that made far fewer would not be testing much.
    assert.ok(summary.requests >= sampleRuns * 20, `${summary.requests} requests`);
    for (const kind of mutationKinds) assert.ok((summary.mutations[kind.name] ?? 0) > 0, `the sample used ${kind.name}`);
  });
});

describe('the fuzzer', () => {
  test('reads its seed documents from the examples, the fixtures and the conversation generator', () => {
    const names = seedDocuments().map((s) => s.name);
    assert.ok(names.some((n) => n.startsWith('examples/')), names.join(', '));
    assert.ok(names.some((n) => n.startsWith('test/fixtures/')), names.join(', '));
    assert.ok(names.some((n) => n.startsWith('generateConversation(')), names.join(', '));
    // The seeds are valid documents, apart from the examples and fixtures that show mistakes on purpose.
    const ls = getLanguageService({ catalogs });
    for (const { name, text } of seedDocuments()) {
      if (/error|mistake|info/.test(name)) continue;
      const syntax = ls.doValidation(TextDocument.create('file:///seed.ocpp.json', 'ocpp', 1, text)).filter((d) => d.code === 'syntax-error');
      assert.deepEqual(syntax, [], name);
    }
  });

  test('a case is the same every time from (seed, run), and runs differ', () => {
    const a = makeCase(7, 123);
    const b = makeCase(7, 123);
    assert.equal(a.text, b.text);
    assert.deepEqual(a.mutations, b.mutations);
    assert.equal(a.random.next(), b.random.next());
    const texts = new Set(Array.from({ length: 20 }, (_, run) => makeCase(7, run).text));
    assert.ok(texts.size >= 15, `${texts.size} different texts in 20 runs`);
    assert.notEqual(makeCase(8, 123).text, a.text);
  });

  test('each mutation does what its name says', () => {
    const kind = (name: string) => mutationKinds.find((k) => k.name === name)!;
    const seedText = '[2, "a1", "StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "Available"}]';
    const apply = (name: string, i: number) => kind(name).apply(seedText, new Random(i));
    const some = (name: string, predicate: (text: string) => boolean) =>
      assert.ok(Array.from({ length: 40 }, (_, i) => apply(name, i)).some(predicate), name);
    const every = (name: string, predicate: (text: string) => boolean) => {
      for (let i = 0; i < 40; i++) assert.ok(predicate(apply(name, i)), `${name} with seed ${i}: ${JSON.stringify(apply(name, i).slice(0, 200))}`);
    };
    every('char-flip', (t) => t.length === seedText.length);
    every('bit-flip', (t) => t.length === seedText.length && t !== seedText);
    every('truncate', (t) => t.length <= seedText.length && (seedText.startsWith(t) || seedText.endsWith(t)));
    every('duplicate-token', (t) => t.length > seedText.length);
    every('delete-token', (t) => t.length < seedText.length);
    every('huge-number', (t) => t !== seedText && hugeNumbers.some((n) => t.includes(n)));
    every('long-string', (t) => /"(?:[^"\\]|\\.){37,}/.test(t));
    some('long-string', (t) => t.length >= 100_000);
    every('deep-nesting', (t) => /(\[|\{"[a-zA-Z]+":|\[\{"x":|\[\[2,"n","Heartbeat",){100}/.test(t));
    some('deep-nesting', (t) => t.split('[').length > 50_000 || t.split('{').length > 50_000);
    every('lone-surrogate', (t) => /(?:[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff])|\\ud[89ab]|\\ud[c-f]/.test(t));
    every('bom', (t) => t.includes('\ufeff'));
    some('bom', (t) => t.startsWith('\ufeff'));
    some('bom', (t) => t.indexOf('\ufeff') > 0);
    every('control-char', (t) => t.length === seedText.length + 1);
    const multiline = JSON.stringify(JSON.parse(seedText), null, 2);
    const lineEnds = Array.from({ length: 40 }, (_, i) => kind('line-ends').apply(multiline, new Random(i)));
    assert.ok(lineEnds.some((t) => t.includes('\r\n')), 'CRLF');
    assert.ok(lineEnds.some((t) => t.includes('\r') && !t.includes('\n')), 'CR alone');
  });

  describe('its checks fail on a broken service', () => {
    const real = getLanguageService({ catalogs });
    const broken = (changes: Partial<LanguageService>): LanguageService => ({ ...real, ...changes });
    const failureOf = (service: LanguageService, guard?: { baseMs: number; msPerKb: number }) => {
      try {
        runCase(seed, 5, { service, guard });
      } catch (error) {
        return (error as Error).message;
      }
      assert.fail('the broken service passed');
    };

    test('a diagnostic outside the document, with the case written to a file', () => {
      const report = failureOf(broken({
        doValidation: () => [{ range: { start: { line: 1_000_000, character: 0 }, end: { line: 1_000_000, character: 1 } }, message: 'm', source: 'ocpp', code: 'x' }],
      }));
      assert.match(report, /seed 20240601, run 5/);
      assert.match(report, /line 1000000 of/);
      const path = /written to (\S+\.json)/.exec(report)?.[1];
      assert.ok(path && existsSync(path), report);
      assert.equal(JSON.parse(readFileSync(path, 'utf8')).text, makeCase(seed, 5).text);
    });

    test('a diagnostic without source, code or message', () => {
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
      assert.match(failureOf(broken({ doValidation: () => [{ range, message: 'm', code: 'x' }] })), /source/);
      assert.match(failureOf(broken({ doValidation: () => [{ range, message: 'm', source: 'ocpp' }] })), /code/);
      assert.match(failureOf(broken({ doValidation: () => [{ range, message: ' ', source: 'ocpp', code: 'x' }] })), /message/);
    });

    test('an exception from any request', () => {
      const boom = () => {
        throw new RangeError('Maximum call stack size exceeded');
      };
      for (const name of ['doComplete', 'doHover', 'getCodeActions', 'getDocumentSymbols', 'getFoldingRanges', 'findDefinition', 'findReferences'] as const) {
        assert.match(failureOf(broken({ [name]: boom })), /Maximum call stack/, name);
      }
    });

    test('overlapping fix-all edits, and a hover range away from the cursor', () => {
      const zero = { line: 0, character: 0 };
      const one = { line: 0, character: 1 };
      assert.match(failureOf(broken({
        getCodeActions: (document) => [{ title: 'fix', edit: { changes: { [document.uri]: [{ range: { start: zero, end: one }, newText: 'a' }, { range: { start: zero, end: one }, newText: 'b' }] } } }],
      })), /cannot be applied/);
      assert.match(failureOf(broken({
        doHover: (document) => ({ contents: 'x', range: { start: { line: document.lineCount + 5, character: 0 }, end: { line: document.lineCount + 5, character: 0 } } }),
      })), /hover/);
    });

    test('the hang guard', () => {
      // A service that spends 5 ms on every validation, against a guard of 1 ms per case.
      const slow = broken({
        doValidation: (document, rules) => {
          const until = performance.now() + 5;
          while (performance.now() < until);
          return real.doValidation(document, rules);
        },
      });
      assert.match(failureOf(slow, { baseMs: 1, msPerKb: 0 }), /hang guard: .* at best of three/);
    });

    test('the watchdog stops a case that never returns and goes on with the next', async () => {
      const summary = await runCampaign({ seed, runs: 4, stallAt: 2, watchdogMs: 1_000, workers: 1 });
      assert.deepEqual(summary.failures.map((f) => f.run), [2]);
      assert.match(summary.failures[0].report, /hang: case still running after 1\.0 s/);
      assert.equal(summary.runs, 4);
    });
  });
});
