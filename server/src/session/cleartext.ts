/**
 * Security profile 1 sends the password in every connection's Authorization header, readable by anyone on the
 * path unless TLS protects it. Over plain ws:// that is only harmless when the central system is on this machine.
 */

/** A warning sentence when `password` would travel in clear text to another machine; undefined when it would not. */
export function cleartextPasswordWarning(url: string, password: string | undefined): string | undefined {
  if (password === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // An address that is no URL fails to connect anyway, with its own message.
    return undefined;
  }
  if (parsed.protocol !== 'ws:' || isThisMachine(parsed.hostname)) return undefined;
  return `The password goes to ${parsed.host} over plain ws://, in clear text that anyone on the network path can read. ` +
    'Use wss:// (security profile 2) for a central system on another machine.';
}

/** localhost, 127.0.0.0/8 and ::1: addresses that never leave this machine. */
export function isThisMachine(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)) return true;
  // An IPv4-mapped loopback address, as written or as URL writes it (::ffff:7f00:1).
  return host === '::1' || host === '0:0:0:0:0:0:0:1' || /^::ffff:(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|7f[0-9a-f]{2}:[0-9a-f]{1,4})$/.test(host);
}
