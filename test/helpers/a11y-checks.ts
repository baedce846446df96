/**
 * What the accessibility tests of every element share: the CDP accessibility tree and media
 * emulation (test/helpers/cdp-plugin.mjs), system colours as Chromium resolves them, and walks
 * through an element's shadow tree, nested shadow roots included (the monitor's children, the
 * vision's KPI tiles).
 */
import {expect, fixture} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import {executeServerCommand, setViewport} from '@web/test-runner-commands';
import {until} from './expect-event.js';

export interface AxNode {
  role: string;
  name: string;
  description: string;
  properties: Record<string, unknown>;
}

/** The accessibility tree of the element `selector` matches (nodes not ignored, in tree order). */
export const axTree = (selector: string) => executeServerCommand<AxNode[], {selector?: string}>('ax-tree', {selector});

/** CDP Emulation.setEmulatedMedia; `[]` ends the emulation. */
export const emulate = (features: {name: string; value: string}[]) => executeServerCommand('cdp-emulate-media', {features});

/** For a describe block that emulates media or narrows the viewport: undone after each test. */
export function undoEmulationAfterEach(): void {
  afterEach(async () => {
    await emulate([]);
    await setViewport({width: 800, height: 600});
  });
}

/** The computed value of a system colour (`CanvasText`, `Canvas`, `Highlight`…) as `color`. */
export function systemColour(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** Every element of `host`'s shadow tree, and of the shadow trees inside it. */
export function deepElements(host: Element): Element[] {
  const out: Element[] = [];
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  return out;
}

/** The shadow roots of `host` and of every element inside it. */
export function deepShadowRoots(host: Element): ShadowRoot[] {
  return [host, ...deepElements(host)].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []));
}

/**
 * What moves in `host`, its shadow trees included: running Web Animations (CSS animations and
 * transitions are among them), and every element whose computed style asks for an animation or a
 * transition that takes time.
 */
export function motion(host: Element): string[] {
  const running = deepShadowRoots(host).flatMap((root) => root.getAnimations().map((a) => `animation ${(a as CSSAnimation).animationName ?? a.id}`));
  const styled = [host, ...deepElements(host)].flatMap((el) => {
    const style = getComputedStyle(el);
    const out: string[] = [];
    if (style.animationName !== 'none') out.push(`${el.localName}.${el.getAttribute('class') ?? ''}: animation-name ${style.animationName}`);
    if (style.transitionDuration.split(',').some((d) => parseFloat(d) > 0)) out.push(`${el.localName}.${el.getAttribute('class') ?? ''}: transition ${style.transitionDuration}`);
    return out;
  });
  return [...running, ...styled];
}

/** Horizontal scroll of the page: how far the document is wider than the viewport. */
export function pageOverflow(): number {
  return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth;
}

/** Waits `ms` milliseconds (a resize observer's frame, a layout). */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The WCAG 1.4.12 text spacing, as the W3C/Steve Faulkner bookmarklet sets it. */
export const TEXT_SPACING_CSS = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/**
 * Adds `css` to the shadow root of `host` and of every element inside it, as a user style sheet
 * that reaches into shadow DOM would. Returns a function that takes it out again.
 */
export function adoptEverywhere(host: Element, css: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const roots = deepShadowRoots(host);
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return () => {
    for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

const overflows = (value: string) => value === 'hidden' || value === 'clip';
const scrolls = (value: string) => value === 'auto' || value === 'scroll';
const nameOf = (el: Element) => `${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('class') ? `.${el.getAttribute('class')!.trim().split(/\s+/).join('.')}` : ''}`;

/** Text runs of `host`'s shadow trees that are meant to be seen: not visually hidden, not closed. */
function visibleTextNodes(host: Element, ignore?: string): {node: Text; parent: Element}[] {
  const out: {node: Text; parent: Element}[] = [];
  for (const el of deepElements(host)) {
    if (el.closest('.visually-hidden, style, script, template') || el.localName === 'title') continue;
    if (ignore && el.closest(ignore)) continue;
    if (!el.checkVisibility({visibilityProperty: true} as CheckVisibilityOptions)) continue;
    for (const node of el.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) out.push({node: node as Text, parent: el});
    }
  }
  return out;
}

/**
 * What is lost in `host`'s layout: text runs with no size, text cut off by the host (whose paint
 * containment clips) or by an ancestor with `overflow: hidden`, boxes with `overflow: hidden` whose
 * content does not fit, and text runs that overlap other text runs. Text inside a box that scrolls
 * (a table's own horizontal scroll) is checked against that box only by its scroll size. Text runs
 * inside `ignore` (a selector) are left out.
 */
export function layoutProblems(host: Element, ignore?: string): string[] {
  const problems: string[] = [];
  const hostBox = host.getBoundingClientRect();
  if (host.scrollWidth > host.clientWidth + 1) problems.push(`${nameOf(host)}: content ${host.scrollWidth}px wide in ${host.clientWidth}px`);
  for (const el of deepElements(host)) {
    if (el.closest('.visually-hidden') || !el.checkVisibility()) continue;
    const style = getComputedStyle(el);
    if (overflows(style.overflowX) && el.scrollWidth > el.clientWidth + 1) problems.push(`${nameOf(el)}: clipped, ${el.scrollWidth}px of text in ${el.clientWidth}px`);
    if (overflows(style.overflowY) && el.scrollHeight > el.clientHeight + 1) problems.push(`${nameOf(el)}: clipped, ${el.scrollHeight}px of text in ${el.clientHeight}px high`);
  }
  const runs: {label: string; rects: DOMRect[]}[] = [];
  for (const {node, parent} of visibleTextNodes(host, ignore)) {
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0.5 && r.height > 0.5);
    const label = `"${node.textContent!.trim().slice(0, 40)}" in ${nameOf(parent)}`;
    if (rects.length === 0) {
      problems.push(`${label}: no size`);
      continue;
    }
    let scroller: Element | null = null;
    for (let a: Element | null = parent; a && a !== host; a = a.parentElement ?? ((a.getRootNode() as ShadowRoot).host ?? null)) {
      const s = getComputedStyle(a);
      if (scrolls(s.overflowX) || scrolls(s.overflowY)) {
        scroller = a;
        break;
      }
    }
    if (!scroller) {
      for (const r of rects) {
        if (r.left < hostBox.left - 1 || r.right > hostBox.right + 1) problems.push(`${label}: outside the element (${Math.round(r.left)}–${Math.round(r.right)} of ${Math.round(hostBox.left)}–${Math.round(hostBox.right)})`);
      }
    }
    runs.push({label, rects});
  }
  // text over text: two runs whose boxes share more than a sliver (2 px: a font's content area may
  // stick out of a tight line box by a pixel)
  for (let i = 0; i < runs.length; i++) {
    for (let j = i + 1; j < runs.length; j++) {
      for (const a of runs[i].rects) {
        for (const b of runs[j].rects) {
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 2 && h > 2) problems.push(`${runs[i].label} overlaps ${runs[j].label}`);
        }
      }
    }
  }
  return [...new Set(problems)];
}

/** Renders `template` and returns the element `tag` in it (or the root itself) once it has left loading. */
export async function settledElement<T extends HTMLElement & {state: string; updateComplete: Promise<unknown>}>(template: TemplateResult, tag: string): Promise<T> {
  const root = await fixture<HTMLElement>(template);
  const el = (root.localName === tag ? root : root.querySelector(tag)) as T;
  await until(() => el.state !== 'loading', `${tag} to leave loading`);
  await el.updateComplete;
  return el;
}

/**
 * Under reduced motion, the loading spinner of the element in `template` (loading from a slow
 * URL) does not move; with motion allowed the same spinner turns, so the check can fail. Ends with
 * reduced motion emulated again.
 */
export async function expectStillSpinnerUnderReducedMotion(template: TemplateResult): Promise<void> {
  await emulate([{name: 'prefers-reduced-motion', value: 'reduce'}]);
  const loading = await fixture<HTMLElement & {state: string}>(template);
  expect(loading.state).to.equal('loading');
  expect(loading.shadowRoot!.querySelector('.spinner'), 'the spinner').to.exist;
  expect(motion(loading)).to.deep.equal([]);
  await emulate([]);
  expect(motion(loading).join('\n')).to.contain('spin');
  await emulate([{name: 'prefers-reduced-motion', value: 'reduce'}]);
}

