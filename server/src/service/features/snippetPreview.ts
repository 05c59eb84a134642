/**
 * The text a snippet writes when every default is accepted, for a completion item's documentation: placeholders
 * give their text, a choice its first option, `$0` and empty tab stops nothing. The editor fills the variables
 * in at insertion; the preview shows what they look like (a fresh UUID, the current time in UTC).
 */

export interface PreviewValues {
  readonly now: Date;
  readonly newUniqueId: () => string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function variableValue(name: string, values: PreviewValues): string | undefined {
  const t = values.now;
  switch (name) {
    case 'UUID': return values.newUniqueId();
    case 'CURRENT_YEAR': return String(t.getUTCFullYear());
    case 'CURRENT_MONTH': return pad(t.getUTCMonth() + 1);
    case 'CURRENT_DATE': return pad(t.getUTCDate());
    case 'CURRENT_HOUR': return pad(t.getUTCHours());
    case 'CURRENT_MINUTE': return pad(t.getUTCMinutes());
    case 'CURRENT_SECOND': return pad(t.getUTCSeconds());
    case 'CURRENT_TIMEZONE_OFFSET': return '+00:00';
    default: return undefined;
  }
}

/** The snippet's text with defaults; syntax it does not know is kept as written rather than guessed at. */
export function snippetPreview(source: string, values: PreviewValues): string {
  let pos = 0;
  const readWhile = (re: RegExp) => {
    const start = pos;
    while (pos < source.length && re.test(source[pos])) pos++;
    return source.slice(start, pos);
  };

  function sequence(inside: boolean): string {
    let out = '';
    while (pos < source.length) {
      const c = source[pos];
      if (c === '\\' && '$}\\'.includes(source[pos + 1] ?? '')) {
        out += source[pos + 1];
        pos += 2;
      } else if (c === '}' && inside) {
        return out;
      } else if (c === '$') {
        out += dollar();
      } else {
        out += c;
        pos++;
      }
    }
    return out;
  }

  function dollar(): string {
    const start = pos++;
    if (/[0-9]/.test(source[pos] ?? '')) {
      readWhile(/[0-9]/);
      return '';
    }
    if (/[A-Za-z_]/.test(source[pos] ?? '')) {
      const name = readWhile(/[A-Za-z0-9_]/);
      return variableValue(name, values) ?? source.slice(start, pos);
    }
    if (source[pos] !== '{') return '$';
    pos++;
    const digits = readWhile(/[0-9]/);
    const name = digits ? '' : readWhile(/[A-Za-z0-9_]/);
    const next = source[pos];
    if (next === '}') {
      pos++;
      return digits ? '' : variableValue(name, values) ?? source.slice(start, pos);
    }
    if (next === ':') {
      pos++;
      const content = sequence(true);
      pos++; // the closing `}`
      return digits ? content : variableValue(name, values) ?? content;
    }
    if (next === '|' && digits) {
      pos++;
      let option = '';
      while (pos < source.length) {
        const c = source[pos];
        if (c === '\\' && ',|\\$}'.includes(source[pos + 1] ?? '')) {
          option += source[pos + 1];
          pos += 2;
        } else if (c === ',' || c === '|') {
          break;
        } else {
          option += c;
          pos++;
        }
      }
      // Skip the other options and the closing `|}`.
      while (pos < source.length && source[pos] !== '|') pos += source[pos] === '\\' ? 2 : 1;
      pos += 2;
      return option;
    }
    pos = start + 1;
    return '$';
  }

  return sequence(false);
}
