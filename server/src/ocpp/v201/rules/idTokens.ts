/**
 * The format an IdToken's type promises (P2-201 §3.43 IdTokenEnumType, C02.FR.01), for every IdTokenType in any
 * payload (Authorize, TransactionEvent, RequestStartTransaction, ReserveNow, SendLocalList, CustomerInformation, the
 * groupIdToken of an IdTokenInfo, ...):
 * - ISO14443: the card's UID of 4 or 7 bytes in hexadecimal, so 8 or 14 hex digits;
 * - ISO15693: 8 bytes in hexadecimal, so 16 hex digits;
 * - NoAuthorization: an empty idToken.
 * The other types define no format (Central and Local may be anything, eMAID follows ISO 15118).
 */
import type { ObjectNode, StringNode } from '../../../json/jsonTree';
import type { CodeDefinition, ReportFinding, RuleDocument } from '../../rules';
import type { ActionDefinition, Field, ObjectType } from '../../schema';
import { characterCount } from '../../../text/words';
import { FieldFinder, payloadsOf } from './payloadFields';
import type { RulePart } from './rulePart';

const codes: Record<string, CodeDefinition> = {
  'id-token-format': { severity: 'warning', description: 'An ISO14443 or ISO15693 idToken that is not the card UID in hexadecimal its type promises (8 or 14 hex digits for ISO14443, 16 for ISO15693).' },
  'no-authorization-id-token': { severity: 'error', description: 'An IdToken of type NoAuthorization whose idToken is not the empty string.' },
};

/** The hex digits each card type's UID takes: bytes times two. */
const hexDigits: Readonly<Record<string, readonly number[]>> = { ISO14443: [8, 14], ISO15693: [16] };

const isIdTokenField = (_owner: ObjectType, field: Field) => field.type.kind === 'object' && field.type.object.name === 'IdTokenType';


/** Whether an IdToken, as JSON.parse made it, breaks its type's format. */
function breaksFormat(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { idToken, type } = value as { readonly idToken?: unknown; readonly type?: unknown };
  if (typeof idToken !== 'string' || typeof type !== 'string') return false;
  return problemOf(type, idToken) !== undefined;
}

const suspectKey = 'idTokens.suspect';

/** The part over a catalog's actions: every payload path to an IdTokenType is read from them. */
export function idTokenFormatsOver(actions: readonly ActionDefinition[]): RulePart {
  const idTokens = new FieldFinder(actions, isIdTokenField);
  return {
    codes,
    factsMembers: idTokens.topNames,
    readFacts(payload, facts) {
      if (idTokens.mayHold(payload, breaksFormat)) facts[suspectKey] = 1;
    },
    check(doc: RuleDocument, report: ReportFinding): void {
      for (const payload of payloadsOf(doc, (frame) => frame.facts[suspectKey] === 1)) {
        idTokens.find(payload.node, payload.type, (at) => {
          if (at.node.type === 'object') checkIdToken(at.node, report);
        });
      }
    },
  };
}

function checkIdToken(object: ObjectNode, report: ReportFinding): void {
  const idToken = stringMember(object, 'idToken');
  const type = stringMember(object, 'type');
  if (!idToken || !type) return;
  const problem = problemOf(type.value, idToken.value);
  if (!problem) return;
  report({ code: problem.code, message: problem.message, offset: idToken.offset, length: idToken.length,
    // No replacement is offered: emptying the token or changing its type are both possible fixes, the author's call.
    data: { type: type.value, idToken: idToken.value, length: [...idToken.value].length } });
}

function stringMember(object: ObjectNode, name: string): StringNode | undefined {
  const value = object.properties.find((p) => p.key.value === name)?.value;
  return value?.type === 'string' ? value : undefined;
}

const hex = /^[0-9A-Fa-f]*$/;

/** What is wrong with `idToken` for its `type`, or undefined when nothing is (or the type sets no format). */
function problemOf(type: string, idToken: string): { code: string; message: string } | undefined {
  if (type === 'NoAuthorization') {
    if (idToken === '') return undefined;
    return { code: 'no-authorization-id-token',
      message: `An IdToken of type NoAuthorization carries no identifier: its idToken is the empty string "", not a value of ${count(idToken)} (C02.FR.01, P2-201 §3.43).` };
  }
  const digits = hexDigits[type];
  if (!digits) return undefined;
  const fits = hex.test(idToken) && digits.includes(idToken.length);
  if (fits) return undefined;
  const expected = type === 'ISO14443'
    ? 'an ISO 14443 card UID of 4 or 7 bytes, written as 8 or 14 hexadecimal digits'
    : 'an ISO 15693 card UID of 8 bytes, written as 16 hexadecimal digits';
  const stray = [...idToken].find((c) => !/[0-9A-Fa-f]/.test(c));
  const what = stray !== undefined
    ? `"${idToken}" (${count(idToken)}) holds ${describeCharacter(stray)}, which is no hexadecimal digit`
    : `"${idToken}" has ${count(idToken)}`;
  // A 10-byte (triple-size) ISO 14443 UID exists in the field, but 2.0.1's type names only 4 and 7 bytes.
  const tripleSize = type === 'ISO14443' && stray === undefined && idToken.length === 20
    ? ' A 10-byte (triple-size) UID is not among the sizes IdTokenEnumType names for ISO14443.'
    : '';
  const bytes = stray === undefined && idToken.length % 2 === 1 ? ' An odd number of digits is no whole number of bytes.' : '';
  return { code: 'id-token-format',
    message: `idToken ${what}: type ${type} promises ${expected}, without separators (P2-201 §3.43 IdTokenEnumType).${bytes}${tripleSize}` };
}

function count(text: string): string {
  const n = characterCount(text);
  return `${n} character${n === 1 ? '' : 's'}`;
}

function describeCharacter(c: string): string {
  if (c === ' ') return 'a space';
  return `"${c}"`;
}
