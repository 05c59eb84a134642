/**
 * Values the other side assigns. A script is written before the run, so where the other side picks a value (the
 * central system numbers a 1.6 transaction; a 2.x station names its transaction) the script can only write a
 * stand-in, such as transactionId 1. The first time the other side writes a field of such a name with a value
 * the script has not sent itself, the live value is bound to the script's: that field is not compared, and every
 * later frame of the script that carries the script's value in a field of that name goes out (or is expected)
 * with the live one.
 *
 * The list is by field name, not by message, so that it needs no catalog and covers every version alike:
 * - transactionId: OCPP 1.6's StartTransaction.conf (the central system numbers the transaction, and
 *   StopTransaction, MeterValues and RemoteStopTransaction then carry that number); OCPP 2.0.1 and 2.1's
 *   TransactionEvent transactionInfo.transactionId (the station names the transaction, and a central system's
 *   RequestStopTransaction, GetTransactionStatus or TxProfile names it back) and RequestStartTransaction.conf's
 *   transactionId (the station reports the transaction it has already started).
 * Ids the script's own side assigns (reservationId, chargingProfileId, requestId, remoteStartId) are not on the
 * list: the script writes those values itself, and the other side must echo them exactly.
 */

export const assignedFieldNames: readonly string[] = ['transactionId'];

/** One binding made during a run, for the step's report. */
export interface Binding {
  readonly field: string;
  readonly scriptValue: unknown;
  readonly liveValue: unknown;
}

export class Bindings {
  /** field name → the script's value (as JSON) → the live value. */
  private readonly bound = new Map<string, Map<string, unknown>>();
  /** field name → the script's values (as JSON) our side has sent: the other side must echo those, not assign them. */
  private readonly sent = new Map<string, Set<string>>();

  constructor(private readonly fieldNames: readonly string[] = assignedFieldNames) {}

  /**
   * A payload our side is about to send, with every bound value replaced by its live one. The script's values of
   * the assigned names are noted as ours, so that the other side's later use of them is compared, not bound.
   */
  outgoing(payload: unknown): unknown {
    return rewrite(payload, this.fieldNames, (name, value) => {
      const key = JSON.stringify(value);
      if (!this.sent.has(name)) this.sent.set(name, new Set());
      this.sent.get(name)!.add(key);
      const map = this.bound.get(name);
      return map?.has(key) ? map.get(key) : value;
    });
  }

  /**
   * The script's expectation of a payload the other side wrote, ready to compare with the live one: bound values
   * replaced by their live ones, and a value of an assigned name seen for the first time bound to what the live
   * payload has at the same place (so it compares equal). Returns the bindings this made.
   */
  incoming(expected: unknown, live: unknown): { expected: unknown; made: Binding[] } {
    const made: Binding[] = [];
    const walk = (exp: unknown, got: unknown): unknown => {
      if (Array.isArray(exp)) return exp.map((item, i) => walk(item, Array.isArray(got) ? got[i] : undefined));
      if (!isObject(exp)) return exp;
      const out: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(exp)) {
        const liveValue = isObject(got) ? got[name] : undefined;
        out[name] = this.fieldNames.includes(name) && !isContainer(value) ? this.expect(name, value, liveValue, made) : walk(value, liveValue);
      }
      return out;
    };
    return { expected: walk(expected, live), made };
  }

  private expect(name: string, value: unknown, liveValue: unknown, made: Binding[]): unknown {
    const key = JSON.stringify(value);
    const map = this.bound.get(name);
    if (map?.has(key)) return map.get(key);
    // A value we sent is theirs to echo; a missing live value is left for the comparison to report.
    if (this.sent.get(name)?.has(key) || liveValue === undefined || isContainer(liveValue)) return value;
    if (!map) this.bound.set(name, new Map());
    this.bound.get(name)!.set(key, liveValue);
    made.push({ field: name, scriptValue: value, liveValue });
    return liveValue;
  }

  /** Every binding so far, in the order made. */
  all(): Binding[] {
    return [...this.bound].flatMap(([field, map]) => [...map].map(([key, liveValue]) => ({ field, scriptValue: JSON.parse(key), liveValue })));
  }
}

/** A copy of `value` with each field of one of `names` (at any depth, holding a plain value) passed through `change`. */
function rewrite(value: unknown, names: readonly string[], change: (name: string, value: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => rewrite(item, names, change));
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(value)) {
    out[name] = names.includes(name) && !isContainer(field) ? change(name, field) : rewrite(field, names, change);
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isContainer(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}
