import type { ActionDefinition } from '../schema';
import {
  Authorize, BootNotification, DataTransfer, Heartbeat, MeterValues, StartTransaction, StatusNotification, StopTransaction,
} from './actions/core';
import {
  ChangeAvailability, ChangeConfiguration, ClearCache, GetConfiguration, RemoteStartTransaction, RemoteStopTransaction,
  Reset, UnlockConnector,
} from './actions/coreRemote';
import { DiagnosticsStatusNotification, FirmwareStatusNotification, GetDiagnostics, UpdateFirmware } from './actions/firmware';
import { GetLocalListVersion, SendLocalList } from './actions/localAuthList';
import { TriggerMessage } from './actions/remoteTrigger';
import { CancelReservation, ReserveNow } from './actions/reservation';
import { ClearChargingProfile, GetCompositeSchedule, SetChargingProfile } from './actions/smartCharging';
import { securityActions } from './security';

// The definitions live in actions/*.ts, one file per feature profile (OCPP 1.6 §3.1).
export * from './actions/core';
export * from './actions/coreRemote';
export * from './actions/firmware';
export * from './actions/localAuthList';
export * from './actions/remoteTrigger';
export * from './actions/reservation';
export * from './actions/smartCharging';

/**
 * Every OCPP 1.6 action (§4, §5) and the security whitepaper's additions (sec16 §5). Only the actions with a
 * `request`/`response` here have their payloads checked; the others are known by name, direction and purpose.
 */
export const actions: readonly ActionDefinition[] = [
  // Charge Point → Central System (OCPP 1.6 §4)
  Authorize,
  BootNotification,
  DiagnosticsStatusNotification,
  FirmwareStatusNotification,
  Heartbeat,
  MeterValues,
  StartTransaction,
  StatusNotification,
  StopTransaction,
  // Central System → Charge Point (OCPP 1.6 §5)
  CancelReservation,
  ChangeAvailability,
  ChangeConfiguration,
  ClearCache,
  ClearChargingProfile,
  GetCompositeSchedule,
  GetConfiguration,
  GetDiagnostics,
  GetLocalListVersion,
  RemoteStartTransaction,
  RemoteStopTransaction,
  ReserveNow,
  Reset,
  SendLocalList,
  SetChargingProfile,
  TriggerMessage,
  UnlockConnector,
  UpdateFirmware,
  // Both directions (OCPP 1.6 §4.3, §5.6)
  DataTransfer,
  // Security whitepaper (sec16 §5), defined in security.ts
  ...securityActions,
];
