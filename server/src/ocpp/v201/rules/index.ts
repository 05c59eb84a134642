/**
 * OCPP 2.0.1's rules beyond the schemas, as the rule set its catalog provides, and the same rules over another
 * catalog's actions (2.1 keeps them: v21/rules/). Each part (one file per subject) declares its codes, the payload
 * facts it follows and its checks; every message cites its requirement id from Part 2's requirement tables. Parts
 * name actions by name, never by definition, so they read 2.1's derived definitions as well as 2.0.1's.
 */
import type { ValueNode } from '../../../json/jsonTree';
import type { CodeDefinition, PayloadFacts, ReportFinding, RuleDocument, RuleSet } from '../../rules';
import type { ActionDefinition } from '../../schema';
import { actions } from '../actions';
import type { RulePart } from './rulePart';
import { bootSequence } from './boot';
import { idTokenFormatsOver } from './idTokens';
import { stationsOver, type Numbering } from './stations';
import { connectorStatusOver } from './status';
import { profilesPart } from './profiles';
import { reportsPart } from './reports';
import { transactionsOver, type StoppedReasons } from './transactions';
import { variablesPart } from './variables';

export interface RuleSetOptions {
  /** NotifyEvent's reports of a connector's AvailabilityState count as status reports (2.1, G01.FR.03-07). */
  readonly availabilityEvents?: boolean;
  /** What 0 means in numbering fields (`<type>.<field>`) where the version differs from 2.0.1. */
  readonly numbering?: Readonly<Record<string, Numbering>>;
  /** What stoppedReason an Ended event needs for some triggerReasons, where the version differs from 2.0.1. */
  readonly stoppedReasons?: StoppedReasons;
  /** Parts only this version has, after the shared ones. */
  readonly ownParts?: readonly RulePart[];
  /** Rewrites a shared part's message or hover note to cite the version's own text (its section numbers). */
  readonly cite?: (text: string) => string;
}

/** The 2.0.1 rules over `catalogActions`, with what `options` changes. */
export function rulesOver(catalogActions: readonly ActionDefinition[], options: RuleSetOptions = {}): RuleSet {
  const shared: readonly RulePart[] = [
    stationsOver(catalogActions, options.numbering), connectorStatusOver(options.availabilityEvents ?? false), idTokenFormatsOver(catalogActions),
    bootSequence, transactionsOver(options.stoppedReasons), reportsPart, variablesPart, profilesPart,
  ];
  const own = options.ownParts ?? [];
  const parts = [...shared, ...own];
  const cite = options.cite;
  const codes: Record<string, CodeDefinition> = Object.assign({}, ...parts.map((p) => p.codes));
  return {
    codes,
    factsOf(payload): PayloadFacts {
      const facts: Record<string, string | number | undefined> = {};
      for (const part of parts) part.readFacts?.(payload, facts);
      return facts;
    },
    factsMembers: new Set(parts.flatMap((p) => p.factsMembers ?? [])),
    check(doc: RuleDocument, report: ReportFinding): void {
      const reportShared: ReportFinding = cite ? (finding) => report({ ...finding, message: cite(finding.message) }) : report;
      for (const part of shared) part.check(doc, reportShared);
      for (const part of own) part.check(doc, report);
    },
    hoverNote(doc: RuleDocument, node: ValueNode): string | undefined {
      for (const part of parts) {
        const note = part.hoverNote?.(doc, node);
        if (note) return cite && shared.includes(part) ? cite(note) : note;
      }
      return undefined;
    },
  };
}

export const ocpp201Rules: RuleSet = rulesOver(actions);
