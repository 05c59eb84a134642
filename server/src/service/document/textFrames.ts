/**
 * The fast way to read a conversation: pass over each frame's characters once with the token checker
 * (tokenCheck.ts), which finds where the frame ends, says whether it needs checking at all and, for a clean one
 * or one with only suspects (what the frame and payload checks' findings are worded from), gives its facts (type,
 * id, action, the values the rules follow) without building any value. A frame it cannot read is measured by
 * counting brackets (frameLayout.ts), as are the frames an edit touched. A syntax tree is built for a frame it
 * cannot read (the tree checker's findings need one), and otherwise the first time anything asks for a node: for
 * most frames of a log, never.
 *
 * What a frame's text says is kept in a FrameCore, which does not depend on where the frame is. After an edit,
 * only the frames the edit touched are read again; the others keep their cores, and with them their syntax
 * problems and findings, at their new offsets (updateConversation).
 *
 * The result must be what buildFromTree gives for the same text, node for node and problem for problem; a frame
 * is parsed exactly as a whole-document parse would read it (see parseJsonTree's range). Whenever that cannot be
 * promised (a frame the parser closes somewhere else, too many syntax problems to list), this gives up and the
 * caller builds from one tree.
 */
import { comma, openBracket } from '../../json/charCodes';
import { closingQuote, conversationLayout, frameEnd, rootBrackets, skipWhiteSpace, splitFrames } from '../../json/frameLayout';
import type { EditWindow } from '../../json/editWindow';
import { maxSyntaxProblems, moveTree, parseJsonTree, type ArrayNode, type JsonTree, type SyntaxProblem, type ValueNode } from '../../json/jsonTree';
import type { Catalog } from '../../ocpp/catalog';
import { messageTypeOf, type MessageType } from '../../ocpp/frames';
import type { PayloadFacts } from '../../ocpp/rules';
import type { ActionDefinition, ObjectType } from '../../ocpp/schema';
import { carryLineStarts, lineBreaksBetween, lineBreaksIn, type TextPart } from '../../text/lines';
import { firstIndexWhere, lastIndexWhere } from '../../text/search';
import { CallsById, payloadTypeFor, readFrame, type Frame, type OcppDocument } from './ocppDocument';
import { cleanFrameMembers } from './quickCheck';
import type { Suspect } from './suspects';
import { checkFrameTokens, checkFrameTokensFrom, type AnsweredBy, type CleanFrame } from './tokenCheck';

/**
 * Which reader vouches for clean frames: the token checker (tokenCheck.ts), or JSON.parse and the quick check,
 * which it replaced and which stays as its oracle, kept switchable for the benchmark to time both in one run.
 */
export const cleanFrameReader = { tokens: true };

/** Anything found at an offset: what the checks report. */
interface Located {
  readonly offset: number;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** What a frame's text says, wherever the frame is. Offsets in it are relative to the frame's '['. */
interface FrameCore {
  readonly length: number;
  readonly messageType?: MessageType;
  readonly uniqueId?: string;
  readonly action?: ActionDefinition;
  readonly facts: PayloadFacts;
  /**
   * True when read without a tree: by the token checker (clean, or with only suspects) or from JSON.parse's value
   * (clean); the frame is then valid JSON, and when clean, has the elements its type wants (suspects may say it
   * has not: too few or too many, a payload that is no object). False when read from a tree (the token checker
   * could not read it), which is never called clean.
   */
  readonly quick: boolean;
  readonly syntax: readonly SyntaxProblem[];
  /**
   * The payload type the frame was last checked against (`notChecked` before any), and whether it was clean
   * against it: two fields rather than a record, since every frame of a long log has them.
   */
  checkedAgainst: ObjectType | undefined | typeof notChecked;
  cleanAgainst: boolean;
  /** What the token checker found wrong in the frame, its payload read against `checkedAgainst` (suspects.ts). */
  suspects: readonly Suspect[] | undefined;
  /**
   * The checks' findings against a payload type (check/validate.ts computes them; this layer only keeps them, so
   * it knows of them no more than that they sit at an offset).
   */
  findings?: { readonly type: ObjectType | undefined; readonly problems: readonly Located[] };
}

/** A core's mark before its frame was checked against any payload type. */
const notChecked = Symbol('not checked');

/**
 * What the frames of a conversation share: its text, the root their trees hang from, and its catalog. One object
 * rather than three fields in each frame: a long log has tens of thousands of frames. An edit that keeps the frames
 * (updatePayloads) gives it the new text and root, so no frame is written to for them.
 */
interface FrameSource {
  text: string;
  root: ArrayNode;
  readonly catalog: Catalog;
  /** The frames that keep their syntax tree (a request read it): their trees hang from `root`. */
  readonly treesKept: Set<TextFrame>;
}

/**
 * A frame of one version of the text: its core at an offset, linked to the CALL it answers. An edit that keeps the
 * frames (updatePayloads) takes the frame into the next version (moved by the edit when after it: moveBy): the
 * version it leaves is then no longer read, which the service never does (it reads the newest version of a document).
 */
class TextFrame implements Frame {
  #tree: ArrayNode | undefined;
  /** The part of the text an edit touched, when the frame was read from it: its tree is parsed from there too. */
  #part: TextPart | undefined;
  #offset: number;
  #answers: Frame | undefined;

  constructor(
    readonly source: FrameSource,
    readonly core: FrameCore,
    offset: number,
    /** Its place among the conversation's frames. */
    readonly index: number,
    answers: Frame | undefined,
    part?: TextPart,
  ) {
    this.#offset = offset;
    this.#answers = answers;
    this.#part = part;
  }

  get offset(): number { return this.#offset; }
  get answers(): Frame | undefined { return this.#answers; }

  get length(): number { return this.core.length; }
  get messageType(): MessageType | undefined { return this.core.messageType; }
  get uniqueId(): string | undefined { return this.core.uniqueId; }
  get action(): ActionDefinition | undefined { return this.core.action; }
  get facts(): PayloadFacts { return this.core.facts; }
  get resultOf(): ActionDefinition | undefined {
    return this.core.messageType?.payloadRole === 'response' ? this.answers?.action : undefined;
  }

  get payloadType(): ObjectType | undefined {
    return payloadTypeFor(this.source.catalog, this.core.messageType, this.core.action, this.resultOf);
  }

  get clean(): boolean {
    const core = this.core;
    if (!core.quick) return false;
    // Only a CALLRESULT's payload type depends on another frame (the CALL it answers); any other frame's was
    // settled when its core was read.
    if (core.checkedAgainst !== notChecked && core.messageType?.payloadRole !== 'response') return core.cleanAgainst;
    const type = this.payloadType;
    if (core.checkedAgainst !== type) {
      // A CALLRESULT answers another action than when it was last checked: ask again.
      const end = this.offset + core.length;
      const { text, catalog } = this.source;
      if (cleanFrameReader.tokens) {
        const read = checkFrameTokens(text, this.offset, end, catalog, () => this.resultOf, false);
        // Undefined is a doubt the token checker leaves to the tree checker: not clean, findings from the tree.
        core.cleanAgainst = read !== undefined && !read.suspects;
        core.suspects = read?.suspects;
      } else {
        core.cleanAgainst = cleanFrameMembers(JSON.parse(text.slice(this.offset, end)) as Json[], type, catalog) >= 0;
        core.suspects = undefined;
      }
      core.checkedAgainst = type;
    }
    return core.cleanAgainst;
  }

  /**
   * What the token checker found wrong in the frame, its payload read against its payload type, at offsets
   * relative to the frame's '['; undefined when it found nothing or did not read the frame against this type (the
   * tree checker says).
   */
  get suspects(): readonly Suspect[] | undefined {
    const core = this.core;
    return core.suspects && core.checkedAgainst === this.payloadType ? core.suspects : undefined;
  }

  /** The frame's findings, worked out once per payload type and kept in the core. */
  findings<P extends Located>(compute: (frame: Frame) => P[]): readonly P[] {
    const type = this.payloadType;
    const core = this.core;
    if (!core.findings || core.findings.type !== type) {
      const built = !this.treeKept;
      core.findings = { type, problems: compute(this).map((p) => ({ ...p, offset: p.offset - this.offset })) };
      // A tree built only to find them is not kept: see readTree.
      if (built) this.dropTree();
    }
    // Only `compute` fills the core's findings, so they are of its type.
    return (core.findings.problems as readonly P[]).map((p) => ({ ...p, offset: p.offset + this.offset }));
  }

  /**
   * True while the frame was read without a tree (valid JSON: see FrameCore's quick) and its tree is not built:
   * the Outline and the exchange's findings then read what they need from the text (only a frame without a
   * MessageTypeId has its tree built for the Outline, whose detail describes that element).
   */
  get readWithoutTree(): boolean {
    return this.core.quick && !this.treeKept;
  }

  /**
   * Moves the frame `delta` characters, into the next version of the text, whose edit before it left its text as it
   * was, answering `answers` there (the CALL it answered, which the edit may have read anew).
   */
  moveBy(delta: number, answers: Frame | undefined): void {
    if (answers !== this.#answers) this.#answers = answers;
    if (delta === 0) return;
    this.#offset += delta;
    if (this.#part) this.#part = { text: this.#part.text, offset: this.#part.offset + delta };
    if (this.#tree) moveTree(this.#tree, delta);
  }

  /** Hangs the frame's kept tree from the root of the version it is taken into. */
  hangTreeFrom(root: ArrayNode): void {
    if (this.#tree) this.#tree.parent = root;
  }

  /** Forgets the frame's tree: an edit read it anew, or only the checks needed it. */
  dropTree(): void {
    this.#tree = undefined;
    this.source.treesKept.delete(this);
  }

  /** Whether the frame holds its syntax tree: built for a request and kept for the next, never by the checks. */
  get treeKept(): boolean {
    return this.#tree !== undefined;
  }

  get node(): ArrayNode {
    treeReads?.add(this.index);
    if (!this.#tree) {
      // Confirmed when the frame was read, so the parse closes the frame at its end. A frame an edit touched is parsed
      // from the part it was read from, whose findings are then found without reading the whole text.
      const part = this.#part;
      const end = this.offset + this.core.length;
      if (part) {
        this.#tree = parseJsonTree(part.text, { start: this.offset - part.offset, end: end - part.offset }).root as ArrayNode;
        moveTree(this.#tree, part.offset);
      } else {
        this.#tree = parseJsonTree(this.source.text, { start: this.offset, end }).root as ArrayNode;
      }
      this.#tree.parent = this.source.root;
      this.source.treesKept.add(this);
    }
    return this.#tree;
  }

  get messageTypeNode(): ValueNode | undefined {
    return this.node.items[0];
  }

  get uniqueIdNode(): ValueNode | undefined {
    return this.node.items[1];
  }

  /**
   * Where the uniqueId is, its quotes included. A frame read without a tree whose MessageTypeId is one (a number)
   * has it as its first string, found in its text: the exchange's findings sit on ids, and a long log's hundreds of
   * them would otherwise each build their frame's tree.
   */
  get uniqueIdSpan(): { offset: number; length: number } | undefined {
    if (!this.readWithoutTree || !this.messageType) return this.uniqueIdNode;
    // Read from the part the frame was read from, when an edit touched it, as its tree would be.
    const part = this.#part;
    const text = part ? part.text : this.source.text;
    const shift = part ? part.offset : 0;
    const open = text.indexOf('"', this.offset - shift);
    return { offset: open + shift, length: closingQuote(text, open, this.offset + this.length - shift) + 1 - open };
  }

  get actionNode(): ValueNode | undefined {
    const index = this.messageType?.actionIndex;
    return index === undefined ? undefined : this.node.items[index];
  }

  get payloadNode(): ValueNode | undefined {
    const type = this.messageType;
    return type ? this.node.items[type.payloadIndex] : undefined;
  }
}

/** While `framesWhoseTreesAreRead` runs, the indices of the frames whose syntax tree is asked for. */
let treeReads: Set<number> | undefined;

/**
 * Runs `read` over a conversation read from its text, and gives the indices of the frames whose syntax tree it
 * asked for: what it found there may depend on more of a frame's text than the facts its core keeps.
 */
export function framesWhoseTreesAreRead(read: () => void): ReadonlySet<number> {
  const outer = treeReads;
  const reads = (treeReads = new Set());
  try {
    read();
  } finally {
    treeReads = outer;
  }
  return reads;
}

/** While `keepingIdTables` runs, the id tables of the conversations it reads (residentDocuments.ts keeps them). */
let idTablesRead: CallsById[] | undefined;

/**
 * Runs `read`, and gives the id tables (CallsById) of the conversations it read from their text: a document keeps
 * its frames but not the table that linked them, which the residents must keep too.
 */
export function keepingIdTables<T>(read: () => T): { readonly result: T; readonly idTables: readonly CallsById[] } {
  const outer = idTablesRead;
  const idTables: CallsById[] = (idTablesRead = []);
  try {
    return { result: read(), idTables };
  } finally {
    idTablesRead = outer;
  }
}

export function isTextFrame(frame: Frame): frame is TextFrame {
  return frame instanceof TextFrame;
}

/** Where a frame's uniqueId is, its quotes included: see TextFrame's uniqueIdSpan. */
export function uniqueIdSpan(frame: Frame): { offset: number; length: number } | undefined {
  return isTextFrame(frame) ? frame.uniqueIdSpan : frame.uniqueIdNode;
}

/**
 * A frame of the new version: a core kept from the previous one at its new offset (or just read), or a span to read.
 */
type Piece = { readonly offset: number; readonly core: FrameCore }
  | { readonly offset: number; readonly end: number; readonly colons: number };

/**
 * What an edit that changed no frame's type, uniqueId or action (typing inside a payload: the usual edit) leaves of
 * the conversation's exchange: every answer answers the same CALL, and each side's CALLs are the same, so the
 * checks of the whole exchange (check/validate.ts) may carry their findings over from `previous`. The edit
 * replaced the previous text's [start, oldEnd), which held the frames `first` to `last`, by [start, newEnd).
 */
export interface ExchangeKept {
  /**
   * Held weakly: a version must not keep the one before it alive, or every version of an edited file would stay in
   * memory. Gone (collected) only when nothing else holds it, and then its findings are worked out again.
   */
  readonly previous: WeakRef<OcppDocument>;
  /** The line breaks the previous text had in [start, oldEnd), and the new one in [start, newEnd). */
  readonly lineBreaksBefore: number;
  readonly lineBreaksAfter: number;
  readonly first: number;
  readonly last: number;
  /** The previous version's frames `first` to `last`: the new version took its frames' array over. */
  readonly touchedBefore: readonly Frame[];
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** Set on a conversation read incrementally whose exchange the edit left as it was. */
const keptExchanges = new WeakMap<OcppDocument, ExchangeKept>();

export function exchangeKept(doc: OcppDocument): ExchangeKept | undefined {
  return keptExchanges.get(doc);
}

/** The conversation in `text` read frame by frame, or undefined when the text is not one this can read. */
export function readConversation(uri: string, version: number, text: string, catalog: Catalog): OcppDocument | undefined {
  if (cleanFrameReader.tokens) {
    const root = rootBrackets(text);
    return root && assemble(uri, version, text, catalog, root.open, root.close, framesFrom(text, catalog, root.open, root.close));
  }
  const layout = conversationLayout(text);
  if (!layout) return undefined;
  const pieces: Piece[] = layout.starts.map((offset, i) => ({ offset, end: layout.ends[i], colons: layout.colons[i] }));
  return assemble(uri, version, text, catalog, layout.open, layout.close, pieces);
}

/**
 * The conversation's frames one at a time, each read as it comes (a CALLRESULT is checked against the CALL before
 * it), in one pass: the token checker finds a clean frame's end as it reads it, and only a frame it cannot vouch
 * for is measured by counting brackets. Each call gives the next frame, undefined after the last, or null when the
 * text between the root's brackets is not frames separated by commas.
 */
function framesFrom(text: string, catalog: Catalog, open: number, close: number): PieceSource {
  let at = skipWhiteSpace(text, open + 1, close);
  let first = true;
  return (answered) => {
    if (!first) {
      if (at === close) return undefined;
      if (text.charCodeAt(at) !== comma) return null;
      at = skipWhiteSpace(text, at + 1, close);
    }
    first = false;
    if (at >= close || text.charCodeAt(at) !== openBracket) return null;
    const start = at;
    const clean = checkFrameTokensFrom(text, start, close, catalog, answered);
    let piece: Piece;
    if (clean) {
      piece = { offset: start, core: cleanCore(clean, clean.end - start) };
      at = clean.end;
    } else {
      const frame = frameEnd(text, start, close);
      const core = frame && readTree(text, start, frame.end, catalog);
      if (!core) return null;
      piece = { offset: start, core };
      at = frame.end;
    }
    at = skipWhiteSpace(text, at, close);
    return piece;
  };
}

/** One frame of a file of one frame per line (jsonLines.ts): where it is and how many colons it holds. */
export interface LineFrame {
  readonly offset: number;
  readonly end: number;
  readonly colons: number;
}

/**
 * A file of one frame per line read by the same fast path, frame by frame, as a conversation whose root spans the
 * text; undefined when a frame cannot be read so (the caller then parses each line with the tree parser).
 */
export function readLineFrames(uri: string, version: number, text: string, catalog: Catalog,
  lines: readonly LineFrame[]): OcppDocument | undefined {
  return assemble(uri, version, text, catalog, 0, Math.max(text.length - 1, 0), lines);
}

/**
 * The conversation after an edit, reading again only the frames the edit touched; undefined when the edit
 * reaches outside the frames or leaves text this cannot read, and the caller reads the whole text.
 */
export function updateConversation(previous: OcppDocument, version: number, text: string, edit: EditWindow,
  textBetween: (from: number, to: number) => string = (from, to) => text.slice(from, to)): OcppDocument | undefined {
  // Only conversation() below gives a document a layout, and it takes TextFrames only: no need to ask each of the
  // tens of thousands of frames on every keystroke.
  if (!previous.layout || previous.frames.length === 0) return undefined;
  const frames = previous.frames as readonly TextFrame[];
  // A log's senders and times belong to its frames' objects: it is read again (fast) rather than patched.
  if (previous.senders || previous.loggedAt) return undefined;
  const last = frames[frames.length - 1];
  if (edit.start < frames[0].offset || edit.oldEnd > last.offset + last.length) return undefined;
  const delta = edit.newEnd - edit.oldEnd;
  // From the last frame starting at or before the edit to the first ending at or after it: a run of whole
  // frames with the edit inside, so the run's new text must again be whole frames separated by commas.
  const first = lastIndexWhere(frames, (f) => f.offset <= edit.start);
  // The last frame ends at or after the edit (checked above), so one is always found.
  const lastTouched = firstIndexWhere(frames, (f) => f.offset + f.length >= edit.oldEnd);
  // The touched frames' new text is read alone, through `textBetween`: the server's document gives it without making
  // the whole text (lsp/editedDocument.ts), which an edit that keeps the exchange then never reads.
  const offset = frames[first].offset;
  const touched: TextPart = { text: textBetween(offset, frames[lastTouched].offset + frames[lastTouched].length + delta), offset };
  const split = splitFrames(touched.text, 0, touched.text.length);
  if (!split) return undefined;
  const spans = { starts: split.starts.map((s) => s + offset), ends: split.ends.map((e) => e + offset), colons: split.colons };
  const kept = updatePayloads(previous, version, text, first, lastTouched, spans, delta, touched);
  if (kept) {
    carryLineStarts(previous, kept, edit, touched);
    return kept;
  }
  const read: Piece[] = spans.starts.map((offset, i) => ({ offset, end: spans.ends[i], colons: spans.colons[i] }));
  const pieces = untouched(frames, first, read, lastTouched);
  const assembled = assemble(previous.uri, version, text, previous.catalog, previous.layout.open, previous.layout.close + delta, pieces,
    { from: first + read.length, delta });
  // One frame per line (jsonLines.ts) stays so: an edit inside a frame changes no line's place.
  const updated = assembled && previous.lines ? { ...assembled, lines: true as const } : assembled;
  if (updated) carryLineStarts(previous, updated, edit, touched);
  return updated;
}

/**
 * The edit read as one that changed no frame's type, uniqueId or action (the touched frames, `first` to `last`,
 * are again as many frames with the same ones): then every frame answers what it answered before, so the links are
 * carried over by index and no id is looked up. Undefined when the edit changed the exchange, or a touched
 * frame cannot be read so.
 *
 * The new version takes the previous one's frames, and their array, over in place: the touched frames replaced by
 * the ones read anew, those after them moved by the edit (TextFrame.moveBy). Nothing is made per frame: a long log has
 * tens of thousands, on every keystroke. The previous version is then no longer read (the service reads the newest
 * version of a document); what its checks need of it is kept aside first (ExchangeKept).
 */
function updatePayloads(previous: OcppDocument, version: number, text: string, first: number, last: number,
  spans: { readonly starts: readonly number[]; readonly ends: readonly number[]; readonly colons: readonly number[] },
  delta: number, touched: TextPart): OcppDocument | undefined {
  // The JSON.parse reader (the token checker's oracle, timed by the benchmark) looks CALLs up by id itself.
  if (spans.starts.length !== last - first + 1 || !cleanFrameReader.tokens) return undefined;
  const frames = previous.frames as TextFrame[];
  const catalog = previous.catalog;
  const cores: FrameCore[] = [];
  let syntaxProblems = previous.tree.problems.length;
  for (let k = 0; k < spans.starts.length; k++) {
    const before = frames[first + k];
    const answered = (type: MessageType, id: string) => (type === before.messageType && id === before.uniqueId ? before.answers?.action : undefined);
    const core = readCore(touched.text, spans.starts[k] - touched.offset, spans.ends[k] - touched.offset, spans.colons[k], new CallsById(), answered, catalog);
    if (!core || core.messageType !== before.messageType || core.uniqueId !== before.uniqueId || core.action !== before.action) {
      return undefined;
    }
    cores.push(core);
    syntaxProblems += core.syntax.length - before.core.syntax.length;
  }
  if (syntaxProblems > maxSyntaxProblems) return undefined;
  // Everything is read: from here on the frames are taken over, which cannot fail.
  const start = frames[first].offset;
  const oldEnd = frames[last].offset + frames[last].length;
  const newEnd = spans.ends[spans.ends.length - 1];
  const kept: ExchangeKept = { previous: new WeakRef(previous), first, last, start, oldEnd, newEnd, touchedBefore: frames.slice(first, last + 1),
    lineBreaksBefore: lineBreaksBetween(previous, start, oldEnd), lineBreaksAfter: lineBreaksIn(touched.text, start - touched.offset, newEnd - touched.offset) };
  const { open, close } = previous.layout!;
  const root: ArrayNode = { type: 'array', offset: open, length: close + delta + 1 - open, items: [], closed: true };
  const source = frames[first].source;
  source.text = text;
  source.root = root;
  // The touched frames read anew, then the frames after them moved: only those are written to. Each answers the
  // frame of this version in its CALL's place, which comes before it and so is already in place.
  for (let i = first; i <= last; i++) {
    const answered = frames[i].answers as TextFrame | undefined;
    frames[i].dropTree();
    frames[i] = new TextFrame(source, cores[i - first], spans.starts[i - first], i, answered && frames[answered.index], touched);
  }
  moveFramesAfter(frames, first, last, delta);
  for (const frame of source.treesKept) frame.hangTreeFrom(root);
  const problems = carriedOverFrames(previous.tree.problems, kept, (add) => {
    for (let i = first; i <= last; i++) for (const problem of frames[i].core.syntax) add({ ...problem, offset: problem.offset + frames[i].offset });
  });
  const updated = conversation(previous.uri, version, text, catalog, root, problems, frames, { open, close: close + delta },
    previous.repeatedRequestIds, previous.lines);
  keptExchanges.set(updated, kept);
  return updated;
}

/**
 * Moves the frames after the touched ones [first, last] by `delta`. A function of its own because V8 compiles this
 * loop over every later frame while it runs (on-stack replacement) on the first edit, before the rest of
 * updatePayloads has run once: compiled within updatePayloads, that code met the lines after the loop with no
 * type feedback and was thrown away there, on every edit (`--log-deopt`: "Insufficient type feedback").
 */
function moveFramesAfter(frames: TextFrame[], first: number, last: number, delta: number): void {
  for (let i = last + 1; i < frames.length; i++) {
    const answered = frames[i].answers as TextFrame | undefined;
    frames[i].moveBy(delta, answered && answered.index >= first && answered.index <= last ? frames[answered.index] : answered);
  }
}

/**
 * What the previous version found frame by frame (syntax problems, the checks' findings), in the version an edit
 * that kept the frames made (ExchangeKept): each lies within its frame, so those before the touched frames are
 * kept as they are, `touched` adds the touched frames' own in their place, and those after are moved by the edit.
 */
export function carriedOverFrames<T extends Located>(before: readonly T[], kept: Pick<ExchangeKept, 'start' | 'oldEnd' | 'newEnd'>,
  touched: (add: (item: T) => void) => void): T[] {
  const carried: T[] = [];
  let i = 0;
  for (; i < before.length && before[i].offset < kept.start; i++) carried.push(before[i]);
  touched((item) => carried.push(item));
  while (i < before.length && before[i].offset < kept.oldEnd) i++;
  const delta = kept.newEnd - kept.oldEnd;
  for (; i < before.length; i++) carried.push({ ...before[i], offset: before[i].offset + delta });
  return carried;
}

/** Frames given one by one to `assemble`, read with the CALLs before them linked (see framesFrom). */
type PieceSource = (answered: AnsweredBy) => Piece | undefined | null;

/**
 * The pieces of a new version, one by one: the previous frames before `first` and after `last`, which serve as
 * pieces as they are (their offset and core), around `read`. No object per frame, nor an array of them: a long log
 * has tens of thousands of frames, on every edit, and an array that large takes memory fresh from the system.
 */
function untouched(frames: readonly TextFrame[], first: number, read: readonly Piece[], last: number): PieceSource {
  let next = 0;
  const count = frames.length - (last + 1 - first) + read.length;
  return () => {
    const i = next++;
    if (i >= count) return undefined;
    return i < first ? frames[i] : i < first + read.length ? read[i - first] : frames[i - read.length + last + 1 - first];
  };
}

/** Pieces from index `from` on stand `delta` characters from their offsets (the frames after an edit). */
interface Shift {
  readonly from: number;
  readonly delta: number;
}

/**
 * Reads the pieces that need it, in order, and links answers to their CALLs (the first CALL with an id counts):
 * a CALLRESULT is checked against the response of the CALL it answers. Undefined when a frame cannot be read (see
 * readCore) or there are more syntax problems than a document lists.
 */
function assemble(uri: string, version: number, text: string, catalog: Catalog, open: number, close: number,
  pieces: readonly Piece[] | PieceSource, shift?: Shift): OcppDocument | undefined {
  const root: ArrayNode = { type: 'array', offset: open, length: close + 1 - open, items: [], closed: true };
  const frames: TextFrame[] = [];
  const problems: SyntaxProblem[] = [];
  const callsById = new CallsById();
  const answered = (type: MessageType, id: string) => callsById.answeredBy(type, id)?.action;
  const source: FrameSource = { text, root, catalog, treesKept: new Set() };
  for (let index = 0; ; index++) {
    const piece = typeof pieces === 'function' ? pieces(answered) : pieces[index];
    if (piece === null) return undefined;
    if (piece === undefined) break;
    const core = 'core' in piece ? piece.core : readCore(text, piece.offset, piece.end, piece.colons, callsById, answered, catalog);
    if (!core) return undefined;
    const offset = shift && index >= shift.from ? piece.offset + shift.delta : piece.offset;
    const answers = callsById.answeredBy(core.messageType, core.uniqueId);
    const frame = new TextFrame(source, core, offset, index, answers);
    frames.push(frame);
    // From the core rather than through the frame's getters: this runs for every frame.
    callsById.note(core.messageType, core.uniqueId, frame);
    for (const problem of core.syntax) {
      if (problems.length === maxSyntaxProblems) return undefined;
      problems.push({ ...problem, offset: problem.offset + offset });
    }
  }
  idTablesRead?.push(callsById);
  return conversation(uri, version, text, catalog, root, problems, frames, { open, close }, callsById.repeatedIds, undefined);
}

/** The document of a conversation read frame by frame. */
function conversation(uri: string, version: number, text: string, catalog: Catalog, root: ArrayNode, problems: SyntaxProblem[],
  frames: TextFrame[], layout: { readonly open: number; readonly close: number }, repeatedRequestIds: ReadonlySet<string> | undefined,
  lines: true | undefined): OcppDocument {
  let items: ValueNode[] | undefined;
  // The root's items are every frame's tree: built only for the rare caller that walks the root itself.
  Object.defineProperty(root, 'items', { get: () => (items ??= frames.map((f) => f.node)), enumerable: true });
  const tree: JsonTree = { root, problems };
  return { uri, version, text, catalog, tree, shape: 'conversation', frames, layout, repeatedRequestIds, ...(lines && { lines }) };
}

/**
 * The action of the CALL a frame answers, read before the frame is: a CALLRESULT's payload is checked against
 * its response. Looks at the frame's MessageTypeId and uniqueId without parsing the frame.
 */
function answeredCall(text: string, offset: number, callsById: CallsById): ActionDefinition | undefined {
  if (callsById.size === 0) return undefined;
  const head = /^\[\s*(\d+)\s*,\s*"([^"\\]*)"/.exec(text.slice(offset, offset + 64));
  const messageType = head ? messageTypeOf(Number(head[1])) : undefined;
  return messageType?.payloadRole === 'response' ? callsById.answeredBy(messageType, head![2])?.action : undefined;
}

/**
 * Reads the frame text[start, end). Undefined when the JSON parser would not close the frame at `end`: then a
 * whole-document parse reads the text differently, and only it can say how.
 */
function readCore(text: string, start: number, end: number, colons: number, callsById: CallsById, answered: AnsweredBy,
  catalog: Catalog): FrameCore | undefined {
  const clean = cleanFrameReader.tokens
    ? checkFrameTokens(text, start, end, catalog, answered)
    : readByValue(text, start, end, colons, answeredCall(text, start, callsById), catalog);
  return clean ? cleanCore(clean, end - start) : readTree(text, start, end, catalog);
}

/** The core of a frame the token checker (or its oracle) vouched for. */
function cleanCore(clean: CleanFrame, length: number): FrameCore {
  // Every core has every field, in one order (as in readTree): cores of one shape keep the frames' getters fast.
  return { length, messageType: clean.messageType, uniqueId: clean.uniqueId, action: clean.action, facts: clean.facts, quick: true,
    syntax: noProblems, checkedAgainst: clean.payloadType, cleanAgainst: !clean.suspects, suspects: clean.suspects, findings: undefined };
}

/**
 * The frame text[start, end) read from its syntax tree. Undefined when the JSON parser would not close the frame at
 * `end`: then a whole-document parse reads the text differently, and only it can say how.
 *
 * The tree is not kept: a frame builds it again when asked (its `node`). A long log's defective frames would
 * otherwise hold thousands of trees, which cost more than building each twice: the collector moves every kept one
 * to the old generation, into memory touched for the first time. Without them the cold check of the 1 MB 1.6 log
 * (5% defects) ran 4% fewer instructions (counted by valgrind, the machine's clock being too noisy for that), and
 * the 10 MB log's check retains 2.4 MB per MB of text instead of 2.8.
 */
function readTree(text: string, start: number, end: number, catalog: Catalog): FrameCore | undefined {
  const parsed = parseJsonTree(text, { start, end });
  const node = parsed.root;
  if (node?.type !== 'array' || !node.closed || node.offset !== start || node.offset + node.length !== end) return undefined;
  const frame = readFrame(node, new CallsById(), catalog);
  const syntax = parsed.problems.map((p) => ({ ...p, offset: p.offset - start }));
  // Every core has every field, in one order (see cleanCore): cores of one shape keep the frames' getters fast.
  const core: FrameCore = { length: end - start, messageType: frame.messageType, uniqueId: frame.uniqueId,
    action: frame.action, facts: frame.facts, quick: false, syntax, checkedAgainst: notChecked, cleanAgainst: false, suspects: undefined,
    findings: undefined };
  return core;
}

const noProblems: readonly SyntaxProblem[] = [];

/**
 * The way the token checker replaced: the frame text[start, end) read by JSON.parse, when the quick check finds
 * nothing in it against the payload type its own text names (a CALL's request; a CALLRESULT's answered action)
 * and its members all survived (`colons`: JSON.parse keeps one of two equal keys). Its tests' oracle.
 */
export function readByValue(text: string, start: number, end: number, colons: number, answered: ActionDefinition | undefined,
  catalog: Catalog): CleanFrame | undefined {
  let value: Json[];
  try {
    value = JSON.parse(text.slice(start, end)) as Json[];
  } catch {
    return undefined;
  }
  const messageType = messageTypeOf(value[0]);
  if (!messageType) return undefined;
  const name = messageType.actionIndex === undefined ? undefined : value[messageType.actionIndex];
  const action = typeof name === 'string' ? catalog.actionsByName.get(name) : undefined;
  const payloadType = payloadTypeFor(catalog, messageType, action, answered);
  if (cleanFrameMembers(value, payloadType, catalog) !== colons) return undefined;
  // A clean frame's payload is an object.
  const payload = value[messageType.payloadIndex] as { [key: string]: Json };
  return { messageType, uniqueId: value[1] as string, action, payloadType, facts: catalog.rules.factsOf(payload), end, suspects: undefined };
}
