/**
 * Work done once: folding and the Outline read a long log from its frame index and build a frame's syntax tree
 * only where they need one, and code actions reuse the problems validation found for the same parse.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ocpp16 } from '../server/src/ocpp/v16';
import type { Catalog } from '../server/src/ocpp/catalog';
import { getLanguageService } from '../server/src/service';
import { isTextFrame } from '../server/src/service/document/textFrames';
import { maxFieldSymbols } from '../server/src/service/features/documentSymbols';
import { catalogs } from '../server/src/product';
import { generateConversation, generateConversation201, generateConversation21 } from './support/corpus';

const frame = (i: number) =>
  `[2, "s${i}", "StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "Available", "timestamp": "2024-05-01T10:00:${String(i % 60).padStart(2, '0')}Z"}]`;

/** A log of one frame per line, every frame clean, so it is read without trees. */
function log(frames: number): string {
  return `[\n${Array.from({ length: frames }, (_, i) => `  ${frame(i)}`).join(',\n')}\n]\n`;
}

const treesBuilt = (frames: readonly unknown[]) => frames.filter((f) => isTextFrame(f as never) && !(f as { readWithoutTree: boolean }).readWithoutTree).length;

test('folding a log of one frame per line builds no frame tree, and still folds the whole conversation', () => {
  const service = getLanguageService({ catalogs: [ocpp16] });
  const document = TextDocument.create('file:///w/log.ocpp.json', 'ocpp', 1, log(2000));
  const doc = service.parseDocument(document);
  assert.equal(doc.frames.length, 2000);
  assert.equal(treesBuilt(doc.frames), 0, 'read without trees');
  const ranges = service.getFoldingRanges(document);
  assert.deepEqual(ranges, [{ startLine: 0, endLine: 2000 }]);
  assert.equal(treesBuilt(service.parseDocument(document).frames), 0, 'folding built no tree');
});

test('folding a pretty-printed frame in a log builds that frame\'s tree and folds it, and only it', () => {
  const service = getLanguageService({ catalogs: [ocpp16] });
  const text = `[\n  ${frame(1)},\n  [2, "p1", "Heartbeat",\n    {}\n  ],\n  ${frame(2)}\n]`;
  const document = TextDocument.create('file:///w/mixed.ocpp.json', 'ocpp', 1, text);
  // The conversation (lines 0-5, its closing bracket left visible) and the frame over lines 2-4.
  assert.deepEqual(service.getFoldingRanges(document), [{ startLine: 0, endLine: 5 }, { startLine: 2, endLine: 3 }]);
  const frames = service.parseDocument(document).frames;
  assert.deepEqual(frames.map((f) => isTextFrame(f) && f.readWithoutTree), [true, false, true]);
});

test('the Outline lists every frame of a long log and the fields of the first, building no frame\'s tree', () => {
  const service = getLanguageService({ catalogs: [ocpp16] });
  // Four fields per payload: the field budget covers the first quarter of the frames.
  const frames = maxFieldSymbols;
  const document = TextDocument.create('file:///w/long.ocpp.json', 'ocpp', 1, log(frames));
  const symbols = service.getDocumentSymbols(document);
  assert.equal(symbols.length, frames, 'every frame is listed');
  assert.equal(symbols[frames - 1].name, `CALL StatusNotification s${frames - 1}`);
  const lastLine = frame(frames - 1);
  assert.deepEqual(symbols[frames - 1].selectionRange,
    { start: { line: frames, character: 2 }, end: { line: frames, character: 2 + lastLine.length } },
    'picking it goes to the frame, as written');
  assert.equal(symbols[0].children?.length, 4, 'the first frames show their fields');
  assert.deepEqual(symbols[0].children?.map((c) => [c.name, c.detail]), [['connectorId', '1'], ['errorCode', 'NoError'],
    ['status', 'Available'], ['timestamp', '2024-05-01T10:00:00Z']]);
  assert.deepEqual(symbols[frames / 4].children, [], 'past the field budget, no fields');
  assert.equal(treesBuilt(service.parseDocument(document).frames), 0, 'the fields were read from the frames\' text');
});

test('the Outline builds a frame\'s tree only to list what is nested in its payload, while the field budget lasts', () => {
  const service = getLanguageService({ catalogs: [ocpp16] });
  const meter = (i: number) => `[2, "m${i}", "MeterValues", {"connectorId": 1, "meterValue": [{"timestamp": "2024-05-01T10:00:00Z", "sampledValue": [{"value": "${i}"}]}]}]`;
  // Two fields per payload and three nested symbols (the meter value, its two fields), then the sampled value.
  const count = maxFieldSymbols / 2;
  const document = TextDocument.create('file:///w/meters.ocpp.json', 'ocpp', 1, `[\n${Array.from({ length: count }, (_, i) => meter(i)).join(',\n')}\n]`);
  const symbols = service.getDocumentSymbols(document);
  assert.equal(symbols.length, count);
  assert.equal(treesBuilt(service.parseDocument(document).frames), 0, 'the frames\' first level spends the whole budget');
  const few = TextDocument.create('file:///w/few.ocpp.json', 'ocpp', 1, `[\n${Array.from({ length: 3 }, (_, i) => meter(i)).join(',\n')}\n]`);
  const listed = service.getDocumentSymbols(few);
  assert.deepEqual(listed[2].children?.[1].children?.[0].children?.map((c) => c.name), ['timestamp', 'sampledValue'], 'nested fields listed');
  assert.equal(treesBuilt(service.parseDocument(few).frames), 3);
});

test('the Outline read from clean frames\' text equals the Outline read from their trees, for every version', () => {
  const corpora = [
    ['1.6', generateConversation(300_000, 3).text], ['1.6 small', generateConversation(15_000, 4).text],
    ['2.0.1', generateConversation201(300_000, 5).text], ['2.0.1 small', generateConversation201(15_000, 6).text],
    ['2.1', generateConversation21(300_000, 7).text], ['2.1 small', generateConversation21(15_000, 8).text],
  ] as const;
  for (const [name, text] of corpora) {
    const service = getLanguageService({ catalogs });
    const fromText = TextDocument.create(`file:///w/text-${name}.ocpp.json`, 'ocpp', 1, text);
    const fromTrees = TextDocument.create(`file:///w/trees-${name}.ocpp.json`, 'ocpp', 1, text);
    const frames = service.parseDocument(fromTrees).frames;
    for (const frame of frames) void frame.node;
    assert.equal(treesBuilt(frames), frames.length);
    const expected = service.getDocumentSymbols(fromTrees);
    assert.ok(treesBuilt(service.parseDocument(fromText).frames) < frames.length / 10, `${name}: clean frames are read without trees`);
    assert.deepEqual(service.getDocumentSymbols(fromText), expected, name);
  }
});

test('code actions reuse the problems validation found for the same document version', () => {
  let checks = 0;
  const counting: Catalog = { ...ocpp16, rules: { ...ocpp16.rules, check: (doc, report) => { checks++; ocpp16.rules.check(doc, report); } } };
  const service = getLanguageService({ catalogs: [counting] });
  // Making the service checks its resident conversation (residentDocuments.ts) once: count from here.
  checks = 0;
  const text = '[[2, "a1", "StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "avaliable"}],\n [2, "a2", "Heartbeat", {"x": 1,}]]';
  const document = TextDocument.create('file:///w/fix.ocpp.json', 'ocpp', 1, text);
  const diagnostics = service.doValidation(document);
  assert.equal(checks, 1);
  const whole = { start: { line: 0, character: 0 }, end: document.positionAt(text.length) };
  const actions = service.getCodeActions(document, whole, diagnostics, ['source.fixAll.ocpp']);
  assert.ok(actions.some((a) => a.kind === 'source.fixAll.ocpp'), 'a fix-all is offered');
  assert.ok(service.getCodeActions(document, whole, diagnostics).length > 0, 'quick fixes are offered');
  assert.equal(checks, 1, 'no second validation of the same parse');
  const next = TextDocument.create(document.uri, 'ocpp', 2, text.replace('avaliable', 'Available'));
  service.doValidation(next);
  assert.equal(checks, 2, 'a new version is checked again');
});

test('checking a log with directions and times builds no frame tree for its clean frames; a frame it reports on gets one', () => {
  const service = getLanguageService({ catalogs: [ocpp16] });
  const lines = Array.from({ length: 500 }, (_, i) => {
    const time = new Date(Date.UTC(2024, 4, 1, 10) + i * 1000).toISOString();
    const call = frame(i).replace(/"timestamp": "[^"]*"/, `"timestamp": "${time}"`);
    return i % 2 === 0 ? `${time} CP1 SEND ${call}` : `${time} CP1 RECV [3, "s${i - 1}", {}]`;
  });
  // One Heartbeat answer received by the charger's log as if the charger had sent its own CALL's answer.
  lines.push(`${new Date(Date.UTC(2024, 4, 1, 11)).toISOString()} CP1 SEND [2, "h1", "Heartbeat", {}]`,
    `${new Date(Date.UTC(2024, 4, 1, 11, 0, 1)).toISOString()} CP1 SEND [3, "h1", {"currentTime": "2024-05-01T11:00:01Z"}]`);
  const document = TextDocument.create('file:///w/charger.ocpp.log', 'ocpp', 1, lines.join('\n'));
  const diagnostics = service.doValidation(document);
  assert.deepEqual(diagnostics.map((d) => `${d.code} ${d.range.start.line}`), ['log-direction 501']);
  assert.equal(treesBuilt(service.parseDocument(document).frames), 1, 'only the reported frame has a tree');
});
