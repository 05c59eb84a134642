/**
 * Which catalog (OCPP version) a document is read against, and why. A version the user set (in the editor, a
 * `.ocpprc.json` or on the command line) is used as set; under "auto" (the default) the content decides:
 *
 * - the file name: `BootNotificationRequest.json` is a 2.x schema name, `BootNotification.conf.json` a 1.6 one;
 * - the actions its CALLs name that only some versions have (TransactionEvent is 2.x, StartTransaction 1.6), and
 *   the frame types only some versions have (SEND and CALLRESULTERROR are 2.1's);
 * - the keys its payloads use that only some versions have (chargingStation is 2.x, chargePointVendor 1.6), of
 *   three letters or more.
 *
 * Each clue counts for the versions that have it, when not all of them do; the version with the most wins, and a
 * tie goes to the oldest. Only the head of a long document is read, and only complete names count, so a
 * half-typed word is no clue. When a new text gives no clue at all (the user cleared the file, or is typing the
 * first word), the document keeps the version it had: the choice does not flip while a message is half-written.
 */
import type { Catalog } from '../../ocpp/catalog';
import { messageTypes } from '../../ocpp/frames';
import { forEachField } from '../../ocpp/walk';

/** "CALLRESULTERROR" for "5": a frame type as a clue is named. */
const frameTypeNames = new Map(messageTypes.map((t) => [String(t.id), t.name]));

/** The `version` setting that leaves the choice to the content. */
export const autoVersion = 'auto';

/** What the user set (settings/versionSetting.ts reads it from the editor, a `.ocpprc.json` or a flag). */
export interface VersionSettings {
  /** "auto", or a version a catalog serves ("1.6", "2.0.1"). */
  readonly version?: string;
  /** Where the version was set, as the status bar says it: "ocpp.version", ".ocpprc.json", "--ocpp-version". */
  readonly versionSource?: string;
}

export interface VersionChoice {
  readonly catalog: Catalog;
  /**
   * Why, as the status bar says it: ".ocpprc.json", "ocpp.version", "detected: TransactionEvent", "detected earlier:
   * TransactionEvent" (an edit without a clue kept it), "default".
   */
  readonly reason: string;
  /** True when the user set the version rather than the content deciding it. */
  readonly explicit: boolean;
  /** What the content says, when it points to a version (also when the user set one). */
  readonly detected?: Detection;
}

export interface Detection {
  readonly catalog: Catalog;
  /** The strongest clue: a file name, an action or a key. */
  readonly clue: string;
  /** The versions the content has any clue for (the detected one among them). */
  readonly withClues: readonly Catalog[];
}

/** How far into a document clues are looked for: enough for any hand-written file, cheap for a 10 MB log. */
const headLength = 64 * 1024;

/**
 * Whether an edit from `start` on leaves the clues where they were: only the head is read, so `previous` may
 * then give chooseVersion what the content says (`cluesKept`) instead of reading the head again on every keystroke.
 */
export const editKeepsClues = (start: number) => start >= headLength;

/**
 * An action names its version more surely than a key does. A file name counts as much as one key: projects of
 * either version name payload files BootNotificationRequest.json, so the content can outweigh the name.
 */
const weight = { action: 3, fileName: 1, key: 1 } as const;

export function chooseVersion(catalogs: readonly Catalog[], uri: string, text: string, settings: VersionSettings,
  previous?: VersionChoice, cluesKept = false): VersionChoice {
  const detected = cluesKept && previous ? previous.detected : catalogs.length > 1 ? detectVersion(catalogs, uri, text) : undefined;
  const set = settings.version !== undefined && settings.version !== autoVersion
    ? catalogs.find((c) => c.version === settings.version) : undefined;
  if (set) return { catalog: set, reason: settings.versionSource ?? 'set', explicit: true, detected };
  if (detected) return { catalog: detected.catalog, reason: `detected: ${detected.clue}`, explicit: false, detected };
  if (previous && !previous.explicit && catalogs.includes(previous.catalog)) {
    // The clue may be gone from the text (the user is rewriting it): say it was found before this edit.
    return { ...previous, reason: previous.reason.replace(/^detected: /, 'detected earlier: '), detected: undefined };
  }
  return { catalog: catalogs[0], reason: 'default', explicit: false };
}

interface Clues {
  /** Per clue (an action name, a key, a file name): the catalogs that have it, when not all of them do. */
  readonly actions: ReadonlyMap<string, readonly Catalog[]>;
  readonly keys: ReadonlyMap<string, readonly Catalog[]>;
  /** By MessageTypeId, as written ("6"). */
  readonly frameTypes: ReadonlyMap<string, readonly Catalog[]>;
  readonly messageNames: ReadonlyMap<string, readonly Catalog[]>;
}

const cluesByCatalogs = new WeakMap<readonly Catalog[], Clues>();

function cluesOf(catalogs: readonly Catalog[]): Clues {
  let clues = cluesByCatalogs.get(catalogs);
  if (!clues) {
    const distinctive = (namesOf: (c: Catalog) => Iterable<string>) => {
      const holders = new Map<string, Catalog[]>();
      for (const catalog of catalogs) {
        for (const name of new Set(namesOf(catalog))) {
          const list = holders.get(name) ?? [];
          list.push(catalog);
          holders.set(name, list);
        }
      }
      for (const [name, list] of holders) if (list.length === catalogs.length) holders.delete(name);
      return holders;
    };
    clues = {
      actions: distinctive((c) => c.actions.map((a) => a.name)),
      keys: distinctive(fieldNamesOf),
      frameTypes: distinctive((c) => c.messageTypes.map((t) => String(t.id))),
      messageNames: distinctive((c) => c.actions.flatMap((a) => [c.messageName(a, 'request'), c.messageName(a, 'response')])),
    };
    cluesByCatalogs.set(catalogs, clues);
  }
  return clues;
}

/** Every field name of a catalog's payloads, at every depth. */
function fieldNamesOf(catalog: Catalog): string[] {
  const names: string[] = [];
  forEachField(catalog.actions, (field) => names.push(field.name));
  return names;
}

const actionPattern = /\[\s*[26]\s*,\s*"(?:[^"\\\n]|\\.)*"\s*,\s*"([A-Za-z0-9]+)"/g;
/** A frame's opening: its MessageTypeId and the start of its uniqueId. */
const frameTypePattern = /\[\s*(\d)\s*,\s*"/g;
const keyPattern = /"([A-Za-z][A-Za-z0-9]*)"\s*:/g;

/** The version the content points to, or undefined when it has no clue for any one version. */
export function detectVersion(catalogs: readonly Catalog[], uri: string, text: string): Detection | undefined {
  const clues = cluesOf(catalogs);
  const scores = new Map<Catalog, number>();
  // Every clue found, with the versions that have it, to name the one that decided.
  const found: { clue: string; points: number; holders: readonly Catalog[] }[] = [];
  const count = (holders: readonly Catalog[] | undefined, clue: string, points: number) => {
    if (!holders) return;
    found.push({ clue, points, holders });
    for (const catalog of holders) scores.set(catalog, (scores.get(catalog) ?? 0) + points);
  };
  const fileName = baseName(uri);
  count(clues.messageNames.get(fileName), `${fileName}.json`, weight.fileName);
  const head = text.length > headLength ? text.slice(0, headLength) : text;
  const seen = new Set<string>();
  for (const match of head.matchAll(actionPattern)) {
    if (seen.has(`a:${match[1]}`)) continue;
    seen.add(`a:${match[1]}`);
    count(clues.actions.get(match[1]), match[1], weight.action);
  }
  for (const match of head.matchAll(frameTypePattern)) {
    if (seen.has(`f:${match[1]}`)) continue;
    seen.add(`f:${match[1]}`);
    const holders = clues.frameTypes.get(match[1]);
    if (holders) count(holders, frameTypeNames.get(match[1]) ?? match[1], weight.action);
  }
  for (const match of head.matchAll(keyPattern)) {
    // One- and two-letter keys (2.1's x, y, t, v) say too little about a file to name its version.
    if (match[1].length < 3 || seen.has(`k:${match[1]}`)) continue;
    seen.add(`k:${match[1]}`);
    count(clues.keys.get(match[1]), match[1], weight.key);
  }
  let best: { catalog: Catalog; score: number } | undefined;
  // Oldest first: a later version wins only with more points.
  for (const catalog of catalogs) {
    const score = scores.get(catalog);
    if (score !== undefined && (!best || score > best.score)) best = { catalog, score };
  }
  if (!best) return undefined;
  const winner = best.catalog;
  // The clue shown: the winner's, held by the fewest versions (CALLRESULTERROR rather than TransactionEvent for a
  // 2.1 file), then the strongest kind, then the first found.
  const shown = found.filter((f) => f.holders.includes(winner))
    .reduce((a, b) => (b.holders.length < a.holders.length || (b.holders.length === a.holders.length && b.points > a.points) ? b : a));
  return { catalog: winner, clue: shown.clue, withClues: [...scores.keys()] };
}

/** The file's name without folders and `.json`/`.ocpp.json`: "BootNotificationRequest", "BootNotification.conf". */
function baseName(uri: string): string {
  let name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    name = decodeURIComponent(name);
  } catch {
    // A malformed escape: the name as written.
  }
  return name.replace(/\.json$/i, '').replace(/\.ocpp$/i, '');
}
