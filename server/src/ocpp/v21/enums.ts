import { extendEnumeration } from '../derive';
import { enumeration, type EnumValue, type Enumeration } from '../schema';
import * as enums201 from '../v201/enums';

/** The enumerations of OCPP 2.1 (P2-21 §3): those 2.0.1 has unchanged, those 2.1 extends, and those it adds. */

export { AttributeEnumType, AuthorizationStatusEnumType, AuthorizeCertificateStatusEnumType, BootReasonEnumType, CancelReservationStatusEnumType, CertificateActionEnumType, CertificateSignedStatusEnumType, ChangeAvailabilityStatusEnumType, ChargingProfileStatusEnumType, ChargingRateUnitEnumType, ClearCacheStatusEnumType, ClearChargingProfileStatusEnumType, ClearMonitoringStatusEnumType, ComponentCriterionEnumType, ConnectorStatusEnumType, CostKindEnumType, CustomerInformationStatusEnumType, DataEnumType, DataTransferStatusEnumType, DeleteCertificateStatusEnumType, EventNotificationEnumType, EventTriggerEnumType, FirmwareStatusEnumType, GenericDeviceModelStatusEnumType, GenericStatusEnumType, GetCertificateStatusEnumType, GetChargingProfileStatusEnumType, GetDisplayMessagesStatusEnumType, GetInstalledCertificateStatusEnumType, GetVariableStatusEnumType, HashAlgorithmEnumType, InstallCertificateStatusEnumType, Iso15118EVCertificateStatusEnumType, LogStatusEnumType, MessagePriorityEnumType, MonitoringBaseEnumType, MonitoringCriterionEnumType, MutabilityEnumType, OperationalStatusEnumType, PhaseEnumType, PublishFirmwareStatusEnumType, ReadingContextEnumType, RecurrencyKindEnumType, RegistrationStatusEnumType, ReportBaseEnumType, RequestStartStopStatusEnumType, ReserveNowStatusEnumType, ResetStatusEnumType, SendLocalListStatusEnumType, SetMonitoringStatusEnumType, SetNetworkProfileStatusEnumType, SetVariableStatusEnumType, TransactionEventEnumType, TriggerMessageStatusEnumType, UnlockStatusEnumType, UnpublishFirmwareStatusEnumType, UpdateEnumType, UpdateFirmwareStatusEnumType, UploadLogStatusEnumType, VPNEnumType } from '../v201/enums';

export const APNAuthenticationEnumType = extendEnumeration(enums201.APNAuthenticationEnumType, '2.1', [
]);

export const BatterySwapEventEnumType = enumeration('BatterySwapEventEnumType', 'What happened at a battery swap station, reported in a BatterySwapRequest (eventType): batteries put in, taken out, or offered but not collected.', [
  { name: 'BatteryIn', doc: 'The EV driver has put one or more depleted batteries into the swap station.' },
  { name: 'BatteryOut', doc: 'One or more charged batteries have been taken out of the swap station.' },
  { name: 'BatteryOutTimeout', doc: 'The batteries offered to the driver were not taken out before the BatterySwapOutTimeout expired; it closes the swap that began with BatteryIn (S03.FR.06).' },
]);

export const CertificateSigningUseEnumType = extendEnumeration(enums201.CertificateSigningUseEnumType, '2.1', [
  { name: 'V2G20Certificate', doc: 'A V2G certificate for ISO 15118-20 sessions, to be issued under the V2G root.' },
]);

export const CertificateStatusEnumType = enumeration('CertificateStatusEnumType', 'Whether a certificate has been revoked, as found by an OCSP or CRL check; reported per certificate in a GetCertificateChainStatusResponse.', [
  { name: 'Good', doc: 'The certificate is not revoked.' },
  { name: 'Revoked', doc: 'The certificate is revoked and must not be trusted.' },
  { name: 'Unknown', doc: 'The OCSP responder or CRL did not know the certificate.' },
  { name: 'Failed', doc: 'The status could not be determined because the OCSP request or the CRL download failed.' },
]);

export const CertificateStatusSourceEnumType = enumeration('CertificateStatusSourceEnumType', 'How a certificate\'s revocation status is checked: by a certificate revocation list or by an OCSP request.', [
  { name: 'CRL', doc: 'Look the certificate up in a certificate revocation list (CRL) downloaded from one of the given URLs (M07.FR.04).' },
  { name: 'OCSP', doc: 'Ask an OCSP responder at one of the given URLs for the certificate\'s status (M07.FR.01).' },
]);

export const ChargingProfileKindEnumType = extendEnumeration(enums201.ChargingProfileKindEnumType, '2.1', [
  { name: 'Dynamic', doc: 'The schedule has a single period whose setpoint or limit is changed on the fly by the CSMS or an external system, without sending a new profile (K28, K29).' },
]);

export const ChargingProfilePurposeEnumType = extendEnumeration(enums201.ChargingProfilePurposeEnumType, '2.1', [
  { name: 'PriorityCharging', doc: 'Replaces the TxProfile or TxDefaultProfile while the driver has asked for priority charging, either at the station or through the CSMS (K21, K22).' },
  { name: 'LocalGeneration', doc: 'Describes power available from local generation; its capacity comes on top of the limit that the other profiles allow (K27). The CSMS cannot clear it with ClearChargingProfile.' },
]);

export const ChargingStateEnumType = extendEnumeration(enums201.ChargingStateEnumType, '2.1', [
]);

export const ClearMessageStatusEnumType = extendEnumeration(enums201.ClearMessageStatusEnumType, '2.1', [
  { name: 'Rejected', doc: 'The Charging Station knows the message but could not clear it.' },
]);

export const ControlModeEnumType = enumeration('ControlModeEnumType', 'The ISO 15118-20 control mode negotiated between EVSE and EV, reported in the charging needs (controlMode).', [
  { name: 'ScheduledControl', doc: 'The EVSE gives the EV up to three schedules; the EV picks one and follows it itself.' },
  { name: 'DynamicControl', doc: 'The EVSE keeps one schedule and sends the EV a new setpoint at each interval.' },
]);

export const CostDimensionEnumType = enumeration('CostDimensionEnumType', 'Which quantity a cost dimension measures in a charging period of the cost details: energy, current, power or time.', [
  { name: 'Energy', doc: 'Energy transferred in the period, in Wh; negative when more was fed back to the grid than was charged.' },
  { name: 'MaxCurrent', doc: 'Highest current reached in the period, summed over all phases, in A.' },
  { name: 'MinCurrent', doc: 'Lowest current reached in the period, summed over all phases, in A; negative when current flowed from the EV to the grid.' },
  { name: 'MaxPower', doc: 'Highest power reached in the period, in W.' },
  { name: 'MinPower', doc: 'Lowest power reached in the period, in W; negative when power flowed from the EV to the grid.' },
  { name: 'IdleTIme', doc: 'Time in the period without charging, in s. The value is spelled IdleTIme (capital I) in the schema.' },
  { name: 'ChargingTime', doc: 'Time in the period spent charging, in s.' },
]);

export const DERControlEnumType = enumeration('DERControlEnumType', 'The kind of DER control setting or curve: which grid-code function (from IEEE 1547 and similar) a SetDERControl, GetDERControl, ClearDERControl or DER alarm is about.', [
  { name: 'EnterService', doc: 'Conditions under which the DER may return to service after a trip (enterService); default control only.' },
  { name: 'FreqDroop', doc: 'Frequency droop parameters: active power responds to over- and under-frequency (freqDroop).' },
  { name: 'FreqWatt', doc: 'Frequency-Watt curve: active power as a function of grid frequency.' },
  { name: 'FixedPFAbsorb', doc: 'Fixed power factor to hold while absorbing active power (fixedPFAbsorb).' },
  { name: 'FixedPFInject', doc: 'Fixed power factor to hold while injecting active power (fixedPFInject).' },
  { name: 'FixedVar', doc: 'Constant reactive power setpoint (fixedVar).' },
  { name: 'Gradients', doc: 'Default ramp rates for changes in power (gradient); default control only.' },
  { name: 'HFMustTrip', doc: 'High-frequency trip curve: the DER must disconnect when frequency stays above the curve.' },
  { name: 'HFMayTrip', doc: 'High-frequency ride-through curve: the region where the DER may trip or must ride through.' },
  { name: 'HVMustTrip', doc: 'High-voltage trip curve: the DER must disconnect when voltage stays above the curve.' },
  { name: 'HVMomCess', doc: 'High-voltage momentary cessation curve: the DER briefly stops exchanging power while voltage is above it.' },
  { name: 'HVMayTrip', doc: 'High-voltage ride-through curve: the region where the DER may trip or must ride through.' },
  { name: 'LimitMaxDischarge', doc: 'Caps discharge power at a percentage of the rated discharge power (limitMaxDischarge).' },
  { name: 'LFMustTrip', doc: 'Low-frequency trip curve: the DER must disconnect when frequency stays below the curve.' },
  { name: 'LVMustTrip', doc: 'Low-voltage trip curve: the DER must disconnect when voltage stays below the curve.' },
  { name: 'LVMomCess', doc: 'Low-voltage momentary cessation curve: the DER briefly stops exchanging power while voltage is below it.' },
  { name: 'LVMayTrip', doc: 'Low-voltage ride-through curve: the region where the DER may trip or must ride through.' },
  { name: 'PowerMonitoringMustTrip', doc: 'Power monitoring trip curve as defined in VDE-AR-N 4105, section 5.5.2.' },
  { name: 'VoltVar', doc: 'Volt-Var curve: reactive power as a function of voltage.' },
  { name: 'VoltWatt', doc: 'Volt-Watt curve: active power as a function of voltage.' },
  { name: 'WattPF', doc: 'Watt-PowerFactor curve: power factor as a function of active power.' },
  { name: 'WattVar', doc: 'Watt-Var curve: reactive power as a function of active power.' },
]);

export const DERControlStatusEnumType = enumeration('DERControlStatusEnumType', 'The Charging Station\'s answer to a SetDERControl, GetDERControl or ClearDERControl request.', [
  { name: 'Accepted', doc: 'The request was carried out.' },
  { name: 'Rejected', doc: 'The request could not be carried out.' },
  { name: 'NotSupported', doc: 'The Charging Station does not support this kind of DER control or curve.' },
  { name: 'NotFound', doc: 'No DER control with the requested type or id exists (get or clear).' },
]);

export const DERUnitEnumType = enumeration('DERUnitEnumType', 'The unit of the values in a DER curve (yUnit) or a fixed reactive power setting: mostly a percentage of a rated or available quantity.', [
  { name: 'Not_Applicable', doc: 'The values have no unit, as for ride-through and trip curves.' },
  { name: 'PctMaxW', doc: 'Percent of the configured maximum active power.' },
  { name: 'PctMaxVar', doc: 'Percent of the configured maximum reactive power.' },
  { name: 'PctWAvail', doc: 'Percent of the active power still available in reserve.' },
  { name: 'PctVarAvail', doc: 'Percent of the reactive power still available in reserve.' },
  { name: 'PctEffectiveV', doc: 'Percent of the effective voltage.' },
]);

export const DayOfWeekEnumType = enumeration('DayOfWeekEnumType', 'A day of the week, used in tariff conditions (dayOfWeek) to limit on which days a tariff element applies.', [
  { name: 'Monday', doc: 'Monday.' },
  { name: 'Tuesday', doc: 'Tuesday.' },
  { name: 'Wednesday', doc: 'Wednesday.' },
  { name: 'Thursday', doc: 'Thursday.' },
  { name: 'Friday', doc: 'Friday.' },
  { name: 'Saturday', doc: 'Saturday.' },
  { name: 'Sunday', doc: 'Sunday.' },
]);

export const DisplayMessageStatusEnumType = extendEnumeration(enums201.DisplayMessageStatusEnumType, '2.1', [
  { name: 'LanguageNotSupported', doc: 'The message uses a language the Charging Station cannot show, i.e. one missing from DisplayMessageLanguage (O01.FR.18).' },
]);

export const EnergyTransferModeEnumType = extendEnumeration(enums201.EnergyTransferModeEnumType, '2.1', [
  { name: 'AC_BPT', doc: 'AC bidirectional power transfer under ISO 15118-20, without DER control.' },
  { name: 'AC_BPT_DER', doc: 'AC bidirectional power transfer with DER control, per the ISO 15118-20 amendment.' },
  { name: 'AC_DER', doc: 'AC charging only, with DER control, per the ISO 15118-20 amendment (not yet defined there when 2.1 was written).' },
  { name: 'DC_BPT', doc: 'DC bidirectional power transfer under ISO 15118-20.' },
  { name: 'DC_ACDP', doc: 'DC charging through an ACDP (pantograph) connector under ISO 15118-20.' },
  { name: 'DC_ACDP_BPT', doc: 'DC bidirectional power transfer through an ACDP (pantograph) connector under ISO 15118-20.' },
  { name: 'WPT', doc: 'Wireless (inductive) power transfer under ISO 15118-20.' },
]);

export const EvseKindEnumType = enumeration('EvseKindEnumType', 'Whether an EVSE delivers AC or DC, used in tariff conditions (evseKind) so a price can apply to one kind only.', [
  { name: 'AC', doc: 'An AC EVSE.' },
  { name: 'DC', doc: 'A DC EVSE.' },
]);

export const GetCertificateIdUseEnumType = extendEnumeration(enums201.GetCertificateIdUseEnumType, '2.1', [
  { name: 'OEMRootCertificate', doc: 'A vehicle manufacturer (OEM) root certificate, used for mutual TLS with the EV.' },
]);

export const GridEventFaultEnumType = enumeration('GridEventFaultEnumType', 'The kind of grid fault a Charging Station reports in a NotifyDERAlarmRequest (gridEventFault).', [
  { name: 'CurrentImbalance', doc: 'The currents on the phases are out of balance.' },
  { name: 'LocalEmergency', doc: 'An emergency was raised locally.' },
  { name: 'LowInputPower', doc: 'The input power is too low.' },
  { name: 'OverCurrent', doc: 'The current is above its limit.' },
  { name: 'OverFrequency', doc: 'The grid frequency is too high.' },
  { name: 'OverVoltage', doc: 'The grid voltage is too high.' },
  { name: 'PhaseRotation', doc: 'A phase rotation problem (wrong phase sequence) was found.' },
  { name: 'RemoteEmergency', doc: 'An emergency was signalled remotely.' },
  { name: 'UnderFrequency', doc: 'The grid frequency is too low.' },
  { name: 'UnderVoltage', doc: 'The grid voltage is too low.' },
  { name: 'VoltageImbalance', doc: 'The voltages on the phases are out of balance.' },
]);

export const InstallCertificateUseEnumType = extendEnumeration(enums201.InstallCertificateUseEnumType, '2.1', [
  { name: 'OEMRootCertificate', doc: 'A vehicle manufacturer (OEM) root certificate, used for mutual TLS with the EV.' },
]);

export const IslandingDetectionEnumType = enumeration('IslandingDetectionEnumType', 'A method of detecting unintended islanding (the local grid running on without the utility), as supported for an ISO 15118-20 DER session.', [
  { name: 'NoAntiIslandingSupport', doc: 'Islanding detection is not supported.' },
  { name: 'RoCoF', doc: 'Passive method watching the rate of change of frequency (RoCoF).' },
  { name: 'UVP_OVP', doc: 'Passive method using under- and over-voltage protection.' },
  { name: 'UFP_OFP', doc: 'Passive method using under- and over-frequency protection.' },
  { name: 'VoltageVectorShift', doc: 'Passive method watching for a sudden shift of the voltage vector.' },
  { name: 'ZeroCrossingDetection', doc: 'Passive method watching the voltage zero crossings.' },
  { name: 'OtherPassive', doc: 'Some other passive method.' },
  { name: 'ImpedanceMeasurement', doc: 'Active method measuring the grid impedance.' },
  { name: 'ImpedanceAtFrequency', doc: 'Active method measuring the impedance at one particular frequency.' },
  { name: 'SlipModeFrequencyShift', doc: 'Active method using slip-mode frequency shift.' },
  { name: 'SandiaFrequencyShift', doc: 'Active method using Sandia frequency shift (frequency bias).' },
  { name: 'SandiaVoltageShift', doc: 'Active method using Sandia voltage shift.' },
  { name: 'FrequencyJump', doc: 'Active method using frequency jumps.' },
  { name: 'RCLQFactor', doc: 'Active method based on the RCL quality (Q) factor.' },
  { name: 'OtherActive', doc: 'Some other active method.' },
]);

export const LocationEnumType = extendEnumeration(enums201.LocationEnumType, '2.1', [
  { name: 'Upstream', doc: 'Read from a meter further upstream in the local grid, such as the building\'s main meter when the Charging Station sits behind it.' },
]);

export const LogEnumType = extendEnumeration(enums201.LogEnumType, '2.1', [
  { name: 'DataCollectorLog', doc: 'The high-rate samples collected by the DataCollector component of an EVSE (N01.FR.24).' },
]);

export const MeasurandEnumType = extendEnumeration(enums201.MeasurandEnumType, '2.1', [
  { name: 'Current.Export.Offered', doc: 'Highest discharge current the EV may export, the lower of the EV and EVSE limits, in A.' },
  { name: 'Current.Export.Minimum', doc: 'Lowest current the EV can discharge at, the higher of the EV and EVSE minimums, in A.' },
  { name: 'Current.Import.Offered', doc: 'Highest current offered to the EV for charging, in A; same as Current.Offered.' },
  { name: 'Current.Import.Minimum', doc: 'Lowest current the EV can charge at, the higher of the EV and EVSE minimums, in A.' },
  { name: 'Display.PresentSOC', doc: 'The EV battery\'s state of charge now, in %, from the ISO 15118-20 display parameters.' },
  { name: 'Display.MinimumSOC', doc: 'The state of charge, in %, the EV must keep at least for the whole session, from the ISO 15118-20 display parameters.' },
  { name: 'Display.TargetSOC', doc: 'The state of charge, in %, the EV wants to reach, from the ISO 15118-20 display parameters.' },
  { name: 'Display.MaximumSOC', doc: 'The state of charge, in %, above which the EV accepts no more charge, from the ISO 15118-20 display parameters.' },
  { name: 'Display.RemainingTimeToMinimumSOC', doc: 'Seconds still needed to reach the minimum SOC, counted from when the EV sent the value.' },
  { name: 'Display.RemainingTimeToTargetSOC', doc: 'Seconds still needed to reach the target SOC, counted from when the EV sent the value.' },
  { name: 'Display.RemainingTimeToMaximumSOC', doc: 'Seconds still needed to reach the maximum SOC, counted from when the EV sent the value.' },
  { name: 'Display.ChargingComplete', doc: '1 when the EV considers charging finished.' },
  { name: 'Display.BatteryEnergyCapacity', doc: 'Energy, in Wh, the EV battery holds when its displayed SOC is 100%, as calculated by the EV.' },
  { name: 'Display.InletHot', doc: 'Set when the EV inlet is too hot for a given operating condition.' },
  { name: 'Energy.Active.Import.CableLoss', doc: 'Energy lost past the meter (e.g. in the cable), as calculated, in Wh; starts at 0 for each transaction.' },
  { name: 'Energy.Active.Import.LocalGeneration.Register', doc: 'Running total, in Wh, of imported energy that came from local generation; it may restart at 0 when a transaction starts.' },
  { name: 'Energy.Active.Setpoint.Interval', doc: 'Energy, in Wh, the interval would have taken had the setpoint been followed exactly, as calculated by the Charging Station; useful when the setpoint changes often (local load balancing or frequency control). Negative for net export.' },
  { name: 'EnergyRequest.Target', doc: 'Energy, in Wh, still needed to reach the state of charge the EV asked for.' },
  { name: 'EnergyRequest.Minimum', doc: 'Energy, in Wh, still needed to reach the lowest permitted state of charge.' },
  { name: 'EnergyRequest.Maximum', doc: 'Energy, in Wh, still needed to reach the highest permitted state of charge.' },
  { name: 'EnergyRequest.Minimum.V2X', doc: 'Energy, in Wh, up to the lower bound of the SOC range used for V2X cycling; positive while the battery is below that range.' },
  { name: 'EnergyRequest.Maximum.V2X', doc: 'Energy, in Wh, up to the upper bound of the SOC range used for V2X cycling; negative while the battery is above that range.' },
  { name: 'EnergyRequest.Bulk', doc: 'Energy still needed until bulk charging ends, in Wh.' },
  { name: 'Power.Active.Setpoint', doc: 'The power setpoint to follow as closely as possible, in W; negative for discharging.' },
  { name: 'Power.Active.Residual', doc: 'The measured power minus the setpoint, in W; may be negative.' },
  { name: 'Power.Export.Minimum', doc: 'Lowest power the EV can discharge at, the higher of the EV and EVSE minimums, in W.' },
  { name: 'Power.Export.Offered', doc: 'Discharge power offered to the EV, the lower of the EV and EVSE limits, in W.' },
  { name: 'Power.Import.Offered', doc: 'Charging power offered to the EV, the lower of the EV and EVSE limits, in W; same as Power.Offered.' },
  { name: 'Power.Import.Minimum', doc: 'Lowest power the EV can charge at, the higher of the EV and EVSE minimums, in W.' },
  { name: 'Voltage.Minimum', doc: 'Lowest voltage usable for charging or discharging the EV, the higher of the EV and EVSE minimums, in V.' },
  { name: 'Voltage.Maximum', doc: 'Highest voltage usable for charging or discharging the EV, the lower of the EV and EVSE maximums, in V.' },
]);

export const MessageFormatEnumType = extendEnumeration(enums201.MessageFormatEnumType, '2.1', [
  { name: 'QRCODE', doc: 'The content is text, usually a URL, that the Charging Station renders as a QR code on its display. The code is static, so it is not meant for payments.' },
]);

export const MessageStateEnumType = extendEnumeration(enums201.MessageStateEnumType, '2.1', [
  { name: 'Suspended', doc: 'Shown only while charging is suspended during a transaction, by the Charging Station or by the EV.' },
  { name: 'Discharging', doc: 'Shown only while the EV is discharging (bidirectional power transfer).' },
]);

export const MessageTriggerEnumType = extendEnumeration(enums201.MessageTriggerEnumType, '2.1', [
  { name: 'SignV2G20Certificate', doc: 'Like SignV2GCertificate, but the Charging Station must request only a V2G certificate for ISO 15118-20 (A02.FR.23).' },
  { name: 'CustomTrigger', doc: 'Send the message named in the request\'s customTrigger field; a Charging Station that does not support it answers NotImplemented (F06.FR.18, F06.FR.19). The supported names are listed in the CustomTriggers variable.' },
]);

export const MobilityNeedsModeEnumType = enumeration('MobilityNeedsModeEnumType', 'Who may set the mobility needs (minimum and target state of charge, departure time) in an ISO 15118-20 session, as reported in the EV\'s charging needs.', [
  { name: 'EVCC', doc: 'Only the EV decides its minimum and target state of charge and departure time.' },
  { name: 'EVCC_SECC', doc: 'The Charging Station or the CSMS may change the minimum and target state of charge and departure time as well as the EV.' },
]);

export const MonitorEnumType = extendEnumeration(enums201.MonitorEnumType, '2.1', [
  { name: 'TargetDelta', doc: 'Reports an event when the actual value deviates from the variable\'s Target value by more than value, up or down, counted since the monitor was set or its last event (N07.FR.22). E.g. with target 100 and value 10, an actual value below 90 or above 110 fires. Undefined for non-numeric variables.' },
  { name: 'TargetDeltaRelative', doc: 'Like TargetDelta, but value is a fraction of the Target value: the event fires when the actual value is off by more than value times the target. E.g. with target 100 and value 0.1, below 90 or above 110 fires. Undefined for non-numeric variables.' },
]);

export const NotifyAllowedEnergyTransferStatusEnumType = enumeration('NotifyAllowedEnergyTransferStatusEnumType', 'The Charging Station\'s answer to a NotifyAllowedEnergyTransferRequest, in which the CSMS changes which energy transfer modes a transaction may use.', [
  { name: 'Accepted', doc: 'The new list of allowed energy transfers is taken on; the Charging Station then renegotiates the service with the EV over ISO 15118 (Q02.FR.06).' },
  { name: 'Rejected', doc: 'The new list was refused; this is expected only in case of technical problems.' },
]);

export const NotifyEVChargingNeedsStatusEnumType = extendEnumeration(enums201.NotifyEVChargingNeedsStatusEnumType, '2.1', [
  { name: 'NoChargingProfile', doc: 'The CSMS will not send a charging profile for now, so the Charging Station should not wait for one; it uses a TxDefaultProfile or charges without a limit instead (K18.FR.04, K19.FR.04). In ISO 15118-20 sessions this is used where no profile is available, while Rejected means the requested energy transfer type is not possible.' },
]);

export const OCPPInterfaceEnumType = extendEnumeration(enums201.OCPPInterfaceEnumType, '2.1', [
  { name: 'Any', doc: 'Whichever network interface works.' },
]);

export const OCPPTransportEnumType = extendEnumeration(enums201.OCPPTransportEnumType, '2.1', [
]);

export const OCPPVersionEnumType = extendEnumeration(enums201.OCPPVersionEnumType, '2.1', [
  { name: 'OCPP201', doc: 'OCPP 2.0.1, WebSocket subprotocol ocpp2.0.1.' },
  { name: 'OCPP21', doc: 'OCPP 2.1, WebSocket subprotocol ocpp2.1. In 2.1 the ocppVersion field of a network profile is ignored, since the WebSocket handshake decides the version.' },
]);

export const OperationModeEnumType = enumeration('OperationModeEnumType', 'How charging, or discharging, is controlled during a charging schedule period (operationMode), also reported in a transaction\'s transactionInfo. ChargingOnly when absent; the other modes decide who sets the setpoint or limits.', [
  { name: 'Idle', doc: 'The EV neither charges nor discharges and stays on standby or asleep to save energy, though preconditioning is allowed. limit, dischargeLimit, setpoint and setpointReactive must be absent (Q10.FR.01).' },
  { name: 'ChargingOnly', doc: 'Plain charging or smart charging as in OCPP 2.0.1: limit caps the charging rate, and setpoint and dischargeLimit are not used. The default when operationMode is absent.' },
  { name: 'CentralSetpoint', doc: 'The CSMS, possibly relaying another party, gives a setpoint the EV follows as closely as it can; positive charges, negative discharges. With a Dynamic profile the setpoint can be updated via UpdateDynamicSchedule.' },
  { name: 'ExternalSetpoint', doc: 'An external actor such as an EMS sets the setpoint directly at the Charging Station, not via the CSMS; limit and dischargeLimit may bound its range.' },
  { name: 'ExternalLimits', doc: 'An external actor such as an EMS sets limit and dischargeLimit directly at the Charging Station, rather than a setpoint.' },
  { name: 'CentralFrequency', doc: 'Frequency support where the CSMS (or a party behind it) computes the setpoint, e.g. from calibrated frequency measurements; used with a Dynamic profile that the CSMS keeps updating.' },
  { name: 'LocalFrequency', doc: 'Frequency support (FCR or aFRR) where the Charging Station derives the setpoint itself, from the locally measured frequency on v2xFreqWattCurve or from an aFRR signal on v2xSignalWattCurve. Needs a chargingRateUnit of W.' },
  { name: 'LocalLoadBalancing', doc: 'The Charging Station uses the EV to balance a local load, such as a building with solar panels, computing the setpoint from the measured load and configured thresholds and offsets.' },
]);

export const PaymentStatusEnumType = enumeration('PaymentStatusEnumType', 'The outcome of settling an ad hoc payment with the payment service provider (PSP), reported in a NotifySettlementRequest.', [
  { name: 'Settled', doc: 'The PSP settled the payment.' },
  { name: 'Canceled', doc: 'There was nothing to bill for the transaction, so the payment was canceled at the PSP, e.g. when the session ended before charging started (C19.FR.02).' },
  { name: 'Rejected', doc: 'The PSP refused the settlement (C22.FR.01).' },
  { name: 'Failed', doc: 'The settlement could not be completed for technical reasons, e.g. the PSP could not be reached; sent after the last attempt (C22.FR.02).' },
]);

export const PowerDuringCessationEnumType = enumeration('PowerDuringCessationEnumType', 'Which kind of power the EV must keep supplying to the grid during a fault ride-through, as set by the momentary cessation curves (HVMomCess, LVMomCess); sent only when such feed-in is required.', [
  { name: 'Active', doc: 'Feed in active power.' },
  { name: 'Reactive', doc: 'Feed in reactive power.' },
]);

export const PreconditioningStatusEnumType = enumeration('PreconditioningStatusEnumType', 'How far the EV\'s battery management system (BMS) is in preconditioning the battery, reported in a TransactionEventRequest; Unknown when absent.', [
  { name: 'Unknown', doc: 'Nothing is known about preconditioning.' },
  { name: 'Ready', doc: 'The battery is preconditioned and can follow a charging (or discharging) setpoint right away.' },
  { name: 'NotReady', doc: 'Per P2-21 §3.79: the BMS is still preconditioning the battery and will report Ready when it is done. (The name reads like the opposite of Preconditioning\'s description; this follows the specification\'s text.)' },
  { name: 'Preconditioning', doc: 'Per P2-21 §3.79: the battery is not preconditioned and cannot follow a setpoint straight away. (The name reads like the opposite of NotReady\'s description; this follows the specification\'s text.)' },
]);

export const PriorityChargingStatusEnumType = enumeration('PriorityChargingStatusEnumType', 'The Charging Station\'s answer to a UsePriorityChargingRequest.', [
  { name: 'Accepted', doc: 'Priority charging is switched on (or off) as asked.' },
  { name: 'Rejected', doc: 'The request was refused, e.g. because no ongoing transaction has the given transactionId (K21.FR.02).' },
  { name: 'NoProfile', doc: 'No PriorityCharging charging profile is installed for the transaction\'s EVSE or for EVSE 0 (K21.FR.01).' },
]);

export const ReasonEnumType = extendEnumeration(enums201.ReasonEnumType, '2.1', [
  { name: 'ReqEnergyTransferRejected', doc: 'The CSMS did not grant the energy transfer type the EV requested, so the transaction was ended (K18.FR.23, K19.FR.16).' },
]);

export const ReservationUpdateStatusEnumType = extendEnumeration(enums201.ReservationUpdateStatusEnumType, '2.1', [
  { name: 'NoTransaction', doc: 'The reservation was claimed by its IdToken, but no transaction started within EVConnectionTimeout, e.g. because no cable was plugged in (H03.FR.11).' },
]);

export const ResetEnumType = extendEnumeration(enums201.ResetEnumType, '2.1', [
  { name: 'ImmediateAndResume', doc: 'Reset right away and resume the ongoing transactions afterwards. Supported only when TxResumptionTimeout exists and is above zero; otherwise the reset is Rejected (B13.FR.01).' },
]);

export const TariffChangeStatusEnumType = enumeration('TariffChangeStatusEnumType', 'The Charging Station\'s answer to a ChangeTransactionTariffRequest.', [
  { name: 'Accepted', doc: 'The new tariff is applied to the transaction; this is then reported with triggerReason TariffChanged (I11.FR.07).' },
  { name: 'Rejected', doc: 'The new tariff was refused; statusInfo gives details.' },
  { name: 'TooManyElements', doc: 'The tariff has more elements than the Charging Station can handle (TariffMaxElements) (I11.FR.02).' },
  { name: 'ConditionNotSupported', doc: 'The tariff uses a condition the Charging Station does not support, or it supports no conditions at all (I11.FR.03).' },
  { name: 'TxNotFound', doc: 'No active transaction has the given transactionId, or it has already ended (I11.FR.04).' },
  { name: 'NoCurrencyChange', doc: 'The new tariff uses a different currency from the current one, and a transaction may not switch currency (I11.FR.05).' },
]);

export const TariffClearStatusEnumType = enumeration('TariffClearStatusEnumType', 'The outcome of clearing tariffs, per result in a ClearTariffsResponse.', [
  { name: 'Accepted', doc: 'The tariffs were cleared.' },
  { name: 'Rejected', doc: 'The tariffs were not cleared; statusInfo gives details.' },
  { name: 'NoTariff', doc: 'No tariff exists, or none matches the given tariffIds or EVSE (I10.FR.06).' },
]);

export const TariffCostEnumType = enumeration('TariffCostEnumType', 'Whether a total cost is the normally calculated amount or was capped by the tariff\'s minimum or maximum cost.', [
  { name: 'NormalCost', doc: 'The cost as calculated from the tariff, without a minimum or maximum applied.' },
  { name: 'MinCost', doc: 'The cost was raised to the tariff\'s minimum cost.' },
  { name: 'MaxCost', doc: 'The cost was capped at the tariff\'s maximum cost.' },
]);

export const TariffGetStatusEnumType = enumeration('TariffGetStatusEnumType', 'The Charging Station\'s answer to a GetTariffsRequest.', [
  { name: 'Accepted', doc: 'The request was handled; tariffAssignments lists the tariffs found.' },
  { name: 'Rejected', doc: 'The request was refused; statusInfo gives details.' },
  { name: 'NoTariff', doc: 'The Charging Station, or the given EVSE, has no tariffs; tariffAssignments is then absent (I09.FR.03).' },
]);

export const TariffKindEnumType = enumeration('TariffKindEnumType', 'Whether a tariff in a GetTariffsResponse is a default tariff or one for specific drivers.', [
  { name: 'DefaultTariff', doc: 'A default tariff, applying to all drivers on the EVSEs where it is installed.' },
  { name: 'DriverTariff', doc: 'A tariff for particular drivers, listed by their IdTokens.' },
]);

export const TariffSetStatusEnumType = enumeration('TariffSetStatusEnumType', 'The Charging Station\'s answer to a SetDefaultTariffRequest.', [
  { name: 'Accepted', doc: 'The default tariff was stored.' },
  { name: 'Rejected', doc: 'The default tariff was refused; statusInfo gives details.' },
  { name: 'TooManyElements', doc: 'The tariff holds more energy, time and fixed price elements in total than the Charging Station can handle (I07.FR.02).' },
  { name: 'ConditionNotSupported', doc: 'The tariff uses conditions while the Charging Station does not support them (I07.FR.03).' },
  { name: 'DuplicateTariffId', doc: 'The Charging Station already holds a tariff with this tariffId (I07.FR.04).' },
]);

export const TriggerReasonEnumType = extendEnumeration(enums201.TriggerReasonEnumType, '2.1', [
  { name: 'CostLimitReached', doc: 'The transaction reached its maximum cost (transactionLimit.maxCost), so energy transfer is suspended or the transaction ends (E16.FR.05, E16.FR.06).' },
  { name: 'LimitSet', doc: 'A cost, energy, time or state of charge limit for the transaction was set or changed; the limit is included in transactionInfo.transactionLimit (E16.FR.01).' },
  { name: 'OperationModeChanged', doc: 'A new charging schedule period started with a different operationMode, which is included in transactionInfo (K01.FR.110).' },
  { name: 'RunningCost', doc: 'Sent only to report an update of the running cost in costDetails (I12.FR.03).' },
  { name: 'SoCLimitReached', doc: 'The EV reached the state of charge limit in transactionLimit.maxSoC, so energy transfer is suspended or the transaction ends (E16.FR.05, E16.FR.06).' },
  { name: 'TariffChanged', doc: 'A different tariff now applies to the transaction; transactionInfo.tariffId holds the new one (I11.FR.07).' },
  { name: 'TariffNotAccepted', doc: 'The EV Driver did not accept the tariff, so the transaction\'s IdToken is deauthorized and no energy is delivered (I07.FR.30, I08.FR.20).' },
  { name: 'TxResumed', doc: 'The transaction was resumed after a reset or power outage (B13.FR.30, E17.FR.14).' },
]);

/**
 * The values Appendix 7 lists for a field 2.1 made a string (any other string is accepted too), in the appendix's
 * order: a name 2.0.1's enumeration had is 2.0.1's value itself, a new one is written out.
 */
function appendixValues(name: string, doc: string, before: Enumeration, values: readonly (string | EnumValue)[]): Enumeration {
  const earlier = new Map(before.values.map((v) => [v.name, v]));
  // A value the 2.0.1 enumeration lacked is new in 2.1, and hover says so like any other added value.
  return enumeration(name, doc, values.map((v) => (typeof v === 'string' ? earlier.get(v) as EnumValue : { ...v, since: '2.1' })));
}

export const IdTokenEnumStringType = appendixValues('IdTokenEnumStringType', 'What kind of identifier an IdToken is, which also sets its format. Since 2.1 a string with these standard values rather than a closed enumeration, so other values may occur.', enums201.IdTokenEnumType, [
  'Central',
  { name: 'DirectPayment', doc: 'A token obtained when a bank card was authorized at a payment terminal, normally the payment service provider\'s reference (pspRef) for that payment.' },
  'eMAID',
  { name: 'EVCCID', doc: 'The EV\'s EVCCID: its MAC address with ISO 15118-2, or an id of up to 255 characters with ISO 15118-20.' },
  'ISO14443',
  'ISO15693',
  'KeyCode',
  'Local',
  'MacAddress',
  'NoAuthorization',
  { name: 'VIN', doc: 'The EV\'s Vehicle Identification Number.' },
]);

export const ChargingLimitSourceEnumStringType = appendixValues('ChargingLimitSourceEnumStringType', 'Who set a charging limit or charging profile. Since 2.1 a string with these standard values rather than a closed enumeration, so other values may occur.', enums201.ChargingLimitSourceEnumType, [
  'EMS',
  'Other',
  'SO',
  'CSO',
]);

export const ConnectorEnumStringType = appendixValues('ConnectorEnumStringType', 'The physical type of a connector or socket. The prefix "c" means a captive cable, "s" a socket, "w" a wireless link, "b" a swappable battery. Since 2.1 a string with these standard values rather than a closed enumeration, so other values may occur.', enums201.ConnectorEnumType, [
  'cCCS1',
  'cCCS2',
  { name: 'cChaoJi', doc: 'ChaoJi (CHAdeMO 3.0) on a captive cable.' },
  'cG105',
  { name: 'cGBT-DC', doc: 'Chinese GB/T DC connector (GB/T 20234.3) on a captive cable.' },
  { name: 'cLECCS', doc: 'Light Equipment Combined Charging System (IS 17017) on a captive cable.' },
  { name: 'cMCS', doc: 'Megawatt Charging System on a captive cable.' },
  { name: 'cNACS', doc: 'North American Charging Standard (SAE J3400) on a captive cable.' },
  { name: 'cNACS-CCS1', doc: 'NACS cable with a built-in adapter to CCS1 (Tesla MagicDock).' },
  { name: 'cCCS1-NACS', doc: 'CCS1 cable with a built-in adapter to NACS (Omni Port).' },
  'cTesla',
  'cType1',
  'cType2',
  { name: 'cUltraChaoJi', doc: 'Ultra-ChaoJi, for megawatt charging, on a captive cable.' },
  's309-1P-16A',
  's309-1P-32A',
  's309-3P-16A',
  's309-3P-32A',
  'sBS1361',
  'sCEE-7-7',
  { name: 'sType1', doc: 'IEC 62196-2 Type 1 (J1772) socket.' },
  'sType2',
  'sType3',
  'wInductive',
  'wResonant',
  'Other1PhMax16A',
  'Other1PhOver16A',
  'Other3Ph',
  'Pan',
  'Undetermined',
  'Unknown',
]);

/** Appendix 7.4's values for SignedMeterValueType's signingMethod, a string in 2.0.1 already (other values may occur). */
export const SigningMethodEnumStringType = enumeration('SigningMethodEnumStringType', 'How a meter signed its reading: the signature algorithm, the elliptic curve and the hash, in one name.', [
  { name: 'ECDSA-secp192k1-SHA256', doc: 'ECDSA on the 192-bit Koblitz curve secp192k1, hashing with SHA-256.' },
  { name: 'ECDSA-secp256k1-SHA256', doc: 'ECDSA on the 256-bit Koblitz curve secp256k1, hashing with SHA-256.' },
  { name: 'ECDSA-secp192r1-SHA256', doc: 'ECDSA on the 192-bit NIST curve secp192r1 (P-192), hashing with SHA-256.' },
  { name: 'ECDSA-secp256r1-SHA256', doc: 'ECDSA on the 256-bit NIST curve secp256r1 (P-256), hashing with SHA-256.' },
  { name: 'ECDSA-brainpool256r1-SHA256', doc: 'ECDSA on the 256-bit Brainpool curve brainpoolP256r1, hashing with SHA-256.' },
  { name: 'ECDSA-secp384r1-SHA256', doc: 'ECDSA on the 384-bit NIST curve secp384r1 (P-384), hashing with SHA-256.' },
  { name: 'ECDSA-brainpool384r1-SHA256', doc: 'ECDSA on the 384-bit Brainpool curve brainpoolP384r1, hashing with SHA-256.' },
]);
