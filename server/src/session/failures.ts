/**
 * The errors a connection attempt ends with (Node's socket, TLS and HTTP errors, and the ws package's), read as the
 * SessionFailure a user can act on: unreachable, TLS (which check failed), unauthorized, subprotocol, timeout.
 */
import { SessionFailure } from './types';

const unreachableCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);
const untrustedCodes = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'CERT_UNTRUSTED', 'CERT_SIGNATURE_FAILURE',
]);

/** A connection error, for the address `where` (the URL with the identity) offered `subprotocol` within `timeoutMs`. */
export function connectionFailure(error: Error & { code?: string }, where: string, subprotocol: string, timeoutMs?: number): SessionFailure {
  const code = error.code ?? '';
  if (unreachableCodes.has(code)) {
    const why = code === 'ECONNREFUSED' ? 'nothing listens on that port' : code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? 'the host name is unknown' : 'the network has no route to it';
    return new SessionFailure('unreachable', `${where} cannot be reached: ${why} (${code}).`);
  }
  if (untrustedCodes.has(code)) {
    return new SessionFailure('tls', `The TLS certificate of ${where} is not signed by a certificate authority we trust (${code}). ` +
      'Give the authority that signed it (--ca, or the endpoint\'s CA file) if the server is yours.');
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return new SessionFailure('tls', `The TLS certificate of ${where} is for another host name: ${error.message}`);
  }
  if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID') {
    const when = code === 'CERT_HAS_EXPIRED' ? 'has expired' : 'is not valid yet';
    return new SessionFailure('tls', `The TLS certificate of ${where} ${when} (${code}).`);
  }
  if (code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS') || /certificate|handshake failure|ssl|tls/i.test(error.message)) {
    return new SessionFailure('tls', `The TLS handshake with ${where} failed: ${error.message}${code ? ` (${code})` : ''}. ` +
      'With security profile 3, check the client certificate and key and that the server trusts their authority.');
  }
  // ws's own words for the two ways a server can refuse our only subprotocol (OCPP-J §3.2).
  if (/no subprotocol/i.test(error.message)) return subprotocolFailure(where, subprotocol, 'it answered without choosing a subprotocol');
  if (/subprotocol/i.test(error.message)) return subprotocolFailure(where, subprotocol, 'it chose a subprotocol we did not offer');
  if (/handshake has timed out/i.test(error.message)) return connectTimeout(where, timeoutMs);
  if ((code === 'ECONNRESET' || code === 'EPIPE') && where.startsWith('wss:')) {
    // Under TLS 1.3 a server checks our client certificate after our side of the handshake is done, and often just
    // drops the connection when it refuses it: a reset before the WebSocket opened is most likely that.
    return new SessionFailure('tls', `${where} cut the TLS connection before the WebSocket was open (${code}): most likely it refused ` +
      'our client certificate (security profile 3), or requires one. Check the certificate, its key, and that the server trusts their authority.');
  }
  if (code === 'ECONNRESET' || code === 'EPIPE') {
    return new SessionFailure('closed', `${where} closed the connection before the WebSocket was open (${code}).`);
  }
  return new SessionFailure('protocol', `The WebSocket connection to ${where} failed: ${error.message}${code ? ` (${code})` : ''}.`);
}

export function subprotocolFailure(where: string, subprotocol: string, detail: string): SessionFailure {
  return new SessionFailure('subprotocol', `${where} refused the OCPP version we offered (${subprotocol}): ${detail}. ` +
    'Check the session\'s OCPP version against what the other side speaks.');
}

export function connectTimeout(where: string, timeoutMs?: number): SessionFailure {
  const within = timeoutMs === undefined ? 'in time' : `within ${timeoutMs} ms`;
  return new SessionFailure('timeout', `${where} did not complete the WebSocket handshake ${within}.`);
}

/** An HTTP answer other than 101 Switching Protocols to the upgrade request. */
export function httpFailure(status: number, where: string): SessionFailure {
  if (status === 401) {
    return new SessionFailure('unauthorized', `${where} refused the station's credentials (HTTP 401): check the identity and the password (OCPP_PASSWORD).`);
  }
  if (status === 403) return new SessionFailure('unauthorized', `${where} forbids this station (HTTP 403).`);
  if (status === 404) {
    return new SessionFailure('protocol', `${where} answered HTTP 404: the central system does not know this identity or this path.`);
  }
  return new SessionFailure('protocol', `${where} answered HTTP ${status} instead of opening a WebSocket.`);
}
