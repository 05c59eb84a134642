import { describe } from 'node:test';
import { runRuleCases } from './support/ruleCases';
import { reportCases, reportCodes } from './reports.cases';

describe('2.0.1 multi-part report rules', () => runRuleCases(reportCases, reportCodes));
