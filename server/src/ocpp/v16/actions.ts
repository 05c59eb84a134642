import {
  type ActionDefinition, type Direction, ciString, dateTime, enumOf, field, integer, object,
} from '../schema';
import { ChargePointErrorCode, ChargePointStatus } from './enums';

const CP_TO_CS: Direction = 'ChargePointToCentralSystem';
const CS_TO_CP: Direction = 'CentralSystemToChargePoint';

// OCPP 1.6 §6.47 (StatusNotification.req) and §6.48 (StatusNotification.conf, no fields).
export const StatusNotification: ActionDefinition = {
  name: 'StatusNotification',
  direction: CP_TO_CS,
  profile: 'Core',
  doc: 'Tells the Central System the state of one connector, or of the whole charge point when connectorId is 0, and any error it has.',
  request: object('StatusNotification.req', [
    field('connectorId', integer({ min: 0 }), {
      required: true,
      doc: 'Which connector the status is for, counting from 1. 0 means the charge point as a whole (its main controller).',
    }),
    field('errorCode', enumOf(ChargePointErrorCode), {
      required: true,
      doc: 'The error the charge point reports, or NoError.',
    }),
    field('info', ciString(50), { doc: 'Free text with more detail about the error.' }),
    field('status', enumOf(ChargePointStatus), {
      required: true,
      doc: 'The state being reported. Connector 0 may only report Available, Unavailable or Faulted.',
    }),
    field('timestamp', dateTime(), { doc: 'When the status was detected. Leave it out to mean "when this message was sent".' }),
    field('vendorId', ciString(255), { doc: 'Identifies the vendor whose error code is in vendorErrorCode.' }),
    field('vendorErrorCode', ciString(50), { doc: 'The vendor\'s own error code.' }),
  ]),
  response: object('StatusNotification.conf', []),
};

/**
 * Every OCPP 1.6 action (§4, §5) and the security whitepaper's additions (sec16 §5). Only the actions with a
 * `request`/`response` here have their payloads checked; the others are known by name, direction and purpose.
 */
export const actions: readonly ActionDefinition[] = [
  // Charge Point → Central System (OCPP 1.6 §4)
  { name: 'Authorize', direction: CP_TO_CS, profile: 'Core', doc: 'Asks whether an idTag may start or stop charging.' },
  { name: 'BootNotification', direction: CP_TO_CS, profile: 'Core', doc: 'Announces the charge point after a (re)boot, with its model and vendor, and learns whether it is accepted and how often to send heartbeats.' },
  { name: 'DiagnosticsStatusNotification', direction: CP_TO_CS, profile: 'FirmwareManagement', doc: 'Reports how uploading a diagnostics file is going.' },
  { name: 'FirmwareStatusNotification', direction: CP_TO_CS, profile: 'FirmwareManagement', doc: 'Reports how downloading and installing new firmware is going.' },
  { name: 'Heartbeat', direction: CP_TO_CS, profile: 'Core', doc: 'Shows the charge point is alive and fetches the Central System\'s current time.' },
  { name: 'MeterValues', direction: CP_TO_CS, profile: 'Core', doc: 'Sends sampled meter readings (energy, power, current, ...) for a connector.' },
  { name: 'StartTransaction', direction: CP_TO_CS, profile: 'Core', doc: 'Reports that charging started, and receives the transactionId to use from then on.' },
  StatusNotification,
  { name: 'StopTransaction', direction: CP_TO_CS, profile: 'Core', doc: 'Reports that a transaction ended, with the final meter reading and the reason.' },
  // Central System → Charge Point (OCPP 1.6 §5)
  { name: 'CancelReservation', direction: CS_TO_CP, profile: 'Reservation', doc: 'Cancels a reservation made earlier with ReserveNow.' },
  { name: 'ChangeAvailability', direction: CS_TO_CP, profile: 'Core', doc: 'Makes a connector, or the whole charge point, operative or inoperative.' },
  { name: 'ChangeConfiguration', direction: CS_TO_CP, profile: 'Core', doc: 'Sets one configuration key of the charge point to a new value.' },
  { name: 'ClearCache', direction: CS_TO_CP, profile: 'Core', doc: 'Empties the charge point\'s authorization cache.' },
  { name: 'ClearChargingProfile', direction: CS_TO_CP, profile: 'SmartCharging', doc: 'Removes charging profiles, selected by id, connector, purpose or stack level.' },
  { name: 'GetCompositeSchedule', direction: CS_TO_CP, profile: 'SmartCharging', doc: 'Asks for the schedule that results from all active charging profiles on a connector.' },
  { name: 'GetConfiguration', direction: CS_TO_CP, profile: 'Core', doc: 'Reads configuration keys and their values from the charge point.' },
  { name: 'GetDiagnostics', direction: CS_TO_CP, profile: 'FirmwareManagement', doc: 'Asks the charge point to upload a diagnostics file to a given location.' },
  { name: 'GetLocalListVersion', direction: CS_TO_CP, profile: 'LocalAuthListManagement', doc: 'Asks which version of the local authorization list the charge point holds.' },
  { name: 'RemoteStartTransaction', direction: CS_TO_CP, profile: 'Core', doc: 'Asks the charge point to start charging for an idTag, optionally on a given connector.' },
  { name: 'RemoteStopTransaction', direction: CS_TO_CP, profile: 'Core', doc: 'Asks the charge point to stop a running transaction.' },
  { name: 'ReserveNow', direction: CS_TO_CP, profile: 'Reservation', doc: 'Reserves a connector for an idTag until a given time.' },
  { name: 'Reset', direction: CS_TO_CP, profile: 'Core', doc: 'Asks the charge point to restart, softly or hard.' },
  { name: 'SendLocalList', direction: CS_TO_CP, profile: 'LocalAuthListManagement', doc: 'Sends a full or differential update of the local authorization list.' },
  { name: 'SetChargingProfile', direction: CS_TO_CP, profile: 'SmartCharging', doc: 'Installs a charging profile that limits power or current over time.' },
  { name: 'TriggerMessage', direction: CS_TO_CP, profile: 'RemoteTrigger', doc: 'Asks the charge point to send a given message now, e.g. a StatusNotification.' },
  { name: 'UnlockConnector', direction: CS_TO_CP, profile: 'Core', doc: 'Asks the charge point to unlock a connector so a stuck cable can be removed.' },
  { name: 'UpdateFirmware', direction: CS_TO_CP, profile: 'FirmwareManagement', doc: 'Tells the charge point where to download new firmware and when to install it.' },
  // Both directions (OCPP 1.6 §4.3, §5.6)
  { name: 'DataTransfer', direction: 'Both', profile: 'Core', doc: 'Carries vendor-specific data that OCPP itself does not define.' },
  // Security whitepaper, Charge Point → Central System (sec16 §5)
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
