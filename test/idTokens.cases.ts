/**
 * Cases for 2.0.1 idToken formats (server/src/ocpp/v201/rules/idTokens.ts: P2-201 §3.43, C02.FR.01) in every place an
 * IdTokenType appears: the findings of the part's codes (code, exact text covered, cited requirement).
 * idTokens.test.ts runs them through the service.
 */
import { conversation, type RuleCase } from './support/ruleCases';

export const idTokenCodes = ['id-token-format', 'no-authorization-id-token'];

const authorize = (idToken: string, type: string) => `[2, "a1", "Authorize", {"idToken": {"idToken": "${idToken}", "type": "${type}"}}]`;

export const idTokenCases: RuleCase[] = [
  { name: 'ISO14443 with 8 and 14 hex digits, ISO15693 with 16, NoAuthorization empty, Central anything: nothing', clean: true,
    text: conversation(authorize('04A2B3C4', 'ISO14443'), authorize('04a2b3c4d5e6f7', 'ISO14443').replace('"a1"', '"a2"'),
      authorize('E004010012345678', 'ISO15693').replace('"a1"', '"a3"'), authorize('', 'NoAuthorization').replace('"a1"', '"a4"'),
      authorize('not hex at all', 'Central').replace('"a1"', '"a5"')),
    expect: [] },
  { name: 'P2-201 §3.43: ISO14443 with 6 hex digits (3 bytes) is flagged with its length',
    text: authorize('04A2B3', 'ISO14443'), expect: [{ code: 'id-token-format', covers: '"04A2B3"', cites: 'has 6 characters' }] },
  { name: 'P2-201 §3.43: ISO14443 with separators is not hexadecimal',
    text: authorize('04:A2:B3:C4', 'ISO14443'), expect: [{ code: 'id-token-format', covers: '"04:A2:B3:C4"', cites: 'P2-201 §3.43' }] },
  { name: 'P2-201 §3.43: ISO14443 of 10 bytes (20 digits) is not among the type\'s sizes',
    text: authorize('04A2B3C4D5E6F7A8B9C0', 'ISO14443'), expect: [{ code: 'id-token-format', covers: '"04A2B3C4D5E6F7A8B9C0"', cites: 'triple-size' }] },
  { name: 'P2-201 §3.43: ISO15693 with 14 hex digits is flagged',
    text: authorize('E0040100123456', 'ISO15693'), expect: [{ code: 'id-token-format', covers: '"E0040100123456"', cites: '16 hexadecimal digits' }] },
  { name: 'C02.FR.01: NoAuthorization with a value is an error, in a TransactionEvent',
    text: '[2, "e1", "TransactionEvent", {"eventType": "Updated", "timestamp": "2024-05-01T10:00:00Z", "triggerReason": "Authorized", "seqNo": 1, ' +
      '"transactionInfo": {"transactionId": "tx1"}, "idToken": {"idToken": "button", "type": "NoAuthorization"}}]',
    expect: [{ code: 'no-authorization-id-token', covers: '"button"', cites: 'C02.FR.01' }] },
  { name: 'P2-201 §3.43: a groupIdToken deep in a SendLocalList entry is checked',
    text: '[2, "l1", "SendLocalList", {"versionNumber": 2, "updateType": "Full", "localAuthorizationList": [' +
      '{"idToken": {"idToken": "04A2B3C4", "type": "ISO14443"}, "idTokenInfo": {"status": "Accepted", "groupIdToken": {"idToken": "G1", "type": "ISO15693"}}}]}]',
    expect: [{ code: 'id-token-format', covers: '"G1"', cites: 'P2-201 §3.43' }] },
  { name: 'P2-201 §3.43: the groupIdToken of an AuthorizeResponse is checked',
    text: conversation(authorize('04A2B3C4', 'ISO14443'), '[3, "a1", {"idTokenInfo": {"status": "Accepted", "groupIdToken": {"idToken": "12345", "type": "ISO14443"}}}]'),
    expect: [{ code: 'id-token-format', covers: '"12345"', cites: 'odd number of digits' }] },
  { name: 'C02.FR.01: a bare AuthorizeRequest payload', uri: 'file:///w/AuthorizeRequest.json',
    text: '{"idToken": {"idToken": "x", "type": "NoAuthorization"}}',
    expect: [{ code: 'no-authorization-id-token', covers: '"x"', cites: 'C02.FR.01' }] },
  { name: 'P2-201 §3.43: a frame with another problem is read from its tree and still checked',
    text: '[2, "r1", "ReserveNow", {"id": 1, "expiryDateTime": "2024-05-01T12:00:00Z", "idToken": {"idToken": "ZZ", "type": "ISO14443"}, "extra": 1}]',
    expect: [{ code: 'id-token-format', covers: '"ZZ"', cites: 'P2-201 §3.43' }] },
];
