/**
 * A Markdown file through the real server over stdio: its `ocpp` block's diagnostics at their places in the file,
 * hover inside the block, and nothing for the prose; the document info of a file without blocks is empty.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover } from 'vscode-languageserver-protocol';
import { DocumentInfoRequest } from '../server/src/lsp/protocol';
import { LspClient } from './support/lspClient';
import { failOnErrorLogs, freshUri } from './support/lspHelpers';

const markdown = '# Boot\n\n```ocpp\n[2, "b1", "BootNotification", {"chargePointVendor": "Acme", "chargePointModel": 22}]\n```\n';

describe('Markdown over LSP', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ initializationOptions: { validationDelay: 0 } });
  });
  after(() => client?.stop());
  failOnErrorLogs(() => client);

  test('the block\'s mistake is reported where it is in the Markdown file, and hover works in the block only', async () => {
    const uri = freshUri('md-lsp', 'integration.md');
    const diagnostics = await client.openAndDiagnose(uri, markdown);
    const line = markdown.split('\n')[3];
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['type-mismatch', 3, line.indexOf('22')]]);
    const hover = await client.hover(uri, { line: 3, character: line.indexOf('BootNotification') + 1 }) as Hover | null;
    assert.match(JSON.stringify(hover?.contents), /BootNotification/);
    assert.equal(await client.hover(uri, { line: 0, character: 3 }), null);
  });

  test('a Markdown file without OCPP blocks gets no diagnostics and an empty document info', async () => {
    const uri = freshUri('md-lsp', 'notes.md');
    assert.deepEqual(await client.openAndDiagnose(uri, '# Notes\n\n```js\nconsole.log(1)\n```\n'), []);
    const info = await client.call(DocumentInfoRequest, { uri }) as { shape: string };
    assert.equal(info.shape, 'empty');
  });
});
