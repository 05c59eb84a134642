// The user's view, checked in a real VS Code (code-server) through Debian's Chromium: squiggles and the
// Problems panel, hover, completion, the quick fix, a snippet, the language mode and the grammar's scopes.
// Each check records pass/fail; screenshots of the important moments are saved as PNG.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const browserArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export async function launchBrowser() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocpp-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1600, height: 900 }, args: browserArgs,
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A browser session of its own for a set of UI checks: the page, `shot(name)` saving `shots/name.png`, and
 * `check(name, body)`, which records the check through `record` and, when it fails, leaves a picture of what the
 * user would have seen. Close `browser` when done.
 */
export async function openSession(shots, record) {
  const browser = await launchBrowser();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const shot = (name) => page.screenshot({ path: path.join(shots, `${name}.png`) });
  const check = (name, body) => record(name, async () => {
    try {
      await body();
    } catch (error) {
      await shot(`failed-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(() => {});
      throw error;
    }
  });
  return { browser, page, shot, check };
}

/** 1-based line and column of the first occurrence of `needle` (plus `delta` characters) in a file. */
export function lineColumnOf(file, needle, delta = 0) {
  const text = fs.readFileSync(file, 'utf8');
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`${needle} not found in ${file}`);
  const before = text.slice(0, offset + delta);
  const line = before.split('\n').length;
  const column = offset + delta - before.lastIndexOf('\n');
  return { line, column };
}

export async function runUiChecks({ base, workspace, shots, check: record }) {
  const { browser, page, shot, check } = await openSession(shots, record);
  const editor = page.locator('.monaco-editor[data-uri$="connector-zero-mistakes.ocpp.json"]');

  /** Opens a workspace file the way a user does: through the Explorer, expanding folders on the way. */
  const openFile = async (relative) => {
    const parts = relative.split('/');
    for (const [i, part] of parts.entries()) {
      const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: new RegExp(`^${part.replace(/\./g, '\\.')}$`) }).first();
      await row.waitFor({ timeout: 20_000 });
      const expanded = await row.getAttribute('aria-expanded');
      if (i < parts.length - 1 && expanded === 'true') continue;
      await row.click();
    }
    await page.locator(`.monaco-editor[data-uri$="${parts[parts.length - 1]}"] .view-lines`).waitFor({ timeout: 20_000 });
  };
  const mistakes = path.join(workspace, 'connector-zero-mistakes.ocpp.json');
  /** Each check starts from the editor of the mistakes file with no widget open. */
  const focusMistakes = async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.locator('.tab', { hasText: 'connector-zero-mistakes.ocpp.json' }).first().click();
    await editor.locator('.view-lines').click({ position: { x: 5, y: 5 } });
  };

  try {
    await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });

    await check('an *.ocpp.json file opens in the OCPP JSON language', async () => {
      await openFile('connector-zero-mistakes.ocpp.json');
      const mode = page.locator('#status\\.editor\\.mode');
      await mode.filter({ hasText: 'OCPP JSON' }).waitFor({ timeout: 20_000 });
    });

    await check('the status bar shows the file\'s OCPP version', async () => {
      await page.locator('.statusbar-item', { hasText: 'OCPP 1.6' }).first().waitFor({ timeout: 20_000 });
    });

    await check('squiggles under the misspelt status and under "Charging" at connector 0', async () => {
      await editor.locator('.squiggly-error').nth(3).waitFor({ timeout: 60_000 });
      await page.keyboard.press('Control+Shift+M');
      const panel = page.locator('.markers-panel');
      await panel.filter({ hasText: 'connector-zero-status' }).waitFor({ timeout: 20_000 });
      const text = await panel.innerText();
      for (const expected of ['main controller', 'Did you mean "Available"?', 'ocpp']) {
        if (!text.includes(expected)) throw new Error(`Problems panel lacks ${JSON.stringify(expected)}:\n${text}`);
      }
    });

    await check('the grammar gives status values their own scope and colour', async () => {
      await focusMistakes();
      const status = editor.locator('.view-line span', { hasText: /^"?Charging"?$/ }).first();
      const uniqueId = editor.locator('.view-line span', { hasText: /^"?2001"?$/ }).first();
      const [statusColour, idColour] = [await colourOf(status), await colourOf(uniqueId)];
      if (statusColour === idColour) throw new Error(`status and plain strings share the colour ${statusColour}`);
      const at = lineColumnOf(mistakes, '"Charging"', 2);
      await goTo(page, at);
      await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
      const widget = page.locator('.token-inspect-widget');
      await widget.filter({ hasText: 'variable.other.enummember.status.ocpp' }).waitFor({ timeout: 20_000 });
      await shot('grammar-scopes');
      await page.keyboard.press('Escape');
    });

    await check('hovering a status value shows its description', async () => {
      await focusMistakes();
      const token = editor.locator('.view-line span', { hasText: /^"?Charging"?$/ }).first();
      await token.hover();
      const hover = page.locator('.monaco-hover', { hasText: 'contactor is closed' });
      await hover.first().waitFor({ state: 'visible', timeout: 30_000 });
      await page.waitForTimeout(500); // let the fade-in finish so the picture is legible
      await shot('hover');
      await page.mouse.move(2, 2);
    });

    await check('Go to Symbol lists the frames, and picking one puts the cursor at its opening bracket', async () => {
      await focusMistakes();
      await page.keyboard.press('Control+Shift+O');
      await page.locator('.quick-input-widget input').fill('@CALLRESULT StatusNotification 2003');
      const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'CALLRESULT StatusNotification 2003' }).first();
      await row.waitFor({ timeout: 20_000 });
      await shot('go-to-symbol');
      await row.click();
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
      // The frame's selection range is the frame: VS Code puts the cursor at its start.
      const at = lineColumnOf(mistakes, '[3, "2003"');
      await page.locator('.statusbar-item', { hasText: new RegExp(`Ln ${at.line}, Col ${at.column}(?!\\d)`) }).first().waitFor({ timeout: 10_000 });
    });

    await check('completion in a connector-0 status lists exactly the three allowed values', async () => {
      await focusMistakes();
      const at = lineColumnOf(mistakes, '"Charging"', 1);
      await goTo(page, at);
      await triggerSuggest(page);
      await page.waitForTimeout(300); // the list settles after the first row renders
      const labels = (await page.locator('.suggest-widget .monaco-list-row .label-name').allInnerTexts()).map((s) => s.trim());
      await shot('completion-connector-zero');
      await page.keyboard.press('Escape');
      if (labels.join(',') !== 'Available,Unavailable,Faulted') throw new Error(`suggestions were ${labels.join(', ')}`);
    });

    await check('the quick fix on the connector-0 error replaces the value and the squiggle goes away', async () => {
      await focusMistakes();
      const at = lineColumnOf(mistakes, '"Charging"', 3);
      await goTo(page, at);
      const before = await editor.locator('.squiggly-error').count();
      await page.keyboard.press('Control+.');
      const menu = page.locator('.action-widget');
      await menu.filter({ hasText: 'Change to "Unavailable"' }).waitFor({ state: 'visible', timeout: 30_000 });
      const titles = await menu.innerText();
      for (const t of ['Available', 'Unavailable', 'Faulted']) {
        if (!titles.includes(`Change to "${t}"`)) throw new Error(`quick fix menu lacks ${t}:\n${titles}`);
      }
      await shot('quick-fix');
      // The menu opens on its first entry; the second is "Unavailable".
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const line = editor.locator('.view-line', { hasText: '"2001"' }).first();
      await line.filter({ hasText: 'Unavailable' }).waitFor({ timeout: 20_000 });
      await waitUntil(async () => (await editor.locator('.squiggly-error').count()) < before, 'the squiggle to go away');
      await shot('after-quick-fix');
    });

    await check('a plain .json file matched by ocpp.files gets our diagnostics', async () => {
      await page.keyboard.press('Escape');
      await openFile('ocpp/plain-status.json');
      const plain = page.locator('.monaco-editor[data-uri$="plain-status.json"]');
      await plain.locator('.squiggly-error').first().waitFor({ timeout: 60_000 });
      await page.locator('.markers-panel').filter({ hasText: 'plain-status.json' }).waitFor({ timeout: 20_000 });
    });

    await check('a snippet inserts a StatusNotification frame and offers the status choices', async () => {
      // The language server offers the snippets (no static snippet file): the empty file has no version clue, so
      // it is read as 1.6, and the items say so in their detail.
      await openFile('snippet-playground.ocpp.json');
      const playground = page.locator('.monaco-editor[data-uri$="snippet-playground.ocpp.json"]');
      await playground.locator('.view-lines').click();
      await page.keyboard.type('ocpp-StatusNotification');
      await triggerSuggest(page);
      await page.locator('.suggest-widget .monaco-list-row .label-name', { hasText: 'ocpp-StatusNotification' }).first().waitFor({ timeout: 30_000 });
      await page.waitForTimeout(300); // the list settles after the first row renders
      const focused = page.locator('.suggest-widget .monaco-list-row.focused');
      const focusedLabel = (await focused.locator('.label-name').innerText()).trim();
      const rows = (await page.locator('.suggest-widget .monaco-list-row .label-name').allInnerTexts()).map((s) => s.trim());
      const details = (await page.locator('.suggest-widget .monaco-list-row .details-label').allInnerTexts()).join(' | ');
      await shot('snippet-suggestions');
      if (focusedLabel !== 'ocpp-StatusNotification') throw new Error(`the focused suggestion is ${focusedLabel}; rows: ${rows.join(', ')}`);
      // One item per snippet: no second copy from a snippet file.
      if (rows.filter((l) => l === 'ocpp-StatusNotification').length !== 1) throw new Error(`rows: ${rows.join(', ')}`);
      if (!details.includes('StatusNotification CALL (OCPP 1.6)')) throw new Error(`the suggestions' details were ${details}`);
      await page.keyboard.press('Enter');
      await playground.locator('.view-line', { hasText: '"StatusNotification"' }).first().waitFor({ timeout: 20_000 });
      // Tab through uniqueId and connectorId to the errorCode choice, then to the status choice.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const choices = page.locator('.suggest-widget .monaco-list-row .label-name');
      await choices.filter({ hasText: /^SuspendedEVSE$/ }).first().waitFor({ state: 'visible', timeout: 20_000 });
      const labels = (await choices.allInnerTexts()).map((s) => s.trim());
      await shot('snippet-status-choices');
      if (!labels.includes('Available') || !labels.includes('Charging')) throw new Error(`status choices were ${labels.join(', ')}`);
      await page.keyboard.press('Escape');
      // The editor filled in the variables: a fresh UUID as uniqueId, no `$UUID` left in the text.
      const inserted = await playground.locator('.view-lines').innerText();
      if (/\$UUID|\$\{/.test(inserted) || !/"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"/.test(inserted)) {
        throw new Error(`the inserted frame was ${inserted}`);
      }
    });
  } finally {
    await shot('last').catch(() => {});
    await browser.close();
  }
}

/** Moves the cursor to a 1-based line and column with Go to Line (Ctrl+G). */
export async function goTo(page, { line, column }) {
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  // Keys pressed before the picker has closed and handed focus back to the editor are lost.
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
  await page.locator('.statusbar-item', { hasText: new RegExp(`Ln ${line}, Col ${column}(?!\\d)`) }).first().waitFor({ timeout: 10_000 });
}

/**
 * Ctrl+Space, as a user would press it. The first request after a burst of other UI work sometimes opens no
 * widget at all in headless Chromium, so one more press is allowed before the check fails.
 */
export async function triggerSuggest(page) {
  const rows = page.locator('.suggest-widget .monaco-list-row');
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+Space');
    try {
      await rows.first().waitFor({ state: 'visible', timeout: attempt === 1 ? 10_000 : 30_000 });
      return;
    } catch (error) {
      if (attempt === 2) throw error;
    }
  }
}

async function colourOf(locator) {
  await locator.waitFor({ timeout: 20_000 });
  return locator.evaluate((el) => getComputedStyle(el).color);
}

async function runCommand(page, title) {
  await page.keyboard.press('Control+Shift+P');
  await page.locator('.quick-input-widget input').fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 20_000 });
  await page.keyboard.press('Enter');
}

async function waitUntil(condition, what, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * The box of the one squiggle in `editor`, which must be an error: fails when there are other errors, warnings,
 * information or hints. `what` names the editor in the failure.
 */
export async function theOnlySquiggle(page, editor, what) {
  const errors = editor.locator('.squiggly-error');
  await errors.first().waitFor({ timeout: 60_000 });
  // Diagnostics come as one set per file; a moment more lets a late second set show before counting.
  await page.waitForTimeout(1000);
  const counts = {
    error: await errors.count(),
    others: await editor.locator('.squiggly-warning, .squiggly-info, .squiggly-hint').count(),
  };
  if (counts.error !== 1 || counts.others !== 0) throw new Error(`squiggles in ${what}: ${JSON.stringify(counts)}`);
  return errors.first().boundingBox();
}
