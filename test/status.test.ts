import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ocpp201 } from '../server/src/ocpp/v201';
import { ConnectorStatusEnumType } from '../server/src/ocpp/v201/enums';
import { runHoverCases, runRuleCases } from './support/ruleCases';
import { statusCases, statusCodes, statusHoverCases } from './status.cases';

describe('2.0.1 connector statuses (G01, G03, G04, H01)', () => {
  test('P2-201 §3.23: every connector status has a note saying whether it is operative', () => {
    for (const value of ConnectorStatusEnumType.values) {
      const note = ocpp201.valueNotes.get(value);
      assert.match(note ?? '', ['Unavailable', 'Faulted'].includes(value.name) ? /^Inoperative/ : /^Operative/, value.name);
    }
  });
  test('timestamp-backwards is 1.6\'s rule for a 2.0.1 connector: same severity and description', async () => {
    const { ocpp16 } = await import('../server/src/ocpp/v16');
    assert.deepEqual(ocpp201.rules.codes['timestamp-backwards'], ocpp16.rules.codes['timestamp-backwards']);
  });
  runRuleCases(statusCases, statusCodes);
  runHoverCases(statusHoverCases);
});
