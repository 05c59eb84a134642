/**
 * One OCPP version, completely: its messages, its frames, its error codes, the rules its specification states in
 * prose, and the words and references its messages use. The language service receives catalogs as an argument
 * and knows no version by name; 1.6 (v16/) is the first implementation, and 2.0.1 and 2.1 arrive as data and
 * rules beside it.
 */
import type { MessageType } from './frames';
import type { ValueRestriction } from './restrictions';
import type { RuleSet } from './rules';
import type { ActionDefinition, Direction, EnumValue, Enumeration } from './schema';

export interface Catalog {
  /** The version as OCPP writes it: "1.6". */
  readonly version: string;
  /** "OCPP 1.6", in messages, hovers and the status bar. */
  readonly displayName: string;
  /** The OCPP-J document its frames follow, "OCPP-J 1.6", in messages about frames. */
  readonly transportName: string;
  readonly actions: readonly ActionDefinition[];
  /** Names are case-sensitive in OCPP-J. */
  readonly actionsByName: ReadonlyMap<string, ActionDefinition>;
  /** The message types its frames may have (OCPP-J's table, frames.ts, has them all). */
  readonly messageTypes: readonly MessageType[];
  /** The error codes of a CALLERROR. */
  readonly callErrorCodes: Enumeration;
  /** Error codes other versions spell differently: this version's spelling and a sentence on the difference. */
  readonly callErrorCodeSpellings: Readonly<Record<string, CallErrorSpelling>>;
  /**
   * Actions of other versions this one does not have, each with what this version uses instead, so that a 1.6
   * StartTransaction in a 2.0.1 file is told about TransactionEvent rather than only "not an action".
   */
  readonly otherVersionsActions: Readonly<Record<string, ActionCounterpart>>;
  /**
   * Where the version's rules ask more of a whole message than its schema does, what a new message (a snippet)
   * writes instead of the usual placeholder, keyed "ObjectType.field" at any depth.
   */
  readonly placeholderHints: Readonly<Record<string, PlaceholderHint>>;
  /** The longest errorDescription a CALLERROR may carry, when the version limits it (OCPP-J 2.0.1: 255). */
  readonly maxErrorDescriptionLength?: number;
  /** What the version calls the two sides and the groups its actions are filed under, for hovers and completion. */
  readonly words: CatalogWords;
  /** The name the specification gives a request or a response: "BootNotification.req", "BootNotification.conf". */
  messageName(action: ActionDefinition, kind: 'request' | 'response'): string;
  /** Enumeration fields whose allowed values depend on a sibling field (connector 0's statuses). */
  readonly valueRestrictions: readonly ValueRestriction[];
  /** A sentence more about some enumeration values, for hovers and completion (e.g. whether a status is operative). */
  readonly valueNotes: ReadonlyMap<EnumValue, string>;
  /** The rules beyond the schemas, with their codes. */
  readonly rules: RuleSet;
  /** Where the specification says what the generic checks enforce, for their messages. */
  readonly references: SpecReferences;
}

export interface CallErrorSpelling {
  /** The code as this version spells it. */
  readonly code: string;
  /** Completes `"<other spelling>" ...`: `is the OCPP 1.6 spelling; OCPP-J 2.0.1 calls this error "FormatViolation".` */
  readonly explanation: string;
}

export interface ActionCounterpart {
  /** The version that has the action: "OCPP 1.6". */
  readonly from: string;
  /** This version's actions that do its job. */
  readonly instead: readonly string[];
  /** True when the action only changed its name (same job, similar payload): the new name is offered as a fix. */
  readonly renamed: boolean;
  /** Completes "... is an OCPP 1.6 action; " with how this version does it. */
  readonly explanation: string;
}

export interface PlaceholderHint {
  /** A number to write instead of the usual one (a schedule's first startPeriod is 0). */
  readonly value?: number;
  /** An enumeration's values in the order to offer them, the first being the one a new message gets. */
  readonly order?: readonly string[];
  /** An optional field a new message writes anyway, because the message needs one of several. */
  readonly include?: boolean;
}

export interface CatalogWords {
  /** "Charge Point" (1.6), "Charging Station" (2.x). */
  readonly station: string;
  /** "Central System" (1.6), "CSMS" (2.x). */
  readonly central: string;
  /** How an action's `profile` reads in a sentence: "Core profile", "functional block B Provisioning". */
  group(profile: string): string;
}

/** The two sides of OCPP-J: the charge point (2.x: Charging Station) and the Central System (2.x: CSMS). */
export type Side = 'ChargePoint' | 'CentralSystem';

/** Who sends a request of an action going `direction`; undefined when either side may (DataTransfer). */
export const senderOf: Readonly<Record<Direction, Side | undefined>> = {
  ChargePointToCentralSystem: 'ChargePoint',
  CentralSystemToChargePoint: 'CentralSystem',
  Both: undefined,
};

/** "Charging Station → CSMS", "either direction". */
export function directionLabel(catalog: Catalog, direction: Direction): string {
  const { station, central } = catalog.words;
  if (direction === 'Both') return 'either direction';
  return direction === 'ChargePointToCentralSystem' ? `${station} → ${central}` : `${central} → ${station}`;
}

export interface SpecReferences {
  /** A side sends its next CALL only when the previous one is answered or timed out. */
  readonly oneCallAtATime: string;
}

/**
 * Whether the catalog's version has frames of this type: OCPP-J's table knows 2 to 6, OCPP 1.6 only 2, 3 and 4.
 * Every reader and check asks this, never the list itself.
 */
export function hasMessageType(catalog: Catalog, type: MessageType): boolean {
  return catalog.messageTypes.includes(type);
}

/**
 * Whether a frame of `type` is how the catalog's version sends `action`. Only a version with SEND (2.1) tells:
 * there an action without a response goes as a SEND (NotifyPeriodicEventStream, N15.FR.01) and one with a response
 * as a CALL. The validator and the quick check both ask this.
 */
export function isSentAs(catalog: Catalog, type: MessageType, action: ActionDefinition): boolean {
  if (type.actionIndex === undefined || !catalog.messageTypes.some((t) => t.actionIndex !== undefined && !t.expectsAnswer)) return true;
  return type.expectsAnswer === (action.response !== undefined);
}

/** A catalog's actions by name, for `Catalog.actionsByName`. */
export function indexActions(actions: readonly ActionDefinition[]): ReadonlyMap<string, ActionDefinition> {
  return new Map(actions.map((a) => [a.name, a]));
}
