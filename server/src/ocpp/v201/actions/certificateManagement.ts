import { type ActionDefinition, arrayOf, enumOf, field, objectOf, string } from '../../schema';
import { ocppObject } from '../customData';
import { CSMS_TO_STATION, STATION_TO_CSMS } from '../directions';
import { CertificateActionEnumType, DeleteCertificateStatusEnumType, GetCertificateIdUseEnumType, GetCertificateStatusEnumType, GetInstalledCertificateStatusEnumType, InstallCertificateStatusEnumType, InstallCertificateUseEnumType, Iso15118EVCertificateStatusEnumType } from '../enums';
import { CertificateHashDataChainType, CertificateHashDataType, OCSPRequestDataType, StatusInfoType } from '../types';

/** Functional block M ISO15118CertificateManagement (P2-201 chapter M). */

export const DeleteCertificate: ActionDefinition = {
  name: 'DeleteCertificate',
  direction: CSMS_TO_STATION,
  profile: 'M ISO15118CertificateManagement',
  useCases: ['M04'],
  doc: 'Sent by the CSMS to have a Charging Station remove one installed certificate, such as a root CA certificate.',
  request: ocppObject('DeleteCertificateRequest', [
    field('certificateHashData', objectOf(CertificateHashDataType), { required: true, doc: 'Identifies the certificate by its hash data (hash algorithm, issuer name and key hashes, serial number). Use the hash algorithm the Charging Station reported in GetInstalledCertificateIds (M04.FR.07).' }),
  ]),
  response: ocppObject('DeleteCertificateResponse', [
    field('status', enumOf(DeleteCertificateStatusEnumType), { required: true, doc: 'Accepted when the certificate was deleted, NotFound when no such certificate is installed, Failed when deletion failed or was refused; always Failed for the Charging Station certificate (M04.FR.06).' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reason code.' }),
  ]),
};

export const Get15118EVCertificate: ActionDefinition = {
  name: 'Get15118EVCertificate',
  direction: STATION_TO_CSMS,
  profile: 'M ISO15118CertificateManagement',
  useCases: ['M01', 'M02'],
  doc: 'Sent by the Charging Station when an ISO 15118 EV asks to install or update its contract certificate: it passes the EV\'s EXI request to the CSMS and relays the answer back to the EV.',
  request: ocppObject('Get15118EVCertificateRequest', [
    field('iso15118SchemaVersion', string(50), { required: true, doc: 'The ISO 15118 schema version used between the EV and the Charging Station; the CSMS needs it to decode the EXI data.' }),
    field('action', enumOf(CertificateActionEnumType), { required: true, doc: 'Install for a first certificate (the EV sent CertificateInstallationReq), Update to renew an existing one (CertificateUpdateReq).' }),
    field('exiRequest', string(5600), { required: true, doc: 'The EV\'s request message exactly as received, in EXI form and Base64 encoded.' }),
  ]),
  response: ocppObject('Get15118EVCertificateResponse', [
    field('status', enumOf(Iso15118EVCertificateStatusEnumType), { required: true, doc: 'Accepted when the CSMS processed the request and exiResponse holds the answer (not proof that the certificate was installed); Failed otherwise.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reason code.' }),
    field('exiResponse', string(5600), { required: true, doc: 'The EXI response for the EV (CertificateInstallationRes or CertificateUpdateRes), Base64 encoded; the Charging Station decodes it and forwards it to the EV. A Charging Station may announce a longer maximum through OCPPCommCtrlr.FieldLength.' }),
  ]),
};

export const GetCertificateStatus: ActionDefinition = {
  name: 'GetCertificateStatus',
  direction: STATION_TO_CSMS,
  profile: 'M ISO15118CertificateManagement',
  useCases: ['M06'],
  doc: 'Sent by the Charging Station to get from the CSMS the OCSP status of one of its V2G certificates, which it caches for ISO 15118 TLS handshakes with EVs and refreshes at least weekly (M06.FR.10).',
  request: ocppObject('GetCertificateStatusRequest', [
    field('ocspRequestData', objectOf(OCSPRequestDataType), { required: true, doc: 'Identifies the certificate to check: hash algorithm, issuer name and key hashes, serial number, and the URL of the OCSP responder.' }),
  ]),
  response: ocppObject('GetCertificateStatusResponse', [
    field('status', enumOf(GetCertificateStatusEnumType), { required: true, doc: 'Accepted when the CSMS obtained the OCSP status, Failed when it could not. It says nothing about whether the certificate itself is valid.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reason code.' }),
    field('ocspResult', string(5500), { doc: 'The OCSP response (RFC 6960) for the certificate, DER encoded and then Base64 encoded. Present when status is Accepted (M06.FR.03).' }),
  ]),
};

export const GetInstalledCertificateIds: ActionDefinition = {
  name: 'GetInstalledCertificateIds',
  direction: CSMS_TO_STATION,
  profile: 'M ISO15118CertificateManagement',
  useCases: ['M03'],
  doc: 'Sent by the CSMS to ask a Charging Station which certificates it has installed, each reported as hash data.',
  request: ocppObject('GetInstalledCertificateIdsRequest', [
    field('certificateType', arrayOf(enumOf(GetCertificateIdUseEnumType), { minItems: 1 }), { doc: 'The certificate types to list, e.g. V2GRootCertificate, CSMSRootCertificate or V2GCertificateChain; when omitted, every type is listed.' }),
  ]),
  response: ocppObject('GetInstalledCertificateIdsResponse', [
    field('status', enumOf(GetInstalledCertificateStatusEnumType), { required: true, doc: 'Accepted when at least one matching certificate was found, NotFound when none was.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reason code.' }),
    field('certificateHashDataChain', arrayOf(objectOf(CertificateHashDataChainType), { minItems: 1 }), { doc: 'One entry per matching certificate, with its type and hash data. In a V2G chain the sub-CA certificates appear as child certificates of the V2G Charging Station certificate (M03.FR.05).' }),
  ]),
};

export const InstallCertificate: ActionDefinition = {
  name: 'InstallCertificate',
  direction: CSMS_TO_STATION,
  profile: 'M ISO15118CertificateManagement',
  useCases: ['M05'],
  doc: 'Sent by the CSMS to add a root CA certificate (V2G, MO, CSMS or manufacturer root) to the Charging Station\'s trust store. The Charging Station\'s own certificates go through CertificateSigned instead.',
  request: ocppObject('InstallCertificateRequest', [
    field('certificateType', enumOf(InstallCertificateUseEnumType), { required: true, doc: 'Which kind of root certificate is sent: V2GRootCertificate, MORootCertificate, CSMSRootCertificate or ManufacturerRootCertificate.' }),
    field('certificate', string(5500), { required: true, doc: 'The X.509 certificate itself, in PEM format.' }),
  ]),
  response: ocppObject('InstallCertificateResponse', [
    field('status', enumOf(InstallCertificateStatusEnumType), { required: true, doc: 'Accepted when installed; Rejected when the certificate is invalid or the maximum number of certificates would be exceeded; Failed when it is valid but could not be installed for another reason.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reason code.' }),
  ]),
};
