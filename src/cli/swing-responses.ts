/**
 * Responses of Swing's Open Data Service (Leiden in Cijfers and other `*.incijfers.nl` sites run
 * Swing by ABF Research), told apart by content. OData v4 under `/jiveservices/odata/`: lists in
 * a `value` array of `{ExternalCode, Name}` (`Variables`, `GeoLevels('…')/GeoItems`,
 * `PeriodLevels`, `…/Periods`) and `…/Periods('2023')/Values` with `{ExternalCode, ValueString}`
 * (the area's code and the number as text, empty when missing). Also the selection-table export
 * `selectiontableasjson.ashx`: `{headers: [{name, type}], rows: [[area, period, value], …]}`.
 *
 * What a saved file does not say itself (which variable and period a `Values` response holds)
 * comes from its `@odata.context`, from metadata `"swing": {"files": {"name.json": {"variable":
 * …, "period": …}}}`, or from the `--variable` and `--period` options.
 */
import {basename} from 'node:path';
import {isRecord, type JsonRecord} from '../data/json-path.js';
import {CliError} from './cli-error.js';

export type SwingResponse =
  | {readonly kind: 'values'; readonly file: string; readonly variable: string; readonly period: string; readonly items: readonly JsonRecord[]}
  | {readonly kind: 'table'; readonly file: string; readonly variable: string; readonly label?: string; readonly rows: readonly unknown[][]}
  | {readonly kind: 'variables' | 'geo-items' | 'ignored'; readonly file: string; readonly items: readonly JsonRecord[]};

export interface Naming {
  readonly variable?: string;
  readonly period?: string;
}

const LIST_KINDS: readonly (readonly [RegExp, 'variables' | 'geo-items' | 'ignored'])[] = [
  [/GeoItems/i, 'geo-items'],
  [/Variables(?!\(.*\)\/)/i, 'variables'],
  [/PeriodLevels|Periods|GeoLevels|Dimensions|DimLevels|DimMembers/i, 'ignored'],
];

/** `Variables('x')/…/Periods('2023')/Values` → {variable: x, period: 2023}, from a URL or context. */
export function namingFromPath(path: string): Naming {
  const variable = /Variables\('([^']+)'\)/.exec(path)?.[1];
  const period = /Periods\('([^']+)'\)/.exec(path)?.[1];
  return {...(variable ? {variable: decodeURIComponent(variable)} : {}), ...(period ? {period: decodeURIComponent(period)} : {})};
}

export function classifySwing(content: unknown, file: string, naming: Naming): SwingResponse {
  if (isRecord(content) && Array.isArray(content.headers) && Array.isArray(content.rows)) {
    const variable = naming.variable;
    if (!variable) throw new CliError('a selection table does not name its variable', {file}, 'say which with --variable NAME, or "swing": {"files": {"<file name>": {"variable": "NAME"}}} in the metadata');
    const header = content.headers[2];
    const label = isRecord(header) && typeof header.name === 'string' ? header.name : undefined;
    return {kind: 'table', file, variable, ...(label ? {label} : {}), rows: content.rows as unknown[][]};
  }
  const items = isRecord(content) && Array.isArray(content.value) ? content.value : undefined;
  if (!items || !items.every(isRecord)) {
    throw new CliError('not a Swing response this tool knows (an OData "value" list or a selection table)', {file}, 'save responses of /jiveservices/odata/… as they come');
  }
  const context = typeof (content as JsonRecord)['@odata.context'] === 'string' ? ((content as JsonRecord)['@odata.context'] as string) : '';
  if (items.some((item) => Object.hasOwn(item, 'ValueString')) || /\/Values$|#Values/.test(context)) {
    const fromContext = namingFromPath(context);
    const variable = naming.variable ?? fromContext.variable;
    const period = naming.period ?? fromContext.period;
    if (!variable || !period) {
      throw new CliError(`a Values response without its ${variable ? 'period' : 'variable'}`, {file}, 'say which with --variable NAME --period 2023, or "swing": {"files": {"<file name>": {"variable": …, "period": …}}} in the metadata');
    }
    return {kind: 'values', file, variable, period, items: items as JsonRecord[]};
  }
  const where = `${context} ${basename(file)}`;
  const kind = LIST_KINDS.find(([pattern]) => pattern.test(where))?.[1];
  if (!kind) throw new CliError('cannot tell which Swing list this is (Variables, GeoItems, …)', {file}, 'keep the endpoint in the file name, e.g. Variables.json or GeoItems-wijk.json');
  return {kind, file, items: items as JsonRecord[]};
}
