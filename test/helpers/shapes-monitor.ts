/**
 * A monitor document with a KPI, a chart and a map indicator in two themes, for the accessibility
 * tests of <leiden-monitor>. Invented numbers: test data, not Leiden's figures.
 */
const DISTRICTS = ['WK054600', 'WK054601', 'WK054602', 'WK054603', 'WK054604', 'WK054605', 'WK054606', 'WK054607', 'WK054608', 'WK054609'];
const PERIODS = ['2018', '2019', '2020', '2021', '2022', '2023'];

/** One indicator of each shape in two themes (invented numbers: test data). */
export function shapesMonitor() {
  return {
    format: 'leiden-monitor',
    version: 1,
    id: 'shapes',
    title: {nl: 'Testmonitor', en: 'Test monitor'},
    source: {name: {nl: 'Testbron', en: 'Test source'}, url: 'https://example.org/bron'},
    updated: '2024-06-01',
    themes: [
      {id: 'population', label: {nl: 'Bevolking', en: 'Population'}},
      {id: 'districts', label: {nl: 'Wijken', en: 'Districts'}},
    ],
    dimensions: {
      period: {label: {nl: 'Jaar', en: 'Year'}, role: 'time'},
      area: {label: {nl: 'Gebied', en: 'Area'}, role: 'geo', categories: [{id: 'GM0546', label: 'Leiden'}, ...DISTRICTS.map((id, i) => ({id, label: `Wijk ${i}`}))]},
    },
    indicators: [
      {
        id: 'share',
        theme: 'population',
        label: {nl: 'Aandeel internationals', en: 'Share of internationals'},
        description: {nl: 'Inwoners met een niet-Nederlandse nationaliteit.', en: 'Residents with a non-Dutch nationality.'},
        unit: 'percent',
        decimals: 1,
        dimensions: ['period', 'area'],
        observations: [
          {period: '2021', area: 'GM0546', value: 11.2},
          {period: '2022', area: 'GM0546', value: 11.6},
          {period: '2023', area: 'GM0546', value: 13.1},
        ],
      },
      {
        id: 'population',
        theme: 'population',
        label: {nl: 'Inwoners', en: 'Residents'},
        unit: 'count',
        dimensions: ['period', 'area'],
        observations: PERIODS.map((period, i) => ({period, area: 'GM0546', value: 120000 + 1000 * i})),
      },
      {
        id: 'by-district',
        theme: 'districts',
        label: {nl: 'Aandeel per wijk', en: 'Share by district'},
        unit: 'percent',
        dimensions: ['period', 'area'],
        observations: DISTRICTS.map((area, i) => ({period: '2023', area, value: 10 + i})),
      },
    ],
  };
}
