/**
 * Small monitor documents for element tests. Invented numbers: test data, not Leiden's figures.
 */
export function timeSeriesMonitor(values: (number | null)[] = [10.5, 11.2, null, 13.1], unit = 'percent') {
  const periods = ['2020', '2021', '2022', '2023'].slice(0, values.length);
  return {
    format: 'leiden-monitor',
    version: 1,
    id: 'test',
    title: {nl: 'Testmonitor', en: 'Test monitor'},
    source: {name: {nl: 'Testbron', en: 'Test source'}, url: 'https://example.org/bron'},
    updated: '2024-06-01',
    dimensions: {
      period: {label: {nl: 'Jaar', en: 'Year'}, role: 'time'},
      area: {label: {nl: 'Gebied', en: 'Area'}, categories: [{id: 'GM0546', label: 'Leiden'}]},
    },
    indicators: [
      {
        id: 'share',
        label: {nl: 'Aandeel internationals', en: 'Share of internationals'},
        description: {nl: 'Inwoners met een niet-Nederlandse nationaliteit, als deel van alle inwoners.', en: 'Residents with a non-Dutch nationality, as a share of all residents.'},
        unit,
        decimals: 1,
        dimensions: ['period', 'area'],
        observations: periods.map((period, i) =>
          values[i] === null
            ? {period, area: 'GM0546', value: null, status: 'confidential'}
            : {period, area: 'GM0546', value: values[i]},
        ),
      },
    ],
  };
}

export const GROUPS = ['students', 'knowledge-workers', 'labour-migrants'] as const;

/** period × group counts, for grouped/stacked charts and series. */
export function groupsMonitor(negative = false) {
  const periods = ['2021', '2022', '2023'];
  return {
    format: 'leiden-monitor',
    version: 1,
    title: 'Groepen',
    source: {name: 'Testbron', url: 'https://example.org/'},
    dimensions: {
      period: {label: {nl: 'Jaar', en: 'Year'}, role: 'time'},
      group: {
        label: {nl: 'Groep', en: 'Group'},
        categories: [
          {id: 'students', label: {nl: 'Internationale studenten', en: 'International students'}},
          {id: 'knowledge-workers', label: {nl: 'Kenniswerkers', en: 'Knowledge workers'}},
          {id: 'labour-migrants', label: {nl: 'Arbeidsmigranten', en: 'Labour migrants'}},
        ],
      },
    },
    indicators: [
      {
        id: 'groups',
        label: {nl: 'Internationals per groep', en: 'Internationals by group'},
        unit: 'count',
        dimensions: ['period', 'group'],
        observations: periods.flatMap((period, p) =>
          GROUPS.map((group, g) => ({period, group, value: (negative && g === 2 ? -1 : 1) * (1000 + 100 * p + 10 * g)})),
        ),
      },
    ],
  };
}

/** Areas with long names, one period: a horizontal bar chart. */
export function areasMonitor() {
  const areas = [
    ['WK054600', 'Binnenstad-Zuid'],
    ['WK054601', 'Binnenstad-Noord'],
    ['WK054602', 'Stationsdistrict en een wijk met een uitzonderlijk lange naam die niet past'],
  ];
  return {
    format: 'leiden-monitor',
    version: 1,
    dimensions: {
      period: {label: 'Jaar', role: 'time'},
      area: {label: {nl: 'Wijk', en: 'District'}, categories: areas.map(([id, label]) => ({id, label}))},
    },
    indicators: [
      {
        id: 'background',
        label: {nl: 'Migratieachtergrond per wijk', en: 'Migration background by district'},
        unit: 'percent',
        decimals: 0,
        dimensions: ['period', 'area'],
        observations: areas.map(([area], i) => ({period: '2017', area, value: [28, 31, -4][i]})),
      },
    ],
  };
}

/** period × `count` groups (`g0`, `g1` …), for charts with many series (more than the six marker
 *  shapes, say). */
export function manySeriesMonitor(count: number) {
  const groups = Array.from({length: count}, (_, g) => `g${g}`);
  const periods = ['2020', '2021', '2022'];
  return {
    format: 'leiden-monitor',
    version: 1,
    title: 'Reeksen',
    source: {name: 'Testbron', url: 'https://example.org/'},
    dimensions: {
      period: {label: 'Jaar', role: 'time'},
      group: {label: 'Groep', categories: groups.map((id) => ({id, label: `Groep ${id}`}))},
    },
    indicators: [
      {
        id: 'lines',
        label: 'Lijnen',
        unit: 'count',
        dimensions: ['period', 'group'],
        observations: periods.flatMap((period, p) => groups.map((group, g) => ({period, group, value: 100 * g + 30 * p}))),
      },
    ],
  };
}
