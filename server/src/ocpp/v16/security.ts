import { type ActionDefinition, type Direction } from '../schema';

const CP_TO_CS: Direction = 'ChargePointToCentralSystem';
const CS_TO_CP: Direction = 'CentralSystemToChargePoint';

/** The security whitepaper's (sec16 §5) additions to OCPP 1.6, in the order actions.ts lists them. */
export const securityActions: readonly ActionDefinition[] = [
  { name: 'LogStatusNotification', direction: CP_TO_CS, profile: 'Security', doc: 'Reports how uploading a log file requested with GetLog is going.' },
  { name: 'SecurityEventNotification', direction: CP_TO_CS, profile: 'Security', doc: 'Reports a security-relevant event, such as a failed login or a reset.' },
  { name: 'SignCertificate', direction: CP_TO_CS, profile: 'Security', doc: 'Sends a certificate signing request so the Central System can have a new certificate issued.' },
  { name: 'SignedFirmwareStatusNotification', direction: CP_TO_CS, profile: 'Security', doc: 'Reports how a signed firmware update is going, including signature checks.' },
  // Security whitepaper, Central System → Charge Point (sec16 §5)
  { name: 'CertificateSigned', direction: CS_TO_CP, profile: 'Security', doc: 'Delivers the signed certificate chain asked for with SignCertificate.' },
  { name: 'DeleteCertificate', direction: CS_TO_CP, profile: 'Security', doc: 'Removes an installed CA certificate.' },
  { name: 'ExtendedTriggerMessage', direction: CS_TO_CP, profile: 'Security', doc: 'Like TriggerMessage, and can also trigger the security messages.' },
  { name: 'GetInstalledCertificateIds', direction: CS_TO_CP, profile: 'Security', doc: 'Lists the CA certificates installed on the charge point.' },
  { name: 'GetLog', direction: CS_TO_CP, profile: 'Security', doc: 'Asks the charge point to upload a diagnostics or security log.' },
  { name: 'InstallCertificate', direction: CS_TO_CP, profile: 'Security', doc: 'Installs a new CA certificate on the charge point.' },
  { name: 'SignedUpdateFirmware', direction: CS_TO_CP, profile: 'Security', doc: 'Like UpdateFirmware, with a signing certificate and signature the charge point must check.' },
];
