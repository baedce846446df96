import {expect, fixture, html} from '@open-wc/testing';
import '../../src/vision-goals.js';
import {LEIDEN_VISION, validateVision, type VisionGoals} from '../../src/vision-goals.js';
import {nextEvent, until} from '../helpers/expect-event.js';
import {readJson} from '../data/read-json.js';
import {checkSchema, type Schema} from '../data/mini-json-schema.js';

const AXE = {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']};
const CUSTOM = new URL('../fixtures/vision/custom-vision.json', import.meta.url).pathname;
const BROKEN = new URL('../fixtures/vision/broken-vision.json', import.meta.url).pathname;
const MONITOR = new URL('../fixtures/fault-monitor.json', import.meta.url).pathname;

async function vision(template: ReturnType<typeof html>): Promise<VisionGoals> {
  const el = await fixture<VisionGoals>(template);
  await until(() => el.state !== 'loading', 'the vision to leave loading');
  await el.updateComplete;
  return el;
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll(selector));
const none = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) === null;
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Every way `doc` can be broken, with the path the validator must name. */
function breakages(): [string, (doc: Record<string, unknown>) => void, string][] {
  type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  return [
    ['a wrong format', (d: Doc) => (d.format = 'leiden-monitor'), 'format'],
    ['a missing title', (d: Doc) => delete d.title, 'title'],
    ['an undeclared domain', (d: Doc) => d.goals[1].domains.push('housing'), 'goals[1].domains[2]'],
    ['a goal without title', (d: Doc) => delete d.goals[0].title, 'goals[0].title'],
    ['a duplicate goal id', (d: Doc) => (d.goals[1].id = 'welcome'), 'goals[1].id'],
    ['a non-text label', (d: Doc) => (d.domains[0].label = {nl: 3}), 'domains[0].label.nl'],
    ['a javascript: source URL', (d: Doc) => (d.source.url = 'javascript:alert(1)'), 'source.url'],
    ['a bad adoption date', (d: Doc) => (d.adopted = '17-09-2020'), 'adopted'],
    ['a bad indicator link', (d: Doc) => (d.goals[0].indicators[1] = {filter: 'x=y'}), 'goals[0].indicators[1].id'],
    ['no goals', (d: Doc) => (d.goals = []), 'goals'],
  ];
}

describe('<vision-goals> built-in vision', () => {
  it('renders the four goals of the 2020 vision as an ordered list, with the policy domains', async () => {
    const el = await vision(html`<vision-goals></vision-goals>`);
    expect(el.state).to.equal('ready');
    const goals = $$(el, 'ol.goals > li');
    expect(goals).to.have.length(4);
    expect(text($(el, '#vision-title'))).to.equal('Visie internationalisering');
    expect(text($(el, '[part=adopted]'))).to.equal('Vastgesteld door de gemeenteraad van Leiden op 17 september 2020.');
    const domains = goals[3].querySelectorAll('ul.domains li');
    expect(Array.from(domains, text)).to.deep.equal([
      'Sociaal domein (integratie en ontmoeting)',
      'Gezondheid en sport',
      'Onderwijs',
      'Kennis en economie',
      'Stedelijke ontwikkeling en wonen',
      'Dienstverlening',
    ]);
    expect(goals.every((g) => g.querySelectorAll('ul.domains li').length > 0)).to.be.true;
    // no headings unless asked: the element does not break the page's outline
    expect(none(el, 'h1, h2, h3, h4, h5, h6'), 'h1, h2, h3, h4, h5, h6').to.be.true;
    await expect(el).to.be.accessible(AXE);
  });

  it('renders the title and goals as headings from `heading-level`', async () => {
    const el = await vision(html`<vision-goals heading-level="2"></vision-goals>`);
    expect(text($(el, 'h2#vision-title'))).to.equal('Visie internationalisering');
    const h3 = $$(el, 'ol.goals > li h3');
    expect(h3.map(text)).to.deep.equal(['Kansen benutten', 'Samen knelpunten oplossen', 'Talent naar Leiden halen', 'Internationalisering in het beleid']);
    const deep = await vision(html`<vision-goals heading-level="6"></vision-goals>`);
    expect($$(deep, 'h6')).to.have.length(5);
    await expect(el).to.be.accessible(AXE);
  });

  it('speaks English with lang="en", and follows a change of lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><vision-goals heading-level="3"></vision-goals></div>`);
    const el = wrapper.querySelector('vision-goals')!;
    await until(() => el.state === 'ready', 'ready in English');
    await el.updateComplete;
    expect(text($(el, '#vision-title'))).to.equal('Internationalisation vision');
    expect(text($(el, '[part=adopted]'))).to.equal('Adopted by Leiden city council on September 17, 2020.');
    expect(text($(el, '.domains-label'))).to.equal('Policy areas:');
    expect(text($$(el, 'ol.goals > li')[3].querySelector('ul.domains li'))).to.equal('Social domain (integration and encounter)');
    await expect(el).to.be.accessible(AXE);
    wrapper.setAttribute('lang', 'nl');
    await until(() => text($(el, '#vision-title')) === 'Visie internationalisering', 'Dutch text');
  });

  it('fires monitor-load once rendered, bubbling and composed', async () => {
    const el = document.createElement('vision-goals');
    const loaded = nextEvent<CustomEvent>(el, 'monitor-load');
    document.body.append(el);
    const event = await loaded;
    expect(event.bubbles && event.composed).to.be.true;
    expect(el.getAttribute('state')).to.equal('ready');
    expect(el.shadowRoot!.querySelectorAll('ol.goals > li')).to.have.length(4);
    el.remove();
  });

  it('hides its light-DOM fallback once rendered', async () => {
    const el = await vision(html`<vision-goals><a href="https://www.leiden.nl/">Visie internationalisering</a></vision-goals>`);
    expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
  });

  it('is a valid vision document by the validator and the JSON Schema', async () => {
    expect(validateVision(JSON.parse(JSON.stringify(LEIDEN_VISION)))).to.deep.equal(LEIDEN_VISION);
    const schema = await readJson<Schema>('src/schema/vision.schema.json');
    expect(checkSchema(schema, LEIDEN_VISION)).to.equal(undefined);
  });
});

describe('<vision-goals src>', () => {
  it('loads a custom vision document, with its source link', async () => {
    const el = await vision(html`<vision-goals src=${CUSTOM} heading-level="2"></vision-goals>`);
    expect(el.state).to.equal('ready');
    expect(text($(el, 'h2'))).to.equal('Testvisie');
    expect($$(el, 'ol.goals > li h3').map(text)).to.deep.equal(['Nieuwkomers verwelkomen', 'Ontmoeting']);
    expect(text($(el, '[part=adopted]'))).to.equal('Vastgesteld op 4 maart 2021.');
    expect($(el, '[part=source] a')!.getAttribute('href')).to.equal('https://example.org/visie');
    // without monitor-src, no KPI tiles
    expect(none(el, 'leiden-monitor-kpi'), 'leiden-monitor-kpi').to.be.true;
    await expect(el).to.be.accessible(AXE);
  });

  it('takes a document from `data` over `src`', async () => {
    const doc = await readJson<Record<string, unknown>>('test/fixtures/vision/custom-vision.json');
    const el = await vision(html`<vision-goals src="/fault/status/404" .data=${doc}></vision-goals>`);
    expect(el.state).to.equal('ready');
    expect($$(el, 'ol.goals > li')).to.have.length(2);
  });

  it('refuses a broken document in `data` at once, and goes back to the built-in vision without src/data', async () => {
    const doc = await readJson<Record<string, unknown>>('test/fixtures/vision/custom-vision.json');
    const el = await vision(html`<vision-goals .data=${{...doc, version: 2}}></vision-goals>`);
    expect(el.state).to.equal('error');
    expect(el.error!.code).to.equal('schema');
    expect(el.error!.message).to.equal('version: must be 1 (got 2)');
    expect(el.vision).to.equal(undefined);
    el.data = doc;
    await until(() => el.state === 'ready', 'the document from data');
    await el.updateComplete;
    expect($$(el, 'ol.goals > li')).to.have.length(2);
    el.data = undefined;
    await until(() => el.vision === LEIDEN_VISION, 'the built-in vision');
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect($$(el, 'ol.goals > li')).to.have.length(4);
  });

  it('shows a polite loading status while fetching', async () => {
    const el = await fixture<VisionGoals>(html`<vision-goals src="/fault/slow/600/vision-${Math.random()}"></vision-goals>`);
    expect(el.state).to.equal('loading');
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(text($(el, '[role=status]'))).to.contain('Gegevens laden');
    await expect(el).to.be.accessible(AXE);
    // the slow fault serves a monitor document: not a vision
    await until(() => el.state === 'error', 'the schema error');
    expect(el.error!.code).to.equal('schema');
    expect(el.error!.message).to.equal('format: must be "leiden-vision" (got "leiden-monitor")');
  });

  it('refuses a broken vision with a schema error that names the path', async () => {
    const el = document.createElement('vision-goals');
    const failed = nextEvent<CustomEvent>(el, 'monitor-error');
    el.src = BROKEN;
    document.body.append(el);
    const event = await failed;
    expect(event.detail.code).to.equal('schema');
    expect(event.detail.message).to.equal('goals[1].domains[1]: names domain "housing", which `domains` does not declare');
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('error');
    expect(text($(el, '[role=alert] .error-message'))).to.equal('Het gegevensbestand heeft niet het verwachte formaat.');
    await expect(el).to.be.accessible(AXE);
    el.remove();
  });

  describe('validation paths', () => {
    let base: Record<string, unknown>;
    let schema: Schema;
    before(async () => {
      base = await readJson('test/fixtures/vision/custom-vision.json');
      schema = await readJson<Schema>('src/schema/vision.schema.json');
    });
    it('accepts the fixture, by validator and schema', () => {
      expect(() => validateVision(base)).not.to.throw();
      expect(checkSchema(schema, base)).to.equal(undefined);
    });
    it('returns a copy with the fields it knows: unknown ones left out, an indicator id as {id}', () => {
      const doc = {...structuredClone(base), extra: 1, goals: [{...(base.goals as object[])[0], note: 'x'}]};
      const vision = validateVision(doc);
      expect(vision).not.to.equal(doc);
      expect(Object.keys(vision)).to.have.members(['format', 'version', 'id', 'title', 'adopted', 'source', 'goals', 'domains']);
      expect(vision.goals[0]).to.deep.equal({
        id: 'welcome',
        title: {nl: 'Nieuwkomers verwelkomen', en: 'Welcome newcomers'},
        description: {nl: 'Verzonnen testdoel.', en: 'An invented test goal.'},
        domains: ['services'],
        indicators: [{id: 'share-international'}, {id: 'newcomers', filter: 'group=workers'}],
      });
    });
    for (const [doc, message] of [
      [{version: 1}, 'format: is required'],
      [{format: 'leiden-vision', version: 1, title: 'T', goals: [{id: 'a', title: 'A', domains: []}], domains: [{id: 'x', label: ''}]}, 'domains[0].label: must not be empty'],
      [{format: 'leiden-vision', version: 1, title: {nl: 'T', ' ': 'x'}}, 'title: has an empty language tag'],
      [{format: 'leiden-vision', version: 1, title: 'T', adopted: '2020-13-01'}, 'adopted: must be an ISO 8601 date like 2020-09-17 (got "2020-13-01")'],
      [{format: 'leiden-vision', version: 1, title: 'T', goals: [], domains: []}, 'goals: must hold at least one goal'],
      [[], 'document: must be an object (got an array)'],
    ] as const) {
      it(`says "${message}"`, () => {
        expect(() => validateVision(doc)).to.throw(message);
      });
    }
    for (const [name, breakIt, path] of breakages()) {
      it(`rejects ${name} at ${path}`, () => {
        const doc = structuredClone(base);
        breakIt(doc);
        let error: {code?: string; path?: string} | undefined;
        try {
          validateVision(doc);
        } catch (e) {
          error = e as {code?: string; path?: string};
        }
        expect(error?.code).to.equal('schema');
        expect(error?.path).to.equal(path);
        if (!['an undeclared domain', 'a duplicate goal id'].includes(name)) {
          expect(checkSchema(schema, doc), 'the JSON Schema rejects it too').not.to.equal(undefined);
        }
      });
    }
  });

  for (const [src, code, words] of [
    ['/fault/status/404', 'http', 'HTTP-status 404'],
    ['/fault/invalid-json', 'parse', 'geen geldige JSON'],
    ['/fault/html', 'parse', 'geen geldige JSON'],
  ] as const) {
    it(`reports ${code} for ${src}, with an alert`, async () => {
      const el = document.createElement('vision-goals');
      const failed = nextEvent<CustomEvent>(el, 'monitor-error', 12000);
      el.src = src;
      document.body.append(el);
      const event = await failed;
      expect(event.detail.code).to.equal(code);
      await el.updateComplete;
      expect(text($(el, '[role=alert]'))).to.contain(words);
      await expect(el).to.be.accessible(AXE);
      el.remove();
    });
  }

  it('ends a hanging request in a network error with a retry button reachable by keyboard', async () => {
    const el = document.createElement('vision-goals');
    const failed = nextEvent<CustomEvent>(el, 'monitor-error', 12000);
    el.timeout = 300;
    el.src = `/fault/hang?vision-${Math.random()}`;
    document.body.append(el);
    expect((await failed).detail.code).to.equal('network');
    await el.updateComplete;
    const retry = $(el, 'button.retry') as HTMLButtonElement;
    retry.focus();
    expect(el.shadowRoot!.activeElement).to.equal(retry);
    el.remove();
  });

  it('speaks English in the error state', async () => {
    const el = document.createElement('vision-goals');
    const failed = nextEvent<CustomEvent>(el, 'monitor-error', 12000);
    el.lang = 'en';
    el.src = '/fault/status/404';
    document.body.append(el);
    await failed;
    await el.updateComplete;
    expect(text($(el, '[role=alert] .error-message'))).to.equal('The data is not available (HTTP status 404).');
    el.remove();
  });
});

describe('<vision-goals monitor-src>', () => {
  it('shows the linked indicators of each goal as KPI tiles, from one request', async () => {
    const el = await vision(html`<vision-goals heading-level="2" src=${CUSTOM} monitor-src=${MONITOR}></vision-goals>`);
    const tiles = $$(el, 'leiden-monitor-kpi') as HTMLElement[] & {state: string}[];
    expect(tiles).to.have.length(2);
    expect(tiles.map((t) => t.getAttribute('indicator'))).to.deep.equal(['share-international', 'newcomers']);
    expect(tiles[1].getAttribute('filter')).to.equal('group=workers');
    // the KPI element is loaded on demand
    await until(() => customElements.get('leiden-monitor-kpi') !== undefined, 'the KPI element');
    await until(() => tiles.every((t) => (t as unknown as {state: string}).state === 'ready'), 'ready tiles');
    const tile = tiles[1] as unknown as {shadowRoot: ShadowRoot; updateComplete: Promise<unknown>};
    await tile.updateComplete;
    expect(text(tile.shadowRoot.querySelector('h4#title'))).to.equal('Nieuwkomers per groep (voorbeelddata / sample data)');
    expect(text(tile.shadowRoot.querySelector('[part=value]'))).to.match(/^\d/);
    // only the goal that lists indicators has tiles
    expect($$(el, 'ol.goals > li')[1].querySelector('leiden-monitor-kpi') === null).to.be.true;
    await expect(el).to.be.accessible(AXE);
  });

  it('keeps the tiles\' own events inside', async () => {
    let inner = 0;
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.addEventListener('monitor-load', (e) => {
      if ((e as CustomEvent).detail.indicator) inner++;
    });
    const el = document.createElement('vision-goals');
    el.src = CUSTOM;
    el.monitorSrc = MONITOR;
    wrapper.append(el);
    await until(() => el.state === 'ready', 'ready');
    await el.updateComplete;
    const tiles = $$(el, 'leiden-monitor-kpi') as unknown as {state: string; error?: Error}[];
    await until(
      () => tiles.length === 2 && tiles.every((t) => t.state === 'ready'),
      () => `ready tiles, have ${tiles.map((t) => `${t.state} ${t.error?.message ?? ''}`).join('; ')}`,
    );
    expect(inner).to.equal(0);
  });
});
