import { type ActionDefinition, arrayOf, enumOf, field, identifierString, integer, objectOf, string } from '../../schema';
import { ocppObject } from '../customData';
import { CSMS_TO_STATION, STATION_TO_CSMS } from '../directions';
import { FirmwareStatusEnumType, GenericStatusEnumType, PublishFirmwareStatusEnumType, UnpublishFirmwareStatusEnumType, UpdateFirmwareStatusEnumType } from '../enums';
import { FirmwareType, StatusInfoType } from '../types';

/** Functional block L FirmwareManagement (P2-201 chapter L). */

export const FirmwareStatusNotification: ActionDefinition = {
  name: 'FirmwareStatusNotification',
  direction: STATION_TO_CSMS,
  profile: 'L FirmwareManagement',
  useCases: ['L01', 'L02'],
  doc: 'Sent by the Charging Station to tell the CSMS how a firmware update started with UpdateFirmware is progressing: one notification per step of download, verification and installation.',
  request: ocppObject('FirmwareStatusNotificationRequest', [
    field('status', enumOf(FirmwareStatusEnumType), { required: true, doc: 'The step the update has reached, e.g. DownloadScheduled, Downloading, Downloaded, SignatureVerified, Installing, Installed, or a failure such as DownloadFailed, InvalidSignature or InstallationFailed. Idle only answers a TriggerMessage when no update is in progress.' }),
    field('requestId', integer(), { doc: 'The requestId of the UpdateFirmwareRequest this update belongs to (L01.FR.10). It may be left out only when a TriggerMessage caused the notification and no update is in progress.' }),
  ]),
  response: ocppObject('FirmwareStatusNotificationResponse', [
  ]),
};

export const PublishFirmware: ActionDefinition = {
  name: 'PublishFirmware',
  direction: CSMS_TO_STATION,
  profile: 'L FirmwareManagement',
  useCases: ['L03'],
  doc: 'Sent by the CSMS to a Local Controller, asking it to download a firmware file and publish it, so that the Charging Stations behind it can fetch the update locally instead of over the WAN.',
  request: ocppObject('PublishFirmwareRequest', [
    field('location', string(512), { required: true, doc: 'URI from which the Local Controller downloads the firmware file.' }),
    field('retries', integer(), { doc: 'How many times to retry a failed download before giving up; 0 means no retries. When absent, the Local Controller decides.' }),
    field('checksum', identifierString(32), { required: true, doc: 'MD5 hash of the whole firmware file as 32 hexadecimal characters; the Local Controller checks the download against it (L03.FR.02).' }),
    field('requestId', integer(), { required: true, doc: 'Identifies this request; the PublishFirmwareStatusNotification messages it causes carry the same value.' }),
    field('retryInterval', integer(), { doc: 'Seconds to wait between download attempts. When absent, the Local Controller decides.' }),
  ]),
  response: ocppObject('PublishFirmwareResponse', [
    field('status', enumOf(GenericStatusEnumType), { required: true, doc: 'Accepted when the Local Controller will download and publish the file, otherwise Rejected.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reason code.' }),
  ]),
};

export const PublishFirmwareStatusNotification: ActionDefinition = {
  name: 'PublishFirmwareStatusNotification',
  direction: STATION_TO_CSMS,
  profile: 'L FirmwareManagement',
  useCases: ['L03'],
  doc: 'Sent by the Local Controller to the CSMS to report how the publication of a firmware file, requested with PublishFirmware, is progressing.',
  request: ocppObject('PublishFirmwareStatusNotificationRequest', [
    field('status', enumOf(PublishFirmwareStatusEnumType), { required: true, doc: 'The step reached, e.g. Downloading, Downloaded, ChecksumVerified or Published, or a failure: DownloadFailed, InvalidChecksum or PublishFailed. Idle answers a TriggerMessage after the file has been published.' }),
    field('location', arrayOf(string(512), { minItems: 1 }), { doc: 'The URIs at which the file is now served, one per supported protocol (e.g. HTTP, HTTPS, FTP). Required when status is Published (L03.FR.04).' }),
    field('requestId', integer(), { doc: 'The requestId of the PublishFirmwareRequest that started this publication.' }),
  ]),
  response: ocppObject('PublishFirmwareStatusNotificationResponse', [
  ]),
};

export const UnpublishFirmware: ActionDefinition = {
  name: 'UnpublishFirmware',
  direction: CSMS_TO_STATION,
  profile: 'L FirmwareManagement',
  useCases: ['L04'],
  doc: 'Sent by the CSMS to a Local Controller to stop serving a firmware file it published earlier.',
  request: ocppObject('UnpublishFirmwareRequest', [
    field('checksum', identifierString(32), { required: true, doc: 'MD5 hash (32 hexadecimal characters) of the firmware file to withdraw; it identifies the file.' }),
  ]),
  response: ocppObject('UnpublishFirmwareResponse', [
    field('status', enumOf(UnpublishFirmwareStatusEnumType), { required: true, doc: 'Unpublished when the file is no longer served, NoFirmware when nothing was published, DownloadOngoing when a Charging Station is still fetching it, in which case the file stays published (L04.FR.04).' }),
  ]),
};

export const UpdateFirmware: ActionDefinition = {
  name: 'UpdateFirmware',
  direction: CSMS_TO_STATION,
  profile: 'L FirmwareManagement',
  useCases: ['L01', 'L02'],
  doc: 'Sent by the CSMS to make a Charging Station download and install new firmware; the Charging Station reports each step with FirmwareStatusNotification.',
  request: ocppObject('UpdateFirmwareRequest', [
    field('retries', integer(), { doc: 'Number of retries after a failed download before the Charging Station gives up; 0 means no retries. When absent, the Charging Station decides.' }),
    field('retryInterval', integer(), { doc: 'Seconds to wait between download attempts. When absent, the Charging Station decides.' }),
    field('requestId', integer(), { required: true, doc: 'Identifies this update; every FirmwareStatusNotification about it repeats the value.' }),
    field('firmware', objectOf(FirmwareType), { required: true, doc: 'Where to fetch the firmware and when: its location, retrieveDateTime, an optional installDateTime and, for a secure update, the signing certificate and signature.' }),
  ]),
  response: ocppObject('UpdateFirmwareResponse', [
    field('status', enumOf(UpdateFirmwareStatusEnumType), { required: true, doc: 'Accepted (the update process starts, which says nothing about its outcome), AcceptedCanceled (accepted, and an update in progress was canceled), Rejected, or InvalidCertificate / RevokedCertificate when the signing certificate fails validation (L01.FR.22).' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reason code.' }),
  ]),
};
