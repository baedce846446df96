/**
 * A valid monitor JSON v1 document for the data tests (invented numbers: voorbeelddata / sample
 * data). Every call returns a fresh copy, so a test can break one field without touching others.
 */
export interface SampleMonitor {
  [key: string]: unknown;
  dimensions: Record<string, Record<string, unknown>>;
  indicators: Record<string, unknown>[];
}

const SAMPLE = {
  format: 'leiden-monitor',
  version: 1,
  id: 'sample',
  title: {nl: 'Voorbeeldmonitor (voorbeelddata / sample data)', en: 'Sample monitor (voorbeelddata / sample data)'},
  source: {name: {nl: 'Gemeente Leiden', en: 'Municipality of Leiden'}, url: 'https://www.leiden.nl/'},
  updated: '2024-06-01',
  themes: [
    {id: 'population', label: {nl: 'Bevolking', en: 'Population'}},
    {id: 'education', label: {nl: 'Onderwijs', en: 'Education'}},
  ],
  dimensions: {
    period: {label: {nl: 'Periode', en: 'Period'}, role: 'time'},
    group: {
      label: {nl: 'Groep', en: 'Group'},
      categories: [
        {id: 'students', label: {nl: 'Studenten', en: 'Students'}},
        {id: 'refugees', label: {nl: 'Vluchtelingen', en: 'Refugees'}},
        {id: 'workers', label: {nl: 'Werkenden', en: 'Workers'}},
      ],
    },
    area: {
      label: {nl: 'Gebied', en: 'Area'},
      role: 'geo',
      categories: [
        {id: 'GM0546', label: 'Leiden'},
        {id: 'WK054601', label: 'Binnenstad'},
      ],
    },
  },
  indicators: [
    {
      id: 'non-dutch-nationality',
      theme: 'population',
      label: {nl: 'Niet-Nederlandse nationaliteit', en: 'Non-Dutch nationality'},
      unit: 'percent',
      decimals: 1,
      dimensions: ['period', 'area'],
      observations: [
        {period: '2023', area: 'GM0546', value: 12.0},
        {period: '2021', area: 'GM0546', value: 10.5},
        {period: '2022', area: 'GM0546', value: null, status: 'confidential'},
        {period: '2023', area: 'WK054601', value: 21.3},
      ],
    },
    {
      id: 'newcomers',
      theme: 'population',
      sample: true,
      source: {name: 'BRP', url: 'http://example.org/brp'},
      label: {nl: 'Nieuwkomers', en: 'Newcomers'},
      unit: 'count',
      dimensions: ['period', 'group'],
      observations: [
        {period: '2022', group: 'students', value: 1200},
        {period: '2022', group: 'refugees', value: 300},
        {period: '2023', group: 'students', value: 1350},
        {period: '2023', group: 'refugees', value: 280},
      ],
    },
    {
      id: 'internationals-by-area',
      theme: 'education',
      label: 'Internationals',
      dimensions: ['period', 'group', 'area'],
      observations: [
        {period: '2022-Q4', group: 'students', area: 'GM0546', value: 1},
        {period: '2022-Q4', group: 'workers', area: 'GM0546', value: 2},
        {period: '2022-Q4', group: 'students', area: 'WK054601', value: 3},
        {period: '2022-Q4', group: 'workers', area: 'WK054601', value: 4},
        {period: '2023-01', group: 'students', area: 'GM0546', value: 5},
        {period: '2023-01', group: 'workers', area: 'GM0546', value: 6},
        {period: '2023-01', group: 'students', area: 'WK054601', value: 7},
        {period: '2023-01', group: 'workers', area: 'WK054601', value: 8},
      ],
    },
  ],
};

export function sampleMonitor(): SampleMonitor {
  return structuredClone(SAMPLE) as SampleMonitor;
}

/** A copy of the sample with only the indicators listed (by id), for views that need "exactly one". */
export function sampleWith(...ids: string[]): SampleMonitor {
  const doc = sampleMonitor();
  doc.indicators = doc.indicators.filter((indicator) => ids.includes(indicator.id as string));
  return doc;
}
