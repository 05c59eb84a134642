import { type ActionDefinition, arrayOf, boolean, dateTime, enumOf, field, integer, objectOf, string } from '../../schema';
import { ocppObject } from '../customData';
import { CSMS_TO_STATION, STATION_TO_CSMS } from '../directions';
import { CustomerInformationStatusEnumType, GenericDeviceModelStatusEnumType, GenericStatusEnumType, LogEnumType, LogStatusEnumType, MonitoringBaseEnumType, MonitoringCriterionEnumType, UploadLogStatusEnumType } from '../enums';
import { CertificateHashDataType, ClearMonitoringResultType, ComponentVariableType, EventDataType, IdTokenType, LogParametersType, MonitoringDataType, SetMonitoringDataType, SetMonitoringResultType, StatusInfoType } from '../types';

/** Functional block N Diagnostics (P2-201 chapter N). */

export const ClearVariableMonitoring: ActionDefinition = {
  name: 'ClearVariableMonitoring',
  direction: CSMS_TO_STATION,
  profile: 'N Diagnostics',
  useCases: ['N06'],
  doc: 'Sent by the CSMS to remove one or more monitors from a Charging Station, identified by their ids.',
  request: ocppObject('ClearVariableMonitoringRequest', [
    field('id', arrayOf(integer(), { minItems: 1 }), { required: true, doc: 'The ids of the monitors to remove; no more than ItemsPerMessageClearVariableMonitoring allows (N06.FR.04).' }),
  ]),
  response: ocppObject('ClearVariableMonitoringResponse', [
    field('clearMonitoringResult', arrayOf(objectOf(ClearMonitoringResultType), { minItems: 1 }), { required: true, doc: 'One result per requested id: Accepted, NotFound for an unknown id, or Rejected for a monitor that cannot be removed, such as a hard-wired one.' }),
  ]),
};

export const CustomerInformation: ActionDefinition = {
  name: 'CustomerInformation',
  direction: CSMS_TO_STATION,
  profile: 'N Diagnostics',
  useCases: ['N09', 'N10'],
  doc: 'Sent by the CSMS to have a Charging Station report and/or erase the data it holds about one customer, e.g. to comply with privacy law; the data comes back in NotifyCustomerInformation messages.',
  request: ocppObject('CustomerInformationRequest', [
    field('customerCertificate', objectOf(CertificateHashDataType), { doc: 'Identifies the customer by the hash data of their certificate, computed with the hash algorithm used when the certificate was installed.' }),
    field('idToken', objectOf(IdTokenType), { doc: 'Identifies the customer by their IdToken.' }),
    field('requestId', integer(), { required: true, doc: 'Identifies this request; the resulting NotifyCustomerInformation messages carry the same value.' }),
    field('report', boolean(), { required: true, doc: 'true to have the Charging Station send the customer\'s data in NotifyCustomerInformation messages.' }),
    field('clear', boolean(), { required: true, doc: 'true to have the Charging Station erase the customer\'s data; entries in the Local Authorization List stay, since only the CSMS changes that list.' }),
    field('customerIdentifier', string(64), { doc: 'Identifies the customer by another, e.g. vendor-specific, identifier. Exactly one of customerIdentifier, idToken and customerCertificate must be given, otherwise the answer is Invalid (N09.FR.09).' }),
  ]),
  response: ocppObject('CustomerInformationResponse', [
    field('status', enumOf(CustomerInformationStatusEnumType), { required: true, doc: 'Accepted; Rejected when the Charging Station cannot handle the request now (also recommended when report and clear are both false); Invalid when not exactly one customer reference was given.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reason code.' }),
  ]),
};

export const GetLog: ActionDefinition = {
  name: 'GetLog',
  direction: CSMS_TO_STATION,
  profile: 'N Diagnostics',
  useCases: ['N01'],
  doc: 'Sent by the CSMS to have a Charging Station upload a diagnostics or security log file to a given URL; the upload\'s progress follows in LogStatusNotification messages.',
  request: ocppObject('GetLogRequest', [
    field('log', objectOf(LogParametersType), { required: true, doc: 'Where to upload the file (remoteLocation URL) and, optionally, the time window of entries to include (oldestTimestamp, latestTimestamp).' }),
    field('logType', enumOf(LogEnumType), { required: true, doc: 'Which log to upload: DiagnosticsLog or SecurityLog.' }),
    field('requestId', integer(), { required: true, doc: 'Identifies this request; each LogStatusNotification about the upload repeats it (N01.FR.07).' }),
    field('retries', integer(), { doc: 'How many times to retry a failed upload; 0 means no retries. When absent, the Charging Station decides.' }),
    field('retryInterval', integer(), { doc: 'Seconds to wait between upload attempts. When absent, the Charging Station decides.' }),
  ]),
  response: ocppObject('GetLogResponse', [
    field('status', enumOf(LogStatusEnumType), { required: true, doc: 'Accepted when the log is available and will be uploaded, Rejected when it is not, AcceptedCanceled when accepted and an upload in progress was canceled for it.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reason code.' }),
    field('filename', string(255), { doc: 'Name of the file that will be uploaded. Absent when there is no log information to send.' }),
  ]),
};

export const GetMonitoringReport: ActionDefinition = {
  name: 'GetMonitoringReport',
  direction: CSMS_TO_STATION,
  profile: 'N Diagnostics',
  useCases: ['N02'],
  doc: 'Sent by the CSMS to ask a Charging Station for its configured monitors, optionally filtered; the report follows in NotifyMonitoringReport messages.',
  request: ocppObject('GetMonitoringReportRequest', [
    field('componentVariable', arrayOf(objectOf(ComponentVariableType), { minItems: 1 }), { doc: 'Limits the report to these components and variables; a component without a variable stands for all its variables. At most ItemsPerMessageGetReport entries (N02.FR.07).' }),
    field('requestId', integer(), { required: true, doc: 'Identifies this request; every NotifyMonitoringReport part repeats it.' }),
    field('monitoringCriteria', arrayOf(enumOf(MonitoringCriterionEnumType), { minItems: 1, maxItems: 3 }), { doc: 'Limits the report to monitors of these kinds: ThresholdMonitoring, DeltaMonitoring, PeriodicMonitoring. Without either filter, all monitors are reported.' }),
  ]),
  response: ocppObject('GetMonitoringReportResponse', [
    field('status', enumOf(GenericDeviceModelStatusEnumType), { required: true, doc: 'Accepted, NotSupported when a requested criterion is not supported, EmptyResultSet when no monitor matches, or Rejected.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reason code.' }),
  ]),
};

export const LogStatusNotification: ActionDefinition = {
  name: 'LogStatusNotification',
  direction: STATION_TO_CSMS,
  profile: 'N Diagnostics',
  useCases: ['N01'],
  doc: 'Sent by the Charging Station to the CSMS to report the progress of a log upload requested with GetLog.',
  request: ocppObject('LogStatusNotificationRequest', [
    field('status', enumOf(UploadLogStatusEnumType), { required: true, doc: 'The upload\'s state: Uploading, Uploaded, a failure (UploadFailure, BadMessage, PermissionDenied, NotSupportedOperation), AcceptedCanceled when it was canceled for a newer GetLog, or Idle in answer to a TriggerMessage when no upload is running.' }),
    field('requestId', integer(), { doc: 'The requestId of the GetLogRequest this upload belongs to. It may be left out only when a TriggerMessage caused the notification and no upload is in progress (N01.FR.13).' }),
  ]),
  response: ocppObject('LogStatusNotificationResponse', [
  ]),
};

export const NotifyCustomerInformation: ActionDefinition = {
  name: 'NotifyCustomerInformation',
  direction: STATION_TO_CSMS,
  profile: 'N Diagnostics',
  useCases: ['N09', 'N10'],
  doc: 'Sent by the Charging Station in answer to CustomerInformation, carrying the requested customer data, possibly over several messages, or saying that no data was found or that it was cleared.',
  request: ocppObject('NotifyCustomerInformationRequest', [
    field('data', string(512), { required: true, doc: 'A piece of the customer data, in no prescribed format but meant to be human-readable.' }),
    field('tbc', boolean(), { default: false, doc: 'true when more parts of this report follow; false (the default) on the last part.' }),
    field('seqNo', integer(), { required: true, doc: 'Position of this message within the report, counting from 0.' }),
    field('generatedAt', dateTime(), { required: true, doc: 'When the Charging Station generated this message.' }),
    field('requestId', integer(), { required: true, doc: 'The requestId of the CustomerInformationRequest being answered.' }),
  ]),
  response: ocppObject('NotifyCustomerInformationResponse', [
  ]),
};

export const NotifyEvent: ActionDefinition = {
  name: 'NotifyEvent',
  direction: STATION_TO_CSMS,
  profile: 'N Diagnostics',
  useCases: ['G01', 'G05', 'H01', 'N07', 'N08'],
  doc: 'Sent by the Charging Station to report events: mainly monitors that were triggered (threshold, delta or periodic), and also component state changes such as connector availability, as an alternative to StatusNotification.',
  request: ocppObject('NotifyEventRequest', [
    field('generatedAt', dateTime(), { required: true, doc: 'When the Charging Station generated this message.' }),
    field('tbc', boolean(), { default: false, doc: 'true when further parts of this report follow in another NotifyEvent; false (the default) on the last part.' }),
    field('seqNo', integer(), { required: true, doc: 'Position of this message within the report, counting from 0 (N07.FR.07).' }),
    field('eventData', arrayOf(objectOf(EventDataType), { minItems: 1 }), { required: true, doc: 'The events, each naming the component and variable involved and, for a monitor event, the variableMonitoringId that fired. Usually one event, but events that happen together may be grouped.' }),
  ]),
  response: ocppObject('NotifyEventResponse', [
  ]),
};

export const NotifyMonitoringReport: ActionDefinition = {
  name: 'NotifyMonitoringReport',
  direction: STATION_TO_CSMS,
  profile: 'N Diagnostics',
  useCases: ['N02'],
  doc: 'Sent by the Charging Station in answer to GetMonitoringReport, listing the configured monitors; a large report is split over several messages.',
  request: ocppObject('NotifyMonitoringReportRequest', [
    field('monitor', arrayOf(objectOf(MonitoringDataType), { minItems: 1 }), { doc: 'The monitors in this part: per component and variable, the monitors set on it with their id, type, value and severity.' }),
    field('requestId', integer(), { required: true, doc: 'The requestId of the GetMonitoringReportRequest being answered.' }),
    field('tbc', boolean(), { default: false, doc: 'true when more parts of this report follow; false (the default) on the last part.' }),
    field('seqNo', integer(), { required: true, doc: 'Position of this message within the report, counting from 0 (N02.FR.09).' }),
    field('generatedAt', dateTime(), { required: true, doc: 'When the Charging Station generated this message.' }),
  ]),
  response: ocppObject('NotifyMonitoringReportResponse', [
  ]),
};

export const SetMonitoringBase: ActionDefinition = {
  name: 'SetMonitoringBase',
  direction: CSMS_TO_STATION,
  profile: 'N Diagnostics',
  useCases: ['N03'],
  doc: 'Sent by the CSMS to switch a Charging Station to one of the monitor sets predefined by its manufacturer.',
  request: ocppObject('SetMonitoringBaseRequest', [
    field('monitoringBase', enumOf(MonitoringBaseEnumType), { required: true, doc: 'All activates every preconfigured monitor and keeps custom ones; FactoryDefault deletes custom monitors and activates the manufacturer\'s recommended defaults; HardWiredOnly deletes custom monitors and disables the preconfigured ones.' }),
  ]),
  response: ocppObject('SetMonitoringBaseResponse', [
    field('status', enumOf(GenericDeviceModelStatusEnumType), { required: true, doc: 'Accepted, or NotSupported when the Charging Station does not support the requested base (N03.FR.02).' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reason code.' }),
  ]),
};

export const SetMonitoringLevel: ActionDefinition = {
  name: 'SetMonitoringLevel',
  direction: CSMS_TO_STATION,
  profile: 'N Diagnostics',
  useCases: ['N05'],
  doc: 'Sent by the CSMS to limit, by severity, which monitor events the Charging Station reports with NotifyEvent.',
  request: ocppObject('SetMonitoringLevelRequest', [
    field('severity', integer(), { required: true, doc: 'Only events of this severity or a more severe one (lower number) are reported. Scale: 0 Danger, 1 Hardware Failure, 2 System Failure, 3 Critical, 4 Error, 5 Alert, 6 Warning, 7 Notice, 8 Informational, 9 Debug.' }),
  ]),
  response: ocppObject('SetMonitoringLevelResponse', [
    field('status', enumOf(GenericStatusEnumType), { required: true, doc: 'Accepted, or Rejected when the severity is out of range (N05.FR.02).' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reason code.' }),
  ]),
};

export const SetVariableMonitoring: ActionDefinition = {
  name: 'SetVariableMonitoring',
  direction: CSMS_TO_STATION,
  profile: 'N Diagnostics',
  useCases: ['N04'],
  doc: 'Sent by the CSMS to create or replace monitors on device-model variables of a Charging Station: thresholds, delta changes or periodic reports.',
  request: ocppObject('SetVariableMonitoringRequest', [
    field('setMonitoringData', arrayOf(objectOf(SetMonitoringDataType), { minItems: 1 }), { required: true, doc: 'The monitors to set, each for a component and variable, with type, value and severity; giving the id of an existing monitor replaces it. ItemsPerMessageSetVariableMonitoring and BytesPerMessageSetVariableMonitoring limit the list.' }),
  ]),
  response: ocppObject('SetVariableMonitoringResponse', [
    field('setMonitoringResult', arrayOf(objectOf(SetMonitoringResultType), { minItems: 1 }), { required: true, doc: 'One result per requested monitor, for the same component and variable: Accepted with the monitor\'s id, or a reason such as UnknownComponent, UnknownVariable, UnsupportedMonitorType, Duplicate or Rejected.' }),
  ]),
};
