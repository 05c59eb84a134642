import { arrayOf, boolean, dateTime, decimal, enumOf, field, identifierString, integer, objectOf, string } from '../schema';
import { ocppObject } from './customData';
import { APNAuthenticationEnumType, AttributeEnumType, AuthorizationStatusEnumType, ChargingLimitSourceEnumType, ChargingProfileKindEnumType, ChargingProfilePurposeEnumType, ChargingRateUnitEnumType, ChargingStateEnumType, ClearMonitoringStatusEnumType, CostKindEnumType, DataEnumType, EnergyTransferModeEnumType, EventNotificationEnumType, EventTriggerEnumType, GetCertificateIdUseEnumType, GetVariableStatusEnumType, HashAlgorithmEnumType, IdTokenEnumType, LocationEnumType, MeasurandEnumType, MessageFormatEnumType, MessagePriorityEnumType, MessageStateEnumType, MonitorEnumType, MutabilityEnumType, OCPPInterfaceEnumType, OCPPTransportEnumType, OCPPVersionEnumType, PhaseEnumType, ReadingContextEnumType, ReasonEnumType, RecurrencyKindEnumType, SetMonitoringStatusEnumType, SetVariableStatusEnumType, VPNEnumType } from './enums';

/** The datatypes of OCPP 2.0.1 (P2-201 §2) that messages nest, each after the types it uses. */

export const ACChargingParametersType = ocppObject('ACChargingParametersType', [
  field('energyAmount', integer(), { required: true, doc: 'Energy the EV asks for, in Wh, counting any energy it needs for preconditioning.' }),
  field('evMinCurrent', integer(), { required: true, doc: 'Lowest current the EV can charge with, in A per phase.' }),
  field('evMaxCurrent', integer(), { required: true, doc: 'Highest current the EV accepts, in A per phase; the charging cable\'s rating is taken into account.' }),
  field('evMaxVoltage', integer(), { required: true, doc: 'Highest voltage the EV accepts, in V.' }),
]);

export const APNType = ocppObject('APNType', [
  field('apn', string(512), { required: true, doc: 'Access Point Name of the cellular data network, given as a URL.' }),
  field('apnUserName', string(20), { doc: 'User name for logging in to the APN, if it needs one.' }),
  field('apnPassword', string(20), { doc: 'Password for logging in to the APN, if it needs one.' }),
  field('simPin', integer(), { doc: 'PIN code that unlocks the SIM card.' }),
  field('preferredNetwork', identifierString(6), { doc: 'Mobile operator to prefer, as its MCC followed by its MNC (e.g. 20404); the modem may fall back to another network.' }),
  field('useOnlyPreferredNetwork', boolean(), { default: false, doc: 'When true, the modem dials in only on preferredNetwork and stays offline if that network is unavailable. False when absent.' }),
  field('apnAuthentication', enumOf(APNAuthenticationEnumType), { required: true, doc: 'How the modem authenticates to the APN: CHAP, PAP, none, or automatic (tries each in turn).' }),
]);

export const AdditionalInfoType = ocppObject('AdditionalInfoType', [
  field('additionalIdToken', identifierString(36), { required: true, doc: 'An extra identifier sent along with the IdToken; compared case-insensitively.' }),
  field('type', string(50), { required: true, doc: 'What kind of identifier additionalIdToken is. A free-form type whose meaning the parties involved must agree on.' }),
]);

export const IdTokenType = ocppObject('IdTokenType', [
  field('additionalInfo', arrayOf(objectOf(AdditionalInfoType), { minItems: 1 }), { doc: 'Extra identifiers the CSMS may check besides the IdToken itself. Their types must be agreed between the parties; an unknown type may be ignored.' }),
  field('idToken', identifierString(36), { required: true, doc: 'The identifier itself, e.g. an RFID card\'s UID or a UUID; compared case-insensitively. Empty for type NoAuthorization.' }),
  field('type', enumOf(IdTokenEnumType), { required: true, doc: 'What kind of identifier idToken holds, e.g. ISO14443 (RFID), eMAID, Central, Local, KeyCode or NoAuthorization.' }),
]);

export const MessageContentType = ocppObject('MessageContentType', [
  field('format', enumOf(MessageFormatEnumType), { required: true, doc: 'How content is encoded: ASCII, HTML, URI or UTF8.' }),
  field('language', string(8), { doc: 'Language of the message, as an RFC 5646 tag (e.g. "en").' }),
  field('content', string(512), { required: true, doc: 'The text of the message (up to 512 characters), in the given format.' }),
]);

export const IdTokenInfoType = ocppObject('IdTokenInfoType', [
  field('status', enumOf(AuthorizationStatusEnumType), { required: true, doc: 'Whether the IdToken is accepted, and if not, why (e.g. Blocked, Expired, Invalid).' }),
  field('cacheExpiryDateTime', dateTime(), { doc: 'When the Charging Station must stop trusting this cached verdict. Only for caching: a transaction under way need not be stopped. Absent: no expiry.' }),
  field('chargingPriority', integer(), { doc: 'Business priority of this IdToken, from -9 to 9, higher meaning more important; 0 when absent. A value in TransactionEventResponse takes precedence.' }),
  field('language1', string(8), { doc: 'The user\'s preferred language for the user interface, as an RFC 5646 tag (e.g. "en" or "nl-BE").' }),
  field('evseId', arrayOf(integer(), { minItems: 1 }), { doc: 'EVSEs on which the IdToken may be used, when it is not valid on the whole Charging Station.' }),
  field('groupIdToken', objectOf(IdTokenType), { doc: 'The group the IdToken belongs to; tokens with the same group may, for example, stop each other\'s transactions.' }),
  field('language2', string(8), { doc: 'The user\'s second-choice language, as an RFC 5646 tag. Only together with language1, and different from it.' }),
  field('personalMessage', objectOf(MessageContentType), { doc: 'A message for the EV driver, e.g. a greeting or tariff information, that the Charging Station can display.' }),
]);

export const AuthorizationData = ocppObject('AuthorizationData', [
  field('idToken', objectOf(IdTokenType), { required: true, doc: 'The IdToken this entry of the Local Authorization List is about.' }),
  field('idTokenInfo', objectOf(IdTokenInfoType), { doc: 'Status, expiry and group of the IdToken. Required in a Full update; in a Differential update its presence adds or updates the entry and its absence removes the entry from the list.' }),
]);

export const CertificateHashDataType = ocppObject('CertificateHashDataType', [
  field('hashAlgorithm', enumOf(HashAlgorithmEnumType), { required: true, doc: 'Hash function (SHA256, SHA384 or SHA512) with which issuerNameHash and issuerKeyHash were computed.' }),
  field('issuerNameHash', identifierString(128), { required: true, doc: 'Hash, computed over its DER encoding, of the distinguished name of the certificate\'s issuer.' }),
  field('issuerKeyHash', string(128), { required: true, doc: 'Hash of the issuer certificate\'s public key: the bytes of its subjectPublicKey value (DER, without tag and length), hashed with hashAlgorithm.' }),
  field('serialNumber', identifierString(40), { required: true, doc: 'The certificate\'s serial number as a hexadecimal string, with no "0x" prefix and no leading zeroes.' }),
]);

export const CertificateHashDataChainType = ocppObject('CertificateHashDataChainType', [
  field('certificateHashData', objectOf(CertificateHashDataType), { required: true, doc: 'Hash data that identifies the installed certificate.' }),
  field('certificateType', enumOf(GetCertificateIdUseEnumType), { required: true, doc: 'Which kind of certificate this is (e.g. V2GRootCertificate, CSMSRootCertificate, ManufacturerRootCertificate).' }),
  field('childCertificateHashData', arrayOf(objectOf(CertificateHashDataType), { minItems: 1, maxItems: 4 }), { doc: 'Hash data of the sub-CA certificates below this one in its chain, up to 4.' }),
]);

export const ChargingLimitType = ocppObject('ChargingLimitType', [
  field('chargingLimitSource', enumOf(ChargingLimitSourceEnumType), { required: true, doc: 'Who imposed the charging limit: an EMS, another external party, the SO (system operator) or the CSO.' }),
  field('isGridCritical', boolean(), { doc: 'True when the grid depends on this limit being respected.' }),
]);

export const DCChargingParametersType = ocppObject('DCChargingParametersType', [
  field('evMaxCurrent', integer(), { required: true, doc: 'Highest current the EV accepts, in A; the charging cable\'s rating is taken into account.' }),
  field('evMaxVoltage', integer(), { required: true, doc: 'Highest voltage the EV accepts, in V.' }),
  field('energyAmount', integer(), { doc: 'Energy the EV asks for, in Wh, counting any energy it needs for preconditioning.' }),
  field('evMaxPower', integer(), { doc: 'Highest power the EV accepts, in W; needed for DC charging.' }),
  field('stateOfCharge', integer({ min: 0, max: 100 }), { doc: 'Current state of charge of the EV\'s battery, in % of its capacity (0 to 100).' }),
  field('evEnergyCapacity', integer(), { doc: 'Capacity of the EV\'s battery, in Wh.' }),
  field('fullSoC', integer({ min: 0, max: 100 }), { doc: 'State of charge, in % (0 to 100), at which the EV regards its battery as full.' }),
  field('bulkSoC', integer({ min: 0, max: 100 }), { doc: 'State of charge, in % (0 to 100), at which the EV ends fast (bulk) charging.' }),
]);

export const ChargingNeedsType = ocppObject('ChargingNeedsType', [
  field('acChargingParameters', objectOf(ACChargingParametersType), { doc: 'The EV\'s parameters for AC charging; present when it charges on AC.' }),
  field('dcChargingParameters', objectOf(DCChargingParametersType), { doc: 'The EV\'s parameters for DC charging; present when it charges on DC.' }),
  field('requestedEnergyTransfer', enumOf(EnergyTransferModeEnumType), { required: true, doc: 'Energy transfer mode (AC single-phase, AC three-phase, DC, etc.) the EV wants to use.' }),
  field('departureTime', dateTime(), { doc: 'When the EV expects to leave, as estimated by the EV.' }),
]);

export const ChargingProfileCriterionType = ocppObject('ChargingProfileCriterionType', [
  field('chargingProfilePurpose', enumOf(ChargingProfilePurposeEnumType), { doc: 'Report only charging profiles with this purpose.' }),
  field('stackLevel', integer(), { doc: 'Report only charging profiles at this stack level (0 is the lowest).' }),
  field('chargingProfileId', arrayOf(integer(), { minItems: 1 }), { doc: 'Ids of the charging profiles to report; a profile matching any of them is included. Absent: no filtering on id. No more ids than ChargingProfileEntries.maxLimit.' }),
  field('chargingLimitSource', arrayOf(enumOf(ChargingLimitSourceEnumType), { minItems: 1, maxItems: 4 }), { doc: 'Report only charging profiles set by these sources (up to 4). Absent: no filtering on source.' }),
]);

export const ChargingSchedulePeriodType = ocppObject('ChargingSchedulePeriodType', [
  field('startPeriod', integer(), { required: true, doc: 'When this period begins, in seconds after the schedule\'s start; it also ends the previous period. The first period starts at 0 (K01.FR.31).' }),
  field('limit', decimal(), { required: true, doc: 'The maximum charging rate during this period, in the schedule\'s chargingRateUnit (A or W), with at most one decimal, e.g. 16 or 7.5.' }),
  field('numberPhases', integer(), { doc: 'How many phases may be used for charging. Leave it out for DC; for AC it is taken as 3 when absent.' }),
  field('phaseToUse', integer(), { doc: 'Which phase (1, 2 or 3) to charge on. Only with numberPhases 1, on an EVSE that can switch phases (ACPhaseSwitchingSupported true); when left out there, the Charging Station picks the phase.' }),
]);

export const RelativeTimeIntervalType = ocppObject('RelativeTimeIntervalType', [
  field('start', integer(), { required: true, doc: 'When the interval begins, in seconds from now.' }),
  field('duration', integer(), { doc: 'How long the interval lasts, in seconds.' }),
]);

export const CostType = ocppObject('CostType', [
  field('costKind', enumOf(CostKindEnumType), { required: true, doc: 'What amount stands for: the relative price percentage, the renewable generation percentage, or the carbon dioxide emission.' }),
  field('amount', integer(), { required: true, doc: 'Cost per kWh (an estimate or the real figure), to be scaled by amountMultiplier.' }),
  field('amountMultiplier', integer(), { doc: 'Power of ten (-3 to 3) that amount is multiplied by: the cost is amount × 10^amountMultiplier.' }),
]);

export const ConsumptionCostType = ocppObject('ConsumptionCostType', [
  field('startValue', decimal(), { required: true, doc: 'Consumption at which this cost block begins; the block runs until the startValue of the next one.' }),
  field('cost', arrayOf(objectOf(CostType), { minItems: 1, maxItems: 3 }), { required: true, doc: 'The costs that apply within this block, 1 to 3 of them.' }),
]);

export const SalesTariffEntryType = ocppObject('SalesTariffEntryType', [
  field('relativeTimeInterval', objectOf(RelativeTimeIntervalType), { required: true, doc: 'The time span, relative to now, for which this entry applies.' }),
  field('ePriceLevel', integer({ min: 0 }), { doc: 'Price level of this entry, 0 or more, out of numEPriceLevels; lower levels are cheaper.' }),
  field('consumptionCost', arrayOf(objectOf(ConsumptionCostType), { minItems: 1, maxItems: 3 }), { doc: 'Further price details for this entry, by consumption block, up to 3.' }),
]);

export const SalesTariffType = ocppObject('SalesTariffType', [
  field('id', integer(), { required: true, doc: 'Identifies the sales tariff (the SAID); it stays the same for one schedule during a whole charging session.' }),
  field('salesTariffDescription', string(32), { doc: 'Short human-readable name of the tariff, e.g. for a display.' }),
  field('numEPriceLevels', integer(), { doc: 'How many different price levels the tariff entries use in total.' }),
  field('salesTariffEntry', arrayOf(objectOf(SalesTariffEntryType), { minItems: 1, maxItems: 1024 }), { required: true, doc: 'The tariff\'s time intervals with their prices, 1 to 1024, and no more than the maxScheduleTuples the EV gave in NotifyEVChargingNeedsRequest.' }),
]);

export const ChargingScheduleType = ocppObject('ChargingScheduleType', [
  field('id', integer(), { required: true, doc: 'Identifies this charging schedule.' }),
  field('startSchedule', dateTime(), { doc: 'When an Absolute or Recurring schedule begins (needed for those kinds, K01.FR.40). Leave it out for a Relative schedule.' }),
  field('duration', integer(), { doc: 'How long the schedule lasts, in seconds. Absent: the last period goes on indefinitely, or until the transaction ends for a TxProfile.' }),
  field('chargingRateUnit', enumOf(ChargingRateUnitEnumType), { required: true, doc: 'Whether the limits are in amperes per phase (A) or in watts (W).' }),
  field('chargingSchedulePeriod', arrayOf(objectOf(ChargingSchedulePeriodType), { minItems: 1, maxItems: 1024 }), { required: true, doc: 'The periods, 1 to 1024 of them, in ascending order of startPeriod (K01.FR.35); the first starts at 0. A Charging Station that supports fewer reports its maximum in SmartChargingCtrlr.PeriodsPerSchedule.' }),
  field('minChargingRate', decimal(), { doc: 'The lowest rate the EV charges efficiently at, in chargingRateUnit, with at most one decimal; a hint for local smart charging algorithms.' }),
  field('salesTariff', objectOf(SalesTariffType), { doc: 'The tariff that goes with this schedule, for ISO 15118 charging.' }),
]);

export const ChargingProfileType = ocppObject('ChargingProfileType', [
  field('id', integer(), { required: true, doc: 'Identifies this charging profile; a new profile with the id of an existing one replaces it (K01.FR.05).' }),
  field('stackLevel', integer(), { required: true, doc: 'Rank of this profile among profiles of the same purpose: the highest stackLevel in force wins. 0 is the lowest.' }),
  field('chargingProfilePurpose', enumOf(ChargingProfilePurposeEnumType), { required: true, doc: 'What the profile limits: the whole Charging Station (ChargingStationMaxProfile), new transactions by default (TxDefaultProfile), one transaction (TxProfile), or limits set externally.' }),
  field('chargingProfileKind', enumOf(ChargingProfileKindEnumType), { required: true, doc: 'What the schedule\'s times are counted from: a fixed moment (Absolute), a repeating one (Recurring) or the start of charging (Relative).' }),
  field('recurrencyKind', enumOf(RecurrencyKindEnumType), { doc: 'Whether a Recurring schedule repeats daily or weekly.' }),
  field('validFrom', dateTime(), { doc: 'When the profile takes effect. Absent: as soon as the Charging Station receives it.' }),
  field('validTo', dateTime(), { doc: 'When the profile stops being in force. Absent: until another profile replaces it.' }),
  field('chargingSchedule', arrayOf(objectOf(ChargingScheduleType), { minItems: 1, maxItems: 3 }), { required: true, doc: 'The schedule(s) of power or current limits over time. More than one (at most 3, each with its own tariff) only for a TxProfile in an ISO 15118 session, for schedule negotiation (K01.FR.34).' }),
  field('transactionId', identifierString(36), { doc: 'Ties the profile to one transaction. Only for a TxProfile sent in SetChargingProfileRequest, where it is needed (K01.FR.03); not used in RequestStartTransaction.' }),
]);

export const ModemType = ocppObject('ModemType', [
  field('iccid', identifierString(20), { doc: 'ICCID (serial number) of the SIM card in the modem.' }),
  field('imsi', identifierString(20), { doc: 'IMSI (subscriber identity) of the SIM card in the modem.' }),
]);

export const ChargingStationType = ocppObject('ChargingStationType', [
  field('serialNumber', string(25), { doc: 'The vendor\'s serial number or other identifier of this Charging Station.' }),
  field('model', string(20), { required: true, doc: 'The Charging Station\'s model name.' }),
  field('modem', objectOf(ModemType), { doc: 'The SIM card identifiers of the Charging Station\'s cellular modem, if it has one.' }),
  field('vendorName', string(50), { required: true, doc: 'Name of the Charging Station\'s manufacturer; not necessarily unique.' }),
  field('firmwareVersion', string(50), { doc: 'Version of the firmware the Charging Station is running.' }),
]);

export const ClearChargingProfileType = ocppObject('ClearChargingProfileType', [
  field('evseId', integer(), { doc: 'Clear only profiles on this EVSE; 0 means those set for the Charging Station as a whole. Absent: profiles on any EVSE that match the other criteria.' }),
  field('chargingProfilePurpose', enumOf(ChargingProfilePurposeEnumType), { doc: 'Clear only profiles with this purpose (among those matching the other criteria).' }),
  field('stackLevel', integer(), { doc: 'Clear only profiles at this stack level (among those matching the other criteria).' }),
]);

export const StatusInfoType = ocppObject('StatusInfoType', [
  field('reasonCode', string(20), { required: true, doc: 'Predefined code giving the reason for the status (see the reason codes in the appendices); case-insensitive.' }),
  field('additionalInfo', string(512), { doc: 'Free text with more detail about the status.' }),
]);

export const ClearMonitoringResultType = ocppObject('ClearMonitoringResultType', [
  field('status', enumOf(ClearMonitoringStatusEnumType), { required: true, doc: 'Whether the monitor was cleared: Accepted, Rejected, or NotFound when no monitor has that id.' }),
  field('id', integer(), { required: true, doc: 'Id of the monitor the CSMS asked to clear.' }),
  field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional reason code and text explaining the status.' }),
]);

export const EVSEType = ocppObject('EVSEType', [
  field('id', integer(), { required: true, doc: 'Number of the EVSE, counting from 1 within the Charging Station.' }),
  field('connectorId', integer(), { doc: 'Number of a connector on that EVSE, counting from 1. Absent: the EVSE as a whole.' }),
]);

export const ComponentType = ocppObject('ComponentType', [
  field('evse', objectOf(EVSEType), { doc: 'The EVSE the component belongs to, plus the connector when it sits at connector level. Absent for components of the Charging Station as a whole.' }),
  field('name', identifierString(50), { required: true, doc: 'Component name, preferably a standardized one from the appendices (e.g. OCPPCommCtrlr); compared case-insensitively, CamelCase advised.' }),
  field('instance', identifierString(50), { doc: 'Which instance is meant when there are several of the component; compared case-insensitively, CamelCase advised.' }),
]);

export const VariableType = ocppObject('VariableType', [
  field('name', identifierString(50), { required: true, doc: 'Variable name, preferably a standardized one from the appendices (e.g. HeartbeatInterval); compared case-insensitively, CamelCase advised.' }),
  field('instance', identifierString(50), { doc: 'Which instance is meant when the variable has several; compared case-insensitively, CamelCase advised.' }),
]);

export const ComponentVariableType = ocppObject('ComponentVariableType', [
  field('component', objectOf(ComponentType), { required: true, doc: 'The component to report on.' }),
  field('variable', objectOf(VariableType), { doc: 'The variable of that component to report on. Absent: all of the component\'s variables.' }),
]);

export const CompositeScheduleType = ocppObject('CompositeScheduleType', [
  field('chargingSchedulePeriod', arrayOf(objectOf(ChargingSchedulePeriodType), { minItems: 1 }), { required: true, doc: 'The periods of the resulting schedule, each with its limit.' }),
  field('evseId', integer(), { required: true, doc: 'EVSE the schedule was computed for; 0 means the expected consumption of the whole grid connection.' }),
  field('duration', integer(), { required: true, doc: 'Length of the composite schedule, in seconds.' }),
  field('scheduleStart', dateTime(), { required: true, doc: 'When the composite schedule starts; every startPeriod counts from this moment.' }),
  field('chargingRateUnit', enumOf(ChargingRateUnitEnumType), { required: true, doc: 'Whether the limits are in amperes per phase (A) or in watts (W).' }),
]);

export const EventDataType = ocppObject('EventDataType', [
  field('eventId', integer(), { required: true, doc: 'Identifies the event; later events can name it as their cause.' }),
  field('timestamp', dateTime(), { required: true, doc: 'When the event report was created.' }),
  field('trigger', enumOf(EventTriggerEnumType), { required: true, doc: 'What raised the event: an alert (a monitor\'s threshold or condition), a delta change, or a periodic report.' }),
  field('cause', integer(), { doc: 'eventId of an earlier event regarded as the cause of this one.' }),
  field('actualValue', string(2500), { required: true, doc: 'The variable\'s Actual value when the event happened. Its length may be limited by the ReportingValueSize variable.' }),
  field('techCode', string(50), { doc: 'The component\'s own technical or error code.' }),
  field('techInfo', string(500), { doc: 'Further technical detail reported by the component.' }),
  field('cleared', boolean(), { doc: 'True when the event reports that a monitored situation has ended (back to normal).' }),
  field('transactionId', identifierString(36), { doc: 'The transaction this event relates to, if any.' }),
  field('component', objectOf(ComponentType), { required: true, doc: 'The component the event is about.' }),
  field('variableMonitoringId', integer(), { doc: 'Id of the monitor that raised the event, when a monitor did.' }),
  field('eventNotificationType', enumOf(EventNotificationEnumType), { required: true, doc: 'Where the event comes from: a hard-wired notification, a hard-wired monitor, a preconfigured monitor or a monitor the CSMS installed.' }),
  field('variable', objectOf(VariableType), { required: true, doc: 'The variable the event is about.' }),
]);

export const FirmwareType = ocppObject('FirmwareType', [
  field('location', string(512), { required: true, doc: 'URI from which the Charging Station downloads the firmware.' }),
  field('retrieveDateTime', dateTime(), { required: true, doc: 'When the Charging Station should download the firmware.' }),
  field('installDateTime', dateTime(), { doc: 'When the Charging Station should install the downloaded firmware. Absent: install it as soon as it is downloaded and checked.' }),
  field('signingCertificate', string(5500), { doc: 'PEM-encoded X.509 certificate whose key signed the firmware.' }),
  field('signature', string(800), { doc: 'The firmware\'s signature, Base64-encoded.' }),
]);

export const GetVariableDataType = ocppObject('GetVariableDataType', [
  field('attributeType', enumOf(AttributeEnumType), { default: 'Actual', doc: 'Which attribute\'s value is wanted: Actual, Target, MinSet or MaxSet. Actual when absent.' }),
  field('component', objectOf(ComponentType), { required: true, doc: 'The component that holds the variable.' }),
  field('variable', objectOf(VariableType), { required: true, doc: 'The variable whose value is wanted.' }),
]);

export const GetVariableResultType = ocppObject('GetVariableResultType', [
  field('attributeStatusInfo', objectOf(StatusInfoType), { doc: 'Optional reason code and text explaining attributeStatus.' }),
  field('attributeStatus', enumOf(GetVariableStatusEnumType), { required: true, doc: 'Whether the value could be read: Accepted, Rejected, UnknownComponent, UnknownVariable or NotSupportedAttributeType.' }),
  field('attributeType', enumOf(AttributeEnumType), { default: 'Actual', doc: 'The attribute the value belongs to, the same as requested; Actual when absent (B06.FR.11).' }),
  field('attributeValue', string(2500), { doc: 'The value read. Left out only when attributeStatus is not Accepted. Its length may be limited by ReportingValueSize.' }),
  field('component', objectOf(ComponentType), { required: true, doc: 'The component from the request.' }),
  field('variable', objectOf(VariableType), { required: true, doc: 'The variable from the request.' }),
]);

export const LogParametersType = ocppObject('LogParametersType', [
  field('remoteLocation', string(512), { required: true, doc: 'URL the Charging Station uploads the log file to.' }),
  field('oldestTimestamp', dateTime(), { doc: 'Leave out log entries from before this moment.' }),
  field('latestTimestamp', dateTime(), { doc: 'Leave out log entries from after this moment.' }),
]);

export const MessageInfoType = ocppObject('MessageInfoType', [
  field('display', objectOf(ComponentType), { doc: 'Which display shows the message, when the Charging Station has several.' }),
  field('id', integer(), { required: true, doc: 'Identifies the message; a number of 0 or more. Setting a message with an existing id replaces it.' }),
  field('priority', enumOf(MessagePriorityEnumType), { required: true, doc: 'How urgently to show the message: AlwaysFront, InFront or NormalCycle.' }),
  field('state', enumOf(MessageStateEnumType), { doc: 'Show the message only while the Charging Station is in this state (e.g. Charging, Faulted, Idle). Absent: in any state.' }),
  field('startDateTime', dateTime(), { doc: 'Show the message from this moment on. Absent: right away.' }),
  field('endDateTime', dateTime(), { doc: 'Stop showing the message at this moment; the Charging Station then removes it.' }),
  field('transactionId', identifierString(36), { doc: 'Show the message only during this transaction; the Charging Station removes it when the transaction ends.' }),
  field('message', objectOf(MessageContentType), { required: true, doc: 'The text to show, with its format and language.' }),
]);

export const SignedMeterValueType = ocppObject('SignedMeterValueType', [
  field('signedMeterData', string(2500), { required: true, doc: 'The signed data, Base64-encoded. Besides the reading it may hold other data, such as timestamps or a customer reference.' }),
  field('signingMethod', string(50), { required: true, doc: 'Algorithm with which the signature was made.' }),
  field('encodingMethod', string(50), { required: true, doc: 'How the meter data were encoded before being signed.' }),
  field('publicKey', string(2500), { required: true, doc: 'Base64-encoded public key for checking the signature; whether it is sent depends on PublicKeyWithSignedMeterValue.' }),
]);

export const UnitOfMeasureType = ocppObject('UnitOfMeasureType', [
  field('unit', string(20), { default: 'Wh', doc: 'Unit of the value, preferably from the standardized units in the appendices, else a custom one. Wh when absent for energy measurands.' }),
  field('multiplier', integer(), { default: 0, doc: 'Power of ten the value is multiplied by, e.g. 3 for kilo. 0 when absent.' }),
]);

export const SampledValueType = ocppObject('SampledValueType', [
  field('value', decimal(), { required: true, doc: 'The measured value, in unitOfMeasure.' }),
  field('context', enumOf(ReadingContextEnumType), { default: 'Sample.Periodic', doc: 'What caused the reading, e.g. Transaction.Begin, Transaction.End, Sample.Periodic or Sample.Clock. Sample.Periodic when absent.' }),
  field('measurand', enumOf(MeasurandEnumType), { default: 'Energy.Active.Import.Register', doc: 'What was measured, e.g. Energy.Active.Import.Register, Power.Active.Import or SoC. Energy.Active.Import.Register when absent.' }),
  field('phase', enumOf(PhaseEnumType), { doc: 'Which phase or phases the value refers to, e.g. L1 or L1-N; not every phase fits every measurand. Absent: an overall value.' }),
  field('location', enumOf(LocationEnumType), { default: 'Outlet', doc: 'Where the measurement was taken: Body, Cable, EV, Inlet or Outlet. Outlet when absent.' }),
  field('signedMeterValue', objectOf(SignedMeterValueType), { doc: 'A signed copy of the reading, with the signing and encoding method, for meters that sign their data.' }),
  field('unitOfMeasure', objectOf(UnitOfMeasureType), { doc: 'Unit of value, with an optional power-of-ten multiplier. Absent: Wh for energy measurands.' }),
]);

export const MeterValueType = ocppObject('MeterValueType', [
  field('sampledValue', arrayOf(objectOf(SampledValueType), { minItems: 1 }), { required: true, doc: 'The measurements taken at that moment, at least one.' }),
  field('timestamp', dateTime(), { required: true, doc: 'When the values were measured; all sampledValue entries share this moment.' }),
]);

export const VariableMonitoringType = ocppObject('VariableMonitoringType', [
  field('id', integer(), { required: true, doc: 'Identifies the monitor.' }),
  field('transaction', boolean(), { required: true, doc: 'True when the monitor is active only while a transaction runs on a component it concerns.' }),
  field('value', decimal(), { required: true, doc: 'The threshold or delta that triggers the monitor; for Periodic and PeriodicClockAligned monitors, the interval in seconds.' }),
  field('type', enumOf(MonitorEnumType), { required: true, doc: 'Kind of monitor: UpperThreshold, LowerThreshold, Delta, Periodic or PeriodicClockAligned.' }),
  field('severity', integer(), { required: true, doc: 'Severity given to events from this monitor, 0 (Danger, most severe) to 9 (Debug).' }),
]);

export const MonitoringDataType = ocppObject('MonitoringDataType', [
  field('component', objectOf(ComponentType), { required: true, doc: 'The component whose monitors are reported.' }),
  field('variable', objectOf(VariableType), { required: true, doc: 'The variable whose monitors are reported.' }),
  field('variableMonitoring', arrayOf(objectOf(VariableMonitoringType), { minItems: 1 }), { required: true, doc: 'The monitors set on this component and variable, at least one.' }),
]);

export const VPNType = ocppObject('VPNType', [
  field('server', string(512), { required: true, doc: 'Address of the VPN server.' }),
  field('user', string(20), { required: true, doc: 'User name for the VPN.' }),
  field('group', string(20), { doc: 'VPN group name, if needed.' }),
  field('password', string(20), { required: true, doc: 'Password for the VPN.' }),
  field('key', string(255), { required: true, doc: 'Shared secret of the VPN.' }),
  field('type', enumOf(VPNEnumType), { required: true, doc: 'VPN protocol: IKEv2, IPSec, L2TP or PPTP.' }),
]);

export const NetworkConnectionProfileType = ocppObject('NetworkConnectionProfileType', [
  field('apn', objectOf(APNType), { doc: 'Cellular data settings, when the connection goes over a mobile network.' }),
  field('ocppVersion', enumOf(OCPPVersionEnumType), { required: true, doc: 'The OCPP version for this connection. Ignored in practice: the version is agreed in the WebSocket handshake.' }),
  field('ocppTransport', enumOf(OCPPTransportEnumType), { required: true, doc: 'Transport protocol: JSON or SOAP. OCPP 2.0.1 itself only runs over JSON.' }),
  field('ocppCsmsUrl', string(512), { required: true, doc: 'WebSocket URL of the CSMS without the Charging Station\'s identity; the Charging Station appends SecurityCtrlr.Identity to it.' }),
  field('messageTimeout', integer(), { required: true, doc: 'Seconds to wait for a response on this connection before giving up on a message; 30 is a reasonable starting value.' }),
  field('securityProfile', integer(), { required: true, doc: 'Security profile (1, 2 or 3) to use when connecting to the CSMS through this profile.' }),
  field('ocppInterface', enumOf(OCPPInterfaceEnumType), { required: true, doc: 'Network interface to use (e.g. Wired0, Wireless0). The Charging Station may try another one if this one fails.' }),
  field('vpn', objectOf(VPNType), { doc: 'VPN settings, when the connection goes through a VPN.' }),
]);

export const OCSPRequestDataType = ocppObject('OCSPRequestDataType', [
  field('hashAlgorithm', enumOf(HashAlgorithmEnumType), { required: true, doc: 'Hash function (SHA256, SHA384 or SHA512) with which issuerNameHash and issuerKeyHash were computed.' }),
  field('issuerNameHash', identifierString(128), { required: true, doc: 'Hash, computed over its DER encoding, of the distinguished name of the certificate\'s issuer.' }),
  field('issuerKeyHash', string(128), { required: true, doc: 'Hash of the issuer certificate\'s public key: the bytes of its subjectPublicKey value (DER, without tag and length), hashed with hashAlgorithm.' }),
  field('serialNumber', identifierString(40), { required: true, doc: 'The certificate\'s serial number as a hexadecimal string, with no "0x" prefix and no leading zeroes.' }),
  field('responderURL', string(512), { required: true, doc: 'URL of the OCSP responder to ask about the certificate; compared case-insensitively.' }),
]);

export const VariableAttributeType = ocppObject('VariableAttributeType', [
  field('type', enumOf(AttributeEnumType), { default: 'Actual', doc: 'Which attribute this is: Actual, Target, MinSet or MaxSet. Actual when absent.' }),
  field('value', string(2500), { doc: 'The attribute\'s value; left out only for WriteOnly attributes. Its length may be limited by ReportingValueSize.' }),
  field('mutability', enumOf(MutabilityEnumType), { default: 'ReadWrite', doc: 'Whether the value can be read and written: ReadOnly, WriteOnly or ReadWrite. ReadWrite when absent.' }),
  field('persistent', boolean(), { default: false, doc: 'True when the value survives a reboot or power loss. False when absent.' }),
  field('constant', boolean(), { default: false, doc: 'True when the Charging Station never changes the value while running. False when absent.' }),
]);

export const VariableCharacteristicsType = ocppObject('VariableCharacteristicsType', [
  field('unit', string(16), { doc: 'Unit of the variable\'s value; required when the value has a unit.' }),
  field('dataType', enumOf(DataEnumType), { required: true, doc: 'Data type of the value, e.g. string, decimal, integer, dateTime, boolean, OptionList, SequenceList or MemberList.' }),
  field('minLimit', decimal(), { doc: 'Lowest value the variable can take.' }),
  field('maxLimit', decimal(), { doc: 'Highest value the variable can take; for string and list types, the maximum length of the (comma-separated) value.' }),
  field('valuesList', string(1000), { doc: 'Comma-separated allowed values; required for OptionList (one of them), MemberList (any subset) and SequenceList (an ordered subset).' }),
  field('supportsMonitoring', boolean(), { required: true, doc: 'True when monitors can be set on this variable.' }),
]);

export const ReportDataType = ocppObject('ReportDataType', [
  field('component', objectOf(ComponentType), { required: true, doc: 'The component being reported.' }),
  field('variable', objectOf(VariableType), { required: true, doc: 'The variable of that component being reported.' }),
  field('variableAttribute', arrayOf(objectOf(VariableAttributeType), { minItems: 1, maxItems: 4 }), { required: true, doc: 'The variable\'s attributes (Actual, Target, MinSet, MaxSet), 1 to 4 of them, with value and mutability.' }),
  field('variableCharacteristics', objectOf(VariableCharacteristicsType), { doc: 'The variable\'s fixed properties: unit, data type, limits, allowed values, and whether it can be monitored.' }),
]);

export const SetMonitoringDataType = ocppObject('SetMonitoringDataType', [
  field('id', integer(), { doc: 'Id of an existing monitor to replace. Leave it out for a new monitor; the Charging Station assigns the id.' }),
  field('transaction', boolean(), { default: false, doc: 'When true, the monitor is active only while a transaction runs on a component it concerns. False when absent.' }),
  field('value', decimal(), { required: true, doc: 'The threshold or delta that triggers the monitor; for Periodic and PeriodicClockAligned monitors, the interval in seconds.' }),
  field('type', enumOf(MonitorEnumType), { required: true, doc: 'Kind of monitor: UpperThreshold, LowerThreshold, Delta, Periodic or PeriodicClockAligned.' }),
  field('severity', integer(), { required: true, doc: 'Severity given to events from this monitor, 0 (Danger, most severe) to 9 (Debug); e.g. 3 Critical, 5 Alert, 8 Informational.' }),
  field('component', objectOf(ComponentType), { required: true, doc: 'The component whose variable is to be monitored.' }),
  field('variable', objectOf(VariableType), { required: true, doc: 'The variable to be monitored.' }),
]);

export const SetMonitoringResultType = ocppObject('SetMonitoringResultType', [
  field('id', integer(), { doc: 'Id the Charging Station gave the monitor; present only when status is Accepted. The id of a monitor that was removed may be given out again.' }),
  field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional reason code and text explaining the status.' }),
  field('status', enumOf(SetMonitoringStatusEnumType), { required: true, doc: 'Whether the monitor was set, and if not, why (e.g. UnknownComponent, UnsupportedMonitorType, Duplicate).' }),
  field('type', enumOf(MonitorEnumType), { required: true, doc: 'Kind of monitor, as requested: UpperThreshold, LowerThreshold, Delta, Periodic or PeriodicClockAligned.' }),
  field('component', objectOf(ComponentType), { required: true, doc: 'The component from the request.' }),
  field('variable', objectOf(VariableType), { required: true, doc: 'The variable from the request.' }),
  field('severity', integer(), { required: true, doc: 'Severity given to events from this monitor, 0 (Danger, most severe) to 9 (Debug), as requested.' }),
]);

export const SetVariableDataType = ocppObject('SetVariableDataType', [
  field('attributeType', enumOf(AttributeEnumType), { default: 'Actual', doc: 'Which attribute to set: Actual, Target, MinSet or MaxSet. Actual when absent.' }),
  field('attributeValue', string(1000), { required: true, doc: 'The new value; an empty string is allowed. Its length may be limited by ConfigurationValueSize (at most 1000).' }),
  field('component', objectOf(ComponentType), { required: true, doc: 'The component that holds the variable.' }),
  field('variable', objectOf(VariableType), { required: true, doc: 'The variable to set.' }),
]);

export const SetVariableResultType = ocppObject('SetVariableResultType', [
  field('attributeType', enumOf(AttributeEnumType), { default: 'Actual', doc: 'The attribute that was set, the same as requested; Actual when absent (B05.FR.12).' }),
  field('attributeStatus', enumOf(SetVariableStatusEnumType), { required: true, doc: 'Outcome: Accepted, Rejected, UnknownComponent, UnknownVariable, NotSupportedAttributeType or RebootRequired.' }),
  field('attributeStatusInfo', objectOf(StatusInfoType), { doc: 'Optional reason code and text explaining attributeStatus.' }),
  field('component', objectOf(ComponentType), { required: true, doc: 'The component from the request.' }),
  field('variable', objectOf(VariableType), { required: true, doc: 'The variable from the request.' }),
]);

export const TransactionType = ocppObject('TransactionType', [
  field('transactionId', identifierString(36), { required: true, doc: 'Id of the transaction, chosen by the Charging Station and unique on it.' }),
  field('chargingState', enumOf(ChargingStateEnumType), { doc: 'Current charging state (e.g. Charging, EVConnected, SuspendedEV, SuspendedEVSE, Idle); needed whenever it has changed.' }),
  field('timeSpentCharging', integer(), { doc: 'Seconds during which energy actually flowed from the EVSE to the EV in this transaction, in total; never more than the transaction\'s duration.' }),
  field('stoppedReason', enumOf(ReasonEnumType), { doc: 'Why the transaction was stopped, e.g. Local, Remote, DeAuthorized or EVDisconnected. May be left out only when the reason is Local.' }),
  field('remoteStartId', integer(), { doc: 'The remoteStartId from the RequestStartTransactionRequest that started this transaction, so the CSMS can match the two.' }),
]);
