import { type ActionDefinition, dateTime, enumOf, field, objectOf, string } from '../../schema';
import { ocppObject } from '../customData';
import { CSMS_TO_STATION, STATION_TO_CSMS } from '../directions';
import { CertificateSignedStatusEnumType, CertificateSigningUseEnumType, GenericStatusEnumType } from '../enums';
import { StatusInfoType } from '../types';

/** Functional block A Security (P2-201 chapter A). */

export const CertificateSigned: ActionDefinition = {
  name: 'CertificateSigned',
  direction: CSMS_TO_STATION,
  profile: 'A Security',
  useCases: ['A02', 'A03'],
  doc: 'Sent by the CSMS to deliver the certificate that a Certificate Authority signed in answer to the Charging Station\'s SignCertificate request; the Charging Station checks it and installs it.',
  request: ocppObject('CertificateSignedRequest', [
    field('certificateChain', string(10000), { required: true, doc: 'The newly signed certificate in PEM format, leaf first, followed by any intermediate (sub-CA) certificates. MaxCertificateChainSize may cap its size; a larger chain is Rejected (A02.FR.16).' }),
    field('certificateType', enumOf(CertificateSigningUseEnumType), { doc: 'Which certificate this is: ChargingStationCertificate or V2GCertificate. Absent means it serves both the CSMS connection and ISO 15118; it should echo the type of the SignCertificate request that asked for it.' }),
  ]),
  response: ocppObject('CertificateSignedResponse', [
    field('status', enumOf(CertificateSignedStatusEnumType), { required: true, doc: 'Accepted when the Charging Station found the certificate valid and will use it; Rejected when it is invalid or too large, in which case it is discarded.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Extra detail on the status, e.g. a reason code, when the Charging Station has something to add.' }),
  ]),
};

export const SecurityEventNotification: ActionDefinition = {
  name: 'SecurityEventNotification',
  direction: STATION_TO_CSMS,
  profile: 'A Security',
  useCases: ['A04', 'L01'],
  doc: 'Sent by the Charging Station to tell the CSMS about a security-relevant event, such as a failed firmware signature check or an invalid certificate; while offline, such notifications are queued for guaranteed delivery (A04.FR.02).',
  request: ocppObject('SecurityEventNotificationRequest', [
    field('type', string(50), { required: true, doc: 'The kind of security event, normally a name from the security events list in the appendices, e.g. FirmwareUpdated or InvalidFirmwareSignature. Up to 50 characters.' }),
    field('timestamp', dateTime(), { required: true, doc: 'When the event happened.' }),
    field('techInfo', string(255), { doc: 'Free-text technical detail about the event, up to 255 characters.' }),
  ]),
  response: ocppObject('SecurityEventNotificationResponse', [
  ]),
};

export const SignCertificate: ActionDefinition = {
  name: 'SignCertificate',
  direction: STATION_TO_CSMS,
  profile: 'A Security',
  useCases: ['A02', 'A03'],
  doc: 'Sent by the Charging Station with a certificate signing request (CSR) for a new key pair, so that the CSMS has it signed and returns the result in a CertificateSigned message.',
  request: ocppObject('SignCertificateRequest', [
    field('csr', string(5500), { required: true, doc: 'The PEM-encoded PKCS #10 certificate signing request (RFC 2986) carrying the new public key; the private key never leaves the Charging Station. Up to 5500 characters.' }),
    field('certificateType', enumOf(CertificateSigningUseEnumType), { doc: 'Which certificate should be renewed: ChargingStationCertificate or V2GCertificate. Absent means one certificate for both the CSMS connection and ISO 15118; it is needed when the two use different certificates.' }),
  ]),
  response: ocppObject('SignCertificateResponse', [
    field('status', enumOf(GenericStatusEnumType), { required: true, doc: 'Accepted when the CSMS will take the CSR on and have it signed; Rejected when it is unable to.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Extra detail on the status, e.g. a reason code, when the CSMS has something to add.' }),
  ]),
};
