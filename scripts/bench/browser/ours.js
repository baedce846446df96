// Our harness. nav pages hold the markup a CMS editor pastes (every element with the same `src`);
// this module only listens. render pages create the elements and hand them the parsed document
// through the `data` property. "Painted" is the frame after every element has rendered at its
// box's width: an element first renders at a default width, then again when its ResizeObserver
// reports the real one, and we wait for that second render too.
/* global performance, customElements */
import {afterPaint, boxes, config, fetchDocument, forceLayout, report, timed, waitFor} from './common.js';

const TAG = 'leiden-monitor-chart';

/** Every element has rendered its plot at `width` and has no update pending. */
async function settled(els, width) {
  await waitFor(
    () => els.every((el) => el.shadowRoot?.querySelector('svg.plot')?.getAttribute('width') === String(width)),
    els.map((el) => el.shadowRoot).filter(Boolean),
  );
  await Promise.all(els.map((el) => el.updateComplete));
}

function loadsOf(els) {
  return Promise.all(
    els.map(
      (el) =>
        new Promise((ok, fail) => {
          el.addEventListener('monitor-load', ok, {once: true});
          el.addEventListener('monitor-error', (e) => fail(new Error(`${e.detail.code}: ${e.detail.message}`)), {once: true});
        }),
    ),
  );
}

async function nav() {
  const els = [...document.querySelectorAll(TAG)];
  // the harness runs before the element's bundle, so no event is missed
  await loadsOf(els);
  const loaded = performance.now();
  const first = afterPaint().then(() => performance.now());
  await settled(els, config.width);
  forceLayout();
  await afterPaint();
  report('nav', {painted: performance.now(), loaded, firstPainted: await first});
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
        const loads = loadsOf(els);
        boxes().forEach((box, k) => box.append(els[k]));
        await loads;
        // every element has rendered once: at its default width, before its ResizeObserver spoke
        const loadedMs = performance.now() - t0;
        await settled(els, config.width);
        return {loadedMs};
      }),
    resize: () =>
      timed(async () => {
        document.body.classList.add('narrow');
        await settled(els, config.narrowWidth);
      }),
  };
  report('ready');
}

(config.mode === 'nav' ? nav() : prepareRender()).catch((error) => report('error', {message: String(error?.stack ?? error)}));
