import type { ActionCounterpart } from '../catalog';

const from201 = (instead: readonly string[], explanation: string, renamed = false): ActionCounterpart => ({ from: 'OCPP 2.0.1', instead, explanation, renamed });

/** OCPP 2.0.1 actions a 1.6 file may hold by mistake, and what OCPP 1.6 uses instead. */
export const actionsOf201: Readonly<Record<string, ActionCounterpart>> = {
  TransactionEvent: from201(['StartTransaction', 'StopTransaction', 'MeterValues'], 'OCPP 1.6 uses StartTransaction, MeterValues and StopTransaction (§4.8, §4.7, §4.10).'),
  RequestStartTransaction: from201(['RemoteStartTransaction'], 'OCPP 1.6 calls it RemoteStartTransaction (§5.11).', true),
  RequestStopTransaction: from201(['RemoteStopTransaction'], 'OCPP 1.6 calls it RemoteStopTransaction (§5.12).', true),
  SetVariables: from201(['ChangeConfiguration'], 'OCPP 1.6 sets a configuration key with ChangeConfiguration (§5.3).'),
  GetVariables: from201(['GetConfiguration'], 'OCPP 1.6 reads configuration keys with GetConfiguration (§5.8).'),
  GetBaseReport: from201(['GetConfiguration'], 'OCPP 1.6 reads the whole configuration with GetConfiguration and no key (§5.8).'),
  GetReport: from201(['GetConfiguration'], 'OCPP 1.6 reads configuration keys with GetConfiguration (§5.8).'),
  NotifyReport: from201(['GetConfiguration'], 'OCPP 1.6 returns the configuration in the GetConfiguration answer (§5.8).'),
};
