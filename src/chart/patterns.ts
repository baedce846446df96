import {svg, type SVGTemplateResult} from 'lit';

/**
 * Fill patterns so bar and column series differ by more than colour (and stay apart in forced
 * colours, where every series is drawn in the same system colour). Series 0 is solid; the others
 * lay thin background-coloured lines or dots over their colour. Ids are scoped by the shadow root.
 */
const OVERLAYS: string[] = [
  '',
  'M-1,1 l2,-2 M0,8 l8,-8 M7,9 l2,-2', // diagonal
  'M2,2h1v1h-1z M6,6h1v1h-1z', // dots
  'M0,0 L8,8 M8,0 L0,8', // cross-hatch
  'M0,4 H8', // horizontal
  'M4,0 V8', // vertical
  'M-1,7 l2,2 M0,0 l8,8 M7,-1 l2,2', // reverse diagonal
  'M0,0 H8 M0,0 V8', // grid
];

export const SERIES_STYLES = OVERLAYS.length;

export function patternId(series: number): string | undefined {
  return series % SERIES_STYLES === 0 ? undefined : `series-pattern-${series % SERIES_STYLES}`;
}

/** `fill` for a mark of `series`: its pattern, or nothing (CSS gives the solid colour). */
export function patternFill(series: number): string | undefined {
  const id = patternId(series);
  return id ? `url(#${id})` : undefined;
}

/** The `<defs>` with one pattern per series style in use. */
export function renderPatternDefs(seriesCount: number): SVGTemplateResult {
  const used = Array.from({length: Math.min(seriesCount, SERIES_STYLES)}, (_, s) => s).filter((s) => patternId(s));
  return svg`<defs>${used.map(
    (s) => svg`<pattern id=${patternId(s)!} width="8" height="8" patternUnits="userSpaceOnUse">
      <rect class="s${s}" width="8" height="8"></rect>
      <path class="pattern-overlay" d=${OVERLAYS[s]}></path>
    </pattern>`,
  )}</defs>`;
}
