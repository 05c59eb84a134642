/**
 * The peer: vscode-json-languageservice, the engine behind VS Code's own JSON support, checking each frame's
 * payload against the official schema of its action: OCPP 1.6's, 2.0.1's for the 2.0.1 corpus, or 2.1's for the 2.1
 * corpus, as ocpp-rpc ships them (1.6 and 2.0.1 with the same `urn:Action.req` / `urn:Action.conf` ids, 2.1 with
 * `urn:ActionRequest` / `urn:ActionResponse`, so one peer serves one version).
 *
 * How it is made fair. A JSON schema cannot say "the payload of a CALLRESULT follows the .conf schema of the
 * CALL with the same uniqueId", so for each file we write the schema the peer would need if it could: a tuple
 * (draft-07 `items: [...]`) with one entry per frame position, pointing at the official schema of that frame's
 * payload (`urn:StatusNotification.req`, the `.conf` of the answered CALL's action, 2.1's SEND schema for a SEND,
 * or anything for a CALLERROR, a CALLRESULTERROR and for frames whose action is unknown). The official schemas are
 * registered unchanged under their own ids.
 *
 * That schema is built from the text outside the timed part, and the peer resolves it once in a warm-up and
 * keeps it cached (it is associated by file name, as a user's `json.schemas` setting would), so every timed
 * run is only what the peer does on each edit: parse the text into its tree, then validate the whole tree
 * against an already-resolved schema. Linking answers to calls, which we do inside our timed run, is given to
 * the peer for free.
 *
 * The alternative (one JSON document per payload, validated with the payload's schema) would parse only the
 * payloads and pay a document per frame; one document, as the editor would hold it, is the natural way.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'jsonc-parser';
import { getLanguageService, type Diagnostic, type JSONDocument, type JSONSchema, type LanguageService } from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';

export type PeerVersion = '1.6' | '2.0.1' | '2.1';

const schemaFiles: Record<PeerVersion, string> = {
  '1.6': 'ocpp-rpc/lib/schemas/ocpp1_6.json',
  '2.0.1': 'ocpp-rpc/lib/schemas/ocpp2_0_1.json',
  '2.1': 'ocpp-rpc/lib/schemas/ocpp2_1.json',
};

interface Official {
  readonly schemas: JSONSchema[];
  /** Per action, the id of its request schema (a SEND's payload counts as one) and of its response schema. */
  readonly requests: ReadonlyMap<string, string>;
  readonly responses: ReadonlyMap<string, string>;
}

/** Each version's official schemas as shipped, and the ids of each action's payloads; read once. */
const official = new Map<PeerVersion, Official>();
function officialSchemas(version: PeerVersion): Official {
  let found = official.get(version);
  if (!found) {
    const schemas = JSON.parse(readFileSync(require.resolve(schemaFiles[version]), 'utf8')) as JSONSchema[];
    const requests = new Map<string, string>();
    const responses = new Map<string, string>();
    for (const { $id } of schemas) {
      // urn:Authorize.req (1.6, 2.0.1), urn:AuthorizeRequest (2.1), urn:NotifyPeriodicEventStream (2.1's SEND).
      const [, action, kind] = /^urn:(\w+)\.(req|conf)$/.exec($id!) ?? /^urn:(\w+?)(Request|Response)$/.exec($id!) ?? /^urn:(\w+)$/.exec($id!)!;
      (kind === 'conf' || kind === 'Response' ? responses : requests).set(action, $id!);
    }
    found = { schemas, requests, responses };
    official.set(version, found);
  }
  return found;
}

/**
 * One item schema per (version, action, kind), shared by every frame of that kind: the peer resolves each once. The
 * version is part of the key because the peer resolves a reference in place, and both versions use the same ids.
 */
const itemSchemas = new Map<string, JSONSchema>();
function itemSchema(version: PeerVersion, payloadIndex: number, schemaId: string): JSONSchema {
  const key = `${version} ${payloadIndex} ${schemaId}`;
  let schema = itemSchemas.get(key);
  if (!schema) {
    schema = { type: 'array', items: [...Array.from({ length: payloadIndex }, () => ({})), { $ref: schemaId }] };
    itemSchemas.set(key, schema);
  }
  return schema;
}

/** The per-position schema of a conversation: frame i's payload against its action's official schema. */
export function conversationSchema(text: string, version: PeerVersion = '1.6'): JSONSchema {
  const { requests, responses } = officialSchemas(version);
  // jsonc-parser's lenient parse: the corpus has a few deliberate syntax errors that JSON.parse would refuse.
  const frames = parse(text, [], { allowTrailingComma: true }) as unknown[];
  const actionOfCall = new Map<string, string>();
  const items = frames.map((frame): JSONSchema => {
    if (!Array.isArray(frame)) return {};
    const [type, id, action] = frame;
    const request = typeof action === 'string' ? requests.get(action) : undefined;
    // A CALL, or a SEND (2.1), which nothing answers.
    if ((type === 2 || type === 6) && typeof id === 'string' && request) {
      // The first CALL with an id is the one its answers answer (OCPP-J ids are unique per sender).
      if (type === 2 && !actionOfCall.has(id)) actionOfCall.set(id, action as string);
      return itemSchema(version, 3, request);
    }
    const answered = type === 3 && typeof id === 'string' ? actionOfCall.get(id) : undefined;
    const response = answered ? responses.get(answered) : undefined;
    return response ? itemSchema(version, 2, response) : {};
  });
  return { $schema: 'http://json-schema.org/draft-07/schema#', type: 'array', items };
}

export interface Peer {
  /**
   * Parses and validates the text as a new document (a fresh uri, so the peer has no cached parse). The parsed
   * document comes back too: an editor keeps it for completion and hover, so the memory figure counts it.
   */
  validate(text: string): Promise<{ diagnostics: Diagnostic[]; parsed: JSONDocument }>;
}

let documents = 0;

export function createPeer(name: string, schema: JSONSchema, version: PeerVersion = '1.6'): Peer {
  const folder = `file:///bench/peer/${name}/`;
  const service: LanguageService = getLanguageService({});
  service.configure({
    validate: true,
    schemas: [
      // Copies: the peer resolves references in place.
      ...officialSchemas(version).schemas.map((s) => ({ uri: s.$id!, schema: structuredClone(s) })),
      { uri: `bench://conversation/${name}`, fileMatch: [`${folder}*.json`], schema },
    ],
  });
  return {
    async validate(text) {
      const document = TextDocument.create(`${folder}run-${documents++}.json`, 'json', 1, text);
      const parsed = service.parseJSONDocument(document);
      return { diagnostics: await service.doValidation(document, parsed), parsed };
    },
  };
}
