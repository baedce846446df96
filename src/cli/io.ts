/**
 * Files in and out: reading with errors that name the file, parsing JSON with a line and column
 * on failure, and writing atomically (a temporary file in the same directory, then a rename), so
 * a failed run never leaves a half-written monitor where a site would serve it.
 */
import {readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import {CliError} from './cli-error.js';
import {JsonSyntaxError, locateJson} from './json-locate.js';

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String((error as Error).message);
    throw new CliError(`cannot read the file: ${reason}`, {file});
  }
}

/** JSON.parse, but a syntax error names the file, line and column (found by the locator). */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      locateJson(text);
    } catch (error) {
      if (error instanceof JsonSyntaxError) {
        throw new CliError(`not valid JSON: ${error.message}`, {file, ...error.position}, 'a truncated download or a hand edit is the usual cause; compare with the original');
      }
      throw error;
    }
    throw new CliError('not valid JSON', {file});
  }
}

export function readJsonFile(file: string): unknown {
  return parseJsonText(readText(file), file);
}

/** Writes `text` to `file` via a temporary sibling and a rename (atomic on one file system). */
export function writeAtomic(file: string, text: string): void {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, {force: true});
    throw new CliError(`cannot write the output: ${(error as Error).message}`, {file});
  }
}

/** Progress for long conversions, on stderr so stdout stays clean for the output itself. */
export interface Progress {
  (message: string): void;
}

export function stderrProgress(quiet: boolean): Progress {
  return quiet ? () => undefined : (message) => process.stderr.write(`leiden-monitor: ${message}\n`);
}
