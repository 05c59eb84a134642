/**
 * A script's answer frame is an expectation of the live answer: the same kind of frame (a result or an error, and
 * then the same error code), and every field the script writes equal to the live one. The live side may say more
 * than the script (extra fields are fine: a script names what it cares about), and a date-time in the script
 * stands for "some valid date-time", since no script can know the other side's clock.
 */
import { checkDateTime } from '../text/dateTime';

/** One way the live frame differs from the script's: where (a JSON path in plain words) and how. */
export interface Difference {
  /** "idTagInfo.status", "sampledValue[0].value"; '' for the frame itself. */
  readonly path: string;
  readonly message: string;
}

/** "status: expected "Accepted", got "Rejected"" — the line a CLI prints and a JUnit failure carries. */
export function describeDifference(difference: Difference): string {
  return difference.path === '' ? difference.message : `${difference.path}: ${difference.message}`;
}

const kindNames: Record<number, string> = { 2: 'a CALL', 3: 'a CALLRESULT', 4: 'a CALLERROR', 5: 'a CALLRESULTERROR', 6: 'a SEND' };

function kindName(messageTypeId: unknown): string {
  return typeof messageTypeId === 'number' && kindNames[messageTypeId] ? kindNames[messageTypeId] : `a frame of type ${JSON.stringify(messageTypeId)}`;
}

/**
 * The differences between the answer the script expects and the one that came (both whole frames, parsed). An
 * error's description is not compared: implementations word it as they like, and only its code has a meaning.
 */
export function compareAnswer(expected: readonly unknown[], live: readonly unknown[]): Difference[] {
  if (expected[0] !== live[0]) {
    const detail = live[0] === 4 ? ` (${JSON.stringify(live[2])}: ${JSON.stringify(live[3])})` : '';
    return [{ path: '', message: `expected ${kindName(expected[0])}, got ${kindName(live[0])}${detail}` }];
  }
  if (expected[0] === 4) {
    const differences: Difference[] = [];
    if (expected[2] !== live[2]) differences.push({ path: '', message: `expected the error code ${JSON.stringify(expected[2])}, got ${JSON.stringify(live[2])}` });
    return [...differences, ...comparePayload(expected[4], live[4], 'errorDetails')];
  }
  return comparePayload(expected[2], live[2]);
}

/** The differences between a payload (or any value) the script writes and the live one, below `path`. */
export function comparePayload(expected: unknown, live: unknown, path = ''): Difference[] {
  if (typeof expected === 'string' && checkDateTime(expected) === undefined) {
    // A date-time only needs to be one: the other side writes its own clock's time.
    if (typeof live === 'string' && checkDateTime(live) === undefined) return [];
    return [{ path, message: `expected a valid date-time, got ${shown(live)}` }];
  }
  if (isObject(expected)) {
    if (!isObject(live)) return [{ path, message: `expected an object, got ${shown(live)}` }];
    return Object.entries(expected).flatMap(([key, value]) => {
      const at = path === '' ? key : `${path}.${key}`;
      if (!Object.hasOwn(live, key)) return [{ path: at, message: `missing (expected ${shown(value)})` }];
      return comparePayload(value, live[key], at);
    });
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(live)) return [{ path, message: `expected an array, got ${shown(live)}` }];
    // Items have no names to leave out, so a list must be as long as the script's.
    if (live.length !== expected.length) {
      return [{ path, message: `expected ${count(expected.length)}, got ${count(live.length)}` }];
    }
    return expected.flatMap((item, i) => comparePayload(item, live[i], `${path}[${i}]`));
  }
  if (expected === live) return [];
  return [{ path, message: `expected ${shown(expected)}, got ${shown(live)}` }];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function count(n: number): string {
  return `${n} item${n === 1 ? '' : 's'}`;
}

/** A value as JSON, cut short when long, so that one difference stays one readable line. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
