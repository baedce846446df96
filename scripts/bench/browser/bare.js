// Harness of the reference chart (scripts/bench/bare-chart.js: lit + d3, no features of ours). It
// draws through the peers' flow; lit renders in the microtasks after `data` is set, so `draw`
// hands back the element's `updateComplete`, and a box's chart follows its width by itself
// (ResizeObserver), like ours.
import '/bench-results/assets/bare/entry.js';
import {config, runPeer, waitFor} from './common.js';

const charts = [];
const drawnAt = (width) => (chart) => chart.shadowRoot?.querySelector('svg')?.getAttribute('width') === String(width);

function draw(box, data, k) {
  const chart = document.createElement('bare-chart');
  chart.width = config.width; // the box's known width: no forced layout per chart
  chart.data = data;
  box.append(chart);
  charts[k] = chart;
  return chart.updateComplete;
}

async function resize() {
  document.body.classList.add('narrow');
  const inFrame = await waitFor(() => charts.every(drawnAt(config.narrowWidth)), charts.map((c) => c.shadowRoot));
  await Promise.all(charts.map((c) => c.updateComplete));
  return {inFrame};
}

runPeer({draw, resize, prepare: (series, chart) => ({...series, type: chart.type})});
