import {css} from 'lit';

/** Rules every element shares: box, text, states, visually hidden text, focus. */
export const sharedStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.4;
    /* !important: a page's own \`* { color: … !important }\` must not turn our text white on white
       (an important declaration inside a shadow tree wins over one outside it) */
    color: var(--_text) !important;
    background: var(--_background);
    contain: content;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .status {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 3em;
    padding: 0.75em;
    color: var(--_text-muted);
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid var(--_grid);
    border-top-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  .stale {
    margin: 0 0 0.5em;
    padding: 0.25em 0.75em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
    font-size: 0.875em;
  }
  .error {
    padding: 0.75em;
    border-inline-start: 4px solid var(--_error);
    background: var(--_surface);
  }
  .error-message {
    margin: 0 0 0.25em;
    font-weight: 600;
  }
  .error-details summary {
    display: inline-flex;
    align-items: center;
    min-height: 24px;
    cursor: pointer;
  }
  .error-details {
    font-size: 0.875em;
    color: var(--_text-muted);
    overflow-wrap: anywhere;
  }
  button {
    font: inherit;
    min-height: 24px;
    min-width: 24px;
    padding: 0.25em 0.75em;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: 4px;
    cursor: pointer;
  }
  .downloads,
  .download-options {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .download-options[hidden] {
    display: none;
  }
  button:hover {
    background: var(--_surface);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: inherit;
  }
  @media (forced-colors: active) {
    .error {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
