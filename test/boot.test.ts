import { describe } from 'node:test';
import { runRuleCases } from './support/ruleCases';
import { bootCases, bootCodes } from './boot.cases';

describe('2.0.1 boot: requests before the boot is Accepted (B01-B03)', () => {
  runRuleCases(bootCases, bootCodes);
});
