/**
 * Every check the service makes has a stable code. Settings, quick fixes, the CLI's SARIF rules and the
 * README refer to these codes; messages may change wording, codes never do.
 */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const problemCodes = {
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
  'unknown-action': { severity: 'error', description: 'An action name OCPP 1.6 does not define.' },
  'payload-type': { severity: 'error', description: 'A payload that is not a JSON object.' },
  'unknown-payload': { severity: 'information', description: 'A bare payload whose action could be told neither from the file name nor from its keys.' },
  'unmatched-response': { severity: 'warning', description: 'A CALLRESULT or CALLERROR whose uniqueId matches no earlier CALL in the conversation; its payload is left unchecked.' },
  'duplicate-unique-id': { severity: 'warning', description: 'A CALL that reuses the uniqueId of an earlier CALL in the same file.' },
  'call-error-code': { severity: 'error', description: 'A CALLERROR code that OCPP-J 1.6 does not define.' },
  'call-error-description-type': { severity: 'error', description: 'A CALLERROR errorDescription that is not a string.' },
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
  'invalid-enum-value': { severity: 'error', description: 'A value that is not one of its enumeration\'s values (case matters).' },
  'connector-zero-status': { severity: 'error', description: 'connectorId 0 (the main controller) reporting a status other than Available, Unavailable or Faulted.' },
  'invalid-datetime': { severity: 'error', description: 'A dateTime that is not RFC 3339 or not a real calendar date.' },
  'status-transition': { severity: 'warning', description: 'A connector (connectorId > 0) going from one StatusNotification status to the next by a step the OCPP 1.6 §4.9 transition table does not list.' },
  'ev-communication-error-status': { severity: 'warning', description: 'errorCode EVCommunicationError reported with a status other than Preparing, SuspendedEV, SuspendedEVSE or Finishing (OCPP 1.6 §4.9, §7.6).' },
  'faulted-without-error': { severity: 'warning', description: 'A StatusNotification with status Faulted but errorCode NoError.' },
  'error-without-fault': { severity: 'information', description: 'An errorCode other than NoError with a status other than Faulted: the charge point reports a warning condition, not a fault.' },
  'timestamp-backwards': { severity: 'warning', description: 'A StatusNotification timestamp earlier than the previous one for the same connector in the file.' },
  'unknown-transaction': { severity: 'warning', description: 'A StopTransaction or MeterValues naming a transactionId that no earlier StartTransaction response in the file gave.' },
  'unanswered-call': { severity: 'information', description: 'A CALL with no CALLRESULT or CALLERROR before the same side sends its next CALL (OCPP-J allows one outstanding CALL per direction); a file with no answers at all is not checked.' },
} as const satisfies Record<string, { severity: Severity; description: string }>;

export type ProblemCode = keyof typeof problemCodes;

/** A problem found in a document, located by offsets; the facade turns it into an LSP Diagnostic. */
export interface OcppProblem {
  readonly code: ProblemCode;
  readonly message: string;
  readonly offset: number;
  readonly length: number;
  /** What a quick fix needs. `replacements` lists the texts (JSON literals) the token may be replaced with. */
  readonly data?: ProblemData;
}

export interface ProblemData {
  /** Values the offending token could become, best first, as the plain values (not JSON-quoted). */
  readonly replacements?: readonly string[];
  readonly [key: string]: unknown;
}
