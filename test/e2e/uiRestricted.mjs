// An OCPP file in a workspace VS Code does not trust (Restricted Mode), in the real VS Code (code-server) through
// Debian's Chromium. run.mjs serves this workspace from a code-server of its own with workspace trust on: the main
// one runs with trust off for every window, and that cannot be changed per workspace.
//
// The checks: Restricted Mode is really on (its status bar entry and its banner), and the extension still does
// its work there (package.json declares `capabilities.untrustedWorkspaces`; without it VS Code keeps the extension
// disabled until the user trusts the folder). The workspace carries data only the user's trust would matter for if
// it were code: a `.ocpprc.json`, which decides the version shown in the status bar, and a workspace setting that
// lowers the connector-0 rule to a warning, so the one squiggle proves both were read.
import fs from 'node:fs';
import path from 'node:path';
import { openSession } from './ui.mjs';
import { problemsOf } from './ui21.mjs';

export const restrictedFile = 'status.ocpp.json';
const frame = '[2, "r-1", "StatusNotification", {"connectorId": 0, "errorCode": "NoError", "status": "Charging"}]\n';
/** The one problem of `frame`: "Charging" at connector 0, a warning here because the workspace settings say so. */
const expectedProblem = {
  code: 'connector-zero-status',
  message: '"Charging" cannot be reported here: connectorId 0 is the charge point\'s main controller, which may report only Available, Unavailable or Faulted.',
  where: `[Ln 1, Col ${frame.indexOf('"Charging"') + 1}]`,
};

/** Writes the Restricted Mode workspace into `folder` and returns it. */
export function prepareRestrictedWorkspace(folder) {
  fs.mkdirSync(path.join(folder, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(folder, restrictedFile), frame);
  fs.writeFileSync(path.join(folder, '.ocpprc.json'), '{ "version": "1.6" }\n');
  fs.writeFileSync(path.join(folder, '.vscode', 'settings.json'), '{ "ocpp.rules.connector-zero-status": "warning" }\n');
  return folder;
}

/** The user settings of the Restricted Mode session: trust on, no modal asking for it, the banner always shown. */
export const restrictedUserSettings = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'always',
};

export async function runRestrictedChecks({ base, workspace, shots, check: record }) {
  const { browser, page, shot, check } = await openSession(shots, record);
  const editor = page.locator(`.monaco-editor[data-uri$="${restrictedFile}"]`);
  try {
    await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });

    await check('Restricted Mode: the workspace opens untrusted (status bar entry and banner)', async () => {
      await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor({ timeout: 30_000 });
      await page.locator('.part.banner', { hasText: 'Restricted Mode' }).first().waitFor({ timeout: 30_000 });
    });

    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: new RegExp(`^${restrictedFile.replace(/\./g, '\\.')}$`) }).first();
    await row.waitFor({ timeout: 60_000 });
    await row.click();
    await editor.locator('.view-lines').waitFor({ timeout: 20_000 });

    await check('Restricted Mode: the status bar shows the OCPP version the .ocpprc.json sets', async () => {
      await page.locator('.statusbar-item', { hasText: 'OCPP 1.6 (.ocpprc.json)' }).first().waitFor({ timeout: 60_000 });
    });

    await check('Restricted Mode: one squiggle, under "Charging", and its Problems entry at the workspace setting\'s severity', async () => {
      const squiggle = editor.locator('.squiggly-warning');
      await squiggle.first().waitFor({ timeout: 60_000 });
      const counts = { warnings: await squiggle.count(), errors: await editor.locator('.squiggly-error').count() };
      if (counts.warnings !== 1 || counts.errors !== 0) throw new Error(`squiggles: ${JSON.stringify(counts)}`);
      // The squiggle spans "Charging" with its quotes: the grammar gives the word a span of its own, so the
      // squiggle starts one character before it and ends one after.
      const under = await squiggle.first().boundingBox();
      const word = await editor.locator('.view-line span', { hasText: /^Charging$/ }).first().boundingBox();
      const char = word ? word.width / 'Charging'.length : 0;
      if (!under || !word || Math.abs(under.x - (word.x - char)) > 2 || Math.abs(under.width - (word.width + 2 * char)) > 2) {
        throw new Error(`the squiggle at ${JSON.stringify(under)} is not under "Charging" (the word at ${JSON.stringify(word)})`);
      }
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.markers-panel').filter({ hasText: expectedProblem.code }).waitFor({ timeout: 20_000 });
      const problems = await problemsOf(page, restrictedFile);
      if (problems?.length !== 1) throw new Error(`the Problems panel lists under ${restrictedFile}: ${JSON.stringify(problems)}`);
      for (const part of [expectedProblem.message, `ocpp ${expectedProblem.code}`, expectedProblem.where]) {
        if (!problems[0].includes(part)) throw new Error(`the problem lacks ${JSON.stringify(part)}: ${problems[0]}`);
      }
      const severity = await page.locator('.markers-panel .monaco-list-row', { hasText: expectedProblem.code })
        .first().locator('.codicon-warning').count();
      if (severity !== 1) throw new Error('the problem is not shown as a warning');
      await shot('restricted-mode');
    });
  } finally {
    await shot('restricted-last').catch(() => {});
    await browser.close();
  }
}
