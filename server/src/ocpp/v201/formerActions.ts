import type { ActionCounterpart } from '../catalog';

const from16 = (instead: readonly string[], explanation: string, renamed = false): ActionCounterpart => ({ from: 'OCPP 1.6', instead, explanation, renamed });

/** OCPP 1.6 actions (and its security whitepaper's) that 2.0.1 replaced, and what 2.0.1 uses instead. */
export const actionsOf16: Readonly<Record<string, ActionCounterpart>> = {
  StartTransaction: from16(['TransactionEvent'], 'OCPP 2.0.1 reports a transaction\'s start with TransactionEvent, eventType "Started" (E01).'),
  StopTransaction: from16(['TransactionEvent'], 'OCPP 2.0.1 reports a transaction\'s end with TransactionEvent, eventType "Ended" (E06).'),
  RemoteStartTransaction: from16(['RequestStartTransaction'], 'OCPP 2.0.1 calls it RequestStartTransaction (F01).', true),
  RemoteStopTransaction: from16(['RequestStopTransaction'], 'OCPP 2.0.1 calls it RequestStopTransaction (F03).', true),
  ChangeConfiguration: from16(['SetVariables'], 'OCPP 2.0.1 sets configuration through the device model with SetVariables (B05).'),
  GetConfiguration: from16(['GetVariables', 'GetBaseReport'], 'OCPP 2.0.1 reads configuration through the device model: GetVariables for some variables (B06), GetBaseReport for all of them (B07).'),
  GetDiagnostics: from16(['GetLog'], 'OCPP 2.0.1 asks for a diagnostics log with GetLog, logType "DiagnosticsLog" (N01).', true),
  DiagnosticsStatusNotification: from16(['LogStatusNotification'], 'OCPP 2.0.1 reports a log upload with LogStatusNotification (N01).', true),
  ExtendedTriggerMessage: from16(['TriggerMessage'], 'OCPP 2.0.1\'s TriggerMessage covers what the 1.6 security whitepaper\'s ExtendedTriggerMessage added (F06).', true),
  SignedUpdateFirmware: from16(['UpdateFirmware'], 'OCPP 2.0.1\'s UpdateFirmware always carries the signed firmware fields (L01).', true),
  SignedFirmwareStatusNotification: from16(['FirmwareStatusNotification'], 'OCPP 2.0.1\'s FirmwareStatusNotification has the signed-firmware statuses (L01).', true),
};
