/**
 * A run as JUnit XML, the report format CI servers (Jenkins, GitLab, GitHub's test reporters) all read: one
 * testsuite per station's run of the script, one testcase per step, a failure element carrying the differences.
 */
import type { RunResult, StepResult } from './runScript';

/** A station that got no session at all: its run is one error, so that CI shows it rather than nothing. */
export interface Unreached {
  readonly identity: string;
  readonly reason: string;
}

/** The report of one or more runs of the script named `scriptName` (a file name, shown as the suites' name). */
export function junitXml(scriptName: string, runs: readonly RunResult[], unreached: readonly Unreached[] = []): string {
  const tests = runs.reduce((n, run) => n + run.steps.length, 0) + unreached.length;
  const failures = runs.reduce((n, run) => n + run.steps.filter((s) => !s.passed).length, 0);
  const time = runs.reduce((t, run) => Math.max(t, run.durationMs), 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="ocpp-run" tests="${tests}" failures="${failures}" errors="${unreached.length}" time="${secondsOf(time)}">`,
  ];
  for (const { identity, reason } of unreached) {
    const suite = `${scriptName} (${identity})`;
    lines.push(`  <testsuite name="${xml(suite)}" tests="1" failures="0" errors="1" skipped="0" time="0.000">`);
    lines.push(`    <testcase classname="${xml(suite)}" name="session" time="0.000">`);
    lines.push(`      <error message="${xml(reason)}" type="no session">${xml(reason)}</error>`);
    lines.push('    </testcase>');
    lines.push('  </testsuite>');
  }
  for (const run of runs) {
    const suite = `${scriptName} (${run.identity})`;
    const failed = run.steps.filter((s) => !s.passed).length;
    lines.push(`  <testsuite name="${xml(suite)}" tests="${run.steps.length}" failures="${failed}" errors="0" skipped="0" time="${secondsOf(run.durationMs)}">`);
    lines.push(`    <properties><property name="ocpp.version" value="${xml(run.version)}"/><property name="identity" value="${xml(run.identity)}"/></properties>`);
    for (const result of run.steps) lines.push(...testcase(suite, result));
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
}

function testcase(suite: string, result: StepResult): string[] {
  const { step } = result;
  const name = `${step.index} ${step.action} (line ${step.line})`;
  const open = `    <testcase classname="${xml(suite)}" name="${xml(name)}" time="${secondsOf(result.latencyMs ?? 0)}"`;
  const notes = result.notes.length > 0 ? [`      <system-out>${xml(result.notes.join('\n'))}</system-out>`] : [];
  if (result.passed) return notes.length === 0 ? [`${open}/>`] : [`${open}>`, ...notes, '    </testcase>'];
  const message = result.failures[0] ?? result.outcome;
  // The failure's type sorts failures for CI: a frame that came but differs, or what kept one from coming.
  const type = /^(sent|received)\b/.test(result.outcome) ? 'mismatch' : result.outcome;
  return [
    `${open}>`,
    `      <failure message="${xml(message)}" type="${xml(type)}">${xml(result.failures.join('\n'))}</failure>`,
    ...notes,
    '    </testcase>',
  ];
}

function secondsOf(ms: number): string {
  return (ms / 1000).toFixed(3);
}

/**
 * Text safe in an XML attribute or element: the five markup characters escaped, and the control characters XML 1.0
 * cannot hold at all (a frame from a misbehaving peer may carry them) replaced, since no escape makes them legal.
 */
export function xml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Newlines in attributes would be normalised to spaces by any reader; keep them.
    .replace(/\n/g, '&#10;');
}
