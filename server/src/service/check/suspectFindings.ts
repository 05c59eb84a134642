/**
 * The payload check's findings for a frame the token checker read, worded from its suspects
 * (document/payloadSuspects.ts) by the tree checker's own functions (validatePayload.ts): the same messages, data
 * and places as validateObject gives on the frame's tree, which is never built for them. The token checker has
 * already found the frame sound at its level (what validateFrame checks), so these are all its findings.
 */
import type { PayloadSuspect } from '../document/payloadSuspects';
import { duplicateFieldProblem, missingFieldProblem, reportValueFault, unknownFieldProblem, type Report } from './validatePayload';

/** Reports the findings of `suspects`, which are relative to the frame, at offsets from `frameOffset`. */
export function reportSuspects(suspects: readonly PayloadSuspect[], frameOffset: number, report: Report): void {
  const atFrame: Report = (problem) => report({ ...problem, offset: problem.offset + frameOffset });
  for (const suspect of suspects) {
    switch (suspect.kind) {
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
