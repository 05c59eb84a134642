/**
 * runScript over the real session engine, in this process, against ocpp-rpc's central system on 127.0.0.1: what
 * becomes of a step when the other side errs, stays silent, or hangs up. Every wait is bounded by short timeouts.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';
import { connectStation } from '../server/src/session';
import { runScript, type RunTimers, type StepResult } from '../server/src/session/runScript';
import { readScript } from '../server/src/session/script';
import { accepting16, centralSystem } from './support/ocppRun';

const service = getLanguageService({ catalogs });

function script16(frames: unknown[]) {
  const script = readScript(service, 'file:///run.ocpp.json', JSON.stringify(frames), 'station');
  assert.deepEqual(script.errors, []);
  return script;
}

const boot = [2, 'b', 'BootNotification', { chargePointVendor: 'V', chargePointModel: 'M' }];
const bootAccepted = [3, 'b', { status: 'Accepted', currentTime: '2025-01-01T00:00:00Z', interval: 300 }];

describe('runScript against ocpp-rpc (OCPP 1.6)', () => {
  let cs: Awaited<ReturnType<typeof centralSystem>>;
  before(async () => {
    cs = await centralSystem('ocpp1.6', false, {
      ...accepting16,
      // A central system that goes down when asked for the time, mid-call (so this is the last test here).
      Heartbeat: () => {
        void cs.server.close({ force: true });
        return new Promise(() => undefined);
      },
    });
  });
  after(() => cs.close());

  async function run(identity: string, frames: unknown[], timeoutMs = 300, timers?: RunTimers<NodeJS.Timeout>): Promise<StepResult[]> {
    const session = await connectStation({ url: cs.url, identity, version: '1.6', timeoutMs: 2000, pingIntervalMs: 0 });
    try {
      return [...(await runScript(session, script16(frames), { timeoutMs, timers })).steps];
    } finally {
      await session.close();
    }
  }

  test('a CALLERROR the script expects passes; one it does not expect fails, naming the code', async () => {
    const reset = [2, 'r', 'DiagnosticsStatusNotification', { status: 'Idle' }];
    const expected = await run('CP-ERR1', [boot, bootAccepted, reset, [4, 'r', 'NotImplemented', '', {}]]);
    assert.deepEqual(expected.map((s) => s.passed), [true, true]);
    const unexpected = await run('CP-ERR2', [boot, bootAccepted, reset]);
    assert.equal(unexpected[1].passed, false);
    assert.match(unexpected[1].failures[0], /^expected a CALLRESULT, got a CALLERROR \("NotImplemented"/);
  });

  test('a CALL the script expects from the central system that never comes fails after the timeout', async () => {
    const started = Date.now();
    const steps = await run('CP-WAIT', [boot, bootAccepted, [2, 'x', 'Reset', { type: 'Soft' }], [3, 'x', { status: 'Accepted' }]], 200);
    assert.deepEqual(steps.map((s) => [s.step.kind, s.passed, s.outcome]), [['call', true, steps[0].outcome], ['await', false, 'not received']]);
    assert.deepEqual(steps[1].failures, ['no Reset came within 0.2 s']);
    assert.ok(Date.now() - started < 5000);
  });

  test('the wait goes through the timers the caller passes (the language server passes its Environment\'s)', async () => {
    const asked: number[] = [];
    const timers: RunTimers<NodeJS.Timeout> = {
      setTimeout: (callback, ms) => {
        asked.push(ms);
        return setTimeout(callback, ms);
      },
      clearTimeout,
    };
    const steps = await run('CP-TIMERS', [[2, 'x', 'Reset', { type: 'Soft' }]], 150, timers);
    assert.deepEqual(asked, [150]);
    assert.deepEqual(steps[0].failures, ['no Reset came within 0.15 s']);
  });

  test('a central system that hangs up mid-call fails that step, and the steps after it are not run', async () => {
    const steps = await run('CP-HANGUP', [boot, bootAccepted, [2, 'h', 'Heartbeat', {}], [2, 'a', 'Authorize', { idTag: 'T' }]]);
    assert.deepEqual(steps.map((s) => [s.passed, s.outcome]), [[true, steps[0].outcome], [false, 'connection closed'], [false, 'not run']]);
    assert.match(steps[1].failures[0], /closed before the central system answered/);
  });
});

describe('runScript: which step a CALL of the other side belongs to, and frames sent as written', () => {
  let cs: Awaited<ReturnType<typeof centralSystem>>;
  before(async () => {
    cs = await centralSystem('ocpp1.6', false, accepting16, {
      // Asked for data, this central system then asks the station to reset.
      onClient: (client) => client.handle('DataTransfer', async () => {
        setTimeout(() => void client.call('Reset', { type: 'Soft' }).catch(() => undefined), 20);
        return { status: 'Accepted' };
      }),
    });
  });
  after(() => cs.close());

  async function run(identity: string, frames: unknown[], timeoutMs: number): Promise<{ steps: StepResult[]; sent: string[] }> {
    const session = await connectStation({ url: cs.url, identity, version: '1.6', timeoutMs: 2000, pingIntervalMs: 0 });
    try {
      const steps = [...(await runScript(session, script16(frames), { timeoutMs })).steps];
      return { steps, sent: session.traffic.filter((entry) => entry.direction === 'sent').map((entry) => entry.text) };
    } finally {
      await session.close();
    }
  }

  test('a step whose wait ran out takes no later CALL: the next step expecting that action does', async () => {
    const reset = (id: string) => [[2, id, 'Reset', { type: 'Soft' }], [3, id, { status: 'Accepted' }]];
    const { steps } = await run('CP-LATE', [...reset('r1'), [2, 'd', 'DataTransfer', { vendorId: 'acme' }], ...reset('r2')], 150);
    assert.deepEqual(steps.map((s) => [s.step.action, s.passed, s.outcome.replace(/ after \d+ ms/, '')]),
      [['Reset', false, 'not received'], ['DataTransfer', true, steps[1].outcome], ['Reset', true, 'received']]);
  });

  test('a CALL without its payload (a negative test) goes out without one, and its expected CALLERROR passes', async () => {
    // ocpp-rpc, not strict, hands the short CALL to its handlers, and this central system has none for Heartbeat.
    const { steps, sent } = await run('CP-NEGATIVE', [[2, 'bad', 'Heartbeat'], [4, 'bad', 'NotImplemented', '', {}]], 150);
    assert.deepEqual(sent, ['[2,"bad","Heartbeat"]']);
    assert.equal(steps.length, 1);
    assert.ok(steps[0].notes.some((note) => note.startsWith('sent with a problem: ')), steps[0].notes.join('\n'));
    assert.deepEqual(steps[0].failures, []);
  });
});
