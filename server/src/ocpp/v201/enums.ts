import { enumeration } from '../schema';

/** The enumerations of OCPP 2.0.1 (P2-201 §3), with the values of the official JSON schemas. */

export const APNAuthenticationEnumType = enumeration('APNAuthenticationEnumType', 'How the Charging Station authenticates to the mobile network\'s APN, in a network connection profile (SetNetworkProfile).', [
  { name: 'CHAP', doc: 'Authenticate with CHAP (Challenge Handshake Authentication Protocol).' },
  { name: 'NONE', doc: 'Connect to the APN without authentication.' },
  { name: 'PAP', doc: 'Authenticate with PAP (Password Authentication Protocol).' },
  { name: 'AUTO', doc: 'Try CHAP first, then PAP, then no authentication, until one works.' },
]);

export const AttributeEnumType = enumeration('AttributeEnumType', 'Which attribute of a device model variable is meant: its actual value, its target, or its lower or upper limit. Actual when omitted in GetVariables and SetVariables.', [
  { name: 'Actual', doc: 'The value the variable has now.' },
  { name: 'Target', doc: 'The value the variable is meant to reach (e.g. a setpoint).' },
  { name: 'MinSet', doc: 'The lowest value the variable may be set to.' },
  { name: 'MaxSet', doc: 'The highest value the variable may be set to.' },
]);

export const AuthorizationStatusEnumType = enumeration('AuthorizationStatusEnumType', 'The CSMS\'s verdict on an IdToken (idTokenInfo.status): whether it may charge and, if not, why.', [
  { name: 'Accepted', doc: 'The IdToken may charge.' },
  { name: 'Blocked', doc: 'The IdToken has been blocked and may not charge.' },
  { name: 'ConcurrentTx', doc: 'The IdToken is already used in another transaction and it may not run more than one at a time. Only meaningful in answer to a TransactionEvent with eventType Started.' },
  { name: 'Expired', doc: 'The IdToken is no longer valid because it has expired, so it may not charge.' },
  { name: 'Invalid', doc: 'The IdToken is not valid and may not charge.' },
  { name: 'NoCredit', doc: 'The IdToken is known and valid, but the driver\'s credit is too low to start charging.' },
  { name: 'NotAllowedTypeEVSE', doc: 'The IdToken is valid but may not charge at this type of EVSE (C01.FR.18).' },
  { name: 'NotAtThisLocation', doc: 'The IdToken is valid but may not charge at this location.' },
  { name: 'NotAtThisTime', doc: 'The IdToken is valid but may not charge here at the present time.' },
  { name: 'Unknown', doc: 'The CSMS does not know the IdToken, so it may not charge.' },
]);

export const AuthorizeCertificateStatusEnumType = enumeration('AuthorizeCertificateStatusEnumType', 'The outcome of checking an EV\'s ISO 15118 contract certificate in an AuthorizeResponse (certificateStatus), next to the IdToken\'s own status.', [
  { name: 'Accepted', doc: 'The contract certificate and its chain are valid.' },
  { name: 'SignatureError', doc: 'A signature in the contract certificate could not be verified.' },
  { name: 'CertificateExpired', doc: 'The contract certificate sent in the AuthorizeRequest has expired.' },
  { name: 'CertificateRevoked', doc: 'A CRL or OCSP check by the Charging Station or CSMS shows the contract certificate has been revoked.' },
  { name: 'NoCertificateAvailable', doc: 'No contract certificate was available to check.' },
  { name: 'CertChainError', doc: 'The certificate chain cannot be verified or is not valid; idTokenInfo.status is then Invalid (C07.FR.17).' },
  { name: 'ContractCancelled', doc: 'The certificate chain is valid but the eMAID is not accepted, e.g. it is unknown, blocked, expired or invalid (C07.FR.13).' },
]);

export const BootReasonEnumType = enumeration('BootReasonEnumType', 'Why the Charging Station sends a BootNotificationRequest (B01.FR.09).', [
  { name: 'ApplicationReset', doc: 'It restarted because of an error in its application software.' },
  { name: 'FirmwareUpdate', doc: 'It restarted because of a firmware update.' },
  { name: 'LocalReset', doc: 'It restarted on a reset command given locally at the Charging Station.' },
  { name: 'PowerUp', doc: 'It was switched on and is registering with the CSMS.' },
  { name: 'RemoteReset', doc: 'It restarted on a reset command from the CSMS.' },
  { name: 'ScheduledReset', doc: 'It restarted because a planned reset fell due.' },
  { name: 'Triggered', doc: 'Not a restart: the CSMS asked for a BootNotification with TriggerMessage.' },
  { name: 'Unknown', doc: 'The reason for the boot is not known.' },
  { name: 'Watchdog', doc: 'It restarted because a watchdog timer ran out.' },
]);

export const CancelReservationStatusEnumType = enumeration('CancelReservationStatusEnumType', 'The Charging Station\'s answer to a CancelReservationRequest.', [
  { name: 'Accepted', doc: 'The reservation has been cancelled.' },
  { name: 'Rejected', doc: 'Nothing was cancelled: no active reservation has the given id.' },
]);

export const CertificateActionEnumType = enumeration('CertificateActionEnumType', 'Whether a Get15118EVCertificateRequest asks for a new contract certificate to be installed in the EV or for its existing one to be renewed.', [
  { name: 'Install', doc: 'Install a new contract certificate (ISO 15118 CertificateInstallation).' },
  { name: 'Update', doc: 'Renew the contract certificate already in the EV (ISO 15118 CertificateUpdate).' },
]);

export const CertificateSignedStatusEnumType = enumeration('CertificateSignedStatusEnumType', 'The Charging Station\'s answer to a CertificateSignedRequest, after checking the signed certificate it received.', [
  { name: 'Accepted', doc: 'The signed certificate is valid and accepted.' },
  { name: 'Rejected', doc: 'The signed certificate is not valid and was not installed.' },
]);

export const CertificateSigningUseEnumType = enumeration('CertificateSigningUseEnumType', 'Which of the Charging Station\'s own certificates a SignCertificate or CertificateSigned message is about.', [
  { name: 'ChargingStationCertificate', doc: 'The client certificate the Charging Station presents when it connects to the CSMS.' },
  { name: 'V2GCertificate', doc: 'The certificate for ISO 15118 communication with EVs, issued under the V2G root.' },
]);

export const ChangeAvailabilityStatusEnumType = enumeration('ChangeAvailabilityStatusEnumType', 'The Charging Station\'s answer to a ChangeAvailabilityRequest.', [
  { name: 'Accepted', doc: 'The availability change is made now.' },
  { name: 'Rejected', doc: 'The availability change will not be made.' },
  { name: 'Scheduled', doc: 'The change will be made, but only once the transaction or transactions now running have ended.' },
]);

export const ChargingLimitSourceEnumType = enumeration('ChargingLimitSourceEnumType', 'Who set a charging limit or charging profile: an energy management system, a system operator, the CSO or someone else.', [
  { name: 'EMS', doc: 'An Energy Management System set the limit.' },
  { name: 'Other', doc: 'An external party that is neither an EMS nor a system operator set the limit.' },
  { name: 'SO', doc: 'A grid System Operator (DSO or TSO) set the limit.' },
  { name: 'CSO', doc: 'The Charging Station Operator set this charging profile, typically through the CSMS.' },
]);

export const ChargingProfileKindEnumType = enumeration('ChargingProfileKindEnumType', 'How a charging schedule is anchored in time: at a fixed moment, repeating daily or weekly, or from the start of charging.', [
  { name: 'Absolute', doc: 'The periods count from a fixed moment, so startSchedule must be set.' },
  { name: 'Recurring', doc: 'The schedule starts over at its first period every day or week (see recurrencyKind); startSchedule is normally set as well.' },
  { name: 'Relative', doc: 'The periods count from the moment the EVSE is ready to deliver energy (driver authorized and EV connected); no startSchedule. For a transaction that is already charging, they stay relative to when the power path closed.' },
]);

export const ChargingProfilePurposeEnumType = enumeration('ChargingProfilePurposeEnumType', 'What a charging profile is for, which decides where it applies and how it combines with the other profiles.', [
  { name: 'ChargingStationExternalConstraints', doc: 'A limit set by an external system (such as an EMS) rather than the CSMS, which the Charging Station reports with this purpose. The CSMS may not set or clear such a profile (K01.FR.22, K10.FR.06).' },
  { name: 'ChargingStationMaxProfile', doc: 'The maximum power or current the whole Charging Station, or its grid connection, may use; only on evseId 0.' },
  { name: 'TxDefaultProfile', doc: 'The default profile for new transactions, used unless a RequestStartTransaction came with its own accepted profile; on evseId 0 it applies to every EVSE.' },
  { name: 'TxProfile', doc: 'Limits for one transaction: the running one, or one started by a RequestStartTransaction that carried the profile. It lapses when that transaction ends.' },
]);

export const ChargingProfileStatusEnumType = enumeration('ChargingProfileStatusEnumType', 'The Charging Station\'s answer to a SetChargingProfileRequest.', [
  { name: 'Accepted', doc: 'The charging profile is accepted and will be applied.' },
  { name: 'Rejected', doc: 'The charging profile is refused and will not be applied.' },
]);

export const ChargingRateUnitEnumType = enumeration('ChargingRateUnitEnumType', 'The unit of the limits in a charging schedule: power in W or current in A.', [
  { name: 'W', doc: 'Watts: the total power over all phases. For AC, the current per phase follows from power / (nominal line voltage x numberPhases), with 3 phases when numberPhases is absent. Mostly used for DC.' },
  { name: 'A', doc: 'Amperes: the current per phase, not summed over phases. Mostly used for AC.' },
]);

export const ChargingStateEnumType = enumeration('ChargingStateEnumType', 'Where the charging process of a transaction stands, as reported in a TransactionEventRequest.', [
  { name: 'Charging', doc: 'The connector\'s contactor is closed and energy flows between EVSE and EV.' },
  { name: 'EVConnected', doc: 'An EV is connected, by cable or wirelessly, but is not charging; it only applies when the link to the EV can detect a connection.' },
  { name: 'SuspendedEV', doc: 'The EVSE offers energy but the connected EV does not take any.' },
  { name: 'SuspendedEVSE', doc: 'The EV is connected but the EVSE offers no energy, e.g. because of a smart-charging limit, a local supply constraint or an authorization status that forbids charging.' },
  { name: 'Idle', doc: 'No EV is connected to the EVSE.' },
]);

export const ClearCacheStatusEnumType = enumeration('ClearCacheStatusEnumType', 'The Charging Station\'s answer to a ClearCacheRequest.', [
  { name: 'Accepted', doc: 'The Authorization Cache has been cleared.' },
  { name: 'Rejected', doc: 'The Authorization Cache was not cleared, because clearing failed or the cache is disabled (C11.FR.04, C11.FR.05).' },
]);

export const ClearChargingProfileStatusEnumType = enumeration('ClearChargingProfileStatusEnumType', 'The Charging Station\'s answer to a ClearChargingProfileRequest.', [
  { name: 'Accepted', doc: 'Matching charging profiles were found and are cleared.' },
  { name: 'Unknown', doc: 'No charging profile matches the request, so nothing was cleared.' },
]);

export const ClearMessageStatusEnumType = enumeration('ClearMessageStatusEnumType', 'The Charging Station\'s answer to a ClearDisplayMessageRequest.', [
  { name: 'Accepted', doc: 'The display message has been removed.' },
  { name: 'Unknown', doc: 'No display message with the given id is known.' },
]);

export const ClearMonitoringStatusEnumType = enumeration('ClearMonitoringStatusEnumType', 'The result for one monitor id in a ClearVariableMonitoringResponse.', [
  { name: 'Accepted', doc: 'The monitor has been removed.' },
  { name: 'Rejected', doc: 'The monitor cannot be removed, e.g. because it is hard-wired (N06.FR.03).' },
  { name: 'NotFound', doc: 'No monitor has this id (N06.FR.02).' },
]);

export const ComponentCriterionEnumType = enumeration('ComponentCriterionEnumType', 'A filter in a GetReportRequest: report only components whose matching status variable is true.', [
  { name: 'Active', doc: 'Components whose Active variable is true.' },
  { name: 'Available', doc: 'Components whose Available variable is true.' },
  { name: 'Enabled', doc: 'Components whose Enabled variable is true.' },
  { name: 'Problem', doc: 'Components whose Problem variable is true, i.e. that report a problem.' },
]);

export const ConnectorEnumType = enumeration('ConnectorEnumType', 'The physical type of a connector or socket, as used to reserve one in a ReserveNowRequest (connectorType). The "c" prefix means a captive cable, "s" a socket, "w" a wireless link; types not listed fall under Other1PhMax16A, Other1PhOver16A or Other3Ph.', [
  { name: 'cCCS1', doc: 'Combined Charging System 1 (Combo 1) on a captive cable.' },
  { name: 'cCCS2', doc: 'Combined Charging System 2 (Combo 2) on a captive cable.' },
  { name: 'cG105', doc: 'CHAdeMO (JARI G105-1993) on a captive cable.' },
  { name: 'cTesla', doc: 'Tesla connector on a captive cable.' },
  { name: 'cType1', doc: 'IEC 62196-2 Type 1 (J1772) connector on a captive cable.' },
  { name: 'cType2', doc: 'IEC 62196-2 Type 2 (Mennekes) connector on a captive cable.' },
  { name: 's309-1P-16A', doc: 'IEC 60309 socket, single phase, 16 A.' },
  { name: 's309-1P-32A', doc: 'IEC 60309 socket, single phase, 32 A.' },
  { name: 's309-3P-16A', doc: 'IEC 60309 socket, three phase, 16 A.' },
  { name: 's309-3P-32A', doc: 'IEC 60309 socket, three phase, 32 A.' },
  { name: 'sBS1361', doc: 'British domestic 13 A socket (BS 1361).' },
  { name: 'sCEE-7-7', doc: 'CEE 7/7 (Schuko) 16 A socket; also stands for CEE 7/4 and 7/5.' },
  { name: 'sType2', doc: 'IEC 62196-2 Type 2 (Mennekes) socket.' },
  { name: 'sType3', doc: 'IEC 62196-2 Type 3 (Scame) socket.' },
  { name: 'Other1PhMax16A', doc: 'Any other single-phase, mostly domestic, socket rated at 16 A or less, e.g. NEMA 5-15 or AS3112; also used for light-EV connectors.' },
  { name: 'Other1PhOver16A', doc: 'Any other single-phase socket rated above 16 A.' },
  { name: 'Other3Ph', doc: 'Any other three-phase socket, e.g. NEMA 14-30 or 14-50.' },
  { name: 'Pan', doc: 'Pantograph.' },
  { name: 'wInductive', doc: 'Wireless charging by inductive coupling.' },
  { name: 'wResonant', doc: 'Wireless charging by resonant coupling.' },
  { name: 'Undetermined', doc: 'Not known yet, e.g. before a cable is plugged in.' },
  { name: 'Unknown', doc: 'Cannot be determined.' },
]);

export const ConnectorStatusEnumType = enumeration('ConnectorStatusEnumType', 'The state of one connector of an EVSE, reported in a StatusNotificationRequest. Available, Occupied and Reserved count as operative; Unavailable and Faulted as inoperative.', [
  { name: 'Available', doc: 'Free for a new user. Operative.' },
  { name: 'Occupied', doc: 'In use (e.g. a cable is plugged in), so not free for a new EV driver. Operative.' },
  { name: 'Reserved', doc: 'Held for a reservation made with ReserveNow. Operative.' },
  { name: 'Unavailable', doc: 'Out of service, through ChangeAvailability or the Charging Station\'s own decision; a scheduled change is reported when it takes effect. Inoperative.' },
  { name: 'Faulted', doc: 'An error on the connector, its EVSE or the whole Charging Station prevents energy delivery. Inoperative.' },
]);

export const CostKindEnumType = enumeration('CostKindEnumType', 'What a cost entry in an ISO 15118 sales tariff (CostType) measures.', [
  { name: 'CarbonDioxideEmission', doc: 'CO2 emissions as an absolute amount, in grams per kWh.' },
  { name: 'RelativePricePercentage', doc: 'The price per kWh as a percentage of the highest price in all tariffs offered to the EV.' },
  { name: 'RenewableGenerationPercentage', doc: 'The share of renewable sources in the generated energy, in %.' },
]);

export const CustomerInformationStatusEnumType = enumeration('CustomerInformationStatusEnumType', 'The Charging Station\'s answer to a CustomerInformationRequest.', [
  { name: 'Accepted', doc: 'The request is taken on; the data follow in NotifyCustomerInformationRequest messages (N09.FR.02).' },
  { name: 'Rejected', doc: 'The Charging Station cannot handle the request in its present state (N09.FR.03).' },
  { name: 'Invalid', doc: 'The request names no customer, or more than one way of naming one: exactly one of idToken, customerCertificate or customerIdentifier is needed (N09.FR.09).' },
]);

export const DataEnumType = enumeration('DataEnumType', 'The data type of a device model variable (VariableCharacteristics.dataType), which says how its values are written.', [
  { name: 'string', doc: 'Text.' },
  { name: 'decimal', doc: 'A number that may have a fractional part.' },
  { name: 'integer', doc: 'A whole number.' },
  { name: 'dateTime', doc: 'A date and time in RFC 3339 format.' },
  { name: 'boolean', doc: 'true or false.' },
  { name: 'OptionList', doc: 'One value chosen from the comma-separated list in valuesList.' },
  { name: 'SequenceList', doc: 'An ordered selection (e.g. by priority) of values from valuesList, written comma-separated.' },
  { name: 'MemberList', doc: 'An unordered set of values taken from valuesList, written comma-separated.' },
]);

export const DataTransferStatusEnumType = enumeration('DataTransferStatusEnumType', 'The receiver\'s answer to a DataTransferRequest.', [
  { name: 'Accepted', doc: 'The message was understood and its request accepted.' },
  { name: 'Rejected', doc: 'The message was understood but its request refused.' },
  { name: 'UnknownMessageId', doc: 'The vendorId is known but the messageId is not, so the message was not handled.' },
  { name: 'UnknownVendorId', doc: 'The vendorId is not known, so the message was not handled.' },
]);

export const DeleteCertificateStatusEnumType = enumeration('DeleteCertificateStatusEnumType', 'The Charging Station\'s answer to a DeleteCertificateRequest.', [
  { name: 'Accepted', doc: 'The certificate was found and deleted.' },
  { name: 'Failed', doc: 'Deleting failed or was refused, e.g. for the last certificate of its type or for the Charging Station certificate (M04.FR.03, M04.FR.06).' },
  { name: 'NotFound', doc: 'No installed certificate matches the given hash data.' },
]);

export const DisplayMessageStatusEnumType = enumeration('DisplayMessageStatusEnumType', 'The Charging Station\'s answer to a SetDisplayMessageRequest.', [
  { name: 'Accepted', doc: 'The message will be shown as requested.' },
  { name: 'NotSupportedMessageFormat', doc: 'The Charging Station supports none of the formats the message is given in.' },
  { name: 'Rejected', doc: 'The request cannot be carried out.' },
  { name: 'NotSupportedPriority', doc: 'The Charging Station cannot show messages with the requested priority (MessagePriority).' },
  { name: 'NotSupportedState', doc: 'The Charging Station cannot show messages for the requested Charging Station state (MessageState).' },
  { name: 'UnknownTransaction', doc: 'The transactionId does not refer to a known, ongoing transaction.' },
]);

export const EnergyTransferModeEnumType = enumeration('EnergyTransferModeEnumType', 'How the EV wants to take energy, as stated in its charging needs (ISO 15118).', [
  { name: 'DC', doc: 'Direct current.' },
  { name: 'AC_single_phase', doc: 'Single-phase alternating current (IEC 62196).' },
  { name: 'AC_two_phase', doc: 'Two-phase alternating current (IEC 62196).' },
  { name: 'AC_three_phase', doc: 'Three-phase alternating current (IEC 62196).' },
]);

export const EventNotificationEnumType = enumeration('EventNotificationEnumType', 'What kind of source produced an event in a NotifyEventRequest: built-in software or a hard-wired, preconfigured or custom monitor.', [
  { name: 'HardWiredNotification', doc: 'A notification built into the manufacturer\'s software, not tied to a monitor.' },
  { name: 'HardWiredMonitor', doc: 'A monitor fixed in place by the manufacturer.' },
  { name: 'PreconfiguredMonitor', doc: 'A monitor the manufacturer configured in advance.' },
  { name: 'CustomMonitor', doc: 'A monitor the operator set with SetVariableMonitoringRequest.' },
]);

export const EventTriggerEnumType = enumeration('EventTriggerEnumType', 'What made a monitored variable produce an event in a NotifyEventRequest.', [
  { name: 'Alerting', doc: 'The value crossed a lower or upper threshold; also the trigger of a HardWiredNotification.' },
  { name: 'Delta', doc: 'The value changed by more than the monitor\'s delta.' },
  { name: 'Periodic', doc: 'The value was sampled because its reporting interval came round.' },
]);

export const FirmwareStatusEnumType = enumeration('FirmwareStatusEnumType', 'The progress of a firmware update, sent in FirmwareStatusNotificationRequest on every change (L01.FR.01). Installed is the successful end; DownloadFailed, InstallationFailed, InstallVerificationFailed and InvalidSignature end in failure; the others are steps along the way.', [
  { name: 'Downloaded', doc: 'Step: the new firmware has been downloaded.' },
  { name: 'DownloadFailed', doc: 'Failed end: the firmware could not be downloaded.' },
  { name: 'Downloading', doc: 'Step: the firmware is downloading.' },
  { name: 'DownloadScheduled', doc: 'Step: the download is planned for later.' },
  { name: 'DownloadPaused', doc: 'Step: the download is on hold.' },
  { name: 'Idle', doc: 'No firmware update is in progress. Only sent in answer to a TriggerMessage, and then without requestId (L01.FR.20, L01.FR.25).' },
  { name: 'InstallationFailed', doc: 'Failed end: the new firmware could not be installed.' },
  { name: 'Installing', doc: 'Step: the firmware is being installed.' },
  { name: 'Installed', doc: 'Successful end: the new firmware is installed.' },
  { name: 'InstallRebooting', doc: 'Step: the Charging Station is about to restart, either to begin installing or to activate firmware it has installed; it may be skipped when the restart is part of the installation.' },
  { name: 'InstallScheduled', doc: 'Step: installation waits for the installDateTime of the UpdateFirmwareRequest.' },
  { name: 'InstallVerificationFailed', doc: 'Failed end: checking the new firmware (e.g. by checksum) failed, so it will not be installed.' },
  { name: 'InvalidSignature', doc: 'Failed end: the firmware\'s signature does not verify.' },
  { name: 'SignatureVerified', doc: 'Step: the firmware\'s signature has been checked and is valid.' },
]);

export const GenericDeviceModelStatusEnumType = enumeration('GenericDeviceModelStatusEnumType', 'The Charging Station\'s answer to a device model request: GetBaseReport, GetReport, GetMonitoringReport or SetMonitoringBase.', [
  { name: 'Accepted', doc: 'The request is accepted and will be carried out.' },
  { name: 'Rejected', doc: 'The request is refused and will not be carried out.' },
  { name: 'NotSupported', doc: 'What the request asks for is not supported.' },
  { name: 'EmptyResultSet', doc: 'Together the criteria in the request match nothing (B08.FR.15, N02.FR.10).' },
]);

export const GenericStatusEnumType = enumeration('GenericStatusEnumType', 'A plain accept or reject answer, used by several responses (e.g. SignCertificate, PublishFirmware, GetCompositeSchedule, SetMonitoringLevel).', [
  { name: 'Accepted', doc: 'The request is accepted and will be carried out.' },
  { name: 'Rejected', doc: 'The request is refused and will not be carried out.' },
]);

export const GetCertificateIdUseEnumType = enumeration('GetCertificateIdUseEnumType', 'The kind of certificate, used to ask for installed certificates (GetInstalledCertificateIds) and to label the ones reported.', [
  { name: 'V2GRootCertificate', doc: 'The V2G (ISO 15118) root certificate.' },
  { name: 'MORootCertificate', doc: 'The root certificate of an eMobility service provider (Mobility Operator), for Plug and Charge contracts not issued under the V2G root.' },
  { name: 'CSMSRootCertificate', doc: 'The root certificate used to verify the CSMS\'s server certificate.' },
  { name: 'V2GCertificateChain', doc: 'The Charging Station\'s ISO 15118 V2G certificate chain, without the V2G root.' },
  { name: 'ManufacturerRootCertificate', doc: 'The root certificate used to verify the manufacturer\'s certificate, e.g. for signed firmware.' },
]);

export const GetCertificateStatusEnumType = enumeration('GetCertificateStatusEnumType', 'Whether the CSMS could obtain an OCSP status for a certificate, in a GetCertificateStatusResponse.', [
  { name: 'Accepted', doc: 'The OCSP status was obtained and is included.' },
  { name: 'Failed', doc: 'The OCSP status could not be obtained.' },
]);

export const GetChargingProfileStatusEnumType = enumeration('GetChargingProfileStatusEnumType', 'The Charging Station\'s answer to a GetChargingProfilesRequest.', [
  { name: 'Accepted', doc: 'Matching profiles exist; they follow in ReportChargingProfilesRequest messages.' },
  { name: 'NoProfiles', doc: 'No charging profile matches the request.' },
]);

export const GetDisplayMessagesStatusEnumType = enumeration('GetDisplayMessagesStatusEnumType', 'The Charging Station\'s answer to a GetDisplayMessagesRequest.', [
  { name: 'Accepted', doc: 'Display messages match all the criteria; they follow in NotifyDisplayMessagesRequest messages.' },
  { name: 'Unknown', doc: 'No display message matches the criteria.' },
]);

export const GetInstalledCertificateStatusEnumType = enumeration('GetInstalledCertificateStatusEnumType', 'The Charging Station\'s answer to a GetInstalledCertificateIdsRequest.', [
  { name: 'Accepted', doc: 'Matching certificates were found and are listed.' },
  { name: 'NotFound', doc: 'No installed certificate of the requested type was found.' },
]);

export const GetVariableStatusEnumType = enumeration('GetVariableStatusEnumType', 'The result for one requested variable in a GetVariablesResponse; on anything but Accepted, attributeValue is left out.', [
  { name: 'Accepted', doc: 'The value was read and is in attributeValue (B06.FR.10).' },
  { name: 'Rejected', doc: 'The value is not given, e.g. because the variable is write-only (B06.FR.09).' },
  { name: 'UnknownComponent', doc: 'The Charging Station has no such component (B06.FR.06).' },
  { name: 'UnknownVariable', doc: 'The component has no such variable (B06.FR.07).' },
  { name: 'NotSupportedAttributeType', doc: 'The variable does not have the requested attribute type (B06.FR.08).' },
]);

export const HashAlgorithmEnumType = enumeration('HashAlgorithmEnumType', 'The hash algorithm used for the hashes that identify a certificate (issuer name and key hashes).', [
  { name: 'SHA256', doc: 'SHA-256.' },
  { name: 'SHA384', doc: 'SHA-384.' },
  { name: 'SHA512', doc: 'SHA-512.' },
]);

export const IdTokenEnumType = enumeration('IdTokenEnumType', 'What kind of identifier an IdToken is, which also fixes its format.', [
  { name: 'Central', doc: 'An id made by the CSMS or another server, e.g. for a remotely started transaction; any format, possibly a UUID. Not stored in the Authorization Cache (C03.FR.02).' },
  { name: 'eMAID', doc: 'An e-mobility account id as defined by ISO 15118.' },
  { name: 'ISO14443', doc: 'The UID of an ISO 14443 RFID card: 4 or 7 bytes, written in hexadecimal.' },
  { name: 'ISO15693', doc: 'The UID of an ISO 15693 RFID card: 8 bytes, written in hexadecimal.' },
  { name: 'KeyCode', doc: 'A private code the user enters, such as a PIN; it must not appear in logs (C04.FR.04).' },
  { name: 'Local', doc: 'An id made by the Charging Station itself; any format, possibly a UUID.' },
  { name: 'MacAddress', doc: 'The MAC address of the EV\'s communication controller (EVCC), used to authorize by vehicle ("Autocharge").' },
  { name: 'NoAuthorization', doc: 'Nobody is identified, e.g. at a station whose only control is a start button or key switch; the idToken value is then empty. Not stored in the Authorization Cache (C02.FR.03).' },
]);

export const InstallCertificateStatusEnumType = enumeration('InstallCertificateStatusEnumType', 'The Charging Station\'s answer to an InstallCertificateRequest.', [
  { name: 'Accepted', doc: 'The certificate has been installed.' },
  { name: 'Rejected', doc: 'The certificate is invalid, or installing it would exceed the maximum number of certificates (M05.FR.06, M05.FR.07).' },
  { name: 'Failed', doc: 'The certificate is valid but could not be installed for some other reason.' },
]);

export const InstallCertificateUseEnumType = enumeration('InstallCertificateUseEnumType', 'Which kind of root certificate an InstallCertificateRequest installs in the Charging Station\'s trust store.', [
  { name: 'V2GRootCertificate', doc: 'A V2G root certificate (ISO 15118); the Charging Station\'s V2G certificate has to chain up to one of the installed V2G roots.' },
  { name: 'MORootCertificate', doc: 'A root certificate of a Mobility Operator (eMobility Service Provider), for Plug and Charge contracts whose certificates do not derive from a V2G root.' },
  { name: 'CSMSRootCertificate', doc: 'The root the certificate authority uses to sign both the CSMS server certificate and the Charging Station certificate; when AdditionalRootCertificateCheck is true only one may be installed, plus a temporary fallback (M05.FR.09).' },
  { name: 'ManufacturerRootCertificate', doc: 'A manufacturer\'s root certificate, used to verify the manufacturer\'s certificates; without one, signed firmware cannot be installed.' },
]);

export const Iso15118EVCertificateStatusEnumType = enumeration('Iso15118EVCertificateStatusEnumType', 'Whether the CSMS managed to handle the EXI request the Charging Station forwarded for an EV\'s ISO 15118 contract certificate.', [
  { name: 'Accepted', doc: 'The message was handled and exiResponse carries the answer for the EV; it does not say the certificate installation or update itself succeeded.' },
  { name: 'Failed', doc: 'Handling the message went wrong; the response has no exiResponse.' },
]);

export const LocationEnumType = enumeration('LocationEnumType', 'Where a sampled value was measured; Outlet when absent.', [
  { name: 'Body', doc: 'Inside the Charging Station\'s enclosure, e.g. an internal temperature.' },
  { name: 'Cable', doc: 'On the cable that links the EV to the Charging Station.' },
  { name: 'EV', doc: 'Reported by the EV itself.' },
  { name: 'Inlet', doc: 'At the inlet: the grid connection of the whole Charging Station when evseId is 0, or the EVSE\'s own inlet when evseId is above 0 (useful for DC chargers).' },
  { name: 'Outlet', doc: 'At the connector towards the EV; the default.' },
]);

export const LogEnumType = enumeration('LogEnumType', 'Which log a GetLogRequest asks the Charging Station to upload.', [
  { name: 'DiagnosticsLog', doc: 'The diagnostics log, with vendor-specific content for troubleshooting.' },
  { name: 'SecurityLog', doc: 'The security log, which records security events.' },
]);

export const LogStatusEnumType = enumeration('LogStatusEnumType', 'The Charging Station\'s answer to a GetLogRequest.', [
  { name: 'Accepted', doc: 'The upload will start; whether it succeeds is reported later through LogStatusNotification.' },
  { name: 'Rejected', doc: 'No upload will happen, e.g. because the requested log is not available (N01.FR.05).' },
  { name: 'AcceptedCanceled', doc: 'The upload will start, and a log upload that was still running has been cancelled to make room for it (N01.FR.12).' },
]);

export const MeasurandEnumType = enumeration('MeasurandEnumType', 'What quantity a sampled value measures; Energy.Active.Import.Register when absent. Import means energy flowing from the grid towards the Charging Station or EV, export the opposite direction; Register values are meter readings that only rise (except after a meter replacement), Interval values are amounts for one interval.', [
  { name: 'Current.Export', doc: 'Momentary current flowing from the EV (A).' },
  { name: 'Current.Import', doc: 'Momentary current flowing to the EV (A).' },
  { name: 'Current.Offered', doc: 'The highest current currently offered to the EV (A); a limit for smart charging rather than a measurement.' },
  { name: 'Energy.Active.Export.Register', doc: 'Reading of the active energy register for energy exported to the grid (Wh or kWh), from the most authoritative meter.' },
  { name: 'Energy.Active.Import.Register', doc: 'Reading of the active energy register for energy imported from the grid (Wh or kWh), from the most authoritative meter. The default measurand; report it as read, not reset to zero per transaction.' },
  { name: 'Energy.Reactive.Export.Register', doc: 'Reading of the reactive energy register for energy exported to the grid (varh or kvarh).' },
  { name: 'Energy.Reactive.Import.Register', doc: 'Reading of the reactive energy register for energy imported from the grid (varh or kvarh).' },
  { name: 'Energy.Active.Export.Interval', doc: 'Active energy exported to the grid during one interval (Wh or kWh); the interval follows from the reading context and the configured sample or clock-aligned interval in seconds.' },
  { name: 'Energy.Active.Import.Interval', doc: 'Active energy imported from the grid during one interval (Wh or kWh); the interval follows from the reading context and the configured sample or clock-aligned interval in seconds.' },
  { name: 'Energy.Active.Net', doc: 'Reading of the net active energy register (Wh or kWh).' },
  { name: 'Energy.Reactive.Export.Interval', doc: 'Reactive energy exported to the grid during one interval (varh or kvarh).' },
  { name: 'Energy.Reactive.Import.Interval', doc: 'Reactive energy imported from the grid during one interval (varh or kvarh).' },
  { name: 'Energy.Reactive.Net', doc: 'Reading of the net reactive energy register (varh or kvarh).' },
  { name: 'Energy.Apparent.Net', doc: 'Reading of the net apparent energy register (VAh or kVAh).' },
  { name: 'Energy.Apparent.Import', doc: 'Reading of the apparent energy register for imported energy (VAh or kVAh).' },
  { name: 'Energy.Apparent.Export', doc: 'Reading of the apparent energy register for exported energy (VAh or kVAh).' },
  { name: 'Frequency', doc: 'Momentary frequency of the power line (Hz).' },
  { name: 'Power.Active.Export', doc: 'Momentary active power the EV exports (W or kW).' },
  { name: 'Power.Active.Import', doc: 'Momentary active power the EV imports (W or kW).' },
  { name: 'Power.Factor', doc: 'Momentary power factor of the total power flow.' },
  { name: 'Power.Offered', doc: 'The highest power currently offered to the EV (W); a limit for smart charging rather than a measurement.' },
  { name: 'Power.Reactive.Export', doc: 'Momentary reactive power the EV exports (var or kvar).' },
  { name: 'Power.Reactive.Import', doc: 'Momentary reactive power the EV imports (var or kvar).' },
  { name: 'SoC', doc: 'The vehicle battery\'s state of charge (%).' },
  { name: 'Voltage', doc: 'Momentary supply voltage, DC or AC RMS (V): at the grid connection for location Inlet with evseId 0, at the EVSE outlet towards the EV for location Outlet with evseId above 0.' },
]);

export const MessageFormatEnumType = enumeration('MessageFormatEnumType', 'How the content of a display message is encoded.', [
  { name: 'ASCII', doc: 'Plain ASCII text, printable characters only.' },
  { name: 'HTML', doc: 'HTML markup.' },
  { name: 'URI', doc: 'A URI the Charging Station fetches and shows, for example a web page for a browser.' },
  { name: 'UTF8', doc: 'Text encoded as UTF-8.' },
]);

export const MessagePriorityEnumType = enumeration('MessagePriorityEnumType', 'How prominently a display message is shown relative to the other messages on a Charging Station.', [
  { name: 'AlwaysFront', doc: 'Top priority: shown permanently in front and not cycled with other messages; a newer AlwaysFront message takes its place, and the Charging Station\'s own messages may not cover it.' },
  { name: 'InFront', doc: 'Shown ahead of the normal rotation; several InFront messages are cycled among themselves.' },
  { name: 'NormalCycle', doc: 'Shown in turn with the other messages of the normal rotation.' },
]);

export const MessageStateEnumType = enumeration('MessageStateEnumType', 'The Charging Station state to which showing a display message is restricted.', [
  { name: 'Charging', doc: 'Shown only while charging is going on.' },
  { name: 'Faulted', doc: 'Shown only while the Charging Station is faulted.' },
  { name: 'Idle', doc: 'Shown only while the Charging Station is not charging.' },
  { name: 'Unavailable', doc: 'Shown only while the Charging Station is unavailable.' },
]);

export const MessageTriggerEnumType = enumeration('MessageTriggerEnumType', 'Which message a TriggerMessageRequest asks the Charging Station to send.', [
  { name: 'BootNotification', doc: 'Send a BootNotificationRequest; refused once the last boot was already Accepted (F06.FR.17).' },
  { name: 'LogStatusNotification', doc: 'Send a LogStatusNotificationRequest with the current upload state, Idle when no log is being uploaded (F06.FR.15).' },
  { name: 'FirmwareStatusNotification', doc: 'Send a FirmwareStatusNotificationRequest, Idle when no firmware work is going on (F06.FR.16).' },
  { name: 'Heartbeat', doc: 'Send a HeartbeatRequest.' },
  { name: 'MeterValues', doc: 'Send a MeterValuesRequest with the latest values of the AlignedDataMeasurands (F06.FR.06).' },
  { name: 'SignChargingStationCertificate', doc: 'Send a SignCertificateRequest for a ChargingStationCertificate.' },
  { name: 'SignV2GCertificate', doc: 'Send a SignCertificateRequest for a V2GCertificate.' },
  { name: 'StatusNotification', doc: 'Send a StatusNotificationRequest; only meaningful per connector, so evse and its connectorId should be given (F06.FR.12, F06.FR.13).' },
  { name: 'TransactionEvent', doc: 'Send a TransactionEventRequest with triggerReason Trigger, the chargingState and the latest SampledDataTxUpdatedMeasurands (F06.FR.07).' },
  { name: 'SignCombinedCertificate', doc: 'Send a SignCertificateRequest covering both the ChargingStationCertificate and the V2GCertificate.' },
  { name: 'PublishFirmwareStatusNotification', doc: 'Send a PublishFirmwareStatusNotificationRequest (Local Controller), Idle when the last status was Published (L03.FR.10).' },
]);

export const MonitorEnumType = enumeration('MonitorEnumType', 'The kind of monitor on a variable, which decides what monitorValue means and when the Charging Station sends an event.', [
  { name: 'UpperThreshold', doc: 'Reports an event when the variable\'s actual value goes above monitorValue.' },
  { name: 'LowerThreshold', doc: 'Reports an event when the variable\'s actual value goes below monitorValue.' },
  { name: 'Delta', doc: 'Reports an event when the value has moved by more than monitorValue, up or down, since the monitor was set or since its last event; for non-numeric variables (boolean, string, enumeration) every change is reported, whatever monitorValue is.' },
  { name: 'Periodic', doc: 'Reports an event every monitorValue seconds, counted from when the monitor was set.' },
  { name: 'PeriodicClockAligned', doc: 'Reports an event every monitorValue seconds, aligned to the clock from the first aligned moment after the monitor was set; e.g. 900 fires at :00, :15, :30 and :45 of every hour.' },
]);

export const MonitoringBaseEnumType = enumeration('MonitoringBaseEnumType', 'Which set of monitors a SetMonitoringBaseRequest activates.', [
  { name: 'All', doc: 'Activate every pre-configured monitor and keep the custom monitors, including those that override a pre-configured one (N03.FR.03).' },
  { name: 'FactoryDefault', doc: 'Remove all custom monitors and (re)activate the manufacturer\'s recommended defaults, a subset of the pre-configured monitors (N03.FR.04).' },
  { name: 'HardWiredOnly', doc: 'Remove all custom monitors and disable every pre-configured one, so only hard-wired monitors stay active (N03.FR.05).' },
]);

export const MonitoringCriterionEnumType = enumeration('MonitoringCriterionEnumType', 'Which kinds of monitor a GetMonitoringReportRequest selects.', [
  { name: 'ThresholdMonitoring', doc: 'Components and variables that have an UpperThreshold or LowerThreshold monitor.' },
  { name: 'DeltaMonitoring', doc: 'Components and variables that have a Delta monitor.' },
  { name: 'PeriodicMonitoring', doc: 'Components and variables that have a Periodic or PeriodicClockAligned monitor.' },
]);

export const MutabilityEnumType = enumeration('MutabilityEnumType', 'Whether a variable attribute can be read, written or both.', [
  { name: 'ReadOnly', doc: 'Can be read but not changed.' },
  { name: 'WriteOnly', doc: 'Can be set but not read back, e.g. BasicAuthPassword; GetVariables answers Rejected for it (B06.FR.09).' },
  { name: 'ReadWrite', doc: 'Can be both read and set.' },
]);

export const NotifyEVChargingNeedsStatusEnumType = enumeration('NotifyEVChargingNeedsStatusEnumType', 'The CSMS\'s answer to the charging needs an EV reported, saying whether a charging schedule will follow.', [
  { name: 'Accepted', doc: 'The CSMS will shortly send a charging schedule in a SetChargingProfileRequest (K15.FR.03).' },
  { name: 'Rejected', doc: 'The CSMS cannot provide a charging schedule (K15.FR.04).' },
  { name: 'Processing', doc: 'The CSMS will provide a schedule but needs time to gather information; the Charging Station need not wait for it (K15.FR.05).' },
]);

export const OCPPInterfaceEnumType = enumeration('OCPPInterfaceEnumType', 'Which of the Charging Station\'s network interfaces a network connection profile uses.', [
  { name: 'Wired0', doc: 'The first wired interface.' },
  { name: 'Wired1', doc: 'The second wired interface.' },
  { name: 'Wired2', doc: 'The third wired interface.' },
  { name: 'Wired3', doc: 'The fourth wired interface.' },
  { name: 'Wireless0', doc: 'The first wireless interface.' },
  { name: 'Wireless1', doc: 'The second wireless interface.' },
  { name: 'Wireless2', doc: 'The third wireless interface.' },
  { name: 'Wireless3', doc: 'The fourth wireless interface.' },
]);

export const OCPPTransportEnumType = enumeration('OCPPTransportEnumType', 'The transport a network connection profile uses for OCPP messages; only JSON is valid for OCPP 2.0.1.', [
  { name: 'JSON', doc: 'OCPP-J: JSON messages over WebSocket.' },
  { name: 'SOAP', doc: 'SOAP; not usable with OCPP 2.0.1.' },
]);

export const OCPPVersionEnumType = enumeration('OCPPVersionEnumType', 'The OCPP version a network connection profile speaks.', [
  { name: 'OCPP12', doc: 'OCPP 1.2.' },
  { name: 'OCPP15', doc: 'OCPP 1.5.' },
  { name: 'OCPP16', doc: 'OCPP 1.6.' },
  { name: 'OCPP20', doc: 'OCPP 2.0, also the value to use for OCPP 2.0.1, since 2.0 itself is deprecated; the WebSocket subprotocol is still ocpp2.0.1.' },
]);

export const OperationalStatusEnumType = enumeration('OperationalStatusEnumType', 'The availability a ChangeAvailabilityRequest asks for.', [
  { name: 'Inoperative', doc: 'Take the Charging Station, EVSE or connector out of service so no charging can start.' },
  { name: 'Operative', doc: 'Bring it back into service so it can be used for charging.' },
]);

export const PhaseEnumType = enumeration('PhaseEnumType', 'On which phase or between which conductors a sampled value was measured; not every phase fits every measurand.', [
  { name: 'L1', doc: 'On phase L1.' },
  { name: 'L2', doc: 'On phase L2.' },
  { name: 'L3', doc: 'On phase L3.' },
  { name: 'N', doc: 'On the neutral conductor.' },
  { name: 'L1-N', doc: 'Between phase L1 and neutral.' },
  { name: 'L2-N', doc: 'Between phase L2 and neutral.' },
  { name: 'L3-N', doc: 'Between phase L3 and neutral.' },
  { name: 'L1-L2', doc: 'Between phases L1 and L2.' },
  { name: 'L2-L3', doc: 'Between phases L2 and L3.' },
  { name: 'L3-L1', doc: 'Between phases L3 and L1.' },
]);

export const PublishFirmwareStatusEnumType = enumeration('PublishFirmwareStatusEnumType', 'The progress a Local Controller reports while downloading and publishing a firmware file (PublishFirmwareStatusNotification).', [
  { name: 'Idle', doc: 'Nothing is going on; sent when triggered after the last status was Published (L03.FR.10).' },
  { name: 'DownloadScheduled', doc: 'Not final: the download of the firmware is planned for later.' },
  { name: 'Downloading', doc: 'Not final: the firmware file is being downloaded.' },
  { name: 'Downloaded', doc: 'Not final: the firmware file has been downloaded.' },
  { name: 'Published', doc: 'Final: the file is published, and location lists a URI for each supported protocol (L03.FR.04).' },
  { name: 'DownloadFailed', doc: 'Final failure: the firmware could not be downloaded (L03.FR.06).' },
  { name: 'DownloadPaused', doc: 'Not final: the download is on hold.' },
  { name: 'InvalidChecksum', doc: 'Final failure: the MD5 checksum of the file does not match (L03.FR.07).' },
  { name: 'ChecksumVerified', doc: 'Not final: the MD5 checksum of the file matched.' },
  { name: 'PublishFailed', doc: 'Final failure: the file could not be published (L03.FR.08).' },
]);

export const ReadingContextEnumType = enumeration('ReadingContextEnumType', 'Why or at which moment a sampled value was taken; Sample.Periodic when absent.', [
  { name: 'Interruption.Begin', doc: 'Taken when an interruption started.' },
  { name: 'Interruption.End', doc: 'Taken when charging resumed after an interruption.' },
  { name: 'Other', doc: 'Taken for a reason none of the other values covers.' },
  { name: 'Sample.Clock', doc: 'Taken at a clock-aligned interval.' },
  { name: 'Sample.Periodic', doc: 'Taken as a periodic sample, counted from the start of the transaction.' },
  { name: 'Transaction.Begin', doc: 'Taken when the transaction started.' },
  { name: 'Transaction.End', doc: 'Taken when the transaction ended.' },
  { name: 'Trigger', doc: 'Taken because a TriggerMessageRequest asked for it.' },
]);

export const ReasonEnumType = enumeration('ReasonEnumType', 'Why a transaction stopped (stoppedReason in a TransactionEventRequest); it may be omitted when the reason is Local.', [
  { name: 'DeAuthorized', doc: 'Stopped because the idTokenInfo in a TransactionEventResponse no longer authorized it.' },
  { name: 'EmergencyStop', doc: 'The emergency stop button was pressed.' },
  { name: 'EnergyLimitReached', doc: 'The session hit a maximum amount of energy enforced locally.' },
  { name: 'EVDisconnected', doc: 'The cable was unplugged, or the vehicle left an inductive charging pad.' },
  { name: 'GroundFault', doc: 'A ground fault occurred.' },
  { name: 'ImmediateReset', doc: 'A ResetRequest of type Immediate arrived.' },
  { name: 'Local', doc: 'The EV Driver ended it at the Charging Station, e.g. by presenting an IdToken or pressing a stop button; a normal end.' },
  { name: 'LocalOutOfCredit', doc: 'A credit limit enforced by the Charging Station ran out.' },
  { name: 'MasterPass', doc: 'Stopped with an IdToken belonging to the MasterPassGroupId.' },
  { name: 'Other', doc: 'A reason not covered by the other values.' },
  { name: 'OvercurrentFault', doc: 'The current rose above what was intended.' },
  { name: 'PowerLoss', doc: 'Power was lost completely.' },
  { name: 'PowerQuality', doc: 'The supply was of too low quality, e.g. voltage out of range or phases unbalanced.' },
  { name: 'Reboot', doc: 'The Charging Station reset or rebooted on its own initiative, e.g. through a watchdog.' },
  { name: 'Remote', doc: 'The CSMS ended it, e.g. from a smartphone app or because a prepaid credit held centrally ran out; a normal end.' },
  { name: 'SOCLimitReached', doc: 'The EV reported reaching a maximum state of charge enforced locally.' },
  { name: 'StoppedByEV', doc: 'The EV ended it.' },
  { name: 'TimeLimitReached', doc: 'The session hit a maximum duration enforced locally.' },
  { name: 'Timeout', doc: 'The EV was not connected before the connection timeout expired (E03.FR.05).' },
]);

export const RecurrencyKindEnumType = enumeration('RecurrencyKindEnumType', 'How often a Recurring charging profile repeats its schedule.', [
  { name: 'Daily', doc: 'Repeats every 24 hours, from the time of day of startSchedule.' },
  { name: 'Weekly', doc: 'Repeats every 7 days, from the weekday and time of day of startSchedule.' },
]);

export const RegistrationStatusEnumType = enumeration('RegistrationStatusEnumType', 'The CSMS\'s verdict on a BootNotificationRequest.', [
  { name: 'Accepted', doc: 'The Charging Station is registered; interval sets its heartbeat interval.' },
  { name: 'Pending', doc: 'The CSMS is not ready to accept the Charging Station yet and may first query or configure it; the Charging Station retries after interval and sends nothing else unless asked (B02.FR.02).' },
  { name: 'Rejected', doc: 'The CSMS refuses the Charging Station, e.g. because its identity is unknown; the Charging Station sends nothing until interval has passed and then boots again (B03.FR.02, B03.FR.06).' },
]);

export const ReportBaseEnumType = enumeration('ReportBaseEnumType', 'Which predefined report a GetBaseReportRequest asks for.', [
  { name: 'ConfigurationInventory', doc: 'Every component and variable the operator can set; all Charging Stations support it.' },
  { name: 'FullInventory', doc: 'Everything in the device model apart from monitoring settings; all Charging Stations support it.' },
  { name: 'SummaryInventory', doc: 'Optional: a short report of the current availability (AvailabilityState of the station, EVSEs and connectors) and of existing problems, e.g. active Problem or Tripped variables and monitors in an alert state.' },
]);

export const RequestStartStopStatusEnumType = enumeration('RequestStartStopStatusEnumType', 'The Charging Station\'s answer to a RequestStartTransactionRequest or RequestStopTransactionRequest.', [
  { name: 'Accepted', doc: 'The Charging Station will carry out the start or stop.' },
  { name: 'Rejected', doc: 'The Charging Station will not carry it out.' },
]);

export const ReservationUpdateStatusEnumType = enumeration('ReservationUpdateStatusEnumType', 'Why a ReservationStatusUpdateRequest reports that a reservation ended without being used.', [
  { name: 'Expired', doc: 'expiryDateTime passed without the reservation being used (H04.FR.01).' },
  { name: 'Removed', doc: 'The Charging Station cancelled it, e.g. because the reserved EVSE became Faulted or Unavailable (H01.FR.16, H01.FR.17).' },
]);

export const ReserveNowStatusEnumType = enumeration('ReserveNowStatusEnumType', 'The Charging Station\'s answer to a ReserveNowRequest.', [
  { name: 'Accepted', doc: 'The reservation is in place.' },
  { name: 'Faulted', doc: 'Not reserved: the targeted EVSEs or connector are faulted (H01.FR.12).' },
  { name: 'Occupied', doc: 'Not reserved: the targeted EVSEs or connector are in use or already reserved (H01.FR.11).' },
  { name: 'Rejected', doc: 'Not reserved: the Charging Station does not take reservations, or not this kind, e.g. without evseId (H01.FR.01, H01.FR.19).' },
  { name: 'Unavailable', doc: 'Not reserved: the targeted EVSEs or connector are unavailable (H01.FR.14).' },
]);

export const ResetEnumType = enumeration('ResetEnumType', 'When a ResetRequest should take effect.', [
  { name: 'Immediate', doc: 'Reset right away; the Charging Station first tries to end running transactions and report them Ended (B12.FR.04).' },
  { name: 'OnIdle', doc: 'Wait until no transaction is running, then reset.' },
]);

export const ResetStatusEnumType = enumeration('ResetStatusEnumType', 'The Charging Station\'s answer to a ResetRequest.', [
  { name: 'Accepted', doc: 'The reset will be carried out.' },
  { name: 'Rejected', doc: 'No reset will happen, e.g. because a firmware update cannot be interrupted or resetting a single EVSE is not supported (B11.FR.06, B11.FR.09).' },
  { name: 'Scheduled', doc: 'The reset will happen later, once the ongoing transactions or other work that cannot be interrupted have finished (B11.FR.07, B12.FR.01).' },
]);

export const SendLocalListStatusEnumType = enumeration('SendLocalListStatusEnumType', 'The Charging Station\'s answer to a SendLocalListRequest.', [
  { name: 'Accepted', doc: 'The Local Authorization List was updated.' },
  { name: 'Failed', doc: 'The Local Authorization List could not be updated.' },
  { name: 'VersionMismatch', doc: 'A Differential update carried a versionNumber not higher than the list\'s current version, so nothing changed (D01.FR.19).' },
]);

export const SetMonitoringStatusEnumType = enumeration('SetMonitoringStatusEnumType', 'The outcome of setting one monitor in a SetVariableMonitoringRequest.', [
  { name: 'Accepted', doc: 'The monitor was set.' },
  { name: 'UnknownComponent', doc: 'The Charging Station does not know the component.' },
  { name: 'UnknownVariable', doc: 'The component has no such variable.' },
  { name: 'UnsupportedMonitorType', doc: 'This variable does not support the requested kind of monitor (N04.FR.05).' },
  { name: 'Rejected', doc: 'The monitor was refused for another reason.' },
  { name: 'Duplicate', doc: 'The variable already has a monitor of this type and severity under another id (N04.FR.10).' },
]);

export const SetNetworkProfileStatusEnumType = enumeration('SetNetworkProfileStatusEnumType', 'The Charging Station\'s answer to a SetNetworkProfileRequest.', [
  { name: 'Accepted', doc: 'The profile was valid and has been stored (B09.FR.01).' },
  { name: 'Rejected', doc: 'The profile was refused, e.g. invalid content, a lower securityProfile than the current one, or an unknown configurationSlot (B09.FR.02, B09.FR.04, B09.FR.05).' },
  { name: 'Failed', doc: 'The profile was valid but storing it failed (B09.FR.03).' },
]);

export const SetVariableStatusEnumType = enumeration('SetVariableStatusEnumType', 'The outcome of setting one variable attribute in a SetVariablesRequest.', [
  { name: 'Accepted', doc: 'The value was set.' },
  { name: 'Rejected', doc: 'The value was refused, e.g. it is out of range or the attribute is read-only.' },
  { name: 'UnknownComponent', doc: 'The Charging Station does not know the component.' },
  { name: 'UnknownVariable', doc: 'The component has no such variable.' },
  { name: 'NotSupportedAttributeType', doc: 'The variable has no attribute of the requested attributeType (B05.FR.06).' },
  { name: 'RebootRequired', doc: 'The value was accepted but takes effect only after a reboot.' },
]);

export const TransactionEventEnumType = enumeration('TransactionEventEnumType', 'Where a TransactionEventRequest falls in the life of its transaction.', [
  { name: 'Ended', doc: 'The final event of the transaction.' },
  { name: 'Started', doc: 'The first event of the transaction.' },
  { name: 'Updated', doc: 'Any event between Started and Ended.' },
]);

export const TriggerMessageStatusEnumType = enumeration('TriggerMessageStatusEnumType', 'The Charging Station\'s answer to a TriggerMessageRequest.', [
  { name: 'Accepted', doc: 'The requested message will be sent, after this response (F06.FR.04).' },
  { name: 'Rejected', doc: 'The requested message will not be sent.' },
  { name: 'NotImplemented', doc: 'The Charging Station does not know or does not implement the requested message (F06.FR.08).' },
]);

export const TriggerReasonEnumType = enumeration('TriggerReasonEnumType', 'What caused a TransactionEventRequest to be sent; the most specific fitting reason should be used (E02.FR.17).', [
  { name: 'Authorized', doc: 'Charging was authorized, by RFID or any other means.' },
  { name: 'CablePluggedIn', doc: 'A cable was plugged in and the EV detected.' },
  { name: 'ChargingRateChanged', doc: 'The charging rate changed by more than LimitChangeSignificance.' },
  { name: 'ChargingStateChanged', doc: 'The chargingState changed; chargingState is then present (E02.FR.13).' },
  { name: 'Deauthorized', doc: 'The transaction stopped because a TransactionEventResponse no longer authorized it.' },
  { name: 'EnergyLimitReached', doc: 'The maximum energy for the session was reached, e.g. with prepaid charging.' },
  { name: 'EVCommunicationLost', doc: 'Communication with the EV was lost, e.g. the cable was unplugged.' },
  { name: 'EVConnectTimeout', doc: 'The EV was not connected before the connection timeout expired (E03.FR.05).' },
  { name: 'MeterValueClock', doc: 'A clock-aligned meter value is due.' },
  { name: 'MeterValuePeriodic', doc: 'A periodic meter value is due.' },
  { name: 'TimeLimitReached', doc: 'The maximum duration for the session was reached, e.g. with prepaid charging.' },
  { name: 'Trigger', doc: 'The CSMS asked for it with a TriggerMessageRequest (F06.FR.07).' },
  { name: 'UnlockCommand', doc: 'The CSMS sent an UnlockConnectorRequest.' },
  { name: 'StopAuthorized', doc: 'An EV Driver was authorized to stop charging, e.g. by presenting an RFID card.' },
  { name: 'EVDeparted', doc: 'The EV left, e.g. detected by a parking bay sensor.' },
  { name: 'EVDetected', doc: 'An EV arrived, e.g. detected by a parking bay sensor.' },
  { name: 'RemoteStop', doc: 'A RequestStopTransactionRequest was received.' },
  { name: 'RemoteStart', doc: 'A RequestStartTransactionRequest was received.' },
  { name: 'AbnormalCondition', doc: 'An abnormal error or fault condition occurred.' },
  { name: 'SignedDataReceived', doc: 'Signed meter data came in from the energy meter.' },
  { name: 'ResetCommand', doc: 'The CSMS sent a ResetRequest.' },
]);

export const UnlockStatusEnumType = enumeration('UnlockStatusEnumType', 'The Charging Station\'s answer to an UnlockConnectorRequest.', [
  { name: 'Unlocked', doc: 'The connector was unlocked (F05.FR.04).' },
  { name: 'UnlockFailed', doc: 'Unlocking the connector failed (F05.FR.05).' },
  { name: 'OngoingAuthorizedTransaction', doc: 'Not unlocked, because an authorized transaction is still running on the connector (F05.FR.02).' },
  { name: 'UnknownConnector', doc: 'The Charging Station does not know the given connector (F05.FR.03).' },
]);

export const UnpublishFirmwareStatusEnumType = enumeration('UnpublishFirmwareStatusEnumType', 'The Local Controller\'s answer to an UnpublishFirmwareRequest.', [
  { name: 'DownloadOngoing', doc: 'Not unpublished, because a Charging Station is still downloading the file (L04.FR.04).' },
  { name: 'NoFirmware', doc: 'No firmware file is published (L04.FR.03).' },
  { name: 'Unpublished', doc: 'The firmware file is no longer published (L04.FR.02).' },
]);

export const UpdateEnumType = enumeration('UpdateEnumType', 'How a SendLocalListRequest changes the Local Authorization List.', [
  { name: 'Differential', doc: 'Apply the entries to the current list: add or change them, or delete those without idTokenInfo.' },
  { name: 'Full', doc: 'Replace the whole list with the entries in this message.' },
]);

export const UpdateFirmwareStatusEnumType = enumeration('UpdateFirmwareStatusEnumType', 'The Charging Station\'s answer to an UpdateFirmwareRequest.', [
  { name: 'Accepted', doc: 'The firmware update process will start; its progress follows in FirmwareStatusNotification, so this does not mean it succeeded.' },
  { name: 'Rejected', doc: 'The firmware update is refused.' },
  { name: 'AcceptedCanceled', doc: 'The update will start, and a firmware update that was in progress or scheduled has been cancelled for it (L01.FR.24).' },
  { name: 'InvalidCertificate', doc: 'The signing certificate is not valid or could not be verified, so the update is aborted (L01.FR.22).' },
  { name: 'RevokedCertificate', doc: 'A failure: the firmware signing certificate has been revoked.' },
]);

export const UploadLogStatusEnumType = enumeration('UploadLogStatusEnumType', 'The progress of a log upload that a LogStatusNotificationRequest reports.', [
  { name: 'BadMessage', doc: 'The upload failed on a malformed packet or another protocol incompatibility.' },
  { name: 'Idle', doc: 'No log is being uploaded; only used when a TriggerMessageRequest asked for the status (F06.FR.15).' },
  { name: 'NotSupportedOperation', doc: 'The upload failed because the server does not support the operation.' },
  { name: 'PermissionDenied', doc: 'The upload failed because of missing permissions.' },
  { name: 'Uploaded', doc: 'The log file was uploaded.' },
  { name: 'UploadFailure', doc: 'Uploading the log file failed.' },
  { name: 'Uploading', doc: 'The log file is being uploaded.' },
  { name: 'AcceptedCanceled', doc: 'The running upload was cancelled because a new GetLogRequest was accepted (N01.FR.20).' },
]);

export const VPNEnumType = enumeration('VPNEnumType', 'The kind of VPN a network connection profile uses.', [
  { name: 'IKEv2', doc: 'An IKEv2 VPN.' },
  { name: 'IPSec', doc: 'An IPsec VPN.' },
  { name: 'L2TP', doc: 'An L2TP VPN.' },
  { name: 'PPTP', doc: 'A PPTP VPN.' },
]);
