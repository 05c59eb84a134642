/**
 * The frame and payload checks' findings for a frame the token checker read, worded from its suspects
 * (document/suspects.ts) by the tree checker's own functions (validateFrames.ts, validatePayload.ts): the same
 * messages, data and places as validateFrame and validateObject give on the frame's tree, which is never built for
 * them. The token checker leaves to the tree checker every frame with any other finding, so these are all its
 * findings.
 */
import type { Catalog } from '../../ocpp/catalog';
import type { Suspect } from '../document/suspects';
import { checkAction, checkCallErrorCode, checkIsObject, checkUniqueId, frameLengthProblem, messageTypeProblem } from './validateFrames';
import { duplicateFieldProblem, missingFieldProblem, reportValueFault, unknownFieldProblem, type Report } from './validatePayload';

/** Reports the findings of `suspects`, which are relative to the frame, at offsets from `frameOffset`. */
export function reportSuspects(suspects: readonly Suspect[], frameOffset: number, catalog: Catalog, report: Report): void {
  const atFrame: Report = (problem) => report({ ...problem, offset: problem.offset + frameOffset });
  for (const suspect of suspects) {
    switch (suspect.kind) {
      case 'message-type':
        atFrame(messageTypeProblem(suspect.node, suspect.messageType, catalog));
        break;
      case 'frame-length':
        atFrame(frameLengthProblem(suspect.messageType, suspect.count, suspect.offset, suspect.length));
        break;
      case 'unique-id':
        checkUniqueId(suspect.node, atFrame);
        break;
      case 'action':
        checkAction(suspect.node, catalog, atFrame);
        break;
      case 'error-code':
        checkCallErrorCode(suspect.node, catalog, atFrame);
        break;
      case 'payload':
        checkIsObject(suspect.node, suspect.messageType, atFrame);
        break;
      case 'value':
        reportValueFault(suspect.node, suspect.field, atFrame);
        break;
      case 'unknown-field':
        atFrame(unknownFieldProblem(suspect.owner, suspect.name, suspect, suspect.candidates));
        break;
      case 'duplicate-field':
        atFrame(duplicateFieldProblem(suspect.owner, suspect.name, suspect));
        break;
      case 'missing-field':
        atFrame(missingFieldProblem(suspect.owner, suspect.field, suspect));
        break;
    }
  }
}
