/**
 * The normalised, immutable monitor model. Monitor JSON v1 and JSON-stat 2.0 both end up here,
 * so everything after loading (filtering, charts, tables) reads one shape.
 *
 * Objects are frozen by `normalize()`; the types say `readonly` so the compiler agrees.
 */

/** Text by language (`{nl: '…', en: '…'}`) or one plain string for every language. */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** The contract's error codes (CONTRACT §2, `monitor-error`). */
export const ERROR_CODES = ['network', 'http', 'parse', 'schema', 'not-found', 'empty'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Units documented in the README; any other string is accepted and shown as-is after the value. */
export const KNOWN_UNITS = ['percent', 'count', 'ratio', 'per-1000', 'currency-eur', 'index', 'years'] as const;

export interface Category {
  readonly id: string;
  readonly label: LocalizedText;
  /** Position in the dimension's order (chronological for time dimensions). */
  readonly index: number;
}

export interface Dimension {
  readonly id: string;
  readonly label: LocalizedText;
  /** `time` for the period dimension; JSON-stat may also give `geo` or `metric`. */
  readonly role?: 'time' | 'geo' | 'metric';
  /** Ordered categories. For a time dimension without declared categories they are the periods
   *  the observations use, sorted chronologically. */
  readonly categories: readonly Category[];
  readonly categoryById: ReadonlyMap<string, Category>;
}

export interface Observation {
  /** Category id per dimension id of the indicator. */
  readonly coords: Readonly<Record<string, string>>;
  /** A finite number, or null when missing. Never coerced. */
  readonly value: number | null;
  /** Why a value is missing (or a flag on a present one), e.g. `confidential`. */
  readonly status?: string;
  /** Extension to CONTRACT §3: a footnote on this one value. */
  readonly note?: LocalizedText;
}

/** Extension to CONTRACT §3: kinds of indicator notes. */
export const NOTE_KINDS = ['definition', 'break', 'note'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** Extension to CONTRACT §3: how `<leiden-monitor>` shows an indicator, overriding its choice. */
export const INDICATOR_VIEWS = ['chart', 'kpi', 'map', 'table'] as const;
export type IndicatorView = (typeof INDICATOR_VIEWS)[number];

/**
 * Extension to CONTRACT §3: a note on an indicator. A `break` with a `period` marks a break in
 * the series from that period on (e.g. a new classification).
 */
export interface Note {
  readonly id?: string;
  readonly text: LocalizedText;
  readonly period?: string;
  readonly kind?: NoteKind;
}

export interface Indicator {
  readonly id: string;
  readonly theme?: string;
  readonly label: LocalizedText;
  readonly description?: LocalizedText;
  /** `percent` | `count` | `ratio` | `per-1000` | `currency-eur` | … (see KNOWN_UNITS). */
  readonly unit?: string;
  /** Fixed number of decimals to show; absent: Intl's default. */
  readonly decimals?: number;
  /** Dimension ids, in the order the document gave. */
  readonly dimensions: readonly string[];
  readonly observations: readonly Observation[];
  /** Extension to CONTRACT §3: an indicator-level source that overrides the document's. */
  readonly source?: Source;
  /** Extension to CONTRACT §3: `true` marks invented sample data; every view labels it
   *  "voorbeelddata / sample data" visibly. */
  readonly sample?: boolean;
  /** Extension to CONTRACT §3: definitions, breaks in the series and other notes. */
  readonly notes?: readonly Note[];
  /** Extension to CONTRACT §3: `<leiden-monitor>` shows the indicator this way. */
  readonly view?: IndicatorView;
  /** Look an observation up by its coordinates (all of the indicator's dimensions). */
  observation(coords: Readonly<Record<string, string>>): Observation | undefined;
}

export interface Source {
  readonly name: LocalizedText;
  /** Only http(s) URLs survive validation. */
  readonly url?: string;
}

export interface Theme {
  readonly id: string;
  readonly label: LocalizedText;
}

export interface MonitorModel {
  readonly id?: string;
  readonly title?: LocalizedText;
  readonly source?: Source;
  readonly updated?: string;
  readonly themes: readonly Theme[];
  readonly dimensions: ReadonlyMap<string, Dimension>;
  readonly indicators: readonly Indicator[];
  readonly indicatorById: ReadonlyMap<string, Indicator>;
}

/** `dim=value` pairs parsed from the `filter` attribute: dimension id → allowed category ids. */
export type Filter = ReadonlyMap<string, readonly string[]>;

/**
 * What one chart, table or KPI shows: an indicator cut down by `filter` to at most two free
 * dimensions, as a dense matrix `values[series][category]`.
 */
export interface View {
  readonly indicator: Indicator;
  /** The dimension along the axis (the period when it varies). */
  readonly categoryDimension: Dimension;
  readonly categories: readonly Category[];
  /** The dimension that forms the series; absent when there is one series. */
  readonly seriesDimension?: Dimension;
  /** One entry per series; a single pseudo-series (id '') when there is no series dimension. */
  readonly series: readonly Category[];
  /** values[s][c]: finite number or null (missing). */
  readonly values: readonly (readonly (number | null)[])[];
  /** statuses[s][c]: the observation's status, if any. */
  readonly statuses: readonly (readonly (string | undefined)[])[];
  /** notes[s][c]: the observation's note, if any (extension). */
  readonly notes?: readonly (readonly (LocalizedText | undefined)[])[];
  /** Dimensions held at one category (by the filter, or because only one was left). */
  readonly fixed: readonly {readonly dimension: Dimension; readonly category: Category}[];
}
