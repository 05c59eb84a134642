/**
 * Rules about how the CALLs of a conversation relate to each other:
 * - a transactionId used by StopTransaction or MeterValues should have come from an earlier
 *   StartTransaction.conf (OCPP 1.6 §4.7, §4.8, §4.10);
 * - each side should wait for the answer to its CALL before sending the next one (OCPP-J 1.6 §4.1.1).
 */
import type { Direction } from '../../schema';
import { MeterValues, StartTransaction, StopTransaction } from '../actions';
import type { NumberNode, ObjectNode } from '../../../json/jsonTree';
import type { Frame, OcppDocument } from '../../../service/document/ocppDocument';
import { lineAt } from '../../../text/lines';
import type { Report } from '../../../service/check/validatePayload';

export function checkTransactionIds(doc: OcppDocument, report: Report): void {
  if (doc.shape !== 'conversation') return;
  // A file without any StartTransaction exchange is an excerpt (say, only the MeterValues of a long session):
  // its transaction ids were given outside it, and flagging every one would be noise.
  if (!doc.frames.some((f) => f.messageType?.name === 'CALLRESULT' && f.answers?.action === StartTransaction)) return;
  // Ids in the order they were given; a Set keeps the lookup linear over a long session.
  const given = new Set<number>();
  for (const frame of doc.frames) {
    // The facts hold an integer transactionId only when the payload is an object that has one.
    const transactionId = frame.facts.transactionId;
    if (transactionId === undefined) continue;
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
      message: `No earlier StartTransaction response in this file gave transactionId ${id.raw}, so this ${frame.action.name} names a transaction the file never started (OCPP 1.6 §4.8: the Central System assigns the id in StartTransaction.conf). ${known}`,
      data: { transactionId: id.value, action: frame.action.name, knownTransactionIds: latest } });
  }
}

/** An integer transactionId; anything else is the payload validator's to report. */
function transactionIdOf(payload: ObjectNode): NumberNode | undefined {
  const value = payload.properties.find((p) => p.key.value === 'transactionId')?.value;
  return value?.type === 'number' && Number.isInteger(value.value) ? value : undefined;
}

type Side = 'ChargePoint' | 'CentralSystem';

const senderOf: Record<Direction, Side | undefined> = {
  ChargePointToCentralSystem: 'ChargePoint',
  CentralSystemToChargePoint: 'CentralSystem',
  // DataTransfer goes either way and a file does not say who sent it, so its side is unknown.
  Both: undefined,
};

const sideLabel: Record<Side, string> = { ChargePoint: 'the charge point', CentralSystem: 'the Central System' };

export function checkUnansweredCalls(doc: OcppDocument, report: Report): void {
  if (doc.shape !== 'conversation') return;
  const frames = doc.frames;
  // A file of CALLs alone is a set of messages to send or test with, not a recorded exchange: there is no
  // order of answers to judge, and a note on every CALL would be noise.
  if (!frames.some(isAnswer)) return;
  // Each side may have one CALL outstanding; the other side's CALLs may cross it (§4.1.1 note), so they are
  // tracked apart. A CALL left open at the end of the file is not flagged: the capture may just stop there.
  // Two plain slots rather than a map: this runs over every frame of files that can hold a million.
  let chargePoint: Frame | undefined;
  let centralSystem: Frame | undefined;
  // Built on the first finding only, to say where a late answer is.
  let answersById: Map<string, Frame[]> | undefined;
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i];
    if (isAnswer(frame)) {
      if (chargePoint?.uniqueId === frame.uniqueId) chargePoint = undefined;
      if (centralSystem?.uniqueId === frame.uniqueId) centralSystem = undefined;
      continue;
    }
    if (frame.messageType?.name !== 'CALL' || !frame.action || frame.uniqueId === undefined) continue;
    const side = senderOf[frame.action.direction];
    if (!side) continue;
    const open = side === 'ChargePoint' ? chargePoint : centralSystem;
    // An open CALL always has a string uniqueId (see below), so its node exists.
    if (open?.action) {
      const openIdNode = open.uniqueIdNode!;
      answersById ??= indexAnswers(frames);
      const answer = answersById.get(open.uniqueId ?? '')?.find((f) => f.offset > frame.offset);
      const later = answer ? ` Its answer comes only on line ${lineAt(doc, answer.offset)}.` : '';
      report({ code: 'unanswered-call', offset: openIdNode.offset, length: openIdNode.length,
        message: `This ${open.action.name} CALL has no answer before ${sideLabel[side]} sends its next CALL (${frame.action.name}, line ${lineAt(doc, frame.offset)}). ` +
          `OCPP-J 1.6 §4.1.1: a side should not send a CALL while an earlier one is neither answered nor timed out.${later}`,
        data: { uniqueId: open.uniqueId, action: open.action.name, side, nextUniqueId: frame.uniqueId } });
    }
    if (side === 'ChargePoint') chargePoint = frame;
    else centralSystem = frame;
  }
}

function isAnswer(frame: Frame): boolean {
  const kind = frame.messageType?.name;
  return kind === 'CALLRESULT' || kind === 'CALLERROR';
}

function indexAnswers(frames: readonly Frame[]): Map<string, Frame[]> {
  const byId = new Map<string, Frame[]>();
  for (const frame of frames) {
    if (!isAnswer(frame) || frame.uniqueId === undefined) continue;
    const list = byId.get(frame.uniqueId);
    if (list) list.push(frame);
    else byId.set(frame.uniqueId, [frame]);
  }
  return byId;
}
