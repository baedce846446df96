import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/localization.js';
import type {View} from '../data/model.js';
import {downloadText} from './download-file.js';

export type DownloadFormat = 'csv' | 'svg' | 'png';

/**
 * The buttons inside a figure's download disclosure, one per format (see FigureActions in
 * figure-parts.ts for the disclosure itself: a button with aria-expanded, closed by Escape). A
 * disclosure of plain buttons, not an ARIA menu: it needs no roving focus and every screen reader
 * knows it.
 */
export function renderDownloadOptions(pictures: boolean, pick: (format: DownloadFormat) => void): TemplateResult {
  return html`<button type="button" part="download-option" @click=${() => pick('csv')}>${msg('Gegevens (CSV)', {id: 'download.csv'})}</button>
    ${pictures
      ? html`<button type="button" part="download-option" @click=${() => pick('svg')}>${msg('Afbeelding (SVG)', {id: 'download.svg'})}</button>
          <button type="button" part="download-option" @click=${() => pick('png')}>${msg('Afbeelding (PNG)', {id: 'download.png'})}</button>`
      : nothing}`;
}

/**
 * Carries out a download of `view` (CSV) or of the picture in `root` (SVG, PNG). The code for it
 * loads on first use: most readers never download.
 */
export async function download(format: DownloadFormat, view: View, root: ParentNode, lang: string, title: string): Promise<void> {
  if (format === 'csv') {
    const {viewToCsv} = await import('./csv.js');
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
