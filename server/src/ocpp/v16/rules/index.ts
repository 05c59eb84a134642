/**
 * OCPP 1.6's rules beyond the schemas, as the rule set its catalog provides: how StatusNotifications follow each
 * other (§4.9), which errorCode fits which status, where transaction ids come from, and connector 0's statuses
 * (a value restriction the service applies, declared here with its code).
 */
import type { ValueNode } from '../../../json/jsonTree';
import type { CodeDefinition, ReportFinding, RuleDocument, RuleSet } from '../../rules';
import { references } from '../references';
import { checkStatusErrorCodes, checkStatusSequence } from './statusRules';
import { statusHistoryNote } from './statusHover';
import { factsMembers16, factsOf16 } from './statusReports';
import { checkTransactionIds } from './transactionRules';

const codes: Record<string, CodeDefinition> = {
  'connector-zero-status': { severity: 'error', description: 'connectorId 0 (the main controller) reporting a status other than Available, Unavailable or Faulted.' },
  'status-transition': { severity: 'warning', description: `A connector (connectorId > 0) going from one StatusNotification status to the next by a step the ${references.statuses} transition table does not list.` },
  'ev-communication-error-status': { severity: 'warning', description: 'errorCode EVCommunicationError reported with a status other than Preparing, SuspendedEV, SuspendedEVSE or Finishing (OCPP 1.6 §4.9, §7.6).' },
  'faulted-without-error': { severity: 'warning', description: 'A StatusNotification with status Faulted but errorCode NoError.' },
  'error-without-fault': { severity: 'information', description: 'An errorCode other than NoError with a status other than Faulted: the charge point reports a warning condition, not a fault.' },
  'timestamp-backwards': { severity: 'warning', description: 'A StatusNotification timestamp earlier than the previous one for the same connector in the file.' },
  'unknown-transaction': { severity: 'warning', description: 'A StopTransaction or MeterValues naming a transactionId that no earlier StartTransaction response in the file gave.' },
};

export const ocpp16Rules: RuleSet = {
  codes,
  factsOf: factsOf16,
  factsMembers: factsMembers16,
  check(doc: RuleDocument, report: ReportFinding): void {
    checkStatusErrorCodes(doc, report);
    checkStatusSequence(doc, report);
    checkTransactionIds(doc, report);
  },
  hoverNote: (doc: RuleDocument, node: ValueNode) => statusHistoryNote(doc, node),
};
