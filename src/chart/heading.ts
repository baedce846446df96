import {html, type TemplateResult} from 'lit';

/**
 * The title as a real `<h1>`–`<h6>` when `level` is 1–6, else plain caption text. Written out per
 * level because lit cannot bind a tag name without static templates.
 */
export function renderHeading(level: number | null | undefined, id: string, text: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 class="title" id=${id}>${text}</h1>`;
    case 2:
      return html`<h2 class="title" id=${id}>${text}</h2>`;
    case 3:
      return html`<h3 class="title" id=${id}>${text}</h3>`;
    case 4:
      return html`<h4 class="title" id=${id}>${text}</h4>`;
    case 5:
      return html`<h5 class="title" id=${id}>${text}</h5>`;
    case 6:
      return html`<h6 class="title" id=${id}>${text}</h6>`;
    default:
      return html`<span class="title" id=${id}>${text}</span>`;
  }
}
