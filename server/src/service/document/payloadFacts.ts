/**
 * The few payload values the conversation rules follow from frame to frame: a StatusNotification's connector,
 * status, errorCode and timestamp, and the transactionId a StartTransaction.conf gives or a StopTransaction or
 * MeterValues uses. They are read once per frame, from the syntax tree or, for a frame read without one, from
 * the value JSON.parse made of it, so the rules never need a frame's tree until they report on it.
 *
 * Only well-typed values are kept (strings as strings, integers as integers); anything else is the payload
 * validator's to report. Where a key appears twice, the first counts, as everywhere else.
 */
import type { ObjectNode } from '../../json/jsonTree';

export interface PayloadFacts {
  /** An integer connectorId (any sign: the rules decide what they accept). */
  readonly connectorId?: number;
  readonly status?: string;
  readonly errorCode?: string;
  readonly timestamp?: string;
  /** An integer transactionId. */
  readonly transactionId?: number;
}

export const noFacts: PayloadFacts = Object.freeze({});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function factsFromValue(payload: { [key: string]: Json }): PayloadFacts {
  const { connectorId, status, errorCode, timestamp, transactionId } = payload;
  if (connectorId === undefined && status === undefined && errorCode === undefined && timestamp === undefined &&
    transactionId === undefined) return noFacts;
  return {
    connectorId: integer(connectorId),
    status: typeof status === 'string' ? status : undefined,
    errorCode: typeof errorCode === 'string' ? errorCode : undefined,
    timestamp: typeof timestamp === 'string' ? timestamp : undefined,
    transactionId: integer(transactionId),
  };
}

export function factsFromNode(payload: ObjectNode): PayloadFacts {
  const value: { [key: string]: Json } = {};
  for (const property of payload.properties) {
    const name = property.key.value;
    const node = property.value;
    if (!tracked.has(name) || Object.hasOwn(value, name)) continue;
    value[name] = node?.type === 'string' || node?.type === 'number' ? node.value : null;
  }
  return factsFromValue(value);
}

const tracked = new Set(['connectorId', 'status', 'errorCode', 'timestamp', 'transactionId']);

const integer = (value: Json | undefined) => (typeof value === 'number' && Number.isInteger(value) ? value : undefined);
