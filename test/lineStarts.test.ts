/**
 * Line numbers carried across an edit (text/lines.ts carryLineStarts) must be the ones a fresh count gives: the
 * messages of a long log name lines, and after an edit the index is moved rather than rebuilt.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { carryLineStarts, lineAt, positionsIn } from '../server/src/text/lines';
import { Random } from './support/oracleGenerator';

test('line numbers carried over random edits equal a fresh count at every offset', () => {
  const random = new Random(42);
  const pieces = ['\n', '\r\n', 'ab', '[2,"x"]', ' ', '\n\n'];
  const text = () => Array.from({ length: random.int(0, 30) }, () => random.pick(pieces)).join('');
  for (let round = 0; round < 500; round++) {
    const before = { text: text() };
    // Work the old starts out first: only then is there anything to carry.
    lineAt(before, 0);
    const start = random.int(0, before.text.length);
    const oldEnd = random.int(start, before.text.length);
    const inserted = text();
    const after = { text: before.text.slice(0, start) + inserted + before.text.slice(oldEnd) };
    carryLineStarts(before, after, { start, oldEnd, newEnd: start + inserted.length });
    const fresh = { text: after.text };
    for (let offset = 0; offset <= after.text.length; offset++) {
      assert.equal(lineAt(after, offset), lineAt(fresh, offset), `round ${round}, offset ${offset}: ${JSON.stringify({ before: before.text, start, oldEnd, inserted })}`);
    }
    // The old text's starts may have been handed over in place: asked again, it still has its own lines.
    const old = { text: before.text };
    for (let offset = 0; offset <= before.text.length; offset++) assert.equal(lineAt(before, offset), lineAt(old, offset), `round ${round}, old text at ${offset}`);
  }
});

test('positions and offsets from the line starts equal TextDocument\'s on texts whose lines end in \\n, everywhere and beyond', () => {
  const random = new Random(43);
  const pieces = ['\n', 'ab', '[2,"x"]', ' ', '\n\n', 'é', '\ud83d\ude00'];
  for (let round = 0; round < 300; round++) {
    const text = Array.from({ length: random.int(0, 30) }, () => random.pick(pieces)).join('');
    const document = TextDocument.create('file:///t.json', 'json', 1, text);
    const positions = positionsIn({ text })!;
    for (let offset = -2; offset <= text.length + 2; offset++) {
      assert.deepEqual(positions.positionAt(offset), document.positionAt(offset), `${JSON.stringify(text)} at ${offset}`);
    }
    // Asked out of order too: the line of the last answer is only where the search starts.
    for (let i = 0; i < 40; i++) {
      const offset = random.int(-2, text.length + 2);
      assert.deepEqual(positions.positionAt(offset), document.positionAt(offset), `${JSON.stringify(text)} at ${offset}, out of order`);
    }
    const lines = document.lineCount;
    for (let line = -1; line <= lines + 1; line++) {
      for (let character = -1; character <= 12; character++) {
        assert.equal(positions.offsetAt({ line, character }), document.offsetAt({ line, character }), `${JSON.stringify(text)} at ${line}:${character}`);
      }
    }
  }
  // A '\r' is a line end to LSP: such a text keeps the TextDocument's own count.
  assert.equal(positionsIn({ text: 'a\r\nb' }), undefined);
});

test('positions from line starts are carried to an edited text only while neither it nor the edit has a \'\\r\'', () => {
  const random = new Random(7);
  const pieces = ['\n', '\r\n', '\r', 'ab', '[2,"x"]', ' '];
  const text = (withReturns: boolean) => Array.from({ length: random.int(0, 30) }, () => random.pick(withReturns ? pieces : pieces.filter((p) => !p.includes('\r')))).join('');
  let carried = 0;
  for (let round = 0; round < 500; round++) {
    const before = { text: text(random.int(0, 3) === 0) };
    // Asked first, as the server asks for each version's diagnostics: only then is there anything to carry.
    positionsIn(before);
    const start = random.int(0, before.text.length);
    const oldEnd = random.int(start, before.text.length);
    const inserted = text(random.int(0, 3) === 0);
    const after = { text: before.text.slice(0, start) + inserted + before.text.slice(oldEnd) };
    // The edit's part alone, as an edit of the server's document is read (with a character of context each side).
    const from = Math.max(0, start - 1);
    const touched = { text: after.text.slice(from, start + inserted.length + 1), offset: from };
    carryLineStarts(before, after, { start, oldEnd, newEnd: start + inserted.length }, touched);
    const positions = positionsIn(after);
    assert.equal(positions === undefined, after.text.includes('\r'), JSON.stringify({ before: before.text, start, oldEnd, inserted }));
    if (!positions) continue;
    carried++;
    const document = TextDocument.create('file:///t', 'json', 1, after.text);
    for (let offset = 0; offset <= after.text.length; offset++) assert.deepEqual(positions.positionAt(offset), document.positionAt(offset));
  }
  assert.ok(carried > 100, `only ${carried} texts were without '\\r'`);
});
