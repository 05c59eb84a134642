import { describe } from 'node:test';
import { runHoverCases, runRuleCases } from './support/ruleCases';
import { stationCases, stationCodes, stationHoverCases } from './stations.cases';

describe('2.0.1 EVSE and connector numbering (P1 §7)', () => {
  runRuleCases(stationCases, stationCodes);
  runHoverCases(stationHoverCases);
});
