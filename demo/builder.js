/**
 * The embed builder (demo/builder.html): pick a data document, an indicator, a chart type, a
 * filter, a language and a theme; see a live <leiden-monitor-chart>; copy the HTML, iframe, React 19
 * or Vue 3 snippet. Plain JavaScript module, no inline script or style (strict CSP).
 *
 * It reads the document with the library's own `toModel` (monitor JSON or JSON-stat), so what it
 * lists is exactly what the element will understand. The snippet builders are pure functions,
 * exported for tests and for anyone who wants to generate snippets elsewhere.
 */
import {toModel} from '../dist/leiden-widgets.js';

export const CHART_TYPES = ['auto', 'bar', 'column', 'line', 'table'];
export const LANGS = ['nl', 'en'];
export const THEMES = ['light', 'dark'];
const FALLBACK_LINK = 'https://leiden.incijfers.nl/';
/** The builder's own language (its labels); the chart's language is a setting. */
const UI_LANG = document.documentElement.lang || 'nl';

/** Localised text with the contract's fallback: language, base language, en, nl, the first one. */
export function localText(text, lang) {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  const base = lang.split('-')[0];
  return text[lang] ?? text[base] ?? text.en ?? text.nl ?? Object.values(text)[0] ?? '';
}

/** `dim=cat;dim=cat` from a Map (dimension → category id), in the map's order. */
export function filterString(filter) {
  return [...filter].filter(([, cat]) => cat).map(([dim, cat]) => `${dim}=${cat}`).join(';');
}

const escapeAttr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const jsString = (value) => `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

/**
 * The element's attributes, in a stable order, as [name, value] pairs.
 * @param {{src: string, indicator?: string, type: string, filter: string, lang: string, headingLevel?: string}} s
 */
export function elementAttributes(s) {
  const attrs = [['src', s.src]];
  if (s.indicator) attrs.push(['indicator', s.indicator]);
  if (s.type && s.type !== 'auto') attrs.push(['type', s.type]);
  if (s.filter) attrs.push(['filter', s.filter]);
  if (s.lang) attrs.push(['lang', s.lang]);
  if (s.headingLevel) attrs.push(['heading-level', s.headingLevel]);
  return attrs;
}

const fallbackText = (lang) => (lang === 'en' ? 'The figures are on Leiden in Cijfers' : 'De cijfers staan op Leiden in Cijfers');

/** HTML for a CMS: the script (once per page), the dark theme if chosen, the element. */
export function htmlSnippet(s, {bundleUrl, darkCssUrl}) {
  const attrs = elementAttributes(s).map(([n, v]) => `\n  ${n}="${escapeAttr(v)}"`).join('');
  const element = `<leiden-monitor-chart${attrs}>\n  <a href="${FALLBACK_LINK}">${fallbackText(s.lang)}</a>\n</leiden-monitor-chart>`;
  const lines = [`<script type="module" src="${escapeAttr(bundleUrl)}"></script>`];
  if (s.theme === 'dark') {
    lines.push(`<link rel="stylesheet" href="${escapeAttr(darkCssUrl)}">`);
    lines.push(`<div data-leiden-theme="dark">\n${element.replace(/^/gm, '  ')}\n</div>`);
  } else {
    lines.push(element);
  }
  return lines.join('\n') + '\n';
}

/** The query string embed.html reads (same names as the builder's settings). */
export function embedQuery(s) {
  const q = new URLSearchParams();
  q.set('src', s.src);
  if (s.indicator) q.set('indicator', s.indicator);
  if (s.type && s.type !== 'auto') q.set('type', s.type);
  if (s.filter) q.set('filter', s.filter);
  if (s.lang) q.set('lang', s.lang);
  if (s.theme && s.theme !== 'light') q.set('theme', s.theme);
  if (s.headingLevel) q.set('heading-level', s.headingLevel);
  return q.toString();
}

/** An iframe of embed.html, plus the optional parent-side listener that sizes it. */
export function iframeSnippet(s, {embedUrl, title}) {
  const src = `${embedUrl}?${embedQuery(s)}`;
  const origin = new URL(embedUrl).origin;
  return `<iframe src="${escapeAttr(src)}"
  title="${escapeAttr(title)}" width="100%" height="480" loading="lazy"></iframe>

<!-- Optional, in your site's own JavaScript file: let the frame take the height of its chart. -->
<script type="module">
addEventListener('message', (event) => {
  if (event.origin !== ${jsString(origin)} || event.data?.type !== 'leiden-embed-height') return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.height = String(Math.ceil(event.data.height));
  }
});
</script>
`;
}

/** React 19: custom elements get properties and `on<event>` listeners natively. */
export function reactSnippet(s) {
  const attrs = elementAttributes(s)
    .map(([n, v]) => `      ${n}=${JSON.stringify(String(v))}`)
    .join('\n');
  const wrapOpen = s.theme === 'dark' ? `    <div data-leiden-theme="dark">\n` : '';
  const wrapClose = s.theme === 'dark' ? `\n    </div>` : '';
  const pad = s.theme === 'dark' ? '  ' : '';
  const element = `<leiden-monitor-chart
${attrs}
      onmonitor-load={(event) => console.log('shown', event.detail.indicator)}
      onmonitor-error={(event) => console.warn(event.detail.code, event.detail.message)}
    />`.replace(/\n/g, `\n${pad}`);
  return `// React 19 — npm install leiden-monitor-widgets
import 'leiden-monitor-widgets/chart.js';${s.theme === 'dark' ? "\n// and load the dark theme once: leiden-monitor-widgets' demo/themes/dark.css (or your own tokens)" : ''}

export function LeidenChart() {
  return (
${wrapOpen}    ${pad}${element}${wrapClose}
  );
}

// Already have the document? Pass it as a property instead of src:
//   <leiden-monitor-chart data={monitorDocument} indicator=${JSON.stringify(s.indicator ?? '')} />
`;
}

/** Vue 3 (single-file component). */
export function vueSnippet(s) {
  const attrs = elementAttributes(s)
    .map(([n, v]) => `    ${n}="${escapeAttr(v)}"`)
    .join('\n');
  const element = `  <leiden-monitor-chart
${attrs}
    @monitor-load="(event) => console.log('shown', event.detail.indicator)"
    @monitor-error="(event) => console.warn(event.detail.code, event.detail.message)"
  />`;
  const body = s.theme === 'dark' ? `  <div data-leiden-theme="dark">\n${element.replace(/^/gm, '  ')}\n  </div>` : element;
  return `<!-- Vue 3 — npm install leiden-monitor-widgets -->
<script setup>
import 'leiden-monitor-widgets/chart.js';
</script>

<template>
${body}
</template>

<!-- vite.config.js: tell Vue these are custom elements:
  vue({template: {compilerOptions: {isCustomElement: (tag) => tag.startsWith('leiden-') || tag === 'vision-goals'}}})
  Already have the document? Pass it as a property: :data.prop="monitorDocument" -->
`;
}

// -------------------------------------------------------------------------------------------------
// The page
// -------------------------------------------------------------------------------------------------

const MESSAGES = {
  noSrc: 'Vul het adres van een databestand in.',
  loading: 'Bezig met laden…',
  network: (url) => `Het bestand ${url} kon niet worden geladen (geen verbinding, of de server staat het niet toe). De grafiek toont dezelfde fout.`,
  http: (url, status) => `Het bestand ${url} gaf fout ${status}. Controleer het adres. De grafiek toont dezelfde fout.`,
  parse: (url) => `Het bestand ${url} is geen JSON. Controleer of het adres naar een databestand wijst.`,
  schema: (message) => `Dit bestand is geen geldig monitor- of JSON-stat-bestand: ${message}`,
  empty: 'Deze combinatie van indicator en filter heeft geen gegevens. Kies een andere waarde in het filter, of “alle”.',
  elementError: (code, message) => `De grafiek kan dit niet tonen (${code}): ${message}`,
  noIndicators: 'Dit bestand bevat geen indicatoren.',
};

/** The categories an indicator's observations use per dimension (in the dimension's order). */
function usedCategories(model, indicator) {
  const used = new Map(indicator.dimensions.map((d) => [d, new Set()]));
  for (const o of indicator.observations) for (const d of indicator.dimensions) used.get(d).add(o.coords[d]);
  return indicator.dimensions.map((id) => {
    const dim = model.dimensions.get(id);
    return {id, label: dim?.label ?? id, categories: (dim?.categories ?? []).filter((c) => used.get(id).has(c.id))};
  });
}

/** True when some observation with a value matches the filter. */
export function hasData(indicator, filter) {
  return indicator.observations.some((o) => o.value !== null && [...filter].every(([d, c]) => !c || o.coords[d] === c));
}

class Builder {
  constructor(root) {
    this.root = root;
    this.$ = (id) => root.querySelector(`#${id}`);
    this.form = this.$('builder');
    this.model = undefined;
    this.loadToken = 0;
    this.filter = new Map();
    this.preview = document.createElement('leiden-monitor-chart');
    this.preview.id = 'b-chart';
    this.$('b-preview').append(this.preview);
    this.preview.addEventListener('monitor-error', (e) => this.onElementError(e.detail));
    this.preview.addEventListener('monitor-load', () => this.onElementLoad());
    const bundle = this.$('b-bundle');
    if (!bundle.value) bundle.value = new URL('../dist/leiden-widgets.js', document.baseURI).href;

    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.load();
    });
    this.form.addEventListener('change', (e) => {
      const target = e.target;
      if (target.id === 'b-src') this.load();
      else if (target.id === 'b-indicator') this.chooseIndicator();
      else if (target.dataset.dimension) {
        this.filter.set(target.dataset.dimension, target.value);
        this.update();
      } else this.update();
    });
    this.$('b-bundle').addEventListener('input', () => this.update());
    root.querySelectorAll('[data-copy]').forEach((button) => button.addEventListener('click', () => this.copy(button.dataset.copy)));
    this.load();
  }

  settings() {
    const src = this.$('b-src').value.trim();
    return {
      src: src ? new URL(src, document.baseURI).href : '',
      indicator: this.$('b-indicator').value || undefined,
      type: this.$('b-type').value,
      filter: filterString(this.filter),
      lang: this.$('b-lang').value,
      theme: this.$('b-theme').value,
      headingLevel: this.$('b-heading').value || undefined,
    };
  }

  message(text, id = 'b-message') {
    const el = this.$(id);
    el.textContent = text ?? '';
    el.hidden = !text;
  }

  /** Fetches the document to list its indicators; the preview element fetches it too. */
  async load() {
    const token = ++this.loadToken;
    const raw = this.$('b-src').value.trim();
    this.model = undefined;
    this.$('b-indicator').disabled = true;
    this.$('b-filters').disabled = true;
    this.message('', 'b-src-message');
    if (!raw) {
      this.message(MESSAGES.noSrc, 'b-src-message');
      this.update();
      return;
    }
    const url = new URL(raw, document.baseURI).href;
    let problem;
    try {
      const response = await fetch(url);
      if (!response.ok) problem = MESSAGES.http(raw, response.status);
      else {
        let doc;
        try {
          doc = await response.json();
        } catch {
          problem = MESSAGES.parse(raw);
        }
        if (!problem) {
          try {
            this.model = toModel(doc);
            if (!this.model.indicators.length) problem = MESSAGES.noIndicators;
          } catch (err) {
            problem = MESSAGES.schema(err.message ?? String(err));
          }
        }
      }
    } catch {
      problem = MESSAGES.network(raw);
    }
    if (token !== this.loadToken) return; // a newer load won
    if (problem) {
      this.model = undefined;
      this.message(problem, 'b-src-message');
    }
    this.fillIndicators();
    this.chooseIndicator();
  }

  fillIndicators() {
    const select = this.$('b-indicator');
    const previous = select.value;
    select.replaceChildren();
    for (const indicator of this.model?.indicators ?? []) {
      const option = document.createElement('option');
      option.value = indicator.id;
      option.textContent = `${localText(indicator.label, UI_LANG)} (${indicator.id})`;
      select.append(option);
    }
    if (this.model?.indicatorById.has(previous)) select.value = previous;
    select.disabled = !this.model;
  }

  chooseIndicator() {
    this.filter = new Map();
    const list = this.$('b-filter-list');
    list.replaceChildren();
    const indicator = this.model?.indicatorById.get(this.$('b-indicator').value);
    if (indicator) {
      for (const dim of usedCategories(this.model, indicator)) {
        this.filter.set(dim.id, '');
        const row = document.createElement('div');
        row.className = 'filter-row';
        const label = document.createElement('label');
        const select = document.createElement('select');
        select.id = `b-filter-${dim.id}`;
        select.dataset.dimension = dim.id;
        label.htmlFor = select.id;
        label.textContent = `${localText(dim.label, UI_LANG)} (${dim.id})`;
        const all = new Option(`alle (${dim.categories.length})`, '');
        select.append(all, ...dim.categories.map((c) => new Option(localText(c.label, UI_LANG) || c.id, c.id)));
        row.append(label, select);
        list.append(row);
      }
    }
    this.$('b-filters').disabled = !indicator;
    this.update();
  }

  /** Applies the settings to the preview and the snippets; explains a combination without data. */
  update() {
    const s = this.settings();
    const indicator = this.model?.indicatorById.get(s.indicator ?? '');
    this.message(indicator && !hasData(indicator, this.filter) ? MESSAGES.empty : '');

    const el = this.preview;
    for (const name of ['src', 'indicator', 'type', 'filter', 'lang', 'heading-level']) el.removeAttribute(name);
    for (const [name, value] of elementAttributes(s)) el.setAttribute(name, value);
    if (s.theme === 'dark') this.$('b-preview').dataset.leidenTheme = 'dark';
    else delete this.$('b-preview').dataset.leidenTheme;

    const bundleUrl = new URL(this.$('b-bundle').value.trim() || '../dist/leiden-widgets.js', document.baseURI).href;
    const darkCssUrl = new URL('themes/dark.css', document.baseURI).href;
    const embedUrl = new URL('embed.html', document.baseURI).href;
    const title = indicator ? localText(indicator.label, s.lang) : 'Leiden monitor';
    this.snippets = {
      html: htmlSnippet(s, {bundleUrl, darkCssUrl}),
      iframe: iframeSnippet(s, {embedUrl, title}),
      react: reactSnippet(s),
      vue: vueSnippet(s),
    };
    for (const [kind, text] of Object.entries(this.snippets)) this.$(`b-snippet-${kind}`).textContent = text;
  }

  onElementError({code, message}) {
    // the builder's own messages say it better for a failed load or an empty combination
    if (this.$('b-src-message').hidden === false) return;
    this.message(code === 'empty' ? MESSAGES.empty : MESSAGES.elementError(code, message));
  }

  onElementLoad() {
    if (this.$('b-message').textContent !== MESSAGES.empty) this.message('');
  }

  async copy(kind) {
    const text = this.snippets?.[kind] ?? '';
    const names = {html: 'HTML', iframe: 'iframe-code', react: 'React-code', vue: 'Vue-code'};
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      // no permission or no secure context: select the text so Ctrl+C / Cmd+C works
      const code = this.$(`b-snippet-${kind}`);
      const range = document.createRange();
      range.selectNodeContents(code);
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
    }
    this.announce(copied ? `${names[kind]} gekopieerd.` : `${names[kind]} is geselecteerd: kopieer met Ctrl+C (Cmd+C op een Mac).`);
  }

  announce(text) {
    const region = this.$('b-announce');
    region.textContent = '';
    // a fresh text node, a moment later, so the same message is announced again
    setTimeout(() => {
      region.textContent = text;
    }, 50);
  }
}

if (document.getElementById('builder')) new Builder(document);
