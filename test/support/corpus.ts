/**
 * A seeded generator of OCPP 1.6 conversation logs, for the tests (frame-by-frame reading, the fuzzer's seeds,
 * the LSP stress test) and for the benchmark, which imports it from here (test/ never imports bench/): a file is
 * an array of frames, one frame per line as charge point logs are written, every CALL followed by its CALLRESULT
 * (or now and then a CALLERROR) with the same uniqueId.
 *
 * Payloads come from the official schemas (the oracle generator beside this file), so they are what a real charger
 * could send. The clean part is also coherent across frames (statuses follow the §4.9 table, timestamps go
 * forward, transaction ids come from StartTransaction.conf), so that the ~5% of deliberate defects are the
 * diagnostics, not noise from random values. The same seed gives the same bytes.
 */
import { Random, mutations, validValue } from './oracleGenerator';
import { locationsOf, loadOfficialPayloads, type JsonSchema } from './oracleSchemas';
import { transitionsFrom } from '../../server/src/ocpp/v16/transitions';

export interface Conversation {
  readonly text: string;
  readonly frames: number;
  /** How many different actions the CALLs use (all 39 from 100 KB up). */
  readonly actions: number;
  /** How many exchanges got each kind of defect, to show the mix is varied. */
  readonly defects: ReadonlyMap<string, number>;
}

/**
 * The share of frames given a deliberate defect. Some defects spill over to a second frame, as they do in
 * real logs (a CALL with a bad MessageTypeId leaves its answer unmatched), which brings the share of frames
 * with a diagnostic to about 5%; the benchmark prints the measured share.
 */
const defectRate = 0.04;
/** The share of CALLs answered by a CALLERROR instead of a CALLRESULT. */
const callErrorRate = 0.05;

// The actions real logs are mostly made of; the rest of the picks go round every action so that each appears.
const frequent = ['MeterValues', 'MeterValues', 'StatusNotification', 'StatusNotification', 'Heartbeat', 'Heartbeat',
  'Authorize', 'StartTransaction', 'StopTransaction'];

const callErrorCodes = ['NotImplemented', 'NotSupported', 'InternalError', 'ProtocolError', 'SecurityError', 'GenericError'];
const faultCodes = ['ConnectorLockFailure', 'GroundFailure', 'HighTemperature', 'InternalError', 'OverCurrentFailure',
  'PowerMeterFailure', 'PowerSwitchFailure', 'ReaderFailure', 'UnderVoltage', 'OverVoltage', 'WeakSignal', 'OtherError'];

type Frame = unknown[];

/** One CALL and its answer while it is being built; a defect may change either, or replace their text. */
interface Exchange {
  call: Frame;
  answer?: Frame;
  /** Replaces JSON.stringify(call) when a defect needs text JSON cannot express (a duplicate key). */
  callText?: string;
}

export function generateConversation(targetBytes: number, seed: number, rate = defectRate): Conversation {
  const random = new Random(seed);
  const schemas = new Map(loadOfficialPayloads().map((p) => [p.name, p.schema]));
  const actions = [...new Set([...schemas.keys()].map((name) => name.split('.')[0]))];

  // Conversation state that keeps the clean frames consistent with each other.
  let clock = Date.UTC(2024, 0, 1, 6, 0, 0);
  const status = new Map<number, string>([[1, 'Available'], [2, 'Available']]);
  // Each connector's status before the latest StatusNotification, for defects that rewrite that notification.
  const previousStatus = new Map(status);
  const transactionIds: number[] = [];
  let nextTransactionId = 1000;
  const callIds: string[] = [];
  let roundRobin = 0;
  const used = new Set<string>();

  const uuid = () => 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) =>
    (c === 'x' ? random.int(0, 15) : 8 + random.int(0, 3)).toString(16));
  const now = () => new Date(clock).toISOString();

  const request = (action: string): Record<string, unknown> => {
    const schema = schemas.get(`${action}.req`)!;
    const payload = validValue(random, schema, schema) as Record<string, unknown>;
    if (typeof payload.connectorId === 'number') payload.connectorId = random.int(1, 2);
    if (typeof payload.timestamp === 'string') payload.timestamp = now();
    if (action === 'StatusNotification') {
      const connectorId = random.int(0, 2);
      // Connector 0 (the main controller) has no transition table and reports only these three.
      const next = connectorId === 0
        ? random.pick(['Available', 'Unavailable', 'Faulted'])
        : random.pick(transitionsFrom(status.get(connectorId)!)).to;
      if (connectorId > 0) {
        previousStatus.set(connectorId, status.get(connectorId)!);
        status.set(connectorId, next);
      }
      Object.assign(payload, { connectorId, status: next, timestamp: now(),
        errorCode: next === 'Faulted' ? random.pick(faultCodes) : 'NoError' });
    }
    if ((action === 'StopTransaction' || action === 'MeterValues') && 'transactionId' in payload) {
      payload.transactionId = random.pick(transactionIds);
    }
    return payload;
  };

  const response = (action: string): Record<string, unknown> => {
    const schema = schemas.get(`${action}.conf`)!;
    const payload = validValue(random, schema, schema) as Record<string, unknown>;
    if (action === 'StartTransaction') {
      payload.transactionId = nextTransactionId++;
      transactionIds.push(payload.transactionId as number);
    }
    return payload;
  };

  const exchange = (action: string): Exchange => {
    const id = uuid();
    callIds.push(id);
    used.add(action);
    const call: Frame = [2, id, action, request(action)];
    const answer: Frame = random.chance(callErrorRate)
      ? [4, id, random.pick(callErrorCodes), 'The charge point could not process the request', {}]
      : [3, id, response(action)];
    return { call, answer };
  };

  const lines: string[] = [];
  const defects = new Map<string, number>();
  let length = 0;
  const emit = (frameText: string) => {
    lines.push(frameText);
    length += frameText.length + 4;
  };

  // A session starts as a charger's log does: it boots and starts a transaction, which also gives the later
  // StopTransaction and MeterValues an id to refer to.
  for (const action of ['BootNotification', 'StartTransaction']) {
    const { call, answer } = exchange(action);
    emit(JSON.stringify(call));
    emit(JSON.stringify(answer));
  }

  while (length < targetBytes) {
    clock += random.int(1, 60) * 1000;
    const action = random.chance(0.5) ? random.pick(frequent) : actions[roundRobin++ % actions.length];
    const built = exchange(action);
    // Two frames per exchange, so twice the per-frame rate per exchange.
    if (random.chance(2 * rate)) {
      const defect = pickDefect(random, built, action, { schemas, callIds, status, previousStatus });
      if (defect) defects.set(defect, (defects.get(defect) ?? 0) + 1);
    }
    emit(built.callText ?? JSON.stringify(built.call));
    if (built.answer) emit(JSON.stringify(built.answer));
  }

  return { text: `[\n  ${lines.join(',\n  ')}\n]\n`, frames: lines.length, actions: used.size, defects };
}

interface DefectContext {
  readonly schemas: ReadonlyMap<string, JsonSchema>;
  readonly callIds: readonly string[];
  /** The status each connector has after this exchange, as far as the generator knows; a defect may change it. */
  readonly status: Map<number, string>;
  readonly previousStatus: ReadonlyMap<number, string>;
}

/**
 * Changes the exchange and returns the defect's name, or undefined when it does not apply to this exchange
 * (another kind is drawn).
 */
type Defect = (e: Exchange, action: string, random: Random, context: DefectContext) => string | undefined;

/**
 * Moves a StatusNotification to connector 0 with the given fields. The connector it was meant for keeps its
 * earlier status, so the defect stays one diagnostic instead of cascading into a bad transition.
 */
function onConnectorZero(e: Exchange, action: string, context: DefectContext, fields: object): boolean {
  if (action !== 'StatusNotification') return false;
  const payload = e.call[3] as { connectorId: number };
  if (payload.connectorId > 0) context.status.set(payload.connectorId, context.previousStatus.get(payload.connectorId)!);
  Object.assign(payload, { connectorId: 0 }, fields);
  return true;
}

/** One of the oracle's schema mutations (wrong enum, wrong case, missing field, too long, bad date...). */
function schemaMutation(e: Exchange, which: 'req' | 'conf', action: string, random: Random, context: DefectContext): string | undefined {
  const frame = which === 'req' ? e.call : e.answer;
  const index = which === 'req' ? 3 : 2;
  if (!frame || frame[0] !== (which === 'req' ? 2 : 3)) return undefined;
  const schema = context.schemas.get(`${action}.${which}`)!;
  const payload = frame[index];
  const locations = locationsOf(payload, schema);
  // Start at a random mutation and take the first that fits this payload.
  const start = random.int(0, mutations.length - 1);
  for (let i = 0; i < mutations.length; i++) {
    const mutation = mutations[(start + i) % mutations.length];
    const mutated = mutation.apply(payload, locations, random);
    if (mutated !== undefined) {
      frame[index] = mutated;
      return mutation.name;
    }
  }
  return undefined;
}

const statuses = ['Available', 'Preparing', 'Charging', 'SuspendedEV', 'SuspendedEVSE', 'Finishing', 'Reserved'];

const defects: readonly Defect[] = [
  // Schema defects weigh most, requests more than responses: they are what logs mostly get wrong.
  ...Array.from({ length: 12 }, (_, i): Defect => (e, action, random, context) =>
    schemaMutation(e, i < 8 ? 'req' : 'conf', action, random, context)),
  (e, action, _random, context) =>
    onConnectorZero(e, action, context, { status: 'Charging', errorCode: 'NoError' }) ? 'connector 0 Charging' : undefined,
  (e, action, _random, context) =>
    onConnectorZero(e, action, context, { status: 'Faulted', errorCode: 'NoError' }) ? 'Faulted with NoError' : undefined,
  (e, action, random, context) => {
    const payload = e.call[3] as { connectorId: number; status: string };
    if (action !== 'StatusNotification' || payload.connectorId === 0) return undefined;
    const from = context.previousStatus.get(payload.connectorId)!;
    const allowed = new Set([from, ...transitionsFrom(from).map((t) => t.to)]);
    const bad = statuses.filter((s) => !allowed.has(s));
    if (!bad.length) return undefined;
    payload.status = random.pick(bad);
    // Later notifications go on from the status the file now shows.
    context.status.set(payload.connectorId, payload.status);
    return 'status transition not in the table';
  },
  (e, action) => {
    if (action !== 'StatusNotification') return undefined;
    Object.assign(e.call[3] as object, { timestamp: '2023-12-31T23:00:00Z' });
    return 'timestamp going back';
  },
  (e, action) => {
    if (action !== 'StopTransaction' && action !== 'MeterValues') return undefined;
    Object.assign(e.call[3] as object, { transactionId: 999_999 });
    return 'unknown transactionId';
  },
  (e, _action, random) => {
    e.call[0] = random.pick([1, 7, 0, '2']);
    return 'bad MessageTypeId';
  },
  (e, action, random) => {
    e.call[2] = random.pick([action.toLowerCase(), `${action}s`, action.slice(0, -1), 'GetVariables']);
    return 'unknown action';
  },
  (e) => {
    const id = `${e.call[1]}-${e.call[1]}`;
    e.call[1] = id;
    if (e.answer) e.answer[1] = id;
    return 'uniqueId too long';
  },
  (e) => {
    if (!e.answer) return undefined;
    e.answer[1] = 'not-a-call-we-have-seen';
    return 'answer with an unknown uniqueId';
  },
  (e, _action, random, context) => {
    const earlier = random.pick(context.callIds.slice(0, -1));
    e.call[1] = earlier;
    if (e.answer) e.answer[1] = earlier;
    return 'duplicate uniqueId';
  },
  (e) => {
    e.answer = undefined;
    return 'unanswered CALL';
  },
  (e, _action, random) => {
    e.answer = [4, e.call[1], random.pick(['NotFound', 'Timeout', 'internalError']), 'Rejected', {}];
    return 'CALLERROR code not in OCPP-J';
  },
  (e, _action, random) => {
    e.call[3] = random.pick([null, [], 'payload', 1]);
    return 'payload not an object';
  },
  (e) => {
    e.call.length = 3;
    return 'frame too short';
  },
  (e) => {
    // JSON.stringify cannot write the same key twice, so this one is spliced into the text.
    const payload = e.call[3] as Record<string, unknown>;
    const [name] = Object.keys(payload);
    if (name === undefined) return undefined;
    const head = JSON.stringify(e.call.slice(0, 3)).slice(0, -1);
    e.callText = `${head},{${JSON.stringify(name)}:${JSON.stringify(payload[name])},${JSON.stringify(payload).slice(1)}]`;
    return 'duplicate field';
  },
  (e) => {
    if (Object.keys(e.call[3] as object).length === 0) return undefined;
    e.callText = `${JSON.stringify(e.call).slice(0, -2)},}]`;
    return 'trailing comma';
  },
];

/** A defect drawn at random among those that fit this exchange (most kinds fit any). */
function pickDefect(random: Random, e: Exchange, action: string, context: DefectContext): string | undefined {
  for (let attempt = 0; attempt < 20; attempt++) {
    const name = random.pick(defects)(e, action, random, context);
    if (name) return name;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// OCPP 2.0.1
// ---------------------------------------------------------------------------------------------------------------

/** What generateConversation201 made: a valid 2.0.1 log, so it has no defects to count. */
export interface Conversation201 {
  readonly text: string;
  readonly frames: number;
  /** How many different actions the CALLs use. */
  readonly actions: number;
  /** How many transactions ran from Started to Ended. */
  readonly transactions: number;
}

/** One EVSE of the generated station (one connector each) and the transaction on it, if any. */
interface Evse201 {
  readonly id: number;
  transaction?: { readonly id: string; seqNo: number; readonly idToken: { idToken: string; type: string }; charging: boolean };
  /** The energy register in Wh: it only grows. */
  energy: number;
}

/**
 * A seeded OCPP 2.0.1 charging log, valid throughout (no diagnostic of any severity: test/corpus201.test.ts), for the
 * benchmark to measure the clean-frame path on 2.0.1 as the 1.6 corpus does on 1.6. The station boots (Accepted),
 * reports its connectors, then cycles sessions on its two EVSEs: StatusNotification Occupied, Authorize, TransactionEvent
 * Started, Updated with meter values (periodic, and a charging state change now and then), Ended, Available again;
 * between them Heartbeats, station MeterValues, and now and then a GetBaseReport answered by a NotifyReport of a few
 * parts. Every CALL is followed by its CALLRESULT, one frame per line; timestamps go forward; transaction ids are UUIDs
 * and seqNo counts from 0 per transaction. The same seed gives the same bytes.
 */
export function generateConversation201(targetBytes: number, seed: number): Conversation201 {
  const random = new Random(seed);
  let clock = Date.UTC(2024, 0, 1, 6, 0, 0);
  const now = () => new Date(clock).toISOString();
  const tick = (minSeconds: number, maxSeconds: number) => {
    clock += random.int(minSeconds, maxSeconds) * 1000;
  };
  const hex = (digits: number) => Array.from({ length: digits }, () => random.int(0, 15).toString(16).toUpperCase()).join('');
  const uuid = () => 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) =>
    (c === 'x' ? random.int(0, 15) : 8 + random.int(0, 3)).toString(16));

  const lines: string[] = [];
  let length = 0;
  const used = new Set<string>();
  let transactions = 0;
  let requestId = 1;
  /** A CALL and its CALLRESULT, the answer made once the request is out (a response may depend on it). */
  const exchange = (action: string, request: object, response: object) => {
    const id = uuid();
    used.add(action);
    for (const frame of [[2, id, action, request], [3, id, response]]) {
      const text = JSON.stringify(frame);
      lines.push(text);
      length += text.length + 4;
    }
  };

  const evses: Evse201[] = [1, 2].map((id) => ({ id, energy: random.int(100_000, 900_000) }));
  const status = (evse: Evse201, connectorStatus: string) =>
    exchange('StatusNotification', { timestamp: now(), connectorStatus, evseId: evse.id, connectorId: 1 }, {});
  const idTokenInfo = () => ({ status: 'Accepted', cacheExpiryDateTime: new Date(clock + 86_400_000).toISOString() });
  const sampled = (evse: Evse201, context: string, charging: boolean) => {
    const current = charging ? random.int(100, 320) / 10 : 0;
    const voltage = random.int(2250, 2350) / 10;
    const values: object[] = [
      { value: evse.energy, context, measurand: 'Energy.Active.Import.Register', location: 'Outlet', unitOfMeasure: { unit: 'Wh' } },
      { value: Math.round(current * voltage * 3), context, measurand: 'Power.Active.Import', location: 'Outlet', unitOfMeasure: { unit: 'W' } },
      ...['L1', 'L2', 'L3'].map((phase) => ({ value: current, context, measurand: 'Current.Import', phase, unitOfMeasure: { unit: 'A' } })),
      { value: voltage, context, measurand: 'Voltage', phase: 'L1-N', unitOfMeasure: { unit: 'V' } },
    ];
    if (random.chance(0.5)) values.push({ value: random.int(10, 95), context, measurand: 'SoC', location: 'EV', unitOfMeasure: { unit: 'Percent' } });
    return [{ timestamp: now(), sampledValue: values }];
  };
  const transactionEvent = (evse: Evse201, eventType: string, triggerReason: string, info: object, extra: object = {}) => {
    const tx = evse.transaction!;
    const request = { eventType, timestamp: now(), triggerReason, seqNo: tx.seqNo++, transactionInfo: { transactionId: tx.id, ...info }, ...extra };
    // The CSMS answers an event that carried an idToken with the token's status (E01.FR.12).
    exchange('TransactionEvent', request, 'idToken' in extra ? { idTokenInfo: idTokenInfo() } : {});
  };

  const startSession = (evse: Evse201) => {
    status(evse, 'Occupied');
    tick(5, 30);
    const idToken = random.chance(0.7) ? { idToken: hex(random.pick([8, 14])), type: 'ISO14443' } : { idToken: `EMP${hex(10)}`, type: 'Central' };
    exchange('Authorize', { idToken }, { idTokenInfo: idTokenInfo() });
    tick(1, 5);
    evse.transaction = { id: uuid(), seqNo: 0, idToken, charging: false };
    transactions++;
    transactionEvent(evse, 'Started', 'Authorized', { chargingState: 'EVConnected' },
      { evse: { id: evse.id, connectorId: 1 }, idToken, meterValue: sampled(evse, 'Transaction.Begin', false) });
  };
  const updateSession = (evse: Evse201) => {
    const tx = evse.transaction!;
    if (!tx.charging || random.chance(0.15)) {
      tx.charging = !tx.charging || random.chance(0.5);
      const chargingState = tx.charging ? 'Charging' : random.pick(['SuspendedEV', 'SuspendedEVSE']);
      transactionEvent(evse, 'Updated', 'ChargingStateChanged', { chargingState });
      return;
    }
    evse.energy += random.int(200, 2000);
    transactionEvent(evse, 'Updated', 'MeterValuePeriodic', { timeSpentCharging: random.int(60, 20_000) },
      { meterValue: sampled(evse, 'Sample.Periodic', true) });
  };
  const endSession = (evse: Evse201) => {
    const tx = evse.transaction!;
    transactionEvent(evse, 'Ended', 'StopAuthorized', { chargingState: 'EVConnected', stoppedReason: 'Local' },
      { idToken: tx.idToken, meterValue: sampled(evse, 'Transaction.End', false) });
    evse.transaction = undefined;
    tick(10, 120);
    status(evse, 'Available');
  };
  const report = () => {
    const id = requestId++;
    exchange('GetBaseReport', { requestId: id, reportBase: 'FullInventory' }, { status: 'Accepted' });
    const parts = random.int(1, 4);
    for (let seqNo = 0; seqNo < parts; seqNo++) {
      tick(0, 2);
      const reportData = Array.from({ length: random.int(2, 6) }, () => {
        const [component, variable, dataType, value] = random.pick(reportVariables201);
        const evse = component === 'EVSE' || component === 'Connector' ? { evse: { id: random.int(1, 2), ...(component === 'Connector' ? { connectorId: 1 } : {}) } } : {};
        return {
          component: { name: component, ...evse },
          variable: { name: variable },
          variableAttribute: [{ type: 'Actual', value, mutability: random.pick(['ReadOnly', 'ReadWrite']), persistent: true, constant: false }],
          variableCharacteristics: { dataType, supportsMonitoring: random.chance(0.5) },
        };
      });
      exchange('NotifyReport', { requestId: id, generatedAt: now(), seqNo, tbc: seqNo < parts - 1, reportData }, {});
    }
  };

  // A log starts as a station's does: it boots, is accepted, and reports its connectors.
  exchange('BootNotification',
    { reason: 'PowerUp', chargingStation: { model: 'AC-22-DUO', vendorName: 'Example Charging', serialNumber: `SN-${hex(8)}`, firmwareVersion: '2.4.1' } },
    { currentTime: now(), interval: 300, status: 'Accepted' });
  for (const evse of evses) status(evse, 'Available');

  while (length < targetBytes) {
    tick(1, 60);
    const evse = random.pick(evses);
    const draw = random.next();
    if (draw < 0.55) {
      if (!evse.transaction) startSession(evse);
      else if (evse.transaction.seqNo > random.int(6, 40)) endSession(evse);
      else updateSession(evse);
    } else if (draw < 0.75) {
      exchange('Heartbeat', {}, { currentTime: now() });
    } else if (draw < 0.95) {
      // The station's own meter: evseId 0 is the whole station (P1 §7).
      exchange('MeterValues', { evseId: random.chance(0.3) ? 0 : evse.id, meterValue: sampled(evse, 'Sample.Clock', !!evse.transaction?.charging) }, {});
    } else {
      report();
    }
  }
  // Sessions still open are left so: a log excerpt ends where it ends.

  return { text: `[\n  ${lines.join(',\n  ')}\n]\n`, frames: lines.length, actions: used.size, transactions };
}

/** Device model variables a station reports (component, variable, dataType, value). */
const reportVariables201: readonly (readonly [string, string, string, string])[] = [
  ['ChargingStation', 'AvailabilityState', 'OptionList', 'Available'],
  ['ChargingStation', 'Model', 'string', 'AC-22-DUO'],
  ['ChargingStation', 'SupplyPhases', 'integer', '3'],
  ['EVSE', 'Power', 'decimal', '22000'],
  ['EVSE', 'AvailabilityState', 'OptionList', 'Available'],
  ['Connector', 'ConnectorType', 'string', 'cType2'],
  ['Connector', 'SupplyPhases', 'integer', '3'],
  ['OCPPCommCtrlr', 'HeartbeatInterval', 'integer', '300'],
  ['SampledDataCtrlr', 'TxUpdatedInterval', 'integer', '60'],
  ['SampledDataCtrlr', 'TxUpdatedMeasurands', 'MemberList', 'Energy.Active.Import.Register,Power.Active.Import,Current.Import,Voltage,SoC'],
  ['AuthCtrlr', 'AuthorizeRemoteStart', 'boolean', 'true'],
  ['TxCtrlr', 'EVConnectionTimeOut', 'integer', '120'],
];
