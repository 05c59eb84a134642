/** A run's reports: JUnit XML (escaped, counted, parsed back) and the load test's percentiles per action. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { junitXml, xml } from '../server/src/session/junit';
import { identitiesFor, latencyRows, latencyTable, percentile } from '../server/src/session/load';
import type { RunResult, StepResult } from '../server/src/session/runScript';
import type { ScriptStep } from '../server/src/session/script';

function step(index: number, action: string): ScriptStep {
  return { index, line: index + 1, kind: 'call', action, frame: [2, String(index), action, {}] };
}

function result(index: number, action: string, latencyMs: number, failures: string[] = []): StepResult {
  return { step: step(index, action), passed: failures.length === 0, outcome: `sent, answered in ${latencyMs} ms`, latencyMs, failures, notes: [] };
}

const runs: RunResult[] = [
  { identity: 'CP1', version: '1.6', durationMs: 1500, steps: [result(1, 'BootNotification', 12), result(2, 'Authorize', 3, ['idTagInfo.status: expected "Accepted", got "<Invalid> & \'odd\'"'])] },
  { identity: 'CP"2', version: '1.6', durationMs: 900, steps: [result(1, 'BootNotification', 20), result(2, 'Authorize', 4)] },
];

/** Just enough of an XML reader for these reports: elements with their attributes, in document order. */
function elements(text: string): { name: string; attributes: Record<string, string>; text: string }[] {
  const found: { name: string; attributes: Record<string, string>; text: string }[] = [];
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#10;/g, '\n').replace(/&amp;/g, '&');
  for (const m of text.matchAll(/<([a-z-]+)((?:\s+[a-z.-]+="[^"]*")*)\s*(\/?)>(?:([^<]*)<\/\1>)?/g)) {
    const attributes: Record<string, string> = {};
    for (const a of m[2].matchAll(/([a-z.-]+)="([^"]*)"/g)) attributes[a[1]] = unescape(a[2]);
    found.push({ name: m[1], attributes, text: unescape(m[4] ?? '') });
  }
  return found;
}

test('JUnit: a suite per station, a testcase per step, the differences in the failure, everything escaped', () => {
  const report = junitXml('charge.ocpp.json', runs);
  assert.match(report, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
  // No raw markup character from the values survives inside the document.
  assert.ok(!report.includes('<Invalid>') && !report.includes('CP"2'));
  const all = elements(report);
  const root = all.find((e) => e.name === 'testsuites')!;
  assert.deepEqual([root.attributes.tests, root.attributes.failures], ['4', '1']);
  const suites = all.filter((e) => e.name === 'testsuite');
  assert.deepEqual(suites.map((s) => [s.attributes.name, s.attributes.tests, s.attributes.failures, s.attributes.time]),
    [['charge.ocpp.json (CP1)', '2', '1', '1.500'], ['charge.ocpp.json (CP"2)', '2', '0', '0.900']]);
  const cases = all.filter((e) => e.name === 'testcase');
  assert.deepEqual(cases.map((c) => c.attributes.name), ['1 BootNotification (line 2)', '2 Authorize (line 3)', '1 BootNotification (line 2)', '2 Authorize (line 3)']);
  assert.equal(cases[0].attributes.time, '0.012');
  const failures = all.filter((e) => e.name === 'failure');
  assert.equal(failures.length, 1);
  assert.equal(failures[0].attributes.message, 'idTagInfo.status: expected "Accepted", got "<Invalid> & \'odd\'"');
  assert.equal(failures[0].attributes.type, 'mismatch');
  assert.equal(failures[0].text, 'idTagInfo.status: expected "Accepted", got "<Invalid> & \'odd\'"');
});

test('JUnit: a station that got no session is an error testcase, so CI shows it', () => {
  const report = junitXml('charge.ocpp.json', runs.slice(0, 1), [{ identity: 'CP9', reason: 'no session with ws://127.0.0.1:1/ocpp: refused <ECONNREFUSED>' }]);
  const all = elements(report);
  const root = all.find((e) => e.name === 'testsuites')!;
  assert.deepEqual([root.attributes.tests, root.attributes.failures, root.attributes.errors], ['3', '1', '1']);
  const suite = all.find((e) => e.name === 'testsuite' && e.attributes.name === 'charge.ocpp.json (CP9)')!;
  assert.deepEqual([suite.attributes.tests, suite.attributes.errors], ['1', '1']);
  const error = all.find((e) => e.name === 'error')!;
  assert.equal(error.attributes.message, 'no session with ws://127.0.0.1:1/ocpp: refused <ECONNREFUSED>');
  assert.equal(error.attributes.type, 'no session');
});

test('XML escaping: markup characters, newlines, and control characters XML cannot hold', () => {
  assert.equal(xml('a<b>&"c\''), 'a&lt;b&gt;&amp;&quot;c&apos;');
  assert.equal(xml('one\ntwo'), 'one&#10;two');
  assert.equal(xml('bell\u0007 nul\u0000'), 'bell\uFFFD nul\uFFFD');
  assert.equal(xml('tab\tstays'), 'tab\tstays');
});

test('identities from a template: {n} replaced wherever it is, or the number appended', () => {
  assert.deepEqual(identitiesFor('CP{n}', 3), ['CP1', 'CP2', 'CP3']);
  assert.deepEqual(identitiesFor('site-{n}-cp{n}', 2), ['site-1-cp1', 'site-2-cp2']);
  assert.deepEqual(identitiesFor('LOAD', 2), ['LOAD1', 'LOAD2']);
  assert.deepEqual(identitiesFor('CP{n}', 0), []);
});

test('percentiles by nearest rank: always a measured value', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  assert.deepEqual([50, 90, 99, 100].map((p) => percentile(hundred, p)), [50, 90, 99, 100]);
  assert.deepEqual([50, 90, 99].map((p) => percentile([5, 7, 40], p)), [7, 40, 40]);
  assert.equal(percentile([9], 50), 9);
  assert.ok(Number.isNaN(percentile([], 50)));
});

test('latency rows per action over every station, and the table', () => {
  const rows = latencyRows(runs);
  assert.deepEqual(rows, [
    { action: 'BootNotification', count: 2, p50: 12, p90: 20, p99: 20, max: 20 },
    { action: 'Authorize', count: 2, p50: 3, p90: 4, p99: 4, max: 4 },
  ]);
  const table = latencyTable(rows).split('\n');
  assert.match(table[0], /^action\s+count\s+p50 ms\s+p90 ms\s+p99 ms\s+max ms$/);
  assert.match(table[1], /^BootNotification\s+2\s+12\s+20\s+20\s+20$/);
  // Columns line up: every line as long as the header.
  assert.ok(table.slice(0, 3).every((line) => line.length === table[0].length), table.join('\n'));
});
