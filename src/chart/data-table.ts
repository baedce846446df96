import {html, type TemplateResult} from 'lit';
import type {View} from '../data/model.js';
import {resolveText} from '../data/localized-text.js';
import {formatValue} from '../i18n/format.js';
import {msg} from '../i18n/localization.js';
import {categoryText, seriesText} from './describe.js';
import {unitText} from './unit-text.js';

/**
 * The chart's data as a real HTML table: caption, header cells with scope and unit, every value
 * (none decimated), missing values written as missing. Values with a note (format extension
 * `note`) get a numbered marker and the note under the table.
 */
export function renderDataTable(view: View, lang: string, id: string): TemplateResult {
  const {indicator} = view;
  const unit = unitText(indicator.unit);
  const seriesHeader = (s: number) => seriesText(view, s, lang) || resolveText(indicator.label, lang);
  const footnotes: string[] = [];
  const mark = (s: number, c: number) => {
    const note = view.notes?.[s][c];
    if (!note) return '';
    footnotes.push(resolveText(note, lang));
    return html` <sup class="note-mark"><span class="visually-hidden">${msg('noot', {id: 'table.note'})} </span>${footnotes.length}</sup>`;
  };
  return html`<table id=${id} part="table">
    <caption>${resolveText(indicator.label, lang)}${unit ? html` <span class="unit">(${unit})</span>` : ''}</caption>
    <thead>
      <tr>
        <th scope="col"><bdi>${resolveText(view.categoryDimension.label, lang)}</bdi></th>
        ${view.series.map((_, s) => html`<th scope="col"><bdi>${seriesHeader(s)}</bdi></th>`)}
      </tr>
    </thead>
    <tbody>
      ${view.categories.map(
        (_, c) => html`<tr>
          <th scope="row"><bdi>${categoryText(view, c, lang)}</bdi></th>
          ${view.series.map((_, s) => {
            const value = view.values[s][c];
            const status = view.statuses[s][c];
            return value === null
              ? html`<td class="missing"><span aria-hidden="true">–</span><span class="visually-hidden">${msg('geen gegevens', {id: 'table.missing'})}</span>${status ? html` <span class="cell-status">(${status})</span>` : ''}${mark(s, c)}</td>`
              : html`<td>${formatValue(value, indicator.unit, indicator.decimals, lang)}${mark(s, c)}</td>`;
          })}
        </tr>`,
      )}
    </tbody>
  </table>${footnotes.length ? html`<ol class="table-notes">${footnotes.map((text) => html`<li>${text}</li>`)}</ol>` : ''}`;
}
