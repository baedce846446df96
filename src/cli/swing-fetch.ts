/**
 * Fetches Swing responses live (`convert --from swing --url https://leiden.incijfers.nl/jiveservices/odata/`).
 * The API key, when the instance needs one, is read from an environment variable and sent as the
 * `apikey` header: never put in a URL, a message or the output. Follows `@odata.nextLink` pages.
 */
import {isRecord, type JsonRecord} from '../data/json-path.js';
import {CliError} from './cli-error.js';
import type {Progress} from './io.js';
import type {SwingResponse} from './swing-responses.js';

export interface SwingRequest {
  readonly baseUrl: string;
  readonly variables: readonly string[];
  readonly geoLevel: string;
  readonly periodLevel: string;
  /** Period codes; empty: the most recent one per variable. */
  readonly periods: readonly string[];
  /** The key itself (from the environment), or undefined. */
  readonly apiKey?: string;
}

const quote = (id: string) => `('${encodeURIComponent(id.replaceAll("'", "''"))}')`;

/** A URL fit for messages: query values that look like secrets blanked. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    for (const key of [...parsed.searchParams.keys()]) if (/key|token|secret|password/i.test(key)) parsed.searchParams.set(key, '***');
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return '(invalid URL)';
  }
}

async function getJson(url: string, apiKey: string | undefined): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {headers: {accept: 'application/json', ...(apiKey ? {apikey: apiKey} : {})}});
  } catch (error) {
    throw new CliError(`cannot reach ${redact(url)}: ${(error as Error).cause ?? (error as Error).message}`, {}, 'check the --url and your network');
  }
  if (!response.ok) {
    const hint = response.status === 401 || response.status === 403 ? 'this instance needs an API key: set it in the environment variable named by --api-key-env (default SWING_API_KEY)' : 'check the variable, geo level and period names';
    throw new CliError(`${redact(url)} answered HTTP ${response.status}`, {}, hint);
  }
  try {
    return await response.json();
  } catch {
    throw new CliError(`${redact(url)} did not answer with JSON`, {});
  }
}

/** All items of a (paged) OData list; a single entity comes back as a list of one. */
async function getList(url: string, apiKey: string | undefined): Promise<JsonRecord[]> {
  const items: JsonRecord[] = [];
  const origin = new URL(url).origin;
  for (let next: string | undefined = url; next !== undefined; ) {
    const body = await getJson(next, apiKey);
    if (isRecord(body) && Array.isArray(body.value)) items.push(...body.value.filter(isRecord));
    else if (isRecord(body)) items.push(body);
    const link: unknown = isRecord(body) ? body['@odata.nextLink'] : undefined;
    // the key goes only to the instance we were pointed at
    next = typeof link === 'string' && new URL(link, next).origin === origin ? new URL(link, next).toString() : undefined;
  }
  return items;
}

export async function fetchSwing(request: SwingRequest, progress: Progress): Promise<SwingResponse[]> {
  const base = request.baseUrl.endsWith('/') ? request.baseUrl : `${request.baseUrl}/`;
  const url = (path: string) => new URL(path, base).toString();
  const {apiKey} = request;
  const responses: SwingResponse[] = [];
  const geoItems = url(`GeoLevels${quote(request.geoLevel)}/GeoItems`);
  progress(`fetching ${redact(geoItems)}`);
  responses.push({kind: 'geo-items', file: redact(geoItems), items: await getList(geoItems, apiKey)});
  for (const variable of request.variables) {
    const variableUrl = url(`Variables${quote(variable)}`);
    responses.push({kind: 'variables', file: redact(variableUrl), items: await getList(variableUrl, apiKey)});
    const levels = `Variables${quote(variable)}/GeoLevels${quote(request.geoLevel)}/PeriodLevels${quote(request.periodLevel)}`;
    let periods = request.periods;
    if (periods.length === 0) {
      const listed = (await getList(url(`${levels}/Periods`), apiKey)).map((item) => String(item.ExternalCode ?? '')).filter((code) => code !== '');
      if (listed.length === 0) throw new CliError(`no periods for ${variable} at ${request.geoLevel}/${request.periodLevel}`, {});
      periods = [listed.sort()[listed.length - 1] as string];
    }
    for (const period of periods) {
      const valuesUrl = url(`${levels}/Periods${quote(period)}/Values`);
      progress(`fetching ${redact(valuesUrl)}`);
      responses.push({kind: 'values', file: redact(valuesUrl), variable, period, items: await getList(valuesUrl, apiKey)});
    }
  }
  return responses;
}
