/**
 * Editor snippets derived from the catalog: one CALL per action whose request the catalog describes, a
 * connector-0 StatusNotification, and bare CALLRESULT and CALLERROR frames. The result is plain data in VS Code
 * snippet syntax; scripts/generate.ts writes it to snippets/ocpp.code-snippets.
 */
import type { Catalog } from '../../ocpp/catalog';
import { messageTypeNamed } from '../../ocpp/frames';
import type { ActionDefinition, ObjectType } from '../../ocpp/schema';
import { listWithOr } from '../../text/words';
import {
  escapeSnippetText, placeholderOf, snippetChoice, snippetPlaceholder, TabStops, toSnippet, type Placeholder,
} from './placeholders';

export interface FrameSnippet {
  /** The key in the snippet file, shown in the snippet picker. */
  readonly name: string;
  /** What the user types to get the snippet. */
  readonly prefix: string;
  readonly description: string;
  /** One string per line, in VS Code snippet syntax. */
  readonly body: string[];
}

/** Narrower placeholders for some fields of one snippet, e.g. the connector-0 variant's connectorId and status. */
export type FieldOverrides = Readonly<Record<string, Placeholder>>;

/** The payload with its required fields only: optional ones are a completion away and would mostly be deleted. */
function payloadSnippet(type: ObjectType, stops: TabStops, overrides: FieldOverrides = {}): string {
  // Date-times become the editor's clock variables (dateTimeVariables), so the time given here is never written.
  const members = type.fields.filter((f) => f.required).map((f): [string, Placeholder] => [f.name, overrides[f.name] ?? placeholderOf(f.type, new Date(0))]);
  return toSnippet({ kind: 'object', members }, stops, { indent: '', dateTimeVariables: true });
}

const frameId = (name: string) => messageTypeNamed(name).id;

/** A CALL of `action` with its required request fields as tab stops; the uniqueId defaults to a fresh UUID. */
export function callSnippetBody(action: ActionDefinition, overrides: FieldOverrides = {}): string[] {
  if (!action.request) throw new Error(`the catalog has no request for ${action.name}`);
  const stops = new TabStops();
  const id = snippetPlaceholder(stops, '$UUID');
  const payload = payloadSnippet(action.request, stops, overrides);
  return `[${frameId('CALL')}, "${id}", ${escapeSnippetText(JSON.stringify(action.name))}, ${payload}]$0`.split('\n');
}

/**
 * A CALL for each value restriction's special case, offering only the values allowed there: in 1.6, a
 * StatusNotification for connector 0 with only the statuses the main controller may report.
 */
function restrictedSnippets(catalog: Catalog): FrameSnippet[] {
  return catalog.valueRestrictions.flatMap((restriction) => {
    const action = catalog.actions.find((a) => a.request === restriction.owner);
    const snippet = restriction.snippet;
    if (!action || !snippet) return [];
    const when = restriction.when;
    const condition: Placeholder = { kind: 'scalar', text: String(when.equals), quoted: typeof when.equals === 'string', fixed: true };
    const allowed: Placeholder = { kind: 'choice', options: restriction.values.map((v) => v.name), quoted: true };
    return [{
      name: `${action.name} CALL ${snippet.label}`,
      prefix: `ocpp-${action.name}-${snippet.prefixSuffix}`,
      description: `${snippet.description} It may only report ${listWithOr(restriction.values.map((v) => v.name))}, so only those are offered.`,
      body: callSnippetBody(action, { [when.field]: condition, [restriction.field]: allowed }),
    }];
  });
}

/** Every snippet of a catalog: a CALL and a CALLRESULT per action, the special cases, and bare answers. */
export function frameSnippets(catalog: Catalog): FrameSnippet[] {
  const calls = catalog.actions
    .filter((a) => a.request)
    .map((a): FrameSnippet => ({
      name: `${a.name} CALL`,
      prefix: `ocpp-${a.name}`,
      description: `A ${a.name} request (CALL) with its required fields and a fresh uniqueId. ${a.doc}`,
      body: callSnippetBody(a),
    }));
  const results = catalog.actions
    .filter((a) => a.response)
    .map((a): FrameSnippet => ({
      name: `${a.name} CALLRESULT`,
      prefix: `ocpp-${a.name}-result`,
      description: `The answer (CALLRESULT) to a ${a.name} CALL, with its required response fields. Give it the uniqueId of that CALL.`,
      body: resultSnippetBody(a),
    }));
  return [...calls, ...restrictedSnippets(catalog), ...results, callResultSnippet(), callErrorSnippet(catalog)];
}
/** A CALLRESULT answering `action`, with its required response fields as tab stops. */
export function resultSnippetBody(action: ActionDefinition): string[] {
  if (!action.response) throw new Error(`the catalog has no response for ${action.name}`);
  const stops = new TabStops();
  const id = answerIdPlaceholder(stops);
  const payload = payloadSnippet(action.response, stops);
  return `[${frameId('CALLRESULT')}, "${id}", ${payload}]$0`.split('\n');
}

// An answer's uniqueId must repeat its CALL's, so it gets a visible placeholder rather than a fresh UUID.
const answerIdPlaceholder = (stops: TabStops) => snippetPlaceholder(stops, 'uniqueId');

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

function callErrorSnippet(catalog: Catalog): FrameSnippet {
  const stops = new TabStops();
  const id = answerIdPlaceholder(stops);
  const code = snippetChoice(stops, catalog.callErrorCodes.values.map((v) => v.name));
  return {
    name: 'CALLERROR',
    prefix: 'ocpp-callerror',
    description:
      `A failed answer (CALLERROR) to an earlier CALL: the same uniqueId, one of the ${catalog.transportName} error codes, a description ("" is allowed) and a details object ({} when there are none).`,
    body: [`[${frameId('CALLERROR')}, "${id}", "${code}", "$${stops.take()}", {$0}]`],
  };
}
