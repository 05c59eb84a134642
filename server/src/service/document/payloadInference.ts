/**
 * Decides which message a bare payload object is: from the file name first (StatusNotification.json,
 * StatusNotification.req.json, StatusNotificationResponse.json, ...), then from the keys it holds.
 */
import type { ObjectNode } from '../../json/jsonTree';
import type { Catalog } from '../../ocpp/catalog';
import type { ActionDefinition } from '../../ocpp/schema';
import type { BarePayload } from './ocppDocument';

const responseMarkers = new Set(['conf', 'response', 'res', 'resp']);

export function inferPayloadMessage(uri: string, node: ObjectNode, catalog: Catalog): BarePayload {
  const named = actionFromFileName(uri, catalog);
  return (named && { node, ...named, source: 'fileName' }) ?? fromKeys(node, catalog) ?? { node, kind: 'request' };
}

/** The action and message kind a file name announces, e.g. BootNotification.conf.json → the response. */
export function actionFromFileName(uri: string, catalog: Catalog): { action: ActionDefinition; kind: 'request' | 'response' } | undefined {
  const base = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1)).replace(/\.json$/i, '').replace(/\.ocpp$/i, '');
  const tokens = base.split(/[.\-_\s]+/).filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1]?.toLowerCase();
    const exact = catalog.actionsByName.get(token);
    if (exact) return { action: exact, kind: next && responseMarkers.has(next) ? 'response' : 'request' };
    for (const [suffix, kind] of [['Request', 'request'], ['Response', 'response']] as const) {
      if (token.endsWith(suffix)) {
        const action = catalog.actionsByName.get(token.slice(0, -suffix.length));
        if (action) return { action, kind };
      }
    }
  }
  return undefined;
}

/**
 * The message whose fields best explain the keys present. A candidate must know most of the keys and match at
 * least two, and must beat every other candidate: a tie means we cannot tell, and then nothing is guessed.
 */
function fromKeys(node: ObjectNode, catalog: Catalog): BarePayload | undefined {
  const keys = new Set(node.properties.map((p) => p.key.value));
  if (keys.size === 0) return undefined;
  let best: { action: ActionDefinition; kind: 'request' | 'response'; score: number } | undefined;
  let tie = false;
  for (const action of catalog.actions) {
    for (const kind of ['request', 'response'] as const) {
      const type = action[kind];
      if (!type || type.fields.length === 0) continue;
      const known = type.fields.filter((f) => keys.has(f.name)).length;
      if (known < 2 || known * 2 <= keys.size) continue;
      const score = known * 2 - keys.size;
      if (!best || score > best.score) {
        best = { action, kind, score };
        tie = false;
      } else if (score === best.score) {
        tie = true;
      }
    }
  }
  return best && !tie ? { node, action: best.action, kind: best.kind, source: 'keys' } : undefined;
}
