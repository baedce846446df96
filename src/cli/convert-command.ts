/**
 * `leiden-monitor convert`: CSV, CBS, Swing (saved or live) and monitor JSON inputs → one
 * monitor JSON v1 document, checked with the data layer's validator before anything is written.
 */
import {extname, dirname, basename} from 'node:path';
import {isMonitorError} from '../data/errors.js';
import {isRecord} from '../data/json-path.js';
import {validateMonitor} from '../data/validate.js';
import {optionValue, parseArgs, type ParsedArgs} from './args.js';
import {buildMonitor} from './build-monitor.js';
import {CliError} from './cli-error.js';
import {convertCbs, isCbsData, type CbsFile} from './convert-cbs.js';
import {convertCsv} from './convert-csv.js';
import {convertMonitor} from './convert-monitor.js';
import {convertSwing} from './convert-swing.js';
import type {Fragment} from './fragment.js';
import {hintFor} from './hints.js';
import {parseJsonText, readText, stderrProgress, writeAtomic, type Progress} from './io.js';
import {locateJson, type JsonLocator} from './json-locate.js';
import {readMetadata, type Metadata} from './metadata.js';
import {fetchSwing} from './swing-fetch.js';
import {classifySwing, type SwingResponse} from './swing-responses.js';

const FORMATS = ['csv', 'cbs', 'swing', 'monitor'] as const;
type Format = (typeof FORMATS)[number];

const OPTIONS = {
  from: {value: true},
  meta: {value: true},
  out: {value: true},
  merge: {},
  quiet: {},
  url: {value: true},
  variable: {value: true},
  period: {value: true},
  geolevel: {value: true},
  periodlevel: {value: true},
  'api-key-env': {value: true},
} as const;

interface Input {
  readonly file: string;
  readonly format: Format;
  /** Parsed JSON (undefined for CSV). */
  readonly json?: unknown;
  readonly text: string;
}

/** A long-form CSV names its indicator column; a CBS export names none. */
const LONG_FORM_HEADER = /\b(indicator|indicatoren|variabele)\b/i;

/** Which converter reads `file`, from its content (or `--from`). */
function detectFormat(file: string, text: string, json: unknown): Format {
  if (json === undefined) return LONG_FORM_HEADER.test(text.split(/\r?\n/, 1)[0] ?? '') ? 'csv' : 'cbs';
  if (isRecord(json) && json.format === 'leiden-monitor') return 'monitor';
  if (isRecord(json) && Array.isArray(json.headers) && Array.isArray(json.rows)) return 'swing';
  const items = isRecord(json) && Array.isArray(json.value) ? json.value : undefined;
  const context = isRecord(json) ? String(json['@odata.context'] ?? '') : '';
  if (/jiveservices/i.test(context) || items?.some((item) => isRecord(item) && (Object.hasOwn(item, 'ExternalCode') || Object.hasOwn(item, 'ValueString')))) return 'swing';
  if (isRecord(json) && Object.hasOwn(json, 'class')) throw new CliError('JSON-stat is read by the widgets directly; it needs no conversion', {file}, 'check it with `leiden-monitor validate`');
  return 'cbs';
}

function readInput(file: string, forced: Format | undefined): Input {
  const text = readText(file);
  const isCsv = extname(file).toLowerCase() === '.csv' || extname(file).toLowerCase() === '.txt';
  const json = isCsv ? undefined : parseJsonText(text, file);
  return {file, text, format: forced ?? detectFormat(file, text, json), ...(isCsv ? {} : {json})};
}

function swingNaming(metadata: Metadata, file: string, args: ParsedArgs) {
  const files = isRecord(metadata.formats.swing) && isRecord(metadata.formats.swing.files) ? metadata.formats.swing.files : {};
  const entry = isRecord(files[basename(file)]) ? (files[basename(file)] as Record<string, unknown>) : {};
  const variable = typeof entry.variable === 'string' ? entry.variable : optionValue(args, 'variable');
  const period = typeof entry.period === 'string' ? entry.period : optionValue(args, 'period');
  return {...(variable ? {variable} : {}), ...(period ? {period} : {})};
}

async function liveSwing(args: ParsedArgs, progress: Progress): Promise<SwingResponse[]> {
  const url = optionValue(args, 'url') as string;
  if (!/^https?:\/\//.test(url)) throw new CliError(`--url must be an http(s) URL (got ${JSON.stringify(url)})`);
  const variables = (optionValue(args, 'variable') ?? '').split(',').filter((v) => v !== '');
  if (variables.length === 0) throw new CliError('--url needs --variable NAME[,NAME…]', {}, 'the variable names are the ExternalCode values of …/jiveservices/odata/Variables');
  const keyVariable = optionValue(args, 'api-key-env') ?? 'SWING_API_KEY';
  const apiKey = process.env[keyVariable];
  return fetchSwing({
    baseUrl: url,
    variables,
    geoLevel: optionValue(args, 'geolevel') ?? 'gemeente',
    periodLevel: optionValue(args, 'periodlevel') ?? 'year',
    periods: (optionValue(args, 'period') ?? '').split(',').filter((p) => p !== ''),
    ...(apiKey ? {apiKey} : {}),
  }, progress);
}

/** One fragment per CSV, monitor or CBS data file (with the CBS description files in its directory),
 *  and one for all Swing responses. */
async function fragmentsOf(inputs: readonly Input[], metadata: Metadata, args: ParsedArgs, progress: Progress): Promise<Fragment[]> {
  const fragments: Fragment[] = [];
  const locators = new Map<string, JsonLocator>();
  const locator = (input: Input) => {
    let found = locators.get(input.file);
    if (!found) locators.set(input.file, (found = locateJson(input.text)));
    return found;
  };
  const cbsTables = new Map<string, CbsFile[]>();
  const swing: SwingResponse[] = [];
  for (const input of inputs) {
    if (input.format === 'csv') fragments.push(convertCsv(input.text, input.file, metadata, progress));
    else if (input.format === 'monitor') fragments.push(convertMonitor(input.json, input.file, locator(input)));
    else if (input.format === 'swing') {
      swing.push(classifySwing(input.json, input.file, swingNaming(metadata, input.file, args)));
      locator(input);
    } else {
      const table = cbsTables.get(dirname(input.file)) ?? [];
      table.push(input.json === undefined ? {file: input.file, content: input.text, isCsv: true} : {file: input.file, content: input.json, isCsv: false, locate: locator(input)});
      cbsTables.set(dirname(input.file), table);
    }
  }
  for (const files of cbsTables.values()) {
    const descriptions = files.filter((file) => !isCbsData(file));
    const data = files.filter(isCbsData);
    if (data.length === 0) throw new CliError('CBS description files without a data file', {file: files.map((f) => f.file).join(', ')}, 'give the TypedDataSet (JSON or CSV) too');
    for (const file of data) fragments.push(convertCbs([file, ...descriptions], metadata, progress));
  }
  if (optionValue(args, 'url') !== undefined) swing.push(...(await liveSwing(args, progress)));
  if (swing.length > 0) fragments.push(convertSwing(swing, locators));
  return fragments;
}

export async function runConvert(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv.map((arg) => (arg === '-o' ? '--out' : arg)), OPTIONS, 'convert');
  const from = optionValue(args, 'from');
  if (from !== undefined && !(FORMATS as readonly string[]).includes(from)) throw new CliError(`--from must be one of ${FORMATS.join(', ')} (got ${JSON.stringify(from)})`);
  const progress = stderrProgress(args.flags.has('quiet'));
  const metadata = readMetadata(optionValue(args, 'meta'));
  if (args.positionals.length === 0 && optionValue(args, 'url') === undefined) {
    throw new CliError('convert needs input files (or --url for a live Swing instance)', {}, 'leiden-monitor convert data.csv --meta meta.json --out monitor.json');
  }
  const inputs = args.positionals.map((file) => readInput(file, from as Format | undefined));
  const fragments = await fragmentsOf(inputs, metadata, args, progress);
  if (fragments.length > 1 && !args.flags.has('merge')) {
    throw new CliError(`${fragments.length} separate inputs given`, {}, 'pass --merge to combine them into one monitor (CBS DataProperties, TableInfos and dimension tables belong to the data file in their directory and do not count)');
  }
  const doc = buildMonitor(fragments, metadata);
  try {
    validateMonitor(doc);
  } catch (error) {
    if (!isMonitorError(error)) throw error;
    throw new CliError(`the converted document is not valid monitor JSON: ${error.message}`, metadata.file === undefined ? {} : {file: metadata.file}, `${hintFor(error.message)} (labels, units, themes and the source come from the metadata file)`);
  }
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  const out = optionValue(args, 'out');
  const indicators = (doc.indicators as unknown[]).length;
  const observations = (doc.indicators as {observations: unknown[]}[]).reduce((sum, indicator) => sum + indicator.observations.length, 0);
  if (out === undefined || out === '-') process.stdout.write(text);
  else writeAtomic(out, text);
  progress(`${out ?? 'stdout'}: ${indicators} indicator${indicators === 1 ? '' : 's'}, ${observations} observations`);
  return 0;
}
