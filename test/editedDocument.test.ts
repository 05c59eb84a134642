/**
 * The server's document (lsp/editedDocument.ts) must be, after any series of changes, what
 * vscode-languageserver-textdocument's TextDocument is after the same changes: the same text, whole and by range,
 * the same positions and offsets (also for positions outside the text), line count, line ranges and line ends, and
 * it tells each change as the characters it replaced.
 * Random edits on texts with every kind of line end, small and past the window that makes the text whole again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { EditedDocument } from '../server/src/lsp/editedDocument';
import { Random } from './support/oracleGenerator';

const pieces = ['a', 'bc', ' ', '{"x": 1}', '\n', '\n', '\r\n', '\r', 'é', '😀', '"status"'];

function randomText(random: Random, length: number): string {
  let text = '';
  while (text.length < length) text += random.pick(pieces);
  return text;
}

/** A position, mostly inside the text, sometimes past a line's end or the last line, or negative. */
function randomPosition(random: Random, document: TextDocument): { line: number; character: number } {
  const kind = random.int(0, 9);
  if (kind === 0) return { line: random.int(-2, document.lineCount + 2), character: random.int(-2, 200) };
  return document.positionAt(random.int(0, document.getText().length));
}

function randomChange(random: Random, document: TextDocument, far: boolean): TextDocumentContentChangeEvent {
  if (random.int(0, 60) === 0) return { text: randomText(random, random.int(0, 300)) };
  const length = document.getText().length;
  const at = random.int(0, length);
  const from = document.positionAt(at);
  const to = random.int(0, 12) === 0 ? randomPosition(random, document) : document.positionAt(Math.min(length, at + random.int(0, far ? 3000 : 6)));
  // Ranges come reversed now and then: both documents order them.
  const range = random.int(0, 10) === 0 ? { start: to, end: from } : { start: from, end: to };
  return { range, text: random.int(0, 3) === 0 ? '' : randomText(random, random.int(1, far ? 2000 : 4)) };
}

function assertSame(edited: EditedDocument, reference: TextDocument, random: Random, note: string) {
  const text = reference.getText();
  assert.equal(edited.getText(), text, note);
  assert.equal(edited.lineCount, reference.lineCount, note);
  assert.equal(edited.version, reference.version, note);
  for (let i = 0; i < 20; i++) {
    const offset = random.int(-3, text.length + 3);
    assert.deepEqual(edited.positionAt(offset), reference.positionAt(offset), `${note}: positionAt(${offset})`);
    const position = randomPosition(random, reference);
    assert.equal(edited.offsetAt(position), reference.offsetAt(position), `${note}: offsetAt(${JSON.stringify(position)})`);
    const end = randomPosition(random, reference);
    assert.equal(edited.getText({ start: position, end }), reference.getText({ start: position, end }), `${note}: getText of a range`);
    const from = random.int(0, text.length);
    const to = random.int(from, text.length);
    assert.equal(edited.textBetween(from, to), text.slice(from, to), `${note}: textBetween(${from}, ${to})`);
    const line = random.int(-1, reference.lineCount + 1);
    assert.deepEqual(edited.getLineRange(line), reference.getLineRange(line), `${note}: getLineRange(${line})`);
    assert.equal(edited.getEOLCharacters(line), reference.getEOLCharacters(line), `${note}: getEOLCharacters(${line})`);
  }
}

for (const { name, length, far, steps } of [
  { name: 'small texts, small edits', length: 200, far: false, steps: 400 },
  { name: 'a 150 KB text, edits near and far', length: 150_000, far: true, steps: 150 },
]) {
  test(`after random changes, ${name}: the same text, positions, offsets and lines as TextDocument`, () => {
    for (let seed = 1; seed <= 6; seed++) {
      const random = new Random(seed);
      const initial = randomText(random, length);
      let reference = TextDocument.create('file:///t.json', 'json', 1, initial);
      const edited = new EditedDocument('file:///t.json', 'json', 1, initial);
      assertSame(edited, reference, random, `seed ${seed}, at the start`);
      for (let step = 0; step < steps; step++) {
        // Each change of an event applies to the text the previous ones left: made one by one on a copy.
        const applied: TextDocumentContentChangeEvent[] = [];
        let scratch = TextDocument.create('file:///s.json', 'json', 0, reference.getText());
        for (let i = random.int(1, 3); i > 0; i--) {
          const change = randomChange(random, scratch, far);
          applied.push(change);
          scratch = TextDocument.update(scratch, [change], 0);
        }
        const before = reference.getText();
        reference = TextDocument.update(reference, applied, reference.version + 1);
        const told = edited.update(applied, edited.version + 1);
        assertSame(edited, reference, random, `seed ${seed}, step ${step}`);
        // What the service is told: each change as the characters it replaced, which, applied in order to the text
        // before, give the text after.
        let replayed = before;
        told.forEach((change, i) => {
          replayed = replayed.slice(0, change.offset) + applied[i].text + replayed.slice(change.offset + change.deleted);
          assert.equal(change.inserted, applied[i].text.length);
        });
        assert.equal(replayed, reference.getText(), `seed ${seed}, step ${step}: the changes told`);
      }
    }
  });
}

test('typing in a long text: each touched part read through the window, and the whole text after, are the edited text', () => {
  const line = '[2, "a1", "Heartbeat", {}],\n';
  const initial = line.repeat(20_000);
  const edited = new EditedDocument('file:///log.json', 'json', 1, initial);
  let expected = initial;
  for (let i = 0; i < 200; i++) {
    const at = 300_000 + (i % 7) * 3;
    const position = edited.positionAt(at);
    edited.update([{ range: { start: position, end: position }, text: 'x' }], i + 2);
    expected = `${expected.slice(0, at)}x${expected.slice(at)}`;
    // The frames an edit touched are read from the base and the window alone.
    assert.equal(edited.textBetween(at - 40, at + 40), expected.slice(at - 40, at + 40));
  }
  assert.equal(edited.getText(), expected);
  assert.equal(edited.lineCount, 20_001);
});
