/**
 * Cases for the 2.0.1 transactions rules (server/src/ocpp/v201/rules/transactions.ts): each text with the findings
 * of the part's codes it must give (code, the exact text covered, and the requirement id its message cites).
 * transactions.test.ts runs them through the service; the same data can be run over an LSP connection.
 */
import type { RuleCase } from './support/ruleCases';

export const transactionCodes = [
  'transaction-event-order', 'transaction-seq-no', 'transaction-seq-no-start', 'transaction-concurrent',
  'transaction-charging-state', 'transaction-stopped-reason', 'transaction-id-token-info',
];

let nextId = 0;
/** A TransactionEvent CALL and its CALLRESULT, one frame per line. */
export function event(fields: {
  type: 'Started' | 'Updated' | 'Ended'; tx?: string; seqNo: number; trigger?: string; state?: string; stopped?: string;
  evse?: number; offline?: boolean; idToken?: string; result?: string; extra?: string;
}): string {
  const id = `t${++nextId}`;
  const info = [`"transactionId": "${fields.tx ?? 'tx1'}"`];
  if (fields.state) info.push(`"chargingState": "${fields.state}"`);
  if (fields.stopped) info.push(`"stoppedReason": "${fields.stopped}"`);
  const parts = [`"eventType": "${fields.type}"`, '"timestamp": "2024-05-01T10:00:00Z"',
    `"triggerReason": "${fields.trigger ?? (fields.type === 'Started' ? 'CablePluggedIn' : 'MeterValuePeriodic')}"`,
    `"seqNo": ${fields.seqNo}`, `"transactionInfo": {${info.join(', ')}}`];
  if (fields.offline !== undefined) parts.push(`"offline": ${fields.offline}`);
  if (fields.evse !== undefined) parts.push(`"evse": {"id": ${fields.evse}, "connectorId": 1}`);
  if (fields.idToken) parts.push(`"idToken": {"idToken": "${fields.idToken}", "type": "ISO14443"}`);
  if (fields.extra) parts.push(fields.extra);
  const result = fields.result ?? (fields.idToken ? '{"idTokenInfo": {"status": "Accepted"}}' : '{}');
  return `[2, "${id}", "TransactionEvent", {${parts.join(', ')}}],\n[3, "${id}", ${result}]`;
}

export const conversation = (...frames: string[]) => `[\n${frames.join(',\n')}\n]`;

const started = (more: Partial<Parameters<typeof event>[0]> = {}) =>
  event({ type: 'Started', seqNo: 0, state: 'EVConnected', evse: 1, ...more });

export const transactionCases: RuleCase[] = [
  {
    name: 'a whole transaction in order gives nothing',
    clean: true,
    text: conversation(
      started({ idToken: 'AABBCCDD', trigger: 'Authorized' }),
      event({ type: 'Updated', seqNo: 1, trigger: 'ChargingStateChanged', state: 'Charging' }),
      event({ type: 'Updated', seqNo: 2 }),
      event({ type: 'Ended', seqNo: 3, trigger: 'RemoteStop', stopped: 'Remote' }),
      started({ tx: 'tx2', seqNo: 4 }),
      event({ type: 'Ended', tx: 'tx2', seqNo: 5, trigger: 'StopAuthorized' })),
    expect: [],
  },
  {
    name: 'an excerpt that starts mid-transaction gives nothing',
    clean: true,
    text: conversation(event({ type: 'Updated', seqNo: 7 }), event({ type: 'Ended', seqNo: 8, trigger: 'EVCommunicationLost' })),
    expect: [],
  },
  {
    name: 'a second Started for the same transaction',
    text: conversation(started(), event({ type: 'Started', seqNo: 1, state: 'Charging' })),
    expect: [{ code: 'transaction-event-order', covers: '"Started"', cites: '§1.60.1' }],
  },
  {
    name: 'an event after Ended',
    text: conversation(started(), event({ type: 'Ended', seqNo: 1, stopped: 'Local' }), event({ type: 'Updated', seqNo: 2 })),
    expect: [{ code: 'transaction-event-order', covers: '"Updated"', cites: '§1.60.1' }],
  },
  {
    name: 'a repeated Ended with the same seqNo is a retry, not a second end',
    text: conversation(started(), event({ type: 'Ended', seqNo: 1 }), event({ type: 'Ended', seqNo: 1 })),
    expect: [],
  },
  {
    name: 'a seqNo that skips',
    text: conversation(started(), event({ type: 'Updated', seqNo: 2 })),
    expect: [{ code: 'transaction-seq-no', covers: '2', cites: 'E01.FR.07' }],
  },
  {
    name: 'a seqNo that goes back, even offline',
    text: conversation(started(), event({ type: 'Updated', seqNo: 1 }), event({ type: 'Updated', seqNo: 1, trigger: 'MeterValueClock', offline: true })),
    expect: [{ code: 'transaction-seq-no', covers: '1', cites: 'E01.FR.07' }],
  },
  {
    name: 'a gap next to offline events may be dropped queued events',
    text: conversation(started(), event({ type: 'Updated', seqNo: 1, offline: true }), event({ type: 'Updated', seqNo: 4, offline: true })),
    expect: [],
  },
  {
    name: 'a transaction starting at seqNo 3',
    text: conversation(started({ seqNo: 3 })),
    expect: [{ code: 'transaction-seq-no-start', covers: '3', cites: '§1.3.2' }],
  },
  {
    name: 'a counter carried on from the EVSE\'s previous transaction',
    text: conversation(started(), event({ type: 'Ended', seqNo: 1 }), started({ tx: 'tx2', seqNo: 2 })),
    expect: [],
  },
  {
    name: 'two transactions on one EVSE at once',
    text: conversation(started(), started({ tx: 'tx2', seqNo: 1 })),
    expect: [{ code: 'transaction-concurrent', covers: '1', cites: 'E01.FR.14' }],
  },
  {
    name: 'transactions on two EVSEs at once',
    text: conversation(started(), started({ tx: 'tx2', evse: 2 })),
    expect: [],
  },
  {
    name: 'Started without chargingState',
    text: conversation(event({ type: 'Started', seqNo: 0, evse: 1 })),
    expect: [{ code: 'transaction-charging-state', covers: '"Started"', cites: 'E02.FR.13' }],
  },
  {
    name: 'ChargingStateChanged without chargingState',
    text: conversation(started(), event({ type: 'Updated', seqNo: 1, trigger: 'ChargingStateChanged' })),
    expect: [{ code: 'transaction-charging-state', covers: '"ChargingStateChanged"', cites: 'E02.FR.13' }],
  },
  {
    name: 'a single Started payload without chargingState',
    uri: 'file:///w/TransactionEventRequest.json',
    text: '{"eventType": "Started", "timestamp": "2024-05-01T10:00:00Z", "triggerReason": "Authorized", "seqNo": 0, "transactionInfo": {"transactionId": "x"}}',
    expect: [{ code: 'transaction-charging-state', covers: '"Started"', cites: 'E02.FR.13' }],
  },
  {
    name: 'a remote stop without stoppedReason',
    text: conversation(event({ type: 'Ended', seqNo: 4, trigger: 'RemoteStop' })),
    expect: [{ code: 'transaction-stopped-reason', covers: '"RemoteStop"', cites: 'F03.FR.03' }],
  },
  {
    name: 'a local stop may leave stoppedReason out',
    text: conversation(event({ type: 'Ended', seqNo: 4, trigger: 'StopAuthorized' }), event({ type: 'Ended', tx: 'tx9', seqNo: 0, trigger: 'EVDeparted' })),
    expect: [],
  },
  {
    name: 'an idToken answered without idTokenInfo',
    text: conversation(started({ idToken: 'AABBCCDD', trigger: 'Authorized', result: '{"totalCost": 0}' })),
    expect: [{ code: 'transaction-id-token-info', covers: '{"totalCost": 0}', cites: 'E01.FR.12' }],
  },
  {
    name: 'frames with other problems are still followed (their facts come from the tree)',
    text: conversation(
      started({ extra: '"offline": "no"' }),
      event({ type: 'Updated', seqNo: 3, trigger: 'Hmm', offline: false }),
      event({ type: 'Started', seqNo: 4, state: 'Charging', idToken: 'AA', result: '{"totalCost": "x"}' })),
    expect: [
      { code: 'transaction-seq-no', covers: '3', cites: 'E01.FR.07' },
      { code: 'transaction-event-order', covers: '"Started"', cites: '§1.60.1' },
      { code: 'transaction-id-token-info', covers: '{"totalCost": "x"}', cites: 'E01.FR.12' },
    ],
  },
];

/**
 * Hover notes on eventType: `|` marks the cursor. (The part has a note for seqNo too, but the service asks the
 * rules for notes only on enumeration values.)
 */
export const transactionHoverCases: readonly { readonly name: string; readonly text: string; readonly note: RegExp | undefined }[] = [
  {
    name: 'names the previous event of the transaction',
    text: conversation(started(), event({ type: 'Updated', seqNo: 1 }).replace('"Updated"', '"Upd|ated"')),
    note: /Previous event of transaction tx1: Started, seqNo 0 \(line 2\)/,
  },
  {
    name: 'says when it is the first event in the file',
    text: conversation(started().replace('"Started"', '"Sta|rted"')),
    note: /First event of transaction tx1 in this file/,
  },
  {
    name: 'says a repeated event is a retry',
    text: conversation(started(), event({ type: 'Ended', seqNo: 1 }), event({ type: 'Ended', seqNo: 1 }).replace('"Ended"', '"En|ded"')),
    note: /Previous event of transaction tx1: Ended, seqNo 1 \(line 4\)\. This event repeats/,
  },
  {
    name: 'says nothing in a single frame',
    text: started().split(',\n')[0].replace('"Started"', '"Sta|rted"'),
    note: undefined,
  },
];
