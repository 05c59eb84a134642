/**
 * Extension-host tests: run inside code-server's real (Node) extension host against the installed VSIX, with
 * the full `vscode` API, the way @vscode/test-electron would run them. test/e2e/run.mjs bundles this file
 * with esbuild and passes it as extensionTestsPath; the workspace is a scratch copy of examples/ plus
 * `ocpp/plain-status.json` and `other/not-ocpp.json`.
 *
 * Output contract (read by the runner and CI): one `ok - <name>` or `not ok - <name>: <reason>` line per
 * test, then `N passed, N failed`; run() throws when a test failed.
 *
 * Diagnostics are awaited through onDidChangeDiagnostics with a deadline, never slept for. The tests run in
 * the order written: the first one needs a fresh extension host, the last one changes a setting (and puts it back).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';

const extensionId = 'ocpp-authoring.ocpp-authoring';
/** How long a test waits for something the editor should do promptly before it fails. */
const patience = 20_000;
const mainControllerStatuses = ['Available', 'Unavailable', 'Faulted'];

const tests: { name: string; fn: () => Promise<void> }[] = [];
function test(name: string, fn: () => Promise<void>): void {
  tests.push({ name, fn });
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

function workspaceFile(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

async function open(relative: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relative));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

function ocppDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'ocpp');
}

function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : code);
}

function describe(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return 'none';
  return diagnostics.map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}`).join(', ');
}

/**
 * Resolves with our diagnostics for `uri` once `ok` holds for them: checked now and again on every
 * onDidChangeDiagnostics event that names the uri, until the deadline.
 */
function waitForDiagnostics(uri: vscode.Uri, ok: (ours: vscode.Diagnostic[]) => boolean,
  what: string, ms = patience): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const ours = ocppDiagnostics(uri);
      if (!ok(ours)) return false;
      finish();
      resolve(ours);
      return true;
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}; ocpp diagnostics: ${describe(ocppDiagnostics(uri))}`));
    }, ms);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const finish = () => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}

function withCode(code: string) {
  return (ours: vscode.Diagnostic[]) => ours.some((d) => codeOf(d) === code);
}

/** For states no event reports (extension activation, a child process): poll until a deadline. */
async function poll(ok: () => boolean, what: string, ms = patience): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Our language servers running as children of this extension host (the client forks dist/server.js). Read
 * from /proc, so on Linux only; elsewhere it returns undefined and the callers skip the check. Children of
 * other extension hosts (an earlier browser session on the same code-server) are not counted.
 */
function ourServerProcesses(): number | undefined {
  const serverPath = vscode.extensions.getExtension(extensionId)?.extensionUri.fsPath;
  if (!serverPath || !fs.existsSync('/proc/self/stat')) return undefined;
  let count = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the parenthesised command name: state, ppid, ...
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (args.some((arg) => arg.startsWith(serverPath) && arg.endsWith('server.js'))) count++;
    } catch {
      // The process ended while we looked.
    }
  }
  return count;
}

/** The range of the first occurrence of `text` in the document. */
function rangeOf(document: vscode.TextDocument, text: string): vscode.Range {
  const offset = document.getText().indexOf(text);
  assert.ok(offset >= 0, `${text} not found`);
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + text.length));
}

/** The position just inside a string literal's opening quote, found by its text on the given line. */
function insideLiteral(document: vscode.TextDocument, line: number, literal: string, into = 1): vscode.Position {
  const column = document.lineAt(line).text.indexOf(literal);
  assert.ok(column >= 0, `${literal} not found on line ${line + 1}`);
  return new vscode.Position(line, column + into);
}

// ---------------------------------------------------------------------------------------------------------------
// Tests

test('activation: a non-OCPP JSON file activates the extension but starts no server', async () => {
  const extension = vscode.extensions.getExtension(extensionId);
  assert.ok(extension, `extension ${extensionId} is not installed`);
  // What the product promises is "no language server until an OCPP document is open", so that is what we
  // assert, through the process list. `isActive` is only reported: onLanguage:json/jsonc activate the
  // extension for any JSON file by design (the `ocpp.files` globs can only be matched once it runs), and in
  // roughly one run in five the workbench itself requests the jsonc language at startup (remoteexthost.log then
  // shows activationEvent 'onLanguage:jsonc' with no document open in the extension host).
  assert.equal(ourServerProcesses() ?? 0, 0, 'a language server runs before any document was opened');
  if (extension.isActive) {
    console.log('# note: the extension was already active at start (the workbench requested json/jsonc before any document opened)');
  }

  const other = await open('other/not-ocpp.json');
  assert.equal(other.languageId, 'json');
  await poll(() => extension.isActive, 'the extension to activate on a JSON file');
  // No event tells "the server did not start"; watch the process list for a second after activation.
  const deadline = Date.now() + 1000;
  while (Date.now() < deadline) {
    assert.equal(ourServerProcesses() ?? 0, 0, 'the language server started for other/not-ocpp.json');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  // Positive control: a matching file starts the server, which validates it. Once that file has its
  // diagnostics, the server has processed everything the client sent; the non-OCPP file was never among it.
  const plain = await open('ocpp/plain-status.json');
  await waitForDiagnostics(plain.uri, (ours) => ours.length > 0, 'diagnostics on ocpp/plain-status.json')
    .catch(async (error: Error) => {
      // Tell a held-back didOpen from a dead server: any request makes vscode-languageclient send the open
      // notifications it parked at start (documents it did not yet see in a tab).
      await vscode.commands.executeCommand('vscode.executeHoverProvider', plain.uri, new vscode.Position(0, 1));
      const late = await waitForDiagnostics(plain.uri, (ours) => ours.length > 0, 'late diagnostics', 5000)
        .then(() => true, () => false);
      throw new Error(error.message + (late
        ? '; they came right after a hover request: the client held back didOpen for the file that started it'
        : `; a hover request did not help either (our server processes: ${ourServerProcesses() ?? 'unknown'})`));
    });
  const servers = ourServerProcesses();
  if (servers !== undefined) assert.equal(servers, 1, 'language server processes of this extension host');
  assert.equal(describe(ocppDiagnostics(other.uri)), 'none', 'ocpp diagnostics on other/not-ocpp.json');
});

test('connector-zero-mistakes.ocpp.json is an ocpp document with our diagnostics', async () => {
  const document = await open('connector-zero-mistakes.ocpp.json');
  assert.equal(document.languageId, 'ocpp');
  const ours = await waitForDiagnostics(document.uri,
    (d) => withCode('connector-zero-status')(d) && withCode('invalid-enum-value')(d),
    'connector-zero-status and invalid-enum-value');
  const zero = ours.filter((d) => codeOf(d) === 'connector-zero-status');
  assert.deepEqual(zero.map((d) => document.getText(d.range)), ['"Charging"']);
  assert.equal(zero[0].severity, vscode.DiagnosticSeverity.Error);
  assert.match(zero[0].message, /connectorId 0/);
  const misspelt = ours.filter((d) => codeOf(d) === 'invalid-enum-value').map((d) => document.getText(d.range));
  assert.ok(misspelt.includes('"Avaliable"'), `invalid-enum-value ranges: ${misspelt.join(', ')}`);
});

test('hover on a status value shows its description', async () => {
  const document = await open('connector-zero-mistakes.ocpp.json');
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider',
    document.uri, insideLiteral(document, 1, '"Charging"', 3));
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  assert.match(text, /ChargePointStatus value\. The contactor is closed/, `hover text: ${JSON.stringify(text)}`);
  assert.match(text, /connector 0 may not/);
});

test('completion in a connector-0 status offers only Available, Unavailable, Faulted', async () => {
  const document = await open('connector-zero-mistakes.ocpp.json');
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider',
    document.uri, insideLiteral(document, 1, '"Charging"', 3));
  // The list merges every provider: our ocpp snippets (kind Snippet) and word-based suggestions (kind Text)
  // come along. Our server marks status values as EnumMember with the enumeration as detail.
  const statuses = list.items
    .filter((i) => i.kind === vscode.CompletionItemKind.EnumMember && i.detail === 'ChargePointStatus')
    .map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
  assert.deepEqual([...statuses].sort(), [...mainControllerStatuses].sort(),
    `ChargePointStatus items: ${statuses.join(', ')}`);
});

test('quick fixes on the connector-0 status, and applying one clears the diagnostic', async () => {
  const document = await open('connector-zero-mistakes.ocpp.json');
  const [zero] = (await waitForDiagnostics(document.uri, withCode('connector-zero-status'), 'connector-zero-status'))
    .filter((d) => codeOf(d) === 'connector-zero-status');
  try {
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider', document.uri, zero.range);
    const fixes = actions.filter((a): a is vscode.CodeAction => 'edit' in a && a.title.startsWith('Change to'));
    assert.deepEqual(fixes.map((f) => f.title).sort(),
      mainControllerStatuses.map((s) => `Change to "${s}"`).sort());

    const fix = fixes.find((f) => f.title === 'Change to "Available"')!;
    assert.ok(fix.edit, 'the quick fix has no edit');
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true, 'applyEdit refused the edit');
    assert.match(document.lineAt(zero.range.start.line).text, /"connectorId": 0, .*"status": "Available"/);
    await waitForDiagnostics(document.uri, (ours) => ours.length > 0 && !withCode('connector-zero-status')(ours),
      'the connector-zero-status diagnostic to go away');
  } finally {
    // Back to the file on disk, so later tests see the original mistakes.
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitForDiagnostics(document.uri, withCode('connector-zero-status'), 'the diagnostic to return after revert');
  }
  assert.equal(document.isDirty, false);
});

test('outline, go to definition and find references in a conversation', async () => {
  const document = await open('boot-to-charge.ocpp.json');
  // The server runs since the first tests; still, symbols come only once it has the document, so ask until then.
  let symbols: vscode.DocumentSymbol[] = [];
  const deadline = Date.now() + patience;
  while (symbols.length === 0) {
    if (Date.now() > deadline) throw new Error('timed out waiting for document symbols of boot-to-charge.ocpp.json');
    symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri) ?? [];
    if (symbols.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.deepEqual(symbols.slice(0, 3).map((s) => s.name),
    ['CALL BootNotification 1001', 'CALLRESULT BootNotification 1001', 'CALL StatusNotification 1002']);
  assert.equal(symbols.length, 24);
  assert.ok(symbols[0].children.some((c) => c.name === 'chargePointVendor' && c.detail === 'ExampleCharge'),
    `children of ${symbols[0].name}: ${symbols[0].children.map((c) => c.name).join(', ')}`);

  const answerId = rangeOf(document, '[3, "1001"').start.translate(0, 5);
  const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
    'vscode.executeDefinitionProvider', document.uri, answerId);
  const targets = definitions.map((d) => ('targetUri' in d ? d.targetSelectionRange ?? d.targetRange : d.range));
  assert.deepEqual(targets.map((r) => document.getText(r)), ['"1001"']);
  assert.equal(targets[0].start.line, 1, 'the definition is the CALL on line 2');

  const callId = rangeOf(document, '[2, "1001"').start.translate(0, 5);
  const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, callId);
  // VS Code asks with includeDeclaration: the CALL's id and its CALLRESULT's.
  assert.deepEqual(references.map((r) => `${r.range.start.line}:${document.getText(r.range)}`).sort(), ['1:"1001"', '9:"1001"']);
});

test('a plain JSON file under ocpp/ is checked (default ocpp.files)', async () => {
  const document = await open('ocpp/plain-status.json');
  assert.equal(document.languageId, 'json');
  const ours = await waitForDiagnostics(document.uri, withCode('connector-zero-status'), 'connector-zero-status');
  const zero = ours.find((d) => codeOf(d) === 'connector-zero-status')!;
  assert.equal(document.getText(zero.range), '"Charging"');
});

test('changing ocpp.files applies without a reload', async () => {
  const config = () => vscode.workspace.getConfiguration('ocpp');
  let target = vscode.ConfigurationTarget.Workspace;
  // Put back exactly what the scope held before (usually nothing), not the default.
  const saved = () => {
    const values = config().inspect<string[]>('files');
    return target === vscode.ConfigurationTarget.Workspace ? values?.workspaceValue : values?.globalValue;
  };
  let previous = saved();
  const plain = await open('ocpp/plain-status.json');
  await waitForDiagnostics(plain.uri, withCode('connector-zero-status'), 'diagnostics under ocpp/ before the change');
  const other = await open('other/not-ocpp.json');
  // A file with a real mistake, written after the change, so only the new globs can bring it to the server.
  const fresh = workspaceFile('other/zero-status.json');
  try {
    try {
      await config().update('files', ['**/other/*.json'], target);
    } catch {
      target = vscode.ConfigurationTarget.Global;
      previous = saved();
      await config().update('files', ['**/other/*.json'], target);
    }
    // The client restarts with the new selector: the open non-OCPP file is now sent to the server, which
    // cannot tell what its payload is and says so.
    await waitForDiagnostics(other.uri, withCode('unknown-payload'), 'unknown-payload on other/not-ocpp.json');

    await vscode.workspace.fs.writeFile(fresh, Buffer.from(
      '[2, "9001", "StatusNotification", {"connectorId": 0, "errorCode": "NoError", "status": "Preparing"}]\n'));
    const created = await open('other/zero-status.json');
    const ours = await waitForDiagnostics(created.uri, withCode('connector-zero-status'), 'connector-zero-status on other/zero-status.json');
    assert.equal(created.getText(ours.find((d) => codeOf(d) === 'connector-zero-status')!.range), '"Preparing"');

    // The stopped client took its diagnostics along, and the new one does not look at ocpp/ any more. An edit
    // there brings nothing back: it is made before an edit of the other/ file, so had the client sent it, its
    // diagnostics would arrive before the other/ file's new ones, which we wait for.
    await waitForDiagnostics(plain.uri, (d) => d.length === 0, 'the old diagnostics under ocpp/ to clear');
    const edits = new vscode.WorkspaceEdit();
    edits.insert(plain.uri, new vscode.Position(0, 0), ' ');
    edits.replace(created.uri, rangeOf(created, '"Preparing"'), '"Charging"');
    assert.equal(await vscode.workspace.applyEdit(edits), true, 'applyEdit refused the edits');
    await waitForDiagnostics(created.uri,
      (d) => d.some((x) => codeOf(x) === 'connector-zero-status' && created.getText(x.range) === '"Charging"'),
      'other/zero-status.json to be checked again after the edit');
    assert.equal(describe(ocppDiagnostics(plain.uri)), 'none', 'ocpp diagnostics under ocpp/ after the change');
  } finally {
    await config().update('files', previous, target);
    for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    const created = vscode.workspace.textDocuments.find((d) => d.uri.toString() === fresh.toString());
    if (created) {
      await vscode.window.showTextDocument(created);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
    await vscode.workspace.fs.delete(fresh).then(undefined, () => undefined);
  }
  // Back to the previous globs (the runner's workspace has none, so the default): ocpp/ is checked again.
  await waitForDiagnostics(plain.uri, withCode('connector-zero-status'), 'diagnostics under ocpp/ after restoring the setting');
});

// ---------------------------------------------------------------------------------------------------------------

test('a rule\'s severity setting applies at once, and "off" removes it', async () => {
  const document = await open('connector-zero-mistakes.ocpp.json');
  const connectorZero = (d: vscode.Diagnostic[]) => d.find((x) => codeOf(x) === 'connector-zero-status');
  await waitForDiagnostics(document.uri, (d) => connectorZero(d)?.severity === vscode.DiagnosticSeverity.Error,
    'connector-zero-status as an error');
  const config = () => vscode.workspace.getConfiguration('ocpp');
  const key = 'rules.connector-zero-status';
  const previous = config().inspect<string>(key)?.globalValue;
  try {
    await config().update(key, 'warning', vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(document.uri, (d) => connectorZero(d)?.severity === vscode.DiagnosticSeverity.Warning,
      'connector-zero-status as a warning after the setting changed');
    await config().update(key, 'off', vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(document.uri, (d) => d.length > 0 && !connectorZero(d), 'connector-zero-status to go away when off');
  } finally {
    await config().update(key, previous, vscode.ConfigurationTarget.Global);
  }
  await waitForDiagnostics(document.uri, (d) => connectorZero(d)?.severity === vscode.DiagnosticSeverity.Error,
    'connector-zero-status back as an error');
});

export async function run(): Promise<void> {
  let passed = 0;
  let failed = 0;
  for (const { name, fn } of tests) {
    try {
      await fn();
      passed++;
      console.log(`ok - ${name}`);
    } catch (error) {
      failed++;
      const reason = error instanceof Error ? error.message : String(error);
      console.log(`not ok - ${name}: ${reason.replace(/\s*\n\s*/g, ' ').trim()}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} extension-host test(s) failed`);
}

