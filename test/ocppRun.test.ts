/**
 * ocpp-run as CI runs it: the built dist/run.js in a child process, against ocpp-rpc (an independent OCPP-J
 * implementation) on the loopback interface: its RPCServer as the central system, its RPCClient as the station.
 * Every wait is bounded: the child is killed after a deadline, and servers are closed after the tests.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RPCClient } from 'ocpp-rpc';
import { runCli as lint } from './support/cli';
import { accepting16, centralSystem, closedPort, example, fixture, ocppRun, repoRoot, rpcStation, type Handlers } from './support/ocppRun';

const scratch = mkdtempSync(join(tmpdir(), 'ocpp-run-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('ocpp-run as a station against ocpp-rpc\'s central system, OCPP 1.6 (strict)', () => {
  let cs: Awaited<ReturnType<typeof centralSystem>>;
  before(async () => {
    cs = await centralSystem('ocpp1.6', true, accepting16);
  });
  after(() => cs.close());

  test('the example script passes, step by step, and its transcript checks clean', async () => {
    const transcript = join(scratch, 'pass.ocpp.log');
    const run = await ocppRun(['--url', cs.url, '--identity', 'CP-PASS', '--transcript', transcript, example]);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const stepLines = run.stdout.split('\n').filter((line) => /^(PASS|FAIL)  /.test(line));
    assert.equal(stepLines.length, 10, run.stdout);
    assert.ok(stepLines.every((line) => line.startsWith('PASS')), run.stdout);
    assert.match(stepLines[0], /^PASS  1 BootNotification \(line 2\): sent, answered in \d+ ms$/);
    assert.match(run.stdout, /10 steps: all passed \(CP-PASS, OCPP 1\.6, \d+\.\d s\)\./);
    // ocpp-rpc's strict mode found nothing wrong with what we sent.
    assert.deepEqual(cs.failures, []);
    assert.deepEqual(cs.received.filter((r) => r.identity === 'CP-PASS').map((r) => r.method),
      ['BootNotification', 'StatusNotification', 'Authorize', 'StatusNotification', 'StartTransaction', 'StatusNotification',
        'MeterValues', 'StopTransaction', 'StatusNotification', 'StatusNotification']);
    // Every frame both ways, which the checker reads without a problem.
    const log = readFileSync(transcript, 'utf8');
    assert.equal(log.trim().split('\n').length, 20, log);
    const checked = lint(repoRoot, [transcript]);
    assert.equal(checked.status, 0, checked.stdout + checked.stderr);
    assert.match(checked.stdout, /No problems in 1 file/);
    // And a recorded session is a script itself: replayed, it passes again (the log's directions say whose CALL is whose).
    const replay = await ocppRun(['--url', cs.url, '--identity', 'CP-REPLAY', transcript]);
    assert.equal(replay.status, 0, replay.stdout + replay.stderr);
    assert.match(replay.stdout, /10 steps: all passed \(CP-REPLAY, OCPP 1\.6/);
  });

  test('the transactionId the central system assigns (4711) replaces the script\'s 1 in MeterValues and StopTransaction', async () => {
    const run = await ocppRun(['--url', cs.url, '--identity', 'CP-BIND', example]);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const mine = cs.received.filter((r) => r.identity === 'CP-BIND');
    assert.equal(mine.find((r) => r.method === 'MeterValues')?.params.transactionId, 4711);
    assert.equal(mine.find((r) => r.method === 'StopTransaction')?.params.transactionId, 4711);
    assert.match(run.stdout, /note: transactionId 1 of the script stands for the live 4711/);
  });

  test('--stations 3: three identities at the central system, and answer times per action', async () => {
    const run = await ocppRun(['--url', cs.url, '--identity', 'LOAD-{n}', '--stations', '3', example]);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const identities = new Set(cs.received.filter((r) => r.identity.startsWith('LOAD-')).map((r) => r.identity));
    assert.deepEqual([...identities].sort(), ['LOAD-1', 'LOAD-2', 'LOAD-3']);
    assert.match(run.stdout, /30 steps: all passed \(3 stations, OCPP 1\.6/);
    const table = run.stdout.slice(run.stdout.indexOf('action  '));
    assert.match(table, /^action\s+count\s+p50 ms\s+p90 ms\s+p99 ms\s+max ms$/m);
    assert.match(table, /^BootNotification\s+3\s+\d+\s+\d+\s+\d+\s+\d+$/m);
    assert.match(table, /^StatusNotification\s+15\s+\d+\s+\d+\s+\d+\s+\d+$/m);
    // Each line of progress names its station.
    assert.match(run.stdout, /^LOAD-2  PASS  8 StopTransaction/m);
  });

  test('with several stations, one transcript per station, the identity before the extension', async () => {
    const run = await ocppRun(['--url', cs.url, '--identity', 'TR{n}', '--stations', '2', '--transcript', join(scratch, 'load.ocpp.log'), example]);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.deepEqual(readdirSync(scratch).filter((f) => f.startsWith('load.')).sort(), ['load.TR1.ocpp.log', 'load.TR2.ocpp.log']);
    assert.match(readFileSync(join(scratch, 'load.TR2.ocpp.log'), 'utf8'), /TR2/);
  });

  test('an unreachable central system is exit 2, with the reason', async () => {
    const port = await closedPort();
    const junit = join(scratch, 'unreachable.xml');
    const run = await ocppRun(['--url', `ws://127.0.0.1:${port}/ocpp`, '--identity', 'CP1', '--timeout', '5', '--junit', junit, example]);
    assert.equal(run.status, 2, run.stdout + run.stderr);
    assert.match(run.stderr, /^ocpp-run: CP1: no session with ws:\/\/127\.0\.0\.1:\d+\/ocpp: /m);
    assert.doesNotMatch(run.stdout, /PASS|FAIL/);
    // The report still says what happened, as one error.
    assert.match(readFileSync(junit, 'utf8'), /<testsuites name="ocpp-run" tests="1" failures="0" errors="1"[^]*<error message="no session with ws:/);
  });
});

describe('a failing expectation', () => {
  let cs: Awaited<ReturnType<typeof centralSystem>>;
  before(async () => {
    cs = await centralSystem('ocpp1.6', true, { ...accepting16, Authorize: () => ({ idTagInfo: { status: 'Invalid' } }) });
  });
  after(() => cs.close());

  test('exit 1, the step names the difference, and the JUnit report carries it', async () => {
    const junit = join(scratch, 'fail.xml');
    const run = await ocppRun(['--url', cs.url, '--identity', 'CP-FAIL', '--junit', junit, example]);
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /^FAIL  3 Authorize \(line 6\): sent, answered in \d+ ms\n {6}idTagInfo\.status: expected "Accepted", got "Invalid"$/m);
    assert.match(run.stdout, /10 steps: 9 passed, 1 failed/);
    const xml = readFileSync(junit, 'utf8');
    assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>/);
    assert.match(xml, /<testsuites name="ocpp-run" tests="10" failures="1" errors="0"/);
    assert.match(xml, /<testsuite name="boot-and-charge\.run\.ocpp\.json \(CP-FAIL\)" tests="10" failures="1"/);
    assert.equal([...xml.matchAll(/<testcase /g)].length, 10);
    assert.match(xml, /<testcase classname="[^"]*" name="3 Authorize \(line 6\)" time="[\d.]+">\s*<failure message="idTagInfo\.status: expected &quot;Accepted&quot;, got &quot;Invalid&quot;"/);
  });
});

describe('an answer the checker finds invalid', () => {
  let cs: Awaited<ReturnType<typeof centralSystem>>;
  before(async () => {
    // Not strict, so ocpp-rpc lets its own handler's mistake through: a field BootNotification.conf does not have.
    cs = await centralSystem('ocpp1.6', false, {
      ...accepting16,
      BootNotification: () => ({ status: 'Accepted', currentTime: new Date().toISOString(), interval: 300, colour: 'green' }),
    });
  });
  after(() => cs.close());

  test('fails its step even though every field the script names is right', async () => {
    const run = await ocppRun(['--url', cs.url, '--identity', 'CP-INVALID', example]);
    assert.equal(run.status, 1, run.stdout + run.stderr);
    const lines = run.stdout.split('\n');
    const at = lines.findIndex((line) => line.startsWith('FAIL  1 BootNotification'));
    assert.ok(at >= 0, run.stdout);
    assert.match(lines[at + 1], /^ {6}the central system's answer is invalid: .*colour.*\(unknown-field\)$/);
    assert.match(run.stdout, /10 steps: 9 passed, 1 failed/);
  });
});

describe('OCPP 2.0.1 (strict) and 2.1 (not strict)', () => {
  let cs201: Awaited<ReturnType<typeof centralSystem>>;
  let cs21: Awaited<ReturnType<typeof centralSystem>>;
  const startAnswers: unknown[] = [];
  const answers201: Handlers = {
    BootNotification: () => ({ currentTime: new Date().toISOString(), interval: 300, status: 'Accepted' }),
    StatusNotification: () => ({}),
    Heartbeat: () => ({ currentTime: new Date().toISOString() }),
  };
  before(async () => {
    cs201 = await centralSystem('ocpp2.0.1', true, {
      ...answers201,
      // After the boot, the central system asks the station to start charging, as a CSMS's app would.
      BootNotification: () => answers201.BootNotification({}),
    }, {
      onClient: (client) => {
        client.once('call', () => setTimeout(() => {
          client.call('RequestStartTransaction', { idToken: { idToken: 'TAG-0001', type: 'Central' }, remoteStartId: 7 })
            .then((answer: unknown) => startAnswers.push(answer), (error: Error) => startAnswers.push(error.message));
        }, 50));
      },
    });
    cs21 = await centralSystem('ocpp2.1', false, answers201);
  });
  after(async () => {
    await cs201.close();
    await cs21.close();
  });

  test('2.0.1: our CALLs answered, and the central system\'s RequestStartTransaction gets the script\'s answer', async () => {
    const transcript = join(scratch, 'remote.ocpp.log');
    const run = await ocppRun(['--url', cs201.url, '--identity', 'CS201', '--transcript', transcript, fixture('remote-start-201.ocpp.json')]);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /^PASS  2 RequestStartTransaction from the central system \(line 4\): received/m);
    assert.deepEqual(startAnswers, [{ status: 'Accepted' }]);
    assert.deepEqual(cs201.failures, []);
    assert.match(run.stdout, /4 steps: all passed \(CS201, OCPP 2\.0\.1/);
    const checked = lint(repoRoot, [transcript]);
    assert.equal(checked.status, 0, checked.stdout + checked.stderr);
  });

  test('2.1: the subprotocol ocpp2.1 from --ocpp-version', async () => {
    const run = await ocppRun(['--url', cs21.url, '--identity', 'CS21', '--ocpp-version', '2.1', fixture('boot-21.ocpp.json')]);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /2 steps: all passed \(CS21, OCPP 2\.1/);
    assert.deepEqual(cs21.received.filter((r) => r.identity === 'CS21').map((r) => r.method), ['BootNotification', 'Heartbeat']);
  });

  test('2.1: a SEND goes out unanswered; ocpp-rpc\'s CALLERROR to it (it has no SEND) fails the step during which it came', async () => {
    const run = await ocppRun(['--url', cs21.url, '--identity', 'CS21-SEND', fixture('send-21.ocpp.json')]);
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /^PASS  2 NotifyPeriodicEventStream \(line 4\): sent$/m);
    assert.match(run.stdout, /^FAIL  3 Heartbeat \(line 5\): sent, answered in \d+ ms\n {6}meanwhile the central system sent \[4,"-1","MessageTypeNotSupported",.*\(session-unknown-id\)$/m);
  });

  test('a 2.0.1 script against a central system that speaks only 2.1 gets no session: exit 2', async () => {
    const run = await ocppRun(['--url', cs21.url, '--identity', 'WRONG', '--timeout', '5', fixture('remote-start-201.ocpp.json')]);
    assert.equal(run.status, 2, run.stdout + run.stderr);
    assert.match(run.stderr, /WRONG: no session/);
  });
});

describe('security profile 1: the password from OCPP_PASSWORD', () => {
  let cs: Awaited<ReturnType<typeof centralSystem>>;
  before(async () => {
    cs = await centralSystem('ocpp1.6', true, accepting16, { password: 'correct horse' });
  });
  after(() => cs.close());

  test('the right password connects (and, on loopback, draws no clear-text warning)', async () => {
    const run = await ocppRun(['--url', cs.url, '--identity', 'CP-AUTH', example], { env: { OCPP_PASSWORD: 'correct horse' } });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.doesNotMatch(run.stderr, /warning/);
    assert.ok(cs.received.some((r) => r.identity === 'CP-AUTH'));
  });

  test('a wrong password, or none, is exit 2 and nothing reaches the central system', async () => {
    for (const env of [{ OCPP_PASSWORD: 'wrong' }, {}] as Record<string, string>[]) {
      const run = await ocppRun(['--url', cs.url, '--identity', 'CP-DENIED', '--timeout', '5', example], { env });
      assert.equal(run.status, 2, run.stdout + run.stderr);
      assert.match(run.stderr, /CP-DENIED: no session/);
    }
    assert.ok(!cs.received.some((r) => r.identity === 'CP-DENIED'));
  });
});

describe('ocpp-run --listen: the central system, with ocpp-rpc\'s RPCClient as the station', () => {
  test('the station\'s CALLs get the script\'s answers, and our CALL is answered by the station', async () => {
    const clients: RPCClient[] = [];
    const boots: unknown[] = [];
    const asked: unknown[] = [];
    const connectOnce = (stdout: string) => {
      const port = /Listening on 127\.0\.0\.1:(\d+)/.exec(stdout)?.[1];
      if (!port || clients.length > 0) return;
      const client = rpcStation(`ws://127.0.0.1:${port}`, 'RPC-STATION', 'ocpp1.6');
      clients.push(client);
      client.handle('ChangeAvailability', async ({ params }) => {
        asked.push(params);
        return { status: 'Accepted' };
      });
      void (async () => {
        await client.connect();
        boots.push(await client.call('BootNotification', { chargePointVendor: 'Example', chargePointModel: 'Wallbox 22' }));
        await client.call('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Available' });
      })().catch((error: Error) => boots.push(error.message));
    };
    try {
      const run = await ocppRun(['--listen', '0', '--timeout', '10', fixture('central-16.ocpp.json')], { onStdout: connectOnce });
      assert.equal(run.status, 0, run.stdout + run.stderr);
      assert.match(run.stdout, /^Listening on 127\.0\.0\.1:\d+ for 1 station \(OCPP 1\.6\)\.$/m);
      assert.equal(boots.length, 1);
      const boot = boots[0] as Record<string, unknown>;
      assert.equal(boot.status, 'Accepted');
      assert.equal(boot.interval, 60);
      assert.deepEqual(asked, [{ connectorId: 1, type: 'Inoperative' }]);
      assert.match(run.stdout, /^PASS  1 BootNotification from the station \(line 2\): received/m);
      assert.match(run.stdout, /^PASS  3 ChangeAvailability \(line 6\): sent, answered in \d+ ms$/m);
    } finally {
      for (const client of clients) await client.close({ force: true });
    }
  });

  test('--host ::1: the central system listens on the address given, and says where', async () => {
    const clients: RPCClient[] = [];
    const boots: unknown[] = [];
    const connect = (stdout: string) => {
      const port = /Listening on \[::1\]:(\d+)/.exec(stdout)?.[1];
      if (!port || clients.length > 0) return;
      const client = rpcStation(`ws://[::1]:${port}`, 'RPC-V6', 'ocpp1.6');
      clients.push(client);
      client.handle('ChangeAvailability', async () => ({ status: 'Accepted' }));
      void (async () => {
        await client.connect();
        boots.push(await client.call('BootNotification', { chargePointVendor: 'Example', chargePointModel: 'Wallbox 22' }));
        await client.call('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Available' });
      })().catch((error: Error) => boots.push(error.message));
    };
    try {
      const run = await ocppRun(['--listen', '0', '--host', '::1', '--timeout', '10', fixture('central-16.ocpp.json')], { onStdout: connect });
      assert.equal(run.status, 0, run.stdout + run.stderr);
      assert.match(run.stdout, /^Listening on \[::1\]:\d+ for 1 station/m);
      assert.equal((boots[0] as Record<string, unknown>).status, 'Accepted');
      assert.equal(run.stderr, '');
    } finally {
      for (const client of clients) await client.close({ force: true });
    }
  });

  test('--host off this machine with a password and no TLS warns that passwords would come in clear text', async () => {
    // 192.0.2.1 is a documentation address no machine has: the warning comes first, then listening fails (exit 2),
    // so the test binds nothing beyond loopback.
    const run = await ocppRun(['--listen', '0', '--host', '192.0.2.1', '--timeout', '2', fixture('central-16.ocpp.json')],
      { env: { OCPP_PASSWORD: 'station secret' } });
    assert.equal(run.status, 2, run.stdout + run.stderr);
    assert.match(run.stderr, /warning: Stations would send their password to 192\.0\.2\.1 over plain ws:\/\/, in clear text/);
    assert.match(run.stderr, /cannot listen on port 0/);
  });

  test('--stations 2: the script runs with each of two stations, and a wrong answer from one fails only its run', async () => {
    const clients: RPCClient[] = [];
    const connectBoth = (stdout: string) => {
      const port = /Listening on 127\.0\.0\.1:(\d+)/.exec(stdout)?.[1];
      if (!port || clients.length > 0) return;
      for (const [identity, status] of [['ST-1', 'Accepted'], ['ST-2', 'Rejected']]) {
        const client = rpcStation(`ws://127.0.0.1:${port}`, identity, 'ocpp1.6');
        clients.push(client);
        client.handle('ChangeAvailability', async () => ({ status }));
        void (async () => {
          await client.connect();
          await client.call('BootNotification', { chargePointVendor: 'Example', chargePointModel: 'Wallbox 22' });
          await client.call('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Available' });
        })().catch(() => undefined);
      }
    };
    try {
      const run = await ocppRun(['--listen', '0', '--stations', '2', '--timeout', '10', fixture('central-16.ocpp.json')], { onStdout: connectBoth });
      assert.equal(run.status, 1, run.stdout + run.stderr);
      assert.match(run.stdout, /^Listening on 127\.0\.0\.1:\d+ for 2 stations \(OCPP 1\.6\)\.$/m);
      assert.match(run.stdout, /^ST-1  PASS  3 ChangeAvailability/m);
      assert.match(run.stdout, /^ST-2  FAIL  3 ChangeAvailability .*\n {12}status: expected "Accepted", got "Rejected"$/m);
      assert.match(run.stdout, /6 steps: 5 passed, 1 failed \(2 stations, OCPP 1\.6/);
    } finally {
      for (const client of clients) await client.close({ force: true });
    }
  });

  test('2.0.1: the transactionId the station names is bound, and our RequestStopTransaction goes with it', async () => {
    const clients: RPCClient[] = [];
    const stopRequests: unknown[] = [];
    const event = (eventType: string, seqNo: number, more: Record<string, unknown>) => ({
      eventType, timestamp: new Date().toISOString(), seqNo, ...more,
    });
    const connect = (stdout: string) => {
      const port = /Listening on 127\.0\.0\.1:(\d+)/.exec(stdout)?.[1];
      if (!port || clients.length > 0) return;
      const client = rpcStation(`ws://127.0.0.1:${port}`, 'RPC-201', 'ocpp2.0.1');
      clients.push(client);
      client.handle('RequestStopTransaction', async ({ params }) => {
        stopRequests.push(params);
        // The station ends the transaction it was asked to stop, once it has answered.
        setTimeout(() => {
          void client.call('TransactionEvent', event('Ended', 1, {
            triggerReason: 'RemoteStop', transactionInfo: { transactionId: 'live-tx-77', stoppedReason: 'Remote' },
          })).catch(() => undefined);
        }, 20);
        return { status: 'Accepted' };
      });
      void (async () => {
        await client.connect();
        await client.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'Wallbox 22', vendorName: 'Example' } });
        await client.call('TransactionEvent', event('Started', 0, {
          triggerReason: 'CablePluggedIn', evse: { id: 1, connectorId: 1 }, transactionInfo: { transactionId: 'live-tx-77', chargingState: 'EVConnected' },
        }));
      })().catch(() => undefined);
    };
    try {
      const run = await ocppRun(['--listen', '0', '--timeout', '10', fixture('central-201.ocpp.json')], { onStdout: connect });
      assert.equal(run.status, 0, run.stdout + run.stderr);
      assert.deepEqual(stopRequests, [{ transactionId: 'live-tx-77' }]);
      assert.match(run.stdout, /note: transactionId "script-tx" of the script stands for the live "live-tx-77"/);
      assert.match(run.stdout, /^PASS  4 TransactionEvent from the station \(line 8\): received/m);
    } finally {
      for (const client of clients) await client.close({ force: true });
    }
  });

  test('with OCPP_PASSWORD, stations must bring it: the right one runs, a wrong one is turned away', async () => {
    const clients: RPCClient[] = [];
    const outcomes: string[] = [];
    const connect = (stdout: string) => {
      const port = /Listening on 127\.0\.0\.1:(\d+)/.exec(stdout)?.[1];
      if (!port || clients.length > 0) return;
      for (const [identity, password] of [['WRONG-PW', 'guess'], ['RIGHT-PW', 'station secret']]) {
        const client = rpcStation(`ws://127.0.0.1:${port}`, identity, 'ocpp1.6', { password });
        clients.push(client);
        client.handle('ChangeAvailability', async () => ({ status: 'Accepted' }));
        void (async () => {
          await client.connect();
          outcomes.push(`${identity} connected`);
          await client.call('BootNotification', { chargePointVendor: 'Example', chargePointModel: 'Wallbox 22' });
          await client.call('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Available' });
        })().catch(() => outcomes.push(`${identity} refused`));
      }
    };
    try {
      const run = await ocppRun(['--listen', '0', '--timeout', '10', fixture('central-16.ocpp.json')],
        { onStdout: connect, env: { OCPP_PASSWORD: 'station secret' } });
      assert.equal(run.status, 0, run.stdout + run.stderr);
      assert.deepEqual(outcomes.sort(), ['RIGHT-PW connected', 'WRONG-PW refused']);
      assert.match(run.stdout, /3 steps: all passed \(RIGHT-PW, OCPP 1\.6/);
    } finally {
      for (const client of clients) await client.close({ force: true });
    }
  });

  test('no station within the timeout is exit 2', async () => {
    const run = await ocppRun(['--listen', '0', '--timeout', '1', fixture('central-16.ocpp.json')]);
    assert.equal(run.status, 2, run.stdout + run.stderr);
    assert.match(run.stderr, /0 of 1 station connected within 1 s/);
  });
});

describe('usage errors are exit 2 before anything connects', () => {
  const cases: [string[], RegExp][] = [
    [['--url', 'ws://127.0.0.1:1/ocpp', '--identity', 'CP1', '--as', 'csms', example], /--as csms needs --listen/],
    [['--listen', '0', '--as', 'station', example], /--as station needs --url/],
    [['--url', 'ws://127.0.0.1:1/ocpp', example], /--url needs --identity/],
    [['--url', 'http://127.0.0.1:1/ocpp', '--identity', 'CP1', example], /must start with ws:\/\/ or wss:\/\//],
    [[example], /Give either --url .* or --listen/],
    [['--listen', '0', '--url', 'ws://127.0.0.1:1/ocpp', example], /Give either --url/],
    [['--listen', '0'], /Name the script to run/],
    [['--listen', '0', '--timeout', '0', example], /--timeout needs a number of seconds above 0/],
    [['--listen', '0', '--stations', 'many', example], /--stations needs a whole number/],
    [['--listen', '0', '--cert', 'c.pem', example], /--cert and --key go together/],
    [['--listen', '0', '--ocpp-version', '1.5', example], /--ocpp-version must be one of auto, 1\.6, 2\.0\.1, 2\.1/],
    [['--listen', '0', '--password', 'x', example], /Unknown option --password/],
    [['--url', 'ws://127.0.0.1:1/ocpp', '--identity', 'CP1', '--host', '::1', example], /--host is for --listen/],
    [['--listen', '0', 'test/fixtures/run/no-such-script.json'], /cannot read .*no-such-script\.json: ENOENT/],
    [['--listen', '0', '--ca', 'no-such-ca.pem', example], /cannot read .*no-such-ca\.pem: ENOENT/],
    [['--listen', '0', 'examples/StatusNotification.json'], /must be a conversation/],
  ];
  for (const [args, message] of cases) {
    test(args.join(' '), async () => {
      const run = await ocppRun(args);
      assert.equal(run.status, 2, run.stdout + run.stderr);
      assert.match(run.stderr, message);
      assert.equal(run.stdout, '');
    });
  }

  test('--help prints the usage and exits 0', async () => {
    const run = await ocppRun(['--help']);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Usage: ocpp-run /);
    assert.match(run.stdout, /OCPP_PASSWORD/);
  });
});
