import {css} from 'lit';

export const chartStyles = css`
  /* loading (or waiting below the fold): the room of the plot it will draw (0.55 × its width,
     220–420 px, as computeGeometry's columns and lines), so the page does not jump when it arrives */
  .status {
    aspect-ratio: 20 / 11;
    min-height: 220px;
    max-height: 420px;
  }
  svg.plot {
    font-size: 12px;
  }
  .tick-label,
  .category-label {
    fill: var(--_text-muted);
  }
  .grid-line {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .zero-line {
    stroke: var(--_border);
    stroke-width: 1.5;
  }
  .mark {
    stroke: var(--_background);
    stroke-width: 1;
  }
  .mark:focus {
    outline: none;
  }
  /* the hovered or focused point; the focus ring itself is drawn around it (.focus-ring) */
  .mark.active {
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2.5;
    pointer-events: none;
  }
  .pattern-overlay {
    fill: none;
    stroke: var(--_background);
    stroke-width: 1.5;
  }
  .mark.missing {
    fill: none;
    stroke: var(--_text-muted);
    stroke-dasharray: 3 2;
  }
  .mark.hit {
    fill: transparent;
    stroke: transparent;
  }
  .mark.hit.active {
    stroke: var(--_text-muted);
  }
  .series-line {
    fill: none;
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .s0 { fill: var(--_series-1); color: var(--_series-1); }
  .s1 { fill: var(--_series-2); color: var(--_series-2); }
  .s2 { fill: var(--_series-3); color: var(--_series-3); }
  .s3 { fill: var(--_series-4); color: var(--_series-4); }
  .s4 { fill: var(--_series-5); color: var(--_series-5); }
  .s5 { fill: var(--_series-6); color: var(--_series-6); }
  .s6 { fill: var(--_series-7); color: var(--_series-7); }
  .s7 { fill: var(--_series-8); color: var(--_series-8); }
  .series-line.s0, .series-line.s1, .series-line.s2, .series-line.s3,
  .series-line.s4, .series-line.s5, .series-line.s6, .series-line.s7 {
    fill: none;
    stroke: currentColor;
  }
  /* series differ by more than colour: dash patterns for lines */
  .series-line.s1 { stroke-dasharray: 8 4; }
  .series-line.s2 { stroke-dasharray: 2 3; }
  .series-line.s3 { stroke-dasharray: 10 3 2 3; }
  .series-line.s5 { stroke-dasharray: 6 2; }
  .series-line.s6 { stroke-dasharray: 1 2; }
  .legend svg {
    overflow: visible;
  }
  @media (forced-colors: active) {
    .s0, .s1, .s2, .s3, .s4, .s5, .s6, .s7 {
      fill: CanvasText;
      color: CanvasText;
    }
    .mark {
      stroke: Canvas;
    }
    .mark.active {
      stroke: CanvasText;
    }
    .focus-ring {
      stroke: Highlight;
    }
    .pattern-overlay {
      stroke: Canvas;
    }
    .grid-line,
    .zero-line {
      stroke: GrayText;
    }
    .tick-label,
    .category-label {
      fill: CanvasText;
    }
  }
`;
