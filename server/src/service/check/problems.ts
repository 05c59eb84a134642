/**
 * Every check the service makes has a stable code. Settings, quick fixes, the CLI's SARIF rules and the
 * README refer to these codes; messages may change wording, codes never do. The checks every version shares
 * have their codes here; each catalog's rule set declares its own (ocpp/rules.ts), and problemCodesFor puts
 * them together for the catalogs a product serves.
 */
import type { Catalog } from '../../ocpp/catalog';
import type { CodeDefinition } from '../../ocpp/rules';

export type { CodeDefinition, Severity } from '../../ocpp/rules';

const genericCodes = {
  'syntax-error': { severity: 'error', description: 'The text is not valid JSON.' },
  'comment': { severity: 'error', description: 'A comment: OCPP-J is strict JSON and has none.' },
  'trailing-comma': { severity: 'error', description: 'A comma before a closing bracket or brace, which strict JSON forbids.' },
  'file-too-large': { severity: 'information', description: 'A file longer than ocpp.maxFileSize: only its JSON syntax is checked, not its OCPP messages.' },
  'document-shape': { severity: 'error', description: 'The document is neither an OCPP-J frame, an array of frames, nor a payload object.' },
  'frame-not-array': { severity: 'error', description: 'An item of a conversation that is not a frame array.' },
  'frame-length': { severity: 'error', description: 'A frame with too few or too many elements for its MessageTypeId.' },
  'message-type-id': { severity: 'error', description: 'A MessageTypeId other than 2 (CALL), 3 (CALLRESULT) or 4 (CALLERROR).' },
  'unique-id-type': { severity: 'error', description: 'A uniqueId that is not a string.' },
  'unique-id-length': { severity: 'error', description: 'A uniqueId longer than 36 characters.' },
  'action-type': { severity: 'error', description: 'An action name that is not a string.' },
  'unknown-action': { severity: 'error', description: 'An action name the file\'s OCPP version does not define.' },
  'payload-type': { severity: 'error', description: 'A payload that is not a JSON object.' },
  'version-mismatch': { severity: 'information', description: 'A file checked as the OCPP version the settings name whose content clearly belongs to another version: only its syntax is checked until the version is set right.' },
  'unknown-payload': { severity: 'information', description: 'A bare payload whose action could be told neither from the file name nor from its keys.' },
  'unmatched-response': { severity: 'warning', description: 'A CALLRESULT or CALLERROR whose uniqueId matches no earlier CALL in the conversation; its payload is left unchecked.' },
  'answer-to-send': { severity: 'error', description: 'A CALLRESULT or CALLERROR answering a SEND, which expects no answer (OCPP-J 2.1).' },
  'send-only-action': { severity: 'error', description: 'A CALL of an action that has no response and is sent only as a SEND (OCPP 2.1: NotifyPeriodicEventStream, N15.FR.01).' },
  'call-only-action': { severity: 'warning', description: 'A SEND of an action that has a response and so is sent as a CALL (OCPP 2.1).' },
  'log-direction': { severity: 'warning', description: 'In a log whose lines give directions: a CALL of an action only the other side sends, or an answer going the same way as the CALL it answers.' },
  'log-time-backwards': { severity: 'information', description: 'In a log whose lines give dates and times: a frame logged earlier than the frame on a line before it, so the file is not in the order the messages went.' },
  'duplicate-unique-id': { severity: 'warning', description: 'A CALL (or 2.1 SEND) that reuses the uniqueId of an earlier CALL or SEND from the same side in the file, other than a retry of an unanswered one.' },
  'call-error-code': { severity: 'error', description: 'A CALLERROR code that the file\'s OCPP-J version does not define.' },
  'call-error-description-type': { severity: 'error', description: 'A CALLERROR errorDescription that is not a string.' },
  'call-error-description-length': { severity: 'error', description: 'A CALLERROR errorDescription longer than the version allows (OCPP-J 2.0.1: 255 characters).' },
  'missing-field': { severity: 'error', description: 'A required field is missing.' },
  'unknown-field': { severity: 'error', description: 'A field the message does not define.' },
  'duplicate-field': { severity: 'error', description: 'The same field appears twice in one object.' },
  'type-mismatch': { severity: 'error', description: 'A value of the wrong JSON type.' },
  'value-too-small': { severity: 'error', description: 'A number below the field\'s minimum.' },
  'value-too-large': { severity: 'error', description: 'A number above the field\'s maximum.' },
  'decimal-precision': { severity: 'error', description: 'A decimal with more digits after the point than the field allows (e.g. limits in steps of 0.1).' },
  'invalid-uri': { severity: 'error', description: 'An anyURI field that is not an absolute URI.' },
  'string-too-long': { severity: 'error', description: 'A string longer than its CiString type allows.' },
  'array-too-short': { severity: 'error', description: 'An array with fewer items than the field requires.' },
  'array-too-long': { severity: 'error', description: 'An array with more items than the field allows.' },
  'invalid-enum-value': { severity: 'error', description: 'A value that is not one of its enumeration\'s values (case matters).' },
  'invalid-datetime': { severity: 'error', description: 'A dateTime that is not RFC 3339 or not a real calendar date.' },
  'unanswered-call': { severity: 'information', description: 'A CALL with no CALLRESULT or CALLERROR before the same side sends its next CALL (OCPP-J allows one outstanding CALL per direction); a file with no answers at all is not checked.' },
} as const satisfies Record<string, CodeDefinition>;

/** A diagnostic code: one of genericCodes or of a catalog's rule set. */
export type ProblemCode = string;

/** Every code, with its default severity and description, in the order settings and docs list them. */
export type CodeTable = Readonly<Record<ProblemCode, CodeDefinition>>;

const tables = new WeakMap<readonly Catalog[], CodeTable>();

/** The codes of the shared checks and of every catalog's rules, each once (a code two versions share is one rule). */
export function problemCodesFor(catalogs: readonly Catalog[]): CodeTable {
  let table = tables.get(catalogs);
  if (!table) {
    const codes: Record<ProblemCode, CodeDefinition> = { ...genericCodes };
    for (const catalog of catalogs) {
      for (const [code, definition] of Object.entries(catalog.rules.codes)) codes[code] ??= definition;
    }
    table = codes;
    tables.set(catalogs, table);
  }
  return table;
}

/** A problem found in a document, located by offsets; the facade turns it into an LSP Diagnostic. */
export interface OcppProblem {
  readonly code: ProblemCode;
  readonly message: string;
  readonly offset: number;
  readonly length: number;
  /** What a quick fix needs. `replacements` lists the texts (JSON literals) the token may be replaced with. */
  readonly data?: ProblemData;
  /** The token uses something the version deprecates (the diagnostic gets the Deprecated tag). */
  readonly deprecated?: boolean;
}

export interface Rewrite {
  readonly title: string;
  readonly offset: number;
  readonly expect: string;
  readonly newText: string;
}

export interface ProblemData {
  /** Values the offending token could become, best first, as the plain values (not JSON-quoted). */
  readonly replacements?: readonly string[];
  /**
   * An edit a rule worked out itself (2.1: a StatusNotification rewritten as a NotifyEvent): applied only while the
   * text at `offset` is still `expect`, so a fix for an older version of the document changes nothing.
   */
  readonly rewrite?: Rewrite;
  readonly [key: string]: unknown;
}
