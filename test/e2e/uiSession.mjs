// A live session in the real VS Code (code-server) through Debian's Chromium: a test central system (ocpp-rpc's
// RPCServer, strict 1.6 validation) listens on 127.0.0.1; the workspace's settings name it as an endpoint. The user
// clicks "Send" above a BootNotification, enters no password, and the central system must receive the frame while
// the editor shows its answer above the CALL and the session view lists both frames with their verdicts. A frame
// with an error goes only after "Send anyway", and the view marks it.
import fs from 'node:fs';
import path from 'node:path';
import { RPCClient, RPCServer } from 'ocpp-rpc';
import { freePort } from '../../scripts/codeServer.mjs';
import { openSession } from './ui.mjs';

const scriptFile = 'session-demo.ocpp.json';
const identity = 'CP-E2E-1';
const script = `[
  [2, "boot-1", "BootNotification", {"chargePointVendor": "OCPP Authoring", "chargePointModel": "E2E"}],
  [2, "hb-1", "Heartbeat", {}],
  [2, "st-1", "StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "Available"}],
  [2, "st-0", "StatusNotification", {"connectorId": 0, "errorCode": "NoError", "status": "Charging"}]
]
`;

/** The test central system on a free loopback port; `received` lists what it got, as [identity, action, params]. */
async function startCentral() {
  const received = [];
  const server = new RPCServer({ protocols: ['ocpp1.6'], strictMode: true });
  server.on('client', (station) => {
    station.handle('BootNotification', async ({ params }) => {
      received.push([station.identity, 'BootNotification', params]);
      return { status: 'Accepted', currentTime: new Date().toISOString(), interval: 300 };
    });
    station.handle('Heartbeat', async ({ params }) => {
      received.push([station.identity, 'Heartbeat', params]);
      return { currentTime: new Date().toISOString() };
    });
    station.handle('StatusNotification', async ({ params }) => {
      received.push([station.identity, 'StatusNotification', params]);
      return {};
    });
  });
  const http = await server.listen(0, '127.0.0.1');
  return { server, received, port: http.address().port };
}

export async function runSessionChecks({ base, folder, shots, check: record }) {
  const central = await startCentral();
  const listenPort = await freePort();
  fs.mkdirSync(path.join(folder, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(folder, scriptFile), script);
  fs.writeFileSync(path.join(folder, '.vscode', 'settings.json'), `${JSON.stringify({
    'ocpp.endpoints': [{ name: 'E2E central system', role: 'station', version: '1.6', url: `ws://127.0.0.1:${central.port}/ocpp`, identity }],
  }, null, 2)}\n`);
  // The central system we run comes from the workspace's .ocpprc.json (comments allowed, as for its rules).
  fs.writeFileSync(path.join(folder, '.ocpprc.json'),
    `{\n  // where stations of the test connect\n  "endpoints": [{ "name": "Our central system", "role": "csms", "version": "1.6", "port": ${listenPort} }],\n}\n`);

  const { browser, page, shot, check } = await openSession(shots, record);
  const editor = page.locator(`.monaco-editor[data-uri$="${scriptFile}"]`);
  const lens = (text) => editor.locator('.codelens-decoration a', { hasText: text });
  try {
    await page.goto(`${base}/?folder=${encodeURIComponent(folder)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: scriptFile }).first();
    await row.waitFor({ timeout: 60_000 });
    await row.click();
    await editor.locator('.view-lines').waitFor({ timeout: 20_000 });

    await check('session: "Run script" and "Send" lenses above the conversation and its CALLs, before any connection', async () => {
      await lens(/^Send$/).nth(3).waitFor({ timeout: 60_000 });
      await lens('Run script').first().waitFor({ timeout: 10_000 });
      if (central.received.length !== 0) throw new Error('something was sent before the user asked');
    });

    await check('session: clicking "Send" connects to the test central system, which receives the BootNotification', async () => {
      await lens(/^Send$/).first().click();
      // The endpoint has no password yet: the password box asks once; empty means none.
      const input = page.locator('.quick-input-widget input[type="password"]');
      await input.waitFor({ state: 'visible', timeout: 20_000 });
      await page.keyboard.press('Enter');
      await waitUntil(() => central.received.length > 0, 'the central system to receive a frame');
      const [who, action, params] = central.received[0];
      if (who !== identity || action !== 'BootNotification' || params.chargePointModel !== 'E2E') {
        throw new Error(`the central system received ${JSON.stringify(central.received[0])}`);
      }
    });

    await check('session: the answer shows above the CALL (kind, status, time, verdict) and the status bar names the subprotocol', async () => {
      await lens(/← CALLRESULT Accepted · \d+ ms · valid/).first().waitFor({ timeout: 20_000 });
      await page.locator('.statusbar-item', { hasText: `${identity} · ocpp1.6` }).first().waitFor({ timeout: 10_000 });
    });

    await check('session: a message with an error asks first, and goes with "Send anyway"', async () => {
      // connector 0 reporting Charging: valid to the schema (the central system accepts it), wrong to the checker.
      await editor.locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
      await lens(/^Send$/).nth(3).click();
      const dialog = page.locator('.monaco-dialog-box');
      await dialog.filter({ hasText: 'This message has 1 error' }).waitFor({ timeout: 20_000 });
      await page.waitForTimeout(500);
      if (central.received.some(([, , params]) => params.connectorId === 0)) throw new Error('the frame went before the user agreed');
      await dialog.locator('.monaco-button', { hasText: 'Send anyway' }).click();
      await waitUntil(() => central.received.some(([, , params]) => params.connectorId === 0), 'the central system to receive the frame');
    });

    await check('session: the session view lists the frames both ways with their verdicts', async () => {
      // The other two CALLs, so the view shows a conversation.
      await lens(/^Send$/).nth(1).click();
      await waitUntil(() => central.received.some(([, action]) => action === 'Heartbeat'), 'the Heartbeat');
      await lens(/^Send$/).nth(2).click();
      await waitUntil(() => central.received.some(([, , params]) => params.connectorId === 1), 'the StatusNotification of connector 1');
      const view = page.frameLocator('iframe.webview').frameLocator('#active-frame');
      await view.locator('tr', { hasText: 'st-1' }).nth(1).waitFor({ timeout: 20_000 });
      const text = await view.locator('table').innerText();
      for (const expected of ['→', '←', 'BootNotification', 'CALLRESULT', 'valid', '1 error', identity]) {
        if (!text.includes(expected)) throw new Error(`the session view lacks ${JSON.stringify(expected)}:\n${text}`);
      }
      const flagged = await view.locator('tr', { hasText: 'st-0' }).first().innerText();
      if (!flagged.includes('1 error')) throw new Error(`the frame with an error reads ${flagged}`);
      // For the picture: no side bar, and a panel tall enough for the whole conversation.
      await page.keyboard.press('Control+B');
      const panel = await page.locator('.part.panel').boundingBox();
      if (panel) {
        await page.mouse.move(panel.x + panel.width / 2, panel.y + 1);
        await page.mouse.down();
        await page.mouse.move(panel.x + panel.width / 2, panel.y - 120, { steps: 5 });
        await page.mouse.up();
      }
      await page.mouse.move(2, 2);
      await page.waitForTimeout(500);
      await shot('session');
    });

    await check('session: "Insert as expected answer" writes the live answer into the script after its CALL', async () => {
      await lens('Insert as expected answer').first().click();
      await editor.locator('.view-line', { hasText: '[3, "boot-1", {"status": "Accepted"' }).first().waitFor({ timeout: 20_000 });
      // The script now answers boot-1 itself: nothing more to insert there.
      await waitUntil(async () => (await lens('Insert as expected answer').count()) === 3, 'the insert lens above boot-1 to go');
      await shot('session-inserted');
    });

    await check('session: "Run script" runs the conversation and says how many steps passed', async () => {
      const before = central.received.length;
      await lens('Run script').first().click();
      // The script holds the frame with an error: it runs only after "Send anyway".
      const dialog = page.locator('.monaco-dialog-box');
      await dialog.filter({ hasText: 'This script has 1 error' }).waitFor({ timeout: 20_000 });
      await dialog.locator('.monaco-button', { hasText: 'Send anyway' }).click();
      const toast = page.locator('.notification-toast', { hasText: 'steps passed' });
      await toast.first().waitFor({ timeout: 30_000 });
      const said = await toast.first().innerText();
      if (!said.includes('Script: 4 of 4 steps passed')) throw new Error(`the run said ${said}`);
      const actions = central.received.slice(before).map(([, action]) => action);
      if (actions.join(',') !== 'BootNotification,Heartbeat,StatusNotification,StatusNotification') throw new Error(`the central system got ${actions}`);
      await shot('session-script');
    });

    await check('session: "Listen as Central System" (an endpoint of .ocpprc.json) takes a station\'s connection and answers its BootNotification', async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+P');
      await page.locator('.quick-input-widget input').fill('>OCPP: Listen as Central System');
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Listen as Central System' }).first().waitFor({ timeout: 20_000 });
      await page.keyboard.press('Enter');
      const input = page.locator('.quick-input-widget input[type="password"]');
      await input.waitFor({ state: 'visible', timeout: 20_000 });
      await page.keyboard.press('Enter');
      await page.locator('.statusbar-item', { hasText: `OCPP listening on :${listenPort}` }).first().waitFor({ timeout: 20_000 });
      // Listening is done at once: the progress notification goes.
      await page.locator('.notification-toast', { hasText: 'Starting central system' }).waitFor({ state: 'hidden', timeout: 15_000 });
      // ocpp-rpc's client plays the station, validating our answer against the 1.6 schemas.
      const station = new RPCClient({
        endpoint: `ws://127.0.0.1:${listenPort}`, identity: 'CP-RPC-E2E', protocols: ['ocpp1.6'], strictMode: true, reconnect: false,
      });
      try {
        await station.connect();
        const answer = await station.call('BootNotification', { chargePointVendor: 'ocpp-rpc', chargePointModel: 'station' });
        if (answer.status !== 'Accepted') throw new Error(`our central system answered ${JSON.stringify(answer)}`);
        await page.locator('.statusbar-item', { hasText: 'CP-RPC-E2E · ocpp1.6' }).first().waitFor({ timeout: 20_000 });
        const view = page.frameLocator('iframe.webview').frameLocator('#active-frame');
        await view.locator('tr', { hasText: 'CP-RPC-E2E' }).nth(1).waitFor({ timeout: 20_000 });
        await shot('session-listen');
      } finally {
        await station.close({ force: true }).catch(() => {});
      }
    });
  } finally {
    await shot('session-last').catch(() => {});
    await browser.close();
    await central.server.close({ force: true }).catch(() => {});
  }
}

async function waitUntil(condition, what, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * The same endpoint in the settings of a workspace VS Code does not trust (Restricted Mode, run.mjs's code-server with
 * trust on): it is not used. No lens offers to send, and "Send Message" says no endpoint is set up and why, while the
 * test central system sees no connection at all.
 */
export async function runUntrustedSessionChecks({ base, folder, shots, check: record }) {
  const central = await startCentral();
  let connections = 0;
  central.server.on('client', () => connections++);
  fs.mkdirSync(path.join(folder, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(folder, scriptFile), script);
  fs.writeFileSync(path.join(folder, '.vscode', 'settings.json'), `${JSON.stringify({
    'ocpp.endpoints': [{ name: 'Workspace central system', role: 'station', version: '1.6', url: `ws://127.0.0.1:${central.port}/ocpp`, identity }],
  }, null, 2)}\n`);

  const { browser, page, shot, check } = await openSession(shots, record);
  const editor = page.locator(`.monaco-editor[data-uri$="${scriptFile}"]`);
  try {
    await page.goto(`${base}/?folder=${encodeURIComponent(folder)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    await check('Restricted Mode: a workspace\'s own endpoints are not used, and nothing connects', async () => {
      await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor({ timeout: 30_000 });
      const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: scriptFile }).first();
      await row.waitFor({ timeout: 60_000 });
      await row.click();
      // The server is checking the file: its error is underlined.
      await editor.locator('.squiggly-error').first().waitFor({ timeout: 60_000 });
      await editor.locator('.view-line', { hasText: '"boot-1"' }).first().click();
      await page.keyboard.press('Control+Shift+P');
      await page.locator('.quick-input-widget input').fill('>OCPP: Send Message');
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'OCPP: Send Message' }).first().waitFor({ timeout: 20_000 });
      await page.keyboard.press('Enter');
      const toast = page.locator('.notification-toast', { hasText: 'No OCPP endpoint' });
      await toast.first().waitFor({ timeout: 20_000 });
      const said = await toast.first().innerText();
      if (!said.includes('not trusted')) throw new Error(`the message was ${said}`);
      const lenses = await editor.locator('.codelens-decoration a').count();
      if (lenses !== 0) throw new Error(`${lenses} session lenses show in the untrusted workspace`);
      if (connections !== 0 || central.received.length !== 0) throw new Error('the workspace\'s central system was contacted');
      await shot('session-untrusted');
    });
  } finally {
    await browser.close();
    await central.server.close({ force: true }).catch(() => {});
  }
}
