/**
 * `leiden-monitor embed --src URL --indicator ID [--lang nl]`: reads the document (from `--data
 * FILE`, else from `--src` itself, a URL or a local path) and prints the snippet to paste.
 */
import {readFileSync} from 'node:fs';
import {isMonitorError} from '../data/errors.js';
import {parseFilter} from '../data/filter.js';
import {toModel} from '../data/to-model.js';
import {selectView} from '../data/view.js';
import {optionValue, parseArgs} from './args.js';
import {CliError} from './cli-error.js';
import {parseJsonText, readText} from './io.js';
import {renderSnippet} from './embed-snippet.js';

const OPTIONS = {src: {value: true}, indicator: {value: true}, lang: {value: true}, data: {value: true}, filter: {value: true}, type: {value: true}, script: {value: true}, 'no-script': {}} as const;

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version?: string};
    return pkg.version ?? 'latest';
  } catch {
    return 'latest';
  }
}

async function readDocument(src: string, dataFile: string | undefined): Promise<unknown> {
  if (dataFile !== undefined) return parseJsonText(readText(dataFile), dataFile);
  if (!/^https?:\/\//.test(src)) return parseJsonText(readText(src), src);
  let response: Response;
  try {
    response = await fetch(src, {headers: {accept: 'application/json'}});
  } catch (error) {
    throw new CliError(`cannot reach ${src}: ${String((error as Error).cause ?? (error as Error).message)}`, {}, 'or give a local copy with --data FILE');
  }
  if (!response.ok) throw new CliError(`${src} answered HTTP ${response.status}`, {}, 'or give a local copy with --data FILE');
  return parseJsonText(await response.text(), src);
}

export async function runEmbed(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, OPTIONS, 'embed');
  const src = optionValue(args, 'src');
  const indicator = optionValue(args, 'indicator');
  if (!src || !indicator) throw new CliError('embed needs --src URL and --indicator ID', {}, 'leiden-monitor embed --src https://example.org/data/monitor.json --indicator population --lang nl');
  const lang = optionValue(args, 'lang') ?? 'nl';
  const filter = optionValue(args, 'filter');
  const type = optionValue(args, 'type');
  const doc = await readDocument(src, optionValue(args, 'data'));
  try {
    const model = toModel(doc);
    const view = selectView(model, {indicator, filter: parseFilter(filter)});
    const script = args.flags.has('no-script') ? undefined : (optionValue(args, 'script') ?? `https://cdn.jsdelivr.net/npm/leiden-monitor-widgets@${packageVersion()}/dist/leiden-widgets.js`);
    process.stdout.write(renderSnippet(model, view, {src, indicator, lang, ...(script ? {script} : {}), ...(filter ? {filter} : {}), ...(type ? {type} : {})}));
    return 0;
  } catch (error) {
    if (isMonitorError(error)) throw new CliError(error.message, {file: optionValue(args, 'data') ?? src}, error.code === 'schema' ? 'run `leiden-monitor validate` on the file' : undefined);
    throw error;
  }
}
