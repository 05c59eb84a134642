/**
 * ocpp-lint on a folder of many files checks them on worker threads (lintWorkers.ts) and streams its output: the
 * text and the exit status are exactly those of a run on one thread, in every format, with settings files, fixes
 * and unreadable files among them; and the threads really share the work.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkInWorkers } from '../server/src/cli/lintWorkers';
import { cliPath, runCli } from './support/cli';

let dir: string;

/** 60 files: clean ones, broken ones, a log, JSON Lines, and a folder whose .ocpprc.json changes a severity. */
function writeFolder(root: string): void {
  mkdirSync(join(root, 'lenient'));
  writeFileSync(join(root, 'lenient', '.ocpprc.json'), '{ "rules": { "unknown-field": "warning", "no-such-rule": "off" } }');
  for (let i = 0; i < 60; i++) {
    const folder = i % 5 === 0 ? join(root, 'lenient') : root;
    const name = `m${String(i).padStart(2, '0')}`;
    if (i % 7 === 0) {
      writeFileSync(join(folder, `${name}.ocpp.jsonl`), `[2,"${i}","Heartbeat",{}]\n[3,"${i}",{"currentTime":"2025-03-01T08:00:00Z"}]\n`);
    } else if (i % 11 === 0) {
      writeFileSync(join(folder, `${name}.ocpp.log`), `2025-03-01T08:00:0${i % 10}Z SEND [2,"${i}","StatusNotification",{"connectorId":0,"errorCode":"NoError","status":"Charging"}]\n`);
    } else if (i % 3 === 0) {
      writeFileSync(join(folder, `${name}.ocpp.json`), `[2, "${i}", "StatusNotification", {"connectorId": 1, "errorCode": "NoEror", "status": "Available", "extra": 1}]\n`);
    } else {
      writeFileSync(join(folder, `${name}.ocpp.json`), `[2, "${i}", "Authorize", {"idTag": "TAG-${i}"}]\n`);
    }
  }
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'ocpp-lint-threads-'));
  writeFolder(dir);
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('ocpp-lint on many files', () => {
  for (const format of ['stylish', 'json', 'sarif']) {
    test(`--format ${format}: three threads print what one thread prints, byte for byte, with the same exit status`, () => {
      const one = runCli(dir, ['--format', format, '--jobs', '1', '.']);
      const three = runCli(dir, ['--format', format, '--jobs', '3', '.']);
      const auto = runCli(dir, ['--format', format, '.']);
      // The folder has errors and a settings file with an unknown rule: exit 2, said once on stderr.
      assert.equal(one.status, 2);
      assert.equal((one.stderr.match(/no-such-rule/g) ?? []).length, 1, one.stderr);
      for (const run of [three, auto]) {
        assert.equal(run.status, one.status);
        assert.equal(run.stdout, one.stdout);
        assert.equal(run.stderr, one.stderr);
      }
      if (format === 'json') assert.equal((JSON.parse(one.stdout) as unknown[]).length, 60);
    });
  }

  test('the settings file applies in the threads: unknown-field is a warning under lenient/ and an error elsewhere', () => {
    const run = runCli(dir, ['--jobs', '2', '.']);
    assert.match(run.stdout, /^\.\/lenient\/m15\.ocpp\.json:\d+:\d+  warning  .*unknown-field$/m);
    assert.match(run.stdout, /^\.\/m03\.ocpp\.json:\d+:\d+  error  .*unknown-field$/m);
    assert.match(run.stdout, /in 60 files\.\n$/);
  });

  test('--fix on threads rewrites each file once and lists them in file order', () => {
    const copy = mkdtempSync(join(tmpdir(), 'ocpp-lint-threads-fix-'));
    try {
      cpSync(dir, copy, { recursive: true });
      const run = runCli(copy, ['--fix', '--jobs', '3', '.']);
      const fixed = /^Fixed (\d+) files: (.*)$/m.exec(run.stdout);
      assert.ok(fixed, run.stdout);
      const names = fixed[2].split(', ');
      assert.deepEqual(names, [...names].sort());
      assert.equal(Number(fixed[1]), names.length);
      assert.ok(names.includes('./m03.ocpp.json'));
      assert.match(readFileSync(join(copy, 'm03.ocpp.json'), 'utf8'), /"errorCode": "NoError"/);
      // A second run has nothing left to fix.
      assert.match(runCli(copy, ['--fix', '--jobs', '3', '.']).stdout, /^Fixed 0 files\.$/m);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  test('bad --jobs values are usage errors', () => {
    for (const value of ['0', '-1', 'many', '1.5']) {
      const run = runCli(dir, [`--jobs=${value}`, '.']);
      assert.equal(run.status, 2, value);
      assert.match(run.stderr, /--jobs takes a whole number of threads/);
    }
  });

  test('every thread gets files: the work is shared, one file at a time', async () => {
    const files = Array.from({ length: 24 }, (_, i) => `./f${i}.ocpp.json`);
    const work = mkdtempSync(join(tmpdir(), 'ocpp-lint-threads-share-'));
    try {
      for (const file of files) writeFileSync(join(work, file), '[2, "1", "Heartbeat", {}]');
      const threads = new Map<number, number>();
      const seen: number[] = [];
      await checkInWorkers(cliPath, files, { rules: {}, fix: false }, work, 3, (index, outcome, thread) => {
        seen.push(index);
        assert.deepEqual(outcome.report?.diagnostics, []);
        threads.set(thread, (threads.get(thread) ?? 0) + 1);
      });
      assert.deepEqual([...seen].sort((a, b) => a - b), files.map((_, i) => i));
      assert.equal(threads.size, 3);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
