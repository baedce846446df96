import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/chart.js';
import type {LeidenMonitorChart} from '../../src/chart.js';
import {areasMonitor, groupsMonitor, timeSeriesMonitor} from '../helpers/monitors.js';
import {until} from '../helpers/expect-event.js';

const AXE = {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']};

async function ready(el: LeidenMonitorChart): Promise<LeidenMonitorChart> {
  await until(() => el.state !== 'loading', 'the chart to leave loading');
  await el.updateComplete;
  return el;
}
const chart = async (template: ReturnType<typeof html>) => ready(await fixture<LeidenMonitorChart>(template));

const $ = (el: LeidenMonitorChart, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: LeidenMonitorChart, selector: string) => Array.from(el.shadowRoot!.querySelectorAll(selector));
const toggleText = (el: LeidenMonitorChart) => $(el, 'button[part=toggle]')!.textContent!.trim();
const box = (e: Element) => e.getBoundingClientRect();
/** Without the bidi marks Intl puts around signs. */
const plain = (s: string) => s.replace(/[\u200e\u200f\u061c]/g, '');

const UI = {
  nl: {toggle: 'Toon als tabel', legend: 'Legenda', source: 'Bron:', highest: 'Hoogste waarde'},
  en: {toggle: 'Show as table', legend: 'Legend', source: 'Source:', highest: 'Highest value'},
  ar: {toggle: 'عرض كجدول', legend: 'وسيلة الإيضاح', source: 'المصدر:', highest: 'أعلى قيمة'},
} as const;

/** A monitor whose labels include Arabic, so the ar chart shows Arabic data labels. */
function arabicLabelled() {
  const doc = groupsMonitor();
  doc.indicators[0].label = {nl: 'Internationals per groep', en: 'Internationals by group', ar: 'الدوليون حسب الفئة'} as never;
  doc.dimensions.group.categories[0].label = {nl: 'Internationale studenten', en: 'International students', ar: 'الطلاب الدوليون'} as never;
  return doc;
}

describe('<leiden-monitor-chart> per locale', () => {
  for (const lang of ['nl', 'en', 'ar'] as const) {
    it(`speaks ${lang}: UI strings, lang and dir on the content`, async () => {
      const el = await chart(html`<leiden-monitor-chart lang=${lang} type="column" .data=${groupsMonitor()}></leiden-monitor-chart>`);
      expect(toggleText(el)).to.equal(UI[lang].toggle);
      expect($(el, '.legend')!.getAttribute('aria-label')).to.equal(UI[lang].legend);
      expect($(el, '[part=source]')!.textContent).to.contain(UI[lang].source);
      expect($(el, '#summary')!.textContent).to.contain(UI[lang].highest);
      const figure = $(el, 'figure')!;
      expect(figure.getAttribute('lang')).to.equal(lang);
      expect(figure.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
    });
  }

  it('formats numbers in the locale: nl "12,5%", en "12.5%", ar as Intl gives it', async () => {
    const values: Record<string, string> = {};
    for (const lang of ['nl', 'en', 'ar', 'ar-EG']) {
      const el = await chart(html`<leiden-monitor-chart lang=${lang} type="table" .data=${timeSeriesMonitor([12.5])}></leiden-monitor-chart>`);
      values[lang] = $$(el, 'td')[0].textContent!;
    }
    expect(values.nl).to.equal('12,5%');
    expect(values.en).to.equal('12.5%');
    expect(values.ar).to.equal(new Intl.NumberFormat('ar', {style: 'percent', minimumFractionDigits: 1}).format(0.125));
    expect(plain(values.ar)).to.equal('12.5%');
    expect(values['ar-EG']).to.match(/^١٢٫٥/);
  });

  it('shows the Arabic catalogue for a regional Arabic tag, keeping the tag on the content', async () => {
    const el = await chart(html`<leiden-monitor-chart lang="ar-EG" .data=${timeSeriesMonitor()}></leiden-monitor-chart>`);
    expect(toggleText(el)).to.equal(UI.ar.toggle);
    expect($(el, 'figure')!.getAttribute('lang')).to.equal('ar-EG');
    expect($(el, 'figure')!.getAttribute('dir')).to.equal('rtl');
  });

  it('uses Arabic data labels when the document has them, and the fallback chain when not', async () => {
    const el = await chart(html`<leiden-monitor-chart lang="ar" type="column" .data=${arabicLabelled()}></leiden-monitor-chart>`);
    expect($(el, '#title')!.textContent).to.equal('الدوليون حسب الفئة');
    const legend = $$(el, '.legend bdi').map((b) => b.textContent);
    // ar → en for the categories without Arabic
    expect(legend).to.deep.equal(['الطلاب الدوليون', 'Knowledge workers', 'Labour migrants']);
    const fallback = await chart(html`<leiden-monitor-chart lang="ar" .data=${timeSeriesMonitor()}></leiden-monitor-chart>`);
    expect($(fallback, '#title')!.textContent).to.equal('Share of internationals');
  });
});

describe('<leiden-monitor-chart> right to left', () => {
  it('runs the categories of a column chart from right to left, value axis on the right', async () => {
    const el = await chart(html`<leiden-monitor-chart lang="ar" type="column" style="width: 600px" .data=${timeSeriesMonitor([4, 5, 6, 7])}></leiden-monitor-chart>`);
    const marks = $$(el, '.mark').map(box);
    expect(marks[0].left).to.be.greaterThan(marks[3].right);
    const ticks = $$(el, '.tick-label').map(box);
    const rightmostMark = Math.max(...marks.map((m) => m.right));
    for (const t of ticks) expect(t.left).to.be.greaterThan(rightmostMark);
    // category labels under their columns, the first on the right
    const labels = $$(el, '.category-label');
    expect(labels[0].textContent).to.equal('2020');
    expect(box(labels[0]).left).to.be.greaterThan(box(labels[3]).right);
    // text is laid out, not mirrored: no negative scale anywhere in the plot
    for (const g of $$(el, 'svg.plot [transform]')) expect(g.getAttribute('transform')).not.to.match(/scale\(\s*-/);
    expect(getComputedStyle($(el, '.tick-label')!).direction).to.equal('rtl');
  });

  it('lays a column chart out left to right in nl, for comparison', async () => {
    const el = await chart(html`<leiden-monitor-chart lang="nl" type="column" style="width: 600px" .data=${timeSeriesMonitor([4, 5, 6, 7])}></leiden-monitor-chart>`);
    const marks = $$(el, '.mark').map(box);
    expect(marks[0].right).to.be.lessThan(marks[3].left);
    expect(box($(el, '.tick-label')!).right).to.be.lessThan(Math.min(...marks.map((m) => m.left)));
  });

  it('grows horizontal bars leftwards from the zero line, labels on the right, in their own direction', async () => {
    const el = await chart(html`<leiden-monitor-chart lang="ar" type="bar" style="width: 600px" .data=${areasMonitor()}></leiden-monitor-chart>`);
    const zero = box($(el, '.zero-line')!);
    const [positive, , negative] = $$(el, '.mark').map(box);
    expect(Math.abs(positive.right - zero.right)).to.be.lessThan(2);
    expect(positive.left).to.be.lessThan(zero.left);
    expect(Math.abs(negative.left - zero.left)).to.be.lessThan(2);
    const labels = $$(el, '.category-label');
    const rightmostMark = Math.max(positive.right, negative.right);
    for (const label of labels) expect(box(label).left).to.be.greaterThan(rightmostMark);
    // a Dutch name in an Arabic chart stays left to right, ellipsis at its end
    expect(labels[2].getAttribute('direction')).to.equal('ltr');
    expect(labels[2].textContent!.endsWith('…')).to.be.true;
  });

  it('runs the legend and the table right to left', async () => {
    const el = await chart(html`<leiden-monitor-chart lang="ar" type="column" style="width: 600px" .data=${groupsMonitor()}></leiden-monitor-chart>`);
    const items = $$(el, '.legend li').map(box);
    expect(items[0].left).to.be.greaterThan(items[1].left);
    ($(el, 'button[part=toggle]') as HTMLButtonElement).click();
    await el.updateComplete;
    const heads = $$(el, 'thead th').map(box);
    expect(heads[0].left).to.be.greaterThan(heads[1].left);
    expect(getComputedStyle($(el, 'table')!).direction).to.equal('rtl');
  });

  it('mirrors the arrow keys: ArrowLeft goes to the next category', async () => {
    const el = await chart(html`<leiden-monitor-chart lang="ar" type="column" .data=${groupsMonitor()}></leiden-monitor-chart>`);
    ($$(el, '.mark')[0] as SVGElement).focus();
    const focused = () => el.shadowRoot!.activeElement as SVGElement & {mark?: {c: number}};
    await sendKeys({press: 'ArrowLeft'});
    await until(() => focused()?.mark?.c === 1, 'the next category');
    await sendKeys({press: 'ArrowRight'});
    await until(() => focused()?.mark?.c === 0, 'back to the first');
    expect(focused().getAttribute('aria-label')).to.contain('2021');
  });

  it('is accessible in Arabic (axe)', async () => {
    const el = await chart(html`<leiden-monitor-chart lang="ar" type="column" .data=${arabicLabelled()}></leiden-monitor-chart>`);
    ($(el, 'button[part=toggle]') as HTMLButtonElement).click();
    await el.updateComplete;
    await expect(el).to.be.accessible(AXE);
  });

  it('shows the loading and error views in the element language and direction', async () => {
    const el = await chart(html`<leiden-monitor-chart lang="ar" src="/no-such-file.json"></leiden-monitor-chart>`);
    await until(() => el.state === 'error', 'the error');
    await el.updateComplete;
    const error = $(el, '[part=error]')!;
    expect(error.getAttribute('dir')).to.equal('rtl');
    expect(error.getAttribute('lang')).to.equal('ar');
    expect(error.textContent).to.contain('البيانات');
  });
});

describe('<leiden-monitor-chart> language changes and fallbacks', () => {
  it('re-renders when lang changes on the element, an ancestor and <html>', async () => {
    const htmlLang = document.documentElement.getAttribute('lang');
    const wrapper = await fixture<HTMLDivElement>(html`<div><leiden-monitor-chart .data=${timeSeriesMonitor()}></leiden-monitor-chart></div>`);
    const el = await ready(wrapper.querySelector('leiden-monitor-chart')!);
    const dir = () => $(el, 'figure')!.getAttribute('dir');
    try {
      document.documentElement.setAttribute('lang', 'ar');
      await until(() => toggleText(el) === UI.ar.toggle && dir() === 'rtl', 'Arabic from <html lang>');
      wrapper.setAttribute('lang', 'en');
      await until(() => toggleText(el) === UI.en.toggle && dir() === 'ltr', 'English from the ancestor');
      el.setAttribute('lang', 'ar');
      await until(() => toggleText(el) === UI.ar.toggle && dir() === 'rtl', 'Arabic from the element');
      // the mirrored layout follows too
      await until(() => box($$(el, '.mark')[0]).left > box($$(el, '.mark')[3]).left, 'mirrored marks');
      el.removeAttribute('lang');
      await until(() => toggleText(el) === UI.en.toggle, 'English again from the ancestor');
      wrapper.removeAttribute('lang');
      await until(() => toggleText(el) === UI.ar.toggle, 'Arabic again from <html lang>');
    } finally {
      if (htmlLang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', htmlLang);
    }
    await until(() => toggleText(el) === (htmlLang?.startsWith('en') ? UI.en.toggle : UI.nl.toggle), '<html lang> restored');
  });

  it('falls back silently for a well-formed unsupported tag: English UI, French numbers', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await chart(html`<leiden-monitor-chart lang="fr" type="table" .data=${timeSeriesMonitor([12.5])}></leiden-monitor-chart>`);
      expect(el.state).to.equal('ready');
      expect($(el, '#title')!.textContent).to.equal('Share of internationals');
      expect($$(el, 'td')[0].textContent).to.equal(new Intl.NumberFormat('fr', {style: 'percent', minimumFractionDigits: 1}).format(0.125));
      expect($$(el, 'td')[0].textContent).to.match(/^12,5\s%$/);
      // the content says which language its text is in: English, left to right
      expect($(el, 'figure')!.getAttribute('lang')).to.equal('en');
      expect($(el, 'figure')!.getAttribute('dir')).to.equal('ltr');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(0);
  });

  for (const bad of ['not a tag!', '123', '   ']) {
    it(`falls back to Dutch for lang="${bad}" without throwing${bad.trim() ? ', with one warning' : ''}`, async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const one = await chart(html`<leiden-monitor-chart lang=${bad} .data=${timeSeriesMonitor()}></leiden-monitor-chart>`);
        const two = await chart(html`<leiden-monitor-chart lang=${bad} .data=${timeSeriesMonitor()}></leiden-monitor-chart>`);
        for (const el of [one, two]) {
          expect(el.state).to.equal('ready');
          expect(toggleText(el)).to.equal(UI.nl.toggle);
          expect($(el, 'figure')!.getAttribute('dir')).to.equal('ltr');
        }
      } finally {
        console.warn = warn;
      }
      // a blank lang is as good as none (CONTRACT §2: the ancestor's, <html>'s, then nl)
      expect(warnings.filter((w) => String(w[0]).includes(bad.trim() || '\u0000'))).to.have.length(bad.trim() ? 1 : 0);
    });
  }

  it('an empty lang="" is ignored like an absent one', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><leiden-monitor-chart lang="" .data=${timeSeriesMonitor()}></leiden-monitor-chart></div>`);
    const el = await ready(wrapper.querySelector('leiden-monitor-chart')!);
    expect(toggleText(el)).to.equal(UI.en.toggle);
  });

  it('shows nl, en and ar side by side, each in its own language and direction', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <leiden-monitor-chart lang="nl" .data=${timeSeriesMonitor()}></leiden-monitor-chart>
      <leiden-monitor-chart lang="en" .data=${timeSeriesMonitor()}></leiden-monitor-chart>
      <leiden-monitor-chart lang="ar" .data=${timeSeriesMonitor()}></leiden-monitor-chart>
    </div>`);
    const [nl, en, ar] = await Promise.all(Array.from(wrapper.querySelectorAll('leiden-monitor-chart')).map(ready));
    expect([nl, en, ar].map(toggleText)).to.deep.equal([UI.nl.toggle, UI.en.toggle, UI.ar.toggle]);
    expect([nl, en, ar].map((el) => $(el, 'figure')!.getAttribute('dir'))).to.deep.equal(['ltr', 'ltr', 'rtl']);
    expect($(nl, '#summary')!.textContent).to.contain('13,1%');
    expect($(en, '#summary')!.textContent).to.contain('13.1%');
    // re-rendering one does not leak its language into the others
    ar.setAttribute('type', 'column');
    await ar.updateComplete;
    nl.requestUpdate();
    await nl.updateComplete;
    expect(toggleText(nl)).to.equal(UI.nl.toggle);
    expect(toggleText(ar)).to.equal(UI.ar.toggle);
  });
});
