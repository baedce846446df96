// Chart.js harness: `new Chart(canvas, …)` per chart with `animation: false` and Chart.js's defaults
// otherwise (responsive: it follows its container's size by itself; points drawn; no decimation).
import {Chart} from '/bench-results/assets/chartjs/entry.js';
import {runPeer, waitFor} from './common.js';

const canvases = [];

function draw(box, data, k) {
  const canvas = document.createElement('canvas');
  box.append(canvas);
  canvases[k] = canvas;
  new Chart(canvas, { // Chart.js draws on construction
    type: data.type === 'line' ? 'line' : 'bar',
    data: {labels: data.labels, datasets: data.series.map((s) => ({label: s.name, data: s.values}))},
    options: {animation: false, plugins: {title: {display: true, text: data.title}}},
  });
}

async function resize() {
  const before = canvases.map((c) => c.width);
  document.body.classList.add('narrow');
  // Chart.js's ResizeObserver re-renders on the next frame; the canvas's width attribute follows
  return {inFrame: await waitFor(() => canvases.every((c, i) => c.width !== before[i]))};
}

runPeer({draw, resize, prepare: (series, chart) => ({...series, type: chart.type})});
