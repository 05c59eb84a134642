/** Cases for the 2.0.1 device model rules (server/src/ocpp/v201/rules/variables.ts); variables.test.ts runs them. */
import type { RuleCase } from './support/ruleCases';

export const variableCodes = ['variable-duplicate', 'variable-result-count', 'variable-result-mismatch'];

const conversation = (...frames: string[]) => `[\n${frames.join(',\n')}\n]`;
const set = (component: string, variable: string, attributeType?: string, value = '1') =>
  `{"component": {"name": "${component}"}, "variable": {"name": "${variable}"}${attributeType ? `, "attributeType": "${attributeType}"` : ''}, "attributeValue": "${value}"}`;
const setResult = (component: string, variable: string, attributeType?: string) =>
  `{"component": {"name": "${component}"}, "variable": {"name": "${variable}"}${attributeType ? `, "attributeType": "${attributeType}"` : ''}, "attributeStatus": "Accepted"}`;
const get = (component: string, variable: string, attributeType?: string) =>
  `{"component": {"name": "${component}"}, "variable": {"name": "${variable}"}${attributeType ? `, "attributeType": "${attributeType}"` : ''}}`;
const getResult = (component: string, variable: string, attributeType?: string) =>
  `{"attributeStatus": "Accepted", "component": {"name": "${component}"}, "variable": {"name": "${variable}"}${attributeType ? `, "attributeType": "${attributeType}"` : ''}, "attributeValue": "1"}`;
const setVariables = (items: string[], results: string[]) =>
  `[2, "s1", "SetVariables", {"setVariableData": [${items.join(', ')}]}],\n[3, "s1", {"setVariableResult": [${results.join(', ')}]}]`;
const getVariables = (items: string[], results: string[]) =>
  `[2, "g1", "GetVariables", {"getVariableData": [${items.join(', ')}]}],\n[3, "g1", {"getVariableResult": [${results.join(', ')}]}]`;

export const variableCases: RuleCase[] = [
  {
    name: 'results matching their items in another order give nothing',
    clean: true,
    text: conversation(
      setVariables([set('OCPPCommCtrlr', 'HeartbeatInterval'), set('OCPPCommCtrlr', 'HeartbeatInterval', 'Target'), set('TxCtrlr', 'EVConnectionTimeOut', 'Actual')],
        [setResult('TxCtrlr', 'EVConnectionTimeOut'), setResult('ocppcommctrlr', 'HeartbeatInterval', 'Actual'), setResult('OCPPCommCtrlr', 'HeartbeatInterval', 'Target')]),
      getVariables([get('ClockCtrlr', 'DateTime'), get('ClockCtrlr', 'DateTime', 'MaxSet')],
        [getResult('ClockCtrlr', 'DateTime', 'MaxSet'), getResult('ClockCtrlr', 'DateTime')])),
    expect: [],
  },
  {
    name: 'the same variable set twice, an omitted attributeType counting as Actual',
    text: conversation(setVariables([set('OCPPCommCtrlr', 'HeartbeatInterval'), set('OCPPCommCtrlr', 'HeartbeatInterval', 'Actual', '2')],
      [setResult('OCPPCommCtrlr', 'HeartbeatInterval'), setResult('OCPPCommCtrlr', 'HeartbeatInterval')])),
    expect: [{ code: 'variable-duplicate', covers: set('OCPPCommCtrlr', 'HeartbeatInterval', 'Actual', '2'), cites: 'B05.FR.13' }],
  },
  {
    name: 'a duplicate in a bare SetVariablesRequest',
    uri: 'file:///w/SetVariablesRequest.json',
    text: `{"setVariableData": [${set('A', 'B', 'Target')}, ${set('A', 'B', 'Target')}]}`,
    expect: [{ code: 'variable-duplicate', covers: set('A', 'B', 'Target'), cites: 'B05.FR.13' }],
  },
  {
    name: 'the same variable on two EVSEs is no duplicate',
    text: `[2, "s1", "SetVariables", {"setVariableData": [{"component": {"name": "EVSE", "evse": {"id": 1}}, "variable": {"name": "Power"}, "attributeValue": "1"}, {"component": {"name": "EVSE", "evse": {"id": 2}}, "variable": {"name": "Power"}, "attributeValue": "1"}]}]`,
    expect: [],
  },
  {
    name: 'fewer results than items',
    text: conversation(getVariables([get('A', 'B'), get('A', 'C')], [getResult('A', 'B')])),
    expect: [{ code: 'variable-result-count', covers: `[${getResult('A', 'B')}]`, cites: 'B06.FR.01' }],
  },
  {
    name: 'a result for a variable nobody asked about',
    text: conversation(getVariables([get('A', 'B')], [getResult('A', 'X')])),
    expect: [{ code: 'variable-result-mismatch', covers: '{"name": "X"}', cites: 'B06.FR.02' }],
  },
  {
    name: 'a result with another attributeType',
    text: conversation(setVariables([set('A', 'B', 'Target')], [setResult('A', 'B', 'MinSet')])),
    expect: [{ code: 'variable-result-mismatch', covers: '"MinSet"', cites: 'B05.FR.03' }],
  },
];
