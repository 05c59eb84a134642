/**
 * Every 2.0.1 rule case file (test/*.cases.ts), with the codes its findings are of: the real-server run
 * (version.lsp.test.ts) and the 2.1 carry-over run (rules21.test.ts) go through all of them.
 */
import type { RuleCase } from './support/ruleCases';
import { bootCases, bootCodes } from './boot.cases';
import { idTokenCases, idTokenCodes } from './idTokens.cases';
import { profileCases, profileCodes } from './profiles.cases';
import { reportCases, reportCodes } from './reports.cases';
import { stationCases, stationCodes } from './stations.cases';
import { statusCases, statusCodes } from './status.cases';
import { transactionCases, transactionCodes } from './transactions.cases';
import { variableCases, variableCodes } from './variables.cases';

export const ruleCaseFiles: readonly { name: string; cases: readonly RuleCase[]; codes: readonly string[] }[] = [
  { name: 'stations', cases: stationCases, codes: stationCodes },
  { name: 'status', cases: statusCases, codes: statusCodes },
  { name: 'idTokens', cases: idTokenCases, codes: idTokenCodes },
  { name: 'boot', cases: bootCases, codes: bootCodes },
  { name: 'transactions', cases: transactionCases, codes: transactionCodes },
  { name: 'reports', cases: reportCases, codes: reportCodes },
  { name: 'variables', cases: variableCases, codes: variableCodes },
  { name: 'profiles', cases: profileCases, codes: profileCodes },
];
