// The bench's reference: a bare lit + d3 chart, the floor of our stack. It draws what the peers
// draw (a title, a y axis with grid lines, category labels, bars or lines, a legend) in a
// LitElement with shadow DOM, like ours, and nothing else: no keyboard, summary, table or ARIA,
// no localisation, no validation, no loading or error states, no decimation, no text measuring.
// What ours costs on top of this is what its features cost.
// Bundled by scripts/bench/assets.mjs into bench-results/assets/bare/; not part of the library.
/* global ResizeObserver, customElements */
import {LitElement, css, html, svg} from 'lit';
import {max, min} from 'd3-array';
import {scaleBand, scaleLinear} from 'd3-scale';
import {line} from 'd3-shape';

const HEIGHT = 400;
const MARGIN = {top: 10, right: 10, bottom: 30, left: 50};
const COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b'];
/** At most this many category labels under a line chart's x axis. */
const X_LABELS = 10;

export class BareChart extends LitElement {
  static properties = {data: {attribute: false}, width: {type: Number}};

  static styles = css`
    :host {
      display: block;
      font: 12px system-ui, sans-serif;
    }
    h2 {
      font-size: 16px;
      margin: 0 0 4px;
    }
    svg {
      display: block;
    }
    .grid {
      stroke: #ddd;
    }
    .legend {
      display: flex;
      gap: 12px;
      list-style: none;
      margin: 4px 0 0;
      padding: 0;
    }
    .swatch {
      display: inline-block;
      width: 10px;
      height: 10px;
      margin-inline-end: 4px;
    }
  `;

  #observer = new ResizeObserver(([entry]) => {
    const width = Math.floor(entry.contentRect.width);
    if (width > 0 && width !== this.width) this.width = width;
  });

  connectedCallback() {
    super.connectedCallback();
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  render() {
    const {data, width} = this;
    if (!data || !width) return html``;
    const values = data.series.flatMap((s) => s.values);
    const y = scaleLinear([Math.min(0, min(values)), Math.max(0, max(values))], [HEIGHT - MARGIN.bottom, MARGIN.top]).nice();
    const marks = data.type === 'line' ? this.#lines(data, y) : this.#bars(data, y);
    return html`<h2>${data.title}</h2>
      <svg width=${width} height=${HEIGHT}>
        ${y.ticks(5).map(
          (t) => svg`<line class="grid" x1=${MARGIN.left} x2=${width - MARGIN.right} y1=${y(t)} y2=${y(t)}></line>
            <text x=${MARGIN.left - 6} y=${y(t)} dy="0.32em" text-anchor="end">${t}</text>`,
        )}
        ${marks}
      </svg>
      ${data.series.length > 1
        ? html`<ul class="legend">
            ${data.series.map((s, i) => html`<li><span class="swatch" style="background:${COLORS[i % COLORS.length]}"></span>${s.name}</li>`)}
          </ul>`
        : ''}`;
  }

  #bars(data, y) {
    const x = scaleBand(data.labels, [MARGIN.left, this.width - MARGIN.right]).padding(0.2);
    const inner = scaleBand(data.series.map((_, i) => i), [0, x.bandwidth()]).padding(0.05);
    const base = y(0);
    return svg`${data.labels.map(
      (label, c) => svg`<text x=${x(label) + x.bandwidth() / 2} y=${HEIGHT - MARGIN.bottom + 16} text-anchor="middle">${label}</text>
        ${data.series.map((s, i) => {
          const v = s.values[c];
          return v == null
            ? ''
            : svg`<rect x=${x(label) + inner(i)} y=${Math.min(y(v), base)} width=${inner.bandwidth()} height=${Math.abs(base - y(v))} fill=${COLORS[i % COLORS.length]}></rect>`;
        })}`,
    )}`;
  }

  #lines(data, y) {
    const n = data.labels.length;
    const x = scaleLinear([0, Math.max(1, n - 1)], [MARGIN.left, this.width - MARGIN.right]);
    const path = line((_, i) => x(i), (v) => y(v)).defined((v) => v != null);
    const step = Math.max(1, Math.ceil(n / X_LABELS));
    return svg`${data.labels.map((label, i) =>
      i % step ? '' : svg`<text x=${x(i)} y=${HEIGHT - MARGIN.bottom + 16} text-anchor="middle">${label}</text>`,
    )}
      ${data.series.map((s, i) => svg`<path d=${path(s.values)} fill="none" stroke=${COLORS[i % COLORS.length]} stroke-width="2"></path>`)}`;
  }
}

customElements.define('bare-chart', BareChart);
