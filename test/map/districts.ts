/**
 * Monitor documents by Leiden district for the map tests. Invented numbers: test data, not
 * Leiden's figures (the real 2017 shares are in demo/data/).
 */
export const WIJKEN = [
  ['WK054600', 'Binnenstad-Zuid'],
  ['WK054601', 'Binnenstad-Noord'],
  ['WK054602', 'Stationsdistrict'],
  ['WK054603', 'Leiden-Noord'],
  ['WK054604', 'Roodenburgerdistrict'],
  ['WK054605', 'Bos- en Gasthuisdistrict'],
  ['WK054606', 'Morsdistrict'],
  ['WK054607', 'Boerhaavedistrict'],
  ['WK054608', 'Merenwijkdistrict'],
  ['WK054609', 'Stevenshofdistrict'],
] as const;

/** 2017 values per district in WIJKEN order (null: missing); 2016 is all 1 (an older period). */
export const VALUES_2017 = [11.5, 14, 13, 25, 9, 21, 18, 16, 20, null] as const;

export interface DistrictsOptions {
  /** Also an observation for Leiden as a whole (GM0546), which has no district shape. */
  withCity?: boolean;
  /** A second group (split by `group`), with other values. */
  withGroups?: boolean;
  /** Name the area dimension `wijk` with role `geo` instead of `area`. */
  geoRole?: boolean;
}

export function districtsMonitor({withCity = false, withGroups = false, geoRole = false}: DistrictsOptions = {}) {
  const area = geoRole ? 'wijk' : 'area';
  const areas = [...WIJKEN.map(([id, label]) => ({id, label})), ...(withCity ? [{id: 'GM0546', label: 'Leiden'}] : [])];
  const groups = withGroups ? ['non-western', 'western'] : [];
  const observations: Record<string, unknown>[] = [];
  for (const period of ['2016', '2017']) {
    for (const [g, group] of (withGroups ? groups : [undefined]).entries()) {
      WIJKEN.forEach(([id], i) => {
        const base = period === '2016' ? 1 : VALUES_2017[i];
        const value = base === null ? null : base + 100 * g;
        observations.push({period, [area]: id, ...(group ? {group} : {}), value, ...(value === null ? {status: 'confidential'} : {})});
      });
      if (withCity) observations.push({period, [area]: 'GM0546', ...(group ? {group} : {}), value: period === '2016' ? 1 : 16});
    }
  }
  return {
    format: 'leiden-monitor',
    version: 1,
    title: {nl: 'Wijken', en: 'Districts'},
    source: {name: {nl: 'Testbron', en: 'Test source'}, url: 'https://example.org/bron'},
    updated: '2024-06-01',
    dimensions: {
      period: {label: {nl: 'Jaar', en: 'Year'}, role: 'time'},
      [area]: {label: {nl: 'Wijk', en: 'District'}, ...(geoRole ? {role: 'geo'} : {}), categories: areas},
      ...(withGroups
        ? {
            group: {
              label: {nl: 'Groep', en: 'Group'},
              categories: [
                {id: 'non-western', label: {nl: 'Niet-westers', en: 'Non-western'}},
                {id: 'western', label: {nl: 'Westers', en: 'Western'}},
              ],
            },
          }
        : {}),
    },
    indicators: [
      {
        id: 'share',
        label: {nl: 'Aandeel met migratieachtergrond', en: 'Share with a migration background'},
        unit: 'percent',
        decimals: 1,
        dimensions: ['period', area, ...(withGroups ? ['group'] : [])],
        observations,
      },
    ],
  };
}
