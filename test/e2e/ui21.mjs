// An OCPP 2.1 conversation in the real VS Code (code-server), in the browser session the 2.0.1 checks leave open
// (ui201.mjs runs these after its own, so no second workbench has to start): the version with the clue that
// decided it in the status bar; exactly one problem, the CALLRESULT that answers a SEND, and none for the SEND
// or the CALLRESULTERROR; "New in OCPP 2.1" on hover over a field 2.1 added; a 2.1-only action in completion.
// The file is test/e2e/fixtures/conversation-21.ocpp.json, which run.mjs copies into the workspace.
import path from 'node:path';
import { goTo, lineColumnOf, theOnlySquiggle, triggerSuggest } from './ui.mjs';

export const file21 = 'conversation-21.ocpp.json';
/** The one problem the file has: the CALLRESULT `[3, "s1", {}]` answering the SEND "s1", at line 7, column 7. */
const expectedProblem = {
  code: 'answer-to-send',
  message: '"s1" is the id of a SEND, which expects no answer: its receiver must not send a CALLRESULT (OCPP-J 2.1 §4.1.3; FR.07). Remove this frame.',
  where: '[Ln 7, Col 7]',
};

/** The text of the Problems panel's rows under `file`'s row, in the order shown. */
export async function problemsOf(page, file) {
  const rows = await page.locator('.markers-panel .monaco-list-row').evaluateAll((elements) => elements.map((e) => ({
    index: Number(e.getAttribute('data-index')), level: e.getAttribute('aria-level'), text: e.innerText.replace(/\s+/g, ' ').trim(),
  })));
  rows.sort((a, b) => a.index - b.index);
  const start = rows.findIndex((r) => r.level === '1' && r.text.includes(file));
  if (start < 0) return undefined;
  const under = [];
  for (const row of rows.slice(start + 1)) {
    if (row.level === '1') break;
    under.push(row.text);
  }
  return under;
}

export async function runUi21Checks({ page, shot, check, workspace }) {
  const editor = page.locator(`.monaco-editor[data-uri$="${file21}"]`);
  const focusEditor = async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await editor.locator('.view-lines').click({ position: { x: 5, y: 5 } });
  };

  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: new RegExp(`^${file21.replace(/\./g, '\\.')}$`) }).first();
  await row.waitFor({ timeout: 20_000 });
  await row.click();
  await editor.locator('.view-lines').waitFor({ timeout: 20_000 });

  await check('OCPP 2.1: the status bar shows 2.1 and the clue that decided it', async () => {
    await page.locator('.statusbar-item', { hasText: 'OCPP 2.1 (detected: OpenPeriodicEventStream)' }).first()
      .waitFor({ timeout: 30_000 });
  });

  await check('OCPP 2.1: one squiggle, under the CALLRESULT answering the SEND; none for the SEND or the CALLRESULTERROR', async () => {
    // The squiggle sits on the line of `[3, "s1", {}]`, not on the SEND's line above it nor on the CALLRESULTERROR's.
    const squiggle = await theOnlySquiggle(page, editor, file21);
    const answer = await editor.locator('.view-line', { hasText: /\[3,\s*"s1",\s*\{\}\]/ }).first().boundingBox();
    const middle = squiggle.y + squiggle.height / 2;
    if (!(middle >= answer.y && middle <= answer.y + answer.height)) {
      throw new Error(`the squiggle is at y=${squiggle.y}, the line [3, "s1", {}] at y=${answer.y}..${answer.y + answer.height}`);
    }

    const panel = page.locator('.markers-panel');
    if (!(await panel.isVisible())) await page.keyboard.press('Control+Shift+M');
    await panel.filter({ hasText: expectedProblem.code }).waitFor({ timeout: 20_000 });
    const problems = await problemsOf(page, file21);
    await shot('ocpp21-problems');
    if (problems?.length !== 1) throw new Error(`the Problems panel lists under ${file21}: ${JSON.stringify(problems)}`);
    for (const part of Object.values(expectedProblem)) {
      if (!problems[0].includes(part)) throw new Error(`the problem lacks ${JSON.stringify(part)}: ${problems[0]}`);
    }
  });

  await check('OCPP 2.1: hovering a field 2.1 added says "New in OCPP 2.1"', async () => {
    await focusEditor();
    const token = editor.locator('.view-line span', { hasText: /^"?allowedEnergyTransfer"?$/ }).first();
    await token.hover();
    const hover = page.locator('.monaco-hover', { hasText: 'New in OCPP 2.1.' });
    await hover.first().waitFor({ state: 'visible', timeout: 30_000 });
    const shown = await hover.first().innerText();
    if (!shown.includes('Optional field of AuthorizeResponse')) throw new Error(`hover was:\n${shown}`);
    await page.waitForTimeout(500); // let the fade-in finish so the picture is legible
    await shot('ocpp21-hover');
    await page.mouse.move(2, 2);
  });

  await check('OCPP 2.1: completion of an action offers one that only 2.1 has', async () => {
    await focusEditor();
    // After `"Open` in the CALL's action the list narrows to the actions that match: OpenPeriodicEventStream first,
    // and further down, among others that only 2.1 has, ClosePeriodicEventStream (not the SEND's
    // NotifyPeriodicEventStream, which a CALL does not carry).
    await goTo(page, lineColumnOf(path.join(workspace, file21), '"OpenPeriodicEventStream"', 5));
    await triggerSuggest(page);
    await page.waitForTimeout(300); // the list settles after the first row renders
    const labels = (await page.locator('.suggest-widget .monaco-list-row .label-name').allInnerTexts()).map((s) => s.trim());
    const focused = (await page.locator('.suggest-widget .monaco-list-row.focused .label-name').innerText()).trim();
    await shot('ocpp21-completion');
    await page.keyboard.press('Escape');
    if (focused !== 'OpenPeriodicEventStream' || !labels.includes('ClosePeriodicEventStream') || labels.includes('NotifyPeriodicEventStream')) {
      throw new Error(`suggestions were ${labels.join(', ')}; focused ${focused}`);
    }
  });
}
