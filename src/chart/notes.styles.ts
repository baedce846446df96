import {css} from 'lit';

/** Styles of the break rules and the notes list (src/chart/notes.ts, loaded when a chart has notes). */
export const notesStyles = css`
  .break-rule {
    stroke: var(--_text);
    stroke-dasharray: 4 3;
  }
  .break-label {
    font-size: 11px;
    fill: var(--_text);
  }
  .notes {
    margin: 0.5em 0;
    padding-inline-start: 1.2em;
    font-size: 0.875em;
  }
`;
