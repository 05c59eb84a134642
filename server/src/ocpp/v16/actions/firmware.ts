import {
  type ActionDefinition, type Direction, ciString, dateTime, enumOf, field, integer, object, uri,
} from '../../schema';
import { DiagnosticsStatus, FirmwareStatus } from '../enums';

/** Firmware Management profile (OCPP 1.6 §3.1): firmware updates and diagnostics uploads. */

const CP_TO_CS: Direction = 'ChargePointToCentralSystem';
const CS_TO_CP: Direction = 'CentralSystemToChargePoint';

// OCPP 1.6 §4.4, §6.17, §6.18
export const DiagnosticsStatusNotification: ActionDefinition = {
  name: 'DiagnosticsStatusNotification',
  direction: CP_TO_CS,
  profile: 'FirmwareManagement',
  doc: 'Reports how uploading a diagnostics file is going.',
  request: object('DiagnosticsStatusNotification.req', [
    field('status', enumOf(DiagnosticsStatus), {
      required: true,
      doc: 'Where the upload stands. Idle only in answer to a TriggerMessage.',
    }),
  ]),
  response: object('DiagnosticsStatusNotification.conf', []),
};

// OCPP 1.6 §4.5, §6.19, §6.20
export const FirmwareStatusNotification: ActionDefinition = {
  name: 'FirmwareStatusNotification',
  direction: CP_TO_CS,
  profile: 'FirmwareManagement',
  doc: 'Reports how downloading and installing new firmware is going.',
  request: object('FirmwareStatusNotification.req', [
    field('status', enumOf(FirmwareStatus), {
      required: true,
      doc: 'Where the firmware update stands. Idle only in answer to a TriggerMessage.',
    }),
  ]),
  response: object('FirmwareStatusNotification.conf', []),
};

// OCPP 1.6 §5.9, §6.25, §6.26 (errata §3.50)
export const GetDiagnostics: ActionDefinition = {
  name: 'GetDiagnostics',
  direction: CS_TO_CP,
  profile: 'FirmwareManagement',
  doc: 'Asks the charge point to upload a diagnostics file to a given location.',
  request: object('GetDiagnostics.req', [
    field('location', uri(), {
      required: true,
      doc: 'The directory to upload the file to, as an absolute URI, e.g. ftp://user:pass@example.com/diagnostics/.',
    }),
    field('retries', integer(), {
      doc: 'How many times to retry a failed upload. Absent: the charge point decides.',
    }),
    field('retryInterval', integer(), {
      doc: 'Seconds to wait between retries. Absent: the charge point decides.',
    }),
    field('startTime', dateTime(), { doc: 'Leave out log entries older than this.' }),
    field('stopTime', dateTime(), { doc: 'Leave out log entries newer than this.' }),
  ]),
  response: object('GetDiagnostics.conf', [
    field('fileName', ciString(255), {
      doc: 'The name of the file that will be uploaded. Absent when there is no diagnostics information to upload.',
    }),
  ]),
};

// OCPP 1.6 §5.19, §6.55, §6.56 (errata §3.63)
export const UpdateFirmware: ActionDefinition = {
  name: 'UpdateFirmware',
  direction: CS_TO_CP,
  profile: 'FirmwareManagement',
  doc: 'Tells the charge point where to download new firmware and when to install it.',
  request: object('UpdateFirmware.req', [
    field('location', uri(), {
      required: true,
      doc: 'Where to download the firmware from, as an absolute URI, e.g. https://example.com/fw/v2.bin.',
    }),
    field('retries', integer(), {
      doc: 'How many times to retry a failed download. Absent: the charge point decides.',
    }),
    field('retrieveDate', dateTime(), {
      required: true,
      doc: 'The earliest time the charge point may start downloading the firmware.',
    }),
    field('retryInterval', integer(), {
      doc: 'Seconds to wait between retries. Absent: the charge point decides.',
    }),
  ]),
  response: object('UpdateFirmware.conf', []),
};
