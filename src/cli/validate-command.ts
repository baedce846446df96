/**
 * `leiden-monitor validate FILE…`: checks monitor JSON v1 and JSON-stat 2.0 files and prints
 * every problem with its path, line, column and a hint. Exit status 1 when any file has one.
 */
import {isMonitorError} from '../data/errors.js';
import {isJsonStatDocument} from '../data/jsonstat-detect.js';
import {toModel} from '../data/to-model.js';
import {parseArgs} from './args.js';
import {CliError, formatPlace} from './cli-error.js';
import {collectProblems} from './collect-problems.js';
import {hintFor} from './hints.js';
import {parseJsonText, readText} from './io.js';
import {locateJson} from './json-locate.js';

export interface FileReport {
  readonly file: string;
  readonly format?: 'monitor' | 'json-stat';
  /** Indicators in a valid file. */
  readonly indicators?: number;
  readonly problems: readonly {
    readonly path?: string;
    readonly line?: number;
    readonly column?: number;
    readonly message: string;
    readonly hint?: string;
  }[];
}

function problemsOf(doc: unknown, text: string): Pick<FileReport, 'format' | 'problems' | 'indicators'> {
  const locator = locateJson(text);
  const located = (path: string, message: string) => ({path, ...locator.locate(path), message, hint: hintFor(message)});
  if (isJsonStatDocument(doc)) {
    // the JSON-stat reader has no partial mode: its first problem is all we can report
    try {
      return {format: 'json-stat', indicators: toModel(doc).indicators.length, problems: []};
    } catch (error) {
      if (!isMonitorError(error)) throw error;
      return {format: 'json-stat', problems: [located(error.path ?? '', error.message)]};
    }
  }
  const problems = collectProblems(doc)
    .map((problem) => located(problem.path, problem.message))
    .sort((a, b) => a.line - b.line || a.column - b.column);
  const count = problems.length === 0 ? toModel(doc).indicators.length : undefined;
  return {format: 'monitor', problems, ...(count === undefined ? {} : {indicators: count})};
}

export function validateFile(file: string): FileReport {
  try {
    const text = readText(file);
    return {file, ...problemsOf(parseJsonText(text, file), text)};
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    const {line, column} = error.place;
    return {file, problems: [{...(line === undefined ? {} : {line}), ...(column === undefined ? {} : {column}), message: error.message, ...(error.hint ? {hint: error.hint} : {})}]};
  }
}

function describeReport(report: FileReport): string {
  if (report.problems.length === 0) {
    const kind = report.format === 'json-stat' ? 'JSON-stat 2.0 dataset' : 'monitor JSON v1';
    return `${report.file}: ok (${kind}, ${report.indicators} indicator${report.indicators === 1 ? '' : 's'})\n`;
  }
  const lines = report.problems.map((problem) => {
    const where = formatPlace({file: report.file, ...(problem.line ? {line: problem.line} : {}), ...(problem.column ? {column: problem.column} : {})});
    return `${where}: ${problem.message}${problem.hint ? `\n  hint: ${problem.hint}` : ''}`;
  });
  const count = report.problems.length;
  return `${lines.join('\n')}\n${report.file}: ${count} problem${count === 1 ? '' : 's'}\n`;
}

export function runValidate(argv: readonly string[]): number {
  const args = parseArgs(argv, {json: {}}, 'validate');
  if (args.positionals.length === 0) throw new CliError('validate needs at least one file', {}, 'leiden-monitor validate data/monitor.json');
  const reports = args.positionals.map(validateFile);
  const ok = reports.every((report) => report.problems.length === 0);
  if (args.flags.has('json')) process.stdout.write(`${JSON.stringify({ok, files: reports}, null, 2)}\n`);
  else process.stdout.write(reports.map(describeReport).join(''));
  return ok ? 0 : 1;
}
