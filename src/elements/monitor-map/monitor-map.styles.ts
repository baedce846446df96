import {css} from 'lit';

/**
 * The map's tokens and rules. Figure, caption, legend, tooltip, source line and table look like the
 * chart's (the same rules, repeated here: an entry point may not load another element's code). The
 * five class colours form one sequential blue scale, light to dark; the darkest keeps 3:1 against the dark area outline, the lightest
 * stands off the white background by that outline. Areas without data are hatched, never filled with a class colour.
 */
export const mapStyles = css`
  :host {
    --_map-color-1: var(--leiden-map-color-1, #eaf2fb);
    --_map-color-2: var(--leiden-map-color-2, #c2daf1);
    --_map-color-3: var(--leiden-map-color-3, #8fbbe4);
    --_map-color-4: var(--leiden-map-color-4, #5b96d0);
    --_map-color-5: var(--leiden-map-color-5, #2f6db3);
    --_map-outline: var(--leiden-map-outline, #1a1a1a);
    --_map-no-data: var(--leiden-map-no-data, #767676);
  }
  figure {
    margin: 0;
  }
  figcaption {
    margin-bottom: 0.5em;
  }
  .title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .subtitle {
    margin: 0.125em 0 0;
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .description {
    margin: 0.25em 0 0;
    font-size: 0.875em;
  }
  .sample-badge {
    display: inline-block;
    margin: 0.25em 0 0;
    padding: 0 0.4em;
    border: 1px solid var(--_accent);
    border-radius: 3px;
    color: var(--_accent);
    font-size: 0.8125em;
    font-weight: 600;
  }
  .plot-wrap {
    position: relative;
  }
  svg.plot {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .area {
    stroke: var(--_map-outline);
    stroke-width: 0.75;
    stroke-linejoin: round;
    fill-rule: evenodd;
  }
  .area:focus {
    outline: none;
  }
  .c1 { fill: var(--_map-color-1); }
  .c2 { fill: var(--_map-color-2); }
  .c3 { fill: var(--_map-color-3); }
  .c4 { fill: var(--_map-color-4); }
  .c5 { fill: var(--_map-color-5); }
  .no-data-bg {
    fill: var(--_background);
  }
  .no-data-line {
    stroke: var(--_map-no-data);
    stroke-width: 1.5;
  }
  .ring {
    fill: none;
    pointer-events: none;
    stroke-linejoin: round;
  }
  .ring.hover {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .ring.focus {
    stroke: var(--_focus);
    stroke-width: 3.5;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .legend svg {
    width: 28px;
    height: 14px;
  }
  .legend rect {
    stroke: var(--_map-outline);
    stroke-width: 0.75;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    max-width: 16em;
    padding: 0.35em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_background);
    color: var(--_text);
    font-size: 0.875em;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.2);
    transform: translate(-50%, calc(-100% - 8px));
    pointer-events: none;
  }
  .tooltip strong {
    display: block;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  .source {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.8125em;
  }
  .table-wrap {
    overflow-x: auto;
    margin-top: 0.5em;
  }
  .table-wrap[hidden] {
    display: none;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25em;
  }
  th,
  td {
    padding: 0.25em 0.75em;
    border-bottom: 1px solid var(--_grid);
    text-align: end;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
  }
  td.missing {
    color: var(--_text-muted);
  }
  .unit {
    font-weight: normal;
    color: var(--_text-muted);
  }
  @media (forced-colors: active) {
    .area {
      stroke: CanvasText;
    }
    .c1, .c2, .c3, .c4, .c5 {
      fill: Canvas;
    }
    .no-data-line {
      stroke: GrayText;
    }
    .ring.focus {
      stroke: Highlight;
    }
  }
`;
