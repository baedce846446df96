/**
 * Stories for `<leiden-monitor-kpi>`, written as fixtures like the chart's (STYLE §4, §9.7):
 * committed data, no live sources, one story per state a partner page can reach. Real figures come
 * from demo/data/leiden-internationalisering.json (served at `data/`, see .storybook/main.ts);
 * invented figures say "voorbeelddata / sample data" in their title and carry `sample: true`.
 */
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {ArgTypes, Decorator, Meta, StoryObj} from '@storybook/web-components-vite';
import type {KpiVariant, MonitorErrorEvent, MonitorLoadEvent} from '../src/kpi.js';
import '../src/kpi.js';
import {DEMO, attr, langArg, headingLevelArg, documentedOnly, narrow} from './shared.js';

/** The demo document, relative to iframe.html, as a partner page would write it. */

const INDICATORS = [
  'international-migration',
  'immigration-per-1000',
  'non-dutch-nationality',
  'migration-background',
  'population',
  'internationals-by-group-sample',
] as const;

/** Args are named after the element's attributes (CONTRACT §2), plus the `data` property. */
interface KpiArgs {
  src?: string;
  data?: unknown;
  indicator?: string;
  filter?: string;
  variant: KpiVariant;
  /** `''` for absent. */
  'heading-level'?: number | '';
  lang?: string;
  onMonitorLoad?: (event: MonitorLoadEvent) => void;
  onMonitorError?: (event: MonitorErrorEvent) => void;
}

/** An empty control value means "attribute absent", not `attr=""`. */

const render = (args: KpiArgs) => html`<leiden-monitor-kpi
  src=${ifDefined(attr(args.src))}
  .data=${args.data}
  indicator=${ifDefined(attr(args.indicator))}
  filter=${ifDefined(attr(args.filter))}
  variant=${args.variant}
  heading-level=${ifDefined(attr(args['heading-level']))}
  lang=${ifDefined(attr(args.lang))}
  @monitor-load=${args.onMonitorLoad}
  @monitor-error=${args.onMonitorError}
  ><a href="https://leiden.incijfers.nl/">Leiden in Cijfers</a></leiden-monitor-kpi
>`;

const hidden: ArgTypes = documentedOnly();

/** A tile is meant for a grid cell: keep it at a card's width. */
const card: Decorator = narrow;

/** The inline variant inside running text, as an editor would place it in an article. */
const inSentence: Decorator = (story) =>
  html`<p lang="nl">In 2023 vestigden zich ${story()} mensen vanuit het buitenland in Leiden, volgens de gemeentelijke monitor.</p>`;

const meta: Meta<KpiArgs> = {
  title: 'Elements/leiden-monitor-kpi',
  component: 'leiden-monitor-kpi',
  render,
  args: {
    src: DEMO,
    indicator: 'international-migration',
    filter: 'flow=arrival',
    variant: 'tile',
    'heading-level': '',
    lang: '',
  },
  argTypes: {
    src: {control: 'text', description: 'URL of a monitor JSON document or JSON-stat 2.0 dataset.'},
    data: {control: 'object', description: 'The document as an object; wins over `src`.'},
    indicator: {control: {type: 'select', labels: {'': '(none: the only one)'}}, options: ['', ...INDICATORS, 'does-not-exist']},
    filter: {control: 'text', description: '`dim=value;dim=value1,value2`, e.g. `flow=departure`. Several series left: the first is shown.'},
    variant: {control: 'inline-radio', options: ['tile', 'inline'] satisfies KpiVariant[]},
    'heading-level': headingLevelArg('plain text', '`1`–`6`: title as a heading (tile only); empty: plain text.'),
    lang: langArg,
    ...hidden,
  },
};
export default meta;

type Story = StoryObj<KpiArgs>;

// ---------------------------------------------------------------------------------------------
// Variants (real data)
// ---------------------------------------------------------------------------------------------

/** The tile: arrivals from abroad, the latest year, the change against the year before and a trend line. */
export const Tile: Story = {
  decorators: [card],
  args: {indicator: 'international-migration', filter: 'flow=arrival', 'heading-level': 3},
};

/** A percentage: the change is told in percentage points, with its direction in words and symbol. */
export const TilePercentage: Story = {
  decorators: [card],
  args: {indicator: 'non-dutch-nationality', filter: ''},
};

/** `variant="inline"`: a phrase that flows in a sentence of running text (value, period, change). */
export const InlineInSentence: Story = {
  args: {indicator: 'international-migration', filter: 'flow=arrival', variant: 'inline'},
  decorators: [inSentence],
};

// ---------------------------------------------------------------------------------------------
// Hard cases
// ---------------------------------------------------------------------------------------------

/** Invented figures whose latest year has no value: the KPI says so and shows the latest value there is. */
export const MissingLatestValueSampleData: Story = {
  decorators: [card],
  args: {
    src: '',
    indicator: '',
    filter: '',
    'heading-level': 3,
    data: {
      format: 'leiden-monitor',
      version: 1,
      id: 'storybook-kpi-missing-latest',
      title: {nl: 'Ontbrekende laatste waarde (voorbeelddata / sample data)', en: 'Missing latest value (voorbeelddata / sample data)'},
      source: {name: {nl: 'Verzonnen voorbeeldgegevens', en: 'Invented sample data'}, url: 'https://leiden.incijfers.nl/'},
      updated: '2024-06-01',
      dimensions: {
        period: {label: {nl: 'Jaar', en: 'Year'}, role: 'time'},
      },
      indicators: [
        {
          id: 'knowledge-workers-sample',
          sample: true,
          label: {nl: 'Nieuwe kennismigranten (voorbeelddata / sample data)', en: 'New knowledge workers (voorbeelddata / sample data)'},
          unit: 'count',
          decimals: 0,
          dimensions: ['period'],
          observations: [
            {period: '2020', value: 640},
            {period: '2021', value: 700},
            {period: '2022', value: 910},
            {period: '2023', value: null, status: 'provisional'},
          ],
        },
      ],
    },
  },
};

// ---------------------------------------------------------------------------------------------
// Language
// ---------------------------------------------------------------------------------------------

/** `lang="en"`: UI text, number format and the change in English. */
export const English: Story = {
  decorators: [card],
  args: {indicator: 'non-dutch-nationality', filter: '', lang: 'en', 'heading-level': 3},
};

/** `lang="ar"`: right-to-left UI text and Arabic number format; data labels without Arabic text keep their own language. */
export const Arabic: Story = {
  decorators: [card],
  args: {indicator: 'international-migration', filter: 'flow=arrival', lang: 'ar', 'heading-level': 3},
};

// ---------------------------------------------------------------------------------------------
// Error states (each shows a localised message with role="alert" and fires monitor-error)
// ---------------------------------------------------------------------------------------------

/** `code: "not-found"`: the document has no indicator with this id. */
export const ErrorNotFound: Story = {
  decorators: [card],
  args: {indicator: 'does-not-exist', filter: ''},
};

/** `code: "http"`: the document is not there (404); the message offers "try again". */
export const ErrorHttp404: Story = {
  decorators: [card],
  args: {src: 'data/bestaat-niet.json', indicator: 'international-migration'},
};
