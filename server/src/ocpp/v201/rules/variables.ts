/**
 * SetVariables and GetVariables beyond their schemas (B05, B06): a SetVariablesRequest names each component,
 * variable and attributeType once (B05.FR.13), and the response has one result per requested item, with the same
 * component, variable and attributeType (B05.FR.01-03, B06.FR.01-03). An omitted attributeType counts as Actual
 * (B05.FR.12, B05.FR.13, B06.FR.11). Names are compared without regard to case: they are CiStrings.
 *
 * Only these few frames are read, from their trees.
 */
import type { ObjectNode, ValueNode } from '../../../json/jsonTree';
import { lineAt } from '../../../text/lines';
import type { CodeDefinition, ReportFinding, RuleDocument } from '../../rules';
import type { RulePart } from './rulePart';
import { plainValueOf } from '../../../json/treeQueries';
import { integerOf, nodeAt, objectNode, objectOf, stringOf, type PlainPayload } from './partValues';

const codes: Record<string, CodeDefinition> = {
  'variable-duplicate': { severity: 'error', description: 'A SetVariablesRequest naming the same component, variable and attributeType (omitted counts as Actual) in two items.' },
  'variable-result-count': { severity: 'error', description: 'A SetVariablesResponse or GetVariablesResponse whose number of results differs from the number of items in its request.' },
  'variable-result-mismatch': { severity: 'error', description: 'A SetVariables or GetVariables result whose component, variable or attributeType matches no item of its request.' },
};

interface Shape {
  /** The action, by name: the 2.0.1 and 2.1 catalogs each have their own definition. */
  readonly action: string;
  readonly items: string;
  readonly results: string;
  readonly cites: { readonly count: string; readonly same: string; readonly attribute: string };
}

const shapes: readonly Shape[] = [
  { action: 'SetVariables', items: 'setVariableData', results: 'setVariableResult',
    cites: { count: 'B05.FR.01', same: 'B05.FR.02', attribute: 'B05.FR.03, B05.FR.12' } },
  { action: 'GetVariables', items: 'getVariableData', results: 'getVariableResult',
    cites: { count: 'B06.FR.01', same: 'B06.FR.02', attribute: 'B06.FR.03, B06.FR.11' } },
];

/** One item or result: its component and variable as one key, and its attributeType (Actual when omitted). */
interface Entry {
  readonly node: ObjectNode;
  readonly target?: string;
  readonly describe: string;
  readonly attributeType: string;
}

const lower = (value: unknown) => stringOf(value)?.toLowerCase();

function entriesOf(array: ValueNode | undefined): Entry[] | undefined {
  if (array?.type !== 'array') return undefined;
  const entries: Entry[] = [];
  for (const item of array.items) {
    if (item.type !== 'object') continue;
    const value = plainValueOf(item) as PlainPayload;
    const component = objectOf(value.component);
    const variable = objectOf(value.variable);
    const componentName = stringOf(component?.name);
    const variableName = stringOf(variable?.name);
    const evse = objectOf(component?.evse);
    const target = componentName === undefined || variableName === undefined ? undefined : JSON.stringify([
      lower(componentName), lower(component?.instance) ?? null, integerOf(evse?.id) ?? null, integerOf(evse?.connectorId) ?? null,
      lower(variableName), lower(variable?.instance) ?? null]);
    const instance = (x: PlainPayload | undefined) => (stringOf(x?.instance) !== undefined ? `[${x!.instance}]` : '');
    const where = evse ? ` on EVSE ${evse.id}${evse.connectorId !== undefined ? ` connector ${evse.connectorId}` : ''}` : '';
    entries.push({ node: item, target, attributeType: stringOf(value.attributeType) ?? 'Actual',
      describe: `${componentName}${instance(component)}${where}, variable ${variableName}${instance(variable)}` });
  }
  return entries;
}

const at = (node: ValueNode) => ({ offset: node.offset, length: node.length });

function checkDuplicates(request: ObjectNode, report: ReportFinding): void {
  const entries = entriesOf(nodeAt(request, 'setVariableData'));
  if (!entries) return;
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    if (entry.target === undefined) return;
    const key = `${entry.target}/${entry.attributeType}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      return;
    }
    report({ code: 'variable-duplicate', ...at(entry.node),
      message: `Item ${index + 1} sets ${entry.describe}, attributeType ${entry.attributeType}, which item ${first + 1} already sets: ` +
        'a SetVariablesRequest names each component, variable and attributeType once, an omitted attributeType counting as Actual (B05.FR.13).',
      data: { index, firstIndex: first, attributeType: entry.attributeType } });
  });
}

function checkResults(shape: Shape, request: ObjectNode, response: ObjectNode, requestLine: number,
  report: ReportFinding): void {
  const items = entriesOf(nodeAt(request, shape.items));
  const resultsNode = nodeAt(response, shape.results);
  const results = entriesOf(resultsNode);
  if (!items || !results || !resultsNode) return;
  const name = shape.action;
  if (results.length !== items.length) {
    report({ code: 'variable-result-count', ...at(resultsNode),
      message: `${results.length} result${results.length === 1 ? '' : 's'} for the ${items.length} item${items.length === 1 ? '' : 's'} of the ${name}Request on line ${requestLine}: ` +
        `the response has exactly one result per requested item (${shape.cites.count}).`,
      data: { results: results.length, items: items.length, requestLine } });
  }
  // Each result takes one unused item with the same component, variable and attributeType; order is free.
  const unused = [...items];
  const take = (test: (item: Entry) => boolean) => {
    const index = unused.findIndex(test);
    return index < 0 ? undefined : unused.splice(index, 1)[0];
  };
  const odd: Entry[] = [];
  for (const result of results) {
    if (result.target === undefined) continue;
    if (!take((item) => item.target === result.target && item.attributeType === result.attributeType)) odd.push(result);
  }
  for (const result of odd) {
    const sameTarget = take((item) => item.target === result.target);
    const attributeNode = nodeAt(result.node, 'attributeType');
    if (sameTarget) {
      report({ code: 'variable-result-mismatch', ...at(attributeNode ?? result.node),
        message: `This result for ${result.describe} has attributeType ${result.attributeType}, but the request on line ${requestLine} asked for ${sameTarget.attributeType}` +
          `${nodeAt(sameTarget.node, 'attributeType') ? '' : ' (omitted, which means Actual)'}: a result repeats its item's attributeType (${shape.cites.attribute}).`,
        data: { attributeType: result.attributeType, expected: sameTarget.attributeType, requestLine } });
      continue;
    }
    const unasked = unused.map((item) => `${item.describe} (${item.attributeType})`);
    report({ code: 'variable-result-mismatch', ...at(nodeAt(result.node, 'variable') ?? result.node),
      message: `This result is for ${result.describe} (${result.attributeType}), which no item of the request on line ${requestLine} names: ` +
        `each result names the component and variable of one requested item (${shape.cites.same}).` +
        (unasked.length ? ` Items without a result: ${unasked.slice(0, 3).join('; ')}${unasked.length > 3 ? '; ...' : ''}.` : ''),
      data: { requestLine } });
  }
}

function check(doc: RuleDocument, report: ReportFinding): void {
  for (const frame of doc.frames) {
    if (frame.messageType?.name === 'CALL' && frame.action?.name === 'SetVariables') {
      const request = objectNode(frame.payloadNode);
      if (request) checkDuplicates(request, report);
      continue;
    }
    const call = frame.answers;
    const shape = call && frame.messageType?.name === 'CALLRESULT' ? shapes.find((s) => s.action === call.action?.name) : undefined;
    if (!shape || !call) continue;
    const request = objectNode(call.payloadNode);
    const response = objectNode(frame.payloadNode);
    if (request && response) checkResults(shape, request, response, lineAt(doc, call.offset), report);
  }
  const bare = doc.payload;
  if (bare?.action?.name === 'SetVariables' && bare.kind === 'request') checkDuplicates(bare.node, report);
}

export const variablesPart: RulePart = { codes, check };
