// An OCPP 2.0.1 file in the real VS Code (code-server) through Debian's Chromium, in a browser session of its
// own: the version shown in the status bar with its reason, 2.0.1 squiggles and their Problems entries, the
// 2.0.1 description on hover, and completion of a 2.0.1 connectorStatus. Screenshots go beside the others.
// `then`, when given, runs more checks in the same window before it closes (run.mjs passes the 2.1 checks).
import path from 'node:path';
import { goTo, lineColumnOf, openSession, triggerSuggest } from './ui.mjs';

const file = 'mistakes-201.ocpp.json';
const connectorStatuses = ['Available', 'Occupied', 'Reserved', 'Unavailable', 'Faulted'];

export async function runUi201Checks({ base, workspace, shots, check: record, then }) {
  const { browser, page, shot, check } = await openSession(shots, record);
  const editor = page.locator(`.monaco-editor[data-uri$="${file}"]`);
  const focusEditor = async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await editor.locator('.view-lines').click({ position: { x: 5, y: 5 } });
  };

  try {
    await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: new RegExp(`^${file.replace(/\./g, '\\.')}$`) }).first();
    await row.waitFor({ timeout: 60_000 });
    await row.click();
    await editor.locator('.view-lines').waitFor({ timeout: 20_000 });

    await check('OCPP 2.0.1: the status bar shows the version detected from the file', async () => {
      await page.locator('.statusbar-item', { hasText: 'OCPP 2.0.1 (detected: TransactionEvent)' }).first()
        .waitFor({ timeout: 30_000 });
    });

    await check('OCPP 2.0.1: squiggles, and the Problems panel lists the 2.0.1 errors', async () => {
      await editor.locator('.squiggly-error').nth(4).waitFor({ timeout: 60_000 });
      await editor.locator('.squiggly-warning').first().waitFor({ timeout: 20_000 });
      await page.keyboard.press('Control+Shift+M');
      const panel = page.locator('.markers-panel');
      await panel.filter({ hasText: 'transaction-stopped-reason' }).waitFor({ timeout: 20_000 });
      const problems = await panel.innerText();
      for (const expected of ['OCPP-J 2.0.1 calls this error "FormatViolation"', 'not a ConnectorStatusEnumType value',
        'BootNotificationRequest requires "reason"', 'seqNo 2 skips seqNo 1', 'Set stoppedReason to Remote']) {
        if (!problems.includes(expected)) throw new Error(`Problems panel lacks ${JSON.stringify(expected)}:\n${problems}`);
      }
      await shot('ocpp201-problems');
    });

    await check('OCPP 2.0.1: hovering an action shows its 2.0.1 description', async () => {
      await focusEditor();
      const token = editor.locator('.view-line span', { hasText: /^"?TransactionEvent"?$/ }).first();
      await token.hover();
      const hover = page.locator('.monaco-hover', { hasText: 'OCPP 2.0.1' });
      await hover.first().waitFor({ state: 'visible', timeout: 30_000 });
      const shown = await hover.first().innerText();
      if (!shown.includes('report the start, changes and end of a transaction')) throw new Error(`hover was:\n${shown}`);
      await page.waitForTimeout(500); // let the fade-in finish so the picture is legible
      await shot('ocpp201-hover');
      await page.mouse.move(2, 2);
    });

    await check('OCPP 2.0.1: completion in connectorStatus lists exactly the five 2.0.1 statuses', async () => {
      await focusEditor();
      await goTo(page, lineColumnOf(path.join(workspace, file), '"Charging"', 1));
      await triggerSuggest(page);
      await page.waitForTimeout(300); // the list settles after the first row renders
      const labels = (await page.locator('.suggest-widget .monaco-list-row .label-name').allInnerTexts()).map((s) => s.trim());
      await shot('ocpp201');
      await page.keyboard.press('Escape');
      if ([...labels].sort().join(',') !== [...connectorStatuses].sort().join(',')) {
        throw new Error(`suggestions were ${labels.join(', ')}`);
      }
    });

    await then?.({ page, shot, check });
  } finally {
    await shot('ocpp201-last').catch(() => {});
    await browser.close();
  }
}
