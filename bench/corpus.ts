/**
 * The benchmark's corpus: one seeded conversation per size, written to a temporary folder so that the memory
 * measurement (bench/memory.ts, a process of its own) reads the same bytes. The generator itself lives in
 * test/support/corpus.ts, shared with the tests; bench/ imports from test/support/, never the other way round.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateConversation, type Conversation } from '../test/support/corpus';

export const sizes = [
  { name: '1 KB', bytes: 1_000 },
  { name: '100 KB', bytes: 100_000 },
  { name: '1 MB', bytes: 1_000_000 },
  { name: '10 MB', bytes: 10_000_000 },
] as const;

export interface CorpusFile extends Conversation {
  readonly name: string;
  readonly path: string;
}

/** Writes one conversation per size into a fresh temporary folder. */
export function writeCorpus(seed = 16): CorpusFile[] {
  const dir = join(tmpdir(), `ocpp-bench-${seed}`);
  mkdirSync(dir, { recursive: true });
  return sizes.map(({ name, bytes }, i) => {
    const conversation = generateConversation(bytes, seed + i);
    const path = join(dir, `conversation-${name.replace(' ', '')}.ocpp.json`);
    writeFileSync(path, conversation.text);
    return { name, path, ...conversation };
  });
}
