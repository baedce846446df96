/**
 * What every converter produces from one input: observations with the place they came from, plus
 * whatever labels the input itself carries (CBS DataProperties, Swing Variables). The monitor
 * builder merges fragments and the publisher's metadata file into one document.
 */
import type {LocalizedText} from '../data/model.js';
import type {Place} from './cli-error.js';

/** The time dimension's id in every document this tool writes. */
export const PERIOD = 'period';

export interface RawObservation {
  readonly indicator: string;
  /** Category id by dimension id, `period` included (already a contract period id). */
  readonly coords: Readonly<Record<string, string>>;
  readonly value: number | null;
  readonly status?: string;
  /** Format extension: a note on this value. */
  readonly note?: LocalizedText;
  readonly place: Place;
}

/** Indicator facts an input knows (the metadata file wins over them). */
export interface IndicatorFacts {
  readonly label?: LocalizedText;
  readonly description?: LocalizedText;
  readonly unit?: string;
  readonly decimals?: number;
  /** Only monitor JSON inputs (to `--merge`) carry these. */
  readonly theme?: string;
  readonly sample?: boolean;
  readonly source?: {readonly name: LocalizedText; readonly url?: string};
  /** Format extensions `notes` and `view`, kept as given. */
  readonly notes?: readonly unknown[];
  readonly view?: string;
}

export interface Fragment {
  readonly observations: readonly RawObservation[];
  readonly indicators?: ReadonlyMap<string, IndicatorFacts>;
  /** Category labels by dimension id, then category id. */
  readonly categoryLabels?: ReadonlyMap<string, ReadonlyMap<string, LocalizedText>>;
  readonly dimensionLabels?: ReadonlyMap<string, LocalizedText>;
  /** A document title and source the input names (CBS TableInfos), used when metadata has none. */
  readonly title?: LocalizedText;
  readonly source?: {readonly name: LocalizedText; readonly url?: string};
  /** Themes a monitor JSON input declares, used when the metadata lists none. */
  readonly themes?: readonly {readonly id: string; readonly label: LocalizedText}[];
}
