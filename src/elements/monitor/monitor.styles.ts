import {css} from 'lit';

export const monitorStyles = css`
  .title {
    margin: 0 0 0.25em;
    font-size: 1.5em;
    line-height: 1.25;
  }
  section > .title {
    margin-top: 1.5em;
    font-size: 1.25em;
  }
  .placeholder .title {
    font-size: 1em;
  }
  .meta {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 1em 0;
    padding: 0;
    list-style: none;
  }
  /* links and the focus ring as in shared.styles, with a thinner ring */
  :focus-visible {
    outline-width: 2px;
  }
  .indicator {
    margin: 1.5em 0;
  }
  .placeholder {
    min-height: 20rem;
  }
  summary {
    cursor: pointer;
  }
  details {
    max-width: 65ch;
    font-size: 0.875em;
  }
`;
