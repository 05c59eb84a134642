import { describe } from 'node:test';
import { runRuleCases } from './support/ruleCases';
import { profileCases, profileCodes } from './profiles.cases';

describe('2.0.1 charging profile rules', () => runRuleCases(profileCases, profileCodes));
