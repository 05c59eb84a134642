/**
 * The token checker (tokenCheck.ts) against its oracles, one frame at a time: JSON.parse with the quick check
 * (readByValue) must give the same verdict and the same message type, uniqueId, action and facts; a frame the
 * token checker calls clean must get no finding from the tree checker (validateFrame, validateObject) and no
 * syntax problem; a frame it reads with suspects must get from them, worded (suspectFindings.ts), exactly the
 * tree checker's findings, and read as the tree reads it; and the rules' facts of a payload must be those of its
 * facts members alone.
 */
import assert from 'node:assert/strict';
import { conversationLayout } from '../../server/src/json/frameLayout';
import { parseJsonTree, type ArrayNode } from '../../server/src/json/jsonTree';
import type { Catalog } from '../../server/src/ocpp/catalog';
import { noFacts } from '../../server/src/ocpp/rules';
import type { ActionDefinition, FieldType, ObjectType } from '../../server/src/ocpp/schema';
import { CallsById, readFrame } from '../../server/src/service/document/ocppDocument';
import { readByValue } from '../../server/src/service/document/textFrames';
import { checkFrameTokens, checkFrameTokensFrom, type CleanFrame } from '../../server/src/service/document/tokenCheck';
import type { Suspect } from '../../server/src/service/document/suspects';
import type { OcppProblem } from '../../server/src/service/check/problems';
import { validateFrame } from '../../server/src/service/check/validateFrames';
import { validateObject } from '../../server/src/service/check/validatePayload';
import { reportSuspects } from '../../server/src/service/check/suspectFindings';

/** One frame of a conversation: where it is, its colons, and the action a CALLRESULT answers. */
export interface FrameSample {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly colons: number;
  readonly answered?: ActionDefinition;
}

/** Every frame of a conversation, with the action each CALLRESULT answers as the tree reading links them. */
export function framesOf(text: string, catalog: Catalog): FrameSample[] {
  const layout = conversationLayout(text);
  assert.ok(layout, 'the corpus is a conversation');
  const calls = new CallsById();
  return layout.starts.map((start, i) => {
    const end = layout.ends[i];
    const node = parseJsonTree(text, { start, end }).root as ArrayNode;
    const frame = readFrame(node, calls, catalog);
    calls.note(frame.messageType, frame.uniqueId, frame);
    return { text, start, end, colons: layout.colons[i], answered: frame.resultOf };
  });
}

/** What the two readers must agree on. Whether the facts are noFacts itself counts: a rule asks (statusReports.ts). */
function verdict(clean: CleanFrame | undefined) {
  return clean && { messageType: clean.messageType?.id, uniqueId: clean.uniqueId, action: clean.action?.name,
    payloadType: clean.payloadType?.name, facts: { ...clean.facts }, noFacts: clean.facts === noFacts };
}

/** The tree checker's findings and the parser's problems for the frame, read as a whole-document parse reads it. */
export function treeFindings(sample: FrameSample, catalog: Catalog): string[] {
  const read = treeReading(sample, catalog);
  if (!read.verdict) return [...read.syntax, 'not an array'];
  return [...read.syntax, ...read.problems.map((p) => `${p.code}: ${p.message}`)];
}

/** The frame read from its tree: the parser's problems, the reading's verdict, and the tree checker's findings. */
function treeReading(sample: FrameSample, catalog: Catalog) {
  const parsed = parseJsonTree(sample.text, { start: sample.start, end: sample.end });
  const syntax = parsed.problems.map((p) => `syntax: ${p.message}`);
  const node = parsed.root;
  const problems: OcppProblem[] = [];
  if (node?.type !== 'array') return { syntax, problems, verdict: undefined };
  const frame = readFrame(node, new CallsById(), catalog, sample.answered);
  const report = (p: OcppProblem) => problems.push(p);
  validateFrame(frame, catalog, report);
  if (frame.payloadType && frame.payloadNode?.type === 'object') validateObject(frame.payloadNode, frame.payloadType, catalog, report);
  const verdict = { messageType: frame.messageType?.id, uniqueId: frame.uniqueId, action: frame.action?.name,
    payloadType: frame.payloadType?.name, facts: { ...frame.facts }, noFacts: frame.facts === noFacts };
  return { syntax, problems, verdict };
}

/** Whether a decimal with a step can occur in `type`: the quick check never vouches for one (JSON.parse loses the digits). */
export function holdsSteppedDecimal(type: ObjectType | undefined, seen = new Set<ObjectType>()): boolean {
  if (!type || seen.has(type)) return false;
  seen.add(type);
  const holds = (field: FieldType): boolean =>
    field.kind === 'decimal' ? field.multipleOf !== undefined
      : field.kind === 'array' ? holds(field.items)
        : field.kind === 'object' ? holdsSteppedDecimal(field.object, seen) : false;
  return type.fields.some((f) => holds(f.type));
}

export interface Tally {
  frames: number;
  clean: number;
  /** Clean by the token checker, declined by the quick check for a stepped decimal it cannot read. */
  stepped: number;
  /** Read by the token checker with suspects. */
  suspected: number;
  /** Of those, with suspects in the frame itself (its type, uniqueId, action, error code, payload's type, length). */
  frameSuspected: number;
}

export const emptyTally = (): Tally => ({ frames: 0, clean: 0, stepped: 0, suspected: 0, frameSuspected: 0 });

const frameSuspectKinds: ReadonlySet<Suspect['kind']> = new Set(['message-type', 'unique-id', 'action', 'error-code', 'payload', 'frame-length']);

/** Compares the readers on one frame (throws on any difference) and counts it. */
export function compareFrame(sample: FrameSample, catalog: Catalog, tally: Tally): void {
  const { text, start, end, colons, answered } = sample;
  const tokens = checkFrameTokens(text, start, end, catalog, () => answered);
  const byTokens = verdict(tokens);
  const byValue = verdict(readByValue(text, start, end, colons, answered, catalog));
  // Reading a conversation, the token checker finds a frame's end itself: it must vouch for the same frames and
  // end each where counting brackets does.
  const fromStart = checkFrameTokensFrom(text, start, text.length, catalog, () => answered);
  assert.deepEqual(verdict(fromStart), byTokens, `with and without its end known, the token checker differs:\n${text.slice(start, end)}`);
  if (fromStart) assert.equal(fromStart.end, end, `the token checker ends this frame elsewhere:\n${text.slice(start, end)}`);
  assert.deepEqual(fromStart?.suspects, tokens?.suspects, `with and without its end known, the suspects differ:\n${text.slice(start, end)}`);
  tally.frames++;
  checkFactsMembers(sample, catalog);
  const frameText = () => text.slice(start, end);
  if (tokens?.suspects) {
    tally.suspected++;
    if (tokens.suspects.some((s) => frameSuspectKinds.has(s.kind))) tally.frameSuspected++;
    const tree = treeReading(sample, catalog);
    assert.deepEqual(tree.syntax, [], `the token checker read a frame with syntax problems:\n${frameText()}`);
    assert.deepEqual(byTokens, tree.verdict, `the token checker and the tree read this frame differently:\n${frameText()}`);
    const worded: OcppProblem[] = [];
    reportSuspects(tokens.suspects, start, catalog, (p) => worded.push(p));
    assert.ok(worded.length > 0, `suspects that say nothing:\n${frameText()}`);
    assert.deepEqual(worded, tree.problems, `the suspects, worded, are not the tree checker's findings:\n${frameText()}`);
    assert.equal(byValue, undefined, `JSON.parse and the quick check call a frame with suspects clean:\n${frameText()}`);
    return;
  }
  if (byTokens) {
    tally.clean++;
    assert.deepEqual(treeFindings(sample, catalog), [], `the token checker calls this frame clean, the tree checker does not:\n${frameText()}`);
    if (!byValue) {
      // The one difference by design: a decimal step, which the token checker reads from the digits as written.
      assert.ok(holdsSteppedDecimal(checkFrameTokens(text, start, end, catalog, () => answered)!.payloadType),
        `only the token checker calls this frame clean:\n${frameText()}`);
      tally.stepped++;
      return;
    }
  }
  assert.deepEqual(byTokens, byValue, `the readers differ on:\n${frameText()}`);
}

/** The rule set's facts of the frame's payload (when JSON.parse reads one) are those of its facts members alone. */
function checkFactsMembers(sample: FrameSample, catalog: Catalog): void {
  let frame: unknown;
  try {
    frame = JSON.parse(sample.text.slice(sample.start, sample.end));
  } catch {
    return;
  }
  if (!Array.isArray(frame)) return;
  for (const payload of frame) {
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) continue;
    const members = Object.fromEntries(Object.entries(payload).filter(([name]) => catalog.rules.factsMembers.has(name)));
    assert.deepEqual({ ...catalog.rules.factsOf(members) }, { ...catalog.rules.factsOf(payload) },
      `facts read from members other than factsMembers in:\n${JSON.stringify(payload)}`);
  }
}
