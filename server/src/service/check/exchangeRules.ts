/**
 * Each side should wait for the answer to its CALL before sending the next one (OCPP-J 1.6 §4.1.1, and the same
 * in later versions): the one rule about the order of a conversation that every OCPP version shares. The
 * catalog says where its specification states it.
 */
import type { Side } from '../../ocpp/catalog';
import type { ActionDefinition } from '../../ocpp/schema';
import { lineAt } from '../../text/lines';
import { senderOfFrame, type Frame, type OcppDocument } from '../document/ocppDocument';
import { uniqueIdSpan } from '../document/textFrames';
import type { Report } from './validatePayload';

/** "the Charging Station" or "the CSMS" in 2.x, "the charge point" or "the Central System" in 1.6. */
export function sideLabel(doc: OcppDocument, side: Side): string {
  return `the ${side === 'ChargePoint' ? doc.catalog.words.station : doc.catalog.words.central}`;
}

const isAnswer = (frame: Frame) => frame.messageType?.answersCall === true;

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
  const late: LateCall[] = [];
  // The late CALLs whose answer the loop has not reached yet, by id: the first answer with the id names its line.
  const awaited = new Map<string, LateCall[]>();
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i];
    if (isAnswer(frame)) {
      if (chargePoint?.uniqueId === frame.uniqueId) chargePoint = undefined;
      if (centralSystem?.uniqueId === frame.uniqueId) centralSystem = undefined;
      const waiting = awaited.size > 0 && frame.uniqueId !== undefined ? awaited.get(frame.uniqueId) : undefined;
      if (waiting) {
        for (const call of waiting) call.answer = frame;
        awaited.delete(frame.uniqueId!);
      }
      continue;
    }
    if (!frame.messageType?.expectsAnswer || !frame.action || frame.uniqueId === undefined) continue;
    // DataTransfer goes either way: only a log's direction says who sent it.
    const side = senderOfFrame(doc, frame);
    if (!side) continue;
    const open = side === 'ChargePoint' ? chargePoint : centralSystem;
    // An open CALL always has a string uniqueId (see below).
    if (open?.action) {
      const call: LateCall = { open, action: open.action, next: frame, nextAction: frame.action, side, answer: undefined };
      late.push(call);
      const waiting = awaited.get(open.uniqueId!);
      if (waiting) waiting.push(call);
      else awaited.set(open.uniqueId!, [call]);
    }
    if (side === 'ChargePoint') chargePoint = frame;
    else centralSystem = frame;
  }
  for (const { open, action, next, nextAction, side, answer } of late) {
    const openId = uniqueIdSpan(open)!;
    const later = answer ? ` Its answer comes only on line ${lineAt(doc, answer.offset)}.` : '';
    report({ code: 'unanswered-call', offset: openId.offset, length: openId.length,
      message: `This ${action.name} CALL has no answer before ${sideLabel(doc, side)} sends its next CALL (${nextAction.name}, line ${lineAt(doc, next.offset)}). ` +
        `${doc.catalog.references.oneCallAtATime}: a side should not send a CALL while an earlier one is neither answered nor timed out.${later}`,
      data: { uniqueId: open.uniqueId, action: action.name, side, nextUniqueId: next.uniqueId } });
  }
}

/** A CALL its side followed with another before any answer came: the finding, once the loop knows where its answer is. */
interface LateCall {
  readonly open: Frame;
  readonly action: ActionDefinition;
  readonly next: Frame;
  readonly nextAction: ActionDefinition;
  readonly side: Side;
  /** The first answer with the CALL's id after `next`, if any. */
  answer: Frame | undefined;
}
