import type { CallErrorSpelling } from '../catalog';
import { enumeration, type EnumValue } from '../schema';

/** A ChargePointStatus value also says whether it counts as operative and whether connector 0 may report it. */
export interface StatusValue extends EnumValue {
  readonly operative: boolean;
  /** True for the three statuses the main controller (connectorId 0) may report (OCPP 1.6 §4.9, §7.7). */
  readonly mainController: boolean;
}

// OCPP 1.6 §7.7
export const ChargePointStatus = enumeration<StatusValue>(
  'ChargePointStatus',
  'The state a connector, or the whole charge point when connectorId is 0, is in.',
  [
    { name: 'Available', operative: true, mainController: true,
      doc: 'Free and ready: a new driver can start using it.' },
    { name: 'Preparing', operative: true, mainController: false,
      doc: 'Taken but not yet charging: a tag was presented, a cable plugged in or the bay occupied, and no transaction runs yet.' },
    { name: 'Charging', operative: true, mainController: false,
      doc: 'The contactor is closed and the vehicle can draw energy.' },
    { name: 'SuspendedEVSE', operative: true, mainController: false,
      doc: 'A vehicle is connected but the charger is not offering energy, e.g. because of a smart-charging limit, a local power constraint or a refused StartTransaction.' },
    { name: 'SuspendedEV', operative: true, mainController: false,
      doc: 'The charger offers energy but the connected vehicle is not taking any.' },
    { name: 'Finishing', operative: true, mainController: false,
      doc: 'The transaction has stopped but the connector is not free yet, e.g. the cable is still plugged in or the bay still occupied.' },
    { name: 'Reserved', operative: true, mainController: false,
      doc: 'Held for a reservation (ReserveNow): only the reserving idTag may use it.' },
    { name: 'Unavailable', operative: false, mainController: true,
      doc: 'Taken out of service, typically by ChangeAvailability: it will not start new charging sessions.' },
    { name: 'Faulted', operative: false, mainController: true,
      doc: 'An error stops it from working; errorCode says which.' },
  ],
);

// OCPP 1.6 §7.6
export const ChargePointErrorCode = enumeration(
  'ChargePointErrorCode',
  'The error a charge point reports alongside its status; NoError when there is none.',
  [
    { name: 'ConnectorLockFailure', doc: 'The connector could not be locked or unlocked.' },
    { name: 'EVCommunicationError', doc: 'Talking to the vehicle failed (for example over the Mode 3 pilot). Not a fault: use it with Preparing, SuspendedEV, SuspendedEVSE or Finishing rather than Faulted.' },
    { name: 'GroundFailure', doc: 'The ground-fault (residual current) protection has tripped.' },
    { name: 'HighTemperature', doc: 'It is too hot inside the charge point.' },
    { name: 'InternalError', doc: 'A hardware or software component inside the charge point failed.' },
    { name: 'LocalListConflict', doc: 'Authorization data from the Central System contradicts the local authorization list.' },
    { name: 'NoError', doc: 'Nothing is wrong.' },
    { name: 'OtherError', doc: 'An error none of the other codes covers; vendorErrorCode should say more.' },
    { name: 'OverCurrentFailure', doc: 'The over-current protection has tripped.' },
    { name: 'OverVoltage', doc: 'The supply voltage is above the acceptable range.' },
    { name: 'PowerMeterFailure', doc: 'The energy or power meter could not be read.' },
    { name: 'PowerSwitchFailure', doc: 'The power switch (contactor) could not be controlled.' },
    { name: 'ReaderFailure', doc: 'The idTag (RFID) reader failed.' },
    { name: 'ResetFailure', doc: 'A reset could not be carried out.' },
    { name: 'UnderVoltage', doc: 'The supply voltage is below the acceptable range.' },
    { name: 'WeakSignal', doc: 'The wireless modem reports a weak signal.' },
  ],
  // Most notifications report no error.
  'NoError',
);

// OCPP-J 1.6 §4.2.3. Both misspellings (FormationViolation, OccurenceConstraintViolation) are the 1.6 names;
// the errata keep them, and OCPP 2.x renamed them.
export const CallErrorCode = enumeration(
  'CallErrorCode',
  'Why a CALL could not be answered with a CALLRESULT (OCPP-J 1.6).',
  [
    { name: 'NotImplemented', doc: 'The receiver does not know this action at all.' },
    { name: 'NotSupported', doc: 'The receiver knows the action but does not support it.' },
    { name: 'InternalError', doc: 'Something went wrong inside the receiver while handling the call.' },
    { name: 'ProtocolError', doc: 'The payload is incomplete for this action.' },
    { name: 'SecurityError', doc: 'A security problem stopped the receiver from completing the call.' },
    { name: 'FormationViolation', doc: 'The payload is syntactically wrong or does not follow the message\'s structure. (OCPP 2.x spells this FormatViolation.)' },
    { name: 'PropertyConstraintViolation', doc: 'A field holds a value its type allows but its constraints do not.' },
    { name: 'OccurenceConstraintViolation', doc: 'A field appears too often or too rarely. (OCPP 1.6 spells it with one "r"; 2.x spells it OccurrenceConstraintViolation.)' },
    { name: 'TypeConstraintViolation', doc: 'A field has the wrong data type, e.g. a string where a number belongs.' },
    { name: 'GenericError', doc: 'Any other error.' },
  ],
);

/** OCPP 2.x spellings of 1.6 CALLERROR codes, so a message can explain the difference. */
export const callErrorCodeRenamedInLaterVersions: Readonly<Record<string, CallErrorSpelling>> = Object.fromEntries(
  Object.entries({ FormatViolation: 'FormationViolation', OccurrenceConstraintViolation: 'OccurenceConstraintViolation' }).map(([later, code]) => [
    later,
    { code, explanation: `is the OCPP 2.x spelling; OCPP-J 1.6 calls this error "${code}" (the 1.6 spelling is kept on purpose).` },
  ]),
);

// The enumerations of OCPP 1.6 §7, in the section's order. Values keep the spelling the JSON schemas use.

// OCPP 1.6 §7.2
export const AuthorizationStatus = enumeration(
  'AuthorizationStatus',
  'The Central System\'s verdict on an idTag, returned inside IdTagInfo.',
  [
    { name: 'Accepted', doc: 'The idTag may be used to charge.' },
    { name: 'Blocked', doc: 'The idTag is known but blocked: no charging.' },
    { name: 'Expired', doc: 'The idTag is known but no longer valid: no charging.' },
    { name: 'Invalid', doc: 'The idTag is not known: no charging.' },
    { name: 'ConcurrentTx', doc: 'The idTag is already in use in another transaction and may not start a second one. Only meaningful in a StartTransaction.conf.' },
  ],
);

// OCPP 1.6 §7.3
export const AvailabilityStatus = enumeration(
  'AvailabilityStatus',
  'How the charge point answers a ChangeAvailability request.',
  [
    { name: 'Accepted', doc: 'The availability change is done (or being done) now.' },
    { name: 'Rejected', doc: 'The charge point will not change its availability.' },
    { name: 'Scheduled', doc: 'Accepted, but it takes effect only once the running transaction(s) have ended.' },
  ],
);

// OCPP 1.6 §7.4
export const AvailabilityType = enumeration(
  'AvailabilityType',
  'The availability a ChangeAvailability request asks for.',
  [
    { name: 'Inoperative', doc: 'Take the connector (or the whole charge point) out of service: it reports Unavailable and starts no new charging.' },
    { name: 'Operative', doc: 'Put the connector (or the whole charge point) back in service for charging.' },
  ],
);

// OCPP 1.6 §7.5
export const CancelReservationStatus = enumeration(
  'CancelReservationStatus',
  'How the charge point answers a CancelReservation request.',
  [
    { name: 'Accepted', doc: 'The reservation existed and is now cancelled.' },
    { name: 'Rejected', doc: 'No active reservation has that reservationId, so nothing was cancelled.' },
  ],
);

// OCPP 1.6 §7.9
export const ChargingProfileKindType = enumeration(
  'ChargingProfileKindType',
  'What the times in a charging profile\'s schedule count from.',
  [
    { name: 'Absolute', doc: 'Periods count from a fixed moment: the schedule\'s startSchedule.' },
    { name: 'Recurring', doc: 'The schedule repeats every day or week (see recurrencyKind), counting from startSchedule.' },
    { name: 'Relative', doc: 'Periods count from a moment the charge point picks, typically the start of the transaction; leave startSchedule out.' },
  ],
);

// OCPP 1.6 §7.10
export const ChargingProfilePurposeType = enumeration(
  'ChargingProfilePurposeType',
  'What a charging profile limits.',
  [
    { name: 'ChargePointMaxProfile', doc: 'A ceiling for the whole charge point (set on connectorId 0), e.g. to respect the grid connection.' },
    { name: 'TxDefaultProfile', doc: 'The limit every new transaction starts with, unless a TxProfile for it is given. On connectorId 0 it applies to all connectors.' },
    { name: 'TxProfile', doc: 'A limit for one transaction: the running one on the connector, or the one a RemoteStartTransaction starts. It ends with the transaction.' },
  ],
);

// OCPP 1.6 §7.11
export const ChargingProfileStatus = enumeration(
  'ChargingProfileStatus',
  'How the charge point answers a SetChargingProfile request.',
  [
    { name: 'Accepted', doc: 'The profile is installed and will be applied.' },
    { name: 'Rejected', doc: 'The profile was refused, e.g. because it is invalid or the connector does not exist.' },
    { name: 'NotSupported', doc: 'The charge point does not support smart charging.' },
  ],
);

// OCPP 1.6 §7.12
export const ChargingRateUnitType = enumeration(
  'ChargingRateUnitType',
  'The unit a charging schedule\'s limits are expressed in.',
  [
    { name: 'W', doc: 'Watts: the total power over all phases. Usual for DC charging; on AC the charge point divides by line voltage and numberPhases (3 if absent).' },
    { name: 'A', doc: 'Amperes per phase (not summed over phases). Usual for AC charging.' },
  ],
);

// OCPP 1.6 §7.20
export const ClearCacheStatus = enumeration(
  'ClearCacheStatus',
  'How the charge point answers a ClearCache request.',
  [
    { name: 'Accepted', doc: 'The authorization cache has been emptied.' },
    { name: 'Rejected', doc: 'The cache was not emptied, e.g. because the charge point has no cache.' },
  ],
);

// OCPP 1.6 §7.21
export const ClearChargingProfileStatus = enumeration(
  'ClearChargingProfileStatus',
  'How the charge point answers a ClearChargingProfile request.',
  [
    { name: 'Accepted', doc: 'Matching profiles were found and removed.' },
    { name: 'Unknown', doc: 'No profile matched the given criteria; nothing was removed.' },
  ],
);

// OCPP 1.6 §7.22
export const ConfigurationStatus = enumeration(
  'ConfigurationStatus',
  'How the charge point answers a ChangeConfiguration request.',
  [
    { name: 'Accepted', doc: 'The key exists and now has the new value.' },
    { name: 'Rejected', doc: 'The key exists but the value was not applied, e.g. it is read-only or the value is out of range.' },
    { name: 'RebootRequired', doc: 'The new value is stored but only takes effect after a reboot, which the charge point will not do on its own.' },
    { name: 'NotSupported', doc: 'The charge point does not know this key.' },
  ],
);

// OCPP 1.6 §7.23
export const DataTransferStatus = enumeration(
  'DataTransferStatus',
  'How the receiver answers a DataTransfer request.',
  [
    { name: 'Accepted', doc: 'The vendor-specific request was understood and carried out.' },
    { name: 'Rejected', doc: 'The vendor-specific request was understood but refused.' },
    { name: 'UnknownMessageId', doc: 'The vendorId is known but the messageId is not.' },
    { name: 'UnknownVendorId', doc: 'The receiver has no vendor-specific extension for this vendorId.' },
  ],
);

// OCPP 1.6 §7.24
export const DiagnosticsStatus = enumeration(
  'DiagnosticsStatus',
  'Progress of a diagnostics upload, reported in DiagnosticsStatusNotification.',
  [
    { name: 'Idle', doc: 'No diagnostics upload is going on. Only send it in answer to a TriggerMessage.' },
    { name: 'Uploaded', doc: 'The diagnostics file has been uploaded.' },
    { name: 'UploadFailed', doc: 'The upload did not succeed (after any retries).' },
    { name: 'Uploading', doc: 'The diagnostics file is being uploaded now.' },
  ],
);

// OCPP 1.6 §7.25
export const FirmwareStatus = enumeration(
  'FirmwareStatus',
  'Progress of a firmware update, reported in FirmwareStatusNotification.',
  [
    { name: 'Downloaded', doc: 'The new firmware has been downloaded.' },
    { name: 'DownloadFailed', doc: 'Downloading the firmware did not succeed (after any retries).' },
    { name: 'Downloading', doc: 'The firmware is being downloaded now.' },
    { name: 'Idle', doc: 'No firmware update is going on. Only send it in answer to a TriggerMessage.' },
    { name: 'InstallationFailed', doc: 'The firmware could not be installed.' },
    { name: 'Installing', doc: 'The firmware is being installed now.' },
    { name: 'Installed', doc: 'The new firmware is installed and running.' },
  ],
);

// OCPP 1.6 §7.26
export const GetCompositeScheduleStatus = enumeration(
  'GetCompositeScheduleStatus',
  'How the charge point answers a GetCompositeSchedule request.',
  [
    { name: 'Accepted', doc: 'The composite schedule was calculated and is in the response.' },
    { name: 'Rejected', doc: 'The charge point could not produce a schedule, e.g. for an unknown connector; the schedule fields may be absent.' },
  ],
);

// OCPP 1.6 §7.30
export const Location = enumeration(
  'Location',
  'Where a sampled value was measured. Outlet when absent.',
  [
    { name: 'Body', doc: 'Inside the charge point\'s housing, e.g. for a Temperature reading.' },
    { name: 'Cable', doc: 'On the cable between the vehicle and the charge point.' },
    { name: 'EV', doc: 'Measured by the vehicle itself, e.g. SoC.' },
    { name: 'Inlet', doc: 'At the charge point\'s grid connection; typically reported with connectorId 0.' },
    { name: 'Outlet', doc: 'At the connector. The default.' },
  ],
);

// OCPP 1.6 §7.31 ("Import" is energy flowing from the grid towards the vehicle, "Export" the other way)
export const Measurand = enumeration(
  'Measurand',
  'What quantity a sampled value measures. Energy.Active.Import.Register when absent.',
  [
    { name: 'Current.Export', doc: 'Momentary current flowing from the vehicle (A).' },
    { name: 'Current.Import', doc: 'Momentary current flowing to the vehicle (A).' },
    { name: 'Current.Offered', doc: 'The most current the charge point offers the vehicle right now (A), e.g. after smart-charging limits.' },
    { name: 'Energy.Active.Export.Register', doc: 'Meter register reading of active energy sent back to the grid (Wh or kWh). Never decreases.' },
    { name: 'Energy.Active.Import.Register', doc: 'Meter register reading of active energy drawn from the grid (Wh or kWh). Never decreases. The default measurand.' },
    { name: 'Energy.Reactive.Export.Register', doc: 'Meter register reading of reactive energy sent back to the grid (varh or kvarh). Never decreases.' },
    { name: 'Energy.Reactive.Import.Register', doc: 'Meter register reading of reactive energy drawn from the grid (varh or kvarh). Never decreases.' },
    { name: 'Energy.Active.Export.Interval', doc: 'Active energy sent back to the grid during the last sampling interval only (Wh or kWh).' },
    { name: 'Energy.Active.Import.Interval', doc: 'Active energy drawn from the grid during the last sampling interval only (Wh or kWh).' },
    { name: 'Energy.Reactive.Export.Interval', doc: 'Reactive energy sent back to the grid during the last sampling interval only (varh or kvarh).' },
    { name: 'Energy.Reactive.Import.Interval', doc: 'Reactive energy drawn from the grid during the last sampling interval only (varh or kvarh).' },
    { name: 'Frequency', doc: 'Momentary grid frequency, always in hertz; 1.6 has no unit value for it, so leave unit out.' },
    { name: 'Power.Active.Export', doc: 'Momentary active power flowing from the vehicle (W or kW).' },
    { name: 'Power.Active.Import', doc: 'Momentary active power flowing to the vehicle (W or kW).' },
    { name: 'Power.Factor', doc: 'Momentary power factor of the total energy flow (no unit).' },
    { name: 'Power.Offered', doc: 'The most power the charge point offers the vehicle right now (W or kW).' },
    { name: 'Power.Reactive.Export', doc: 'Momentary reactive power flowing from the vehicle (var or kvar).' },
    { name: 'Power.Reactive.Import', doc: 'Momentary reactive power flowing to the vehicle (var or kvar).' },
    { name: 'RPM', doc: 'Speed of a fan in the charge point, in revolutions per minute.' },
    { name: 'SoC', doc: 'The vehicle\'s state of charge, in Percent.' },
    { name: 'Temperature', doc: 'A temperature inside the charge point (Celsius, Fahrenheit or K).' },
    { name: 'Voltage', doc: 'Momentary AC supply voltage, RMS (V).' },
  ],
);

// OCPP 1.6 §7.32
export const MessageTrigger = enumeration(
  'MessageTrigger',
  'Which message a TriggerMessage request asks the charge point to send.',
  [
    { name: 'BootNotification', doc: 'Send a BootNotification now.' },
    { name: 'DiagnosticsStatusNotification', doc: 'Send a DiagnosticsStatusNotification with the current upload status (Idle if none).' },
    { name: 'FirmwareStatusNotification', doc: 'Send a FirmwareStatusNotification with the current update status (Idle if none).' },
    { name: 'Heartbeat', doc: 'Send a Heartbeat now.' },
    { name: 'MeterValues', doc: 'Send a MeterValues with the latest readings, for the given connector or all of them.' },
    { name: 'StatusNotification', doc: 'Send a StatusNotification, for the given connector or all of them.' },
  ],
);

// OCPP 1.6 §7.34
export const Phase = enumeration(
  'Phase',
  'Which phase or pair of conductors a sampled value was measured on. Absent means an overall value.',
  [
    { name: 'L1', doc: 'On phase L1.' },
    { name: 'L2', doc: 'On phase L2.' },
    { name: 'L3', doc: 'On phase L3.' },
    { name: 'N', doc: 'On the neutral conductor.' },
    { name: 'L1-N', doc: 'Between L1 and neutral, e.g. a phase voltage.' },
    { name: 'L2-N', doc: 'Between L2 and neutral.' },
    { name: 'L3-N', doc: 'Between L3 and neutral.' },
    { name: 'L1-L2', doc: 'Between L1 and L2, e.g. a line-to-line voltage.' },
    { name: 'L2-L3', doc: 'Between L2 and L3.' },
    { name: 'L3-L1', doc: 'Between L3 and L1.' },
  ],
);

// OCPP 1.6 §7.35
export const ReadingContext = enumeration(
  'ReadingContext',
  'Why a sampled value was taken. Sample.Periodic when absent.',
  [
    { name: 'Interruption.Begin', doc: 'Taken when an interruption (e.g. power loss or lost connection) began.' },
    { name: 'Interruption.End', doc: 'Taken when things resumed after an interruption.' },
    { name: 'Sample.Clock', doc: 'Taken on a clock-aligned boundary (ClockAlignedDataInterval).' },
    { name: 'Sample.Periodic', doc: 'Taken at the regular interval since the transaction started (MeterValueSampleInterval). The default.' },
    { name: 'Transaction.Begin', doc: 'Taken at the start of the transaction.' },
    { name: 'Transaction.End', doc: 'Taken at the end of the transaction.' },
    { name: 'Trigger', doc: 'Taken because a TriggerMessage asked for MeterValues.' },
    { name: 'Other', doc: 'Taken for a reason none of the other values covers.' },
  ],
);

// OCPP 1.6 §7.36
export const Reason = enumeration(
  'Reason',
  'Why a transaction stopped, reported in StopTransaction. Local when absent.',
  [
    { name: 'DeAuthorized', doc: 'The idTag was not (or no longer) accepted, e.g. StartTransaction.conf came back with a status other than Accepted.' },
    { name: 'EmergencyStop', doc: 'Someone pressed the emergency stop button.' },
    { name: 'EVDisconnected', doc: 'The cable was unplugged or the vehicle moved away from an inductive pad.' },
    { name: 'HardReset', doc: 'A Reset of type Hard was received.' },
    { name: 'Local', doc: 'The driver stopped it at the charge point, e.g. by presenting the tag again or pressing a stop button. The normal way to end.' },
    { name: 'Other', doc: 'A reason none of the other values covers.' },
    { name: 'PowerLoss', doc: 'The charge point lost all power.' },
    { name: 'Reboot', doc: 'The charge point restarted on its own, e.g. a watchdog fired.' },
    { name: 'Remote', doc: 'Stopped from afar on the driver\'s behalf, e.g. via an app (RemoteStopTransaction) or because prepaid credit ran out.' },
    { name: 'SoftReset', doc: 'A Reset of type Soft was received.' },
    { name: 'UnlockCommand', doc: 'The Central System sent an UnlockConnector for this connector.' },
  ],
);

// OCPP 1.6 §7.37
export const RecurrencyKindType = enumeration(
  'RecurrencyKindType',
  'How often a Recurring charging profile starts over.',
  [
    { name: 'Daily', doc: 'Every 24 hours, at the time of day of startSchedule.' },
    { name: 'Weekly', doc: 'Every 7 days, at the weekday and time of startSchedule.' },
  ],
);

// OCPP 1.6 §7.38
export const RegistrationStatus = enumeration(
  'RegistrationStatus',
  'Whether the Central System accepts a charge point that sent BootNotification.',
  [
    { name: 'Accepted', doc: 'The charge point is registered and may operate normally; interval is the heartbeat interval.' },
    { name: 'Pending', doc: 'Not accepted yet: the Central System may first query or configure the charge point. Boot again after interval seconds.' },
    { name: 'Rejected', doc: 'Not accepted, e.g. its identity is unknown. It may try again after interval seconds.' },
  ],
);

// OCPP 1.6 §7.39
export const RemoteStartStopStatus = enumeration(
  'RemoteStartStopStatus',
  'How the charge point answers a RemoteStartTransaction or RemoteStopTransaction request.',
  [
    { name: 'Accepted', doc: 'The charge point will try to start or stop the transaction.' },
    { name: 'Rejected', doc: 'The charge point will not start or stop it.' },
  ],
);

// OCPP 1.6 §7.40
export const ReservationStatus = enumeration(
  'ReservationStatus',
  'How the charge point answers a ReserveNow request.',
  [
    { name: 'Accepted', doc: 'The reservation is made.' },
    { name: 'Faulted', doc: 'Not reserved: the connector (or every connector) is Faulted.' },
    { name: 'Occupied', doc: 'Not reserved: the connector (or every connector) is in use or already reserved.' },
    { name: 'Rejected', doc: 'Not reserved: the charge point does not take reservations.' },
    { name: 'Unavailable', doc: 'Not reserved: the connector (or every connector) is Unavailable.' },
  ],
);

// OCPP 1.6 §7.41
export const ResetStatus = enumeration(
  'ResetStatus',
  'How the charge point answers a Reset request.',
  [
    { name: 'Accepted', doc: 'The charge point will reset.' },
    { name: 'Rejected', doc: 'The charge point will not reset.' },
  ],
);

// OCPP 1.6 §7.42
export const ResetType = enumeration(
  'ResetType',
  'The kind of restart a Reset request asks for.',
  [
    { name: 'Hard', doc: 'Restart the hardware at once, without ending transactions gracefully; queued data may be lost. A last resort.' },
    { name: 'Soft', doc: 'End running transactions properly (with StopTransaction), then restart the software.' },
  ],
);

// OCPP 1.6 §7.44
export const TriggerMessageStatus = enumeration(
  'TriggerMessageStatus',
  'How the charge point answers a TriggerMessage request.',
  [
    { name: 'Accepted', doc: 'The requested message will be sent.' },
    { name: 'Rejected', doc: 'The requested message will not be sent.' },
    { name: 'NotImplemented', doc: 'The charge point cannot send that message: it does not know or implement it.' },
  ],
);

// OCPP 1.6 §7.45, plus the schema spelling "Celcius" (ocppj16 errata §2.1)
export const UnitOfMeasure = enumeration(
  'UnitOfMeasure',
  'The unit of a sampled value. Wh when absent.',
  [
    { name: 'Wh', doc: 'Watt-hours of active energy. The default.' },
    { name: 'kWh', doc: 'Kilowatt-hours of active energy.' },
    { name: 'varh', doc: 'Var-hours of reactive energy.' },
    { name: 'kvarh', doc: 'Kilovar-hours of reactive energy.' },
    { name: 'W', doc: 'Watts of active power.' },
    { name: 'kW', doc: 'Kilowatts of active power.' },
    { name: 'VA', doc: 'Volt-amperes of apparent power.' },
    { name: 'kVA', doc: 'Kilovolt-amperes of apparent power.' },
    { name: 'var', doc: 'Vars of reactive power.' },
    { name: 'kvar', doc: 'Kilovars of reactive power.' },
    { name: 'A', doc: 'Amperes of current.' },
    { name: 'V', doc: 'Volts (AC, RMS).' },
    { name: 'Celcius', doc: 'Degrees Celsius, in the misspelling the official 1.6 JSON schemas use.' },
    { name: 'Celsius', doc: 'Degrees Celsius, correctly spelt as in the written spec; many implementations send this form, so accept both.' },
    { name: 'Fahrenheit', doc: 'Degrees Fahrenheit.' },
    { name: 'K', doc: 'Kelvin.' },
    { name: 'Percent', doc: 'A percentage, e.g. for SoC.' },
  ],
);

// OCPP 1.6 §7.46
export const UnlockStatus = enumeration(
  'UnlockStatus',
  'How the charge point answers an UnlockConnector request.',
  [
    { name: 'Unlocked', doc: 'The connector is now unlocked.' },
    { name: 'UnlockFailed', doc: 'The charge point tried, but the connector is still locked or the lock mechanism failed.' },
    { name: 'NotSupported', doc: 'The connector has no lock, or the connectorId is not known.' },
  ],
);

// OCPP 1.6 §7.47
export const UpdateStatus = enumeration(
  'UpdateStatus',
  'How the charge point answers a SendLocalList request.',
  [
    { name: 'Accepted', doc: 'The local authorization list was updated.' },
    { name: 'Failed', doc: 'Updating the local authorization list failed.' },
    { name: 'NotSupported', doc: 'The charge point has no local authorization list.' },
    { name: 'VersionMismatch', doc: 'A Differential update whose listVersion is not higher than the version the charge point already holds.' },
  ],
);

// OCPP 1.6 §7.48
export const UpdateType = enumeration(
  'UpdateType',
  'Whether a SendLocalList request replaces the local authorization list or changes it.',
  [
    { name: 'Differential', doc: 'Apply the entries as changes: add or update those with idTagInfo, delete those without.' },
    { name: 'Full', doc: 'Replace the whole list with the entries sent; an empty or absent list empties it.' },
  ],
);

// OCPP 1.6 §7.49
export const ValueFormat = enumeration(
  'ValueFormat',
  'How to read a sampled value\'s value string. Raw when absent.',
  [
    { name: 'Raw', doc: 'A plain number (integer or decimal) written as a string, e.g. "1234.5". The default.' },
    { name: 'SignedData', doc: 'A digitally signed meter reading, encoded as hex.' },
  ],
);
