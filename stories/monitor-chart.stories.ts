/**
 * Stories for `<leiden-monitor-chart>`, written as fixtures (STYLE §4, §9.7): committed data,
 * no live sources, one story per state a partner page can reach. Real figures come from
 * demo/data/leiden-internationalisering.json (served at `data/`, see .storybook/main.ts);
 * invented figures say "voorbeelddata / sample data" in their title and carry `sample: true`.
 */
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {ArgTypes, Decorator, Meta, StoryObj} from '@storybook/web-components-vite';
import {CHART_TYPES, type ChartType} from '../src/chart/chart-type.js';
import type {MonitorErrorEvent, MonitorLoadEvent} from '../src/chart.js';
import '../src/chart.js';
import {DEMO, attr, langArg, headingLevelArg, documentedOnly, narrow} from './shared.js';

/** The demo document, relative to iframe.html, as a partner page would write it. */

const INDICATORS = [
  'international-migration',
  'immigration-per-1000',
  'migration-background-districts-2017',
  'internationals-by-group-sample',
  'non-dutch-nationality',
  'migration-background',
  'population',
] as const;

/** Args are named after the element's attributes (CONTRACT §2), plus the `data` property. */
interface ChartArgs {
  src?: string;
  data?: unknown;
  indicator?: string;
  filter?: string;
  type: ChartType;
  stacked: boolean;
  series?: string;
  /** `''` for absent. */
  'heading-level'?: number | '';
  lang?: string;
  onMonitorLoad?: (event: MonitorLoadEvent) => void;
  onMonitorError?: (event: MonitorErrorEvent) => void;
}

/** An empty control value means "attribute absent", not `attr=""`. */

const render = (args: ChartArgs) => html`<leiden-monitor-chart
  src=${ifDefined(attr(args.src))}
  .data=${args.data}
  indicator=${ifDefined(attr(args.indicator))}
  filter=${ifDefined(attr(args.filter))}
  type=${args.type}
  ?stacked=${args.stacked}
  series=${ifDefined(attr(args.series))}
  heading-level=${ifDefined(attr(args['heading-level']))}
  lang=${ifDefined(attr(args.lang))}
  @monitor-load=${args.onMonitorLoad}
  @monitor-error=${args.onMonitorError}
  ><a href="https://leiden.incijfers.nl/">Leiden in Cijfers</a></leiden-monitor-chart
>`;

/** Keeps the chart in a phone-width column, so long labels have to be cut. */

const hidden: ArgTypes = documentedOnly();

const meta: Meta<ChartArgs> = {
  title: 'Elements/leiden-monitor-chart',
  component: 'leiden-monitor-chart',
  render,
  args: {
    src: DEMO,
    indicator: 'international-migration',
    filter: '',
    type: 'auto',
    stacked: false,
    series: '',
    'heading-level': '',
    lang: '',
  },
  argTypes: {
    src: {control: 'text', description: 'URL of a monitor JSON document or JSON-stat 2.0 dataset.'},
    data: {control: 'object', description: 'The document as an object; wins over `src`.'},
    indicator: {control: {type: 'select', labels: {'': '(none: the only one)'}}, options: ['', ...INDICATORS, 'does-not-exist']},
    filter: {control: 'text', description: '`dim=value;dim=value1,value2`, e.g. `area=GM0546,GM0503;period=2023`.'},
    type: {control: 'inline-radio', options: [...CHART_TYPES]},
    stacked: {control: 'boolean'},
    series: {
      control: {type: 'select', labels: {'': '(default)'}},
      options: ['', 'area', 'group', 'flow', 'period'],
      description: 'Dimension that forms the series; empty: the default.',
    },
    'heading-level': headingLevelArg('caption only', '`1`–`6`: title as a heading; empty: caption only.'),
    lang: langArg,
    ...hidden,
  },
};
export default meta;

type Story = StoryObj<ChartArgs>;

// ---------------------------------------------------------------------------------------------
// Chart types (real data)
// ---------------------------------------------------------------------------------------------

/** `type="auto"` on 12 years × 2 flows: time with 3+ periods becomes a line chart. */
export const AutoLine: Story = {
  args: {indicator: 'international-migration', type: 'auto'},
};

/** Columns for three towns over three years; `filter` limits both the areas and the periods. */
export const ColumnWithFilter: Story = {
  args: {
    indicator: 'immigration-per-1000',
    type: 'column',
    filter: 'area=GM0546,GM0503,GM0344;period=2021,2022,2023',
  },
};

/** Horizontal bars: one year fixed by the filter, so the areas form the category axis. */
export const HorizontalBar: Story = {
  args: {indicator: 'immigration-per-1000', type: 'bar', filter: 'period=2023'},
};

/** Stacked bars: western and non-western migration background per district (2017). */
export const Stacked: Story = {
  args: {indicator: 'migration-background-districts-2017', type: 'bar', stacked: true, series: 'group', 'heading-level': 2},
};

/** Stacked columns of invented figures: the sample-data badge shows. */
export const StackedColumnSampleData: Story = {
  args: {indicator: 'internationals-by-group-sample', type: 'column', stacked: true},
};

/** `type="table"`: the data as a real HTML table, no SVG. */
export const Table: Story = {
  args: {indicator: 'population', type: 'table'},
};

// ---------------------------------------------------------------------------------------------
// Hard cases
// ---------------------------------------------------------------------------------------------

/** District and group names in a 360px column: labels are cut with "…" and stay whole in the table. */
export const LongLabels: Story = {
  args: {indicator: 'migration-background-districts-2017', type: 'bar', series: 'group'},
  decorators: [narrow],
};

/** Invented figures with a gap: a missing value is drawn as missing, never as zero. */
export const MissingValues: Story = {
  args: {
    src: '',
    indicator: '',
    type: 'column',
    data: {
      format: 'leiden-monitor',
      version: 1,
      id: 'storybook-missing-values',
      title: {nl: 'Ontbrekende waarden (voorbeelddata / sample data)', en: 'Missing values (voorbeelddata / sample data)'},
      source: {name: {nl: 'Verzonnen voorbeeldgegevens', en: 'Invented sample data'}, url: 'https://leiden.incijfers.nl/'},
      updated: '2024-06-01',
      dimensions: {
        period: {label: {nl: 'Jaar', en: 'Year'}, role: 'time'},
        group: {
          label: {nl: 'Groep', en: 'Group'},
          categories: [
            {id: 'students', label: {nl: 'Internationale studenten', en: 'International students'}},
            {id: 'workers', label: {nl: 'Kennismigranten', en: 'Knowledge workers'}},
          ],
        },
      },
      indicators: [
        {
          id: 'newcomers-sample',
          sample: true,
          label: {nl: 'Nieuwkomers per groep (voorbeelddata / sample data)', en: 'Newcomers by group (voorbeelddata / sample data)'},
          unit: 'count',
          decimals: 0,
          dimensions: ['period', 'group'],
          observations: [
            {period: '2021', group: 'students', value: 1100},
            {period: '2021', group: 'workers', value: 700},
            {period: '2022', group: 'students', value: 1200},
            {period: '2022', group: 'workers', value: null, status: 'confidential'},
            {period: '2023', group: 'students', value: 1350},
            {period: '2023', group: 'workers', value: 910},
          ],
        },
      ],
    },
  },
};

/**
 * The loading view: a polite status with a spinner, shown while the document is on its way (and
 * its language's texts). A static Storybook answers every request at once, so this story shows it
 * by giving the element no `src` and no `data` yet: it waits, as it would for a slow server.
 */
export const Loading: Story = {
  args: {src: '', indicator: ''},
};

// ---------------------------------------------------------------------------------------------
// Error states (each shows a localised message with role="alert" and fires monitor-error)
// ---------------------------------------------------------------------------------------------

/** `code: "http"`: the document is not there (404). */
export const ErrorHttp404: Story = {
  args: {src: 'data/bestaat-niet.json', indicator: ''},
};

/** `code: "schema"`: the document breaks the format; the message names the first bad path. */
export const ErrorSchema: Story = {
  args: {
    src: '',
    indicator: '',
    data: {
      format: 'leiden-monitor',
      version: 1,
      dimensions: {period: {role: 'time'}},
      indicators: [{id: 'broken', dimensions: ['period'], observations: [{period: '2023', value: 'veel'}]}],
    },
  },
};

/** `code: "not-found"`: the document has no indicator with this id. */
export const ErrorNotFound: Story = {
  args: {indicator: 'does-not-exist'},
};

/** `code: "empty"`: the filter leaves nothing to show (population is only given for Leiden). */
export const ErrorEmpty: Story = {
  args: {indicator: 'population', filter: 'area=WK054600'},
};

// ---------------------------------------------------------------------------------------------
// Language and theme
// ---------------------------------------------------------------------------------------------

/** `lang="en"` on the element: UI text, number format and data labels in English. */
export const English: Story = {
  args: {indicator: 'immigration-per-1000', type: 'bar', filter: 'period=2023', lang: 'en', 'heading-level': 2},
};

/** The dark theme: only the public `--leiden-color-*` tokens, set in .storybook/preview.css. */
export const DarkTheme: Story = {
  args: {indicator: 'immigration-per-1000', type: 'auto'},
  globals: {theme: 'dark'},
};

/**
 * Keeps the chart inside `.story-high-contrast` (.storybook/preview.css): a light-on-dark palette
 * made only of the public `--leiden-color-*` tokens, every series in the text colour.
 */
const highContrast: Decorator = (story) => html`<div class="story-high-contrast">${story()}</div>`;

/**
 * Forced colours (Windows High Contrast) CANNOT be switched on from a story: it is an OS or
 * browser setting (`forced-colors: active`), which Storybook cannot emulate. What this story shows is
 * an approximation, not the real mode: the `.story-high-contrast` class sets the public tokens to
 * white on black and every series to the same colour, so you can see that the series stay apart by
 * their fill patterns alone. The real mode (system colours `CanvasText`, `Canvas`, `Highlight`) is
 * tested in Chromium with CDP emulation in test/elements/chart-a11y.test.ts. To see it yourself:
 * Chrome DevTools → Rendering → "Emulate CSS media feature forced-colors: active".
 */
export const ForcedColoursSimulated: Story = {
  args: {indicator: 'migration-background-districts-2017', type: 'column', series: 'group', filter: 'area=WK054600,WK054601,WK054602'},
  decorators: [highContrast],
  parameters: {
    forcedColors: {
      simulated: true,
      how: 'public --leiden-color-* tokens in .story-high-contrast (.storybook/preview.css); not the forced-colors media feature',
      realMode: 'DevTools → Rendering → Emulate CSS media feature forced-colors: active; tested in test/elements/chart-a11y.test.ts',
    },
    docs: {
      description: {
        story:
          'Simulated, not real forced colours: a story cannot switch the `forced-colors` media feature on. ' +
          'The decorator sets only the public `--leiden-color-*` tokens to a white-on-black palette with every ' +
          'series in one colour, to show the series stay apart by pattern. For the real mode use DevTools → Rendering → ' +
          '"Emulate CSS media feature forced-colors"; it is tested with CDP emulation in test/elements/chart-a11y.test.ts.',
      },
    },
  },
};
