/**
 * ocpp-run's command line, read into options or a usage error. Kept apart from the run itself so that every
 * rule of the command line (what goes with what, which role a flag implies) sits in one place.
 */
import { versions } from '../product';
import type { Role } from '../session/types';

export const usage = `Usage: ocpp-run (--url URL --identity ID | --listen PORT [--host ADDRESS]) [--ocpp-version V] [--as station|csms]
                [--timeout S] [--transcript FILE] [--junit FILE] [--ca FILE] [--cert FILE --key FILE]
                [--stations N] <script>

Runs a conversation file as a test against a live central system or station, and says step by step whether
the other side answered as the script expects.
  --url URL          connects as a station to the central system at URL (ws:// or wss://, without the identity)
  --identity ID      the station's identity, added to the URL; with --stations a template: CP{n} gives CP1, CP2, ...
                     (without {n} the number is appended)
  --listen PORT      listens on 127.0.0.1:PORT as a central system and runs the script with each station that
                     connects; 0 picks a free port, which the first line of output names
  --host ADDRESS     with --listen, the address to listen on: 127.0.0.1 (the default) takes stations on this
                     machine only; 0.0.0.0 or a LAN address lets a charger on the network connect
  --ocpp-version V   ${versions.join(', ')}; by default the script's own version, told from its content
  --as station|csms  the side the script plays: station with --url, csms with --listen (a CALL either side
                     may send, such as DataTransfer, is ours)
  --timeout S        seconds to wait for a connection, an answer, or a CALL the script expects (default 30)
  --transcript FILE  writes every frame both ways as a log the checker and the editor read; with several
                     stations one file each, the identity before the extension (run.CP1.ocpp.log)
  --junit FILE       writes a JUnit XML report: a testsuite per station, a testcase per step
  --ca FILE          a PEM certificate authority to trust besides the system's (wss://); with --listen, stations
                     must present a client certificate it signed (security profile 3)
  --cert FILE --key FILE
                     PEM certificate and key: a station's client certificate (profile 3), or with --listen the
                     server's certificate (wss://)
  --stations N       runs the script for N stations at once and prints answer times per action (p50, p90, p99,
                     max); with --listen, serves N stations
  -h, --help         show this help
The password for HTTP Basic authentication (security profiles 1 and 2) comes only from the environment
variable OCPP_PASSWORD. Exit status: 0 every step passed, 1 a step failed, 2 usage error, unreadable file, or
no session (unreachable, refused subprotocol, TLS failure, wrong password).`;

export interface RunArgs {
  readonly url?: string;
  readonly identity?: string;
  readonly listen?: number;
  /** With --listen: the address to bind (127.0.0.1 by default). */
  readonly host?: string;
  readonly version?: string;
  readonly role: Role;
  readonly timeoutMs: number;
  readonly transcript?: string;
  readonly junit?: string;
  readonly ca?: string;
  readonly cert?: string;
  readonly key?: string;
  /** Set when --stations was given: a load test (percentiles are printed). */
  readonly stations?: number;
  readonly script: string;
}

/** The flags that take a value. */
const valued = ['--url', '--identity', '--listen', '--host', '--ocpp-version', '--as', '--timeout', '--transcript', '--junit', '--ca', '--cert', '--key', '--stations'];

/** The options, 'help', or a usage error's sentence. */
export function parseRunArgs(args: readonly string[]): RunArgs | 'help' | { error: string } {
  const given = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-h' || arg === '--help') return 'help';
    const equals = arg.indexOf('=');
    const name = arg.startsWith('--') && equals > 0 ? arg.slice(0, equals) : arg;
    if (valued.includes(name)) {
      const value = equals > 0 && name !== arg ? arg.slice(equals + 1) : args[++i];
      if (value === undefined) return { error: `${name} needs a value.` };
      if (given.has(name)) return { error: `${name} is given twice.` };
      given.set(name, value);
    } else if (arg.startsWith('-') && arg !== '-') {
      return { error: `Unknown option ${arg}.` };
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) return { error: files.length === 0 ? 'Name the script to run.' : `Name one script, not ${files.length}.` };

  const url = given.get('--url');
  const identity = given.get('--identity');
  const listenText = given.get('--listen');
  if ((url === undefined) === (listenText === undefined)) {
    return { error: 'Give either --url (connect to a central system as a station) or --listen (be the central system).' };
  }
  if (url !== undefined) {
    if (identity === undefined || identity === '') return { error: '--url needs --identity: the station\'s identity, which ends the address.' };
    if (!/^wss?:\/\//i.test(url)) return { error: `--url must start with ws:// or wss://, not "${url}".` };
  }
  if (listenText !== undefined && identity !== undefined) return { error: '--identity is for --url: with --listen, each station brings its own.' };
  const host = given.get('--host');
  if (host !== undefined && listenText === undefined) return { error: '--host is for --listen: it names the address the central system listens on.' };
  if (host === '') return { error: '--host needs an address, such as 127.0.0.1, ::1 or 0.0.0.0.' };
  const listen = listenText === undefined ? undefined : wholeNumber(listenText);
  if (listen !== undefined && (Number.isNaN(listen) || listen > 65535)) return { error: `--listen needs a port number from 0 to 65535, not "${listenText}".` };

  // The role follows from the connection: a station connects, a central system listens.
  const implied: Role = url !== undefined ? 'station' : 'csms';
  const as = given.get('--as');
  if (as !== undefined && as !== 'station' && as !== 'csms') return { error: `--as must be station or csms, not "${as}".` };
  if (as !== undefined && as !== implied) {
    return { error: as === 'csms'
      ? '--as csms needs --listen: a central system waits for stations to connect, and --url connects as a station.'
      : '--as station needs --url: a station connects to its central system, and --listen plays the central system.' };
  }

  const version = given.get('--ocpp-version');
  if (version !== undefined && version !== 'auto' && !versions.includes(version)) {
    return { error: `--ocpp-version must be one of auto, ${versions.join(', ')}, not "${version}".` };
  }
  const timeoutText = given.get('--timeout');
  const timeout = timeoutText === undefined ? 30 : Number(timeoutText);
  if (!(timeout > 0) || !Number.isFinite(timeout)) return { error: `--timeout needs a number of seconds above 0, not "${timeoutText}".` };
  if (given.has('--cert') !== given.has('--key')) return { error: '--cert and --key go together: a certificate is no use without its key.' };
  const stationsText = given.get('--stations');
  const stations = stationsText === undefined ? undefined : wholeNumber(stationsText);
  if (stations !== undefined && !(stations >= 1)) return { error: `--stations needs a whole number of 1 or more, not "${stationsText}".` };

  return {
    url, identity, listen, host, role: implied, timeoutMs: timeout * 1000, script: files[0],
    version: version === 'auto' ? undefined : version,
    transcript: given.get('--transcript'), junit: given.get('--junit'),
    ca: given.get('--ca'), cert: given.get('--cert'), key: given.get('--key'), stations,
  };
}

function wholeNumber(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : NaN;
}
