/**
 * What the catalog drafting scripts (draft201.ts, draft21.ts) share: the official JSON schemas as ocpp-rpc ships
 * them, a file writer that never overwrites a committed catalog file without --force, and TypeScript quoting.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of a JSON schema node the OCPP schemas use. */
export interface JsonSchema {
  $id?: string;
  $ref?: string;
  type?: string;
  enum?: string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  definitions?: Record<string, JsonSchema>;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  default?: string | number | boolean;
}

export const repositoryRoot = join(__dirname, '..');

/** One of ocpp-rpc's schema files: "ocpp2_0_1.json", "ocpp2_1.json". */
export function readOfficialSchemas(file: string): JsonSchema[] {
  return JSON.parse(readFileSync(join(repositoryRoot, 'node_modules/ocpp-rpc/lib/schemas', file), 'utf8'));
}

/** A writer of files under `folder`: an existing file is kept unless --force was given. */
export function catalogWriter(folder: string): (file: string, text: string) => void {
  const force = process.argv.includes('--force');
  return (file, text) => {
    const path = join(folder, file);
    if (existsSync(path) && !force) {
      console.log(`kept ${file} (exists; --force overwrites)`);
      return;
    }
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    console.log(`wrote ${file}`);
  };
}

/** A TypeScript string literal in single quotes. */
export const quote = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
