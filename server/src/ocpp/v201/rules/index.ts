/**
 * OCPP 2.0.1's rules beyond the schemas, as the rule set its catalog provides. Each part (one file or folder per
 * subject) declares its codes, the payload facts it follows and its checks; every message cites its requirement id
 * from Part 2's requirement tables.
 */
import type { ValueNode } from '../../../json/jsonTree';
import type { CodeDefinition, PayloadFacts, ReportFinding, RuleDocument, RuleSet } from '../../rules';
import type { RulePart } from './rulePart';
import { bootSequence } from './boot';
import { idTokenFormats } from './idTokens';
import { stations } from './stations';
import { connectorStatus } from './status';
import { profilesPart } from './profiles';
import { reportsPart } from './reports';
import { transactionsPart } from './transactions';
import { variablesPart } from './variables';

/** The parts, in the order their findings are worked out (the service sorts findings by position anyway). */
const parts: readonly RulePart[] = [
  stations, connectorStatus, idTokenFormats, bootSequence,
  transactionsPart, reportsPart, variablesPart, profilesPart,
];

const codes: Record<string, CodeDefinition> = Object.assign({}, ...parts.map((p) => p.codes));

export const ocpp201Rules: RuleSet = {
  codes,
  factsOf(payload): PayloadFacts {
    const facts: Record<string, string | number | undefined> = {};
    for (const part of parts) part.readFacts?.(payload, facts);
    return facts;
  },
  check(doc: RuleDocument, report: ReportFinding): void {
    for (const part of parts) part.check(doc, report);
  },
  hoverNote(doc: RuleDocument, node: ValueNode): string | undefined {
    for (const part of parts) {
      const note = part.hoverNote?.(doc, node);
      if (note) return note;
    }
    return undefined;
  },
};
