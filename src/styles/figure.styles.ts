import {css} from 'lit';

/**
 * What a chart and a map share around their plot: figure, caption, title, notes under it, the
 * legend, the tooltip and the source line. (One stylesheet for both, outside either element's
 * folder, so an entry point still loads no other element's code.) The table's rules are in
 * table.styles.ts, loaded with the table.
 */
export const figureStyles = css`
  figure {
    margin: 0;
  }
  svg.plot {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
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
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend svg {
    width: 28px;
    height: 14px;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
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
    transform: translate(-50%, calc(-100% - 10px));
    pointer-events: auto;
  }
  .actions {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
`;
