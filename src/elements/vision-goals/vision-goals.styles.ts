import {css} from 'lit';

export const visionStyles = css`
  .title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .adopted {
    margin: 0.25em 0 0;
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .goals {
    margin: 1em 0 0;
    padding-inline-start: 1.75em;
  }
  .goal {
    margin: 0 0 1.25em;
    padding-inline-start: 0.25em;
  }
  .goal::marker {
    color: var(--_accent);
    font-weight: 700;
  }
  .goal-title .title {
    font-size: 1.0625em;
  }
  .description {
    margin: 0.25em 0 0;
    max-width: 65ch;
  }
  .domains-label {
    margin: 0.5em 0 0.25em;
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .domains {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .domains li {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
  }
  .kpis {
    display: grid;
    /* min(): at 200 % text or on a narrow screen a column is never wider than the goal */
    grid-template-columns: repeat(auto-fill, minmax(min(14em, 100%), 1fr));
    gap: 0.75em;
    margin-top: 0.75em;
  }
  .source {
    margin: 0.5em 0 0;
    color: var(--_text-muted);
    font-size: 0.8125em;
  }
  @media (forced-colors: active) {
    .domains li {
      border-color: CanvasText;
    }
  }
`;
