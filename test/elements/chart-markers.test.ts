import {expect, fixture, html} from '@open-wc/testing';
import '../../src/chart.js';
import type {LeidenMonitorChart} from '../../src/chart.js';
import {until} from '../helpers/expect-event.js';
import {manySeriesMonitor} from '../helpers/monitors.js';

/** Which of a 6 × 6 grid of points over `shape`'s box lie inside it: its silhouette, whatever its
 *  size and place. (The grid is off-centre so that no point falls exactly on an edge.) */
function silhouette(shape: SVGGeometryElement): string {
  const box = shape.getBBox();
  let bits = '';
  for (let i = 0; i < 6; i++)
    for (let j = 0; j < 6; j++) bits += shape.isPointInFill(new DOMPoint(box.x + (box.width * (j + 0.41)) / 6, box.y + (box.height * (i + 0.43)) / 6)) ? '1' : '0';
  return bits;
}

/** A point of `line`'s stroke inside `mark`, on the vertical through the mark's middle (every shape is symmetric about it). */
function sharedPoint(mark: SVGGeometryElement, line: SVGGeometryElement): DOMPoint | undefined {
  const box = mark.getBBox();
  for (let k = 0; k <= 20; k++) {
    const point = new DOMPoint(box.x + box.width / 2, box.y + (box.height * k) / 20);
    if (mark.isPointInFill(point) && line.isPointInStroke(point)) return point;
  }
  return undefined;
}

describe('<leiden-monitor-chart> line markers', () => {
  let el: LeidenMonitorChart;
  const $$ = (selector: string) => Array.from(el.shadowRoot!.querySelectorAll(selector)) as SVGGeometryElement[];

  beforeEach(async () => {
    el = await fixture<LeidenMonitorChart>(html`<leiden-monitor-chart type="line" .data=${manySeriesMonitor(7)} style="width: 640px"></leiden-monitor-chart>`);
    await until(() => el.state === 'ready', 'the chart to be ready');
    await el.updateComplete;
  });

  it('draws each marker on its own point of its series line, without a transform of its own', () => {
    const lines = $$('path.series-line');
    const marks = $$('.mark');
    expect(lines).to.have.length(7);
    expect(marks).to.have.length(21);
    for (const mark of marks) {
      expect(mark.hasAttribute('transform'), 'a transform on a marker').to.be.false;
      const series = Number(/\bs(\d)\b/.exec(mark.getAttribute('class')!)![1]);
      expect(sharedPoint(mark, lines[series]), `marker of series ${series} on its line`).to.exist;
      expect(mark.getBBox().width).to.be.within(7, 13);
    }
  });

  it('gives the first six series six different shapes, the seventh the first one again, and the legend the same shapes', () => {
    const marks = $$('.mark');
    // marks run series by series, three periods each
    const shapes = Array.from({length: 7}, (_, s) => silhouette(marks[3 * s]));
    expect(new Set(shapes.slice(0, 6)).size).to.equal(6);
    expect(shapes[6]).to.equal(shapes[0]);
    const swatches = $$('.legend path');
    expect(swatches).to.have.length(7);
    swatches.forEach((swatch, s) => expect(silhouette(swatch), `legend shape of series ${s}`).to.equal(shapes[s]));
  });
});
