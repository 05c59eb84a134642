// JSON Lines, a log and Markdown in the real VS Code (code-server), in the browser session the 2.0.1 and 2.1 checks
// leave open (run.mjs chains these after them, so no further workbench has to start). Each file has exactly one
// mistake, and each check asserts that one squiggle sits where `ocpp-lint --format json` puts it:
// - log.ocpp.jsonl (OCPP JSON): the misspelt status on its third line, and its Problems entry;
// - charger.ocpp.log (VS Code's own `log` language): the 1.6 status "Charging" in a 2.0.1 connectorStatus, under
//   that token, and nothing under the line's prefix (time, level, station, direction);
// - integration-notes.md (Markdown): the misspelt status in the `ocpp` block, nothing in the `json` block of server
//   settings (a trailing comma and a bad status there would be mistakes if it were checked), and the status bar
//   shows the version of the file's blocks.
// The three files are in test/e2e/fixtures/; run.mjs copies them into the workspace (charger.ocpp.log over the
// example of that name, which has no mistake).
// The extension is already active here (the OCPP JSON files before these activated it). In a fresh window whose only
// open file is a Markdown file or a .ocpp.log, it does not start: package.json's activationEvents name only the ocpp,
// json and jsonc languages, not markdown, log, jsonl or plaintext.
import { theOnlySquiggle } from './ui.mjs';
import { problemsOf } from './ui21.mjs';

export const formatFixtures = ['log.ocpp.jsonl', 'charger.ocpp.log', 'integration-notes.md'];

/** What `node dist/cli.js --format json` says of each fixture: one diagnostic, with the 1-based place shown in VS Code. */
const expected = {
  'log.ocpp.jsonl': {
    mode: 'OCPP JSON', version: 'OCPP 1.6', line: 3, column: 88, token: '"Availabel"', code: 'invalid-enum-value',
    message: '"Availabel" is not a ChargePointStatus value. Did you mean "Available"?',
  },
  'charger.ocpp.log': {
    mode: 'Log', version: 'OCPP 2.0.1', line: 4, column: 95, token: '"Charging"', prefix: '2025-03-01T08:00:01.010Z INFO  [CS-0042] SEND ',
    code: 'invalid-enum-value', message: '"Charging" is not a ConnectorStatusEnumType value.',
  },
  'integration-notes.md': {
    mode: 'Markdown', version: 'OCPP 2.0.1', line: 6, column: 90, token: '"Availabel"', code: 'invalid-enum-value',
    message: '"Availabel" is not a ConnectorStatusEnumType value. Did you mean "Available"?',
    unchecked: '{"listen": 9220, "status": "Availabel", "connectorId": 0,}',
  },
};

/** The on-screen box of the first occurrence of `text` in the editor line whose text starts with `lineStart`. */
async function boxOfText(editor, lineStart, text) {
  return editor.locator('.view-lines').evaluate((lines, [lineStart, text]) => {
    const clean = (s) => s.replace(/\u00a0/g, ' ');
    const line = [...lines.querySelectorAll('.view-line')].find((l) => clean(l.textContent).startsWith(lineStart));
    if (!line) return undefined;
    const at = clean(line.textContent).indexOf(text);
    if (at < 0) return undefined;
    // Walk the line's text nodes to the token's first and last characters, whatever spans the grammar split it into.
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent.length;
      if (seen <= at && at < seen + length) range.setStart(node, at - seen);
      if (seen < at + text.length && at + text.length <= seen + length) range.setEnd(node, at + text.length - seen);
      seen += length;
    }
    const { x, y, width, height } = range.getBoundingClientRect();
    const lineBox = line.getBoundingClientRect();
    return { x, y, width, height, lineX: lineBox.x, lineY: lineBox.y, lineHeight: lineBox.height };
  }, [lineStart, text]);
}

export async function runUiFormatsChecks({ page, shot, check }) {
  const open = async (file) => {
    await page.keyboard.press('Escape');
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: new RegExp(`^${file.replace(/\./g, '\\.')}$`) }).first();
    await row.waitFor({ timeout: 20_000 });
    await row.click();
    const editor = page.locator(`.monaco-editor[data-uri$="${file}"]`);
    await editor.locator('.view-lines').waitFor({ timeout: 20_000 });
    return editor;
  };

  /** Exactly one squiggle in `file`, an error, on the expected line and under the expected token; returns both boxes. */
  const oneSquiggleUnderToken = async (editor, file, lineStart) => {
    const want = expected[file];
    const squiggle = await theOnlySquiggle(page, editor, file);
    const token = await boxOfText(editor, lineStart, want.token);
    if (!token) throw new Error(`no line starting ${JSON.stringify(lineStart)} with ${want.token} is on screen`);
    const middle = squiggle.y + squiggle.height / 2;
    if (!(middle >= token.lineY && middle <= token.lineY + token.lineHeight)) {
      throw new Error(`the squiggle is at y=${squiggle.y}, the line of ${want.token} at y=${token.lineY}..${token.lineY + token.lineHeight}`);
    }
    // Under the token exactly: same start and end, give or take a pixel of rounding.
    if (Math.abs(squiggle.x - token.x) > 1.5 || Math.abs(squiggle.x + squiggle.width - (token.x + token.width)) > 1.5) {
      throw new Error(`the squiggle spans x=${squiggle.x.toFixed(1)}..${(squiggle.x + squiggle.width).toFixed(1)}, ` +
        `${want.token} x=${token.x.toFixed(1)}..${(token.x + token.width).toFixed(1)}`);
    }
    return { squiggle, token };
  };

  /** The Problems panel, filtered to `file`, lists exactly the expected problem with its code and [Ln, Col]. */
  const problemsEntry = async (file, name) => {
    const want = expected[file];
    const panel = page.locator('.markers-panel');
    if (!(await panel.isVisible())) await page.keyboard.press('Control+Shift+M');
    await panel.filter({ hasText: file }).waitFor({ timeout: 20_000 });
    const problems = await problemsOf(page, file);
    await shot(name);
    if (problems?.length !== 1) throw new Error(`the Problems panel lists under ${file}: ${JSON.stringify(problems)}`);
    for (const part of [want.code, want.message, `[Ln ${want.line}, Col ${want.column}]`]) {
      if (!problems[0].includes(part)) throw new Error(`the problem lacks ${JSON.stringify(part)}: ${problems[0]}`);
    }
  };

  const modeAndVersion = async (file) => {
    const want = expected[file];
    await page.locator('#status\\.editor\\.mode').filter({ hasText: new RegExp(`^\\s*${want.mode}\\s*$`) }).waitFor({ timeout: 20_000 });
    await page.locator('.statusbar-item', { hasText: new RegExp(`^\\s*${want.version.replace(/\./g, '\\.')} \\(`) }).first()
      .waitFor({ timeout: 30_000 });
  };

  // The 2.0.1 file's many problems come first in the panel; these files' rows must be in view to be read.
  const closeOthers = async () => {
    await page.keyboard.press('Control+Shift+P');
    await page.locator('.quick-input-widget input').fill('>View: Close All Editors');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Close All Editors' }).first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
  };

  await closeOthers();

  await check('JSON Lines: log.ocpp.jsonl opens as OCPP JSON, one squiggle under the mistake on line 3, and its Problems entry', async () => {
    const file = 'log.ocpp.jsonl';
    const editor = await open(file);
    await modeAndVersion(file);
    await oneSquiggleUnderToken(editor, file, '[2, "1002", "StatusNotification"');
    await problemsEntry(file, 'jsonl-problems');
  });

  await check('log: charger.ocpp.log keeps the Log language; one squiggle under "Charging" on line 4, none under the prefix', async () => {
    const file = 'charger.ocpp.log';
    const editor = await open(file);
    await modeAndVersion(file);
    const want = expected[file];
    const { squiggle } = await oneSquiggleUnderToken(editor, file, want.prefix);
    const prefix = await boxOfText(editor, want.prefix, want.prefix);
    if (squiggle.x < prefix.x + prefix.width - 1) {
      throw new Error(`the squiggle starts at x=${squiggle.x}, inside the prefix (x=${prefix.x}..${prefix.x + prefix.width})`);
    }
    await problemsEntry(file, 'log-problems');
  });

  await check('Markdown: one squiggle, in the ocpp block, none in the json block of settings; the status bar shows the blocks\' version', async () => {
    const file = 'integration-notes.md';
    const editor = await open(file);
    await modeAndVersion(file);
    const want = expected[file];
    await oneSquiggleUnderToken(editor, file, '[2, "a2", "StatusNotification"');
    // The json block is on screen and drawn without a squiggle (the count above is of the whole file).
    if (!(await boxOfText(editor, want.unchecked, want.unchecked))) throw new Error('the json block of settings is not on screen');
    await problemsEntry(file, 'markdown-problems');
  });
}
