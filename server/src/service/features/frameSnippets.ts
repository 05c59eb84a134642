/**
 * Whole-frame snippets derived from one catalog: one CALL per action whose request the catalog describes, a
 * CALLRESULT per response, the value restrictions' special cases (1.6's connector-0 StatusNotification), and bare
 * CALLRESULT and CALLERROR frames. The result is plain data in VS Code snippet syntax (LSP snippet syntax plus the
 * $UUID and $CURRENT_* variables); completion.ts offers it, from the document's own catalog, where a frame may start.
 * There is no static snippet file: a file cannot know a document's version, and the versions share prefixes.
 */
import { isSentAs, type Catalog, type PlaceholderHint } from '../../ocpp/catalog';
import { messageTypeNamed } from '../../ocpp/frames';
import type { ActionDefinition, FieldType, ObjectType } from '../../ocpp/schema';
import { listWithOr } from '../../text/words';
import {
  escapeSnippetText, placeholderOf, snippetChoice, snippetPlaceholder, TabStops, toSnippet, type Placeholder,
} from './placeholders';

export interface FrameSnippet {
  /** What the snippet writes, e.g. "BootNotification CALL": the completion item's detail. */
  readonly name: string;
  /** What the user types to get the snippet. */
  readonly prefix: string;
  readonly description: string;
  /** One string per line, in VS Code snippet syntax. */
  readonly body: string[];
}

/** Narrower placeholders for some fields of one snippet, e.g. the connector-0 variant's connectorId and status. */
export type FieldOverrides = Readonly<Record<string, Placeholder>>;

type Hints = Catalog['placeholderHints'];
const noHints: Hints = {};
const maxDepth = 16;

/**
 * The members of an object of `type`: its required fields (optional ones are a completion away and would mostly
 * be deleted), and any optional one the version's hints include, each with the hint's value or the usual
 * placeholder. Date-times become the editor's clock variables (dateTimeVariables), so the time given is never written.
 */
function membersOf(type: ObjectType, hints: Hints, depth: number): [string, Placeholder][] {
  return type.fields
    .filter((f) => f.required || hints[`${type.name}.${f.name}`]?.include)
    .map((f) => [f.name, hintValue(hints[`${type.name}.${f.name}`]) ?? hintedPlaceholder(f.type, hints, depth + 1)]);
}

/** The placeholder a catalog's hint asks for, if it asks for a value. */
function hintValue(hint: PlaceholderHint | undefined): Placeholder | undefined {
  if (hint?.value !== undefined) return { kind: 'scalar', text: String(hint.value), quoted: false };
  if (hint?.order) return { kind: 'choice', options: [...hint.order], quoted: true };
  return undefined;
}

function hintedPlaceholder(type: FieldType, hints: Hints, depth: number): Placeholder {
  if (depth >= maxDepth || Object.keys(hints).length === 0) return placeholderOf(type, new Date(0));
  if (type.kind === 'object') return { kind: 'object', members: membersOf(type.object, hints, depth) };
  if (type.kind === 'array') {
    return { kind: 'array', items: Array.from({ length: type.minItems ?? 0 }, () => hintedPlaceholder(type.items, hints, depth + 1)) };
  }
  return placeholderOf(type, new Date(0));
}

function payloadSnippet(type: ObjectType, stops: TabStops, overrides: FieldOverrides = {}, hints: Hints = noHints): string {
  const members = membersOf(type, hints, 0).map(([name, p]): [string, Placeholder] => [name, overrides[name] ?? p]);
  return toSnippet({ kind: 'object', members }, stops, { indent: '', dateTimeVariables: true });
}

const frameId = (name: string) => messageTypeNamed(name).id;

/**
 * A CALL of `action` with its required request fields as tab stops; the uniqueId defaults to a fresh UUID. `hints`
 * are the version's (Catalog.placeholderHints).
 */
export function callSnippetBody(action: ActionDefinition, overrides: FieldOverrides = {}, hints: Hints = noHints,
  type: 'CALL' | 'SEND' = 'CALL'): string[] {
  if (!action.request) throw new Error(`the catalog has no request for ${action.name}`);
  const stops = new TabStops();
  const id = snippetPlaceholder(stops, '$UUID');
  const payload = payloadSnippet(action.request, stops, overrides, hints);
  return `[${frameId(type)}, "${id}", ${escapeSnippetText(JSON.stringify(action.name))}, ${payload}]$0`.split('\n');
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
      description: `${snippet.description} It may only report ${listWithOr(restriction.values.map((v) => v.name))}, so only those are offered. ${action.doc}`,
      body: callSnippetBody(action, { [when.field]: condition, [restriction.field]: allowed }, hintsOf(catalog)),
    }];
  });
}

const snippetsByCatalog = new WeakMap<Catalog, readonly FrameSnippet[]>();

/** Every snippet of a catalog: a CALL and a CALLRESULT per action, the special cases, and bare answers. */
export function frameSnippets(catalog: Catalog): readonly FrameSnippet[] {
  let snippets = snippetsByCatalog.get(catalog);
  if (!snippets) snippetsByCatalog.set(catalog, snippets = buildFrameSnippets(catalog));
  return snippets;
}

const hintsOf = (catalog: Catalog): Hints => catalog.placeholderHints;

function buildFrameSnippets(catalog: Catalog): FrameSnippet[] {
  const hints = hintsOf(catalog);
  const calls = catalog.actions
    .filter((a) => a.request)
    .map((a): FrameSnippet => {
      // An action without a response goes as a SEND in a version that has them (2.1, N15.FR.01).
      const type = isSentAs(catalog, messageTypeNamed('CALL'), a) ? 'CALL' : 'SEND';
      const what = type === 'CALL' ? 'request (CALL)' : 'message (SEND, which nothing answers)';
      return {
        name: `${a.name} ${type}`,
        prefix: `ocpp-${a.name}`,
        description: `A ${a.name} ${what} with its required fields and a fresh uniqueId. ${a.doc}`,
        body: callSnippetBody(a, {}, hints, type),
      };
    });
  const results = catalog.actions
    .filter((a) => a.response)
    .map((a): FrameSnippet => ({
      name: `${a.name} CALLRESULT`,
      prefix: `ocpp-${a.name}-result`,
      description: `The answer (CALLRESULT) to a ${a.name} CALL, with its required response fields. Give it the uniqueId of that CALL. ${a.doc}`,
      body: resultSnippetBody(a, hints),
    }));
  return [...calls, ...restrictedSnippets(catalog), ...results, callResultSnippet(), callErrorSnippet(catalog)];
}

/**
 * The payload a new `action` response gets (required fields, the version's hints), as a placeholder: the session
 * engine answers the other side's CALLs with it, so its answers and the snippets agree.
 */
export function responsePlaceholder(action: ActionDefinition, hints: Hints): Placeholder {
  if (!action.response) throw new Error(`the catalog has no response for ${action.name}`);
  return { kind: 'object', members: membersOf(action.response, hints, 0) };
}

/** A CALLRESULT answering `action`, with its required response fields as tab stops. */
export function resultSnippetBody(action: ActionDefinition, hints: Hints = noHints): string[] {
  if (!action.response) throw new Error(`the catalog has no response for ${action.name}`);
  const stops = new TabStops();
  const id = answerIdPlaceholder(stops);
  const payload = payloadSnippet(action.response, stops, {}, hints);
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
