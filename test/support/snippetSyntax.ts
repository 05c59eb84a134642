/**
 * A VS Code snippet syntax expander for tests: tab stops, placeholders, choices, variables and escapes. It
 * inserts a snippet as a user accepting every default would, so tests can check what a snippet or a snippet
 * completion really writes.
 */

export type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; content?: SnippetNode[] }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; content?: SnippetNode[] };

export function parseSnippet(source: string): SnippetNode[] {
  let pos = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${pos} in snippet ${JSON.stringify(source)}`);
  };
  const readWhile = (re: RegExp) => {
    const start = pos;
    while (pos < source.length && re.test(source[pos])) pos++;
    return source.slice(start, pos);
  };

  // Reads nodes until `stop` (a `}` closing an enclosing placeholder) or the end of the source.
  function parseSequence(insidePlaceholder: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (pos < source.length) {
      const c = source[pos];
      if (c === '\\' && '$}\\'.includes(source[pos + 1] ?? '')) {
        text += source[pos + 1];
        pos += 2;
      } else if (c === '}' && insidePlaceholder) {
        break;
      } else if (c === '$') {
        const node = parseDollar();
        if (node) {
          flush();
          nodes.push(node);
        } else text += '$';
      } else {
        text += c;
        pos++;
      }
    }
    flush();
    return nodes;
  }

  function parseDollar(): SnippetNode | undefined {
    const start = pos;
    pos++; // the `$`
    if (/[0-9]/.test(source[pos] ?? '')) return { kind: 'tabstop', index: Number(readWhile(/[0-9]/)) };
    if (/[A-Za-z_]/.test(source[pos] ?? '')) return { kind: 'variable', name: readWhile(/[A-Za-z0-9_]/) };
    if (source[pos] !== '{') {
      pos = start + 1;
      return undefined;
    }
    pos++; // the `{`
    const digits = readWhile(/[0-9]/);
    const name = digits ? '' : readWhile(/[A-Za-z0-9_]/);
    if (!digits && !name) fail('expected a tab stop number or a variable name after ${');
    const next = source[pos];
    if (next === '}') {
      pos++;
      return digits ? { kind: 'tabstop', index: Number(digits) } : { kind: 'variable', name };
    }
    if (next === ':') {
      pos++;
      const content = parseSequence(true);
      if (source[pos] !== '}') fail('unclosed placeholder');
      pos++;
      return digits ? { kind: 'tabstop', index: Number(digits), content } : { kind: 'variable', name, content };
    }
    if (next === '|' && digits) {
      pos++;
      const options: string[] = [];
      let option = '';
      for (;;) {
        const c = source[pos];
        if (c === undefined) fail('unclosed choice');
        if (c === '\\' && ',|\\$}'.includes(source[pos + 1] ?? '')) {
          option += source[pos + 1];
          pos += 2;
        } else if (c === ',' || c === '|') {
          options.push(option);
          option = '';
          pos++;
          if (c === '|') break;
        } else {
          option += c;
          pos++;
        }
      }
      if (source[pos] !== '}') fail('a choice must end with |}');
      pos++;
      return { kind: 'choice', index: Number(digits), options };
    }
    return fail(`unsupported snippet syntax ${JSON.stringify(next)}`);
  }

  const nodes = parseSequence(false);
  if (pos !== source.length) fail('unbalanced }');
  return nodes;
}

/** Fixed values for the variables our snippets use, so expansions are reproducible. */
export const variables: Readonly<Record<string, string>> = {
  UUID: '0f8c2f7e-3c1a-4b6e-9d2a-5e7f10a4b3c2',
  CURRENT_YEAR: '2024',
  CURRENT_MONTH: '05',
  CURRENT_DATE: '01',
  CURRENT_HOUR: '13',
  CURRENT_MINUTE: '07',
  CURRENT_SECOND: '09',
  CURRENT_TIMEZONE_OFFSET: '+02:00',
};

export interface Expansion {
  text: string;
  /** The options offered at each choice tab stop. */
  choices: Map<number, string[]>;
}

/**
 * Inserts the snippet as the user would by accepting every default: a placeholder's text, a choice's first
 * option, or what `picks` says the user typed at that tab stop; mirrors of a tab stop repeat its value.
 */
export function expand(body: readonly string[], picks: ReadonlyMap<number, string> = new Map()): Expansion {
  const nodes = parseSnippet(body.join('\n'));
  const choices = new Map<number, string[]>();
  const values = new Map<number, string>();

  // Mirrors take the value of the tab stop's defining occurrence, which may come later in the text.
  const define = (list: readonly SnippetNode[]) => {
    for (const n of list) {
      if (n.kind === 'choice') {
        choices.set(n.index, n.options);
        values.set(n.index, picks.get(n.index) ?? n.options[0]);
      } else if (n.kind === 'tabstop' && n.content && !values.has(n.index)) {
        values.set(n.index, picks.get(n.index) ?? render(n.content));
        define(n.content);
      } else if (n.kind === 'variable' && n.content) define(n.content);
    }
  };
  const render = (list: readonly SnippetNode[]): string =>
    list
      .map((n) => {
        switch (n.kind) {
          case 'text':
            return n.value;
          case 'choice':
            return values.get(n.index)!;
          case 'tabstop':
            return values.get(n.index) ?? (n.content ? render(n.content) : '');
          case 'variable': {
            const value = variables[n.name];
            if (value !== undefined) return value;
            if (n.content) return render(n.content);
            throw new Error(`the expander does not know the variable ${n.name}`);
          }
        }
      })
      .join('');
  define(nodes);
  return { text: render(nodes), choices };
}
