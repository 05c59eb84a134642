/**
 * Retained heap after checking a file, in a process of its own (started with --expose-gc by run.ts) so that
 * nothing else the benchmark allocated is counted.
 *
 *   node --expose-gc dist/bench/memory.js <ours|parseTree|peer> <file>   (bundled by bench/build.mjs)
 *
 * The text is read before the first measurement: it is the editor's copy and is not counted. Then whatever
 * the checker keeps (our cached parse and the diagnostics; parseTree's tree; the peer's JSON document and
 * diagnostics) is held in a variable across a full collection. Prints the retained bytes as JSON.
 */
import { readFileSync } from 'node:fs';
import { parseTree } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../server/src/service';
import { catalogs } from '../server/src/product';
import { conversationSchema, createPeer } from './peer';

const [which, file] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

async function main() {
  const text = readFileSync(file, 'utf8');
  // Built before the baseline: the schema and the services are fixed costs, not per MB of text.
  const peer = which === 'peer' ? createPeer('memory', conversationSchema(text)) : undefined;
  if (peer) await peer.validate('[]');
  const service = getLanguageService({ catalogs });
  const document = TextDocument.create('file:///bench/memory.ocpp.json', 'ocpp', 1, text);

  const heap = () => {
    gc!();
    gc!();
    return process.memoryUsage().heapUsed;
  };
  const before = heap();
  let kept: unknown;
  if (which === 'ours') kept = service.doValidation(document); // and the service keeps the parsed document in its cache
  else if (which === 'parseTree') kept = parseTree(text);
  else if (which === 'peer') kept = await peer!.validate(text); // its parsed document and diagnostics
  else throw new Error(`unknown measure ${which}`);
  const after = heap();
  // Used after the second measurement, so none of them could be collected before it.
  const alive = [text, kept, service, document].every((value) => value !== undefined);
  process.stdout.write(JSON.stringify({ retainedBytes: after - before, alive }));
}

void main();
