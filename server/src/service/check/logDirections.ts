/**
 * What a log's direction marks say against what the frames are (jsonLines.ts works out who wrote the log): a CALL or
 * SEND of an action only the other side sends (a BootNotification going from the Central System), and an answer
 * going the same way as the CALL it answers (the side that received a CALL answers it, OCPP-J §4.1). Either means
 * the mark or the frame is wrong; both are warnings, on the frame's action or uniqueId.
 */
import { senderOf } from '../../ocpp/catalog';
import { lineAt } from '../../text/lines';
import type { OcppDocument } from '../document/ocppDocument';
import { sideLabel } from './exchangeRules';
import type { Report } from './validatePayload';

export function checkLogDirections(doc: OcppDocument, report: Report): void {
  const senders = doc.senders;
  if (!senders) return;
  for (const frame of doc.frames) {
    const logged = senders.get(frame);
    const type = frame.messageType;
    if (!logged || !type) continue;
    if (type.actionIndex !== undefined) {
      const sender = frame.action && senderOf[frame.action.direction];
      if (!sender || sender === logged) continue;
      // Asked only for a frame to report: a node builds the frame's syntax tree.
      const node = frame.actionNode;
      if (!node) continue;
      report({ code: 'log-direction', offset: node.offset, length: node.length,
        message: `By its direction in the log, this ${frame.action!.name} ${type.name} went from ${sideLabel(doc, logged)}, ` +
          `but only ${sideLabel(doc, sender)} sends ${frame.action!.name}: the line's direction mark or the frame is wrong.`,
        data: { action: frame.action!.name, logged, sender } });
    } else if (type.answersCall && frame.answers) {
      const callSender = senders.get(frame.answers) ?? (frame.answers.action && senderOf[frame.answers.action.direction]);
      if (!callSender || callSender !== logged) continue;
      const node = frame.uniqueIdNode;
      if (!node) continue;
      report({ code: 'log-direction', offset: node.offset, length: node.length,
        message: `By its direction in the log, this ${type.name} went from ${sideLabel(doc, logged)}, the side that sent the CALL it answers ` +
          `(line ${lineAt(doc, frame.answers.offset)}): the side that receives a CALL answers it. The line's direction mark or its uniqueId is wrong.`,
        data: { uniqueId: frame.uniqueId, logged } });
    }
  }
}
