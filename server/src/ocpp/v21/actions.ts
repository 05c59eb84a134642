import { deriveAction, deriveObject } from '../derive';
import { type ActionDefinition, arrayOf, boolean, dateTime, decimal, enumOf, field, identifierString, integer, objectOf, openEnumeration, string } from '../schema';
import { ocppObject } from '../v201/customData';
import { CSMS_TO_STATION, STATION_TO_CSMS } from '../v201/directions';
import * as actions201 from '../v201/actions';
import { BatterySwapEventEnumType, CertificateSigningUseEnumType, ChargingProfileStatusEnumType, ClearMessageStatusEnumType, DERControlEnumType, DERControlStatusEnumType, DisplayMessageStatusEnumType, EnergyTransferModeEnumType, GenericStatusEnumType, GetCertificateIdUseEnumType, GridEventFaultEnumType, InstallCertificateUseEnumType, LogEnumType, MessageStateEnumType, MessageTriggerEnumType, NotifyAllowedEnergyTransferStatusEnumType, NotifyEVChargingNeedsStatusEnumType, PaymentStatusEnumType, PreconditioningStatusEnumType, PriorityChargingStatusEnumType, ReservationUpdateStatusEnumType, ResetEnumType, TariffChangeStatusEnumType, TariffGetStatusEnumType, TariffSetStatusEnumType, TriggerReasonEnumType, ChargingLimitSourceEnumStringType, ConnectorEnumStringType } from './enums';
import { PeriodicEventStreamParamsType, StatusInfoType, IdTokenType, OCSPRequestDataType, IdTokenInfoType, MessageContentType, TariffType, BatteryDataType, EVSEType, ClearChargingProfileType, ClearTariffsResultType, ClearMonitoringResultType, CertificateHashDataType, CertificateStatusRequestInfoType, CertificateStatusType, ChargingProfileCriterionType, CompositeScheduleType, CertificateHashDataChainType, LogParametersType, ComponentVariableType, ConstantStreamDataType, TariffAssignmentType, GetVariableDataType, GetVariableResultType, MeterValueType, ChargingLimitType, ChargingScheduleType, MessageInfoType, ChargingNeedsType, EventDataType, MonitoringDataType, StreamDataElementType, ReportDataType, AddressType, ChargingScheduleUpdateType, ChargingProfileType, DERCurveGetType, DERCurveType, EnterServiceGetType, EnterServiceType, FixedPFGetType, FixedPFType, FixedVarGetType, FixedVarType, FreqDroopGetType, FreqDroopType, GradientGetType, GradientType, LimitMaxDischargeGetType, LimitMaxDischargeType, AuthorizationData, NetworkConnectionProfileType, SetMonitoringDataType, SetMonitoringResultType, SetVariableDataType, SetVariableResultType, CostDetailsType, TransactionLimitType, TransactionType, FirmwareType } from './types';

/** The actions of OCPP 2.1 (P2-21 §1): 2.0.1's, derived where 2.1 changed their messages, and the new ones. */

export const AFRRSignal: ActionDefinition = {
  name: 'AFRRSignal',
  direction: CSMS_TO_STATION,
  profile: 'Q BidirectionalPowerTransfer',
  useCases: ['Q08'],
  doc: 'Sent by the CSMS to pass on an aFRR (automatic Frequency Restoration Reserve) activation it got from the TSO; the Charging Station looks the signal up in the v2xSignalWattCurve of the active LocalFrequency period and adds the resulting power to its setpoint (Q08.FR.10).',
  request: ocppObject('AFRRSignalRequest', [
    field('timestamp', dateTime(), { required: true, doc: 'From when the signal applies; the CSMS puts the current time here (Q08.FR.12).' }),
    field('signal', integer(), { required: true, doc: 'The aFRR signal value; the Charging Station finds it among the signal points of the v2xSignalWattCurve to get the power in W to add to its setpoint.' }),
  ]),
  response: ocppObject('AFRRSignalResponse', [
    field('status', enumOf(GenericStatusEnumType), { required: true, doc: 'Accepted when a schedule period with operationMode LocalFrequency and a v2xSignalWattCurve is in force; otherwise Rejected, with reasonCode NoSignalWattCurve (Q08.FR.11).' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reasonCode and additional text.' }),
  ]),
};

export const AdjustPeriodicEventStream: ActionDefinition = {
  name: 'AdjustPeriodicEventStream',
  direction: CSMS_TO_STATION,
  profile: 'N Diagnostics',
  useCases: ['N14'],
  doc: 'Sent by the CSMS to change how often the Charging Station flushes an open periodic event stream, by giving it a new interval and/or number of values.',
  request: ocppObject('AdjustPeriodicEventStreamRequest', [
    field('id', integer({ min: 0 }), { required: true, doc: 'The periodic event stream to adjust, as numbered by the Charging Station when it opened the stream.' }),
    field('params', objectOf(PeriodicEventStreamParamsType), { required: true, doc: 'The new flush settings: interval (s) and/or values (how many items per message); the CSMS gives at least one of them (N14.FR.01).' }),
  ]),
  response: ocppObject('AdjustPeriodicEventStreamResponse', [
    field('status', enumOf(GenericStatusEnumType), { required: true, doc: 'Accepted when the Charging Station will send NotifyPeriodicEventStream messages at the new rate, Rejected when it cannot meet the new settings (N14.FR.02, N14.FR.03).' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reasonCode and additional text.' }),
  ]),
};

export const Authorize = deriveAction(actions201.Authorize, {
  request: deriveObject(actions201.Authorize.request!, '2.1', {
    retype: {
      idToken: objectOf(IdTokenType),
      certificate: string(10000),
      iso15118CertificateHashData: arrayOf(objectOf(OCSPRequestDataType), { minItems: 1, maxItems: 4 }),
    },
  }),
  response: deriveObject(actions201.Authorize.response!, '2.1', {
    retype: {
      idTokenInfo: objectOf(IdTokenInfoType),
    },
    add: [
      field('allowedEnergyTransfer', arrayOf(enumOf(EnergyTransferModeEnumType), { minItems: 1 }), { doc: 'New in 2.1: the energy transfer modes (e.g. DC or DC_BPT for V2X) this EV may pick. When left out, only charging is allowed; the CSMS leaves it out when it cannot decide in time (Q01.FR.01, Q01.FR.08).' }),
      field('tariff', objectOf(TariffType), { doc: 'New in 2.1: a driver-specific tariff for local cost calculation, used only for the transaction of this idToken; it carries no validFrom (I08.FR.04, I08.FR.09).' }),
    ],
  }),
});

export const BatterySwap: ActionDefinition = {
  name: 'BatterySwap',
  direction: STATION_TO_CSMS,
  profile: 'S BatterySwapping',
  useCases: ['S02', 'S03'],
  doc: 'Sent by a battery swap station to record batteries being put into or taken out of its slots for an authorized driver; the CSMS answers with an empty response.',
  request: ocppObject('BatterySwapRequest', [
    field('batteryData', arrayOf(objectOf(BatteryDataType), { minItems: 1 }), { required: true, doc: 'One entry per battery put in or taken out: the slot (evseId), serial number, SoC and SoH in %, and optionally production date and vendor data.' }),
    field('eventType', enumOf(BatterySwapEventEnumType), { required: true, doc: 'BatteryIn when the driver returns batteries, BatteryOut when charged ones are taken, BatteryOutTimeout when offered batteries were not taken within BatterySwapOutTimeout (S03.FR.06).' }),
    field('idToken', objectOf(IdTokenType), { required: true, doc: 'The token of the driver who was authorized for this swap.' }),
    field('requestId', integer(), { required: true, doc: 'Ties the BatteryIn and BatteryOut events of one swap together; when the swap was started by RequestBatterySwap, it repeats that request\'s requestId (S02.FR.02, S03.FR.03).' }),
  ]),
  response: ocppObject('BatterySwapResponse', [
  ]),
};

export const BootNotification = deriveAction(actions201.BootNotification, {
  request: actions201.BootNotification.request!,
  response: deriveObject(actions201.BootNotification.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const CancelReservation = deriveAction(actions201.CancelReservation, {
  request: deriveObject(actions201.CancelReservation.request!, '2.1', {
    retype: {
      reservationId: integer({ min: 0 }),
    },
  }),
  response: deriveObject(actions201.CancelReservation.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const CertificateSigned = deriveAction(actions201.CertificateSigned, {
  request: deriveObject(actions201.CertificateSigned.request!, '2.1', {
    retype: {
      certificateType: enumOf(CertificateSigningUseEnumType),
    },
    add: [
      field('requestId', integer(), { doc: 'New in 2.1: the requestId the Charging Station put in its SignCertificateRequest, echoed so it can match the certificate to that request; an unknown value makes it answer Rejected (A02.FR.25, A02.FR.26).' }),
    ],
  }),
  response: deriveObject(actions201.CertificateSigned.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const ChangeAvailability = deriveAction(actions201.ChangeAvailability, {
  request: deriveObject(actions201.ChangeAvailability.request!, '2.1', {
    retype: {
      evse: objectOf(EVSEType),
    },
  }),
  response: deriveObject(actions201.ChangeAvailability.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const ChangeTransactionTariff: ActionDefinition = {
  name: 'ChangeTransactionTariff',
  direction: CSMS_TO_STATION,
  profile: 'I TariffAndCost',
  useCases: ['I11'],
  doc: 'Sent by the CSMS to replace the tariff a Charging Station with local cost calculation applies to one ongoing transaction, e.g. after an unexpected price change.',
  request: ocppObject('ChangeTransactionTariffRequest', [
    field('tariff', objectOf(TariffType), { required: true, doc: 'The tariff to apply from now on; earlier cost is not recalculated (I11.FR.08). Its currency must equal that of the current tariff (I11.FR.05).' }),
    field('transactionId', identifierString(36), { required: true, doc: 'The ongoing transaction that gets the new tariff.' }),
  ]),
  response: ocppObject('ChangeTransactionTariffResponse', [
    field('status', enumOf(TariffChangeStatusEnumType), { required: true, doc: 'Accepted when the new tariff is in use; then a TransactionEvent with triggerReason TariffChanged follows (I11.FR.07). Otherwise TooManyElements, ConditionNotSupported, TxNotFound, NoCurrencyChange or Rejected, and the old tariff stays.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reasonCode and additional text.' }),
  ]),
};

export const ClearCache = deriveAction(actions201.ClearCache, {
  request: actions201.ClearCache.request!,
  response: deriveObject(actions201.ClearCache.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const ClearChargingProfile = deriveAction(actions201.ClearChargingProfile, {
  request: deriveObject(actions201.ClearChargingProfile.request!, '2.1', {
    retype: {
      chargingProfileCriteria: objectOf(ClearChargingProfileType),
    },
  }),
  response: deriveObject(actions201.ClearChargingProfile.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const ClearDERControl: ActionDefinition = {
  name: 'ClearDERControl',
  direction: CSMS_TO_STATION,
  profile: 'R DERControl',
  useCases: ['R04'],
  doc: 'Sent by the CSMS to remove DER controls (curves or settings) from the Charging Station: one control by id, all of one control type, or all default or all scheduled controls.',
  request: ocppObject('ClearDERControlRequest', [
    field('isDefault', boolean(), { required: true, doc: 'Whether to remove default controls (true) or scheduled controls (false).' }),
    field('controlType', enumOf(DERControlEnumType), { doc: 'Removes the controls of this type, e.g. FreqDroop or VoltVar; ignored when a controlId is given.' }),
    field('controlId', identifierString(36), { doc: 'Removes the one control with this id. With neither controlId nor controlType, every control matching isDefault is removed (R04.FR.44).' }),
  ]),
  response: ocppObject('ClearDERControlResponse', [
    field('status', enumOf(DERControlStatusEnumType), { required: true, doc: 'Accepted when controls were removed, NotFound when none matched (R04.FR.41, R04.FR.42), NotSupported for a control type the Charging Station does not know (R04.FR.43).' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reasonCode and additional text.' }),
  ]),
};

export const ClearDisplayMessage = deriveAction(actions201.ClearDisplayMessage, {
  request: deriveObject(actions201.ClearDisplayMessage.request!, '2.1', {
    retype: {
      id: integer({ min: 0 }),
    },
  }),
  response: deriveObject(actions201.ClearDisplayMessage.response!, '2.1', {
    retype: {
      status: enumOf(ClearMessageStatusEnumType),
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const ClearTariffs: ActionDefinition = {
  name: 'ClearTariffs',
  direction: CSMS_TO_STATION,
  profile: 'I TariffAndCost',
  useCases: ['I10'],
  doc: 'Sent by the CSMS to remove default tariffs from a Charging Station that calculates cost locally; transactions already using a removed tariff keep it until they end (I10.FR.07).',
  request: ocppObject('ClearTariffsRequest', [
    field('tariffIds', arrayOf(string(60), { minItems: 1 }), { doc: 'The ids of the tariffs to remove. When left out, all tariffs (of the given EVSE, if any) are removed.' }),
    field('evseId', integer({ min: 0 }), { doc: 'Limits the removal to tariffs set for this EVSE; together with tariffIds, only tariffs matching both go (I10.FR.05).' }),
  ]),
  response: ocppObject('ClearTariffsResponse', [
    field('clearTariffsResult', arrayOf(objectOf(ClearTariffsResultType), { minItems: 1 }), { required: true, doc: 'One result per removed tariff, with its tariffId and status; when nothing matched, a single entry without tariffId and with status NoTariff (I10.FR.06).' }),
  ]),
};

export const ClearVariableMonitoring = deriveAction(actions201.ClearVariableMonitoring, {
  request: deriveObject(actions201.ClearVariableMonitoring.request!, '2.1', {
    retype: {
      id: arrayOf(integer({ min: 0 }), { minItems: 1 }),
    },
  }),
  response: deriveObject(actions201.ClearVariableMonitoring.response!, '2.1', {
    retype: {
      clearMonitoringResult: arrayOf(objectOf(ClearMonitoringResultType), { minItems: 1 }),
    },
  }),
});

export const ClearedChargingLimit = deriveAction(actions201.ClearedChargingLimit, {
  request: deriveObject(actions201.ClearedChargingLimit.request!, '2.1', {
    retype: {
      chargingLimitSource: openEnumeration(ChargingLimitSourceEnumStringType, 20),
      evseId: integer({ min: 0 }),
    },
  }),
  response: actions201.ClearedChargingLimit.response!,
});

export const ClosePeriodicEventStream: ActionDefinition = {
  name: 'ClosePeriodicEventStream',
  direction: STATION_TO_CSMS,
  profile: 'N Diagnostics',
  useCases: ['N13'],
  doc: 'Sent by the Charging Station to tell the CSMS that a periodic event stream has ended, typically because its monitor was cleared; buffered values are sent before it (N13.FR.03) and the station goes back to NotifyEvent for that variable.',
  request: ocppObject('ClosePeriodicEventStreamRequest', [
    field('id', integer({ min: 0 }), { required: true, doc: 'The periodic event stream that is now closed.' }),
  ]),
  response: ocppObject('ClosePeriodicEventStreamResponse', [
  ]),
};

export const CostUpdated = deriveAction(actions201.CostUpdated, {
  request: actions201.CostUpdated.request!,
  response: actions201.CostUpdated.response!,
});

export const CustomerInformation = deriveAction(actions201.CustomerInformation, {
  request: deriveObject(actions201.CustomerInformation.request!, '2.1', {
    retype: {
      idToken: objectOf(IdTokenType),
      requestId: integer({ min: 0 }),
    },
  }),
  response: deriveObject(actions201.CustomerInformation.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const DataTransfer = deriveAction(actions201.DataTransfer, {
  request: actions201.DataTransfer.request!,
  response: deriveObject(actions201.DataTransfer.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const DeleteCertificate = deriveAction(actions201.DeleteCertificate, {
  request: actions201.DeleteCertificate.request!,
  response: deriveObject(actions201.DeleteCertificate.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const FirmwareStatusNotification = deriveAction(actions201.FirmwareStatusNotification, {
  request: deriveObject(actions201.FirmwareStatusNotification.request!, '2.1', {
    add: [
      field('statusInfo', objectOf(StatusInfoType), { doc: 'New in 2.1: optional extra detail on the firmware status, such as a reasonCode and additional text.' }),
    ],
  }),
  response: actions201.FirmwareStatusNotification.response!,
});

export const Get15118EVCertificate = deriveAction(actions201.Get15118EVCertificate, {
  request: deriveObject(actions201.Get15118EVCertificate.request!, '2.1', {
    retype: {
      exiRequest: string(11000),
    },
    add: [
      field('maximumContractCertificateChains', integer({ min: 0 }), { doc: 'New in 2.1: how many contract certificate chains the EV wants to install, copied from the ISO 15118-20 CertificateInstallationReq; left out for ISO 15118-2 (M01.FR.02, M01.FR.03).' }),
      field('prioritizedEMAIDs', arrayOf(identifierString(255), { minItems: 1, maxItems: 8 }), { doc: 'New in 2.1, ISO 15118-20 only: up to 8 EMAIDs whose contract certificates should come first when more are available than the EV can take.' }),
    ],
  }),
  response: deriveObject(actions201.Get15118EVCertificate.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
      exiResponse: string(17000),
    },
    add: [
      field('remainingContracts', integer({ min: 0 }), { doc: 'New in 2.1: how many more contract certificates can still be fetched; while above 0 the Charging Station repeats the request to get the next one (M01.FR.06).' }),
    ],
  }),
});

export const GetBaseReport = deriveAction(actions201.GetBaseReport, {
  request: actions201.GetBaseReport.request!,
  response: deriveObject(actions201.GetBaseReport.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const GetCertificateChainStatus: ActionDefinition = {
  name: 'GetCertificateChainStatus',
  direction: STATION_TO_CSMS,
  profile: 'M ISO15118CertificateManagement',
  useCases: ['M07'],
  doc: 'Sent by the Charging Station to have the CSMS check, via OCSP or a CRL, whether certificates of an EV\'s certificate chain are revoked, as ISO 15118-20 requires during the TLS handshake.',
  request: ocppObject('GetCertificateChainStatusRequest', [
    field('certificateStatusRequests', arrayOf(objectOf(CertificateStatusRequestInfoType), { minItems: 1, maxItems: 4 }), { required: true, doc: 'One to four certificates to check, each with its hash data, the source to use (OCSP or CRL) and the URLs of that source. Certificates with an unexpired cached result should not be asked for again (M07.FR.10).' }),
  ]),
  response: ocppObject('GetCertificateChainStatusResponse', [
    field('certificateStatus', arrayOf(objectOf(CertificateStatusType), { minItems: 1, maxItems: 4 }), { required: true, doc: 'One result per certificate: its hash data, the source used, the status (Good, Revoked, Unknown, or Failed when the check could not be done) and nextUpdate. The station may cache it for at most a week (M07.FR.09).' }),
  ]),
};

export const GetCertificateStatus = deriveAction(actions201.GetCertificateStatus, {
  request: deriveObject(actions201.GetCertificateStatus.request!, '2.1', {
    retype: {
      ocspRequestData: objectOf(OCSPRequestDataType),
    },
  }),
  response: deriveObject(actions201.GetCertificateStatus.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
      ocspResult: string(18000),
    },
  }),
});

export const GetChargingProfiles = deriveAction(actions201.GetChargingProfiles, {
  request: deriveObject(actions201.GetChargingProfiles.request!, '2.1', {
    retype: {
      evseId: integer({ min: 0 }),
      chargingProfile: objectOf(ChargingProfileCriterionType),
    },
  }),
  response: deriveObject(actions201.GetChargingProfiles.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const GetCompositeSchedule = deriveAction(actions201.GetCompositeSchedule, {
  request: deriveObject(actions201.GetCompositeSchedule.request!, '2.1', {
    retype: {
      evseId: integer({ min: 0 }),
    },
  }),
  response: deriveObject(actions201.GetCompositeSchedule.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
      schedule: objectOf(CompositeScheduleType),
    },
  }),
});

export const GetDERControl: ActionDefinition = {
  name: 'GetDERControl',
  direction: CSMS_TO_STATION,
  profile: 'R DERControl',
  useCases: ['R04'],
  doc: 'Sent by the CSMS to ask which DER controls are installed on the Charging Station; the matching controls come back in one or more ReportDERControl messages.',
  request: ocppObject('GetDERControlRequest', [
    field('requestId', integer(), { required: true, doc: 'A number the CSMS picks; every resulting ReportDERControlRequest carries it (R04.FR.31).' }),
    field('isDefault', boolean(), { doc: 'Limits the report to default controls (true) or scheduled controls (false); when left out, both kinds match.' }),
    field('controlType', enumOf(DERControlEnumType), { doc: 'Limits the report to controls of this type; ignored when a controlId is given.' }),
    field('controlId', identifierString(36), { doc: 'Asks for the one control with this id. Without controlId and controlType, all controls (matching isDefault, if given) are reported.' }),
  ]),
  response: ocppObject('GetDERControlResponse', [
    field('status', enumOf(DERControlStatusEnumType), { required: true, doc: 'Accepted when ReportDERControl messages will follow, NotFound when no control matches (R04.FR.30), NotSupported for an unknown control type (R04.FR.36).' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reasonCode and additional text.' }),
  ]),
};

export const GetDisplayMessages = deriveAction(actions201.GetDisplayMessages, {
  request: deriveObject(actions201.GetDisplayMessages.request!, '2.1', {
    retype: {
      id: arrayOf(integer({ min: 0 }), { minItems: 1 }),
      state: enumOf(MessageStateEnumType),
    },
  }),
  response: deriveObject(actions201.GetDisplayMessages.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const GetInstalledCertificateIds = deriveAction(actions201.GetInstalledCertificateIds, {
  request: deriveObject(actions201.GetInstalledCertificateIds.request!, '2.1', {
    retype: {
      certificateType: arrayOf(enumOf(GetCertificateIdUseEnumType), { minItems: 1 }),
    },
  }),
  response: deriveObject(actions201.GetInstalledCertificateIds.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
      certificateHashDataChain: arrayOf(objectOf(CertificateHashDataChainType), { minItems: 1 }),
    },
  }),
});

export const GetLocalListVersion = deriveAction(actions201.GetLocalListVersion, {
  request: actions201.GetLocalListVersion.request!,
  response: actions201.GetLocalListVersion.response!,
});

export const GetLog = deriveAction(actions201.GetLog, {
  request: deriveObject(actions201.GetLog.request!, '2.1', {
    retype: {
      log: objectOf(LogParametersType),
      logType: enumOf(LogEnumType),
      retries: integer({ min: 0 }),
    },
  }),
  response: deriveObject(actions201.GetLog.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const GetMonitoringReport = deriveAction(actions201.GetMonitoringReport, {
  request: deriveObject(actions201.GetMonitoringReport.request!, '2.1', {
    retype: {
      componentVariable: arrayOf(objectOf(ComponentVariableType), { minItems: 1 }),
    },
  }),
  response: deriveObject(actions201.GetMonitoringReport.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const GetPeriodicEventStream: ActionDefinition = {
  name: 'GetPeriodicEventStream',
  direction: CSMS_TO_STATION,
  profile: 'N Diagnostics',
  useCases: ['N12'],
  doc: 'Sent by the CSMS, with an empty request, to get the list of periodic event streams the Charging Station has open; mainly useful when the CSMS has lost track of them.',
  request: ocppObject('GetPeriodicEventStreamRequest', [
  ]),
  response: ocppObject('GetPeriodicEventStreamResponse', [
    field('constantStreamData', arrayOf(objectOf(ConstantStreamDataType), { minItems: 1 }), { doc: 'The fixed data of each open stream: its id, the variableMonitoringId it reports and its flush settings. Left out when no stream is open (N12.FR.01).' }),
  ]),
};

export const GetReport = deriveAction(actions201.GetReport, {
  request: deriveObject(actions201.GetReport.request!, '2.1', {
    retype: {
      componentVariable: arrayOf(objectOf(ComponentVariableType), { minItems: 1 }),
    },
  }),
  response: deriveObject(actions201.GetReport.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const GetTariffs: ActionDefinition = {
  name: 'GetTariffs',
  direction: CSMS_TO_STATION,
  profile: 'I TariffAndCost',
  useCases: ['I09'],
  doc: 'Sent by the CSMS to learn which default and driver-specific tariffs a Charging Station with local cost calculation currently holds, and where they apply.',
  request: ocppObject('GetTariffsRequest', [
    field('evseId', integer({ min: 0 }), { required: true, doc: 'The EVSE to report on; 0 reports the tariffs of all EVSEs (I09.FR.01).' }),
  ]),
  response: ocppObject('GetTariffsResponse', [
    field('status', enumOf(TariffGetStatusEnumType), { required: true, doc: 'Accepted when tariffs are reported, NoTariff when there are none for the requested EVSE or station (I09.FR.03), Rejected when the request cannot be handled.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reasonCode and additional text.' }),
    field('tariffAssignments', arrayOf(objectOf(TariffAssignmentType), { minItems: 1 }), { doc: 'One entry per tariff: its id, whether it is a default or driver tariff, the EVSEs it is installed on, the idTokens it belongs to and, when set, validFrom. Absent when status is NoTariff.' }),
  ]),
};

export const GetTransactionStatus = deriveAction(actions201.GetTransactionStatus, {
  request: actions201.GetTransactionStatus.request!,
  response: actions201.GetTransactionStatus.response!,
});

export const GetVariables = deriveAction(actions201.GetVariables, {
  request: deriveObject(actions201.GetVariables.request!, '2.1', {
    retype: {
      getVariableData: arrayOf(objectOf(GetVariableDataType), { minItems: 1 }),
    },
  }),
  response: deriveObject(actions201.GetVariables.response!, '2.1', {
    retype: {
      getVariableResult: arrayOf(objectOf(GetVariableResultType), { minItems: 1 }),
    },
  }),
});

export const Heartbeat = deriveAction(actions201.Heartbeat, {
  request: actions201.Heartbeat.request!,
  response: actions201.Heartbeat.response!,
});

export const InstallCertificate = deriveAction(actions201.InstallCertificate, {
  request: deriveObject(actions201.InstallCertificate.request!, '2.1', {
    retype: {
      certificateType: enumOf(InstallCertificateUseEnumType),
      certificate: string(10000),
    },
  }),
  response: deriveObject(actions201.InstallCertificate.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const LogStatusNotification = deriveAction(actions201.LogStatusNotification, {
  request: deriveObject(actions201.LogStatusNotification.request!, '2.1', {
    add: [
      field('statusInfo', objectOf(StatusInfoType), { doc: 'New in 2.1: optional extra detail on the log upload status, such as a reasonCode and additional text.' }),
    ],
  }),
  response: actions201.LogStatusNotification.response!,
});

export const MeterValues = deriveAction(actions201.MeterValues, {
  request: deriveObject(actions201.MeterValues.request!, '2.1', {
    retype: {
      evseId: integer({ min: 0 }),
      meterValue: arrayOf(objectOf(MeterValueType), { minItems: 1 }),
    },
  }),
  response: actions201.MeterValues.response!,
});

export const NotifyAllowedEnergyTransfer: ActionDefinition = {
  name: 'NotifyAllowedEnergyTransfer',
  direction: CSMS_TO_STATION,
  profile: 'Q BidirectionalPowerTransfer',
  useCases: ['Q02'],
  doc: 'Sent by the CSMS during a transaction to replace the list of energy transfer modes the EV may use, e.g. to allow V2X once permission arrives; the Charging Station then starts an ISO 15118 service renegotiation with the EV (Q02.FR.06).',
  request: ocppObject('NotifyAllowedEnergyTransferRequest', [
    field('transactionId', identifierString(36), { required: true, doc: 'The transaction whose list of allowed modes changes.' }),
    field('allowedEnergyTransfer', arrayOf(enumOf(EnergyTransferModeEnumType), { minItems: 1 }), { required: true, doc: 'The complete new list of permitted modes, e.g. adding DC_BPT or AC_BPT for bidirectional use. Leaving out the mode in use is how the CSMS asks for a different one.' }),
  ]),
  response: ocppObject('NotifyAllowedEnergyTransferResponse', [
    field('status', enumOf(NotifyAllowedEnergyTransferStatusEnumType), { required: true, doc: 'Accepted normally; Rejected only when a technical problem prevents the Charging Station from handling it.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reasonCode and additional text.' }),
  ]),
};

export const NotifyChargingLimit = deriveAction(actions201.NotifyChargingLimit, {
  request: deriveObject(actions201.NotifyChargingLimit.request!, '2.1', {
    retype: {
      chargingSchedule: arrayOf(objectOf(ChargingScheduleType), { minItems: 1 }),
      evseId: integer({ min: 0 }),
      chargingLimit: objectOf(ChargingLimitType),
    },
  }),
  response: actions201.NotifyChargingLimit.response!,
});

export const NotifyCustomerInformation = deriveAction(actions201.NotifyCustomerInformation, {
  request: deriveObject(actions201.NotifyCustomerInformation.request!, '2.1', {
    retype: {
      seqNo: integer({ min: 0 }),
      requestId: integer({ min: 0 }),
    },
  }),
  response: actions201.NotifyCustomerInformation.response!,
});

export const NotifyDERAlarm: ActionDefinition = {
  name: 'NotifyDERAlarm',
  direction: STATION_TO_CSMS,
  profile: 'R DERControl',
  useCases: ['R02', 'R03', 'R04', 'R05'],
  doc: 'Sent by the Charging Station when a DER control forces it to depart from its charging profile or normal charging rate, and again when that situation is over (R05.FR.01, R05.FR.02).',
  request: ocppObject('NotifyDERAlarmRequest', [
    field('controlType', enumOf(DERControlEnumType), { required: true, doc: 'The DER control that is taking over, e.g. VoltWatt or HFMustTrip.' }),
    field('gridEventFault', enumOf(GridEventFaultEnumType), { doc: 'The grid condition that triggered the control, e.g. OverVoltage or OverFrequency.' }),
    field('alarmEnded', boolean(), { doc: 'True in the message that reports the end of the situation; false or left out when it starts.' }),
    field('timestamp', dateTime(), { required: true, doc: 'When the alarm began or, with alarmEnded true, when it ended.' }),
    field('extraInfo', string(200), { doc: 'Free text supplied by the EV, at most 200 characters.' }),
  ]),
  response: ocppObject('NotifyDERAlarmResponse', [
  ]),
};

export const NotifyDERStartStop: ActionDefinition = {
  name: 'NotifyDERStartStop',
  direction: STATION_TO_CSMS,
  profile: 'R DERControl',
  useCases: ['R04'],
  doc: 'Sent by the Charging Station when a scheduled DER control becomes active at its startTime, or stops after its duration has passed (R04.FR.20, R04.FR.22).',
  request: ocppObject('NotifyDERStartStopRequest', [
    field('controlId', identifierString(36), { required: true, doc: 'The id of the scheduled control, as given in the SetDERControlRequest that installed it.' }),
    field('started', boolean(), { required: true, doc: 'True when the control has just become active, false when it has just ended.' }),
    field('timestamp', dateTime(), { required: true, doc: 'When the control started or ended.' }),
    field('supersededIds', arrayOf(identifierString(36), { minItems: 1, maxItems: 24 }), { doc: 'Up to 24 ids of other controls that this control replaces now that it has started (R04.FR.21).' }),
  ]),
  response: ocppObject('NotifyDERStartStopResponse', [
  ]),
};

export const NotifyDisplayMessages = deriveAction(actions201.NotifyDisplayMessages, {
  request: deriveObject(actions201.NotifyDisplayMessages.request!, '2.1', {
    retype: {
      messageInfo: arrayOf(objectOf(MessageInfoType), { minItems: 1 }),
    },
  }),
  response: actions201.NotifyDisplayMessages.response!,
});

export const NotifyEVChargingNeeds = deriveAction(actions201.NotifyEVChargingNeeds, {
  request: deriveObject(actions201.NotifyEVChargingNeeds.request!, '2.1', {
    retype: {
      evseId: integer({ min: 1 }),
      maxScheduleTuples: integer({ min: 0 }),
      chargingNeeds: objectOf(ChargingNeedsType),
    },
    add: [
      field('timestamp', dateTime(), { doc: 'New in 2.1: when the EV\'s charging needs were received; added when the message is sent late, e.g. after an offline period (K15.FR.20).' }),
    ],
  }),
  response: deriveObject(actions201.NotifyEVChargingNeeds.response!, '2.1', {
    retype: {
      status: enumOf(NotifyEVChargingNeedsStatusEnumType),
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const NotifyEVChargingSchedule = deriveAction(actions201.NotifyEVChargingSchedule, {
  request: deriveObject(actions201.NotifyEVChargingSchedule.request!, '2.1', {
    retype: {
      chargingSchedule: objectOf(ChargingScheduleType),
      evseId: integer({ min: 1 }),
    },
    add: [
      field('selectedChargingScheduleId', integer({ min: 0 }), { doc: 'New in 2.1: the id of the chargingSchedule the EV chose from the ones offered in the charging profile (K15.FR.21, K18.FR.10).' }),
      field('powerToleranceAcceptance', boolean(), { doc: 'New in 2.1: whether the EV accepts the power tolerance, as stated in the EVPowerProfile of its ISO 15118-20 PowerDeliveryReq.' }),
    ],
  }),
  response: deriveObject(actions201.NotifyEVChargingSchedule.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const NotifyEvent = deriveAction(actions201.NotifyEvent, {
  request: deriveObject(actions201.NotifyEvent.request!, '2.1', {
    retype: {
      seqNo: integer({ min: 0 }),
      eventData: arrayOf(objectOf(EventDataType), { minItems: 1 }),
    },
  }),
  response: actions201.NotifyEvent.response!,
});

export const NotifyMonitoringReport = deriveAction(actions201.NotifyMonitoringReport, {
  request: deriveObject(actions201.NotifyMonitoringReport.request!, '2.1', {
    retype: {
      monitor: arrayOf(objectOf(MonitoringDataType), { minItems: 1 }),
      seqNo: integer({ min: 0 }),
    },
  }),
  response: actions201.NotifyMonitoringReport.response!,
});

export const NotifyPeriodicEventStream: ActionDefinition = {
  name: 'NotifyPeriodicEventStream',
  direction: STATION_TO_CSMS,
  profile: 'N Diagnostics',
  useCases: ['N11', 'N14', 'N15'],
  doc: 'Sent by the Charging Station to deliver a batch of buffered monitor values over an open periodic event stream. It goes as an unconfirmed SEND message (type 6) and gets no response (N15.FR.01, N15.FR.02).',
  request: ocppObject('NotifyPeriodicEventStream', [
    field('data', arrayOf(objectOf(StreamDataElementType), { minItems: 1 }), { required: true, doc: 'The buffered values of the stream\'s monitor, each with its time as an offset in seconds from basetime; at least one.' }),
    field('id', integer({ min: 0 }), { required: true, doc: 'Which periodic event stream these values belong to: the id OpenPeriodicEventStream gave it.' }),
    field('pending', integer({ min: 0 }), { required: true, doc: 'How many more values the Charging Station holds for this stream and has not yet sent (N15.FR.04); a growing number suggests the stream\'s interval or size be adjusted.' }),
    field('basetime', dateTime(), { required: true, doc: 'The moment the offsets of the values in data count from.' }),
  ]),
};

export const NotifyPriorityCharging: ActionDefinition = {
  name: 'NotifyPriorityCharging',
  direction: STATION_TO_CSMS,
  profile: 'K SmartCharging',
  useCases: ['K21', 'K22'],
  doc: 'Sent by the Charging Station when a transaction switches to or away from its PriorityCharging profile, whether the CSMS asked for it with UsePriorityCharging or the driver asked at the station.',
  request: ocppObject('NotifyPriorityChargingRequest', [
    field('transactionId', identifierString(36), { required: true, doc: 'The transaction whose use of the PriorityCharging profile changed.' }),
    field('activated', boolean(), { required: true, doc: 'True when the Charging Station has switched this transaction to its PriorityCharging profile; false when it has gone back to the TxProfile or TxDefaultProfile.' }),
  ]),
  response: ocppObject('NotifyPriorityChargingResponse', [
  ]),
};

export const NotifyReport = deriveAction(actions201.NotifyReport, {
  request: deriveObject(actions201.NotifyReport.request!, '2.1', {
    retype: {
      reportData: arrayOf(objectOf(ReportDataType), { minItems: 1 }),
      seqNo: integer({ min: 0 }),
    },
  }),
  response: actions201.NotifyReport.response!,
});

export const NotifySettlement: ActionDefinition = {
  name: 'NotifySettlement',
  direction: STATION_TO_CSMS,
  profile: 'C Authorization',
  useCases: ['C19', 'C20', 'C21', 'C22'],
  doc: 'Sent by the Charging Station to report the outcome of settling an ad hoc payment made at its payment terminal: settled, canceled, rejected or failed, with the amount and time (C21.FR.02, C22.FR.01).',
  request: ocppObject('NotifySettlementRequest', [
    field('transactionId', identifierString(36), { doc: 'The transaction the payment belongs to. Omitted when the payment was canceled before any transaction started.' }),
    field('pspRef', identifierString(255), { required: true, doc: 'The payment service provider\'s reference for this payment, as returned by the payment terminal; the same value served as the idToken (of type DirectPayment).' }),
    field('status', enumOf(PaymentStatusEnumType), { required: true, doc: 'Outcome of the settlement: Settled, Canceled, Rejected by the PSP, or Failed after the last attempt could not reach it.' }),
    field('statusInfo', string(500), { doc: 'Free text from the payment terminal or payment process with more detail, such as an error explanation when the settlement was rejected or failed.' }),
    field('settlementAmount', decimal(), { required: true, doc: 'The amount settled, or the amount that the failed or rejected attempt tried to settle, in the tariff currency.' }),
    field('settlementTime', dateTime(), { required: true, doc: 'When the settlement took place (for a cancelation, the current time).' }),
    field('receiptId', string(50), { doc: 'Identifier of the receipt, when the payment terminal or the Charging Station produced it (PaymentCtrlr.ReceiptByCSMS false, C21.FR.04).' }),
    field('receiptUrl', string(2000), { doc: 'Link to the receipt, when the payment terminal or the Charging Station produced it rather than the CSMS (C21.FR.04).' }),
    field('vatCompany', objectOf(AddressType), { doc: 'Name and address of the company that goes with vatNumber, for a company receipt.' }),
    field('vatNumber', string(20), { doc: 'The VAT number the EV Driver entered, to be printed on a company receipt.' }),
  ]),
  response: ocppObject('NotifySettlementResponse', [
    field('receiptUrl', string(2000), { doc: 'Link to a receipt made by the CSMS, returned when PaymentCtrlr.ReceiptByCSMS is true (C21.FR.03); the Charging Station can display it to the driver, for instance as a QR code.' }),
    field('receiptId', string(50), { doc: 'Identifier of the receipt, when the CSMS produced it.' }),
  ]),
};

export const NotifyWebPaymentStarted: ActionDefinition = {
  name: 'NotifyWebPaymentStarted',
  direction: CSMS_TO_STATION,
  profile: 'C Authorization',
  useCases: ['C25'],
  doc: 'Optionally sent by the CSMS when an EV Driver has scanned the station\'s QR code and is paying on the web, so the Charging Station can give feedback and hold the EVSE for a while (C25.FR.21). The response is empty.',
  request: ocppObject('NotifyWebPaymentStartedRequest', [
    field('evseId', integer({ min: 0 }), { required: true, doc: 'The EVSE that the EV Driver wants to use, taken from the scanned QR code URL.' }),
    field('timeout', integer(), { required: true, doc: 'How long, in seconds, to wait for the outcome of the web payment; until then, or until a RequestStartTransactionRequest arrives, the Charging Station should not let a transaction start locally on that EVSE (C25.FR.22).' }),
  ]),
  response: ocppObject('NotifyWebPaymentStartedResponse', [
  ]),
};

export const OpenPeriodicEventStream: ActionDefinition = {
  name: 'OpenPeriodicEventStream',
  direction: STATION_TO_CSMS,
  profile: 'N Diagnostics',
  useCases: ['N11', 'N15'],
  doc: 'Sent by the Charging Station to announce a periodic event stream for one monitor, carrying the data that stays fixed; the values then follow in NotifyPeriodicEventStream messages (N11.FR.02, N11.FR.03).',
  request: ocppObject('OpenPeriodicEventStreamRequest', [
    field('constantStreamData', objectOf(ConstantStreamDataType), { required: true, doc: 'The fixed part of the stream: its id, the id of the variable monitor it reports for, and the parameters (interval, number of values) that decide when buffered values are flushed.' }),
  ]),
  response: ocppObject('OpenPeriodicEventStreamResponse', [
    field('status', enumOf(GenericStatusEnumType), { required: true, doc: 'Accepted when the CSMS will take the stream; Rejected when it cannot, in which case the Charging Station keeps reporting that monitor with NotifyEventRequest (N11.FR.05, N11.FR.07).' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reason code.' }),
  ]),
};

export const PublishFirmware = deriveAction(actions201.PublishFirmware, {
  request: deriveObject(actions201.PublishFirmware.request!, '2.1', {
    retype: {
      location: string(2000),
      retries: integer({ min: 0 }),
      requestId: integer({ min: 0 }),
      retryInterval: integer({ min: 0 }),
    },
  }),
  response: deriveObject(actions201.PublishFirmware.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const PublishFirmwareStatusNotification = deriveAction(actions201.PublishFirmwareStatusNotification, {
  request: deriveObject(actions201.PublishFirmwareStatusNotification.request!, '2.1', {
    retype: {
      location: arrayOf(string(2000), { minItems: 1 }),
      requestId: integer({ min: 0 }),
    },
    add: [
      field('statusInfo', objectOf(StatusInfoType), { doc: 'New in 2.1: optional extra detail on the reported publishing status, such as a reason code for a failure.' }),
    ],
  }),
  response: actions201.PublishFirmwareStatusNotification.response!,
});

export const PullDynamicScheduleUpdate: ActionDefinition = {
  name: 'PullDynamicScheduleUpdate',
  direction: STATION_TO_CSMS,
  profile: 'K SmartCharging',
  useCases: ['K28', 'Q04'],
  doc: 'Sent by the Charging Station to fetch fresh limits or setpoints for a Dynamic charging profile, every dynUpdateInterval seconds when that interval is set in the profile (K28.FR.10).',
  request: ocppObject('PullDynamicScheduleUpdateRequest', [
    field('chargingProfileId', integer(), { required: true, doc: 'Id of the Dynamic charging profile for which new values are wanted.' }),
  ]),
  response: ocppObject('PullDynamicScheduleUpdateResponse', [
    field('scheduleUpdate', objectOf(ChargingScheduleUpdateType), { doc: 'The new limits and/or setpoints for the profile\'s single schedule period, which the Charging Station applies at once (K28.FR.08). Left out when the CSMS has nothing to provide.' }),
    field('status', enumOf(ChargingProfileStatusEnumType), { required: true, doc: 'Accepted with the new values when the profile exists and is Dynamic; Rejected otherwise, optionally with reason code InvalidProfile (K28.FR.12).' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reason code.' }),
  ]),
};

export const ReportChargingProfiles = deriveAction(actions201.ReportChargingProfiles, {
  request: deriveObject(actions201.ReportChargingProfiles.request!, '2.1', {
    retype: {
      chargingLimitSource: openEnumeration(ChargingLimitSourceEnumStringType, 20),
      chargingProfile: arrayOf(objectOf(ChargingProfileType), { minItems: 1 }),
      evseId: integer({ min: 0 }),
    },
  }),
  response: actions201.ReportChargingProfiles.response!,
});

export const ReportDERControl: ActionDefinition = {
  name: 'ReportDERControl',
  direction: STATION_TO_CSMS,
  profile: 'R DERControl',
  useCases: ['R04'],
  doc: 'Sent by the Charging Station after accepting a GetDERControlRequest, listing the DER controls that match it; a long report may be split over several messages.',
  request: ocppObject('ReportDERControlRequest', [
    field('curve', arrayOf(objectOf(DERCurveGetType), { minItems: 1, maxItems: 24 }), { doc: 'Stored DER curves (volt-var, volt-watt, trip and ride-through curves and the like), each with its id, curve type and default/superseded flags; up to 24.' }),
    field('enterService', arrayOf(objectOf(EnterServiceGetType), { minItems: 1, maxItems: 24 }), { doc: 'Stored enter-service settings: the voltage and frequency window and delays for resuming after a trip; up to 24.' }),
    field('fixedPFAbsorb', arrayOf(objectOf(FixedPFGetType), { minItems: 1, maxItems: 24 }), { doc: 'Stored fixed power factor settings that apply while absorbing active power, each with its id and default/superseded flags; up to 24.' }),
    field('fixedPFInject', arrayOf(objectOf(FixedPFGetType), { minItems: 1, maxItems: 24 }), { doc: 'Stored fixed power factor settings that apply while injecting active power, each with its id and default/superseded flags; up to 24.' }),
    field('fixedVar', arrayOf(objectOf(FixedVarGetType), { minItems: 1, maxItems: 24 }), { doc: 'Stored fixed reactive power settings, each with its id and default/superseded flags; up to 24.' }),
    field('freqDroop', arrayOf(objectOf(FreqDroopGetType), { minItems: 1, maxItems: 24 }), { doc: 'Stored frequency droop (frequency-watt) settings, each with its id and default/superseded flags; up to 24.' }),
    field('gradient', arrayOf(objectOf(GradientGetType), { minItems: 1, maxItems: 24 }), { doc: 'Stored gradient settings (default and soft-start ramp rates); up to 24.' }),
    field('limitMaxDischarge', arrayOf(objectOf(LimitMaxDischargeGetType), { minItems: 1, maxItems: 24 }), { doc: 'Stored limits on discharge power as a percentage of the rated discharge power, each with its id and default/superseded flags; up to 24.' }),
    field('requestId', integer(), { required: true, doc: 'Copied from the GetDERControlRequest that asked for this report, in every part of it (R04.FR.31).' }),
    field('tbc', boolean(), { doc: 'True when more parts of this report follow; false or absent in the last one (R04.FR.32).' }),
  ]),
  response: ocppObject('ReportDERControlResponse', [
  ]),
};

export const RequestBatterySwap: ActionDefinition = {
  name: 'RequestBatterySwap',
  direction: CSMS_TO_STATION,
  profile: 'S BatterySwapping',
  useCases: ['S02'],
  doc: 'Sent by the CSMS to start a battery swap remotely for an EV Driver it has already authorized, for example after a request from a smartphone app.',
  request: ocppObject('RequestBatterySwapRequest', [
    field('idToken', objectOf(IdTokenType), { required: true, doc: 'The EV Driver\'s token, already authorized by the CSMS (S02.FR.03).' }),
    field('requestId', integer(), { required: true, doc: 'Chosen by the CSMS; the Charging Station repeats it in the BatterySwapRequest that follows, so the two can be linked (S02.FR.02).' }),
  ]),
  response: ocppObject('RequestBatterySwapResponse', [
    field('status', enumOf(GenericStatusEnumType), { required: true, doc: 'Accepted when enough batteries are available for the swap; Rejected otherwise, optionally with reason code NoBatteryAvailable (S02.FR.04).' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reason code.' }),
  ]),
};

export const RequestStartTransaction = deriveAction(actions201.RequestStartTransaction, {
  request: deriveObject(actions201.RequestStartTransaction.request!, '2.1', {
    retype: {
      evseId: integer({ min: 1 }),
      groupIdToken: objectOf(IdTokenType),
      idToken: objectOf(IdTokenType),
      chargingProfile: objectOf(ChargingProfileType),
    },
  }),
  response: deriveObject(actions201.RequestStartTransaction.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const RequestStopTransaction = deriveAction(actions201.RequestStopTransaction, {
  request: actions201.RequestStopTransaction.request!,
  response: deriveObject(actions201.RequestStopTransaction.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const ReservationStatusUpdate = deriveAction(actions201.ReservationStatusUpdate, {
  request: deriveObject(actions201.ReservationStatusUpdate.request!, '2.1', {
    retype: {
      reservationId: integer({ min: 0 }),
      reservationUpdateStatus: enumOf(ReservationUpdateStatusEnumType),
    },
  }),
  response: actions201.ReservationStatusUpdate.response!,
});

export const ReserveNow = deriveAction(actions201.ReserveNow, {
  request: deriveObject(actions201.ReserveNow.request!, '2.1', {
    retype: {
      id: integer({ min: 0 }),
      connectorType: openEnumeration(ConnectorEnumStringType, 20),
      idToken: objectOf(IdTokenType),
      evseId: integer({ min: 0 }),
      groupIdToken: objectOf(IdTokenType),
    },
  }),
  response: deriveObject(actions201.ReserveNow.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const Reset = deriveAction(actions201.Reset, {
  request: deriveObject(actions201.Reset.request!, '2.1', {
    retype: {
      type: enumOf(ResetEnumType),
      evseId: integer({ min: 0 }),
    },
  }),
  response: deriveObject(actions201.Reset.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const SecurityEventNotification = deriveAction(actions201.SecurityEventNotification, {
  request: actions201.SecurityEventNotification.request!,
  response: actions201.SecurityEventNotification.response!,
});

export const SendLocalList = deriveAction(actions201.SendLocalList, {
  request: deriveObject(actions201.SendLocalList.request!, '2.1', {
    retype: {
      localAuthorizationList: arrayOf(objectOf(AuthorizationData), { minItems: 1 }),
    },
  }),
  response: deriveObject(actions201.SendLocalList.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const SetChargingProfile = deriveAction(actions201.SetChargingProfile, {
  request: deriveObject(actions201.SetChargingProfile.request!, '2.1', {
    retype: {
      evseId: integer({ min: 0 }),
      chargingProfile: objectOf(ChargingProfileType),
    },
  }),
  response: deriveObject(actions201.SetChargingProfile.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const SetDERControl: ActionDefinition = {
  name: 'SetDERControl',
  direction: CSMS_TO_STATION,
  profile: 'R DERControl',
  useCases: ['R01', 'R02', 'R03', 'R04'],
  doc: 'Sent by the CSMS to install one DER control on a Charging Station, either as the default for its control type or as a scheduled control with a start time and duration; the station keeps it persistently.',
  request: ocppObject('SetDERControlRequest', [
    field('isDefault', boolean(), { required: true, doc: 'True for a default control, which applies whenever no scheduled control of that type is active and may have no startTime or duration (R04.FR.12); false for a scheduled control. EnterService and Gradients can only be default (R04.FR.14).' }),
    field('controlId', identifierString(36), { required: true, doc: 'Unique id the CSMS gives this control (a UUID, for example), used later to get, clear or supersede it.' }),
    field('controlType', enumOf(DERControlEnumType), { required: true, doc: 'Which DER control this is; it decides which single setting field must be filled in (R04.FR.16), for example freqDroop for FreqDroop and curve for all curve types.' }),
    field('curve', objectOf(DERCurveType), { doc: 'The curve, for the curve control types such as VoltVar, VoltWatt, HFMustTrip or LVMayTrip.' }),
    field('enterService', objectOf(EnterServiceType), { doc: 'The enter-service settings, when controlType is EnterService (default control only).' }),
    field('fixedPFAbsorb', objectOf(FixedPFType), { doc: 'The fixed power factor while absorbing active power, when controlType is FixedPFAbsorb.' }),
    field('fixedPFInject', objectOf(FixedPFType), { doc: 'The fixed power factor while injecting active power, when controlType is FixedPFInject.' }),
    field('fixedVar', objectOf(FixedVarType), { doc: 'The fixed reactive power setpoint, when controlType is FixedVar.' }),
    field('freqDroop', objectOf(FreqDroopType), { doc: 'The frequency droop parameters, when controlType is FreqDroop.' }),
    field('gradient', objectOf(GradientType), { doc: 'The ramp rate settings, when controlType is Gradients (default control only).' }),
    field('limitMaxDischarge', objectOf(LimitMaxDischargeType), { doc: 'The discharge power limit as a percentage of rated discharge power, when controlType is LimitMaxDischarge.' }),
  ]),
  response: ocppObject('SetDERControlResponse', [
    field('status', enumOf(DERControlStatusEnumType), { required: true, doc: 'Accepted when the control was stored; NotSupported for a control type the station does not support (R04.FR.01); Rejected when the request breaks the rules, such as a default with a startTime or a field that does not match controlType.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reason code.' }),
    field('supersededIds', arrayOf(identifierString(36), { minItems: 1, maxItems: 24 }), { doc: 'Ids of the controls that this one displaced as a result, because it has a lower priority value (R04.FR.03, R04.FR.06); up to 24.' }),
  ]),
};

export const SetDefaultTariff: ActionDefinition = {
  name: 'SetDefaultTariff',
  direction: CSMS_TO_STATION,
  profile: 'I TariffAndCost',
  useCases: ['I07', 'I09'],
  doc: 'Sent by the CSMS to install a default tariff on one EVSE or on all of them, which a Charging Station with local cost calculation uses when no driver-specific tariff applies, for example for ad hoc charging.',
  request: ocppObject('SetDefaultTariffRequest', [
    field('evseId', integer({ min: 0 }), { required: true, doc: 'The EVSE to install the tariff on; 0 installs it on every EVSE, as if sent to each one separately (I07.FR.12).' }),
    field('tariff', objectOf(TariffType), { required: true, doc: 'The tariff structure. Its tariffId must be new to the Charging Station (I07.FR.04); with validFrom set it only takes over from the current default at that time.' }),
  ]),
  response: ocppObject('SetDefaultTariffResponse', [
    field('status', enumOf(TariffSetStatusEnumType), { required: true, doc: 'Accepted when the tariff was installed; otherwise Rejected (invalid tariff or EVSE), TooManyElements, ConditionNotSupported or DuplicateTariffId (I07.FR.02 to I07.FR.06).' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as reason code InvalidValue or UnknownEVSE.' }),
  ]),
};

export const SetDisplayMessage = deriveAction(actions201.SetDisplayMessage, {
  request: deriveObject(actions201.SetDisplayMessage.request!, '2.1', {
    retype: {
      message: objectOf(MessageInfoType),
    },
  }),
  response: deriveObject(actions201.SetDisplayMessage.response!, '2.1', {
    retype: {
      status: enumOf(DisplayMessageStatusEnumType),
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const SetMonitoringBase = deriveAction(actions201.SetMonitoringBase, {
  request: actions201.SetMonitoringBase.request!,
  response: deriveObject(actions201.SetMonitoringBase.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const SetMonitoringLevel = deriveAction(actions201.SetMonitoringLevel, {
  request: deriveObject(actions201.SetMonitoringLevel.request!, '2.1', {
    retype: {
      severity: integer({ min: 0 }),
    },
  }),
  response: deriveObject(actions201.SetMonitoringLevel.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const SetNetworkProfile = deriveAction(actions201.SetNetworkProfile, {
  request: deriveObject(actions201.SetNetworkProfile.request!, '2.1', {
    retype: {
      connectionData: objectOf(NetworkConnectionProfileType),
    },
  }),
  response: deriveObject(actions201.SetNetworkProfile.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const SetVariableMonitoring = deriveAction(actions201.SetVariableMonitoring, {
  request: deriveObject(actions201.SetVariableMonitoring.request!, '2.1', {
    retype: {
      setMonitoringData: arrayOf(objectOf(SetMonitoringDataType), { minItems: 1 }),
    },
  }),
  response: deriveObject(actions201.SetVariableMonitoring.response!, '2.1', {
    retype: {
      setMonitoringResult: arrayOf(objectOf(SetMonitoringResultType), { minItems: 1 }),
    },
  }),
});

export const SetVariables = deriveAction(actions201.SetVariables, {
  request: deriveObject(actions201.SetVariables.request!, '2.1', {
    retype: {
      setVariableData: arrayOf(objectOf(SetVariableDataType), { minItems: 1 }),
    },
  }),
  response: deriveObject(actions201.SetVariables.response!, '2.1', {
    retype: {
      setVariableResult: arrayOf(objectOf(SetVariableResultType), { minItems: 1 }),
    },
  }),
});

export const SignCertificate = deriveAction(actions201.SignCertificate, {
  request: deriveObject(actions201.SignCertificate.request!, '2.1', {
    retype: {
      certificateType: enumOf(CertificateSigningUseEnumType),
    },
    add: [
      field('hashRootCertificate', objectOf(CertificateHashDataType), { doc: 'New in 2.1: hash data of the root CA certificate, telling the CSMS which PKI should sign the certificate. Recommended for V2G certificate types (A02.FR.27).' }),
      field('requestId', integer(), { doc: 'New in 2.1: an id the CSMS copies into the resulting CertificateSignedRequest, so the Charging Station can match the two (A02.FR.24, A02.FR.25).' }),
    ],
  }),
  response: deriveObject(actions201.SignCertificate.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const StatusNotification = deriveAction(actions201.StatusNotification, {
  request: deriveObject(actions201.StatusNotification.request!, '2.1', {
    retype: {
      evseId: integer({ min: 0 }),
      connectorId: integer({ min: 0 }),
    },
  }),
  response: actions201.StatusNotification.response!,
});

export const TransactionEvent = deriveAction(actions201.TransactionEvent, {
  request: deriveObject(actions201.TransactionEvent.request!, '2.1', {
    retype: {
      meterValue: arrayOf(objectOf(MeterValueType), { minItems: 1 }),
      triggerReason: enumOf(TriggerReasonEnumType),
      seqNo: integer({ min: 0 }),
      numberOfPhasesUsed: integer({ min: 0, max: 3 }),
      reservationId: integer({ min: 0 }),
      transactionInfo: objectOf(TransactionType),
      evse: objectOf(EVSEType),
      idToken: objectOf(IdTokenType),
    },
    add: [
      field('costDetails', objectOf(CostDetailsType), { doc: 'New in 2.1: the cost breakdown that the Charging Station calculated from the tariff. Required in the Ended event when it calculates cost locally (I12.FR.01); also sent during the transaction when running cost is enabled.' }),
      field('preconditioningStatus', enumOf(PreconditioningStatusEnumType), { doc: 'New in 2.1: how far the EV\'s battery management system is with preconditioning. Unknown when absent.' }),
      field('evseSleep', boolean(), { doc: 'New in 2.1: true while the EVSE electronics for this transaction are switched off to save energy in Idle mode (Q10.FR.04). False when absent.' }),
    ],
  }),
  response: deriveObject(actions201.TransactionEvent.response!, '2.1', {
    retype: {
      idTokenInfo: objectOf(IdTokenInfoType),
      updatedPersonalMessage: objectOf(MessageContentType),
    },
    add: [
      field('transactionLimit', objectOf(TransactionLimitType), { doc: 'New in 2.1: the maximum cost, energy (Wh), time (s) or SoC (%) the CSMS sets or changes for this transaction; the Charging Station confirms supported limits in its next TransactionEventRequest (E16.FR.02, E16.FR.03).' }),
      field('updatedPersonalMessageExtra', arrayOf(objectOf(MessageContentType), { minItems: 1, maxItems: 4 }), { doc: 'New in 2.1: the same updated personal message in other languages than the one in updatedPersonalMessage; up to 4.' }),
    ],
  }),
});

export const TriggerMessage = deriveAction(actions201.TriggerMessage, {
  request: deriveObject(actions201.TriggerMessage.request!, '2.1', {
    retype: {
      evse: objectOf(EVSEType),
      requestedMessage: enumOf(MessageTriggerEnumType),
    },
    add: [
      field('customTrigger', string(50), { doc: 'New in 2.1: the name of a vendor-specific message to send, used when requestedMessage is CustomTrigger. Supported names are listed in CustomizationCtrlr.CustomTriggers; an unknown one gets NotImplemented (F06.FR.19).' }),
    ],
  }),
  response: deriveObject(actions201.TriggerMessage.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const UnlockConnector = deriveAction(actions201.UnlockConnector, {
  request: deriveObject(actions201.UnlockConnector.request!, '2.1', {
    retype: {
      evseId: integer({ min: 0 }),
      connectorId: integer({ min: 0 }),
    },
  }),
  response: deriveObject(actions201.UnlockConnector.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const UnpublishFirmware = deriveAction(actions201.UnpublishFirmware, {
  request: actions201.UnpublishFirmware.request!,
  response: actions201.UnpublishFirmware.response!,
});

export const UpdateDynamicSchedule: ActionDefinition = {
  name: 'UpdateDynamicSchedule',
  direction: CSMS_TO_STATION,
  profile: 'K SmartCharging',
  useCases: ['K28', 'Q03', 'Q04', 'Q07'],
  doc: 'Sent by the CSMS to push new limits or setpoints into a Dynamic charging profile already on the Charging Station, without replacing the profile.',
  request: ocppObject('UpdateDynamicScheduleRequest', [
    field('chargingProfileId', integer(), { required: true, doc: 'Id of the Dynamic charging profile to update.' }),
    field('scheduleUpdate', objectOf(ChargingScheduleUpdateType), { required: true, doc: 'The new limits and/or setpoints for the profile\'s single schedule period; the Charging Station applies them at once (K28.FR.06).' }),
  ]),
  response: ocppObject('UpdateDynamicScheduleResponse', [
    field('status', enumOf(ChargingProfileStatusEnumType), { required: true, doc: 'Accepted when the values were applied; Rejected when the profile is missing or not Dynamic, optionally with reason code InvalidProfile (K28.FR.11).' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reason code.' }),
  ]),
};

export const UpdateFirmware = deriveAction(actions201.UpdateFirmware, {
  request: deriveObject(actions201.UpdateFirmware.request!, '2.1', {
    retype: {
      retries: integer({ min: 0 }),
      firmware: objectOf(FirmwareType),
    },
  }),
  response: deriveObject(actions201.UpdateFirmware.response!, '2.1', {
    retype: {
      statusInfo: objectOf(StatusInfoType),
    },
  }),
});

export const UsePriorityCharging: ActionDefinition = {
  name: 'UsePriorityCharging',
  direction: CSMS_TO_STATION,
  profile: 'K SmartCharging',
  useCases: ['K21'],
  doc: 'Sent by the CSMS, for example at a driver\'s request from an app, to have a running transaction charge on the PriorityCharging profile (as fast as circumstances allow) or to end that.',
  request: ocppObject('UsePriorityChargingRequest', [
    field('transactionId', identifierString(36), { required: true, doc: 'The ongoing transaction to switch.' }),
    field('activate', boolean(), { required: true, doc: 'True to start using the PriorityCharging profile instead of the TxProfile or TxDefaultProfile; false to go back to them (K21.FR.04, K21.FR.07).' }),
  ]),
  response: ocppObject('UsePriorityChargingResponse', [
    field('status', enumOf(PriorityChargingStatusEnumType), { required: true, doc: 'Accepted when the switch is done; NoProfile when no PriorityCharging profile is installed for the EVSE or for EVSE 0; Rejected, for example when the transaction is unknown (K21.FR.01 to K21.FR.03).' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as reason code NotFound or TxNotFound.' }),
  ]),
};

export const VatNumberValidation: ActionDefinition = {
  name: 'VatNumberValidation',
  direction: STATION_TO_CSMS,
  profile: 'C Authorization',
  useCases: ['C18'],
  doc: 'Sent by the Charging Station, before settling an ad hoc payment, to have the CSMS check a VAT number the EV Driver entered for the receipt (C18.FR.08).',
  request: ocppObject('VatNumberValidationRequest', [
    field('vatNumber', string(20), { required: true, doc: 'The VAT number to check.' }),
    field('evseId', integer({ min: 0 }), { doc: 'The EVSE where the number was entered, so the answer can be tied to the right transaction.' }),
  ]),
  response: ocppObject('VatNumberValidationResponse', [
    field('company', objectOf(AddressType), { doc: 'Name and address of the company registered under the VAT number, when the CSMS can provide it.' }),
    field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional extra detail on the status, such as a reason code.' }),
    field('vatNumber', string(20), { required: true, doc: 'The VAT number that was checked, as given in the request.' }),
    field('evseId', integer({ min: 0 }), { doc: 'The evseId from the request, repeated when it was present (C18.FR.10).' }),
    field('status', enumOf(GenericStatusEnumType), { required: true, doc: 'Accepted when the VAT number is valid, Rejected when it is not (C18.FR.09).' }),
  ]),
};
