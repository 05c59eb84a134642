import type { ValueNode } from '../../../json/jsonTree';
import type { CodeDefinition, ReportFinding, RuleDocument } from '../../rules';

/** One subject of 2.0.1's rules: its codes, the facts it follows from frame to frame, its checks and hover notes. */
export interface RulePart {
  readonly codes: Readonly<Record<string, CodeDefinition>>;
  /**
   * Adds the facts this part follows to `facts`, read from a payload as JSON.parse made it (once per frame, for
   * every frame of a log: read a few fields directly). Keys start with the part's name ("transactions.seqNo") so
   * parts never overwrite each other; only strings and integers are kept.
   */
  readFacts?(payload: { readonly [key: string]: unknown }, facts: Record<string, string | number | undefined>): void;
  /** The payload members readFacts reads (at any depth below them): see RuleSet.factsMembers. */
  readonly factsMembers?: readonly string[];
  check(doc: RuleDocument, report: ReportFinding): void;
  /** A sentence for the hover on a value the part tracks, e.g. a connector status and the one before it. */
  hoverNote?(doc: RuleDocument, node: ValueNode): string | undefined;
}
