/**
 * Where transaction ids come from: a transactionId used by StopTransaction or MeterValues should have come from
 * an earlier StartTransaction.conf (OCPP 1.6 §4.7, §4.8, §4.10).
 */
import type { NumberNode, ObjectNode } from '../../../json/jsonTree';
import { propertyOf } from '../../../json/treeQueries';
import type { ReportFinding, RuleDocument } from '../../rules';
import { MeterValues, StartTransaction, StopTransaction } from '../actions/core';
import { references } from '../references';

export function checkTransactionIds(doc: RuleDocument, report: ReportFinding): void {
  if (doc.shape !== 'conversation') return;
  // A file without any StartTransaction exchange is an excerpt (say, only the MeterValues of a long session):
  // its transaction ids were given outside it, and flagging every one would be noise.
  if (!doc.frames.some((f) => f.messageType?.name === 'CALLRESULT' && f.answers?.action === StartTransaction)) return;
  // Ids in the order they were given; a Set keeps the lookup linear over a long session.
  const given = new Set<number>();
  for (const frame of doc.frames) {
    // The facts hold an integer transactionId only when the payload is an object that has one.
    const transactionId = frame.facts.transactionId;
    if (typeof transactionId !== 'number') continue;
    if (frame.messageType?.name === 'CALLRESULT' && frame.answers?.action === StartTransaction) {
      given.add(transactionId);
      continue;
    }
    if (frame.messageType?.name !== 'CALL' || (frame.action !== StopTransaction && frame.action !== MeterValues)) continue;
    if (given.has(transactionId)) continue;
    const id = transactionIdOf(frame.payloadNode as ObjectNode)!;
    // A long session gives many ids; the latest few are the ones a typo would be close to.
    const latest = [...given].slice(-5);
    const known = !given.size ? 'None has been given before this point.'
      : given.size > latest.length ? `The latest ids given before this point: ${latest.join(', ')}.`
      : `The ids given before this point: ${latest.join(', ')}.`;
    report({ code: 'unknown-transaction', offset: id.offset, length: id.length,
      message: `No earlier StartTransaction response in this file gave transactionId ${id.raw}, so this ${frame.action.name} names a transaction the file never started (${references.transactions}: the Central System assigns the id in StartTransaction.conf). ${known}`,
      data: { transactionId: id.value, action: frame.action.name, knownTransactionIds: latest } });
  }
}

/** An integer transactionId; anything else is the payload validator's to report. */
function transactionIdOf(payload: ObjectNode): NumberNode | undefined {
  const value = propertyOf(payload, 'transactionId')?.value;
  return value?.type === 'number' && Number.isInteger(value.value) ? value : undefined;
}
