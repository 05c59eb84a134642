import { describe } from 'node:test';
import { runRuleCases } from './support/ruleCases';
import { idTokenCases, idTokenCodes } from './idTokens.cases';

describe('2.0.1 idToken formats (P2-201 §3.43, C02.FR.01)', () => {
  runRuleCases(idTokenCases, idTokenCodes);
});
