/**
 * One pass over a frame's characters that answers what JSON.parse and the quick check (quickCheck.ts) answer
 * together: is this frame clean, and if so its message type, uniqueId, action and the rules' facts. It walks the
 * text with the catalog's types in hand (a call per object and array, so the recursion follows the schema, whose
 * types do not nest themselves), checks each value as it passes, and for a clean frame makes nothing but the
 * uniqueId string and the facts: no parsed value, no sliced names. JSON.parse's objects were a third of the
 * cold time, most of it in the garbage collector.
 *
 * It never writes a diagnostic. In a payload, a value that does not fit its field, an unknown, repeated or missing
 * field, and in the frame, a MessageTypeId, action or error code the version does not have, a uniqueId too long, a
 * payload that is no object, an element too few or too many, are noted as suspects (suspects.ts), which the check
 * layer words, and the scan goes on. Any other doubt (a syntax error, a uniqueId, action or error code that is no
 * string, an error description too long, a restriction or an array's length broken, a repeated key in a restricted
 * type, anything unusual) sends the frame through the tree checker as before, so it may stop there. Its answers must
 * equal the quick check's for clean frames, and the tree checker's findings for frames with suspects
 * (test/tokenCheck.test.ts compares them on every version's corpora and on fuzzed frames): the same layout table
 * (ocpp/frames.ts) and the same value semantics (ocpp/fits.ts; names, lengths and date-times read in place by
 * helpers tested against those).
 */
import { backslash, closeBrace, closeBracket, colon, comma, minus, nine, openBrace, openBracket, quote, zero } from '../../json/charCodes';
import { hasMessageType, isSentAs, type Catalog } from '../../ocpp/catalog';
import { scalarFault } from '../../ocpp/fits';
import { maxUniqueIdLength, messageTypeOf, type MessageType } from '../../ocpp/frames';
import { restrictionApplies } from '../../ocpp/restrictions';
import { noFacts, type PayloadFacts } from '../../ocpp/rules';
import type { ActionDefinition, Field, FieldType, ObjectType } from '../../ocpp/schema';
import { moveTree, parseJsonTree, type ValueNode } from '../../json/jsonTree';
import { isDateTimeAt } from '../../text/dateTime';
import { longerThanAt } from '../../text/words';
import { catalogTables, maxMaskedFields, planOf, type CatalogTables, type FieldPlan, type TypeTable } from './catalogTables';
import type { ElementSuspect, Suspect } from './suspects';

/** What a frame the token checker could read says: a clean frame, or one with only suspects. */
export interface CleanFrame {
  /** Undefined, or a type of another version, only with a suspect saying so. */
  readonly messageType: MessageType | undefined;
  readonly uniqueId: string;
  readonly action: ActionDefinition | undefined;
  /** The type its payload was checked against (undefined: only its being an object was checked). */
  readonly payloadType: ObjectType | undefined;
  readonly facts: PayloadFacts;
  /** Just after the frame's closing ']'. */
  readonly end: number;
  /**
   * What does not fit in the frame and its payload (suspects.ts), in the order the tree checker reports it;
   * undefined when the frame is clean.
   */
  readonly suspects: readonly Suspect[] | undefined;
}

/** The action an answer of this type and id answers, asked (of a CALLRESULT) once its id is read. */
export type AnsweredBy = (messageType: MessageType, uniqueId: string) => ActionDefinition | undefined;

/**
 * The frame text[start, end) when it is clean or has only suspects, else undefined. `facts` false
 * skips them (a frame checked again against another payload type keeps its facts).
 */
export function checkFrameTokens(text: string, start: number, end: number, catalog: Catalog, answeredBy: AnsweredBy,
  facts = true): CleanFrame | undefined {
  scanner.reset(text, end, catalogTables(catalog), false);
  return scanner.frame(start, catalog, answeredBy, facts);
}

/**
 * The frame that starts at `start` and closes before `limit`, when it can be read so (see checkFrameTokens): the
 * reading of a conversation finds such a frame's end in this same pass (`end` of the answer) instead of a pass of
 * its own.
 */
export function checkFrameTokensFrom(text: string, start: number, limit: number, catalog: Catalog,
  answeredBy: AnsweredBy): CleanFrame | undefined {
  scanner.reset(text, limit, catalogTables(catalog), true);
  return scanner.frame(start, catalog, answeredBy, true);
}


const isDigit = (c: number) => c >= zero && c <= nine;

/** The JSON type of the value a character opens. */
const enum Kind { Invalid, String, Number, True, False, Null, Object, Array }

function kindAt(c: number): Kind {
  if (c === quote) return Kind.String;
  if (c === openBrace) return Kind.Object;
  if (c === openBracket) return Kind.Array;
  if (c === minus || isDigit(c)) return Kind.Number;
  if (c === 0x74) return Kind.True;
  if (c === 0x66) return Kind.False;
  if (c === 0x6e) return Kind.Null;
  return Kind.Invalid;
}

/**
 * The top-level payload members the facts are read from: where their values are. Shared by every scan (one
 * frame is scanned at a time, and nothing here outlives a scan), so a scan allocates none of it.
 */
const factsNames: string[] = [];
const factsStarts: number[] = [];
const factsEnds: number[] = [];

/** Where each field's value starts, for the rare types with a restriction: a stack shared by every scan. */
let valueStarts = new Int32Array(256);

const emptyFacts = new WeakMap<Catalog, PayloadFacts>();

/** Whether field `index` (below maxMaskedFields) is among those an object has shown, kept as two masks. */
function isSeen(index: number, seenLow: number, seenHigh: number): boolean {
  return (index < 31 ? seenLow & (1 << index) : seenHigh & (1 << (index - 31))) !== 0;
}

/** The table's fields not among those seen, in their order. */
function unseenFields(table: TypeTable, seenLow: number, seenHigh: number): string[] {
  return table.fields.filter((_, i) => !isSeen(i, seenLow, seenHigh)).map((field) => field.name);
}

class FrameScanner {
  private text = '';
  private end = 0;
  private tables!: CatalogTables;
  private pos = 0;
  /** The last string read: its characters between the quotes, and whether any is escaped. */
  private stringStart = 0;
  private stringEnd = 0;
  private escaped = false;
  /** The last number read. */
  private numberStart = 0;
  private number = 0;
  private factsCount = 0;
  private restrictionTop = 0;
  /** Whether `end` is only a limit the frame closes before, rather than where it must end. */
  private openEnded = false;
  /** Where the frame being read starts: suspects are noted relative to it. */
  private frameStart = 0;
  /** The frame's suspects so far: made at the first, so a clean frame allocates nothing for them. */
  private suspects: Suspect[] | undefined;

  reset(text: string, end: number, tables: CatalogTables, openEnded: boolean): void {
    this.text = text;
    this.end = end;
    this.openEnded = openEnded;
    this.suspects = undefined;
    this.tables = tables;
    this.factsCount = 0;
    this.restrictionTop = 0;
  }

  frame(start: number, catalog: Catalog, answeredBy: AnsweredBy, wantFacts: boolean): CleanFrame | undefined {
    const text = this.text;
    this.pos = start;
    this.frameStart = start;
    if (text.charCodeAt(this.pos) !== openBracket) return undefined;
    this.pos++;
    this.space();
    const typeStart = this.pos;
    const numbered = kindAt(text.charCodeAt(this.pos)) === Kind.Number;
    if (numbered ? !this.readNumber() : !this.anyValue()) return undefined;
    const messageType = numbered ? messageTypeOf(this.number) : undefined;
    if (!messageType || !hasMessageType(catalog, messageType)) return this.untypedFrame(typeStart, messageType, catalog, wantFacts);
    if (!this.separator() || !this.readString()) return undefined;
    if (longerThanAt(text, this.stringStart, this.stringEnd, maxUniqueIdLength) && (!this.escaped || this.decodedLongerThan(maxUniqueIdLength))) {
      this.suspectElement('unique-id', this.stringStart - 1, messageType);
    }
    const uniqueId = this.stringValue();
    const answered = messageType.payloadRole === 'response' ? answeredBy(messageType, uniqueId) : undefined;
    let action: ActionDefinition | undefined;
    let payloadType: ObjectType | undefined;
    let facts: PayloadFacts | undefined;
    const elements = messageType.elements.length;
    // How many elements the frame has: fewer than its layout's when it closes early.
    let count = 2;
    for (; count < elements; count++) {
      if (!this.separator()) break;
      const elementStart = this.pos;
      if (count === messageType.actionIndex) {
        if (!this.readString()) return undefined;
        action = this.escaped ? catalog.actionsByName.get(this.stringValue()) : this.tables.actions.find(text, this.stringStart, this.stringEnd);
        if (!action) this.suspectElement('action', elementStart, messageType);
        else if (!isSentAs(catalog, messageType, action)) return undefined;
      } else if (count === messageType.errorCodeIndex) {
        if (!this.readString()) return undefined;
        if (!this.known(this.tables.errorCodes)) this.suspectElement('error-code', elementStart, messageType);
      } else if (count === messageType.errorDescriptionIndex) {
        if (!this.readString()) return undefined;
        const max = catalog.maxErrorDescriptionLength;
        if (max !== undefined && longerThanAt(text, this.stringStart, this.stringEnd, max) && (!this.escaped || this.decodedLongerThan(max))) {
          return undefined;
        }
      } else if (count === messageType.payloadIndex) {
        payloadType = payloadTypeOf(messageType, action, answered);
        if (text.charCodeAt(this.pos) !== openBrace) {
          // Not an object: the tree checker says so and looks no further into it, and no rule reads its facts.
          if (!this.anyValue()) return undefined;
          this.suspectElement('payload', elementStart, messageType);
          facts = noFacts;
          continue;
        }
        this.factsCount = 0;
        const typed = payloadType ? this.object(this.tables.typeTable(payloadType), wantFacts, -1, -1) : this.anyValue();
        if (!typed) return undefined;
        if (wantFacts) facts = this.facts(catalog, payloadType ? undefined : text.slice(elementStart, this.pos));
      } else {
        // No layout has other elements: whatever it is, the tree checker says.
        return undefined;
      }
    }
    if (count <= messageType.payloadIndex) {
      // Closed before its payload: the type it would have been checked against, and no facts.
      payloadType = payloadTypeOf(messageType, action, answered);
      facts = noFacts;
    }
    this.space();
    if (count === elements && text.charCodeAt(this.pos) === comma && !this.extraElements(messageType)) return undefined;
    if (!this.closesHere()) return undefined;
    if (count < elements) this.suspectLength(messageType, count, this.pos, this.pos + 1);
    return { messageType, uniqueId, action, payloadType, facts: facts ?? emptyFactsOf(catalog), end: this.pos + 1, suspects: this.suspects };
  }

  /** Whether the frame's closing bracket is at `pos`, where it must be (or, open-ended, before the limit). */
  private closesHere(): boolean {
    return this.text.charCodeAt(this.pos) === closeBracket && (this.openEnded ? this.pos < this.end : this.pos + 1 === this.end);
  }

  /**
   * The rest of a frame whose MessageTypeId at `typeStart` (just read) the version does not have: the tree checker
   * says only that, so its elements are read over as JSON. It reads them as for any frame: its uniqueId (here, a
   * string, or the tree checker says), and for another version's type, its action and the facts of its payload.
   */
  private untypedFrame(typeStart: number, messageType: MessageType | undefined, catalog: Catalog, wantFacts: boolean): CleanFrame | undefined {
    const text = this.text;
    this.suspect({ kind: 'message-type', node: this.nodeOf(typeStart), messageType });
    if (!this.separator() || !this.readString()) return undefined;
    const uniqueId = this.stringValue();
    let action: ActionDefinition | undefined;
    let facts = noFacts;
    for (let index = 2; ; index++) {
      this.space();
      if (text.charCodeAt(this.pos) !== comma) break;
      this.pos++;
      this.space();
      const start = this.pos;
      if (!this.anyValue()) return undefined;
      const first = text.charCodeAt(start);
      if (index === messageType?.actionIndex && first === quote) {
        action = catalog.actionsByName.get(JSON.parse(text.slice(start, this.pos)) as string);
      } else if (index === messageType?.payloadIndex && first === openBrace && wantFacts) {
        facts = catalog.rules.factsOf(JSON.parse(text.slice(start, this.pos)) as { [key: string]: unknown });
      }
    }
    if (!this.closesHere()) return undefined;
    return { messageType, uniqueId, action, payloadType: undefined, facts, end: this.pos + 1, suspects: this.suspects };
  }

  /**
   * The elements after the last one the frame's layout has, from the comma at `pos`: read over (the tree checker
   * looks into none of them) and noted. False when they are not valid JSON.
   */
  private extraElements(messageType: MessageType): boolean {
    const text = this.text;
    let count = messageType.elements.length;
    let first = -1;
    let last = -1;
    while (text.charCodeAt(this.pos) === comma) {
      this.pos++;
      this.space();
      if (first < 0) first = this.pos;
      if (!this.anyValue()) return false;
      last = this.pos;
      count++;
      this.space();
    }
    this.suspectLength(messageType, count, first, last);
    return true;
  }

  /** Notes text[start, end) of the frame as an element the version does not take there (parsed alone, as a node). */
  private suspectElement(kind: ElementSuspect['kind'], start: number, messageType: MessageType): void {
    this.suspect({ kind, node: this.nodeOf(start), messageType });
  }

  /**
   * Notes a frame of `count` elements, at text[start, end): the extra ones, or the closing bracket. First among the
   * suspects, as the tree checker reports it first.
   */
  private suspectLength(messageType: MessageType, count: number, start: number, end: number): void {
    (this.suspects ??= []).unshift({ kind: 'frame-length', messageType, count, offset: start - this.frameStart, length: end - start });
  }

  /**
   * The facts of the payload just checked: from the members the rules read, built into a small object (a
   * payload without them has the facts of {}); a payload checked against no type is read whole.
   */
  private facts(catalog: Catalog, untyped: string | undefined): PayloadFacts {
    if (untyped !== undefined) return catalog.rules.factsOf(JSON.parse(untyped) as { [key: string]: unknown });
    if (this.factsCount === 0) return emptyFactsOf(catalog);
    const members: { [key: string]: unknown } = {};
    const saved = this.pos;
    for (let i = 0; i < this.factsCount; i++) members[factsNames[i]] = this.plainValue(factsStarts[i], factsEnds[i]);
    this.pos = saved;
    return catalog.rules.factsOf(members);
  }

  /** The value text[start, end) as JSON.parse makes it: a plain string is cut out, anything else parsed. */
  private plainValue(start: number, end: number): unknown {
    const text = this.text;
    if (kindAt(text.charCodeAt(start)) === Kind.Number) {
      this.pos = start;
      this.readNumber();
      return this.number;
    }
    if (text.charCodeAt(start) === quote) {
      let plain = true;
      for (let i = start + 1; i < end - 1 && plain; i++) plain = text.charCodeAt(i) !== backslash;
      if (plain) return text.slice(start + 1, end - 1);
    }
    return JSON.parse(text.slice(start, end));
  }

  /**
   * Checks the object at `pos` against a type's table; `top` for the payload itself, whose facts members are noted.
   * `keyStart` and `keyEnd` are the key that holds it (its quotes included), or -1 for an item or the payload: a
   * missing field is reported there, or on the '{'.
   */
  private object(table: TypeTable, top: boolean, keyStart: number, keyEnd: number): boolean {
    const text = this.text;
    const open = this.pos;
    this.pos++;
    this.space();
    let seenLow = 0;
    let seenHigh = 0;
    // Writers put an object's members in one order, mostly the schema's: the field after the last one found is
    // tried first, with one comparison instead of a lookup.
    let expected = 0;
    // Keys of members the type does not list (an open type's, or unknown ones): for their repeats.
    let otherKeys: Set<string> | undefined;
    const restricted = table.restrictions.length > 0;
    const base = this.restrictionTop;
    if (restricted) this.reserveValueStarts(table.fields.length);
    if (text.charCodeAt(this.pos) === closeBrace) {
      this.pos++;
    } else {
      for (;;) {
        if (!this.readString()) return false;
        const memberStart = this.stringStart - 1;
        const memberEnd = this.stringEnd + 1;
        const index = this.escaped ? this.fieldIndexOf(table) : this.isName(table.fields[expected]?.name) ? expected
          : table.indexOf.find(text, this.stringStart, this.stringEnd);
        if (index !== undefined) expected = index + 1;
        const name = index === undefined ? this.stringValue() : undefined;
        this.space();
        if (text.charCodeAt(this.pos) !== colon) return false;
        this.pos++;
        this.space();
        const valueStart = this.pos;
        if (index === undefined) {
          if (name === undefined) return false;
          otherKeys ??= new Set();
          if (otherKeys.has(name)) {
            if (!this.repeated(table, restricted, name, memberStart, memberEnd)) return false;
          } else {
            otherKeys.add(name);
            // An open type (customData) takes any vendor's keys as they are.
            if (!table.open) {
              // The candidates are read from the masks, which hold only so many fields.
              if (table.fields.length > maxMaskedFields) return false;
              this.suspect({ kind: 'unknown-field', offset: memberStart - this.frameStart, length: memberEnd - memberStart, name,
                owner: table.type, candidates: unseenFields(table, seenLow, seenHigh) });
            }
            if (!this.anyValue()) return false;
            if (top && this.tables.factsMembers.has(name)) this.noteFact(name, valueStart);
          }
        } else {
          if (index >= maxMaskedFields) return false;
          if (isSeen(index, seenLow, seenHigh)) {
            if (!this.repeated(table, restricted, table.fields[index].name, memberStart, memberEnd)) return false;
          } else {
            if (index < 31) seenLow |= 1 << index;
            else seenHigh |= 1 << (index - 31);
            if (restricted) valueStarts[base + index] = valueStart;
            if (!this.value(table.plans[index], table.fields[index], memberStart, memberEnd)) return false;
            if (top && this.tables.factsMembers.has(table.fields[index].name)) this.noteFact(table.fields[index].name, valueStart);
          }
        }
        this.space();
        const c = text.charCodeAt(this.pos);
        this.pos++;
        if (c === closeBrace) break;
        if (c !== comma) return false;
        this.space();
      }
    }
    if ((seenLow & table.requiredLow) !== table.requiredLow || (seenHigh & table.requiredHigh) !== table.requiredHigh) {
      // A required field beyond the masks is never seen: such a type is left to the tree checker.
      if (table.requiredHigh === -1) return false;
      const offset = (keyStart < 0 ? open : keyStart) - this.frameStart;
      const length = keyStart < 0 ? 1 : keyEnd - keyStart;
      table.fields.forEach((field, i) => {
        if (field.required && !isSeen(i, seenLow, seenHigh)) this.suspect({ kind: 'missing-field', offset, length, owner: table.type, field });
      });
    }
    if (restricted) {
      // A restriction's field with a suspect value is either no string, which restrictionsHold passes over as the
      // tree checker does (it reports only the suspect), or no name the restriction allows, which sends the frame to
      // the tree checker; its condition is read as the tree checker reads it (a number or a string, else nothing).
      const fine = this.restrictionsHold(table, base);
      this.restrictionTop = base;
      if (!fine) return false;
    }
    return true;
  }

  /**
   * A key the object has already shown, whose value starts at `pos`: a suspect, and its value read over (the tree
   * checker does not look into it; the first value is the one read, as for the facts). False when the frame needs
   * the tree checker: in a restricted type (which of the values a restriction reads is the tree checker's to say),
   * or when the value is not valid JSON.
   */
  private repeated(table: TypeTable, restricted: boolean, name: string, keyStart: number, keyEnd: number): boolean {
    if (restricted) return false;
    this.suspect({ kind: 'duplicate-field', offset: keyStart - this.frameStart, length: keyEnd - keyStart, name, owner: table.type });
    return this.anyValue();
  }

  /** Whether the string just read (without escapes) is `name`. */
  private isName(name: string | undefined): boolean {
    return name !== undefined && name.length === this.stringEnd - this.stringStart && this.text.startsWith(name, this.stringStart);
  }

  private noteFact(name: string, start: number): void {
    factsNames[this.factsCount] = name;
    factsStarts[this.factsCount] = start;
    factsEnds[this.factsCount] = this.pos;
    this.factsCount++;
  }

  private fieldIndexOf(table: TypeTable): number | undefined {
    const name = this.stringValue();
    return table.indexOf.get(name);
  }

  private reserveValueStarts(count: number): void {
    if (this.restrictionTop + count > valueStarts.length) {
      const grown = new Int32Array(Math.max(valueStarts.length * 2, this.restrictionTop + count));
      grown.set(valueStarts);
      valueStarts = grown;
    }
    valueStarts.fill(-1, this.restrictionTop, this.restrictionTop + count);
    this.restrictionTop += count;
  }

  /** Connector 0's statuses and the like: what isCleanObject asks of restrictionApplies, read from the text. */
  private restrictionsHold(table: TypeTable, base: number): boolean {
    const saved = this.pos;
    let fine = true;
    for (const { restriction, field, when, allowed } of table.restrictions) {
      const whenAt = when < 0 ? -1 : valueStarts[base + when];
      const valueAt = field < 0 ? -1 : valueStarts[base + field];
      if (whenAt < 0 || valueAt < 0) continue;
      this.pos = whenAt;
      if (!restrictionApplies(restriction, this.scalarAt())) continue;
      this.pos = valueAt;
      if (this.text.charCodeAt(valueAt) !== quote) continue;
      this.readString();
      if (!this.known(allowed)) {
        fine = false;
        break;
      }
    }
    this.pos = saved;
    return fine;
  }

  /** The string or number at `pos` (already checked), for a restriction's condition; anything else as null. */
  private scalarAt(): unknown {
    const kind = kindAt(this.text.charCodeAt(this.pos));
    if (kind === Kind.Number) return this.readNumber() ? this.number : null;
    if (kind === Kind.String) return this.readString() ? this.stringValue() : null;
    return null;
  }

  /**
   * Checks the value at `pos` against a field's type (`plan`: the field's, or its array's items'). A value that
   * does not fit is a suspect; false only when the text is not valid JSON or the frame needs the tree checker.
   * `keyStart` and `keyEnd` are the key that holds it, or -1 for an array's item.
   */
  private value(plan: FieldPlan, field: Field, keyStart: number, keyEnd: number): boolean {
    const type = plan.type;
    const start = this.pos;
    const kind = kindAt(this.text.charCodeAt(start));
    if (type.kind === 'any') return this.anyValue();
    switch (kind) {
      case Kind.Object:
        if (type.kind === 'object') return this.object(plan.object ??= this.tables.typeTable(type.object), false, keyStart, keyEnd);
        break;
      case Kind.Array:
        if (type.kind === 'array') return this.array(type, plan.items ??= planOf(type.items), field);
        break;
      case Kind.String:
        if (!this.readString()) return false;
        if ((type.kind === 'string' || type.kind === 'dateTime' || type.kind === 'enum') && this.stringFits(plan)) return true;
        return this.suspectValue(start, field, type);
      case Kind.Number: {
        if (!this.readNumber()) return false;
        if (type.kind !== 'integer' && type.kind !== 'decimal') return this.suspectValue(start, field, type);
        if (type.kind === 'integer' && !Number.isInteger(this.number)) return this.suspectValue(start, field, type);
        // A step needs the digits as written (fits.ts); only then is the number cut out.
        const raw = type.kind === 'decimal' && type.multipleOf !== undefined ? this.text.slice(this.numberStart, this.pos) : undefined;
        return scalarFault(type, this.number, raw) === undefined || this.suspectValue(start, field, type);
      }
      case Kind.True:
      case Kind.False:
      case Kind.Null:
        if (!this.literal(kind)) return false;
        return (type.kind === 'boolean' && kind !== Kind.Null) || this.suspectValue(start, field, type);
      default:
        return false;
    }
    // An object or array where the type wants something else: read over, then a suspect.
    return this.anyValue() && this.suspectValue(start, field, type);
  }

  /**
   * Notes the value text[start, pos) as a suspect, with its node, which the check layer reads as the tree checker
   * would (an array's item with its field given the item type, as the tree checker passes it down). Always true: the
   * scan goes on.
   */
  private suspectValue(start: number, field: Field, type: FieldType): boolean {
    this.suspect({ kind: 'value', node: this.nodeOf(start), field: type === field.type ? field : { ...field, type } });
    return true;
  }

  /** The value text[start, pos), parsed alone, at offsets relative to the frame. */
  private nodeOf(start: number): ValueNode {
    const node = parseJsonTree(this.text, { start, end: this.pos }).root as ValueNode;
    moveTree(node, -this.frameStart);
    return node;
  }

  private suspect(suspect: Suspect): void {
    (this.suspects ??= []).push(suspect);
  }

  private array(type: FieldType & { kind: 'array' }, items: FieldPlan, field: Field): boolean {
    const text = this.text;
    this.pos++;
    this.space();
    let count = 0;
    if (text.charCodeAt(this.pos) === closeBracket) {
      this.pos++;
    } else {
      for (;;) {
        if (!this.value(items, field, -1, -1)) return false;
        count++;
        this.space();
        const c = text.charCodeAt(this.pos);
        this.pos++;
        if (c === closeBracket) break;
        if (c !== comma) return false;
        this.space();
      }
    }
    // The tree checker reports an array's length before its items: left to it (rare).
    return (type.minItems === undefined || count >= type.minItems) && (type.maxItems === undefined || count <= type.maxItems);
  }

  /** The string just read against a string, dateTime or enum type, as fits.ts's scalarFault would judge it. */
  private stringFits(plan: FieldPlan): boolean {
    const type = plan.type;
    const { text, stringStart: start, stringEnd: end } = this;
    if (this.escaped) {
      // An escape is longer than the character it stands for: a plain string whose text is short enough fits
      // without being decoded (a log's free-text values carry escapes often enough for JSON.parse to show).
      if (type.kind === 'string' && type.format === undefined && (type.maxLength === undefined || end - start <= type.maxLength)) return true;
      return scalarFault(type, this.stringValue()) === undefined;
    }
    switch (type.kind) {
      case 'enum':
        return plan.values!.find(text, start, end) !== undefined;
      case 'dateTime':
        return isDateTimeAt(text, start, end);
      case 'string':
        if (type.format !== undefined) return scalarFault(type, this.stringValue()) === undefined;
        return type.maxLength === undefined || !longerThanAt(text, start, end, type.maxLength);
      default:
        return false;
    }
  }

  /** Whether the string just read is one of the table's names. */
  private known(table: { find(text: string, start: number, end: number): unknown; get(name: string): unknown }): boolean {
    return (this.escaped ? table.get(this.stringValue()) : table.find(this.text, this.stringStart, this.stringEnd)) !== undefined;
  }

  /** The string just read, as JSON.parse reads it. */
  private stringValue(): string {
    return this.escaped
      ? JSON.parse(this.text.slice(this.stringStart - 1, this.stringEnd + 1)) as string
      : this.text.slice(this.stringStart, this.stringEnd);
  }

  private decodedLongerThan(max: number): boolean {
    const value = this.stringValue();
    return longerThanAt(value, 0, value.length, max);
  }

  /** A comma between two frame elements, with the space around it. */
  private separator(): boolean {
    this.space();
    if (this.text.charCodeAt(this.pos) !== comma) return false;
    this.pos++;
    this.space();
    return true;
  }

  private space(): void {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(this.pos);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
      this.pos++;
    }
  }

  /**
   * The string at `pos` as JSON.parse accepts it: no control characters, only JSON's escapes. Notes where its
   * characters are and whether any is escaped; false when it is not a valid string ending before the frame does.
   */
  private readString(): boolean {
    const text = this.text;
    if (text.charCodeAt(this.pos) !== quote) return false;
    let i = this.pos + 1;
    this.stringStart = i;
    let escaped = false;
    for (;;) {
      if (i >= this.end) return false;
      const c = text.charCodeAt(i);
      if (c === quote) break;
      if (c < 0x20) return false;
      if (c === backslash) {
        escaped = true;
        const e = text.charCodeAt(i + 1);
        if (e === 0x75) {
          for (let h = i + 2; h < i + 6; h++) if (!isHex(text.charCodeAt(h))) return false;
          i += 6;
          continue;
        }
        if (e !== quote && e !== backslash && e !== 0x2f && e !== 0x62 && e !== 0x66 && e !== 0x6e && e !== 0x72 && e !== 0x74) return false;
        i += 2;
        continue;
      }
      i++;
    }
    this.stringEnd = i;
    this.escaped = escaped;
    this.pos = i + 1;
    return true;
  }

  /** The number at `pos` in JSON's grammar, and its value as JSON.parse reads it. */
  private readNumber(): boolean {
    const text = this.text;
    const start = this.pos;
    let i = start;
    if (text.charCodeAt(i) === minus) i++;
    const first = text.charCodeAt(i);
    if (!isDigit(first)) return false;
    let value = 0;
    if (first === zero) {
      i++;
    } else {
      while (isDigit(text.charCodeAt(i))) value = value * 10 + text.charCodeAt(i++) - zero;
    }
    let simple = i - start <= 15;
    if (text.charCodeAt(i) === 0x2e) {
      simple = false;
      i++;
      if (!isDigit(text.charCodeAt(i))) return false;
      while (isDigit(text.charCodeAt(i))) i++;
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      simple = false;
      i++;
      const sign = text.charCodeAt(i);
      if (sign === 0x2b || sign === minus) i++;
      if (!isDigit(text.charCodeAt(i))) return false;
      while (isDigit(text.charCodeAt(i))) i++;
    }
    if (i > this.end) return false;
    // Up to 15 digits an integer is exact as summed; anything else is read by the engine, as JSON.parse reads it.
    this.number = simple ? (text.charCodeAt(start) === minus ? -value : value) : Number(text.slice(start, i));
    this.numberStart = start;
    this.pos = i;
    return true;
  }

  private literal(kind: Kind.True | Kind.False | Kind.Null): boolean {
    const word = kind === Kind.True ? 'true' : kind === Kind.False ? 'false' : 'null';
    if (!this.text.startsWith(word, this.pos) || this.pos + word.length > this.end) return false;
    this.pos += word.length;
    return true;
  }

  /**
   * Any JSON value at `pos`, checked for syntax and for repeated keys (JSON.parse would keep only one, and the
   * quick check counts that as a finding). With a stack of its own: JSON.parse takes any depth.
   */
  private anyValue(): boolean {
    const text = this.text;
    // The containers open around the value: true for an object, with the keys it has shown so far.
    const objects: boolean[] = [];
    const keys: (Set<string> | undefined)[] = [];
    for (;;) {
      // A value starts here.
      this.space();
      const kind = kindAt(text.charCodeAt(this.pos));
      if (kind === Kind.Object || kind === Kind.Array) {
        this.pos++;
        this.space();
        const closing = kind === Kind.Object ? closeBrace : closeBracket;
        if (text.charCodeAt(this.pos) === closing) {
          this.pos++;
        } else {
          objects.push(kind === Kind.Object);
          keys.push(undefined);
          if (kind === Kind.Object && !this.memberKey(keys)) return false;
          continue;
        }
      } else if (kind === Kind.String) {
        if (!this.readString()) return false;
      } else if (kind === Kind.Number) {
        if (!this.readNumber()) return false;
      } else if (kind === Kind.Invalid || !this.literal(kind)) {
        return false;
      }
      // A value ended: close what it ends, then go on after a comma.
      for (;;) {
        if (objects.length === 0) return true;
        this.space();
        const c = text.charCodeAt(this.pos);
        this.pos++;
        const inObject = objects[objects.length - 1];
        if (c === comma) {
          if (inObject && !this.memberKey(keys)) return false;
          break;
        }
        if (c !== (inObject ? closeBrace : closeBracket)) return false;
        objects.pop();
        keys.pop();
      }
    }
  }

  /** A member's key and colon inside anyValue's innermost object, refused when the object already has it. */
  private memberKey(keys: (Set<string> | undefined)[]): boolean {
    this.space();
    if (!this.readString()) return false;
    const top = keys.length - 1;
    const name = this.stringValue();
    const seen = (keys[top] ??= new Set());
    if (seen.has(name)) return false;
    seen.add(name);
    this.space();
    if (this.text.charCodeAt(this.pos) !== colon) return false;
    this.pos++;
    return true;
  }
}

const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** payloadTypeFor (ocppDocument.ts) for a type the catalog has: a request's or an answered response's type. */
function payloadTypeOf(messageType: MessageType, action: ActionDefinition | undefined, answered: ActionDefinition | undefined): ObjectType | undefined {
  if (messageType.payloadRole === 'request') return action?.request;
  if (messageType.payloadRole === 'response') return answered?.response;
  return undefined;
}

/** The facts of {}, worked out once per catalog: most payloads hold no member the rules read. */
function emptyFactsOf(catalog: Catalog): PayloadFacts {
  let facts = emptyFacts.get(catalog);
  if (!facts) {
    facts = catalog.rules.factsOf({});
    emptyFacts.set(catalog, facts);
  }
  return facts;
}

/** One scanner for every frame: a scan runs to its end before the next starts, and keeps nothing after. */
const scanner = new FrameScanner();
