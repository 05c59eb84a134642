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
 *
 * Below it, generators of valid OCPP 2.0.1 and 2.1 logs (no defects) for the benchmark's per-version figures: one
 * station's sessions, which 2.1's version reports its own way and adds SEND and CALLRESULTERROR frames to.
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
// OCPP 2.0.1 and 2.1: one charging station's log, reported the way each version does
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
interface StationEvse {
  readonly id: number;
  transaction?: { readonly id: string; seqNo: number; readonly idToken: { idToken: string; type: string }; charging: boolean };
  /** The energy register in Wh: it only grows. */
  energy: number;
}

/**
 * The frames of one station's log as they are written, one per line, and the parts of a charging session both 2.x
 * versions share: the station's clock, UUIDs, meter values, TransactionEvents with seqNo counted from 0 per
 * transaction, and GetBaseReport answered by NotifyReport parts. How a connector's state is reported is the
 * version's (`reportConnector`), and so are the transactionInfo fields a Started event adds (`startedInfo`).
 */
class StationLog {
  private readonly lines: string[] = [];
  /** The text's length so far, counting the separators between frames. */
  length = 0;
  private readonly used = new Set<string>();
  private transactions = 0;
  private requestId = 1;
  private clock = Date.UTC(2024, 0, 1, 6, 0, 0);
  readonly evses: StationEvse[];

  constructor(
    readonly random: Random,
    private readonly reportConnector: (log: StationLog, evse: StationEvse, state: string) => void,
    private readonly startedInfo: object = {},
  ) {
    this.evses = [1, 2].map((id) => ({ id, energy: random.int(100_000, 900_000) }));
  }

  now(offsetMs = 0) {
    return new Date(this.clock + offsetMs).toISOString();
  }
  /** The clock in ms, for a version's own bookkeeping. */
  time() {
    return this.clock;
  }
  tick(minSeconds: number, maxSeconds: number) {
    this.clock += this.random.int(minSeconds, maxSeconds) * 1000;
  }
  hex(digits: number) {
    return Array.from({ length: digits }, () => this.random.int(0, 15).toString(16).toUpperCase()).join('');
  }
  uuid() {
    return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) =>
      (c === 'x' ? this.random.int(0, 15) : 8 + this.random.int(0, 3)).toString(16));
  }

  /** Writes one frame as its own line. */
  frame(frame: readonly unknown[]) {
    const text = JSON.stringify(frame);
    this.lines.push(text);
    this.length += text.length + 4;
  }
  /** A CALL and its CALLRESULT, the answer made once the request is out (a response may depend on it); the id. */
  exchange(action: string, request: object, response: object): string {
    const id = this.uuid();
    this.used.add(action);
    this.frame([2, id, action, request]);
    this.frame([3, id, response]);
    return id;
  }
  /** A SEND (OCPP 2.1): a message nothing answers. */
  send(action: string, payload: object) {
    this.used.add(action);
    this.frame([6, this.uuid(), action, payload]);
  }

  idTokenInfo() {
    return { status: 'Accepted', cacheExpiryDateTime: new Date(this.clock + 86_400_000).toISOString() };
  }
  /** A phase current in A while charging, 0 otherwise, and the voltage with it. */
  reading(charging: boolean) {
    const current = charging ? this.random.int(100, 320) / 10 : 0;
    const voltage = this.random.int(2250, 2350) / 10;
    return { current, voltage, power: Math.round(current * voltage * 3) };
  }
  sampled(evse: StationEvse, context: string, charging: boolean) {
    const { current, voltage, power } = this.reading(charging);
    const values: object[] = [
      { value: evse.energy, context, measurand: 'Energy.Active.Import.Register', location: 'Outlet', unitOfMeasure: { unit: 'Wh' } },
      { value: power, context, measurand: 'Power.Active.Import', location: 'Outlet', unitOfMeasure: { unit: 'W' } },
      ...['L1', 'L2', 'L3'].map((phase) => ({ value: current, context, measurand: 'Current.Import', phase, unitOfMeasure: { unit: 'A' } })),
      { value: voltage, context, measurand: 'Voltage', phase: 'L1-N', unitOfMeasure: { unit: 'V' } },
    ];
    if (this.random.chance(0.5)) values.push({ value: this.random.int(10, 95), context, measurand: 'SoC', location: 'EV', unitOfMeasure: { unit: 'Percent' } });
    return [{ timestamp: this.now(), sampledValue: values }];
  }
  private transactionEvent(evse: StationEvse, eventType: string, triggerReason: string, info: object, extra: object = {}) {
    const tx = evse.transaction!;
    const request = { eventType, timestamp: this.now(), triggerReason, seqNo: tx.seqNo++, transactionInfo: { transactionId: tx.id, ...info }, ...extra };
    // The CSMS answers an event that carried an idToken with the token's status (E01.FR.12).
    this.exchange('TransactionEvent', request, 'idToken' in extra ? { idTokenInfo: this.idTokenInfo() } : {});
  }

  boot(firmwareVersion: string) {
    this.exchange('BootNotification',
      { reason: 'PowerUp', chargingStation: { model: 'AC-22-DUO', vendorName: 'Example Charging', serialNumber: `SN-${this.hex(8)}`, firmwareVersion } },
      { currentTime: this.now(), interval: 300, status: 'Accepted' });
    for (const evse of this.evses) this.reportConnector(this, evse, 'Available');
  }
  startSession(evse: StationEvse) {
    this.reportConnector(this, evse, 'Occupied');
    this.tick(5, 30);
    const idToken = this.random.chance(0.7)
      ? { idToken: this.hex(this.random.pick([8, 14])), type: 'ISO14443' }
      : { idToken: `EMP${this.hex(10)}`, type: 'Central' };
    this.exchange('Authorize', { idToken }, { idTokenInfo: this.idTokenInfo() });
    this.tick(1, 5);
    evse.transaction = { id: this.uuid(), seqNo: 0, idToken, charging: false };
    this.transactions++;
    this.transactionEvent(evse, 'Started', 'Authorized', { chargingState: 'EVConnected', ...this.startedInfo },
      { evse: { id: evse.id, connectorId: 1 }, idToken, meterValue: this.sampled(evse, 'Transaction.Begin', false) });
  }
  updateSession(evse: StationEvse) {
    const tx = evse.transaction!;
    if (!tx.charging || this.random.chance(0.15)) {
      tx.charging = !tx.charging || this.random.chance(0.5);
      const chargingState = tx.charging ? 'Charging' : this.random.pick(['SuspendedEV', 'SuspendedEVSE']);
      this.transactionEvent(evse, 'Updated', 'ChargingStateChanged', { chargingState });
      return;
    }
    evse.energy += this.random.int(200, 2000);
    this.transactionEvent(evse, 'Updated', 'MeterValuePeriodic', { timeSpentCharging: this.random.int(60, 20_000) },
      { meterValue: this.sampled(evse, 'Sample.Periodic', true) });
  }
  endSession(evse: StationEvse) {
    const tx = evse.transaction!;
    this.transactionEvent(evse, 'Ended', 'StopAuthorized', { chargingState: 'EVConnected', stoppedReason: 'Local' },
      { idToken: tx.idToken, meterValue: this.sampled(evse, 'Transaction.End', false) });
    evse.transaction = undefined;
    this.tick(10, 120);
    this.reportConnector(this, evse, 'Available');
  }
  /** GetBaseReport and the NotifyReport parts that answer it (seqNo from 0, tbc on all but the last). */
  report() {
    const id = this.requestId++;
    this.exchange('GetBaseReport', { requestId: id, reportBase: 'FullInventory' }, { status: 'Accepted' });
    const parts = this.random.int(1, 4);
    for (let seqNo = 0; seqNo < parts; seqNo++) {
      this.tick(0, 2);
      const reportData = Array.from({ length: this.random.int(2, 6) }, () => {
        const [component, variable, dataType, value] = this.random.pick(reportVariables201);
        const evse = component === 'EVSE' || component === 'Connector'
          ? { evse: { id: this.random.int(1, 2), ...(component === 'Connector' ? { connectorId: 1 } : {}) } }
          : {};
        return {
          component: { name: component, ...evse },
          variable: { name: variable },
          variableAttribute: [{ type: 'Actual', value, mutability: this.random.pick(['ReadOnly', 'ReadWrite']), persistent: true, constant: false }],
          variableCharacteristics: { dataType, supportsMonitoring: this.random.chance(0.5) },
        };
      });
      this.exchange('NotifyReport', { requestId: id, generatedAt: this.now(), seqNo, tbc: seqNo < parts - 1, reportData }, {});
    }
  }
  /** A session step on one EVSE: start one, end a long one, or go on with it. */
  session(evse: StationEvse) {
    if (!evse.transaction) this.startSession(evse);
    else if (evse.transaction.seqNo > this.random.int(6, 40)) this.endSession(evse);
    else this.updateSession(evse);
  }
  /** The station's own meter: evseId 0 is the whole station (P1 §7). */
  meterValues(evse: StationEvse) {
    this.exchange('MeterValues', { evseId: this.random.chance(0.3) ? 0 : evse.id, meterValue: this.sampled(evse, 'Sample.Clock', !!evse.transaction?.charging) }, {});
  }

  finish(): Conversation201 {
    // Sessions still open are left so: a log excerpt ends where it ends.
    return { text: `[\n  ${this.lines.join(',\n  ')}\n]\n`, frames: this.lines.length, actions: this.used.size, transactions: this.transactions };
  }
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
  const log = new StationLog(new Random(seed), (station, evse, connectorStatus) =>
    station.exchange('StatusNotification', { timestamp: station.now(), connectorStatus, evseId: evse.id, connectorId: 1 }, {}));
  const { random } = log;

  // A log starts as a station's does: it boots, is accepted, and reports its connectors.
  log.boot('2.4.1');
  while (log.length < targetBytes) {
    log.tick(1, 60);
    const evse = random.pick(log.evses);
    const draw = random.next();
    if (draw < 0.55) log.session(evse);
    else if (draw < 0.75) log.exchange('Heartbeat', {}, { currentTime: log.now() });
    else if (draw < 0.95) log.meterValues(evse);
    else log.report();
  }
  return log.finish();
}

/** What generateConversation21 made: a valid 2.1 log, and how many of its frames are 2.1's own kinds. */
export interface Conversation21 extends Conversation201 {
  /** How many SEND frames (NotifyPeriodicEventStream) it has. */
  readonly sends: number;
  /** How many CALLRESULTERROR frames it has. */
  readonly callResultErrors: number;
  /** How many periodic event streams were opened. */
  readonly streams: number;
}

/** A periodic event stream on one EVSE's Power, and the samples its monitor has taken but the station not yet sent. */
interface Stream21 {
  readonly id: number;
  readonly monitorId: number;
  /** The monitor's period in s, and the most values one NotifyPeriodicEventStream carries (params.values). */
  readonly period: number;
  readonly values: number;
  /** When the next sample is taken, in ms. */
  nextSample: number;
  /** The power in W the EV draws while charging, which samples scatter around. */
  readonly level: number;
}

/**
 * A seeded OCPP 2.1 charging log, valid throughout (no diagnostic: test/corpus21.test.ts), with the frames 2.1 adds.
 * The station reports its connectors as 2.1 prefers, with NotifyEvent (component Connector, variable
 * AvailabilityState, trigger Delta) instead of the deprecated StatusNotification, and runs the same sessions as the
 * 2.0.1 log, its Started events naming an operationMode (new in 2.1). Now and then, once an EV charges, the CSMS
 * sets a Periodic monitor on the EVSE's Power with a periodicEventStream (SetVariableMonitoring); the station opens the
 * stream (OpenPeriodicEventStream) and sends the samples as they come in NotifyPeriodicEventStream SEND frames, which
 * nothing answers, at most `values` at a time with the rest counted in `pending`; when the session ends the CSMS
 * clears the monitor (ClearVariableMonitoring) and the station sends what it still holds and closes the stream
 * (ClosePeriodicEventStream, N13.FR.03, N13.FR.05). Now and then the CSMS asks for variables (GetVariables), and a
 * side that could not process a valid CALLRESULT for a reason of its own (GetVariables' or Heartbeat's) answers it
 * with a CALLRESULTERROR InternalError. The same seed gives the same bytes.
 */
export function generateConversation21(targetBytes: number, seed: number): Conversation21 {
  let eventId = 0;
  const log = new StationLog(new Random(seed), (station, evse, state) => {
    const at = station.now();
    station.exchange('NotifyEvent', {
      generatedAt: at,
      seqNo: 0,
      eventData: [{
        eventId: eventId++, timestamp: at, trigger: 'Delta', actualValue: state, eventNotificationType: 'HardWiredNotification',
        component: { name: 'Connector', evse: { id: evse.id, connectorId: 1 } }, variable: { name: 'AvailabilityState' },
      }],
    }, {});
  }, { operationMode: 'ChargingOnly' });
  const { random } = log;
  const streams = new Map<StationEvse, Stream21>();
  let nextMonitorId = 1;
  let nextStreamId = 1;
  let sends = 0;
  let callResultErrors = 0;
  let opened = 0;

  const power = { component: (evse: StationEvse) => ({ name: 'EVSE', evse: { id: evse.id } }), variable: { name: 'Power' } };
  const rejectAnswer = (id: string, which: string) => {
    callResultErrors++;
    log.frame([5, id, 'InternalError', `${which} could not be processed: ${random.pick(storageFaults)}`, {}]);
  };

  const openStream = (evse: StationEvse) => {
    const period = random.pick([10, 15, 30]);
    const values = random.pick([5, 10, 20]);
    const monitorId = nextMonitorId++;
    const params = { interval: period * values, values };
    log.exchange('SetVariableMonitoring',
      { setMonitoringData: [{ value: period, type: 'Periodic', severity: 8, transaction: true, component: power.component(evse), variable: power.variable, periodicEventStream: params }] },
      { setMonitoringResult: [{ id: monitorId, status: 'Accepted', type: 'Periodic', severity: 8, component: power.component(evse), variable: power.variable }] });
    log.tick(0, 2);
    const id = nextStreamId++;
    log.exchange('OpenPeriodicEventStream', { constantStreamData: { id, variableMonitoringId: monitorId, params } }, { status: 'Accepted' });
    streams.set(evse, { id, monitorId, period, values, nextSample: log.time() + period * 1000, level: log.reading(true).power });
    opened++;
  };
  /**
   * Sends the samples the monitor has taken up to `until`, `values` at a time as the stream's params say; with `all`,
   * until none is left, the last message perhaps shorter.
   */
  const flush = (evse: StationEvse, all: boolean, until = log.time(), charging = !!evse.transaction?.charging) => {
    const stream = streams.get(evse)!;
    for (;;) {
      const available = Math.floor((until - stream.nextSample) / (stream.period * 1000)) + 1;
      if (available < (all ? 1 : stream.values)) return;
      const count = Math.min(available, stream.values);
      const data = Array.from({ length: count }, (_, i) =>
        ({ t: i * stream.period, v: String(charging ? stream.level + random.int(-150, 150) : 0) }));
      log.send('NotifyPeriodicEventStream', { id: stream.id, pending: available - count, basetime: new Date(stream.nextSample).toISOString(), data });
      sends++;
      stream.nextSample += count * stream.period * 1000;
    }
  };
  /** After the session on `evse` ended at `ended`: the monitor, which watched only the transaction, took no sample since. */
  const closeStream = (evse: StationEvse, ended: number, charging: boolean) => {
    const stream = streams.get(evse)!;
    log.exchange('ClearVariableMonitoring', { id: [stream.monitorId] }, { clearMonitoringResult: [{ status: 'Accepted', id: stream.monitorId }] });
    flush(evse, true, ended, charging);
    log.exchange('ClosePeriodicEventStream', { id: stream.id }, {});
    streams.delete(evse);
  };

  log.boot('3.0.0');
  while (log.length < targetBytes) {
    log.tick(1, 60);
    for (const evse of streams.keys()) flush(evse, false);
    const evse = random.pick(log.evses);
    const draw = random.next();
    if (draw < 0.55) {
      const tx = evse.transaction;
      if (!tx || !streams.has(evse)) {
        log.session(evse);
        if (evse.transaction?.charging && !streams.has(evse) && random.chance(0.3)) openStream(evse);
      } else if (tx.seqNo > random.int(6, 40)) {
        // The monitor watches the transaction: the CSMS clears it once the session has ended.
        const [ended, charging] = [log.time(), tx.charging];
        log.endSession(evse);
        closeStream(evse, ended, charging);
      } else {
        log.updateSession(evse);
      }
    } else if (draw < 0.72) {
      const id = log.exchange('Heartbeat', {}, { currentTime: log.now() });
      if (random.chance(0.02)) rejectAnswer(id, 'The currentTime');
    } else if (draw < 0.9) {
      log.meterValues(evse);
    } else if (draw < 0.96) {
      const [component, variable, , value] = random.pick(reportVariables201.filter(([name]) => name !== 'EVSE' && name !== 'Connector'));
      const id = log.exchange('GetVariables',
        { getVariableData: [{ component: { name: component }, variable: { name: variable } }] },
        { getVariableResult: [{ attributeStatus: 'Accepted', attributeType: 'Actual', attributeValue: value, component: { name: component }, variable: { name: variable } }] });
      if (random.chance(0.25)) rejectAnswer(id, 'The variable values');
    } else {
      log.report();
    }
  }
  const conversation = log.finish();
  return { ...conversation, sends, callResultErrors, streams: opened };
}

/** Why the receiver of a valid CALLRESULT could not process it: reasons of its own, not the message's. */
const storageFaults = ['its database did not answer in time', 'the storage is full', 'a worker process restarted'];

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
