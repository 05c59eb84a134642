/**
 * The benchmark's corpus: one seeded conversation per size, written to a temporary folder so that the memory
 * measurement (bench/memory.ts, a process of its own) reads the same bytes. The generator itself lives in
 * test/support/corpus.ts, shared with the tests; bench/ imports from test/support/, never the other way round.
 *
 * Beside the OCPP 1.6 logs (about 5% defects), valid OCPP 2.0.1 logs of 1 MB and 10 MB: every frame takes the
 * clean-frame path, as the 1.6 log's clean frames do, and the 1.6 log without its defects is made for comparison.
 * And valid OCPP 2.1 logs of the same two sizes, with 2.1's SEND and CALLRESULTERROR frames among the others.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  generateConversation, generateConversation201, generateConversation21, type Conversation, type Conversation201, type Conversation21,
} from '../test/support/corpus';

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

/** The sizes of the 2.0.1 corpus: the two the 1.6 figures per MB are compared at. */
export const sizes201 = sizes.filter((s) => s.name === '1 MB' || s.name === '10 MB');

export interface CorpusFile201 extends Conversation201 {
  readonly name: string;
  readonly path: string;
  /** The 1.6 log of the same size with no defects, generated like the 1.6 corpus: the like-for-like comparison. */
  readonly clean16: string;
}

/** Writes one valid 2.0.1 conversation per size of sizes201 beside the 1.6 corpus. */
export function writeCorpus201(seed = 201): CorpusFile201[] {
  const dir = join(tmpdir(), `ocpp-bench-${seed}`);
  mkdirSync(dir, { recursive: true });
  return sizes201.map(({ name, bytes }, i) => {
    const conversation = generateConversation201(bytes, seed + i);
    const path = join(dir, `conversation201-${name.replace(' ', '')}.ocpp.json`);
    writeFileSync(path, conversation.text);
    return { name, path, ...conversation, clean16: generateConversation(bytes, seed + i, 0).text };
  });
}

export interface CorpusFile21 extends Conversation21 {
  readonly name: string;
  readonly path: string;
}

/** Writes one valid 2.1 conversation per size of sizes201 (the sizes the 2.0.1 log is measured at) beside the others. */
export function writeCorpus21(seed = 21): CorpusFile21[] {
  const dir = join(tmpdir(), `ocpp-bench-${seed}`);
  mkdirSync(dir, { recursive: true });
  return sizes201.map(({ name, bytes }, i) => {
    const conversation = generateConversation21(bytes, seed + i);
    const path = join(dir, `conversation21-${name.replace(' ', '')}.ocpp.json`);
    writeFileSync(path, conversation.text);
    return { name, path, ...conversation };
  });
}
