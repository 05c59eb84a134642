/** dist/service.js is the published library entry: plain CommonJS, usable without any editor. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';

const load = createRequire(__filename);

test('dist/service.js exports getLanguageService with the four features', async () => {
  const library = load(join(__dirname, '..', 'dist', 'service.js')) as typeof import('../server/src/serviceEntry');
  const service = library.getLanguageService();
  const text = '[2, "a1", "StatusNotification", {"connectorId": 0, "errorCode": "NoError", "status": "Charging"}]';
  const document = TextDocument.create('file:///lib/x.ocpp.json', 'ocpp', 1, text);
  const diagnostics = await service.doValidation(document);
  assert.deepEqual(diagnostics.map((d) => d.code), ['connector-zero-status']);
  const position = document.positionAt(text.indexOf('Charging'));
  const completion = await service.doComplete(document, position);
  assert.deepEqual(completion.items.map((i) => i.label), ['Available', 'Unavailable', 'Faulted']);
  assert.ok((await service.doHover(document, position)) !== null);
  const actions = await service.getCodeActions(document, diagnostics[0].range, diagnostics);
  assert.equal(actions.length, 3);
});
