/**
 * The publisher's small metadata file: what a CSV or an API response does not say (labels in
 * Dutch and English, units, decimals, themes, the source), plus per-format settings for CBS and
 * Swing. Read loosely here; the finished document is checked by the data layer's validator.
 *
 * {
 *   "id": "…", "title": {"nl": "…", "en": "…"}, "source": {"name": "…", "url": "https://…"},
 *   "updated": "2024-06-01", "themes": [{"id": "…", "label": {…}}],
 *   "dimensions": {"area": {"label": {…}, "categories": {"GM0546": "Leiden"}}},
 *   "indicators": {"population": {"label": {…}, "unit": "count", "decimals": 0, "theme": "…"}},
 *   "cbs": {…}, "swing": {…}
 * }
 */
import {isRecord, type JsonRecord} from '../data/json-path.js';
import type {LocalizedText} from '../data/model.js';
import {CliError} from './cli-error.js';
import {readJsonFile} from './io.js';

export interface DimensionMeta {
  readonly label?: LocalizedText;
  readonly role?: 'geo';
  /** Category labels, in the order the document should list them. */
  readonly categories: ReadonlyMap<string, LocalizedText>;
}

export interface Metadata {
  readonly file?: string;
  readonly document: JsonRecord;
  readonly dimensions: ReadonlyMap<string, DimensionMeta>;
  /** Indicator fields by id, in the order the document should list them. */
  readonly indicators: ReadonlyMap<string, JsonRecord>;
  /** Format settings (`cbs`, `swing`), left to the converters to read. */
  readonly formats: JsonRecord;
}

const DOCUMENT_FIELDS = ['id', 'title', 'source', 'updated', 'themes'] as const;

export const EMPTY_METADATA: Metadata = {document: {}, dimensions: new Map(), indicators: new Map(), formats: {}};

function readCategories(value: unknown, file: string, dimension: string): Map<string, LocalizedText> {
  const categories = new Map<string, LocalizedText>();
  if (value === undefined) return categories;
  // an object {id: label} is the short form; [{id, label}] is accepted as in monitor JSON
  const entries = Array.isArray(value)
    ? value.map((item) => (isRecord(item) ? [item.id, item.label ?? item.id] : [undefined, undefined]))
    : isRecord(value) ? Object.entries(value) : undefined;
  if (!entries) throw new CliError(`dimensions.${dimension}.categories must be an object {id: label} or a list`, {file});
  for (const [id, label] of entries) {
    if (typeof id !== 'string') throw new CliError(`dimensions.${dimension}.categories has an entry without an id`, {file});
    categories.set(id, label as LocalizedText);
  }
  return categories;
}

export function readMetadata(file: string | undefined): Metadata {
  if (file === undefined) return EMPTY_METADATA;
  const raw = readJsonFile(file);
  if (!isRecord(raw)) throw new CliError('the metadata file must hold a JSON object', {file});
  const document = Object.fromEntries(DOCUMENT_FIELDS.filter((key) => Object.hasOwn(raw, key)).map((key) => [key, raw[key]]));
  const dimensions = new Map<string, DimensionMeta>();
  for (const [id, value] of Object.entries(isRecord(raw.dimensions) ? raw.dimensions : {})) {
    if (!isRecord(value)) throw new CliError(`dimensions.${id} must be an object`, {file});
    dimensions.set(id, {
      ...(value.label === undefined ? {} : {label: value.label as LocalizedText}),
      ...(value.role === 'geo' ? {role: 'geo' as const} : {}),
      categories: readCategories(value.categories, file, id),
    });
  }
  const indicators = new Map<string, JsonRecord>();
  for (const [id, value] of Object.entries(isRecord(raw.indicators) ? raw.indicators : {})) {
    if (!isRecord(value)) throw new CliError(`indicators.${id} must be an object`, {file});
    indicators.set(id, value);
  }
  const formats = Object.fromEntries(['cbs', 'swing'].filter((key) => isRecord(raw[key])).map((key) => [key, raw[key]]));
  return {file, document, dimensions, indicators, formats};
}
