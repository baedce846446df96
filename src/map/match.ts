/**
 * Which map area shows which data area. A feature is matched by code: the first of its
 * `WK_CODE`, `BU_CODE`, `GM_CODE`, `statcode` or `id` properties, or its feature `id`, that is a
 * category id of the data's area dimension (CONTRACT §2). CBS files name districts `WK054600`,
 * neighbourhoods `BU05460000`, municipalities `GM0546`; PDOK uses the upper-case properties,
 * cartomap `statcode`.
 */
import type {AreaFeature} from './geo.js';

export const CODE_PROPERTIES = ['WK_CODE', 'BU_CODE', 'GM_CODE', 'statcode', 'id'] as const;
const NAME_PROPERTIES = ['WK_NAAM', 'BU_NAAM', 'GM_NAAM', 'statnaam', 'name', 'naam'] as const;

export interface AreaMatch {
  /** Per feature: the index of its data area, or -1 when the data has no area of that code. */
  readonly dataIndex: readonly number[];
  /** Per feature: its code (the matched one, else the first it has; '' when it has none). */
  readonly codes: readonly string[];
  /** Data area ids that no feature shows, in data order. */
  readonly unmatched: readonly string[];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** The codes a feature answers to, in the order they are tried. */
export function featureCodes(feature: AreaFeature): string[] {
  const props = feature.properties ?? {};
  return [...CODE_PROPERTIES.map((key) => props[key]), feature.id].map(text).filter((code): code is string => !!code);
}

/** A feature's own name, for areas the data does not label. */
export function featureName(feature: AreaFeature): string | undefined {
  const props = feature.properties ?? {};
  return NAME_PROPERTIES.map((key) => text(props[key])).find(Boolean);
}

/** Matches features to the data's area ids; see the module comment. */
export function matchAreas(features: readonly AreaFeature[], areaIds: readonly string[]): AreaMatch {
  const index = new Map(areaIds.map((id, i) => [id, i]));
  const shown = new Set<number>();
  const dataIndex: number[] = [];
  const codes: string[] = [];
  for (const feature of features) {
    const candidates = featureCodes(feature);
    const code = candidates.find((c) => index.has(c));
    const i = code === undefined ? -1 : (index.get(code) as number);
    if (i >= 0) shown.add(i);
    dataIndex.push(i);
    codes.push(code ?? candidates[0] ?? '');
  }
  return {dataIndex, codes, unmatched: areaIds.filter((_, i) => !shown.has(i))};
}
