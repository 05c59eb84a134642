/**
 * What a version's rules see of a document, and what they give back. The rules that go beyond the schemas
 * (how statuses follow each other, where transaction ids come from) differ per OCPP version and live with each
 * catalog (v16/rules/); they read a conversation through these few fields, which the service's document model
 * provides, so no rule depends on how the service reads or caches a document.
 */
import type { ObjectNode, ValueNode } from '../json/jsonTree';
import { plainValueOf } from '../json/treeQueries';
import type { MessageType } from './frames';
import type { ActionDefinition } from './schema';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** One frame, a conversation, a bare payload object, anything else, or nothing at all. */
export type DocumentShape = 'frame' | 'conversation' | 'payload' | 'other' | 'empty';

/**
 * The payload values a version's rules follow from frame to frame (`RuleSet.factsOf` reads them), once per frame
 * and without a syntax tree. A rule set keeps only well-typed values (strings, integers) and leaves the rest
 * undefined: anything else is the payload validator's to report, and a rule that would need it does not run.
 */
export type PayloadFacts = Readonly<Record<string, string | number | undefined>>;

/** The facts of a payload holding none of the fields the rules follow (or no object at all). */
export const noFacts: PayloadFacts = Object.freeze({});

export interface RuleFrame {
  /** Where the frame's brackets are in the text. */
  readonly offset: number;
  readonly length: number;
  readonly messageType?: MessageType;
  readonly uniqueId?: string;
  /** Asking for a node may build the frame's syntax tree: rules ask only when they report. */
  readonly uniqueIdNode?: ValueNode;
  readonly action?: ActionDefinition;
  readonly payloadNode?: ValueNode;
  readonly facts: PayloadFacts;
  /** For an answer: the earlier CALL with the same uniqueId. */
  readonly answers?: RuleFrame;
}

/** A document that is one payload object, and the message it was read as. */
export interface RulePayload {
  readonly node: ObjectNode;
  readonly action?: ActionDefinition;
  readonly kind: 'request' | 'response';
}

export interface RuleDocument {
  readonly text: string;
  readonly shape: DocumentShape;
  readonly frames: readonly RuleFrame[];
  readonly payload?: RulePayload;
}

export interface RuleFinding {
  /** One of the rule set's `codes`. */
  readonly code: string;
  readonly message: string;
  readonly offset: number;
  readonly length: number;
  /** What a quick fix or a script needs to know; `replacements` lists values the token may become. */
  readonly data?: { readonly [key: string]: unknown };
  /** The token uses something the version deprecates: editors strike it through. */
  readonly deprecated?: boolean;
}

export type ReportFinding = (finding: RuleFinding) => void;

/** A diagnostic code: its default severity and a sentence for settings, SARIF and the docs. */
export interface CodeDefinition {
  readonly severity: Severity;
  readonly description: string;
}

export interface RuleSet {
  /** The codes its findings use. */
  readonly codes: Readonly<Record<string, CodeDefinition>>;
  /**
   * The facts its rules follow, read from a payload as JSON.parse made it: once per frame of every log, so each
   * version reads its few fields directly.
   */
  factsOf(payload: { readonly [key: string]: unknown }): PayloadFacts;
  /**
   * The payload members `factsOf` reads, at any depth below them: the facts of a payload are those of its members
   * of these names alone. A reader that checks frames without building their values (the token checker) builds
   * only these members for `factsOf`; a test holds every rule set to it on the corpora and fuzzed payloads.
   */
  readonly factsMembers: ReadonlySet<string>;
  /** Every rule over a document, in any order: the service sorts the findings. */
  check(doc: RuleDocument, report: ReportFinding): void;
  /** A sentence for the hover on `node`, a value the rules track (e.g. a status and the one before it). */
  hoverNote(doc: RuleDocument, node: ValueNode): string | undefined;
}

/**
 * The facts of a payload's syntax tree, read by the rule set as it reads a parsed value: the tree becomes the
 * value JSON.parse would have made (each key's first occurrence counts, as everywhere else), nested objects
 * included, so a rule reads a frame the same whichever way it was read.
 */
export function factsOfNode(payload: ObjectNode, read: RuleSet['factsOf']): PayloadFacts {
  return read(plainValueOf(payload) as { [key: string]: unknown });
}
