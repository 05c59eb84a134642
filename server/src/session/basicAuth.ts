/**
 * HTTP Basic authentication as OCPP security profiles 1 and 2 use it: the station's identity is the user name
 * (OCPP 1.6 security whitepaper §2.3.1, OCPP-J 2.0.1 §6.1.1), the password its AuthorizationKey.
 */
import { timingSafeEqual } from 'node:crypto';

export function basicAuthorization(identity: string, password: string): string {
  return `Basic ${Buffer.from(`${identity}:${password}`, 'utf8').toString('base64')}`;
}

/** Whether an Authorization header carries `identity` and `password`; compared in constant time. */
export function basicAuthorizationMatches(header: string | undefined, identity: string, password: string): boolean {
  if (!header) return false;
  const given = Buffer.from(header.trim(), 'utf8');
  const expected = Buffer.from(basicAuthorization(identity, password), 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
