/**
 * The stdio transport's message writer (server/src/lsp/keptBufferWriter.ts, messageBytes.ts), read back by
 * vscode-jsonrpc's own StreamMessageReader: every message arrives whole, and its body is byte for byte the UTF-8 of
 * what JSON.stringify makes of it, however the writer splits and reuses its buffer. The server's other tests drive it
 * over stdio too (every LSP test); these reach what they do not: members JSON leaves out, text past Latin-1, messages
 * larger than the kept buffer, and writes still in flight when the next message comes.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, Writable } from 'node:stream';
import { StreamMessageReader, type Message } from 'vscode-languageserver/node';
import { KeptBufferMessageWriter } from '../server/src/lsp/keptBufferWriter';

/** The bodies of the framed messages in `bytes`, split by their Content-Length headers. */
function bodiesOf(bytes: Buffer): Buffer[] {
  const bodies: Buffer[] = [];
  let at = 0;
  while (at < bytes.length) {
    const headerEnd = bytes.indexOf('\r\n\r\n', at);
    assert.ok(headerEnd > at, `a header at byte ${at}`);
    const header = bytes.toString('ascii', at, headerEnd);
    const match = /^Content-Length: (\d+)$/.exec(header);
    assert.ok(match, `the header is "Content-Length: <n>", not ${JSON.stringify(header)}`);
    const start = headerEnd + 4;
    bodies.push(bytes.subarray(start, start + Number(match[1])));
    at = start + Number(match[1]);
  }
  return bodies;
}

/** Writes `messages` through a writer into a stream, and gives what came out. */
async function written(messages: readonly Message[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const output = new PassThrough();
  output.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
  const writer = new KeptBufferMessageWriter(output);
  for (const message of messages) await writer.write(message);
  return Buffer.concat(chunks);
}

/** What vscode-jsonrpc's reader makes of `bytes`. */
async function readBack(bytes: Buffer, count: number): Promise<Message[]> {
  const input = new PassThrough();
  const reader = new StreamMessageReader(input);
  const messages: Message[] = [];
  const all = new Promise<void>((resolve) => reader.listen((message) => {
    messages.push(message);
    if (messages.length === count) resolve();
  }));
  input.end(bytes);
  await all;
  reader.dispose();
  return messages;
}

const diagnostic = (i: number, message: string) => ({
  range: { start: { line: i, character: 2 }, end: { line: i, character: 9 } },
  severity: 1, source: 'ocpp', code: 'unknown-field', message, data: { field: `f${i}`, replacements: [] },
});

const publish = (count: number, message = (i: number) => `Finding number ${i}.`): Message => ({
  jsonrpc: '2.0', method: 'textDocument/publishDiagnostics',
  params: { uri: 'file:///log.ocpp.json', version: 7, diagnostics: Array.from({ length: count }, (_, i) => diagnostic(i, message(i))) },
} as Message);

describe('the stdio message writer', () => {
  const messages: Message[] = [
    publish(3),
    // Text past ASCII, past Latin-1, outside the BMP, and lone surrogates (which JSON.stringify escapes).
    publish(40, (i) => `Wert ${i} ist größer als erlaubt (≥ 5) — 充電 🚗 \ud800 end \udc00`),
    // Members JSON leaves out, and elements it writes as null.
    { jsonrpc: '2.0', id: 4, result: [{ a: undefined, b: () => 1, c: Symbol('s'), d: null, e: [undefined, () => 1] }, { f: 1 }] } as unknown as Message,
    { jsonrpc: '2.0', id: 5, result: { skipped: () => 1, symbol: Symbol('s'), none: undefined, at: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)), items: [[1, 2], [3]], empty: [], numbers: [1.5, -0, 1e21] } } as unknown as Message,
    { jsonrpc: '2.0', id: 6, result: [{ x: 1 }, null, 'text', 2, undefined, () => 1] } as unknown as Message,
    { jsonrpc: '2.0', id: 7, result: [null, { x: 1 }] } as unknown as Message,
    // A member whose toJSON gives nothing is left out; such an element is null.
    { jsonrpc: '2.0', id: 8, result: { gone: { toJSON: () => undefined }, kept: 1, items: [{ toJSON: () => undefined }, { y: 2 }] } } as unknown as Message,
    { jsonrpc: '2.0', method: 'exit' } as Message,
    // Larger than the kept buffer's limit (4 MB), so written into one of its own; then small ones again.
    publish(30_000, (i) => `A longer message, so that thirty thousand of them make more than four megabytes of JSON: ${i}.`),
    publish(2),
  ];

  test('each message arrives whole, as the UTF-8 of JSON.stringify, and vscode-jsonrpc reads it back', async () => {
    const bytes = await written(messages);
    const bodies = bodiesOf(bytes);
    assert.equal(bodies.length, messages.length);
    assert.ok(bodies[8].length > 4 << 20, `the large message is ${bodies[8].length} bytes`);
    messages.forEach((message, i) => assert.ok(bodies[i].equals(Buffer.from(JSON.stringify(message), 'utf8')), `message ${i} as JSON.stringify writes it`));
    const read = await readBack(bytes, messages.length);
    assert.deepEqual(read, messages.map((message) => JSON.parse(JSON.stringify(message)) as Message));
  });

  test('a message written while the stream still holds the last one does not overwrite it', async () => {
    // A stream that keeps each chunk it is given, not a copy, and calls back only when released: a writer that
    // reused a buffer still being written would change what the stream holds.
    const held: Uint8Array[] = [];
    const callbacks: (() => void)[] = [];
    const output = new Writable({
      highWaterMark: 1,
      write(chunk: Uint8Array, _encoding, callback) {
        held.push(chunk);
        callbacks.push(callback);
      },
    });
    const writer = new KeptBufferMessageWriter(output);
    const sent = [publish(5, (i) => `first ${i}`), publish(5, (i) => `second ${i}`), publish(5, (i) => `third ${i}`)];
    const done = sent.map((message) => writer.write(message));
    // The stream takes one chunk at a time: release each as it comes, so all three are written in the end.
    while (held.length < sent.length || callbacks.length > 0) {
      await new Promise((resolve) => setImmediate(resolve));
      callbacks.shift()?.();
    }
    await Promise.all(done);
    const bodies = bodiesOf(Buffer.concat(held));
    assert.deepEqual(bodies.map((body) => body.toString('utf8')), sent.map((message) => JSON.stringify(message)));
  });

  test("a frozen element's JSON is made once and written again as it was; an element not frozen is stringified each time", async () => {
    let frozenCalls = 0;
    let openCalls = 0;
    const frozen = Object.freeze({ toJSON: () => ({ n: ++frozenCalls }) });
    const open = { toJSON: () => ({ n: ++openCalls }) };
    const message = (id: number) => ({ jsonrpc: '2.0', id, result: [frozen, open, frozen] } as unknown as Message);
    const bodies = bodiesOf(await written([message(1), message(2)])).map((body) => body.toString('utf8'));
    assert.deepEqual(bodies, ['{"jsonrpc":"2.0","id":1,"result":[{"n":1},{"n":1},{"n":1}]}', '{"jsonrpc":"2.0","id":2,"result":[{"n":1},{"n":2},{"n":1}]}']);
    assert.equal(frozenCalls, 1);
    assert.equal(openCalls, 2);
  });

  test('a message JSON cannot write is refused with an error, and the next one goes out whole', async () => {
    const chunks: Buffer[] = [];
    const output = new PassThrough();
    output.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
    const writer = new KeptBufferMessageWriter(output);
    const errors: unknown[] = [];
    writer.onError(([error]) => errors.push(error));
    const refused = { jsonrpc: '2.0', id: 1, result: { items: [{ big: 1n }, { big: 2n }] } } as unknown as Message;
    await assert.rejects(writer.write(refused), TypeError);
    assert.equal(errors.length, 1);
    await writer.write(publish(2));
    assert.deepEqual(bodiesOf(Buffer.concat(chunks)).map((body) => body.toString('utf8')), [JSON.stringify(publish(2))]);
  });
});
