/**
 * Stories for `<leiden-monitor-map>`, written as fixtures like the chart's (STYLE §4, §9.7):
 * committed data, no live sources. Real figures come from demo/data/leiden-internationalisering.json
 * (served at `data/`, see .storybook/main.ts): the only district-level indicator there is the
 * migration background of 2017. Stories that need more periods or gaps use invented figures that
 * say "voorbeelddata / sample data" in their title and carry `sample: true`. Without `geo` the map
 * draws Leiden's ten districts (CBS 2023), shipped with the library.
 */
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {ArgTypes, Meta, StoryObj} from '@storybook/web-components-vite';
import type {MonitorErrorEvent, MonitorLoadEvent} from '../src/map.js';
import '../src/map.js';
import {DEMO, attr, langArg, headingLevelArg, documentedOnly} from './shared.js';

/** The demo document, relative to iframe.html, as a partner page would write it. */

/** Args are named after the element's attributes (CONTRACT §2), plus the `data` property. */
interface MapArgs {
  src?: string;
  data?: unknown;
  indicator?: string;
  filter?: string;
  period?: string;
  geo?: string;
  'geo-object'?: string;
  /** `''` for absent. */
  'heading-level'?: number | '';
  lang?: string;
  onMonitorLoad?: (event: MonitorLoadEvent) => void;
  onMonitorError?: (event: MonitorErrorEvent) => void;
}

/** An empty control value means "attribute absent", not `attr=""`. */

const render = (args: MapArgs) => html`<leiden-monitor-map
  src=${ifDefined(attr(args.src))}
  .data=${args.data}
  indicator=${ifDefined(attr(args.indicator))}
  filter=${ifDefined(attr(args.filter))}
  period=${ifDefined(attr(args.period))}
  geo=${ifDefined(attr(args.geo))}
  geo-object=${ifDefined(attr(args['geo-object']))}
  heading-level=${ifDefined(attr(args['heading-level']))}
  lang=${ifDefined(attr(args.lang))}
  @monitor-load=${args.onMonitorLoad}
  @monitor-error=${args.onMonitorError}
  ><a href="https://leiden.incijfers.nl/">Leiden in Cijfers</a></leiden-monitor-map
>`;

const hidden: ArgTypes = documentedOnly('geoObject');

const DISTRICTS = [
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

/** Invented counts per district and year (deterministic, not Leiden's figures). */
const sampleValue = (district: number, year: number) => 40 + ((district * 37 + year * 23) % 90) + year * 12;

/**
 * An invented monitor of Leiden's districts: `students-sample` has three years for every district;
 * `gaps-sample` has no value for two districts (one marked confidential) and none at all for two
 * others, so four areas are drawn as "no data".
 */
const SAMPLE = {
  format: 'leiden-monitor',
  version: 1,
  id: 'storybook-map-sample',
  title: {nl: 'Wijken (voorbeelddata / sample data)', en: 'Districts (voorbeelddata / sample data)'},
  source: {name: {nl: 'Verzonnen voorbeeldgegevens', en: 'Invented sample data'}, url: 'https://leiden.incijfers.nl/'},
  updated: '2024-06-01',
  dimensions: {
    period: {label: {nl: 'Jaar', en: 'Year'}, role: 'time'},
    area: {label: {nl: 'Wijk', en: 'District'}, categories: DISTRICTS.map(([id, label]) => ({id, label}))},
  },
  indicators: [
    {
      id: 'students-sample',
      sample: true,
      label: {nl: 'Internationale studenten per wijk (voorbeelddata / sample data)', en: 'International students by district (voorbeelddata / sample data)'},
      unit: 'count',
      decimals: 0,
      dimensions: ['period', 'area'],
      observations: ['2021', '2022', '2023'].flatMap((period, year) =>
        DISTRICTS.map(([area], district) => ({period, area, value: sampleValue(district, year)})),
      ),
    },
    {
      id: 'gaps-sample',
      sample: true,
      label: {nl: 'Kennismigranten per wijk, met gaten (voorbeelddata / sample data)', en: 'Knowledge workers by district, with gaps (voorbeelddata / sample data)'},
      unit: 'count',
      decimals: 0,
      dimensions: ['period', 'area'],
      observations: DISTRICTS.slice(0, 8).map(([area], district) =>
        district === 2
          ? {period: '2023', area, value: null, status: 'confidential'}
          : district === 5
            ? {period: '2023', area, value: null}
            : {period: '2023', area, value: sampleValue(district, 2)},
      ),
    },
  ],
};

const meta: Meta<MapArgs> = {
  title: 'Elements/leiden-monitor-map',
  component: 'leiden-monitor-map',
  render,
  args: {
    src: DEMO,
    indicator: 'migration-background-districts-2017',
    filter: 'group=non-western',
    period: '',
    geo: '',
    'heading-level': '',
    lang: '',
  },
  argTypes: {
    src: {control: 'text', description: 'URL of a monitor JSON document or JSON-stat 2.0 dataset.'},
    data: {control: 'object', description: 'The document as an object; wins over `src`.'},
    indicator: {
      control: {type: 'select', labels: {'': '(none: the only one)'}},
      options: ['', 'migration-background-districts-2017', 'students-sample', 'gaps-sample', 'population', 'does-not-exist'],
    },
    filter: {control: 'text', description: '`dim=value`: fixes the dimensions that are not the area, e.g. `group=western`.'},
    period: {
      control: {type: 'select', labels: {'': '(latest with data)'}},
      options: ['', '2017', '2021', '2022', '2023'],
      description: 'Period id to show; empty: the latest period with data.',
    },
    geo: {
      control: 'text',
      description: 'URL of GeoJSON or TopoJSON areas; empty: Leiden\'s ten districts (CBS 2023), shipped with the library.',
    },
    'geo-object': {control: 'text', description: 'Extension: the TopoJSON object to draw (default: the first).'},
    'heading-level': headingLevelArg('caption only', '`1`–`6`: title as a heading; empty: caption only.'),
    lang: langArg,
    ...hidden,
  },
};
export default meta;

type Story = StoryObj<MapArgs>;

// ---------------------------------------------------------------------------------------------
// Real data
// ---------------------------------------------------------------------------------------------

/** Leiden's districts (shipped geometry), share of residents with a non-western migration background, 2017. */
export const Districts: Story = {
  args: {'heading-level': 2},
};

/** `filter="group=western"`: the same districts and year, the other group. */
export const WesternGroup: Story = {
  args: {filter: 'group=western'},
};

// ---------------------------------------------------------------------------------------------
// Period and gaps (invented figures)
// ---------------------------------------------------------------------------------------------

/** `period="2021"` picks an earlier year than the latest (2023); the subtitle names it. */
export const PeriodChoiceSampleData: Story = {
  args: {src: '', data: SAMPLE, indicator: 'students-sample', filter: '', period: '2021'},
};

/** Areas without data (a missing observation, a null value, a confidential value) are hatched, never coloured as a class. */
export const NoDataAreasSampleData: Story = {
  args: {src: '', data: SAMPLE, indicator: 'gaps-sample', filter: ''},
};

// ---------------------------------------------------------------------------------------------
// Language
// ---------------------------------------------------------------------------------------------

/** `lang="en"`: UI text, legend, numbers and the summary in English. */
export const English: Story = {
  args: {lang: 'en', 'heading-level': 2},
};

/** `lang="ar"`: right-to-left UI text and Arabic number format; district names stay as they are. */
export const Arabic: Story = {
  args: {lang: 'ar', 'heading-level': 2},
};

// ---------------------------------------------------------------------------------------------
// Error states (each shows a localised message with role="alert" and fires monitor-error)
// ---------------------------------------------------------------------------------------------

/** `code: "http"` for the geometry: `geo` points at a file that is not there (404); "try again" fetches it again. */
export const ErrorHttpGeo404: Story = {
  args: {geo: 'data/bestaat-niet.geojson'},
};

/** `code: "not-found"`: the document has no indicator with this id. */
export const ErrorNotFound: Story = {
  args: {indicator: 'does-not-exist', filter: ''},
};
