/**
 * The React 19 and Vue 3 example pages (demo/react/, demo/vue/) work: each renders its chart from
 * a document given as a PROPERTY (no `src`, no `data` attribute) and its own `monitor-load`
 * handler runs (it writes the status line). Needs `npm run build` (dist/ and demo/react/dist/).
 */
import {expect} from '@open-wc/testing';
import {until} from '../helpers/expect-event.js';

interface Chart extends HTMLElement {
  state: string;
  data?: unknown;
  indicator?: string | null;
}

let frame: HTMLIFrameElement | undefined;

async function open(path: string): Promise<Document> {
  frame = document.createElement('iframe');
  frame.title = path;
  frame.width = '1000';
  frame.height = '800';
  const loaded = new Promise((ok) => frame!.addEventListener('load', ok, {once: true}));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

afterEach(() => {
  frame?.remove();
  frame = undefined;
});

for (const {name, path, indicator, marks, status} of [
  {name: 'React 19', path: '/demo/react/index.html', indicator: 'international-migration', marks: 0, status: /^React: grafiek getoond \(international-migration\)\.$/},
  {name: 'Vue 3', path: '/demo/vue/index.html', indicator: 'immigration-per-1000', marks: 2, status: /^Vue: grafiek getoond \(immigration-per-1000\)\.$/},
]) {
  describe(`${name} example (${path})`, () => {
    it('renders the chart from data given as a property, and its monitor-load handler runs', async () => {
      const doc = await open(path);
      await until(() => !!doc.querySelector('leiden-monitor-chart'), `${name} to render the element`, 10000);
      const chart = doc.querySelector('leiden-monitor-chart') as Chart;
      await until(() => chart.state === 'ready', () => `the chart to be ready (is ${chart.state})`, 10000);

      expect(chart.hasAttribute('src'), 'no src attribute').to.be.false;
      expect(chart.hasAttribute('data'), 'data is not an attribute').to.be.false;
      const data = chart.data as {format?: string; indicators?: unknown[]};
      expect(data?.format, 'data property holds the document').to.equal('leiden-monitor');
      // React and Vue set every prop the element defines as a property, not an attribute
      expect(chart.indicator).to.equal(indicator);
      expect(chart.shadowRoot!.querySelector('figcaption')?.textContent).to.match(/\S/);
      if (marks) expect(chart.shadowRoot!.querySelectorAll('.mark').length).to.be.at.least(marks);
      else expect(chart.shadowRoot!.querySelector('svg.plot path'), 'a line is drawn').to.exist;

      const line = doc.getElementById('status')!;
      await until(() => status.test(line.textContent ?? ''), () => `the status line (is "${line.textContent}")`);
    });
  });
}
