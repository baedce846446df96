import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/localization.js';
import type {View} from '../data/model.js';

export type DownloadFormat = 'csv' | 'svg' | 'png';

/**
 * The download disclosure of a chart or map: a button (aria-expanded) that shows a small group of
 * buttons, one per format. Escape closes it and returns focus to the button. A disclosure of plain
 * buttons, not an ARIA menu: it needs no roving focus and every screen reader knows it.
 */
export function renderDownloadMenu(open: boolean, pictures: boolean, toggle: () => void, pick: (format: DownloadFormat) => void): TemplateResult {
  const label = msg('Downloaden', {id: 'download.menu'});
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    toggle();
    ((event.currentTarget as HTMLElement).querySelector('button') as HTMLButtonElement).focus();
  };
  return html`<span class="downloads" @keydown=${onKeydown}>
    <button type="button" part="download" aria-expanded=${String(open)} aria-controls="download-options" @click=${toggle}>${label}</button>
    <span id="download-options" class="download-options" role="group" aria-label=${label} ?hidden=${!open}>
      <button type="button" part="download-option" @click=${() => pick('csv')}>${msg('Gegevens (CSV)', {id: 'download.csv'})}</button>
      ${pictures
        ? html`<button type="button" part="download-option" @click=${() => pick('svg')}>${msg('Afbeelding (SVG)', {id: 'download.svg'})}</button>
            <button type="button" part="download-option" @click=${() => pick('png')}>${msg('Afbeelding (PNG)', {id: 'download.png'})}</button>`
        : nothing}
    </span>
  </span>`;
}

/**
 * Carries out a download of `view` (CSV) or of the picture in `root` (SVG, PNG). The code for it
 * loads on first use: most readers never download.
 */
export async function download(format: DownloadFormat, view: View, root: ParentNode, lang: string, title: string): Promise<void> {
  if (format === 'csv') {
    const {downloadText, viewToCsv} = await import('./csv.js');
    downloadText(viewToCsv(view, lang), `${view.indicator.id}.csv`);
    return;
  }
  const svg = root.querySelector<SVGSVGElement>('svg.plot');
  if (!svg) return;
  const source = (root.querySelector('[part=source]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const {downloadPng, downloadSvg} = await import('./export.js');
  if (format === 'svg') downloadSvg(svg, {title, source}, `${view.indicator.id}.svg`);
  else await downloadPng(svg, {title, source}, `${view.indicator.id}.png`);
}
