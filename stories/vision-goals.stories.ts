/**
 * Stories for `<vision-goals>`, written as fixtures like the chart's (STYLE §4, §9.7). Without
 * `src` the element shows the built-in text of Leiden's Visie internationalisering (council decision
 * of 17 September 2020); other vision documents come from test/fixtures/vision/ (served at
 * `fixtures/`, see .storybook/main.ts). KPI tiles use the real monitor document at `data/`.
 */
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {ArgTypes, Meta, StoryObj} from '@storybook/web-components-vite';
import type {MonitorErrorEvent, MonitorLoadEvent} from '../src/vision-goals.js';
import '../src/vision-goals.js';
import {DEMO, attr, langArg, headingLevelArg, documentedOnly} from './shared.js';

/** The demo monitor document, relative to iframe.html. */

/** Args are named after the element's attributes (CONTRACT §2), plus the `data` property. */
interface VisionArgs {
  src?: string;
  data?: unknown;
  'monitor-src'?: string;
  /** `''` for absent. */
  'heading-level'?: number | '';
  lang?: string;
  onMonitorLoad?: (event: MonitorLoadEvent) => void;
  onMonitorError?: (event: MonitorErrorEvent) => void;
}

/** An empty control value means "attribute absent", not `attr=""`. */

const render = (args: VisionArgs) => html`<vision-goals
  src=${ifDefined(attr(args.src))}
  .data=${args.data}
  monitor-src=${ifDefined(attr(args['monitor-src']))}
  heading-level=${ifDefined(attr(args['heading-level']))}
  lang=${ifDefined(attr(args.lang))}
  @monitor-load=${args.onMonitorLoad}
  @monitor-error=${args.onMonitorError}
  ><p>
    Visie internationalisering Leiden (gemeenteraad, 17 september 2020):
    <a href="https://gemeente.leiden.nl/">gemeente.leiden.nl</a>
  </p></vision-goals
>`;

const hidden: ArgTypes = {...documentedOnly('monitorSrc', 'vision')};

const meta: Meta<VisionArgs> = {
  title: 'Elements/vision-goals',
  component: 'vision-goals',
  render,
  args: {
    src: '',
    'monitor-src': '',
    'heading-level': '',
    lang: '',
  },
  argTypes: {
    src: {
      control: {type: 'select', labels: {'': '(built-in vision)'}},
      options: ['', 'fixtures/vision/custom-vision.json', 'fixtures/vision/broken-vision.json', 'fixtures/vision/bestaat-niet.json'],
      description: 'URL of a vision document (`"format": "leiden-vision"`); empty: the built-in vision.',
    },
    data: {control: 'object', description: 'A vision document as an object; wins over `src`.'},
    'monitor-src': {
      control: {type: 'select', labels: {'': '(none: no KPI tiles)'}},
      options: ['', DEMO],
      description: 'Extension: URL of a monitor document; goals that list `indicators` show them as KPI tiles.',
    },
    'heading-level': headingLevelArg('no headings', '`1`–`6`: the title becomes that heading, each goal\'s title the level below; empty: no headings.'),
    lang: langArg,
    ...hidden,
  },
};
export default meta;

type Story = StoryObj<VisionArgs>;

/** The built-in vision in Dutch, without headings (so it never breaks the page's outline). */
export const BuiltInDutch: Story = {
  args: {lang: 'nl'},
};

/** The built-in vision in English. */
export const BuiltInEnglish: Story = {
  args: {lang: 'en'},
};

/** `heading-level="2"`: the title is an `<h2>`, each goal's title an `<h3>`. */
export const HeadingLevel: Story = {
  args: {'heading-level': 2},
};

/** `monitor-src`: goals that name monitor indicators show them as KPI tiles (one request for all). */
export const WithKpiTiles: Story = {
  args: {'monitor-src': DEMO, 'heading-level': 2},
};

/** `src` pointing at another vision document (an invented test vision, test/fixtures/vision/custom-vision.json). */
export const CustomVision: Story = {
  args: {src: 'fixtures/vision/custom-vision.json', 'heading-level': 2},
};

/** `code: "schema"`: goal B names a domain the document does not declare; the details name the path. */
export const ErrorSchema: Story = {
  args: {src: 'fixtures/vision/broken-vision.json'},
};
