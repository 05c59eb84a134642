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
export const callErrorCodeRenamedInLaterVersions: Readonly<Record<string, string>> = {
  FormatViolation: 'FormationViolation',
  OccurrenceConstraintViolation: 'OccurenceConstraintViolation',
};
