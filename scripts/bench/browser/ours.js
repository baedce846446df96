// Our harness. nav pages hold the markup a CMS editor pastes (every element with the same `src`);
// this module only watches. render pages create the elements and hand them the parsed document
// through the `data` property.
//
// "Painted" is the frame after every chart *in the viewport* has rendered at its box's width.
// Our elements defer charts far below the viewport until the reader scrolls near them (the peers
// draw everything at once), so for a page of many charts we also report "all rendered": the
// `beforeprint` event makes our elements draw every deferred chart, as printing does.
// An element may first render at a default width, then again when its ResizeObserver reports the
// real one; we wait for that second render too.
/* global performance, customElements, innerHeight, Event */
import {afterPaintFrom, boxes, config, fetchDocument, forceLayout, report, timed, waitFor} from './common.js';

const TAG = 'leiden-monitor-chart';

const plotWidth = (el) => el.shadowRoot?.querySelector('svg.plot')?.getAttribute('width');
const drawnAt = (width) => (el) => plotWidth(el) === String(width);
function inViewport(el) {
  const box = el.getBoundingClientRect();
  return box.bottom > 0 && box.top < innerHeight;
}

document.addEventListener('monitor-error', (e) => report('error', {message: `${e.detail.code}: ${e.detail.message}`}));

/** Every chart in the viewport has rendered at `width`, with no update pending. Resolves to
 *  waitFor's `inFrame` (see afterPaintFrom). */
async function visibleDrawn(els, width) {
  const roots = () => els.map((el) => el.shadowRoot).filter(Boolean);
  const inFrame = await waitFor(() => {
    const visible = els.filter(inViewport);
    return visible.length > 0 && visible.every(drawnAt(width));
  }, roots());
  await Promise.all(els.filter(inViewport).map((el) => el.updateComplete));
  return inFrame;
}

/** Every element in `els` has rendered at `width`, with no update pending (resolves to `inFrame`). */
async function allDrawn(els, width) {
  const inFrame = await waitFor(() => els.every(drawnAt(width)), els.map((el) => el.shadowRoot).filter(Boolean));
  await Promise.all(els.map((el) => el.updateComplete));
  return inFrame;
}

async function nav() {
  await customElements.whenDefined(TAG);
  const els = [...document.querySelectorAll(TAG)];
  let inFrame = await visibleDrawn(els, config.width);
  forceLayout();
  await afterPaintFrom(inFrame);
  const painted = performance.now();
  const shown = els.filter(drawnAt(config.width)).length;
  if (shown < els.length) window.dispatchEvent(new Event('beforeprint'));
  inFrame = await allDrawn(els, config.width);
  forceLayout();
  await afterPaintFrom(inFrame);
  report('nav', {painted, all: performance.now(), shown});
}

async function prepareRender() {
  const doc = await fetchDocument();
  await customElements.whenDefined(TAG);
  let els = [];
  window.__benchApi = {
    render: () =>
      timed(async (t0) => {
        els = config.charts.map((chart) => {
          const el = document.createElement(TAG);
          el.setAttribute('indicator', chart.indicator);
          el.setAttribute('type', chart.type);
          el.data = doc;
          return el;
        });
        boxes().forEach((box, k) => box.append(els[k]));
        // Our elements draw in microtasks of this task: look as soon as they are done, so that
        // layout is forced in this task, as it is for the peers (whose drawing is synchronous).
        // Looking only after a MutationObserver's message lets the browser's next frame run first,
        // with our layout inside it: Chromium then skips a frame, which the peers never pay.
        await Promise.all(els.map((el) => el.updateComplete));
        // the visible charts have rendered once (possibly at a default width, before their
        // ResizeObserver spoke), then at their box's width
        await waitFor(() => els.filter(inViewport).every((el) => el.getAttribute('state') === 'ready'));
        const loadedMs = performance.now() - t0;
        const inFrame = await visibleDrawn(els, config.width);
        return {loadedMs, shown: els.filter(drawnAt(config.width)).length, inFrame};
      }),
    resize: () =>
      timed(async () => {
        const drawn = els.filter((el) => plotWidth(el) !== undefined);
        document.body.classList.add('narrow');
        return {inFrame: await allDrawn(drawn, config.narrowWidth)};
      }),
  };
  report('ready');
}

(config.mode === 'nav' ? nav() : prepareRender()).catch((error) => report('error', {message: String(error?.stack ?? error)}));
