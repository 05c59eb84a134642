/**
 * TLS material the session tests make for themselves with the openssl command line, in a temporary folder: a test
 * CA, a server certificate for 127.0.0.1 and localhost, a station's client certificate, and the faulty ones (signed
 * by another CA, for another host, expired). EC P-256 keys, quick to make. Nothing here is trusted by the system.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface KeyPair {
  readonly cert: string;
  readonly key: string;
}

export interface TestPki {
  /** The CA that signs the good certificates, as PEM. */
  readonly ca: string;
  /** For 127.0.0.1 and localhost, signed by `ca`. */
  readonly server: KeyPair;
  /** A station's certificate (security profile 3), signed by `ca`. */
  readonly client: KeyPair;
  /** For 127.0.0.1 and localhost, signed by a CA nobody trusts. */
  readonly untrusted: KeyPair;
  /** Signed by `ca`, but for another host name only. */
  readonly otherHost: KeyPair;
  /** Signed by `ca`, for 127.0.0.1, but valid only in 2020. */
  readonly expired: KeyPair;
  /** A station's certificate signed by the untrusted CA. */
  readonly strangerClient: KeyPair;
  /** Removes the folder (the PEM texts stay in memory). */
  dispose(): void;
}

const loopbackNames = 'subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost';

/** Fails with what to install when openssl is missing, rather than with a spawn error. */
function openssl(args: readonly string[], cwd: string): void {
  try {
    execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], timeout: 20_000 });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: Buffer };
    if (e.code === 'ENOENT') {
      throw new Error('The TLS tests make their certificates with the openssl command, which is not installed (apt-get install openssl).');
    }
    throw new Error(`openssl ${args.join(' ')} failed: ${e.stderr?.toString() ?? e.message}`);
  }
}

export function makeTestPki(): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'ocpp-session-tls-'));
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const key = (name: string) => openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', `${name}.key`], dir);
  const selfSignedCa = (name: string, subject: string) => {
    key(name);
    openssl(['req', '-x509', '-new', '-key', `${name}.key`, '-out', `${name}.pem`, '-days', '2', '-subj', subject,
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], dir);
  };
  const request = (name: string, subject: string, extension?: string) => {
    key(name);
    openssl(['req', '-new', '-key', `${name}.key`, '-out', `${name}.csr`, '-subj', subject, ...(extension ? ['-addext', extension] : [])], dir);
  };
  const sign = (name: string, ca: string, extension: string) => {
    writeFileSync(join(dir, `${name}.ext`), `${extension}\n`);
    openssl(['x509', '-req', '-in', `${name}.csr`, '-CA', `${ca}.pem`, '-CAkey', `${ca}.key`, '-CAcreateserial',
      '-out', `${name}.pem`, '-days', '2', '-extfile', `${name}.ext`], dir);
  };
  const pair = (name: string): KeyPair => ({ cert: read(`${name}.pem`), key: read(`${name}.key`) });

  try {
    selfSignedCa('ca', '/CN=OCPP session tests CA');
    selfSignedCa('stranger', '/CN=A CA nobody trusts');
    for (const [name, ca] of [['server', 'ca'], ['untrusted', 'stranger']]) {
      request(name, '/CN=127.0.0.1');
      sign(name, ca, loopbackNames);
    }
    request('otherHost', '/CN=central.example');
    sign('otherHost', 'ca', 'subjectAltName=DNS:central.example');
    for (const [name, ca] of [['client', 'ca'], ['strangerClient', 'stranger']]) {
      request(name, '/CN=CP-TLS');
      sign(name, ca, 'extendedKeyUsage=clientAuth');
    }
    // x509 -req cannot date a certificate in the past; `openssl ca` can, with a small configuration of its own.
    request('expired', '/CN=127.0.0.1', loopbackNames);
    writeFileSync(join(dir, 'index.txt'), '');
    writeFileSync(join(dir, 'serial'), '1000\n');
    writeFileSync(join(dir, 'ca.cnf'), [
      '[ca]', 'default_ca = test', '[test]', 'database = index.txt', 'new_certs_dir = .', 'serial = serial',
      'default_md = sha256', 'policy = anything', 'copy_extensions = copy', '[anything]', 'commonName = supplied', '',
    ].join('\n'));
    openssl(['ca', '-batch', '-config', 'ca.cnf', '-cert', 'ca.pem', '-keyfile', 'ca.key', '-in', 'expired.csr', '-out', 'expired.pem',
      '-startdate', '20200101000000Z', '-enddate', '20200102000000Z', '-notext'], dir);
    return {
      ca: read('ca.pem'),
      server: pair('server'), client: pair('client'), untrusted: pair('untrusted'), otherHost: pair('otherHost'),
      expired: pair('expired'), strangerClient: pair('strangerClient'),
      dispose: () => rmSync(dir, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
