import { type ActionDefinition, arrayOf, boolean, dateTime, enumOf, field, integer, objectOf } from '../../schema';
import { ocppObject } from '../customData';
import { CSMS_TO_STATION, STATION_TO_CSMS } from '../directions';
import { BootReasonEnumType, ComponentCriterionEnumType, GenericDeviceModelStatusEnumType, RegistrationStatusEnumType, ReportBaseEnumType, ResetEnumType, ResetStatusEnumType, SetNetworkProfileStatusEnumType } from '../enums';
import { ChargingStationType, ComponentVariableType, GetVariableDataType, GetVariableResultType, NetworkConnectionProfileType, ReportDataType, SetVariableDataType, SetVariableResultType, StatusInfoType } from '../types';

/** Functional block B Provisioning (P2-201 chapter B). */

export const BootNotification: ActionDefinition = {
  name: 'BootNotification',
  direction: STATION_TO_CSMS,
  profile: 'B Provisioning',
  useCases: ['B01', 'B02', 'B03'],
  doc: 'Sent by the Charging Station each time it starts up, describing itself and why it booted; the CSMS answers whether it accepts the station and with which heartbeat or retry interval.',
  request: ocppObject('BootNotificationRequest', [
    field('chargingStation', objectOf(ChargingStationType), { required: true, doc: 'Describes the Charging Station: its model and vendor, and optionally serial number, firmware version and modem.' }),
    field('reason', enumOf(BootReasonEnumType), { required: true, doc: 'Why the Charging Station (re)booted, e.g. PowerUp, RemoteReset, FirmwareUpdate or Watchdog (B01.FR.09).' }),
  ]),
  response: ocppObject('BootNotificationResponse', [
    field('currentTime', dateTime(), { required: true, doc: 'The CSMS\'s clock at the moment of answering; the Charging Station may use it to set its own time.' }),
    field('interval', integer(), { required: true, doc: 'In seconds. When the status is Accepted: the heartbeat interval. Otherwise: the least time to wait before sending BootNotification again; 0 lets the Charging Station choose.' }),
    field('status', enumOf(RegistrationStatusEnumType), { required: true, doc: 'Accepted, Pending or Rejected: whether the CSMS registers the Charging Station. Until Accepted, the station may send only BootNotification and messages the CSMS asked for.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Extra detail on the status, e.g. a reason code, when the CSMS has something to add.' }),
  ]),
};

export const GetBaseReport: ActionDefinition = {
  name: 'GetBaseReport',
  direction: CSMS_TO_STATION,
  profile: 'B Provisioning',
  useCases: ['B07'],
  doc: 'Sent by the CSMS to ask the Charging Station for one of the predefined reports on its device model; the report itself follows in one or more NotifyReport messages.',
  request: ocppObject('GetBaseReportRequest', [
    field('requestId', integer(), { required: true, doc: 'A number chosen by the CSMS; every NotifyReport that makes up the report carries it (B07.FR.04).' }),
    field('reportBase', enumOf(ReportBaseEnumType), { required: true, doc: 'Which report: ConfigurationInventory (variables the operator can set), FullInventory (everything) or SummaryInventory (availability and error state).' }),
  ]),
  response: ocppObject('GetBaseReportResponse', [
    field('status', enumOf(GenericDeviceModelStatusEnumType), { required: true, doc: 'Accepted when the report will follow, NotSupported for an unsupported reportBase, Rejected when the station cannot produce a report right now.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Extra detail on the status, e.g. a reason code, when the Charging Station has something to add.' }),
  ]),
};

export const GetReport: ActionDefinition = {
  name: 'GetReport',
  direction: CSMS_TO_STATION,
  profile: 'B Provisioning',
  useCases: ['B08'],
  doc: 'Sent by the CSMS to ask for a custom report on selected components and variables of the device model; the Charging Station delivers it in NotifyReport messages.',
  request: ocppObject('GetReportRequest', [
    field('componentVariable', arrayOf(objectOf(ComponentVariableType), { minItems: 1 }), { doc: 'The components and variables to report on. A component without a variable means all of its variables; at most ItemsPerMessageGetReport entries.' }),
    field('requestId', integer(), { required: true, doc: 'A number chosen by the CSMS; every NotifyReport that makes up the report carries it (B08.FR.04).' }),
    field('componentCriteria', arrayOf(enumOf(ComponentCriterionEnumType), { minItems: 1, maxItems: 4 }), { doc: 'Restricts the report to components in a given state: Active, Available, Enabled or Problem. With several criteria, a component matching any of them is reported.' }),
  ]),
  response: ocppObject('GetReportResponse', [
    field('status', enumOf(GenericDeviceModelStatusEnumType), { required: true, doc: 'Accepted when the report will follow, NotSupported for criteria the station does not support, EmptyResultSet when nothing matches, Rejected when it cannot report right now.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Extra detail on the status, e.g. a reason code, when the Charging Station has something to add.' }),
  ]),
};

export const GetVariables: ActionDefinition = {
  name: 'GetVariables',
  direction: CSMS_TO_STATION,
  profile: 'B Provisioning',
  useCases: ['B06'],
  doc: 'Sent by the CSMS to read the values of one or more variables of the Charging Station\'s device model.',
  request: ocppObject('GetVariablesRequest', [
    field('getVariableData', arrayOf(objectOf(GetVariableDataType), { minItems: 1 }), { required: true, doc: 'The variables to read, each named by component, variable and optionally attribute type (Actual when omitted). No more entries than ItemsPerMessageGetVariables (B06.FR.05).' }),
  ]),
  response: ocppObject('GetVariablesResponse', [
    field('getVariableResult', arrayOf(objectOf(GetVariableResultType), { minItems: 1 }), { required: true, doc: 'One result per requested variable, naming the same component and variable, with a status and, when Accepted, the value (B06.FR.01).' }),
  ]),
};

export const NotifyReport: ActionDefinition = {
  name: 'NotifyReport',
  direction: STATION_TO_CSMS,
  profile: 'B Provisioning',
  useCases: ['B07', 'B08'],
  doc: 'Sent by the Charging Station to deliver a device model report that the CSMS asked for with GetBaseReport or GetReport, possibly split over several messages.',
  request: ocppObject('NotifyReportRequest', [
    field('requestId', integer(), { required: true, doc: 'The requestId of the GetBaseReport or GetReport this report answers.' }),
    field('generatedAt', dateTime(), { required: true, doc: 'When the Charging Station produced this message.' }),
    field('reportData', arrayOf(objectOf(ReportDataType), { minItems: 1 }), { doc: 'The reported items: for each component and variable, its attribute values and, where included, its characteristics such as unit, data type and limits.' }),
    field('tbc', boolean(), { default: false, doc: 'True when more parts of this report follow; false (the default) in the last part.' }),
    field('seqNo', integer(), { required: true, doc: 'Position of this part within the report, counting from 0 in the first part (B07.FR.10).' }),
  ]),
  response: ocppObject('NotifyReportResponse', [
  ]),
};

export const Reset: ActionDefinition = {
  name: 'Reset',
  direction: CSMS_TO_STATION,
  profile: 'B Provisioning',
  useCases: ['B11', 'B12'],
  doc: 'Sent by the CSMS to have the Charging Station reboot, or a single EVSE reset, either at once or once it is idle.',
  request: ocppObject('ResetRequest', [
    field('type', enumOf(ResetEnumType), { required: true, doc: 'Immediate resets now, first ending any running transactions; OnIdle waits until the Charging Station or EVSE is idle (no transactions and no other work in progress).' }),
    field('evseId', integer(), { doc: 'The EVSE to reset. Omit it to reset the whole Charging Station; a station that cannot reset a single EVSE answers Rejected (B11.FR.09).' }),
  ]),
  response: ocppObject('ResetResponse', [
    field('status', enumOf(ResetStatusEnumType), { required: true, doc: 'Accepted when the reset will be carried out, Scheduled when it will happen once the station is idle, Rejected when it will not be done.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Extra detail on the status, e.g. a reason code, when the Charging Station has something to add.' }),
  ]),
};

export const SetNetworkProfile: ActionDefinition = {
  name: 'SetNetworkProfile',
  direction: CSMS_TO_STATION,
  profile: 'B Provisioning',
  useCases: ['B09'],
  doc: 'Sent by the CSMS to store a network connection profile (CSMS URL, OCPP version, security profile, APN and the like) in one of the Charging Station\'s configuration slots.',
  request: ocppObject('SetNetworkProfileRequest', [
    field('configurationSlot', integer(), { required: true, doc: 'Number of the slot to store the profile in; it must be one of the values allowed for NetworkConfigurationPriority, otherwise the request is Rejected (B09.FR.05).' }),
    field('connectionData', objectOf(NetworkConnectionProfileType), { required: true, doc: 'The connection profile to store: CSMS URL, OCPP version and transport, interface, security profile, timeout and optionally VPN and APN settings.' }),
  ]),
  response: ocppObject('SetNetworkProfileResponse', [
    field('status', enumOf(SetNetworkProfileStatusEnumType), { required: true, doc: 'Accepted when the profile was checked and stored, Rejected when it is invalid (e.g. a lower security profile than the current one), Failed when storing it went wrong.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Extra detail on the status, e.g. a reason code, when the Charging Station has something to add.' }),
  ]),
};

export const SetVariables: ActionDefinition = {
  name: 'SetVariables',
  direction: CSMS_TO_STATION,
  profile: 'B Provisioning',
  useCases: ['A01', 'A05', 'B05', 'B10'],
  doc: 'Sent by the CSMS to change the values of one or more variables of the Charging Station\'s device model.',
  request: ocppObject('SetVariablesRequest', [
    field('setVariableData', arrayOf(objectOf(SetVariableDataType), { minItems: 1 }), { required: true, doc: 'The values to write, each naming a component, a variable, optionally the attribute type (Actual when omitted) and the new value. No more entries than ItemsPerMessageSetVariables, and no duplicates (B05.FR.13).' }),
  ]),
  response: ocppObject('SetVariablesResponse', [
    field('setVariableResult', arrayOf(objectOf(SetVariableResultType), { minItems: 1 }), { required: true, doc: 'One result per entry of the request, naming the same component and variable, with whether the value was set (B05.FR.01).' }),
  ]),
};
