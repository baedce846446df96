import {css} from 'lit';

/**
 * The KPI's own rules, over figure.styles.ts (title, subtitle, sample badge, source, actions):
 * only what differs from a chart's caption and source line is repeated here.
 */

export const kpiStyles = css`
  :host([variant='inline']) {
    display: inline;
    contain: none;
    /* a figure in running text takes the colour of the sentence around it */
    color: inherit !important;
    background: transparent;
    line-height: inherit;
    font-size: inherit;
  }
  .tile {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    height: 100%;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_background);
  }
  .title {
    font-size: 1em;
  }
  .subtitle,
  .note {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .note {
    font-style: italic;
  }
  .figure {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5em;
    margin: 0.25em 0 0;
  }
  .value {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .tile .value {
    font-size: 2em;
    line-height: 1.1;
  }
  .tile .period {
    color: var(--_text-muted);
  }
  .change {
    margin: 0;
    font-size: 0.9375em;
  }
  .symbol {
    display: inline-block;
    min-width: 1em;
  }
  .sparkline {
    display: block;
    margin: 0.25em 0;
    overflow: visible;
    color: var(--_series-1);
  }
  .spark-line {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .spark-dot {
    fill: currentColor;
  }
  .tile > .actions {
    align-self: flex-start;
  }
  .tile th {
    overflow-wrap: anywhere;
  }
  .source {
    margin: auto 0 0;
    padding-top: 0.25em;
  }
  .sample-badge {
    align-self: flex-start;
    margin: 0;
  }
  .inline .sample-badge {
    display: inline;
  }
  /* inline: loading and error views flow in the sentence */
  :host([variant='inline']) .status,
  :host([variant='inline']) .error,
  :host([variant='inline']) .error-message {
    display: inline;
    min-height: 0;
    margin: 0;
    padding: 0;
  }
  :host([variant='inline']) .error {
    padding: 0 0.25em;
    border-inline-start-width: 3px;
  }
  :host([variant='inline']) .error-details {
    display: none;
  }
  :host([variant='inline']) .spinner {
    display: inline-block;
    vertical-align: -0.125em;
    margin-inline-end: 0.25em;
  }
  @media (forced-colors: active) {
    .sparkline {
      color: CanvasText;
    }
    .tile {
      border-color: CanvasText;
    }
  }
`;
