#!/usr/bin/env node
/**
 * ocpp-lint: the language service's diagnostics on the command line, for CI.
 *   ocpp-lint [--format stylish|json|sarif] [--ocpp-version auto|1.6|2.0.1|2.1] [--profile strict|lenient]
 *             [--rule code=severity]... [--config file] [--fix] [--jobs N] <files...>
 * Exit status: 0 no errors, 1 at least one error, 2 usage error or unreadable file.
 * A large run checks its files on every core (lintWorkers.ts) and prints each file's problems as they come.
 */
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { FileChecker, type FileOutcome } from './checkFile';
import { readLintOptions, usage, type LintOptions } from './lintOptions';
import { reportWriter } from './lintOutput';
import { checkInWorkers, isLintWorker, serveLintWorker } from './lintWorkers';

/** Kept in step with package.json by a test. */
export const cliVersion = '0.1.0';

/** Below this many files, starting threads (each loads the catalogs) costs more than it saves. */
const minFilesForThreads = 16;
/**
 * Threads pay only with cores to spare: on a machine with two (bench: the 2-vCPU machine this was measured on), two
 * threads checked a folder of 2,000 files at 0.8x the speed of one, each thread's start and warm-up costing more
 * than the second core gave.
 */
const minCoresForThreads = 4;

/** Where the CLI writes; tests and other callers may collect the text instead. */
export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Runs ocpp-lint over `args` and returns its exit status. */
export async function runCli(args: readonly string[], output: CliOutput, cwd = process.cwd(),
  readStdin: () => string = () => readFileSync(0, 'utf8')): Promise<number> {
  const options = readLintOptions(args);
  if (options === 'help') {
    output.stdout(usage + '\n');
    return 0;
  }
  if ('error' in options) {
    output.stderr(`ocpp-lint: ${options.error}\n\n${usage}\n`);
    return 2;
  }

  const files: string[] = [];
  const errors = new Set<string>();
  for (const pattern of options.patterns) {
    if (pattern === '-') {
      files.push(pattern);
      continue;
    }
    const expanded = expand(pattern, cwd);
    if (expanded.length === 0) {
      errors.add(isDirectory(resolve(cwd, pattern))
        ? `ocpp-lint: ${pattern}: the folder holds no .json, .jsonl, .ndjson or .log files.`
        : `ocpp-lint: ${pattern}: no such file, and no files match it.`);
    }
    files.push(...expanded);
  }
  const unique = [...new Set(files)];

  const writer = reportWriter(options.format, cliVersion);
  const fixedFiles: string[] = [];
  let hasErrors = false;
  // Outcomes arrive in any order from the threads; each is printed once every file before it has been.
  const pending = new Map<number, FileOutcome>();
  let printed = 0;
  const take = (index: number, outcome: FileOutcome) => {
    pending.set(index, outcome);
    for (let next = pending.get(printed); next; next = pending.get(printed)) {
      pending.delete(printed++);
      // Errors about settings files are said once, however many threads met the file.
      for (const error of next.errors) errors.add(error);
      if (next.fixed) fixedFiles.push(next.fixed);
      if (!next.report) continue;
      hasErrors ||= next.report.diagnostics.some((d) => d.severity === DiagnosticSeverity.Error);
      const text = writer.add(next.report);
      if (text) output.stdout(text);
    }
  };

  const threads = threadsFor(options, unique);
  if (threads > 1) {
    await checkInWorkers(__filename, unique, options, cwd, threads, take);
  } else {
    const checker = new FileChecker(options, cwd);
    unique.forEach((file, index) => take(index, checker.check(file, readStdin)));
  }

  output.stdout(writer.end(fixedFiles, options.fix));
  output.stderr([...errors].map((e) => e + '\n').join(''));
  return errors.size > 0 ? 2 : hasErrors ? 1 : 0;
}

/** How many threads check the files: --jobs, or one per core for a run large enough on a machine of four cores or more; never for standard input. */
function threadsFor(options: LintOptions, files: readonly string[]): number {
  if (files.includes('-')) return 1;
  if (options.jobs !== undefined) return Math.min(options.jobs, files.length);
  const cores = availableParallelism();
  return files.length >= minFilesForThreads && cores >= minCoresForThreads ? cores : 1;
}

/** A file as given, every *.json, *.jsonl, *.ndjson and *.log under a folder, or the files a glob matches (in a stable order). */
function expand(pattern: string, cwd: string): string[] {
  try {
    const stat = statSync(resolve(cwd, pattern));
    if (stat.isFile()) return [pattern];
    if (stat.isDirectory()) {
      return globSync('**/*.{json,jsonl,ndjson,log}', { cwd: resolve(cwd, pattern), ignore: ['**/node_modules/**'] })
        .sort()
        .map((f) => `${pattern.replace(/\/$/, '')}/${f}`);
    }
  } catch {
    // Not a path: try it as a glob.
  }
  return globSync(pattern, { cwd, ignore: ['**/node_modules/**'] }).sort();
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

if (isLintWorker()) {
  serveLintWorker();
} else if (require.main === module) {
  const output: CliOutput = { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) };
  runCli(process.argv.slice(2), output).then((code) => {
    process.exitCode = code;
  }, (error: unknown) => {
    process.stderr.write(`ocpp-lint: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
}
