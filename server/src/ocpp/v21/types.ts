import { deriveObject } from '../derive';
import { arrayOf, boolean, dateTime, decimal, enumOf, field, identifierString, integer, objectOf, openEnumeration, string } from '../schema';
import { ocppObject } from '../v201/customData';
import * as types201 from '../v201/types';
import { APNAuthenticationEnumType, CertificateStatusEnumType, CertificateStatusSourceEnumType, ChargingProfileKindEnumType, ChargingProfilePurposeEnumType, ChargingStateEnumType, ControlModeEnumType, CostDimensionEnumType, DERControlEnumType, DERUnitEnumType, DayOfWeekEnumType, EnergyTransferModeEnumType, EventNotificationEnumType, EvseKindEnumType, GetCertificateIdUseEnumType, IslandingDetectionEnumType, LocationEnumType, MeasurandEnumType, MessageFormatEnumType, MessageStateEnumType, MobilityNeedsModeEnumType, MonitorEnumType, OCPPInterfaceEnumType, OCPPTransportEnumType, OCPPVersionEnumType, OperationModeEnumType, PowerDuringCessationEnumType, ReasonEnumType, TariffClearStatusEnumType, TariffCostEnumType, TariffKindEnumType, IdTokenEnumStringType, ChargingLimitSourceEnumStringType, SigningMethodEnumStringType } from './enums';

/** The datatypes of OCPP 2.1 (P2-21 §2): those 2.0.1 has unchanged, those 2.1 changes (derived), and new ones. */

import { CertificateHashDataType, RelativeTimeIntervalType, CostType, ConsumptionCostType, SalesTariffEntryType, ModemType, ChargingStationType, VariableType, UnitOfMeasureType, VariableAttributeType } from '../v201/types';

export { CertificateHashDataType, RelativeTimeIntervalType, CostType, ConsumptionCostType, SalesTariffEntryType, ModemType, ChargingStationType, VariableType, UnitOfMeasureType, VariableAttributeType };

export const ACChargingParametersType = deriveObject(types201.ACChargingParametersType, '2.1', {
  retype: {
    energyAmount: decimal(),
    evMinCurrent: decimal(),
    evMaxCurrent: decimal(),
    evMaxVoltage: decimal(),
  },
});

export const APNType = deriveObject(types201.APNType, '2.1', {
  retype: {
    apn: string(2000),
    apnUserName: string(50),
    apnPassword: string(64),
    apnAuthentication: enumOf(APNAuthenticationEnumType),
  },
});

export const RationalNumberType = ocppObject('RationalNumberType', [
  field('exponent', integer(), { required: true, doc: 'Power of ten applied to value; the number meant is value × 10^exponent (e.g. value 125 with exponent -2 is 1.25).' }),
  field('value', integer(), { required: true, doc: 'Integer significand; multiply it by 10 raised to exponent to get the number meant.' }),
]);

export const PriceRuleType = ocppObject('PriceRuleType', [
  field('parkingFeePeriod', integer(), { doc: 'Length in s of one parking fee period; parkingFee is charged once the session runs into such a period.' }),
  field('carbonDioxideEmission', integer({ min: 0 }), { doc: 'CO2 emitted for the energy under this rule, in grams per kWh.' }),
  field('renewableGenerationPercentage', integer({ min: 0, max: 100 }), { doc: 'Share of the energy under this rule that comes from renewable sources, in % (0 to 100).' }),
  field('energyFee', objectOf(RationalNumberType), { required: true, doc: 'Price per kWh while this rule applies, as a rational number; zero means the energy is free.' }),
  field('parkingFee', objectOf(RationalNumberType), { doc: 'Price of parking under this rule, as a rational number. Must be given whenever parking is charged.' }),
  field('powerRangeStart', objectOf(RationalNumberType), { required: true, doc: 'Power (W) from which this rule applies. For zero or more it applies above this level until a rule with a higher start takes over; for a negative value (discharging) it applies below this level until a rule with a lower start takes over.' }),
]);

export const PriceRuleStackType = ocppObject('PriceRuleStackType', [
  field('duration', integer(), { required: true, doc: 'How long, in s, the price rules of this stack apply.' }),
  field('priceRule', arrayOf(objectOf(PriceRuleType), { minItems: 1, maxItems: 8 }), { required: true, doc: 'The price rules of this stack (1 to 8), each covering a power range.' }),
]);

export const TaxRuleType = ocppObject('TaxRuleType', [
  field('taxRuleID', integer({ min: 0 }), { required: true, doc: 'Number that identifies this tax rule within the price schedule.' }),
  field('taxRuleName', string(100), { doc: 'Readable name of the tax, e.g. for showing to the EV driver (up to 100 characters).' }),
  field('taxIncludedInPrice', boolean(), { doc: 'True when the prices in the schedule already contain this tax; false when it comes on top.' }),
  field('appliesToEnergyFee', boolean(), { required: true, doc: 'True when this tax is levied on the energy fees.' }),
  field('appliesToParkingFee', boolean(), { required: true, doc: 'True when this tax is levied on the parking fees.' }),
  field('appliesToOverstayFee', boolean(), { required: true, doc: 'True when this tax is levied on the overstay fees.' }),
  field('appliesToMinimumMaximumCost', boolean(), { required: true, doc: 'True when this tax is levied on the session\'s minimumCost and maximumCost.' }),
  field('taxRate', objectOf(RationalNumberType), { required: true, doc: 'Tax rate in %, as a rational number, taken over the fees this rule applies to.' }),
]);

export const OverstayRuleType = ocppObject('OverstayRuleType', [
  field('overstayFee', objectOf(RationalNumberType), { required: true, doc: 'Amount charged for this overstay step, as a rational number.' }),
  field('overstayRuleDescription', string(32), { doc: 'Short readable name of this overstay rule (up to 32 characters).' }),
  field('startTime', integer(), { required: true, doc: 'Seconds after overstay was triggered at which this fee starts to apply.' }),
  field('overstayFeePeriod', integer(), { required: true, doc: 'Interval in s after which overstayFee is charged again.' }),
]);

export const OverstayRuleListType = ocppObject('OverstayRuleListType', [
  field('overstayPowerThreshold', objectOf(RationalNumberType), { doc: 'Power level in W, as a rational number, that marks when overstay charging starts.' }),
  field('overstayRule', arrayOf(objectOf(OverstayRuleType), { minItems: 1, maxItems: 5 }), { required: true, doc: 'The overstay fees that apply once overstay is triggered (1 to 5), allowing charges to escalate over time.' }),
  field('overstayTimeThreshold', integer(), { doc: 'Seconds after which overstay begins to be charged.' }),
]);

export const AdditionalSelectedServicesType = ocppObject('AdditionalSelectedServicesType', [
  field('serviceFee', objectOf(RationalNumberType), { required: true, doc: 'Price of the service, as a rational number.' }),
  field('serviceName', string(80), { required: true, doc: 'Readable name of the optional service, e.g. car wash or valet parking (up to 80 characters).' }),
]);

export const AbsolutePriceScheduleType = ocppObject('AbsolutePriceScheduleType', [
  field('timeAnchor', dateTime(), { required: true, doc: 'Moment from which the price schedule runs; the durations of the price rule stacks count from here.' }),
  field('priceScheduleID', integer({ min: 0 }), { required: true, doc: 'Identifier of this price schedule, unique for the schedules offered.' }),
  field('priceScheduleDescription', string(160), { doc: 'Free text describing the price schedule (up to 160 characters).' }),
  field('currency', string(3), { required: true, doc: 'Currency of all amounts in the schedule, as an ISO 4217 code (e.g. "EUR").' }),
  field('language', string(8), { required: true, doc: 'Language of the readable texts in the schedule, as an ISO 639 code.' }),
  field('priceAlgorithm', string(2000), { required: true, doc: 'URN naming the ISO 15118-20 algorithm (e.g. Power, PeakPower or StackedEnergy) by which the energy fee for a power profile is computed from the price rules.' }),
  field('minimumCost', objectOf(RationalNumberType), { doc: 'Least amount billed for the whole session (energy, parking and overstay together), as a rational number.' }),
  field('maximumCost', objectOf(RationalNumberType), { doc: 'Highest amount billed for the whole session (energy, parking and overstay together), as a rational number.' }),
  field('priceRuleStacks', arrayOf(objectOf(PriceRuleStackType), { minItems: 1, maxItems: 1024 }), { required: true, doc: 'Consecutive stacks of price rules for energy and parking (1 to 1024), each lasting its own duration.' }),
  field('taxRules', arrayOf(objectOf(TaxRuleType), { minItems: 1, maxItems: 10 }), { doc: 'Taxes that apply to this price schedule (up to 10).' }),
  field('overstayRuleList', objectOf(OverstayRuleListType), { doc: 'Rules for charging extra when the EV stays connected beyond the overstay threshold.' }),
  field('additionalSelectedServices', arrayOf(objectOf(AdditionalSelectedServicesType), { minItems: 1, maxItems: 5 }), { doc: 'Prices of optional extra services, such as a car wash or valet (up to 5).' }),
]);

export const AdditionalInfoType = deriveObject(types201.AdditionalInfoType, '2.1', {
  retype: {
    additionalIdToken: identifierString(255),
  },
});

export const AddressType = ocppObject('AddressType', [
  field('name', string(50), { required: true, doc: 'Name of the person or company at this address (up to 50 characters).' }),
  field('address1', string(100), { required: true, doc: 'First line of the street address (up to 100 characters).' }),
  field('address2', string(100), { doc: 'Second line of the street address, if needed (up to 100 characters).' }),
  field('city', string(100), { required: true, doc: 'City or town (up to 100 characters).' }),
  field('postalCode', string(20), { doc: 'Postal or ZIP code (up to 20 characters).' }),
  field('country', string(50), { required: true, doc: 'Name of the country (up to 50 characters).' }),
]);

export const IdTokenType = deriveObject(types201.IdTokenType, '2.1', {
  retype: {
    additionalInfo: arrayOf(objectOf(AdditionalInfoType), { minItems: 1 }),
    idToken: identifierString(255),
    type: openEnumeration(IdTokenEnumStringType, 20),
  },
});

export const MessageContentType = deriveObject(types201.MessageContentType, '2.1', {
  retype: {
    format: enumOf(MessageFormatEnumType),
    content: string(1024),
  },
});

export const IdTokenInfoType = deriveObject(types201.IdTokenInfoType, '2.1', {
  retype: {
    groupIdToken: objectOf(IdTokenType),
    evseId: arrayOf(integer({ min: 0 }), { minItems: 1 }),
    personalMessage: objectOf(MessageContentType),
  },
});

export const AuthorizationData = deriveObject(types201.AuthorizationData, '2.1', {
  retype: {
    idToken: objectOf(IdTokenType),
    idTokenInfo: objectOf(IdTokenInfoType),
  },
});

export const BatteryDataType = ocppObject('BatteryDataType', [
  field('evseId', integer({ min: 0 }), { required: true, doc: 'Number of the battery swap slot into which the battery was put or from which it was taken.' }),
  field('serialNumber', string(50), { required: true, doc: 'The battery\'s serial number (up to 50 characters).' }),
  field('soC', decimal({ min: 0, max: 100 }), { required: true, doc: 'The battery\'s state of charge, in % (0 to 100).' }),
  field('soH', decimal({ min: 0, max: 100 }), { required: true, doc: 'The battery\'s state of health, in % (0 to 100).' }),
  field('productionDate', dateTime(), { doc: 'When the battery was produced.' }),
  field('vendorInfo', string(500), { doc: 'Extra information read from the battery, in a vendor-defined format (up to 500 characters).' }),
]);

export const CertificateHashDataChainType = deriveObject(types201.CertificateHashDataChainType, '2.1', {
  retype: {
    certificateType: enumOf(GetCertificateIdUseEnumType),
  },
});

export const CertificateStatusRequestInfoType = ocppObject('CertificateStatusRequestInfoType', [
  field('certificateHashData', objectOf(CertificateHashDataType), { required: true, doc: 'Hash data that identifies the certificate whose revocation status is asked for.' }),
  field('source', enumOf(CertificateStatusSourceEnumType), { required: true, doc: 'Where the status is to be looked up: OCSP or CRL.' }),
  field('urls', arrayOf(string(2000), { minItems: 1, maxItems: 5 }), { required: true, doc: 'Addresses (1 to 5) of the OCSP responder or CRL distribution point to consult.' }),
]);

export const CertificateStatusType = ocppObject('CertificateStatusType', [
  field('certificateHashData', objectOf(CertificateHashDataType), { required: true, doc: 'Hash data that identifies the certificate this status is about.' }),
  field('source', enumOf(CertificateStatusSourceEnumType), { required: true, doc: 'Where the status came from: OCSP or CRL.' }),
  field('status', enumOf(CertificateStatusEnumType), { required: true, doc: 'Revocation status found for the certificate: Good, Revoked or Unknown.' }),
  field('nextUpdate', dateTime(), { required: true, doc: 'Time until which this status may be cached; before then the Charging Station should not ask again for this certificate (M07.FR.10).' }),
]);

export const ChargingLimitType = deriveObject(types201.ChargingLimitType, '2.1', {
  retype: {
    chargingLimitSource: openEnumeration(ChargingLimitSourceEnumStringType, 20),
  },
  add: [
    field('isLocalGeneration', boolean(), { doc: 'True when the reported limit stems from local generation that adds capacity, rather than from a restriction.' }),
  ],
});

export const DERChargingParametersType = ocppObject('DERChargingParametersType', [
  field('evSupportedDERControl', arrayOf(enumOf(DERControlEnumType), { minItems: 1 }), { doc: 'DER control functions the EV supports, as reported via ISO 15118-20.' }),
  field('evOverExcitedMaxDischargePower', decimal(), { doc: 'Rated maximum active power in W the EV can inject at its over-excited power factor (evOverExcitedPowerFactor), i.e. while giving its minimum reactive power support. IEC 61850 WOvPF.' }),
  field('evOverExcitedPowerFactor', decimal(), { doc: 'Power factor of the EV when it injects its minimum reactive power in over-excited mode. IEC 61850 OvPF.' }),
  field('evUnderExcitedMaxDischargePower', decimal(), { doc: 'Rated maximum active power in W the EV can inject at its under-excited power factor (evUnderExcitedPowerFactor), i.e. while absorbing its minimum reactive power. IEC 61850 WUnPF.' }),
  field('evUnderExcitedPowerFactor', decimal(), { doc: 'Power factor of the EV when it runs at its minimum reactive power in under-excited mode.' }),
  field('maxApparentPower', decimal(), { doc: 'Rated maximum total apparent power in VA, the lower of the EV\'s and the EVSE\'s. IEC 61850 VAMaxRtg.' }),
  field('maxChargeApparentPower', decimal(), { doc: 'Rated maximum apparent power in VA when charging, the lower of EV and EVSE. Total of all phases, or phase L1 only when the _L2 and _L3 values are given.' }),
  field('maxChargeApparentPower_L2', decimal(), { doc: 'Rated maximum apparent power in VA on phase L2 when charging, the lower of EV and EVSE.' }),
  field('maxChargeApparentPower_L3', decimal(), { doc: 'Rated maximum apparent power in VA on phase L3 when charging, the lower of EV and EVSE.' }),
  field('maxDischargeApparentPower', decimal(), { doc: 'Rated maximum apparent power in VA when discharging, the lower of EV and EVSE. Total of all phases, or phase L1 only when the _L2 and _L3 values are given.' }),
  field('maxDischargeApparentPower_L2', decimal(), { doc: 'Rated maximum apparent power in VA on phase L2 when discharging, the lower of EV and EVSE.' }),
  field('maxDischargeApparentPower_L3', decimal(), { doc: 'Rated maximum apparent power in VA on phase L3 when discharging, the lower of EV and EVSE.' }),
  field('maxChargeReactivePower', decimal(), { doc: 'Rated maximum reactive power in var that can be absorbed, the lower of EV and EVSE. Total of all phases, or phase L1 only when the _L2 and _L3 values are given.' }),
  field('maxChargeReactivePower_L2', decimal(), { doc: 'Rated maximum reactive power in var that can be absorbed on phase L2, the lower of EV and EVSE.' }),
  field('maxChargeReactivePower_L3', decimal(), { doc: 'Rated maximum reactive power in var that can be absorbed on phase L3, the lower of EV and EVSE.' }),
  field('minChargeReactivePower', decimal(), { doc: 'Rated minimum reactive power in var that is absorbed, the higher of EV and EVSE. Total of all phases, or phase L1 only when the _L2 and _L3 values are given.' }),
  field('minChargeReactivePower_L2', decimal(), { doc: 'Rated minimum reactive power in var that is absorbed on phase L2, the higher of EV and EVSE.' }),
  field('minChargeReactivePower_L3', decimal(), { doc: 'Rated minimum reactive power in var that is absorbed on phase L3, the higher of EV and EVSE.' }),
  field('maxDischargeReactivePower', decimal(), { doc: 'Rated maximum reactive power in var that can be injected, the lower of EV and EVSE. Total of all phases, or phase L1 only when the _L2 and _L3 values are given.' }),
  field('maxDischargeReactivePower_L2', decimal(), { doc: 'Rated maximum reactive power in var that can be injected on phase L2, the lower of EV and EVSE.' }),
  field('maxDischargeReactivePower_L3', decimal(), { doc: 'Rated maximum reactive power in var that can be injected on phase L3, the lower of EV and EVSE.' }),
  field('minDischargeReactivePower', decimal(), { doc: 'Rated minimum reactive power in var that is injected, the higher of EV and EVSE. Total of all phases, or phase L1 only when the _L2 and _L3 values are given.' }),
  field('minDischargeReactivePower_L2', decimal(), { doc: 'Rated minimum reactive power in var that is injected on phase L2, the higher of EV and EVSE.' }),
  field('minDischargeReactivePower_L3', decimal(), { doc: 'Rated minimum reactive power in var that is injected on phase L3, the higher of EV and EVSE.' }),
  field('nominalVoltage', decimal(), { doc: 'Nominal line voltage in V that both the EV and the EVSE support.' }),
  field('nominalVoltageOffset', decimal(), { doc: 'Offset in V (rms) between the nominal AC voltage at the Charging Station\'s grid connection and the nominal voltage at the grid operator\'s point of common coupling.' }),
  field('maxNominalVoltage', decimal(), { doc: 'Highest AC voltage in V (rms) to operate at, the lower of the EV\'s and the EVSE\'s.' }),
  field('minNominalVoltage', decimal(), { doc: 'Lowest AC voltage in V (rms) to operate at, the higher of the EV\'s and the EVSE\'s.' }),
  field('evInverterManufacturer', string(50), { doc: 'Maker of the EV\'s inverter.' }),
  field('evInverterModel', string(50), { doc: 'Model of the EV\'s inverter.' }),
  field('evInverterSerialNumber', string(50), { doc: 'Serial number of the EV\'s inverter.' }),
  field('evInverterSwVersion', string(50), { doc: 'Software version running on the EV\'s inverter.' }),
  field('evInverterHwVersion', string(50), { doc: 'Hardware version of the EV\'s inverter.' }),
  field('evIslandingDetectionMethod', arrayOf(enumOf(IslandingDetectionEnumType), { minItems: 1 }), { doc: 'Methods the EV uses to detect islanding. Only needed when the site demands islanding detection, as configured through the ISO 15118 service details.' }),
  field('evIslandingTripTime', decimal(), { doc: 'How long after detecting an island the EV disconnects (trips).' }),
  field('evMaximumLevel1DCInjection', decimal(), { doc: 'Highest DC current the EV may inject at level 1.' }),
  field('evDurationLevel1DCInjection', decimal(), { doc: 'Longest time the EV may inject DC current at level 1.' }),
  field('evMaximumLevel2DCInjection', decimal(), { doc: 'Highest DC current the EV may inject at level 2.' }),
  field('evDurationLevel2DCInjection', decimal(), { doc: 'Longest time the EV may inject DC current at level 2.' }),
  field('evReactiveSusceptance', decimal(), { doc: 'Reactive susceptance of the EV\'s circuit, in siemens (S).' }),
  field('evSessionTotalDischargeEnergyAvailable', decimal(), { doc: 'Energy in Wh the EV is still willing to deliver over the whole V2G session, regardless of its V2X cycling range. At 0 the EV may refuse further discharging to protect its battery.' }),
]);

export const EVPriceRuleType = ocppObject('EVPriceRuleType', [
  field('energyFee', decimal(), { required: true, doc: 'Price per kWh the EV asks within this power range, in the schedule\'s currency.' }),
  field('powerRangeStart', decimal(), { required: true, doc: 'Power in W from which energyFee applies, until the powerRangeStart of the following rule; below it the previous rule\'s fee applies. Negative values mean discharging.' }),
]);

export const EVAbsolutePriceScheduleEntryType = ocppObject('EVAbsolutePriceScheduleEntryType', [
  field('duration', integer(), { required: true, doc: 'How long this entry lasts, in s.' }),
  field('evPriceRule', arrayOf(objectOf(EVPriceRuleType), { minItems: 1, maxItems: 8 }), { required: true, doc: 'The EV\'s prices for this entry per power range (1 to 8).' }),
]);

export const EVAbsolutePriceScheduleType = ocppObject('EVAbsolutePriceScheduleType', [
  field('timeAnchor', dateTime(), { required: true, doc: 'Moment from which the EV\'s price schedule runs; entry durations count from here.' }),
  field('currency', string(3), { required: true, doc: 'Currency of the prices, as an ISO 4217 code (e.g. "EUR").' }),
  field('evAbsolutePriceScheduleEntries', arrayOf(objectOf(EVAbsolutePriceScheduleEntryType), { minItems: 1, maxItems: 1024 }), { required: true, doc: 'Consecutive entries (1 to 1024) giving the prices at which the EV is willing to discharge.' }),
  field('priceAlgorithm', string(2000), { required: true, doc: 'URN of the ISO 15118-20 price algorithm to apply: Power, PeakPower or StackedEnergy.' }),
]);

export const EVPowerScheduleEntryType = ocppObject('EVPowerScheduleEntryType', [
  field('duration', integer(), { required: true, doc: 'How long this entry lasts, in s.' }),
  field('power', decimal(), { required: true, doc: 'Power in W the EV offers for this entry; a negative value is the most it is willing to discharge, a positive value means it cannot offer energy then.' }),
]);

export const EVPowerScheduleType = ocppObject('EVPowerScheduleType', [
  field('evPowerScheduleEntries', arrayOf(objectOf(EVPowerScheduleEntryType), { minItems: 1, maxItems: 1024 }), { required: true, doc: 'Consecutive entries (1 to 1024) of the power the EV offers over time.' }),
  field('timeAnchor', dateTime(), { required: true, doc: 'Moment from which the EV\'s power schedule runs; entry durations count from here.' }),
]);

export const EVEnergyOfferType = ocppObject('EVEnergyOfferType', [
  field('evAbsolutePriceSchedule', objectOf(EVAbsolutePriceScheduleType), { doc: 'Prices at which the EV is willing to discharge, if it states any.' }),
  field('evPowerSchedule', objectOf(EVPowerScheduleType), { required: true, doc: 'Schedule of the power the EV offers to discharge over time.' }),
]);

export const DCChargingParametersType = deriveObject(types201.DCChargingParametersType, '2.1', {
  retype: {
    evMaxCurrent: decimal(),
    evMaxVoltage: decimal(),
    evMaxPower: decimal(),
    evEnergyCapacity: decimal(),
    energyAmount: decimal(),
  },
});

export const V2XChargingParametersType = ocppObject('V2XChargingParametersType', [
  field('minChargePower', decimal(), { doc: 'Lowest charging power in W, the higher of the EV\'s and the EVSE\'s minimum. Total of all phases, or phase L1 only when the _L2 and _L3 values are given.' }),
  field('minChargePower_L2', decimal(), { doc: 'Lowest charging power in W on phase L2, the higher of the EV\'s and the EVSE\'s minimum.' }),
  field('minChargePower_L3', decimal(), { doc: 'Lowest charging power in W on phase L3, the higher of the EV\'s and the EVSE\'s minimum.' }),
  field('maxChargePower', decimal(), { doc: 'Highest charging power in W at unity power factor, the lower of the EV\'s and the EVSE\'s maximum. Total of all phases, or phase L1 only when the _L2 and _L3 values are given. IEC 61850 ChaWMax.' }),
  field('maxChargePower_L2', decimal(), { doc: 'Highest charging power in W on phase L2, the lower of the EV\'s and the EVSE\'s maximum.' }),
  field('maxChargePower_L3', decimal(), { doc: 'Highest charging power in W on phase L3, the lower of the EV\'s and the EVSE\'s maximum.' }),
  field('minDischargePower', decimal(), { doc: 'Lowest discharging power in W (0 or more) at unity power factor, the higher of the EV\'s and the EVSE\'s minimum. Total of all phases, or phase L1 only when the _L2 and _L3 values are given.' }),
  field('minDischargePower_L2', decimal(), { doc: 'Lowest discharging power in W (0 or more) on phase L2, the higher of the EV\'s and the EVSE\'s minimum.' }),
  field('minDischargePower_L3', decimal(), { doc: 'Lowest discharging power in W (0 or more) on phase L3, the higher of the EV\'s and the EVSE\'s minimum.' }),
  field('maxDischargePower', decimal(), { doc: 'Highest discharging power in W (0 or more) at unity power factor, the lower of the EV\'s and the EVSE\'s maximum. Total of all phases, or phase L1 only when the _L2 and _L3 values are given.' }),
  field('maxDischargePower_L2', decimal(), { doc: 'Highest discharging power in W (0 or more) on phase L2, the lower of the EV\'s and the EVSE\'s maximum.' }),
  field('maxDischargePower_L3', decimal(), { doc: 'Highest discharging power in W (0 or more) on phase L3, the lower of the EV\'s and the EVSE\'s maximum.' }),
  field('minChargeCurrent', decimal(), { doc: 'Lowest charging current in A, the higher of the EV\'s and the EVSE\'s minimum (DC).' }),
  field('maxChargeCurrent', decimal(), { doc: 'Highest charging current in A, the lower of the EV\'s and the EVSE\'s maximum (DC).' }),
  field('minDischargeCurrent', decimal(), { doc: 'Lowest discharging current in A (0 or more), the higher of the EV\'s and the EVSE\'s minimum (DC).' }),
  field('maxDischargeCurrent', decimal(), { doc: 'Highest discharging current in A (0 or more), the lower of the EV\'s and the EVSE\'s maximum (DC).' }),
  field('minVoltage', decimal(), { doc: 'Lowest voltage in V, the higher of the EV\'s and the EVSE\'s minimum (DC).' }),
  field('maxVoltage', decimal(), { doc: 'Highest voltage in V, the lower of the EV\'s and the EVSE\'s maximum (DC).' }),
  field('evTargetEnergyRequest', decimal(), { doc: 'Energy in Wh still needed to reach the state of charge the EV wants at departure.' }),
  field('evMinEnergyRequest', decimal(), { doc: 'Energy in Wh still needed to reach the EV\'s minimum allowed state of charge; may be negative when the battery is already above it.' }),
  field('evMaxEnergyRequest', decimal(), { doc: 'Energy in Wh that can still be charged before the EV reaches its maximum state of charge.' }),
  field('evMinV2XEnergyRequest', decimal(), { doc: 'Energy in Wh needed to reach the bottom of the EV\'s V2X cycling range; positive when the battery is below that range.' }),
  field('evMaxV2XEnergyRequest', decimal(), { doc: 'Energy in Wh up to the top of the EV\'s V2X cycling range; negative when the battery is above that range.' }),
  field('targetSoC', integer({ min: 0, max: 100 }), { doc: 'State of charge the EV wants at departure, in % (0 to 100).' }),
]);

export const ChargingNeedsType = deriveObject(types201.ChargingNeedsType, '2.1', {
  retype: {
    acChargingParameters: objectOf(ACChargingParametersType),
    requestedEnergyTransfer: enumOf(EnergyTransferModeEnumType),
    dcChargingParameters: objectOf(DCChargingParametersType),
  },
  add: [
    field('derChargingParameters', objectOf(DERChargingParametersType), { doc: 'Inverter and DER control settings agreed between EV and EVSE, only for ISO 15118-20 AC bidirectional sessions with DER control (AC_BPT_DER).' }),
    field('evEnergyOffer', objectOf(EVEnergyOfferType), { doc: 'What the EV offers to discharge over time, optionally with the prices it asks; negative power means willingness to discharge.' }),
    field('v2xChargingParameters', objectOf(V2XChargingParametersType), { doc: 'Charging and discharging limits and energy requests for an ISO 15118-20 session or another session with bidirectional power transfer.' }),
    field('availableEnergyTransfer', arrayOf(enumOf(EnergyTransferModeEnumType), { minItems: 1 }), { doc: 'All energy transfer modes the EV reports as available, besides the one it requested.' }),
    field('controlMode', enumOf(ControlModeEnumType), { doc: 'Whether the EV wants Scheduled or Dynamic control; Scheduled is assumed when absent.' }),
    field('mobilityNeedsMode', enumOf(MobilityNeedsModeEnumType), { doc: 'Who may set minimum/target SoC and departure time: only the EV (EVCC), or also the Charging Station or CSMS (EVCC_SECC).' }),
  ],
});

export const CostDimensionType = ocppObject('CostDimensionType', [
  field('type', enumOf(CostDimensionEnumType), { required: true, doc: 'Which quantity this volume measures, e.g. Energy, MaxCurrent, MinPower, ChargingTime or IdleTIme.' }),
  field('volume', decimal(), { required: true, doc: 'Amount of that quantity used in the period, in the unit that belongs to the dimension type.' }),
]);

export const ChargingPeriodType = ocppObject('ChargingPeriodType', [
  field('dimensions', arrayOf(objectOf(CostDimensionType), { minItems: 1 }), { doc: 'Volumes used during this period, one per cost dimension.' }),
  field('tariffId', string(60), { doc: 'Identifier of the tariff with which this period\'s cost was computed; absent when cost was computed in another way.' }),
  field('startPeriod', dateTime(), { required: true, doc: 'When this charging period begins. It lasts until the next period starts, or, for the last one, until the session ends.' }),
]);

export const ChargingProfileCriterionType = deriveObject(types201.ChargingProfileCriterionType, '2.1', {
  retype: {
    chargingProfilePurpose: enumOf(ChargingProfilePurposeEnumType),
    stackLevel: integer({ min: 0 }),
    chargingLimitSource: arrayOf(openEnumeration(ChargingLimitSourceEnumStringType, 20), { minItems: 1, maxItems: 4 }),
  },
});

export const LimitAtSoCType = ocppObject('LimitAtSoCType', [
  field('soc', integer({ min: 0, max: 100 }), { required: true, doc: 'State of charge in % (0 to 100) from which the limit takes effect.' }),
  field('limit', decimal(), { required: true, doc: 'Cap on the charging rate once the EV reaches soc, in the schedule\'s chargingRateUnit.' }),
]);

export const V2XFreqWattPointType = ocppObject('V2XFreqWattPointType', [
  field('frequency', decimal(), { required: true, doc: 'Grid frequency in Hz for this point of the curve.' }),
  field('power', decimal(), { required: true, doc: 'Power in W at this frequency: positive to charge, negative to discharge.' }),
]);

export const V2XSignalWattPointType = ocppObject('V2XSignalWattPointType', [
  field('signal', integer(), { required: true, doc: 'Value of an aFRR signal (as sent in AFRRSignalRequest) for this point of the curve.' }),
  field('power', decimal(), { required: true, doc: 'Power in W for this signal value: positive to charge, negative to discharge.' }),
]);

export const ChargingSchedulePeriodType = deriveObject(types201.ChargingSchedulePeriodType, '2.1', {
  retype: {
    numberPhases: integer({ min: 0, max: 3 }),
    phaseToUse: integer({ min: 0, max: 3 }),
  },
  required: ['startPeriod'],
  add: [
    field('limit_L2', decimal(), { doc: 'Charging rate limit for phase L2, in chargingRateUnit. When given with limit_L3, limit applies to phase L1 only.' }),
    field('limit_L3', decimal(), { doc: 'Charging rate limit for phase L3, in chargingRateUnit. When given with limit_L2, limit applies to phase L1 only.' }),
    field('dischargeLimit', decimal({ max: 0 }), { doc: 'Most the EV may discharge, in chargingRateUnit, as a value of 0 or less (negative like a discharging setpoint). For AC the total of all phases, or phase L1 only when the _L2 and _L3 values are given.' }),
    field('dischargeLimit_L2', decimal({ max: 0 }), { doc: 'Discharge limit for phase L2, in chargingRateUnit (0 or less).' }),
    field('dischargeLimit_L3', decimal({ max: 0 }), { doc: 'Discharge limit for phase L3, in chargingRateUnit (0 or less).' }),
    field('setpoint', decimal(), { doc: 'Target rate, in chargingRateUnit, for the EV to track as closely as it can; negative to discharge. Deviations must stay within limit and dischargeLimit when those are given. Total of all phases, or phase L1 only when the _L2 and _L3 values are given.' }),
    field('setpoint_L2', decimal(), { doc: 'Target rate for phase L2, in chargingRateUnit; negative to discharge.' }),
    field('setpoint_L3', decimal(), { doc: 'Target rate for phase L3, in chargingRateUnit; negative to discharge.' }),
    field('setpointReactive', decimal(), { doc: 'Target reactive power (or reactive current), in chargingRateUnit, for the EV to track: positive is inductive, negative capacitive. Total of all phases, or phase L1 only when the _L2 and _L3 values are given.' }),
    field('setpointReactive_L2', decimal(), { doc: 'Target reactive power (or reactive current) for phase L2, in chargingRateUnit; positive inductive, negative capacitive.' }),
    field('setpointReactive_L3', decimal(), { doc: 'Target reactive power (or reactive current) for phase L3, in chargingRateUnit; positive inductive, negative capacitive.' }),
    field('preconditioningRequest', boolean(), { doc: 'When true, the EV is asked to keep its battery (BMS) preconditioned during this period.' }),
    field('evseSleep', boolean(), { doc: 'When true, the EVSE switches off the power electronics serving this transaction during the period. False when absent.' }),
    field('v2xBaseline', decimal(), { doc: 'Base power on top of which the power read from v2xFreqWattCurve or v2xSignalWattCurve is added.' }),
    field('operationMode', enumOf(OperationModeEnumType), { doc: 'How the EVSE operates during this period, e.g. ChargingOnly, CentralSetpoint, LocalFrequency or Idle. ChargingOnly when absent.' }),
    field('v2xFreqWattCurve', arrayOf(objectOf(V2XFreqWattPointType), { minItems: 1, maxItems: 20 }), { doc: 'Frequency-power curve (2 to 20 points) that sets the power from the grid frequency. Required when operationMode is LocalFrequency; chargingRateUnit must then be W.' }),
    field('v2xSignalWattCurve', arrayOf(objectOf(V2XSignalWattPointType), { minItems: 1, maxItems: 20 }), { doc: 'Signal-power curve (2 to 20 points) that sets the power from the latest AFRR signal value. Optional with operationMode LocalFrequency; chargingRateUnit must then be W.' }),
  ],
});

export const SalesTariffType = deriveObject(types201.SalesTariffType, '2.1', {
  retype: {
    id: integer({ min: 0 }),
    numEPriceLevels: integer({ min: 0 }),
  },
});

export const PriceLevelScheduleEntryType = ocppObject('PriceLevelScheduleEntryType', [
  field('duration', integer(), { required: true, doc: 'How long this entry lasts, in s.' }),
  field('priceLevel', integer({ min: 0 }), { required: true, doc: 'Relative price of this entry on the scale set by numberOfPriceLevels; lower levels are cheaper.' }),
]);

export const PriceLevelScheduleType = ocppObject('PriceLevelScheduleType', [
  field('priceLevelScheduleEntries', arrayOf(objectOf(PriceLevelScheduleEntryType), { minItems: 1, maxItems: 100 }), { required: true, doc: 'Consecutive entries (1 to 100), each giving a price level for a duration.' }),
  field('timeAnchor', dateTime(), { required: true, doc: 'Moment from which the price level schedule runs; entry durations count from here.' }),
  field('priceScheduleId', integer({ min: 0 }), { required: true, doc: 'Identifier of this price schedule, unique for the schedules offered.' }),
  field('priceScheduleDescription', string(32), { doc: 'Free text describing the price schedule (up to 32 characters).' }),
  field('numberOfPriceLevels', integer({ min: 0 }), { required: true, doc: 'How many distinct price levels are used across all price level schedules.' }),
]);

export const ChargingScheduleType = deriveObject(types201.ChargingScheduleType, '2.1', {
  retype: {
    chargingSchedulePeriod: arrayOf(objectOf(ChargingSchedulePeriodType), { minItems: 1, maxItems: 1024 }),
    salesTariff: objectOf(SalesTariffType),
  },
  add: [
    field('limitAtSoC', objectOf(LimitAtSoCType), { doc: 'Caps the limit or setpoint once the EV\'s state of charge reaches a given value. Rejected when SupportsLimitAtSoC is not true (K01.FR.125).' }),
    field('powerTolerance', decimal(), { doc: 'Tolerance allowed when the EV follows its power profile (EVPowerProfile in ISO 15118-20).' }),
    field('signatureId', integer({ min: 0 }), { doc: 'Number by which a signature refers to this schedule element.' }),
    field('digestValue', string(88), { doc: 'Base64 hash of the EXI-encoded price schedule (SHA-256 for ISO 15118-2, SHA-512 for ISO 15118-20), used when the schedule or sales tariff is signed.' }),
    field('useLocalTime', boolean(), { doc: 'When true, the times in the schedule are read as local time at the Charging Station, ignoring any time zone offset, so one profile fits both summer and winter time (K01.FR.90). False when absent.' }),
    field('randomizedDelay', integer({ min: 0 }), { doc: 'Maximum random delay in s applied to the start of each period except the first, to spread grid load (K01.FR.92). Only for TxProfile and TxDefaultProfile; 0 when absent.' }),
    field('absolutePriceSchedule', objectOf(AbsolutePriceScheduleType), { doc: 'ISO 15118-20 absolute price schedule offered with this charging schedule.' }),
    field('priceLevelSchedule', objectOf(PriceLevelScheduleType), { doc: 'ISO 15118-20 price level schedule offered with this charging schedule.' }),
  ],
});

export const ChargingProfileType = deriveObject(types201.ChargingProfileType, '2.1', {
  retype: {
    stackLevel: integer({ min: 0 }),
    chargingProfilePurpose: enumOf(ChargingProfilePurposeEnumType),
    chargingProfileKind: enumOf(ChargingProfileKindEnumType),
    chargingSchedule: arrayOf(objectOf(ChargingScheduleType), { minItems: 1, maxItems: 3 }),
  },
  add: [
    field('maxOfflineDuration', integer(), { doc: 'Seconds this profile stays valid once the Charging Station is offline; after that a lower stack level takes over while offline. 0 means invalid as soon as offline; absent means no timeout.' }),
    field('invalidAfterOfflineDuration', boolean(), { doc: 'When true, the profile becomes invalid for good once the Charging Station has been offline longer than maxOfflineDuration. False when absent.' }),
    field('dynUpdateInterval', integer(), { doc: 'For a dynamic profile: seconds after the last update at which the Charging Station asks for new values with PullDynamicScheduleUpdateRequest. 0 or absent: no periodic update.' }),
    field('dynUpdateTime', dateTime(), { doc: 'For a dynamic profile: when its limits or setpoints were last updated, by PullDynamicScheduleUpdate, UpdateDynamicSchedule or an external actor.' }),
    field('priceScheduleSignature', string(256), { doc: 'ISO 15118-20 signature over all price schedules in chargingSchedule, base64 encoded (up to 256 characters).' }),
  ],
});

export const ChargingScheduleUpdateType = ocppObject('ChargingScheduleUpdateType', [
  field('limit', decimal(), { doc: 'New charging rate limit for the period, in chargingRateUnit; should not be negative. May be left out only when the operationMode does not need it. For AC the total of all phases, or phase L1 only when the _L2 and _L3 values are given.' }),
  field('limit_L2', decimal(), { doc: 'Charging rate limit for phase L2, in chargingRateUnit. When given with limit_L3, limit applies to phase L1 only.' }),
  field('limit_L3', decimal(), { doc: 'Charging rate limit for phase L3, in chargingRateUnit. When given with limit_L2, limit applies to phase L1 only.' }),
  field('dischargeLimit', decimal({ max: 0 }), { doc: 'Most the EV may discharge, in chargingRateUnit, as a value of 0 or less (negative like a discharging setpoint). For AC the total of all phases, or phase L1 only when the _L2 and _L3 values are given.' }),
  field('dischargeLimit_L2', decimal({ max: 0 }), { doc: 'Discharge limit for phase L2, in chargingRateUnit (0 or less).' }),
  field('dischargeLimit_L3', decimal({ max: 0 }), { doc: 'Discharge limit for phase L3, in chargingRateUnit (0 or less).' }),
  field('setpoint', decimal(), { doc: 'Target rate, in chargingRateUnit, for the EV to track as closely as it can; negative to discharge. Deviations must stay within limit and dischargeLimit when those are given. Total of all phases, or phase L1 only when the _L2 and _L3 values are given.' }),
  field('setpoint_L2', decimal(), { doc: 'Target rate for phase L2, in chargingRateUnit; negative to discharge.' }),
  field('setpoint_L3', decimal(), { doc: 'Target rate for phase L3, in chargingRateUnit; negative to discharge.' }),
  field('setpointReactive', decimal(), { doc: 'Target reactive power (or reactive current), in chargingRateUnit, for the EV to track: positive is inductive, negative capacitive. Total of all phases, or phase L1 only when the _L2 and _L3 values are given.' }),
  field('setpointReactive_L2', decimal(), { doc: 'Target reactive power (or reactive current) for phase L2, in chargingRateUnit; positive inductive, negative capacitive.' }),
  field('setpointReactive_L3', decimal(), { doc: 'Target reactive power (or reactive current) for phase L3, in chargingRateUnit; positive inductive, negative capacitive.' }),
]);

export const ClearChargingProfileType = deriveObject(types201.ClearChargingProfileType, '2.1', {
  retype: {
    evseId: integer({ min: 0 }),
    chargingProfilePurpose: enumOf(ChargingProfilePurposeEnumType),
    stackLevel: integer({ min: 0 }),
  },
});

export const StatusInfoType = deriveObject(types201.StatusInfoType, '2.1', {
  retype: {
    additionalInfo: string(1024),
  },
});

export const ClearMonitoringResultType = deriveObject(types201.ClearMonitoringResultType, '2.1', {
  retype: {
    id: integer({ min: 0 }),
    statusInfo: objectOf(StatusInfoType),
  },
});

export const ClearTariffsResultType = ocppObject('ClearTariffsResultType', [
  field('statusInfo', objectOf(StatusInfoType), { doc: 'Optional details about the status, e.g. a reason code.' }),
  field('tariffId', string(60), { doc: 'The tariff this result is about. Left out when nothing matched and status is NoTariff.' }),
  field('status', enumOf(TariffClearStatusEnumType), { required: true, doc: 'Outcome for this tariff: Accepted, Rejected, or NoTariff when no matching tariff exists (I10.FR.06).' }),
]);

export const EVSEType = deriveObject(types201.EVSEType, '2.1', {
  retype: {
    id: integer({ min: 0 }),
    connectorId: integer({ min: 0 }),
  },
});

export const ComponentType = deriveObject(types201.ComponentType, '2.1', {
  retype: {
    evse: objectOf(EVSEType),
  },
});

export const ComponentVariableType = deriveObject(types201.ComponentVariableType, '2.1', {
  retype: {
    component: objectOf(ComponentType),
  },
});

export const CompositeScheduleType = deriveObject(types201.CompositeScheduleType, '2.1', {
  retype: {
    evseId: integer({ min: 0 }),
    chargingSchedulePeriod: arrayOf(objectOf(ChargingSchedulePeriodType), { minItems: 1 }),
  },
});

export const PeriodicEventStreamParamsType = ocppObject('PeriodicEventStreamParamsType', [
  field('interval', integer({ min: 0 }), { doc: 'How often, in s, the Charging Station sends the buffered values of the periodic event stream (N15.FR.06).' }),
  field('values', integer({ min: 0 }), { doc: 'How many values the Charging Station collects before sending them; also the most values one NotifyPeriodicEventStream may carry (N15.FR.07, N15.FR.08).' }),
]);

export const ConstantStreamDataType = ocppObject('ConstantStreamDataType', [
  field('id', integer({ min: 0 }), { required: true, doc: 'Identifier of the periodic event stream, used later in NotifyPeriodicEventStream, AdjustPeriodicEventStream and ClosePeriodicEventStream.' }),
  field('params', objectOf(PeriodicEventStreamParamsType), { required: true, doc: 'When the stream is flushed: after interval seconds and/or once a number of values has been collected.' }),
  field('variableMonitoringId', integer({ min: 0 }), { required: true, doc: 'The monitor whose values are sent over this stream; may also be a hardwired or preconfigured monitor. Its component, variable, severity and notification type apply to all stream data (N15.FR.03).' }),
]);

export const TaxRateType = ocppObject('TaxRateType', [
  field('type', string(20), { required: true, doc: 'Name of the tax as printed on a receipt, e.g. "VAT", "Federal" or "State".' }),
  field('tax', decimal(), { required: true, doc: 'The tax rate, in %.' }),
  field('stack', integer({ min: 0 }), { doc: 'Order in which taxes are applied, 0 when absent: level 0 is charged on the net price, level 1 on the result of level 0, and so on (I12.FR.13).' }),
]);

export const PriceType = ocppObject('PriceType', [
  field('exclTax', decimal(), { doc: 'Amount without tax, in the currency of the tariff or cost. At least one of exclTax and inclTax is given.' }),
  field('inclTax', decimal(), { doc: 'Amount with tax included. At least one of exclTax and inclTax is given.' }),
  field('taxRates', arrayOf(objectOf(TaxRateType), { minItems: 1, maxItems: 5 }), { doc: 'The tax rates (up to 5) applied to exclTax to get inclTax, for showing on an invoice or receipt.' }),
]);

export const TotalPriceType = ocppObject('TotalPriceType', [
  field('exclTax', decimal(), { doc: 'Grand total without tax.' }),
  field('inclTax', decimal(), { doc: 'Grand total with tax included.' }),
]);

export const TotalCostType = ocppObject('TotalCostType', [
  field('currency', string(3), { required: true, doc: 'ISO 4217 code of the currency of all amounts, e.g. "EUR"; equal to the currency of the tariff used (I12.FR.16).' }),
  field('typeOfCost', enumOf(TariffCostEnumType), { required: true, doc: 'Whether the amounts are the calculated cost (NormalCost) or were replaced by the tariff\'s minCost (MinCost) or capped at its maxCost (MaxCost).' }),
  field('fixed', objectOf(PriceType), { doc: 'Sum of the fixed fees of the tariff, excluding reservation fees.' }),
  field('energy', objectOf(PriceType), { doc: 'Cost of the energy transferred.' }),
  field('chargingTime', objectOf(PriceType), { doc: 'Cost based on the charging time of the transaction.' }),
  field('idleTime', objectOf(PriceType), { doc: 'Cost based on the idle time of the transaction (time connected without charging), fixed idle components included.' }),
  field('reservationTime', objectOf(PriceType), { doc: 'Time-based reservation cost, from the tariff\'s reservationTime prices (I12.FR.07).' }),
  field('reservationFixed', objectOf(PriceType), { doc: 'Fixed reservation cost, from the tariff\'s reservationFixed prices (I12.FR.08).' }),
  field('total', objectOf(TotalPriceType), { required: true, doc: 'Sum of all the cost parts (fixed, energy, charging time, idle time and reservation), with and/or without tax (I12.FR.17).' }),
]);

export const TotalUsageType = ocppObject('TotalUsageType', [
  field('energy', decimal(), { required: true, doc: 'Energy used in the transaction, in Wh, as counted for the energy price.' }),
  field('chargingTime', integer(), { required: true, doc: 'Time, in s, counted as charging time for the tariff.' }),
  field('idleTime', integer(), { required: true, doc: 'Time, in s, during which the EV was connected but no energy flowed.' }),
  field('reservationTime', integer(), { doc: 'Time, in s, from receiving the reservation until the transaction started (I12.FR.07).' }),
]);

export const CostDetailsType = ocppObject('CostDetailsType', [
  field('chargingPeriods', arrayOf(objectOf(ChargingPeriodType), { minItems: 1 }), { doc: 'The periods of the transaction, a new one starting whenever a different set of tariff prices applies (I12.FR.35). Left out in running-cost updates.' }),
  field('totalCost', objectOf(TotalCostType), { required: true, doc: 'The cost of the transaction so far (running cost) or in total (at the end).' }),
  field('totalUsage', objectOf(TotalUsageType), { required: true, doc: 'How much energy, charging time, idle time and reservation time the transaction used.' }),
  field('failureToCalculate', boolean(), { doc: 'True when the Charging Station could not calculate (part of) the cost; any values it did calculate may still be included (I12.FR.14).' }),
  field('failureReason', string(500), { doc: 'Text for people explaining why the cost could not be calculated.' }),
]);

export const DERCurvePointsType = ocppObject('DERCurvePointsType', [
  field('x', decimal(), { required: true, doc: 'Value on the horizontal axis; what it measures (e.g. voltage, frequency, time) depends on the type of curve.' }),
  field('y', decimal(), { required: true, doc: 'Value on the vertical axis, in the unit given by the curve\'s yUnit. For a power factor, positive means absorbing reactive power (under-excited) and negative means injecting it (over-excited).' }),
]);

export const HysteresisType = ocppObject('HysteresisType', [
  field('hysteresisHigh', decimal(), { doc: 'Upper bound, as an absolute value in the curve\'s yUnit, of the band the grid value must be back in before normal operation resumes after a grid event.' }),
  field('hysteresisLow', decimal(), { doc: 'Lower bound, as an absolute value in the curve\'s yUnit, of the band the grid value must be back in before normal operation resumes after a grid event.' }),
  field('hysteresisDelay', decimal(), { doc: 'How long, in s, the grid value must stay between hysteresisLow and hysteresisHigh before the EV resumes normal operation.' }),
  field('hysteresisGradient', decimal(), { doc: 'Ramp rate, in %/s, with which the EV resumes its usual behaviour once a grid event is over.' }),
]);

export const ReactivePowerParamsType = ocppObject('ReactivePowerParamsType', [
  field('vRef', decimal(), { doc: 'VoltVar curves only: shift, in %, of the nominal AC (rms) voltage to which the curve points refer.' }),
  field('autonomousVRefEnable', boolean(), { doc: 'VoltVar curves only: true to let the DER adjust VRef by itself.' }),
  field('autonomousVRefTimeConstant', decimal(), { doc: 'VoltVar curves only: time constant of the autonomous VRef adjustment.' }),
]);

export const VoltageParamsType = ocppObject('VoltageParamsType', [
  field('hv10MinMeanValue', decimal(), { doc: 'Voltage threshold for the 10-minute mean voltage check of EN 50549-1 (4.9.3.4); the mean is updated at least every 3 s. Given together with hv10MinMeanTripDelay.' }),
  field('hv10MinMeanTripDelay', decimal(), { doc: 'How long the 10-minute mean voltage may exceed hv10MinMeanValue before the EV has to trip. Given together with hv10MinMeanValue.' }),
  field('powerDuringCessation', enumOf(PowerDuringCessationEnumType), { doc: 'Whether the EV has to keep supplying active power or reactive power while riding through a fault (per the HVMomCess and LVMomCess curves). Only present when it has to.' }),
]);

export const DERCurveType = ocppObject('DERCurveType', [
  field('curveData', arrayOf(objectOf(DERCurvePointsType), { minItems: 1, maxItems: 10 }), { required: true, doc: 'The points of the curve, 1 to 10; the x-axis follows from the curve type and the y-axis from yUnit.' }),
  field('hysteresis', objectOf(HysteresisType), { doc: 'Thresholds, delay and ramp rate for resuming usual behaviour once a grid event is over.' }),
  field('priority', integer({ min: 0 }), { required: true, doc: 'Priority of the curve, 0 being the highest; when controls of the same type overlap, the one with the higher priority is executed (R04).' }),
  field('reactivePowerParams', objectOf(ReactivePowerParamsType), { doc: 'Extra settings for a VoltVar curve.' }),
  field('voltageParams', objectOf(VoltageParamsType), { doc: 'Extra settings for voltage curves.' }),
  field('yUnit', enumOf(DERUnitEnumType), { required: true, doc: 'Unit of the y values of curveData, e.g. a percentage of maximum active power (PctMaxW) or of maximum reactive power (PctMaxVar).' }),
  field('responseTime', decimal(), { doc: 'Open-loop response time, in s: how long it may take to reach 90% of a new target after the voltage changes. 0 means no limit; when absent, the device uses its own default.' }),
  field('startTime', dateTime(), { doc: 'When the curve takes effect. Left out only for a default control.' }),
  field('duration', decimal(), { doc: 'How long, in s, the curve stays in effect from startTime. Left out only for a default control.' }),
]);

/** Every DER control a Get...Type reports is named by an id of the CSMS's (a UUID, say). */
const derControlId = field('id', identifierString(36), { required: true, doc: 'Identifier of this DER control.' });

/** Whether a reported DER control is a default one, and whether a higher-priority one has taken over. */
const derControlState = [
  field('isDefault', boolean(), { required: true, doc: 'True for a default control, false for a scheduled one.' }),
  field('isSuperseded', boolean(), { required: true, doc: 'True when a control of the same type with a higher priority (lower priority value) has taken over; a superseded control is not executed (R04.FR.09).' }),
];

export const DERCurveGetType = ocppObject('DERCurveGetType', [
  field('curve', objectOf(DERCurveType), { required: true, doc: 'The curve itself: points, unit, priority and timing.' }),
  derControlId,
  field('curveType', enumOf(DERControlEnumType), { required: true, doc: 'Which kind of DER control the curve is for, e.g. VoltVar, VoltWatt, HVMustTrip or LFMustTrip.' }),
  ...derControlState,
]);

export const EnterServiceType = ocppObject('EnterServiceType', [
  field('priority', integer({ min: 0 }), { required: true, doc: 'Priority of this setting, 0 being the highest.' }),
  field('highVoltage', decimal(), { required: true, doc: 'Upper voltage limit within which the DER may enter service, i.e. start or resume operation after a trip.' }),
  field('lowVoltage', decimal(), { required: true, doc: 'Lower voltage limit within which the DER may enter service.' }),
  field('highFreq', decimal(), { required: true, doc: 'Upper frequency limit within which the DER may enter service.' }),
  field('lowFreq', decimal(), { required: true, doc: 'Lower frequency limit within which the DER may enter service.' }),
  field('delay', decimal(), { doc: 'Waiting time before the DER enters service once voltage and frequency are within limits.' }),
  field('randomDelay', decimal(), { doc: 'Random extra delay before entering service, so that many DERs do not reconnect at the same moment.' }),
  field('rampRate', decimal(), { doc: 'Ramp rate, in s, at which the DER builds up output after entering service.' }),
]);

export const EnterServiceGetType = ocppObject('EnterServiceGetType', [
  field('enterService', objectOf(EnterServiceType), { required: true, doc: 'The enter-service settings. These exist only as a default control.' }),
  derControlId,
]);

export const EventDataType = deriveObject(types201.EventDataType, '2.1', {
  retype: {
    eventId: integer({ min: 0 }),
    cause: integer({ min: 0 }),
    component: objectOf(ComponentType),
    variableMonitoringId: integer({ min: 0 }),
  },
  add: [
    field('severity', integer({ min: 0 }), { doc: 'Severity (0 = most severe, 9 = least) of the monitor in variableMonitoringId, or of the hardwired notification that caused the event.' }),
  ],
});

export const FirmwareType = deriveObject(types201.FirmwareType, '2.1', {
  retype: {
    location: string(2000),
  },
});

export const FixedPFType = ocppObject('FixedPFType', [
  field('priority', integer({ min: 0 }), { required: true, doc: 'Priority of this setting, 0 being the highest.' }),
  field('displacement', decimal(), { required: true, doc: 'The power factor (cos phi) to hold, between 0 and 1.' }),
  field('excitation', boolean(), { required: true, doc: 'True means the DER absorbs reactive power (under-excited); false means it injects it (over-excited).' }),
  field('startTime', dateTime(), { doc: 'When the setting takes effect. Left out for a default control.' }),
  field('duration', decimal(), { doc: 'How long, in s, the setting stays in effect. Left out for a default control.' }),
]);

export const FixedPFGetType = ocppObject('FixedPFGetType', [
  field('fixedPF', objectOf(FixedPFType), { required: true, doc: 'The fixed power factor setting, for absorbing (FixedPFAbsorb) or injecting (FixedPFInject) reactive power.' }),
  derControlId,
  ...derControlState,
]);

export const FixedVarType = ocppObject('FixedVarType', [
  field('priority', integer({ min: 0 }), { required: true, doc: 'Priority of this setting, 0 being the highest.' }),
  field('setpoint', decimal(), { required: true, doc: 'Target reactive power as a signed percentage from -100 to 100, negative when charging and positive when discharging; unit tells what the percentage is of.' }),
  field('unit', enumOf(DERUnitEnumType), { required: true, doc: 'What setpoint is a percentage of, e.g. maximum reactive power (PctMaxVar) or available reactive power (PctVarAvail).' }),
  field('startTime', dateTime(), { doc: 'When the setting takes effect. Left out for a default control.' }),
  field('duration', decimal(), { doc: 'How long, in s, the setting stays in effect. Left out for a default control.' }),
]);

export const FixedVarGetType = ocppObject('FixedVarGetType', [
  field('fixedVar', objectOf(FixedVarType), { required: true, doc: 'The fixed reactive power setting.' }),
  derControlId,
  ...derControlState,
]);

export const FreqDroopType = ocppObject('FreqDroopType', [
  field('priority', integer({ min: 0 }), { required: true, doc: 'Priority of this setting, 0 being the highest.' }),
  field('overFreq', decimal(), { required: true, doc: 'Frequency above which the over-frequency droop response starts.' }),
  field('underFreq', decimal(), { required: true, doc: 'Frequency below which the under-frequency droop response starts.' }),
  field('overDroop', decimal(), { required: true, doc: 'Slope of the response to over-frequency, per unit (oFDroop in IEEE 1547).' }),
  field('underDroop', decimal(), { required: true, doc: 'Slope of the response to under-frequency, per unit (uFDroop in IEEE 1547).' }),
  field('responseTime', decimal(), { required: true, doc: 'Open-loop response time, in s.' }),
  field('startTime', dateTime(), { doc: 'When the setting takes effect. Left out for a default control.' }),
  field('duration', decimal(), { doc: 'How long, in s, the setting stays in effect. Left out for a default control.' }),
]);

export const FreqDroopGetType = ocppObject('FreqDroopGetType', [
  field('freqDroop', objectOf(FreqDroopType), { required: true, doc: 'The frequency droop settings.' }),
  derControlId,
  ...derControlState,
]);

export const GetVariableDataType = deriveObject(types201.GetVariableDataType, '2.1', {
  retype: {
    component: objectOf(ComponentType),
  },
});

export const GetVariableResultType = deriveObject(types201.GetVariableResultType, '2.1', {
  retype: {
    attributeStatusInfo: objectOf(StatusInfoType),
    component: objectOf(ComponentType),
  },
});

export const GradientType = ocppObject('GradientType', [
  field('priority', integer({ min: 0 }), { required: true, doc: 'Priority of this setting, 0 being the highest.' }),
  field('gradient', decimal(), { required: true, doc: 'Normal ramp rate, in s; 0 when it does not apply.' }),
  field('softGradient', decimal(), { required: true, doc: 'Ramp rate, in s, for a soft start; 0 when it does not apply.' }),
]);

export const GradientGetType = ocppObject('GradientGetType', [
  field('gradient', objectOf(GradientType), { required: true, doc: 'The ramp rate settings. These exist only as a default control.' }),
  derControlId,
]);

export const LimitMaxDischargeType = ocppObject('LimitMaxDischargeType', [
  field('priority', integer({ min: 0 }), { required: true, doc: 'Priority of this setting, 0 being the highest.' }),
  field('pctMaxDischargePower', decimal(), { doc: 'Discharge power limit, in % (0-100) of the EV\'s rated maximum discharge power; with powerMonitoringMustTrip, the power level above which that curve applies.' }),
  field('powerMonitoringMustTrip', objectOf(DERCurveType), { doc: 'Trip curve for discharge power: x is time in s, y is in % (0-100) of the EV\'s rated maximum discharge power. It applies once measured power exceeds pctMaxDischargePower, and the EV must trip when power leaves the curve.' }),
  field('startTime', dateTime(), { doc: 'When the setting takes effect. Left out for a default control.' }),
  field('duration', decimal(), { doc: 'How long, in s, the setting stays in effect. Left out for a default control.' }),
]);

export const LimitMaxDischargeGetType = ocppObject('LimitMaxDischargeGetType', [
  derControlId,
  ...derControlState,
  field('limitMaxDischarge', objectOf(LimitMaxDischargeType), { required: true, doc: 'The discharge power limit setting.' }),
]);

export const LogParametersType = deriveObject(types201.LogParametersType, '2.1', {
  retype: {
    remoteLocation: string(2000),
  },
});

export const MessageInfoType = deriveObject(types201.MessageInfoType, '2.1', {
  retype: {
    display: objectOf(ComponentType),
    id: integer({ min: 0 }),
    state: enumOf(MessageStateEnumType),
    message: objectOf(MessageContentType),
  },
  add: [
    field('messageExtra', arrayOf(objectOf(MessageContentType), { minItems: 1, maxItems: 4 }), { doc: 'The same message in up to 4 other languages. Only allowed when the Charging Station has the DisplayMessageLanguage variable (O01.FR.19).' }),
  ],
});

export const SignedMeterValueType = deriveObject(types201.SignedMeterValueType, '2.1', {
  retype: {
    signedMeterData: string(32768),
    // Appendix 7.4 lists the usual values (not drafted: the field was a string in 2.0.1 already).
    signingMethod: openEnumeration(SigningMethodEnumStringType, 50),
  },
  required: ['signedMeterData', 'encodingMethod'],
});

export const SampledValueType = deriveObject(types201.SampledValueType, '2.1', {
  retype: {
    measurand: enumOf(MeasurandEnumType),
    location: enumOf(LocationEnumType),
    signedMeterValue: objectOf(SignedMeterValueType),
  },
});

export const MeterValueType = deriveObject(types201.MeterValueType, '2.1', {
  retype: {
    sampledValue: arrayOf(objectOf(SampledValueType), { minItems: 1 }),
  },
});

export const VariableMonitoringType = deriveObject(types201.VariableMonitoringType, '2.1', {
  retype: {
    id: integer({ min: 0 }),
    type: enumOf(MonitorEnumType),
    severity: integer({ min: 0 }),
  },
  required: ['id', 'transaction', 'value', 'type', 'severity', 'eventNotificationType'],
  add: [
    field('eventNotificationType', enumOf(EventNotificationEnumType), { required: true, doc: 'Where the monitor comes from: HardWiredMonitor, PreconfiguredMonitor or CustomMonitor (set by the CSMS).' }),
  ],
});

export const MonitoringDataType = deriveObject(types201.MonitoringDataType, '2.1', {
  retype: {
    component: objectOf(ComponentType),
    variableMonitoring: arrayOf(objectOf(VariableMonitoringType), { minItems: 1 }),
  },
});

export const VPNType = deriveObject(types201.VPNType, '2.1', {
  retype: {
    server: string(2000),
    user: string(50),
    group: string(50),
    password: string(64),
  },
});

export const NetworkConnectionProfileType = deriveObject(types201.NetworkConnectionProfileType, '2.1', {
  retype: {
    apn: objectOf(APNType),
    ocppVersion: enumOf(OCPPVersionEnumType),
    ocppInterface: enumOf(OCPPInterfaceEnumType),
    ocppTransport: enumOf(OCPPTransportEnumType),
    ocppCsmsUrl: string(2000),
    securityProfile: integer({ min: 0 }),
    vpn: objectOf(VPNType),
  },
  required: ['ocppInterface', 'ocppTransport', 'messageTimeout', 'ocppCsmsUrl', 'securityProfile'],
  add: [
    field('identity', string(48), { doc: 'Identity of the Charging Station for this connection, used as the user name for HTTP Basic authentication.' }),
    field('basicAuthPassword', string(64), { doc: 'Password for HTTP Basic authentication with security profile 1 or 2.' }),
  ],
});

export const OCSPRequestDataType = deriveObject(types201.OCSPRequestDataType, '2.1', {
  retype: {
    responderURL: string(2000),
  },
});

export const VariableCharacteristicsType = deriveObject(types201.VariableCharacteristicsType, '2.1', {
  add: [
    field('maxElements', integer({ min: 1 }), { doc: 'Largest number of valuesList entries that the variable\'s value may hold at once.' }),
  ],
});

export const ReportDataType = deriveObject(types201.ReportDataType, '2.1', {
  retype: {
    component: objectOf(ComponentType),
    variableCharacteristics: objectOf(VariableCharacteristicsType),
  },
});

export const SetMonitoringDataType = deriveObject(types201.SetMonitoringDataType, '2.1', {
  retype: {
    id: integer({ min: 0 }),
    type: enumOf(MonitorEnumType),
    severity: integer({ min: 0 }),
    component: objectOf(ComponentType),
  },
  add: [
    field('periodicEventStream', objectOf(PeriodicEventStreamParamsType), { doc: 'When present, the monitor reports its values over a periodic event stream instead of separate NotifyEventRequests (N11.FR.01). For Periodic, PeriodicClockAligned or Delta monitors.' }),
  ],
});

export const SetMonitoringResultType = deriveObject(types201.SetMonitoringResultType, '2.1', {
  retype: {
    id: integer({ min: 0 }),
    statusInfo: objectOf(StatusInfoType),
    type: enumOf(MonitorEnumType),
    component: objectOf(ComponentType),
    severity: integer({ min: 0 }),
  },
});

export const SetVariableDataType = deriveObject(types201.SetVariableDataType, '2.1', {
  retype: {
    attributeValue: string(2500),
    component: objectOf(ComponentType),
  },
});

export const SetVariableResultType = deriveObject(types201.SetVariableResultType, '2.1', {
  retype: {
    attributeStatusInfo: objectOf(StatusInfoType),
    component: objectOf(ComponentType),
  },
});

export const StreamDataElementType = ocppObject('StreamDataElementType', [
  field('t', decimal(), { required: true, doc: 'When the value was recorded, as an offset from the basetime of the NotifyPeriodicEventStream message; the first value has offset 0.' }),
  field('v', string(2500), { required: true, doc: 'The recorded value, as a string.' }),
]);

export const TariffAssignmentType = ocppObject('TariffAssignmentType', [
  field('tariffId', string(60), { required: true, doc: 'Identifier of the tariff.' }),
  field('tariffKind', enumOf(TariffKindEnumType), { required: true, doc: 'Whether it is a default tariff (DefaultTariff) or one for a specific driver (DriverTariff).' }),
  field('validFrom', dateTime(), { doc: 'When the tariff takes effect, if it has such a time (I09.FR.07).' }),
  field('evseIds', arrayOf(integer({ min: 0 }), { minItems: 1 }), { doc: 'EVSEs on which the tariff is installed or in use (I09.FR.04, I09.FR.05).' }),
  field('idTokens', arrayOf(identifierString(255), { minItems: 1 }), { doc: 'For a driver tariff, the IdTokens it applies to.' }),
]);

export const TariffConditionsFixedType = ocppObject('TariffConditionsFixedType', [
  field('startTimeOfDay', string(), { doc: 'Local time of day from which the price applies, as hh:mm in 24-hour notation, e.g. "08:00".' }),
  field('endTimeOfDay', string(), { doc: 'Local time of day until which the price applies, as hh:mm. If it is before startTimeOfDay the period runs past midnight; use "00:00" to end at midnight.' }),
  field('dayOfWeek', arrayOf(enumOf(DayOfWeekEnumType), { minItems: 1, maxItems: 7 }), { doc: 'Days of the week on which the price applies.' }),
  field('validFromDate', string(), { doc: 'First day, in local time, on which the price applies (inclusive), as YYYY-MM-DD.' }),
  field('validToDate', string(), { doc: 'Day, in local time, from which the price no longer applies (exclusive), as YYYY-MM-DD.' }),
  field('evseKind', enumOf(EvseKindEnumType), { doc: 'Kind of EVSE the price applies to: AC or DC.' }),
  field('paymentBrand', string(20), { doc: 'Payment brand (e.g. a card scheme) the ad hoc price applies to, matched against the additionalIdToken of type "PaymentBrand"; useful for a surcharge.' }),
  field('paymentRecognition', string(20), { doc: 'Kind of ad hoc payment the price applies to, e.g. CC or Debit, matched against the additionalIdToken of type "PaymentRecognition".' }),
]);

export const TariffConditionsType = ocppObject('TariffConditionsType', [
  field('startTimeOfDay', string(), { doc: 'Local time of day from which the price applies, as hh:mm in 24-hour notation, e.g. "08:00".' }),
  field('endTimeOfDay', string(), { doc: 'Local time of day until which the price applies, as hh:mm. If it is before startTimeOfDay the period runs past midnight; use "00:00" to end at midnight.' }),
  field('dayOfWeek', arrayOf(enumOf(DayOfWeekEnumType), { minItems: 1, maxItems: 7 }), { doc: 'Days of the week on which the price applies.' }),
  field('validFromDate', string(), { doc: 'First day, in local time, on which the price applies (inclusive), as YYYY-MM-DD.' }),
  field('validToDate', string(), { doc: 'Day, in local time, from which the price no longer applies (exclusive), as YYYY-MM-DD.' }),
  field('evseKind', enumOf(EvseKindEnumType), { doc: 'Kind of EVSE the price applies to: AC or DC.' }),
  field('minEnergy', decimal(), { doc: 'The price applies once this much energy, in Wh, has been transferred (inclusive). Negative for discharging.' }),
  field('maxEnergy', decimal(), { doc: 'The price applies until this much energy, in Wh, has been transferred (exclusive). Negative for discharging.' }),
  field('minCurrent', decimal(), { doc: 'The price applies while the current, in A summed over all phases, is at or above this value; it is about the present current, not the whole transaction. Negative for discharging.' }),
  field('maxCurrent', decimal(), { doc: 'The price applies while the current, in A summed over all phases, is below this value; it is about the present current, not the whole transaction. Negative for discharging.' }),
  field('minPower', decimal(), { doc: 'The price applies while the power, in W, is at or above this value. For discharging the value is negative, and min is the bound nearest zero.' }),
  field('maxPower', decimal(), { doc: 'The price applies while the power, in W, is below this value. For discharging the value is negative, and max is the bound farthest from zero.' }),
  field('minTime', integer(), { doc: 'The price applies once the transaction (charging and idle time together) has lasted this many seconds (inclusive).' }),
  field('maxTime', integer(), { doc: 'The price applies until the transaction (charging and idle time together) has lasted this many seconds (exclusive).' }),
  field('minChargingTime', integer(), { doc: 'The price applies once the charging time has reached this many seconds (inclusive).' }),
  field('maxChargingTime', integer(), { doc: 'The price applies until the charging time reaches this many seconds (exclusive).' }),
  field('minIdleTime', integer(), { doc: 'The price applies once the idle time (connected, not charging) has reached this many seconds (inclusive).' }),
  field('maxIdleTime', integer(), { doc: 'The price applies until the idle time (connected, not charging) reaches this many seconds (exclusive).' }),
]);

export const TariffEnergyPriceType = ocppObject('TariffEnergyPriceType', [
  field('priceKwh', decimal(), { required: true, doc: 'Price per kWh, without tax.' }),
  field('conditions', objectOf(TariffConditionsType), { doc: 'When this price applies; if absent, it always applies. All conditions given must hold.' }),
]);

export const TariffEnergyType = ocppObject('TariffEnergyType', [
  field('prices', arrayOf(objectOf(TariffEnergyPriceType), { minItems: 1 }), { required: true, doc: 'The energy prices with their conditions; the first one whose conditions hold is used (I12.FR.34).' }),
  field('taxRates', arrayOf(objectOf(TaxRateType), { minItems: 1, maxItems: 5 }), { doc: 'Taxes on the energy price, up to 5. Absent means no tax, which is not the same as a 0% rate.' }),
]);

export const TariffFixedPriceType = ocppObject('TariffFixedPriceType', [
  field('conditions', objectOf(TariffConditionsFixedType), { doc: 'When this fixed price applies; if absent, it always applies. Checked once, at the start of the transaction (I12.FR.30).' }),
  field('priceFixed', decimal(), { required: true, doc: 'The fixed amount, e.g. a start fee.' }),
]);

export const TariffFixedType = ocppObject('TariffFixedType', [
  field('prices', arrayOf(objectOf(TariffFixedPriceType), { minItems: 1 }), { required: true, doc: 'The fixed prices with their conditions.' }),
  field('taxRates', arrayOf(objectOf(TaxRateType), { minItems: 1, maxItems: 5 }), { doc: 'Taxes on the fixed prices, up to 5. Absent means no tax, which is not the same as a 0% rate.' }),
]);

export const TariffTimePriceType = ocppObject('TariffTimePriceType', [
  field('priceMinute', decimal(), { required: true, doc: 'Price per minute, without tax.' }),
  field('conditions', objectOf(TariffConditionsType), { doc: 'When this price applies; if absent, it always applies. All conditions given must hold.' }),
]);

export const TariffTimeType = ocppObject('TariffTimeType', [
  field('prices', arrayOf(objectOf(TariffTimePriceType), { minItems: 1 }), { required: true, doc: 'The time prices with their conditions; the first one whose conditions hold is used (I12.FR.34).' }),
  field('taxRates', arrayOf(objectOf(TaxRateType), { minItems: 1, maxItems: 5 }), { doc: 'Taxes on the time prices, up to 5. Absent means no tax, which is not the same as a 0% rate.' }),
]);

export const TariffType = ocppObject('TariffType', [
  field('tariffId', string(60), { required: true, doc: 'Identifier of the tariff, unique at the Charging Station.' }),
  field('description', arrayOf(objectOf(MessageContentType), { minItems: 1, maxItems: 10 }), { doc: 'Explanation of the tariff for the EV driver, in up to 10 languages.' }),
  field('currency', string(3), { required: true, doc: 'ISO 4217 code of the currency of all prices, e.g. "EUR".' }),
  field('energy', objectOf(TariffEnergyType), { doc: 'Prices per kWh of energy.' }),
  field('validFrom', dateTime(), { doc: 'When the tariff takes effect; if absent, it applies at once.' }),
  field('chargingTime', objectOf(TariffTimeType), { doc: 'Prices per minute of charging time.' }),
  field('idleTime', objectOf(TariffTimeType), { doc: 'Prices per minute of idle time (connected without charging).' }),
  field('fixedFee', objectOf(TariffFixedType), { doc: 'Fixed fees, e.g. a start fee.' }),
  field('reservationTime', objectOf(TariffTimeType), { doc: 'Prices per minute of reservation, charged once at the start of a transaction that used a reservation (I12.FR.06).' }),
  field('reservationFixed', objectOf(TariffFixedType), { doc: 'Fixed fee for a reservation, charged once at the start of a transaction that used a reservation (I12.FR.06).' }),
  field('minCost', objectOf(PriceType), { doc: 'Lowest cost of a transaction with this tariff, with and/or without tax; a lower calculated cost is replaced by it (I12.FR.38).' }),
  field('maxCost', objectOf(PriceType), { doc: 'Highest cost of a transaction with this tariff, with and/or without tax; once reached, no further cost is added (I12.FR.39).' }),
]);

export const TransactionLimitType = ocppObject('TransactionLimitType', [
  field('maxCost', decimal(), { doc: 'Most the transaction may cost, in the currency of the tariff.' }),
  field('maxEnergy', decimal(), { doc: 'Most energy, in Wh, that may be charged in the transaction.' }),
  field('maxTime', integer(), { doc: 'Longest duration of the transaction, in s from start to end.' }),
  field('maxSoC', integer({ min: 0, max: 100 }), { doc: 'State of charge, in %, at which charging must stop.' }),
]);

export const TransactionType = deriveObject(types201.TransactionType, '2.1', {
  retype: {
    chargingState: enumOf(ChargingStateEnumType),
    stoppedReason: enumOf(ReasonEnumType),
  },
  add: [
    field('operationMode', enumOf(OperationModeEnumType), { doc: 'The operation mode in effect for the transaction, e.g. ChargingOnly or CentralSetpoint.' }),
    field('tariffId', string(60), { doc: 'Identifier of the tariff used for the transaction\'s cost.' }),
    field('transactionLimit', objectOf(TransactionLimitType), { doc: 'Limit on the cost, energy, duration or SoC of the transaction; sent once after a limit is set or changed (E16.FR.01, E16.FR.03).' }),
  ],
});
