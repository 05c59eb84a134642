/**
 * A conversation file read as a test script. Any file the checker reads will do (a JSON array of frames, JSON
 * Lines, a `.ocpp.log` such as a transcript of an earlier run), so a script is written, completed and checked in
 * the editor like any other conversation, and a recorded session replays as a test.
 *
 * Each CALL (or 2.1 SEND) is one step. Who sends it comes from its action's direction in the catalog, or from a
 * log line's direction; a CALL either side may send (DataTransfer) with nothing to say otherwise is ours, since
 * a script is written from the side it plays. Our CALLs are sent in order, and the script's answer frame with the
 * same id is what the live answer is expected to be. The other side's CALLs are expected to arrive, with the
 * script's fields, and the script's answer to each is what we send back.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../service';
import { senderOfFrame, type Frame } from '../service/document/ocppDocument';
import { lineAt } from '../text/lines';
import type { Role } from './types';

export interface ScriptStep {
  /** 1, 2, 3, ... in script order. */
  readonly index: number;
  /** The 1-based line of the frame in the script. */
  readonly line: number;
  /**
   * call: our CALL, whose answer is awaited and compared; send: our SEND (2.1), never answered; await: a CALL or
   * SEND of the other side that must arrive.
   */
  readonly kind: 'call' | 'send' | 'await';
  readonly action: string;
  /** The script's frame, parsed. */
  readonly frame: readonly unknown[];
  /** call: the script's answer to our CALL, which the live one must match; none means any CALLRESULT. */
  readonly expected?: readonly unknown[];
  /** await of a CALL: our answer from the script (sent with the live CALL's id); none leaves it to the engine's default. */
  readonly reply?: readonly unknown[];
}

export interface Script {
  /** The OCPP version the script is in: "1.6", "2.0.1" or "2.1". */
  readonly version: string;
  /** Why that version: "--ocpp-version", "detected: StartTransaction", "default". */
  readonly versionSource: string;
  readonly steps: readonly ScriptStep[];
  /** Frames the run leaves out, and why (an answer to no CALL, a CALLRESULTERROR). */
  readonly notes: readonly string[];
  /** What keeps the script from running at all (a frame that is not JSON, no frames): a usage error. */
  readonly errors: readonly string[];
}

const roleSide = { station: 'ChargePoint', csms: 'CentralSystem' } as const;

/**
 * Reads `text` (named `uri`, whose extension says JSON, JSON Lines or log) as a script played as `role`. The
 * service decides the version (its settings may fix one, as `--ocpp-version` does) and reads the frames.
 */
export function readScript(service: LanguageService, uri: string, text: string, role: Role): Script {
  const document = TextDocument.create(uri, 'ocpp', 1, text);
  const doc = service.parseDocument(document);
  const info = service.getDocumentInfo(document);
  const notes: string[] = [];
  const errors: string[] = [];
  const steps: ScriptStep[] = [];
  // The step each of the script's CALLs became, for its answer later in the file.
  const stepOf = new Map<Frame, number>();
  const answered = new Set<number>();

  if (doc.shape !== 'conversation' && doc.shape !== 'frame') {
    errors.push('the script must be a conversation: a JSON array of frames, one frame per line (JSON Lines), or a log.');
  }
  for (const frame of doc.frames) {
    const line = lineAt(doc, frame.offset);
    let parsed: unknown;
    try {
      parsed = JSON.parse(doc.text.slice(frame.offset, frame.offset + frame.length));
    } catch {
      errors.push(`line ${line}: the frame is not valid JSON.`);
      continue;
    }
    if (!Array.isArray(parsed) || typeof parsed[1] !== 'string') {
      errors.push(`line ${line}: a frame is an array whose second item is its uniqueId string.`);
      continue;
    }
    const type = frame.messageType;
    if (type?.actionIndex !== undefined) {
      const action = typeof parsed[type.actionIndex] === 'string' ? parsed[type.actionIndex] as string : '';
      // A frame's sender is ours unless its action's direction (or its log line) says the other side's.
      const sender = senderOfFrame(doc, frame);
      const ours = sender === undefined || sender === roleSide[role];
      const kind = ours ? (type.expectsAnswer ? 'call' : 'send') : 'await';
      stepOf.set(frame, steps.length);
      steps.push({ index: steps.length + 1, line, kind, action, frame: parsed });
    } else if (type?.answersCall && frame.answers && stepOf.has(frame.answers)) {
      const at = stepOf.get(frame.answers)!;
      if (answered.has(at)) {
        notes.push(`line ${line}: a second answer to the CALL of line ${steps[at].line}; only the first counts.`);
        continue;
      }
      answered.add(at);
      const step = steps[at];
      steps[at] = step.kind === 'await' ? { ...step, reply: parsed } : { ...step, expected: parsed };
    } else if (type?.answersCall) {
      notes.push(`line ${line}: this answer's id matches no CALL earlier in the script, so the run leaves it out.`);
    } else if (type) {
      notes.push(`line ${line}: a ${type.name} is not part of a run (only CALLs, SENDs and their answers are).`);
    } else {
      errors.push(`line ${line}: the frame's first item is no MessageTypeId (2 CALL to 6 SEND).`);
    }
  }
  if (errors.length === 0 && steps.length === 0) errors.push('the script has no CALL or SEND to run.');
  return { version: info.version, versionSource: info.versionSource, steps, notes, errors };
}
