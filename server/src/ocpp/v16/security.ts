import {
  type ActionDefinition, type Direction, dateTime, enumeration, enumOf, field, integer, object, objectOf, arrayOf, string,
} from '../schema';

/*
 * The security whitepaper's additions to OCPP 1.6 (sec16 edition 2: §5 messages, §6 datatypes and enumerations).
 *
 * Naming: types and enumerations take the whitepaper's name without its "Type"/"EnumType" suffix, in the style of
 * the 1.6 core catalog (CertificateHashDataType → CertificateHashData). Where the short name is already a 1.6 core
 * enumeration (FirmwareStatus, MessageTrigger, TriggerMessageStatus), the full whitepaper name is kept so the two
 * cannot be confused: FirmwareStatusEnumType, MessageTriggerEnumType, TriggerMessageStatusEnumType.
 *
 * The whitepaper types every length-limited field here as a plain string (string[0..N], identifierString[0..N]),
 * never as CiStringNType, so they are `string(N)`.
 */

const CP_TO_CS: Direction = 'ChargePointToCentralSystem';
const CS_TO_CP: Direction = 'CentralSystemToChargePoint';

// ---------------------------------------------------------------------------------------------------------------
// Enumerations (sec16 §6)
// ---------------------------------------------------------------------------------------------------------------

// sec16 §6.2
export const CertificateSignedStatus = enumeration(
  'CertificateSignedStatus',
  'The charge point\'s verdict on a certificate chain delivered with CertificateSigned.',
  [
    { name: 'Accepted', doc: 'The chain checked out and the charge point will use the new certificate.' },
    { name: 'Rejected', doc: 'The chain failed the charge point\'s checks (bad signature, wrong key, expired, ...) and was not installed.' },
  ],
);

// sec16 §6.3 (the official schema calls it InstallCertificateStatusEnumType)
export const CertificateStatus = enumeration(
  'CertificateStatus',
  'The outcome of installing a CA certificate with InstallCertificate.',
  [
    { name: 'Accepted', doc: 'The certificate is now installed.' },
    { name: 'Failed', doc: 'The certificate itself was fine but installing it went wrong for some other reason, e.g. a storage error.' },
    { name: 'Rejected', doc: 'The certificate was invalid or malformed, or the certificate store is already full (see CertificateStoreMaxLength).' },
  ],
);

// sec16 §6.4
export const CertificateUse = enumeration(
  'CertificateUse',
  'Which kind of CA (root) certificate a request is about.',
  [
    { name: 'CentralSystemRootCertificate', doc: 'The root the charge point trusts for the Central System\'s TLS certificate; the same CA signs charge point certificates.' },
    { name: 'ManufacturerRootCertificate', doc: 'The manufacturer\'s root, used to check the certificate that signed a firmware image.' },
  ],
);

// sec16 §6.5
export const DeleteCertificateStatus = enumeration(
  'DeleteCertificateStatus',
  'The outcome of a DeleteCertificate request.',
  [
    { name: 'Accepted', doc: 'The certificate was found and removed.' },
    { name: 'Failed', doc: 'The certificate exists but could not be removed, e.g. because of a storage error.' },
    { name: 'NotFound', doc: 'No installed certificate matches the given hash data.' },
  ],
);

// sec16 §6.6. Named in full: 1.6 core FirmwareStatus (FirmwareStatusNotification) has a different value list.
export const FirmwareStatusEnumType = enumeration(
  'FirmwareStatusEnumType',
  'Progress of a signed firmware update, as reported in SignedFirmwareStatusNotification. Not the same list as 1.6 core FirmwareStatus.',
  [
    { name: 'Downloaded', doc: 'Step in progress: the firmware file has been fetched.' },
    { name: 'DownloadFailed', doc: 'Final, failed: the firmware file could not be fetched.' },
    { name: 'Downloading', doc: 'Step in progress: the firmware file is being fetched.' },
    { name: 'DownloadScheduled', doc: 'Step in progress: the download will start at retrieveDateTime.' },
    { name: 'DownloadPaused', doc: 'Step in progress: the download is on hold for now.' },
    { name: 'Idle', doc: 'No firmware update is under way. Only valid as the answer to an ExtendedTriggerMessage for FirmwareStatusNotification.' },
    { name: 'InstallationFailed', doc: 'Final, failed: installing the new firmware did not succeed.' },
    { name: 'Installing', doc: 'Step in progress: the new firmware is being installed.' },
    { name: 'Installed', doc: 'Final, succeeded: the new firmware is installed.' },
    { name: 'InstallRebooting', doc: 'Step in progress: the charge point is about to restart to run the new firmware. May be skipped when the restart is part of installing.' },
    { name: 'InstallScheduled', doc: 'Step in progress: the firmware is downloaded and will be installed at installDateTime.' },
    { name: 'InstallVerificationFailed', doc: 'Final, failed: the downloaded image failed its integrity check (e.g. checksum), so it will not be installed.' },
    { name: 'InvalidSignature', doc: 'Final, failed: the firmware\'s signature did not verify against the signing certificate.' },
    { name: 'SignatureVerified', doc: 'Step in progress: the firmware\'s signature verified correctly.' },
  ],
);

// sec16 §6.8
export const GenericStatus = enumeration(
  'GenericStatus',
  'A plain yes/no answer to a request.',
  [
    { name: 'Accepted', doc: 'The request was taken on and will be carried out.' },
    { name: 'Rejected', doc: 'The request was turned down and nothing will happen.' },
  ],
);

// sec16 §6.9
export const GetInstalledCertificateStatus = enumeration(
  'GetInstalledCertificateStatus',
  'Whether GetInstalledCertificateIds found any certificates of the requested kind.',
  [
    { name: 'Accepted', doc: 'Certificates of the requested kind were found; certificateHashData lists them.' },
    { name: 'NotFound', doc: 'No certificates of the requested kind are installed; leave certificateHashData out.' },
  ],
);

// sec16 §6.10
export const HashAlgorithm = enumeration(
  'HashAlgorithm',
  'The hash function used to compute the hashes in CertificateHashData.',
  [
    { name: 'SHA256', doc: 'SHA-2 with a 256-bit digest (64 hex characters).' },
    { name: 'SHA384', doc: 'SHA-2 with a 384-bit digest (96 hex characters).' },
    { name: 'SHA512', doc: 'SHA-2 with a 512-bit digest (128 hex characters).' },
  ],
);

// sec16 §6.11
export const Log = enumeration(
  'Log',
  'Which log GetLog asks the charge point to upload.',
  [
    { name: 'DiagnosticsLog', doc: 'The general diagnostics log, as GetDiagnostics would upload.' },
    { name: 'SecurityLog', doc: 'The log of security events (the ones SecurityEventNotification reports).' },
  ],
);

// sec16 §6.13
export const LogStatus = enumeration(
  'LogStatus',
  'The charge point\'s answer to GetLog.',
  [
    { name: 'Accepted', doc: 'The upload will start; its progress follows in LogStatusNotification. It says nothing yet about success.' },
    { name: 'Rejected', doc: 'The charge point will not upload the log.' },
    { name: 'AcceptedCanceled', doc: 'The upload will start, and an upload that was still running has been stopped to make way for it.' },
  ],
);

// sec16 §6.14. Named in full: 1.6 core MessageTrigger (TriggerMessage) has a different value list.
export const MessageTriggerEnumType = enumeration(
  'MessageTriggerEnumType',
  'The message ExtendedTriggerMessage asks the charge point to send. Not the same list as 1.6 core MessageTrigger.',
  [
    { name: 'BootNotification', doc: 'Send a BootNotification.' },
    { name: 'LogStatusNotification', doc: 'Send a LogStatusNotification about the current log upload (status Idle when none runs).' },
    { name: 'FirmwareStatusNotification', doc: 'Send a SignedFirmwareStatusNotification (not the core FirmwareStatusNotification) about the signed firmware update; Idle when none runs.' },
    { name: 'Heartbeat', doc: 'Send a Heartbeat.' },
    { name: 'MeterValues', doc: 'Send MeterValues, for connectorId if given.' },
    { name: 'SignChargePointCertificate', doc: 'Start the charge point certificate renewal: the charge point makes a new key pair and sends a SignCertificate.' },
    { name: 'StatusNotification', doc: 'Send a StatusNotification, for connectorId if given.' },
  ],
);

// sec16 §6.15. Same values as 1.6 core TriggerMessageStatus; named in full to keep the whitepaper's type apart.
export const TriggerMessageStatusEnumType = enumeration(
  'TriggerMessageStatusEnumType',
  'The charge point\'s answer to ExtendedTriggerMessage.',
  [
    { name: 'Accepted', doc: 'The requested message will be sent shortly.' },
    { name: 'Rejected', doc: 'The charge point knows the message but will not send it now.' },
    { name: 'NotImplemented', doc: 'The charge point does not support triggering this message.' },
  ],
);

// sec16 §6.16
export const UpdateFirmwareStatus = enumeration(
  'UpdateFirmwareStatus',
  'The charge point\'s answer to SignedUpdateFirmware, given after it has checked the signing certificate.',
  [
    { name: 'Accepted', doc: 'The update will start; progress follows in SignedFirmwareStatusNotification. It says nothing yet about success.' },
    { name: 'Rejected', doc: 'The charge point will not perform this update.' },
    { name: 'AcceptedCanceled', doc: 'The update will start, and an update that was still running has been stopped to make way for it.' },
    { name: 'InvalidCertificate', doc: 'The signingCertificate did not validate (e.g. not issued by an installed ManufacturerRootCertificate); no update.' },
    { name: 'RevokedCertificate', doc: 'The signingCertificate has been revoked; no update.' },
  ],
);

// sec16 §6.17
export const UploadLogStatus = enumeration(
  'UploadLogStatus',
  'Progress of a log upload started with GetLog, as reported in LogStatusNotification.',
  [
    { name: 'BadMessage', doc: 'The upload failed because the remote side sent something malformed or spoke an incompatible protocol.' },
    { name: 'Idle', doc: 'No log upload is under way. Only valid as the answer to an ExtendedTriggerMessage for LogStatusNotification.' },
    { name: 'NotSupportedOperation', doc: 'The upload failed because the remote server does not support the operation.' },
    { name: 'PermissionDenied', doc: 'The upload failed because the remote server refused access (e.g. bad credentials in remoteLocation).' },
    { name: 'Uploaded', doc: 'The log file arrived at remoteLocation.' },
    { name: 'UploadFailure', doc: 'The upload failed for another reason.' },
    { name: 'Uploading', doc: 'The log file is being sent.' },
  ],
);

/** Every enumeration the security whitepaper adds, in sec16 §6 order. */
export const securityEnumerations = [
  CertificateSignedStatus, CertificateStatus, CertificateUse, DeleteCertificateStatus, FirmwareStatusEnumType,
  GenericStatus, GetInstalledCertificateStatus, HashAlgorithm, Log, LogStatus, MessageTriggerEnumType,
  TriggerMessageStatusEnumType, UpdateFirmwareStatus, UploadLogStatus,
] as const;

// ---------------------------------------------------------------------------------------------------------------
// Datatypes (sec16 §6)
// ---------------------------------------------------------------------------------------------------------------

// sec16 §6.1 CertificateHashDataType
export const CertificateHashData = object('CertificateHashData', [
  field('hashAlgorithm', enumOf(HashAlgorithm), {
    required: true,
    doc: 'The hash function used for issuerNameHash and issuerKeyHash.',
  }),
  field('issuerNameHash', string(128), {
    required: true,
    doc: 'Hash of the DER-encoded issuer distinguished name, written as hex.',
  }),
  field('issuerKeyHash', string(128), {
    required: true,
    doc: 'Hash of the issuer\'s public key, written as hex.',
  }),
  field('serialNumber', string(40), {
    required: true,
    doc: 'The certificate\'s serial number, written as hex.',
  }),
]);

// sec16 §6.12 LogParametersType
export const LogParameters = object('LogParameters', [
  field('remoteLocation', string(512), {
    required: true,
    doc: 'The URL the log file is uploaded to, e.g. ftp://user:pass@logs.example.com/cp01/.',
  }),
  field('oldestTimestamp', dateTime(), {
    doc: 'Leave out log entries older than this. Omit it to start from the oldest entry kept.',
  }),
  field('latestTimestamp', dateTime(), {
    doc: 'Leave out log entries newer than this. Omit it to include everything up to now.',
  }),
]);

// sec16 §6.7 FirmwareType
export const Firmware = object('Firmware', [
  field('location', string(512), {
    required: true,
    doc: 'The URL the firmware image is downloaded from.',
  }),
  field('retrieveDateTime', dateTime(), {
    required: true,
    doc: 'When to start downloading; the charge point fetches the image at or after this time, so a past time means right away.',
  }),
  field('installDateTime', dateTime(), {
    doc: 'When to install after downloading (the charge point reports InstallScheduled until then). Omit it to install as soon as the download is verified.',
  }),
  field('signingCertificate', string(5500), {
    required: true,
    doc: 'The PEM X.509 certificate whose key signed the firmware; it must chain to an installed ManufacturerRootCertificate.',
  }),
  field('signature', string(800), {
    required: true,
    doc: 'The firmware image\'s signature, Base64-encoded.',
  }),
]);

// ---------------------------------------------------------------------------------------------------------------
// Actions (sec16 §5)
// ---------------------------------------------------------------------------------------------------------------

/** The security whitepaper's (sec16 §5) additions to OCPP 1.6, in the order actions.ts lists them. */
export const securityActions: readonly ActionDefinition[] = [
  // sec16 §5.13, §5.14
  {
    name: 'LogStatusNotification',
    direction: CP_TO_CS,
    profile: 'Security',
    doc: 'Reports how uploading a log file requested with GetLog is going.',
    request: object('LogStatusNotification.req', [
      field('status', enumOf(UploadLogStatus), {
        required: true,
        doc: 'Where the log upload stands.',
      }),
      field('requestId', integer(), {
        doc: 'The requestId of the GetLog this upload belongs to. Left out when reporting Idle after an ExtendedTriggerMessage.',
      }),
    ]),
    response: object('LogStatusNotification.conf', []),
  },
  // sec16 §5.15, §5.16
  {
    name: 'SecurityEventNotification',
    direction: CP_TO_CS,
    profile: 'Security',
    doc: 'Reports a security-relevant event, such as a failed login or a reset.',
    request: object('SecurityEventNotification.req', [
      field('type', string(50), {
        required: true,
        doc: 'The kind of event, by its name in the whitepaper\'s list of security events, e.g. FirmwareUpdated, InvalidCentralSystemCertificate, ReconfigurationOfSecurityParameters.',
      }),
      field('timestamp', dateTime(), {
        required: true,
        doc: 'When the event happened.',
      }),
      field('techInfo', string(255), {
        doc: 'Free text with technical detail about the event, for troubleshooting.',
      }),
    ]),
    response: object('SecurityEventNotification.conf', []),
  },
  // sec16 §5.17, §5.18
  {
    name: 'SignCertificate',
    direction: CP_TO_CS,
    profile: 'Security',
    doc: 'Sends a certificate signing request so the Central System can have a new certificate issued.',
    request: object('SignCertificate.req', [
      field('csr', string(5500), {
        required: true,
        doc: 'The PKCS#10 certificate signing request for the charge point\'s new key, PEM-encoded ("-----BEGIN CERTIFICATE REQUEST-----...").',
      }),
    ]),
    response: object('SignCertificate.conf', [
      field('status', enumOf(GenericStatus), {
        required: true,
        doc: 'Whether the Central System will pass the CSR on for signing. The certificate itself follows later in CertificateSigned.',
      }),
    ]),
  },
  // sec16 §5.19, §5.20
  {
    name: 'SignedFirmwareStatusNotification',
    direction: CP_TO_CS,
    profile: 'Security',
    doc: 'Reports how a signed firmware update is going, including signature checks.',
    request: object('SignedFirmwareStatusNotification.req', [
      field('status', enumOf(FirmwareStatusEnumType), {
        required: true,
        doc: 'Where the signed firmware update stands.',
      }),
      field('requestId', integer(), {
        doc: 'The requestId of the SignedUpdateFirmware this update belongs to. Expected whenever an update runs; may only be left out when answering a trigger while no update runs.',
      }),
    ]),
    response: object('SignedFirmwareStatusNotification.conf', []),
  },
  // Security whitepaper, Central System → Charge Point (sec16 §5)
  // sec16 §5.1, §5.2
  {
    name: 'CertificateSigned',
    direction: CS_TO_CP,
    profile: 'Security',
    doc: 'Delivers the signed certificate chain asked for with SignCertificate.',
    request: object('CertificateSigned.req', [
      field('certificateChain', string(10000), {
        required: true,
        doc: 'The new charge point certificate in PEM, optionally followed by the intermediate CA certificates. Its size is also capped by the CertificateSignedMaxChainSize configuration key.',
      }),
    ]),
    response: object('CertificateSigned.conf', [
      field('status', enumOf(CertificateSignedStatus), {
        required: true,
        doc: 'Whether the charge point accepted the certificate chain.',
      }),
    ]),
  },
  // sec16 §5.3, §5.4
  {
    name: 'DeleteCertificate',
    direction: CS_TO_CP,
    profile: 'Security',
    doc: 'Removes an installed CA certificate.',
    request: object('DeleteCertificate.req', [
      field('certificateHashData', objectOf(CertificateHashData), {
        required: true,
        doc: 'Identifies the certificate to remove, as GetInstalledCertificateIds reported it.',
      }),
    ]),
    response: object('DeleteCertificate.conf', [
      field('status', enumOf(DeleteCertificateStatus), {
        required: true,
        doc: 'Whether the certificate was removed.',
      }),
    ]),
  },
  // sec16 §5.5, §5.6
  {
    name: 'ExtendedTriggerMessage',
    direction: CS_TO_CP,
    profile: 'Security',
    doc: 'Like TriggerMessage, and can also trigger the security messages.',
    request: object('ExtendedTriggerMessage.req', [
      field('requestedMessage', enumOf(MessageTriggerEnumType), {
        required: true,
        doc: 'Which message the charge point should send.',
      }),
      // sec16 §5.5 states connectorId > 0; the official schema has no minimum.
      field('connectorId', integer({ min: 1 }), {
        doc: 'The connector the triggered message should be about, counting from 1. Only include it when the message concerns one connector.',
      }),
    ]),
    response: object('ExtendedTriggerMessage.conf', [
      field('status', enumOf(TriggerMessageStatusEnumType), {
        required: true,
        doc: 'Whether the charge point will send the requested message.',
      }),
    ]),
  },
  // sec16 §5.7, §5.8
  {
    name: 'GetInstalledCertificateIds',
    direction: CS_TO_CP,
    profile: 'Security',
    doc: 'Lists the CA certificates installed on the charge point.',
    request: object('GetInstalledCertificateIds.req', [
      field('certificateType', enumOf(CertificateUse), {
        required: true,
        doc: 'Which kind of root certificates to list.',
      }),
    ]),
    response: object('GetInstalledCertificateIds.conf', [
      field('certificateHashData', arrayOf(objectOf(CertificateHashData), { minItems: 1 }), {
        doc: 'One entry per installed certificate of the requested kind. Leave the field out, rather than sending an empty array, when there are none.',
      }),
      field('status', enumOf(GetInstalledCertificateStatus), {
        required: true,
        doc: 'Whether any certificates of the requested kind were found.',
      }),
    ]),
  },
  // sec16 §5.9, §5.10
  {
    name: 'GetLog',
    direction: CS_TO_CP,
    profile: 'Security',
    doc: 'Asks the charge point to upload a diagnostics or security log.',
    request: object('GetLog.req', [
      field('log', objectOf(LogParameters), {
        required: true,
        doc: 'Where to upload the log to and which time span it should cover.',
      }),
      field('logType', enumOf(Log), {
        required: true,
        doc: 'Which log to upload.',
      }),
      field('requestId', integer(), {
        required: true,
        doc: 'A number the Central System picks for this request; the charge point repeats it in LogStatusNotification.',
      }),
      field('retries', integer(), {
        doc: 'How many times to retry a failed upload before giving up. Omit it to let the charge point decide.',
      }),
      field('retryInterval', integer(), {
        doc: 'Seconds to wait between upload attempts. Omit it to let the charge point decide.',
      }),
    ]),
    response: object('GetLog.conf', [
      field('status', enumOf(LogStatus), {
        required: true,
        doc: 'Whether the charge point will upload the log.',
      }),
      field('filename', string(255), {
        doc: 'The name the uploaded file will have. Left out when there is no log data to send.',
      }),
    ]),
  },
  // sec16 §5.11, §5.12
  {
    name: 'InstallCertificate',
    direction: CS_TO_CP,
    profile: 'Security',
    doc: 'Installs a new CA certificate on the charge point.',
    request: object('InstallCertificate.req', [
      field('certificateType', enumOf(CertificateUse), {
        required: true,
        doc: 'Which kind of root certificate is being installed.',
      }),
      field('certificate', string(5500), {
        required: true,
        doc: 'The X.509 certificate to install, PEM-encoded ("-----BEGIN CERTIFICATE-----...").',
      }),
    ]),
    response: object('InstallCertificate.conf', [
      field('status', enumOf(CertificateStatus), {
        required: true,
        doc: 'Whether the certificate was installed.',
      }),
    ]),
  },
  // sec16 §5.21, §5.22
  {
    name: 'SignedUpdateFirmware',
    direction: CS_TO_CP,
    profile: 'Security',
    doc: 'Like UpdateFirmware, with a signing certificate and signature the charge point must check.',
    request: object('SignedUpdateFirmware.req', [
      field('retries', integer(), {
        doc: 'How many times to retry a failed download before giving up. Omit it to let the charge point decide.',
      }),
      field('retryInterval', integer(), {
        doc: 'Seconds to wait between download attempts. Omit it to let the charge point decide.',
      }),
      field('requestId', integer(), {
        required: true,
        doc: 'A number the Central System picks for this update; the charge point repeats it in SignedFirmwareStatusNotification.',
      }),
      field('firmware', objectOf(Firmware), {
        required: true,
        doc: 'Where to get the firmware, when to fetch and install it, and how to check its signature.',
      }),
    ]),
    response: object('SignedUpdateFirmware.conf', [
      field('status', enumOf(UpdateFirmwareStatus), {
        required: true,
        doc: 'Whether the charge point will carry out the update.',
      }),
    ]),
  },
];
