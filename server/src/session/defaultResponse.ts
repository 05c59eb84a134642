/**
 * What we answer to a CALL of the other side when nobody said otherwise: a valid CALLRESULT built from the
 * catalog's response type, the same payload the CALLRESULT snippets write (required fields, the version's hints,
 * each enumeration's usual value first, so typically status Accepted). Date-times are now. Where a version's
 * rules ask an answer to agree with its request, the answer does (see `fitToRequest`), so that a default answer
 * checks clean against the CALL it answers.
 */
import type { Catalog } from '../ocpp/catalog';
import type { Placeholder } from '../service/features/placeholders';
import { responsePlaceholder } from '../service/features/frameSnippets';

export interface DefaultResponseContext {
  readonly now: Date;
  /** A fresh transactionId each time (1.6 StartTransaction: the central system assigns it). */
  nextTransactionId(): number;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** An increasing counter for the transactionIds one central system hands out. */
export function transactionCounter(): () => number {
  let last = 0;
  return () => ++last;
}

/**
 * The answer frame to `call` (a parsed CALL with a string uniqueId): a CALLRESULT, or a CALLERROR when the action
 * is unknown to the version or the payload is not an object, so that the other side hears what went wrong.
 */
export function defaultResponse(catalog: Catalog, call: readonly unknown[], context: DefaultResponseContext): unknown[] {
  const [, uniqueId, actionName, payload] = call;
  const action = typeof actionName === 'string' ? catalog.actionsByName.get(actionName) : undefined;
  if (!action?.response) {
    const what = action ? `${action.name} expects no answer in ${catalog.displayName}` : `${catalog.displayName} has no action ${JSON.stringify(actionName)}`;
    return [4, uniqueId, 'NotImplemented', what, {}];
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    return [4, uniqueId, formatViolationCode(catalog), `A ${action.name} payload must be a JSON object.`, {}];
  }
  const response = valueOf(responsePlaceholder(action, catalog.placeholderHints), context.now) as JsonObject;
  fitToRequest(catalog, action.name, payload as JsonObject, response, context);
  return [3, uniqueId, response];
}

/** 1.6 spells the code FormationViolation, OCPP-J 2.x FormatViolation. */
function formatViolationCode(catalog: Catalog): string {
  return catalog.callErrorCodes.values.some((v) => v.name === 'FormationViolation') ? 'FormationViolation' : 'FormatViolation';
}

/** A placeholder as the JSON value a plain edit would write; date-times are `now`. */
function valueOf(placeholder: Placeholder, now: Date): Json {
  switch (placeholder.kind) {
    case 'scalar':
      if (placeholder.dateTime) return now.toISOString();
      return placeholder.quoted ? placeholder.text : Number(placeholder.text);
    case 'choice':
      return placeholder.quoted ? placeholder.options[0] : JSON.parse(placeholder.options[0]) as Json;
    case 'object':
      return Object.fromEntries(placeholder.members.map(([name, value]) => [name, valueOf(value, now)]));
    case 'array':
      return placeholder.items.map((item) => valueOf(item, now));
  }
}

const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The few places where a version's rules tie a response to its request, beyond what a schema can say.
 */
function fitToRequest(catalog: Catalog, action: string, request: JsonObject, response: JsonObject, context: DefaultResponseContext): void {
  // OCPP 1.6 §6.46: the central system assigns the transaction's id; a fresh one keeps later messages apart.
  if (catalog.version === '1.6' && action === 'StartTransaction') response.transactionId = context.nextTransactionId();
  // E01.FR.06 and the like: a TransactionEvent that carries an idToken is answered with that token's status.
  if (action === 'TransactionEvent' && isObject(request.idToken) && !('idTokenInfo' in response)) {
    response.idTokenInfo = { status: 'Accepted' };
  }
  // B06.FR.05, B05.FR.09: one result per requested variable, naming the same component, variable and attribute.
  const variables: Record<string, [string, string]> = {
    GetVariables: ['getVariableData', 'getVariableResult'],
    SetVariables: ['setVariableData', 'setVariableResult'],
  };
  const pair = variables[action];
  if (pair && Array.isArray(request[pair[0]]) && Array.isArray(response[pair[1]])) {
    const template = (response[pair[1]] as Json[])[0];
    const items = (request[pair[0]] as Json[]).filter(isObject);
    if (isObject(template)) response[pair[1]] = items.map((item) => variableResult(template, item));
  }
}

/** A Get/SetVariables result for one requested item: the template's status, the item's names. */
function variableResult(template: JsonObject, item: JsonObject): JsonObject {
  const result: JsonObject = { ...template };
  for (const key of ['component', 'variable', 'attributeType']) {
    if (key in item) result[key] = item[key];
  }
  return result;
}
