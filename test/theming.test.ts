/**
 * Theming is API: every `--leiden-*` custom property an element's shipped styles read must be
 * documented (`@cssprop` → `cssProperties` in custom-elements.json), and every documented one must
 * be read (Material Web's createTokenTests). Plus the dark theme of demo/themes/dark.css: it sets
 * documented tokens only, it really changes an element's colours when applied through the class,
 * the attribute or `prefers-color-scheme`, and its text keeps 4.5:1 contrast.
 *
 * "Read" follows the private aliases of src/styles/tokens.styles.ts: `--_text: var(--leiden-color-text)`
 * counts only when some rule reads `var(--_text)`.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import type {CSSResultGroup} from 'lit';
import * as library from '../src/index.js';
import '../src/chart.js';
import type {LeidenMonitorChart} from '../src/chart.js';
import {contrastRatio} from '../src/styles/contrast.js';
import {groupsMonitor} from './helpers/monitors.js';
import {until} from './helpers/expect-event.js';
import {isElementDeclaration} from '../scripts/manifest-elements.mjs';

interface CssProperty {
  name: string;
}
interface Declaration {
  kind?: string;
  name?: string;
  tagName?: string;
  customElement?: boolean;
  superclass?: {name?: string};
  cssProperties?: CssProperty[];
}
interface Manifest {
  modules?: {path: string; declarations?: Declaration[]}[];
}
interface ElementEntry {
  className: string;
  module: string;
  documented: Set<string>;
}

const emulate = (features: {name: string; value: string}[]) => executeServerCommand('cdp-emulate-media', {features});

/** The elements of custom-elements.json (as scripts/docs-from-manifest.mjs finds them). */
function manifestElements(manifest: Manifest): ElementEntry[] {
  const out: ElementEntry[] = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (!isElementDeclaration(d)) continue;
      out.push({className: d.name, module: mod.path, documented: new Set((d.cssProperties ?? []).map((p) => p.name))});
    }
  }
  return out;
}

/** The cssText of a `static styles` value, arrays flattened. */
function cssTextOf(styles: CSSResultGroup | undefined): string {
  if (!styles) return '';
  if (Array.isArray(styles)) return styles.map((s) => cssTextOf(s as CSSResultGroup)).join('\n');
  const sheet = styles as {cssText?: string; cssRules?: CSSRuleList};
  if (typeof sheet.cssText === 'string') return sheet.cssText;
  return Array.from(sheet.cssRules ?? []).map((r) => r.cssText).join('\n');
}

/** `--leiden-*` properties the CSS reads, directly or through a private `--_*` alias that is read. */
function usedTokens(css: string): Set<string> {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const alias = /(--_[\w-]+)\s*:\s*var\(\s*(--leiden-[\w-]+)/g;
  const aliases = new Map<string, string>();
  for (const [, priv, pub] of text.matchAll(alias)) aliases.set(priv, pub);
  const withoutAliases = text.replace(alias, '$1: ');
  const used = new Set<string>();
  for (const [, name] of withoutAliases.matchAll(/var\(\s*(--leiden-[\w-]+)/g)) used.add(name);
  for (const [, name] of withoutAliases.matchAll(/var\(\s*(--_[\w-]+)/g)) {
    const pub = aliases.get(name);
    if (pub) used.add(pub);
  }
  return used;
}

/** `--leiden-*` declarations of a stylesheet: name → value. */
function declaredTokens(css: string): Map<string, string> {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return new Map([...text.matchAll(/(--leiden-[\w-]+)\s*:\s*([^;}]+)/g)].map(([, n, v]) => [n, v.trim()]));
}

const sorted = (s: Iterable<string>) => [...s].sort();

describe('usedTokens(css) follows private aliases', () => {
  it('counts a token read directly, or through an alias that is read, and not an alias nobody reads', () => {
    const css = ':host{--_a: var(--leiden-a, #fff); --_b: var(--leiden-b, #000);} p{color: var(--_a); fill: var(--leiden-c, var(--leiden-d));}';
    expect(sorted(usedTokens(css))).to.deep.equal(['--leiden-a', '--leiden-c', '--leiden-d']);
  });
});

describe('CSS custom properties: used ⇔ documented', () => {
  let elements: ElementEntry[] = [];
  const styles = new Map<string, string>();

  before(async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    elements = manifestElements(manifest);
    for (const e of elements) {
      const mod = (await import(`/${e.module}`)) as Record<string, {styles?: CSSResultGroup}>;
      styles.set(e.className, cssTextOf(mod[e.className]?.styles));
    }
  });

  it('the manifest lists every element class src/index.ts exports', () => {
    const exported = Object.entries(library)
      .filter(([, v]) => typeof v === 'function' && (v as {prototype?: unknown}).prototype instanceof HTMLElement)
      .map(([name]) => name);
    expect(exported, 'element classes exported from src/index.ts').to.not.be.empty;
    expect(elements.map((e) => e.className)).to.include.members(exported);
  });

  it('every element has shipped styles to check', () => {
    for (const e of elements) expect(styles.get(e.className), `${e.className}.styles`).to.match(/--leiden-|--_/);
  });

  it('every --leiden-* property an element reads is documented with @cssprop', () => {
    const missing = elements.flatMap((e) =>
      sorted(usedTokens(styles.get(e.className)!)).filter((t) => !e.documented.has(t)).map((t) => `${e.className}: ${t}`),
    );
    expect(missing, 'used but not documented').to.deep.equal([]);
  });

  it('every documented --leiden-* property is read by the element', () => {
    const unused = elements.flatMap((e) => {
      const used = usedTokens(styles.get(e.className)!);
      return sorted(e.documented).filter((t) => !used.has(t)).map((t) => `${e.className}: ${t}`);
    });
    expect(unused, 'documented but not used').to.deep.equal([]);
  });

  it('demo/themes/dark.css sets documented public tokens only', async () => {
    const declared = declaredTokens(await (await fetch('/demo/themes/dark.css')).text());
    expect(declared.size).to.be.at.least(10);
    const documented = new Set(elements.flatMap((e) => [...e.documented]));
    expect(sorted(declared.keys()).filter((t) => !documented.has(t)), 'undocumented tokens in dark.css').to.deep.equal([]);
    const css = await (await fetch('/demo/themes/dark.css')).text();
    expect(css, 'no private --_ tokens').to.not.match(/--_[\w-]+\s*:/);
  });
});

/** `rgb(r, g, b)` → `#rrggbb` (opaque colours only). */
function hex(colour: string): string {
  const m = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(colour);
  if (!m) throw new Error(`not an rgb() colour: ${colour}`);
  if (m[4] !== undefined && Number(m[4]) < 1) throw new Error(`translucent colour: ${colour}`);
  return '#' + m.slice(1, 4).map((c) => Number(c).toString(16).padStart(2, '0')).join('');
}

describe('dark theme (demo/themes/dark.css)', () => {
  let link: HTMLLinkElement;

  async function addSheet(media?: string) {
    link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/demo/themes/dark.css';
    if (media) link.media = media;
    const loaded = new Promise((ok, fail) => {
      link.onload = ok;
      link.onerror = fail;
    });
    document.head.append(link);
    await loaded;
  }

  async function chartIn(wrapper: ReturnType<typeof html>): Promise<LeidenMonitorChart> {
    const root = await fixture<HTMLElement>(wrapper);
    const el = root.querySelector('leiden-monitor-chart') as LeidenMonitorChart;
    await until(() => el.state === 'ready', 'the chart to be ready');
    await el.updateComplete;
    return el;
  }

  /** Computed colours of the element and of its secondary text (the source line). */
  function colours(el: LeidenMonitorChart) {
    const host = getComputedStyle(el);
    const source = el.shadowRoot!.querySelector('[part~=source]');
    expect(source, 'part="source"').to.exist;
    return {text: hex(host.color), background: hex(host.backgroundColor), muted: hex(getComputedStyle(source!).color)};
  }

  function expectReadable(c: {text: string; background: string; muted: string}) {
    expect(contrastRatio(c.text, c.background), `text ${c.text} on ${c.background}`).to.be.at.least(4.5);
    expect(contrastRatio(c.muted, c.background), `muted text ${c.muted} on ${c.background}`).to.be.at.least(4.5);
  }

  afterEach(async () => {
    link?.remove();
    await emulate([]);
  });

  it('dark.css keeps text ≥ 4.5:1 and graphics ≥ 3:1 against its background and surface', async () => {
    const t = declaredTokens(await (await fetch('/demo/themes/dark.css')).text());
    const c = (name: string) => t.get(`--leiden-color-${name}`)!;
    for (const name of ['text', 'text-muted', 'error', 'accent']) {
      expect(contrastRatio(c(name), c('background')), name).to.be.at.least(4.5);
      expect(contrastRatio(c(name), c('surface')), `${name} on surface`).to.be.at.least(4.5);
    }
    const graphical = [...t.keys()].filter((n) => n.startsWith('--leiden-color-series-')).map((n) => n.slice('--leiden-color-'.length));
    expect(graphical).to.have.length(8);
    for (const name of [...graphical, 'border', 'focus']) expect(contrastRatio(c(name), c('background')), name).to.be.at.least(3);
  });

  it("dark.css sets the map's colours: the outline keeps 3:1 against the background and every class, the classes step apart", async () => {
    const t = declaredTokens(await (await fetch('/demo/themes/dark.css')).text());
    const map = (name: string) => t.get(`--leiden-map-${name}`);
    const classes = [1, 2, 3, 4, 5].map((k) => map(`color-${k}`));
    expect(classes.every(Boolean), 'all five class colours').to.be.true;
    const outline = map('outline')!;
    const background = t.get('--leiden-color-background')!;
    expect(contrastRatio(outline, background), 'outline on background').to.be.at.least(3);
    expect(contrastRatio(map('no-data')!, background), 'no-data hatching on background').to.be.at.least(3);
    for (const [k, colour] of classes.entries()) {
      expect(contrastRatio(outline, colour!), `outline on class ${k + 1}`).to.be.at.least(3);
      if (k > 0) expect(contrastRatio(colour!, classes[k - 1]!), `class ${k + 1} against class ${k}`).to.be.at.least(1.2);
    }
  });

  for (const [how, wrapper] of [
    ['class="leiden-dark"', (body: unknown) => html`<div class="leiden-dark">${body}</div>`],
    ['data-leiden-theme="dark"', (body: unknown) => html`<div data-leiden-theme="dark">${body}</div>`],
  ] as const) {
    it(`${how} on an ancestor changes the computed colours and keeps text contrast ≥ 4.5:1`, async () => {
      await addSheet();
      const light = colours(await chartIn(html`<div><leiden-monitor-chart .data=${groupsMonitor()}></leiden-monitor-chart></div>`));
      const dark = colours(await chartIn(wrapper(html`<leiden-monitor-chart .data=${groupsMonitor()}></leiden-monitor-chart>`)));
      expect(dark.background).to.not.equal(light.background);
      expect(dark.text).to.not.equal(light.text);
      expect(dark.background).to.equal('#161616');
      expectReadable(light);
      expectReadable(dark);
    });
  }

  it('follows prefers-color-scheme when the stylesheet is linked with that media query', async () => {
    await addSheet('(prefers-color-scheme: dark)');
    const el = await chartIn(html`<div class="leiden-dark"><leiden-monitor-chart .data=${groupsMonitor()}></leiden-monitor-chart></div>`);
    await emulate([{name: 'prefers-color-scheme', value: 'light'}]);
    const light = colours(el);
    await emulate([{name: 'prefers-color-scheme', value: 'dark'}]);
    const dark = colours(el);
    expect(dark.background).to.not.equal(light.background);
    expect(dark.text).to.not.equal(light.text);
    expectReadable(light);
    expectReadable(dark);
  });
});
