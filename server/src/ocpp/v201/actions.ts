import type { ActionDefinition } from '../schema';
import { Authorize, ClearCache } from './actions/authorization';
import { ChangeAvailability, Heartbeat, StatusNotification } from './actions/availability';
import {
  DeleteCertificate, Get15118EVCertificate, GetCertificateStatus, GetInstalledCertificateIds, InstallCertificate,
} from './actions/certificateManagement';
import { DataTransfer } from './actions/dataTransfer';
import {
  ClearVariableMonitoring, CustomerInformation, GetLog, GetMonitoringReport, LogStatusNotification, NotifyCustomerInformation,
  NotifyEvent, NotifyMonitoringReport, SetMonitoringBase, SetMonitoringLevel, SetVariableMonitoring,
} from './actions/diagnostics';
import { ClearDisplayMessage, GetDisplayMessages, NotifyDisplayMessages, SetDisplayMessage } from './actions/displayMessage';
import {
  FirmwareStatusNotification, PublishFirmware, PublishFirmwareStatusNotification, UnpublishFirmware, UpdateFirmware,
} from './actions/firmwareManagement';
import { GetLocalListVersion, SendLocalList } from './actions/localAuthorizationList';
import { MeterValues } from './actions/meterValues';
import {
  BootNotification, GetBaseReport, GetReport, GetVariables, NotifyReport, Reset, SetNetworkProfile, SetVariables,
} from './actions/provisioning';
import { RequestStartTransaction, RequestStopTransaction, TriggerMessage, UnlockConnector } from './actions/remoteControl';
import { CancelReservation, ReservationStatusUpdate, ReserveNow } from './actions/reservation';
import { CertificateSigned, SecurityEventNotification, SignCertificate } from './actions/security';
import {
  ClearChargingProfile, ClearedChargingLimit, GetChargingProfiles, GetCompositeSchedule, NotifyChargingLimit, NotifyEVChargingNeeds,
  NotifyEVChargingSchedule, ReportChargingProfiles, SetChargingProfile,
} from './actions/smartCharging';
import { CostUpdated } from './actions/tariffAndCost';
import { GetTransactionStatus, TransactionEvent } from './actions/transactions';

// The definitions, one file per functional block, also by name (2.1 derives from them).
export * from './actions/authorization';
export * from './actions/availability';
export * from './actions/certificateManagement';
export * from './actions/dataTransfer';
export * from './actions/diagnostics';
export * from './actions/displayMessage';
export * from './actions/firmwareManagement';
export * from './actions/localAuthorizationList';
export * from './actions/meterValues';
export * from './actions/provisioning';
export * from './actions/remoteControl';
export * from './actions/reservation';
export * from './actions/security';
export * from './actions/smartCharging';
export * from './actions/tariffAndCost';
export * from './actions/transactions';

/** Every OCPP 2.0.1 action (P2-201 §1), by functional block; the definitions live in actions/, one file per block. */
export const actions: readonly ActionDefinition[] = [
  // A Security
  CertificateSigned, SecurityEventNotification, SignCertificate,
  // B Provisioning
  BootNotification, GetBaseReport, GetReport, GetVariables, NotifyReport, Reset, SetNetworkProfile, SetVariables,
  // C Authorization
  Authorize, ClearCache,
  // D Local authorization list management
  GetLocalListVersion, SendLocalList,
  // E Transactions
  GetTransactionStatus, TransactionEvent,
  // F Remote control
  RequestStartTransaction, RequestStopTransaction, TriggerMessage, UnlockConnector,
  // G Availability
  ChangeAvailability, Heartbeat, StatusNotification,
  // H Reservation
  CancelReservation, ReservationStatusUpdate, ReserveNow,
  // I Tariff and cost
  CostUpdated,
  // J Meter values
  MeterValues,
  // K Smart charging
  ClearChargingProfile, ClearedChargingLimit, GetChargingProfiles, GetCompositeSchedule, NotifyChargingLimit, NotifyEVChargingNeeds,
  NotifyEVChargingSchedule, ReportChargingProfiles, SetChargingProfile,
  // L Firmware management
  FirmwareStatusNotification, PublishFirmware, PublishFirmwareStatusNotification, UnpublishFirmware, UpdateFirmware,
  // M ISO 15118 certificate management
  DeleteCertificate, Get15118EVCertificate, GetCertificateStatus, GetInstalledCertificateIds, InstallCertificate,
  // N Diagnostics
  ClearVariableMonitoring, CustomerInformation, GetLog, GetMonitoringReport, LogStatusNotification, NotifyCustomerInformation,
  NotifyEvent, NotifyMonitoringReport, SetMonitoringBase, SetMonitoringLevel, SetVariableMonitoring,
  // O Display message
  ClearDisplayMessage, GetDisplayMessages, NotifyDisplayMessages, SetDisplayMessage,
  // P Data transfer
  DataTransfer,
];
