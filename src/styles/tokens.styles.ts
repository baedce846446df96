import {css} from 'lit';

/**
 * Public tokens (`--leiden-*`) copied to private `--_*` properties on :host, so partner CSS sets
 * the public name and our rules read only the private one (Material's habit). Every series colour
 * has at least 3:1 contrast against the white background.
 */
export const tokenStyles = css`
  :host {
    --_font-family: var(--leiden-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--leiden-font-size, 1rem);
    --_text: var(--leiden-color-text, #1a1a1a);
    --_text-muted: var(--leiden-color-text-muted, #545454);
    --_background: var(--leiden-color-background, #ffffff);
    --_surface: var(--leiden-color-surface, #f4f4f4);
    --_border: var(--leiden-color-border, #767676);
    --_grid: var(--leiden-color-grid, #dddddd);
    --_accent: var(--leiden-color-accent, #b3002d);
    --_focus: var(--leiden-color-focus, #0b57d0);
    --_error: var(--leiden-color-error, #b00020);
    --_series-1: var(--leiden-color-series-1, #1f5fa8);
    --_series-2: var(--leiden-color-series-2, #c0392b);
    --_series-3: var(--leiden-color-series-3, #1b7a4a);
    --_series-4: var(--leiden-color-series-4, #8e3c8f);
    --_series-5: var(--leiden-color-series-5, #a35a00);
    --_series-6: var(--leiden-color-series-6, #0f6b75);
    --_series-7: var(--leiden-color-series-7, #5c5c5c);
    --_series-8: var(--leiden-color-series-8, #8a6d00);
  }
`;
