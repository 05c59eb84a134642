/** Runs every check over a document and returns the problems in document order. */
import type { Frame, OcppDocument } from '../document/ocppDocument';
import { barePayloadType } from '../document/ocppDocument';
import { inLoggedOrder } from '../document/loggedOrder';
import { carriedOverFrames, exchangeKept, framesWhoseTreesAreRead, isTextFrame, type ExchangeKept } from '../document/textFrames';
import type { PayloadFacts } from '../../ocpp/rules';
import { checkUnansweredCalls } from './exchangeRules';
import { checkLogDirections } from './logDirections';
import { checkLogTimes } from './logTimes';
import type { OcppProblem } from './problems';
import { reportSuspects } from './suspectFindings';
import { validateConversation } from './validateConversation';
import { validateFrame } from './validateFrames';
import { describeJsonValue, validateObject } from './validatePayload';

const results = new WeakMap<OcppDocument, readonly OcppProblem[]>();

/**
 * The problems of a parsed document, worked out once per parse: diagnostics, code actions and fix-alls of the
 * same document version all read this one result.
 */
export function validateDocument(doc: OcppDocument): readonly OcppProblem[] {
  let problems = results.get(doc);
  if (!problems) {
    problems = findProblems(doc);
    results.set(doc, problems);
  }
  return problems;
}

function findProblems(doc: OcppDocument): OcppProblem[] {
  const problems: OcppProblem[] = doc.tree.problems.map((p) => ({ ...p }));
  const report = (p: OcppProblem) => problems.push(p);
  const root = doc.tree.root;

  switch (doc.shape) {
    case 'other':
      if (root) {
        report({ code: 'document-shape', offset: root.offset, length: root.length,
          message: `An OCPP document is a frame such as [2, "<uniqueId>", "<Action>", {...}], an array of frames, or a payload object, but this is ${describeJsonValue(root)}.` });
      }
      break;
    case 'payload': {
      const payload = doc.payload!;
      const type = barePayloadType(payload);
      if (type) validateObject(payload.node, type, doc.catalog, report);
      else if (!payload.action) {
        report({ code: 'unknown-payload', offset: payload.node.offset, length: 1,
          message: 'Cannot tell which OCPP message this payload is, so it is not checked. Name the file after its action (StatusNotification.json, or StatusNotificationResponse.json for a response) or wrap it in a frame: [2, "<uniqueId>", "StatusNotification", {...}].' });
      }
      break;
    }
    case 'conversation':
      // A conversation read frame by frame (doc.layout) holds only frame arrays; its root's items would be every tree.
      for (const item of root!.type === 'array' && !doc.layout ? root!.items : []) {
        if (item.type !== 'array') {
          report({ code: 'frame-not-array', offset: item.offset, length: item.length,
            message: `Each item of a conversation is a frame array such as [2, "<uniqueId>", "<Action>", {...}], but this is ${describeJsonValue(item)}.` });
        }
      }
      break;
  }

  for (const problem of exchangeProblems(doc)) report(problem);
  checkLogDirections(doc, report);
  checkLogTimes(doc, report);
  for (const problem of ruleProblems(doc)) report(problem);
  for (const problem of frameProblems(doc)) report(problem);
  return problems.sort((a, b) => a.offset - b.offset);
}

/** The findings of the frame and payload checks, frame by frame, in frame order: per parse. */
const frameResults = new WeakMap<OcppDocument, readonly OcppProblem[]>();

/**
 * The frame and payload checks' findings. After an edit that kept the exchange, the frames it did not touch have
 * the text and payload type they had, so their findings are the previous version's, moved by the edit: only the
 * touched frames are asked, rather than every frame of a long log on every keystroke.
 */
function frameProblems(doc: OcppDocument): readonly OcppProblem[] {
  const kept = exchangeKept(doc);
  const previous = kept?.previous.deref();
  const before = previous && frameResults.get(previous);
  const compute = (frame: Frame): OcppProblem[] => {
    const found: OcppProblem[] = [];
    const add = (p: OcppProblem) => found.push(p);
    // Read by the token checker, whose suspects are all there is to say: no tree needed.
    const suspects = frame.suspects;
    if (suspects) {
      reportSuspects(suspects, frame.offset, doc.catalog, add);
      return found;
    }
    validateFrame(frame, doc.catalog, add);
    if (frame.payloadType && frame.payloadNode?.type === 'object') validateObject(frame.payloadNode, frame.payloadType, doc.catalog, add);
    return found;
  };
  const findingsOf = (frame: Frame, add: (problem: OcppProblem) => void) => {
    if (frame.clean) return;
    // A frame read from the text keeps its findings from version to version, while its text is unchanged.
    for (const problem of isTextFrame(frame) ? frame.findings(compute) : compute(frame)) add(problem);
  };
  let problems: OcppProblem[];
  if (before && kept) {
    problems = carriedOverFrames(before, kept, (add) => {
      for (let f = kept.first; f <= kept.last; f++) findingsOf(doc.frames[f], add);
    });
  } else {
    problems = [];
    const add = (problem: OcppProblem) => problems.push(problem);
    for (const frame of doc.frames) findingsOf(frame, add);
  }
  frameResults.set(doc, problems);
  return problems;
}

/** The findings of the checks over the whole exchange (ids, answers, one CALL at a time), per parse. */
interface ExchangeFindings {
  readonly problems: readonly OcppProblem[];
  /** The ids that more than one CALL or SEND uses: whether such a CALL is a retry depends on its payload's text. */
  readonly repeatedIds: ReadonlySet<string>;
}

const exchangeResults = new WeakMap<OcppDocument, ExchangeFindings>();

/**
 * The exchange's findings, carried over from the previous version after an edit that kept the exchange (see
 * textFrames.ts), which is what typing in a long log is: a check over every frame saved per keystroke.
 */
function exchangeProblems(doc: OcppDocument): readonly OcppProblem[] {
  const kept = exchangeKept(doc);
  const previous = kept?.previous.deref();
  const before = previous && exchangeResults.get(previous);
  let findings = before && kept && carriedOver(doc, kept, before);
  if (!findings) {
    const problems: OcppProblem[] = [];
    const report = (p: OcppProblem) => problems.push(p);
    const repeatedIds = validateConversation(doc, report);
    checkUnansweredCalls(doc, report);
    findings = { problems, repeatedIds };
  }
  exchangeResults.set(doc, findings);
  return findings.problems;
}

/**
 * The previous version's exchange findings at their new offsets, or undefined when the edit may have changed
 * them: it touched a frame whose id is repeated (a retry is judged by its payload's text) or one a finding is on,
 * or it changed how many lines there are before a frame (the messages give line numbers).
 */
function carriedOver(doc: OcppDocument, kept: ExchangeKept, before: ExchangeFindings): ExchangeFindings | undefined {
  for (let i = kept.first; i <= kept.last; i++) {
    const id = doc.frames[i].uniqueId;
    if (id !== undefined && before.repeatedIds.has(id)) return undefined;
  }
  const problems = movedByEdit(before.problems, kept);
  return problems && { problems, repeatedIds: before.repeatedIds };
}

/**
 * Findings of the version before an edit at their new offsets; undefined when one is on the text the edit replaced,
 * or the edit changed how many lines there are before a frame (the messages give line numbers).
 */
function movedByEdit(findings: readonly OcppProblem[], kept: ExchangeKept): OcppProblem[] | undefined {
  if (kept.lineBreaksBefore !== kept.lineBreaksAfter) return undefined;
  const delta = kept.newEnd - kept.oldEnd;
  const problems: OcppProblem[] = [];
  for (const problem of findings) {
    if (problem.offset + problem.length > kept.start && problem.offset < kept.oldEnd) return undefined;
    problems.push(problem.offset < kept.start ? problem : { ...problem, offset: problem.offset + delta });
  }
  return problems;
}

/** The version's rules' findings per parse, and the frames whose syntax tree the rules read (by index). */
interface RuleFindings {
  readonly problems: readonly OcppProblem[];
  readonly treesRead: ReadonlySet<number>;
}

const ruleResults = new WeakMap<OcppDocument, RuleFindings>();
/** The versions whose rule findings were carried over rather than worked out (for the tests). */
const rulesCarried = new WeakSet<OcppDocument>();

export function ruleFindingsCarriedOver(doc: OcppDocument): boolean {
  return rulesCarried.has(doc);
}

/**
 * The findings of the version's rules (ocpp/v16/rules/ and the others), carried over from the previous version
 * after an edit that kept the exchange and the facts of the frames it touched: the rules follow the frames' facts
 * from frame to frame and read a frame's tree only to report on it, so their findings are the same, moved by the
 * edit. Typing inside a payload value the rules do not follow re-runs none of them.
 */
function ruleProblems(doc: OcppDocument): readonly OcppProblem[] {
  const kept = exchangeKept(doc);
  const previous = kept?.previous.deref();
  const before = previous && ruleResults.get(previous);
  let findings = before && kept && rulesCarriedOver(doc, kept, before);
  if (findings) rulesCarried.add(doc);
  else {
    const problems: OcppProblem[] = [];
    const treesRead = framesWhoseTreesAreRead(() => doc.catalog.rules.check(inLoggedOrder(doc), (p) => problems.push(p)));
    findings = { problems, treesRead };
  }
  ruleResults.set(doc, findings);
  return findings.problems;
}

/**
 * The previous version's rule findings at their new offsets, or undefined when the edit may have changed them: it
 * changed the facts of a frame it touched, or touched a frame whose tree the rules read, or a finding, or the lines.
 */
function rulesCarriedOver(doc: OcppDocument, kept: ExchangeKept, before: RuleFindings): RuleFindings | undefined {
  for (let i = kept.first; i <= kept.last; i++) {
    if (before.treesRead.has(i) || !sameFacts(kept.touchedBefore[i - kept.first].facts, doc.frames[i].facts)) return undefined;
  }
  const problems = movedByEdit(before.problems, kept);
  return problems && { problems, treesRead: before.treesRead };
}

function sameFacts(a: PayloadFacts, b: PayloadFacts): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (a[key] !== b[key] || !(key in b)) return false;
  return true;
}
