// Observable Plot harness: `Plot.plot(…)` per chart, appended to its box. Plot is not responsive,
// so a ResizeObserver re-plots a box at its new width, as a partner's page would.
/* global ResizeObserver */
import {Plot} from '/bench-results/assets/plot/entry.js';
import {boxes, config, runPeer, waitFor} from './common.js';

const HEIGHT = 400;
const inputs = [];

/** Plot's own input: tidy rows {c, label, series, value}. */
function prepare(series, chart) {
  const rows = [];
  series.series.forEach((s) => s.values.forEach((value, c) => rows.push({c, label: series.labels[c], series: s.name, value})));
  return {rows, title: series.title, multi: series.series.length > 1, type: chart.type};
}

function make(input, width) {
  const {rows, title, multi} = input;
  if (input.type === 'line') {
    return Plot.plot({
      width, height: HEIGHT, title,
      x: multi ? {type: 'point', label: null} : {label: null},
      y: {grid: true, label: null},
      color: multi ? {legend: true} : undefined,
      marks: [Plot.ruleY([0]), Plot.line(rows, {x: multi ? 'label' : 'c', y: 'value', stroke: multi ? 'series' : undefined})],
    });
  }
  return Plot.plot({
    width, height: HEIGHT, title,
    fx: {label: null}, x: {axis: null}, y: {grid: true, label: null}, color: {legend: true},
    marks: [Plot.barY(rows, {fx: 'label', x: 'series', y: 'value', fill: 'series'}), Plot.ruleY([0])],
  });
}

const observer = new ResizeObserver((entries) => {
  for (const entry of entries) {
    const box = entry.target;
    const width = Math.floor(entry.contentRect.width);
    if (width > 0 && width !== Number(box.dataset.w)) plotInto(box, inputs[boxes().indexOf(box)], width);
  }
});

function plotInto(box, input, width) {
  box.replaceChildren(make(input, width));
  box.dataset.w = String(width);
}

function draw(box, input, k) {
  inputs[k] = input;
  plotInto(box, input, config.width); // the box's known width: no forced layout per chart
  observer.observe(box);
}

async function resize() {
  const before = boxes().map((b) => b.dataset.w);
  document.body.classList.add('narrow');
  return {inFrame: await waitFor(() => boxes().every((b, i) => b.dataset.w !== before[i]))};
}

runPeer({draw, resize, prepare});
