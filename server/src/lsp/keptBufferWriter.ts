/**
 * The stdio transport's message writer: vscode-jsonrpc's framing (a Content-Length header, then the JSON body in
 * UTF-8), but each message is written into one buffer the server keeps (messageBytes.ts says how), rather than
 * stringified whole and encoded into a new buffer per message.
 *
 * Why: the largest message the server sends again and again is a document's diagnostics, after every keystroke;
 * for a log with thousands of findings that is most of a megabyte. Profiled in the server under edits of a 10 MB
 * 1.6 log (2,548 diagnostics, 853 KB), vscode-jsonrpc's writer spent 12 ms of each edit stringifying and encoding
 * them: the string V8 copies its parts into, and then the new buffer, are memory taken fresh from the system.
 */
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';
import { MessageBytes } from './messageBytes';

/** Room before the body for its header, "Content-Length: " and at most 10 digits and "\r\n\r\n". */
const headerRoom = 32;
/** The buffer's first size, and that of one for a message written while the kept one is still being sent. */
const startSize = 64 << 10;
/** The buffer is kept only up to this size; a larger message (the Outline of a huge log) leaves it as it was. */
const keptLimit = 4 << 20;

export class KeptBufferMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private kept: Buffer = Buffer.allocUnsafe(startSize);
  /** The stream may read the kept buffer until the write's callback: a message meanwhile gets a buffer of its own. */
  private keptInUse = false;
  private errorCount = 0;

  constructor(private readonly output: NodeJS.WritableStream) {
    super();
    output.on('error', (error: Error) => this.fireError(error));
    output.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    const usesKept = !this.keptInUse;
    const bytes = new MessageBytes(usesKept ? this.kept : Buffer.allocUnsafe(startSize));
    bytes.length = headerRoom;
    try {
      bytes.json(message);
    } catch (error) {
      // A value JSON.stringify refuses (a cycle, a BigInt): the message is not sent, as with vscode-jsonrpc's writer.
      this.failed(error, message);
      return Promise.reject(error);
    }
    const buffer = bytes.buffer;
    if (usesKept && buffer.length <= keptLimit) {
      this.kept = buffer;
      this.keptInUse = true;
    }
    const bodyLength = bytes.length - headerRoom;
    const header = `Content-Length: ${bodyLength}\r\n\r\n`;
    const start = headerRoom - header.length;
    buffer.write(header, start, 'ascii');
    return new Promise((resolve, reject) => {
      this.output.write(buffer.subarray(start, bytes.length), (error) => {
        if (buffer === this.kept) this.keptInUse = false;
        if (error) {
          this.failed(error, message);
          reject(error);
        } else {
          this.errorCount = 0;
          resolve();
        }
      });
    });
  }

  end(): void {
    this.output.end();
  }

  private failed(error: unknown, message: Message): void {
    this.errorCount++;
    this.fireError(error, message, this.errorCount);
  }
}
