/**
 * Every frame of a session is checked by the language service of the session's version, as the editor would check
 * it in a file. A CALL (or SEND) is checked as a document of its own; an answer together with the CALL it answers,
 * so that its payload is read as that action's response. The cost per frame stays constant however long the
 * session runs: nothing checks the whole transcript again.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Catalog } from '../ocpp/catalog';
import { getLanguageService, type LanguageService } from '../service';
import type { FrameProblem } from './types';

/**
 * Findings that only describe a conversation cut short, which a frame checked on its own always is: a CALL still
 * waiting for its answer is not a mistake while it is in flight.
 */
const inFlightCodes = new Set(['unanswered-call']);

const severities: Record<DiagnosticSeverity, FrameProblem['severity']> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

export class FrameChecker {
  private readonly service: LanguageService;
  /** One document address reused with a fresh version per check: the service keeps a few parses per address. */
  private readonly uri: string;
  private documentVersion = 0;

  constructor(readonly catalog: Catalog) {
    // Only the session's own catalog: a frame of another version is then told exactly what is wrong with it here.
    this.service = getLanguageService({ catalogs: [catalog], version: catalog.version, versionSource: 'the session' });
    this.uri = `untitled:session-ocpp-${catalog.version}.ocpp.json`;
  }

  /** The problems of a CALL or SEND, or of any frame checked alone (a malformed one, an answer nobody asked for). */
  checkAlone(text: string, ignore: readonly string[] = []): FrameProblem[] {
    return this.problems(text, 0, ignore);
  }

  /**
   * The problems of `answer`, read as the answer to `call` (and, for a 2.1 CALLRESULTERROR, after the `result` it
   * names). Only findings on the answer count: the earlier frames' own were reported when they went.
   */
  checkAnswer(answer: string, call: string, result?: string): FrameProblem[] {
    const before = result === undefined ? [call] : [call, result];
    const head = `[\n${before.map((frame) => `${frame},\n`).join('')}`;
    return this.problems(`${head}${answer}\n]`, head.length);
  }

  private problems(text: string, from: number, ignore: readonly string[] = []): FrameProblem[] {
    const document = TextDocument.create(this.uri, 'ocpp', ++this.documentVersion, text);
    const found = this.service.doValidation(document)
      .filter((d) => document.offsetAt(d.range.start) >= from)
      .filter((d) => !inFlightCodes.has(String(d.code)) && !ignore.includes(String(d.code)));
    return found.map(toProblem);
  }
}

function toProblem(diagnostic: Diagnostic): FrameProblem {
  return {
    code: String(diagnostic.code ?? 'ocpp'),
    severity: severities[diagnostic.severity ?? DiagnosticSeverity.Error],
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
  };
}

const shared = new Map<Catalog, FrameChecker>();

/**
 * One checker per version, shared by every session of the process (a load test runs hundreds): a check is one
 * synchronous call, so sessions never see each other's documents.
 */
export function frameCheckerFor(catalog: Catalog): FrameChecker {
  let checker = shared.get(catalog);
  if (!checker) shared.set(catalog, checker = new FrameChecker(catalog));
  return checker;
}
