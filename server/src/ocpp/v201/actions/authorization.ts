import { type ActionDefinition, arrayOf, enumOf, field, objectOf, string } from '../../schema';
import { ocppObject } from '../customData';
import { CSMS_TO_STATION, STATION_TO_CSMS } from '../directions';
import { AuthorizeCertificateStatusEnumType, ClearCacheStatusEnumType } from '../enums';
import { IdTokenInfoType, IdTokenType, OCSPRequestDataType, StatusInfoType } from '../types';

/** Functional block C Authorization (P2-201 chapter C). */

export const Authorize: ActionDefinition = {
  name: 'Authorize',
  direction: STATION_TO_CSMS,
  profile: 'C Authorization',
  useCases: ['C01', 'C04', 'C06', 'C07', 'C08', 'C09', 'C10', 'C12'],
  doc: 'Sent by the Charging Station to ask the CSMS whether an IdToken may be used to start or stop charging, and, for ISO 15118 Plug and Charge, whether the contract certificate is valid.',
  request: ocppObject('AuthorizeRequest', [
    field('idToken', objectOf(IdTokenType), { required: true, doc: 'The identifier to check, e.g. an RFID card UID or an eMAID, with its type.' }),
    field('certificate', string(5500), { doc: 'The EV\'s contract certificate chain in PEM format, leaf first and without the root. Sent only when central checking is allowed and the Charging Station has no way to check the contract certificate itself (C07.FR.06).' }),
    field('iso15118CertificateHashData', arrayOf(objectOf(OCSPRequestDataType), { minItems: 1, maxItems: 4 }), { doc: 'Up to 4 sets of certificate hash data the CSMS can use for an OCSP check of the contract certificate; unnecessary when certificate is sent.' }),
  ]),
  response: ocppObject('AuthorizeResponse', [
    field('idTokenInfo', objectOf(IdTokenInfoType), { required: true, doc: 'The verdict on the IdToken: its authorization status and optionally its group, expiry, allowed EVSEs and a message for the driver.' }),
    field('certificateStatus', enumOf(AuthorizeCertificateStatusEnumType), { doc: 'Result of checking the contract certificate, present when one was sent: Accepted, or the reason it failed, such as CertificateExpired, CertificateRevoked or CertChainError.' }),
  ]),
};

export const ClearCache: ActionDefinition = {
  name: 'ClearCache',
  direction: CSMS_TO_STATION,
  profile: 'C Authorization',
  useCases: ['C11'],
  doc: 'Sent by the CSMS to have the Charging Station empty its Authorization Cache.',
  request: ocppObject('ClearCacheRequest', [
  ]),
  response: ocppObject('ClearCacheResponse', [
    field('status', enumOf(ClearCacheStatusEnumType), { required: true, doc: 'Accepted when the Authorization Cache was cleared; Rejected when that failed or the cache is disabled (AuthCacheEnabled is false).' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Extra detail on the status, e.g. a reason code, when the Charging Station has something to add.' }),
  ]),
};
