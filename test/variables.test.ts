import { describe } from 'node:test';
import { runRuleCases } from './support/ruleCases';
import { variableCases, variableCodes } from './variables.cases';

describe('2.0.1 device model rules', () => runRuleCases(variableCases, variableCodes));
