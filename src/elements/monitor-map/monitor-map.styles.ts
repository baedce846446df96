import {css} from 'lit';

/**
 * The map's tokens and rules; figure, caption, legend, tooltip, source line and table share the
 * chart's rules (src/styles/figure.styles.ts). The
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
  /* loading: the room of the map it will draw, so the page does not jump when it arrives. Leiden's
     districts are taller than wide, so their map fills the height monitor-map.ts allows: its width,
     200–520 px (MAX_HEIGHT). Other areas may draw lower. */
  .status {
    aspect-ratio: 1;
    min-height: 200px;
    max-height: 520px;
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
    font-variant-numeric: tabular-nums;
  }
  .legend rect {
    stroke: var(--_map-outline);
    stroke-width: 0.75;
  }
  /* the table fits a 320 px wide screen: long names and headers may break anywhere */
  th {
    overflow-wrap: anywhere;
  }
  /* Forced colours turn every fill into a system colour: the classes are told apart by dot
     density instead, from empty (lowest) to solid (highest), on the areas and in the legend alike.
     "No data" keeps its diagonal hatching, which no class uses. */
  @media (forced-colors: active) {
    .area,
    .legend rect {
      stroke: CanvasText;
    }
    .c1 { fill: Canvas; }
    .c2 { fill: url(#class-2) Canvas; }
    .c3 { fill: url(#class-3) Canvas; }
    .c4 { fill: url(#class-4) Canvas; }
    .c5 { fill: CanvasText; }
    .dots-bg {
      fill: Canvas;
    }
    .dot {
      fill: CanvasText;
    }
    .no-data-line {
      stroke: GrayText;
    }
    .ring.focus {
      stroke: Highlight;
    }
  }
`;
