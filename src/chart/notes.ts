/**
 * Breaks in a series (format extension `notes`, kind `break`): a note with a `period` that is a
 * category of a time axis (not the first) marks a break before that category. The chart draws a
 * dashed rule with a short label there, adds the note to its text summary and lists it under the
 * plot. Pure functions plus two small templates, so the chart element needs three lines for it.
 */
import {html, nothing, svg, type SVGTemplateResult, type TemplateResult} from 'lit';
import type {Note, View} from '../data/model.js';
import {resolveText} from '../data/localized-text.js';
import {formatPeriod} from '../i18n/format.js';
import {msg, str} from '../i18n/localization.js';
import type {Geometry} from './geometry.js';

export interface SeriesBreak {
  /** The first category after the break. */
  readonly c: number;
  readonly note: Note;
}

/** The break notes a chart of `view` can mark: a time axis holding the note's period after its first category. */
function seriesBreaks(view: View): SeriesBreak[] {
  if (view.categoryDimension.role !== 'time') return [];
  const breaks: SeriesBreak[] = [];
  for (const note of view.indicator.notes ?? []) {
    const c = note.kind === 'break' ? view.categories.findIndex((category) => category.id === note.period) : -1;
    if (c > 0) breaks.push({c, note});
  }
  return breaks;
}

/** Where the rule before category `c` goes along a horizontal category axis: halfway between the centres of c − 1 and c. */
function breakPosition(g: Geometry, c: number, nSeries: number): number {
  const centre = (k: number) => {
    let low = Infinity;
    let high = -Infinity;
    for (let s = 0; s < nSeries; s++) {
      const m = g.markAt(s, k);
      if (!m) continue;
      low = Math.min(low, m.x);
      high = Math.max(high, m.x + m.width);
    }
    return (low + high) / 2;
  };
  return (centre(c - 1) + centre(c)) / 2;
}

/** A note as one line: "Breuk in de reeks vanaf 2022: …" for a break, "2022: …" with a period, else its text. */
export function noteText(note: Note, lang: string): string {
  const text = resolveText(note.text, lang);
  if (!note.period) return text;
  const period = formatPeriod(note.period, lang);
  return note.kind === 'break' ? msg(str`Breuk in de reeks vanaf ${period}: ${text}`, {id: 'notes.break'}) : `${period}: ${text}`;
}

/** The sentences the chart's summary gains (with a leading space), or ''. */
export function breaksSummary(view: View, lang: string): string {
  return seriesBreaks(view).map((b) => ' ' + noteText(b.note, lang)).join('');
}

/** Dashed rules with a short label, inside the plot's translated group (hidden: the summary says it). */
export function renderBreakRules(view: View, g: Geometry): SVGTemplateResult | typeof nothing {
  // categories run across (columns, lines); a forced `type="bar"` over time lists the break under the chart only
  const breaks = g.horizontal ? [] : seriesBreaks(view);
  if (!breaks.length) return nothing;
  const label = msg('breuk', {id: 'notes.break-label'});
  return svg`<g class="breaks" aria-hidden="true">${breaks.map((b) => {
    const p = breakPosition(g, b.c, view.series.length);
    return svg`<line class="break-rule" x1=${p} x2=${p} y1="0" y2=${g.innerHeight}></line><text class="break-label" x=${p} y="-2" text-anchor="middle">${label}</text>`;
  })}</g>`;
}

/** The marked breaks as a list under the chart. */
export function renderBreakNotes(view: View, lang: string): TemplateResult | typeof nothing {
  const breaks = seriesBreaks(view);
  return breaks.length ? html`<ul class="notes" part="notes">${breaks.map((b) => html`<li>${noteText(b.note, lang)}</li>`)}</ul>` : nothing;
}

export {notesStyles} from './notes.styles.js';
