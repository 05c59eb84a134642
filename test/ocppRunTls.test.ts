/**
 * ocpp-run over TLS (security profiles 2 and 3) against ocpp-rpc's central system on 127.0.0.1, with a CA and
 * certificates this test makes itself: --ca trusts the test CA, --cert/--key present the station's certificate;
 * and ocpp-run listening over TLS, with ocpp-rpc's RPCClient as the station.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RPCClient } from 'ocpp-rpc';
import { accepting16, centralSystem, example, fixture, makeCertificates, ocppRun, type Certificates } from './support/ocppRun';

const folder = mkdtempSync(join(tmpdir(), 'ocpp-run-tls-'));
let certificates: Certificates;
before(() => {
  certificates = makeCertificates(folder, 'CP-TLS');
});
after(() => rmSync(folder, { recursive: true, force: true }));

describe('security profile 2: wss:// with Basic authentication', () => {
  let cs: Awaited<ReturnType<typeof centralSystem>>;
  before(async () => {
    cs = await centralSystem('ocpp1.6', true, accepting16, {
      password: 'over tls', tls: { cert: readFileSync(certificates.serverCert, 'utf8'), key: readFileSync(certificates.serverKey, 'utf8') },
    });
  });
  after(() => cs.close());

  test('--ca trusts the test CA: the run passes, with the password and no clear-text warning', async () => {
    const run = await ocppRun(['--url', cs.url, '--identity', 'CP-TLS', '--ca', certificates.ca, example], { env: { OCPP_PASSWORD: 'over tls' } });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /10 steps: all passed/);
    assert.ok(cs.received.some((r) => r.identity === 'CP-TLS'));
  });

  test('without --ca the server\'s certificate is not trusted: no session, exit 2', async () => {
    const run = await ocppRun(['--url', cs.url, '--identity', 'CP-UNTRUSTING', '--timeout', '5', example], { env: { OCPP_PASSWORD: 'over tls' } });
    assert.equal(run.status, 2, run.stdout + run.stderr);
    assert.match(run.stderr, /CP-UNTRUSTING: no session/);
    assert.ok(!cs.received.some((r) => r.identity === 'CP-UNTRUSTING'));
  });
});

describe('security profile 3: the station\'s client certificate', () => {
  let cs: Awaited<ReturnType<typeof centralSystem>>;
  before(async () => {
    cs = await centralSystem('ocpp1.6', true, accepting16, {
      tls: { cert: readFileSync(certificates.serverCert, 'utf8'), key: readFileSync(certificates.serverKey, 'utf8'), ca: readFileSync(certificates.ca, 'utf8') },
    });
  });
  after(() => cs.close());

  test('--cert and --key present the certificate the central system asks for', async () => {
    const run = await ocppRun(['--url', cs.url, '--identity', 'CP-TLS', '--ca', certificates.ca, '--cert', certificates.clientCert, '--key', certificates.clientKey, example]);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.deepEqual(cs.clientCertificates, ['CP-TLS']);
  });

  test('no certificate, or one from a CA the central system does not trust, is no session: exit 2', async () => {
    const without = await ocppRun(['--url', cs.url, '--identity', 'CP-TLS', '--ca', certificates.ca, '--timeout', '5', example]);
    assert.equal(without.status, 2, without.stdout + without.stderr);
    const stranger = await ocppRun(['--url', cs.url, '--identity', 'CP-TLS', '--ca', certificates.ca, '--cert', certificates.strangerCert,
      '--key', certificates.strangerKey, '--timeout', '5', example]);
    assert.equal(stranger.status, 2, stranger.stdout + stranger.stderr);
    assert.match(stranger.stderr, /CP-TLS: no session/);
    assert.deepEqual(cs.clientCertificates, ['CP-TLS'], 'only the first test\'s station got in');
  });
});

describe('--listen over TLS: ocpp-rpc\'s RPCClient as the station', () => {
  test('--cert and --key make a wss:// central system, and --ca asks stations for a certificate it signed', async () => {
    const clients: RPCClient[] = [];
    const outcomes: string[] = [];
    const connect = (stdout: string) => {
      const port = /Listening on 127\.0\.0\.1:(\d+)/.exec(stdout)?.[1];
      if (!port || clients.length > 0) return;
      const ca = readFileSync(certificates.ca, 'utf8');
      const stations: [string, Record<string, string>][] = [
        ['NO-CERT', { ca }],
        ['CP-TLS', { ca, cert: readFileSync(certificates.clientCert, 'utf8'), key: readFileSync(certificates.clientKey, 'utf8') }],
      ];
      for (const [identity, wsOpts] of stations) {
        const client = new RPCClient({ endpoint: `wss://127.0.0.1:${port}`, identity, protocols: ['ocpp1.6'], strictMode: true, reconnect: false,
          wsOpts } as ConstructorParameters<typeof RPCClient>[0]);
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
      const run = await ocppRun(['--listen', '0', '--timeout', '10', '--cert', certificates.serverCert, '--key', certificates.serverKey,
        '--ca', certificates.ca, fixture('central-16.ocpp.json')], { onStdout: connect });
      assert.equal(run.status, 0, run.stdout + run.stderr);
      assert.deepEqual(outcomes.sort(), ['CP-TLS connected', 'NO-CERT refused']);
      assert.match(run.stdout, /3 steps: all passed \(CP-TLS, OCPP 1\.6/);
    } finally {
      for (const client of clients) await client.close({ force: true });
    }
  });
});
