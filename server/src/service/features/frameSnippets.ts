/**
 * Editor snippets derived from the catalog: one CALL per action whose request the catalog describes, a
 * connector-0 StatusNotification, and bare CALLRESULT and CALLERROR frames. The result is plain data in VS Code
 * snippet syntax; scripts/generate.ts writes it to snippets/ocpp.code-snippets.
 */
import type { ActionDefinition, Enumeration, EnumValue, FieldType, ObjectType } from '../../ocpp/schema';
import { enumOf, integer } from '../../ocpp/schema';
import { messageTypes } from '../../ocpp/frames';
import { actions, actionsByName, CallErrorCode, ChargePointErrorCode, mainControllerStatuses } from '../../ocpp/v16';

export interface FrameSnippet {
  /** The key in the snippet file, shown in the snippet picker. */
  readonly name: string;
  /** What the user types to get the snippet. */
  readonly prefix: string;
  readonly description: string;
  /** One string per line, in VS Code snippet syntax. */
  readonly body: string[];
}

/** Narrower types for some fields of one snippet, e.g. the connector-0 variant's connectorId and status. */
export type FieldOverrides = Readonly<Record<string, FieldType>>;

const indentUnit = '  ';

/**
 * Accepting a snippet's defaults should give a typical message, so an enumeration's everyday value is offered
 * first; every other value keeps its catalog order.
 */
const preferredFirstValue: ReadonlyMap<Enumeration, string> = new Map([[ChargePointErrorCode as Enumeration, 'NoError']]);

/** Hands out tab stop numbers in the order the user will visit them. */
class TabStops {
  private next = 1;
  take(): number {
    return this.next++;
  }
}

// Snippet syntax gives `$`, `}` and `\` a meaning in plain text and, inside a choice, also `,` and `|`.
const escapeText = (text: string) => text.replace(/[$}\\]/g, '\\$&');
const escapeChoice = (text: string) => text.replace(/[$}\\,|]/g, '\\$&');

function choice(stops: TabStops, options: readonly string[]): string {
  return `\${${stops.take()}|${options.map(escapeChoice).join(',')}|}`;
}

function placeholder(stops: TabStops, text: string): string {
  return `\${${stops.take()}:${text}}`;
}

export function orderedValues(enumeration: Enumeration): string[] {
  const names = enumeration.values.map((v) => v.name);
  const first = preferredFirstValue.get(enumeration);
  return first && names.includes(first) ? [first, ...names.filter((n) => n !== first)] : names;
}

/** A timestamp the editor fills in when the snippet is inserted, with the local offset so it stays correct. */
const nowVariables =
  '${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}T${CURRENT_HOUR}:${CURRENT_MINUTE}:${CURRENT_SECOND}${CURRENT_TIMEZONE_OFFSET}';

/** A value of `type` with tab stops, in snippet syntax; objects span several lines indented from `indent`. */
function valueSnippet(type: FieldType, stops: TabStops, indent: string): string {
  switch (type.kind) {
    case 'integer': {
      // A count or an identifier: 1 is the usual first one, kept inside the type's limits.
      const value = Math.min(Math.max(1, type.min ?? 1), type.max ?? Infinity);
      // When the limits leave a single value there is nothing for the user to choose.
      return type.min !== undefined && type.min === type.max ? String(value) : placeholder(stops, String(value));
    }
    case 'decimal':
      return placeholder(stops, String(Math.max(0, type.min ?? 0)));
    case 'string':
      // An anyURI must be absolute to be valid, so it gets an example to overwrite rather than an empty string.
      return type.format === 'uri' ? `"${placeholder(stops, 'ftp://example.com/')}"` : `"$${stops.take()}"`;
    case 'dateTime':
      return `"${placeholder(stops, nowVariables)}"`;
    case 'boolean':
      return choice(stops, ['true', 'false']);
    case 'enum': {
      const values = orderedValues(type.enumeration);
      return values.length === 1 ? escapeText(JSON.stringify(values[0])) : `"${choice(stops, values)}"`;
    }
    case 'object':
      return objectSnippet(type.object, stops, indent);
    case 'array':
      // A list that must not be empty gets one item; any other starts empty, with a tab stop inside to fill it.
      return type.minItems ? `[${valueSnippet(type.items, stops, indent)}]` : `[$${stops.take()}]`;
  }
}

/** The object with its required fields only: optional ones are a completion away and would mostly be deleted. */
function objectSnippet(object: ObjectType, stops: TabStops, indent: string, overrides: FieldOverrides = {}): string {
  const required = object.fields.filter((f) => f.required);
  if (required.length === 0) return '{}';
  const inner = indent + indentUnit;
  const members = required.map(
    (f) => `${inner}${escapeText(JSON.stringify(f.name))}: ${valueSnippet(overrides[f.name] ?? f.type, stops, inner)}`,
  );
  return `{\n${members.join(',\n')}\n${indent}}`;
}

const frameId = (name: string) => messageTypes.find((t) => t.name === name)!.id;

/** A CALL of `action` with its required request fields as tab stops; the uniqueId defaults to a fresh UUID. */
export function callSnippetBody(action: ActionDefinition, overrides: FieldOverrides = {}): string[] {
  if (!action.request) throw new Error(`the catalog has no request for ${action.name}`);
  const stops = new TabStops();
  const id = placeholder(stops, '$UUID');
  const payload = objectSnippet(action.request, stops, '', overrides);
  return `[${frameId('CALL')}, "${id}", ${escapeText(JSON.stringify(action.name))}, ${payload}]$0`.split('\n');
}

function connectorZeroStatusNotification(): FrameSnippet | undefined {
  const action = actionsByName.get('StatusNotification');
  const status = action?.request?.fields.find((f) => f.name === 'status');
  if (!action || status?.type.kind !== 'enum') return undefined;
  const allowed = { ...status.type.enumeration, values: mainControllerStatuses as readonly EnumValue[] };
  const names = mainControllerStatuses.map((v) => v.name);
  return {
    name: 'StatusNotification CALL for connector 0',
    prefix: 'ocpp-StatusNotification-connector0',
    description:
      'A StatusNotification for connector 0, which stands for the whole charge point rather than one socket. ' +
      `It may only report ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}, so only those are offered.`,
    body: callSnippetBody(action, { connectorId: integer({ min: 0, max: 0 }), status: enumOf(allowed) }),
  };
}

export function frameSnippets(): FrameSnippet[] {
  const calls = actions
    .filter((a) => a.request)
    .map((a): FrameSnippet => ({
      name: `${a.name} CALL`,
      prefix: `ocpp-${a.name}`,
      description: `A ${a.name} request (CALL) with its required fields and a fresh uniqueId. ${a.doc}`,
      body: callSnippetBody(a),
    }));
  const results = actions
    .filter((a) => a.response)
    .map((a): FrameSnippet => ({
      name: `${a.name} CALLRESULT`,
      prefix: `ocpp-${a.name}-result`,
      description: `The answer (CALLRESULT) to a ${a.name} CALL, with its required response fields. Give it the uniqueId of that CALL.`,
      body: resultSnippetBody(a),
    }));
  const connectorZero = connectorZeroStatusNotification();
  return [...calls, ...(connectorZero ? [connectorZero] : []), ...results, callResultSnippet(), callErrorSnippet()];
}

/** A CALLRESULT answering `action`, with its required response fields as tab stops. */
export function resultSnippetBody(action: ActionDefinition): string[] {
  if (!action.response) throw new Error(`the catalog has no response for ${action.name}`);
  const stops = new TabStops();
  const id = answerIdPlaceholder(stops);
  const payload = objectSnippet(action.response, stops, '');
  return `[${frameId('CALLRESULT')}, "${id}", ${payload}]$0`.split('\n');
}

// An answer's uniqueId must repeat its CALL's, so it gets a visible placeholder rather than a fresh UUID.
const answerIdPlaceholder = (stops: TabStops) => placeholder(stops, 'uniqueId');

function callResultSnippet(): FrameSnippet {
  const stops = new TabStops();
  return {
    name: 'CALLRESULT',
    prefix: 'ocpp-callresult',
    description:
      'A successful answer (CALLRESULT) to an earlier CALL. Give it the same uniqueId as that CALL and put the action\'s response fields in the object.',
    body: [`[${frameId('CALLRESULT')}, "${answerIdPlaceholder(stops)}", {$0}]`],
  };
}

function callErrorSnippet(): FrameSnippet {
  const stops = new TabStops();
  const id = answerIdPlaceholder(stops);
  const code = choice(stops, CallErrorCode.values.map((v) => v.name));
  return {
    name: 'CALLERROR',
    prefix: 'ocpp-callerror',
    description:
      'A failed answer (CALLERROR) to an earlier CALL: the same uniqueId, one of the OCPP-J 1.6 error codes, a description ("" is allowed) and a details object ({} when there are none).',
    body: [`[${frameId('CALLERROR')}, "${id}", "${code}", "$${stops.take()}", {$0}]`],
  };
}
