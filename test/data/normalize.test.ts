import {expect} from '@open-wc/testing';
import {normalizeMonitor} from '../../src/data/normalize.js';
import {validateMonitor} from '../../src/data/validate.js';
import {sampleMonitor} from './sample-monitor.js';

function model(doc = sampleMonitor()) {
  validateMonitor(doc);
  return normalizeMonitor(doc);
}

describe('normalizeMonitor', () => {
  it('normalizeMonitor(doc) keeps the document metadata', () => {
    const m = model();
    expect(m.id).to.equal('sample');
    expect(m.title).to.deep.equal({nl: 'Voorbeeldmonitor (voorbeelddata / sample data)', en: 'Sample monitor (voorbeelddata / sample data)'});
    expect(m.source).to.deep.equal({name: {nl: 'Gemeente Leiden', en: 'Municipality of Leiden'}, url: 'https://www.leiden.nl/'});
    expect(m.updated).to.equal('2024-06-01');
    expect(m.themes.map(({id}) => id)).to.deep.equal(['population', 'education']);
  });

  it('normalizeMonitor(doc) indexes indicators and dimensions by id', () => {
    const m = model();
    expect([...m.indicatorById.keys()]).to.deep.equal(['non-dutch-nationality', 'newcomers', 'internationals-by-area']);
    expect(m.indicatorById.get('newcomers')).to.equal(m.indicators[1]);
    expect([...m.dimensions.keys()]).to.deep.equal(['period', 'group', 'area']);
    const group = m.dimensions.get('group')!;
    expect(group.categories.map(({id, index}) => [id, index])).to.deep.equal([['students', 0], ['refugees', 1], ['workers', 2]]);
    expect(group.categoryById.get('refugees')?.label).to.deep.equal({nl: 'Vluchtelingen', en: 'Refugees'});
    expect(m.dimensions.get('area')!.role).to.equal('geo');
  });

  it('normalizeMonitor(doc) derives the periods from the observations, sorted chronologically', () => {
    const period = model().dimensions.get('period')!;
    expect(period.role).to.equal('time');
    expect(period.categories.map(({id}) => id)).to.deep.equal(['2021', '2022', '2022-Q4', '2023', '2023-01']);
    expect(period.categories.map(({index}) => index)).to.deep.equal([0, 1, 2, 3, 4]);
    expect(period.categoryById.get('2023')?.label).to.equal('2023');
  });

  it('normalizeMonitor(doc) sorts declared periods chronologically too', () => {
    const doc = sampleMonitor();
    doc.dimensions.period!.categories = [{id: '2023-01'}, {id: '2023'}, {id: '2022-Q4'}, {id: '2022'}, {id: '2021', label: 'twintig-eenentwintig'}];
    const period = model(doc).dimensions.get('period')!;
    expect(period.categories.map(({id}) => id)).to.deep.equal(['2021', '2022', '2022-Q4', '2023', '2023-01']);
    expect(period.categories[0]!.label).to.equal('twintig-eenentwintig');
  });

  it('normalizeMonitor(doc) keeps indicator fields, with labels defaulting to ids', () => {
    const [nationality, newcomers, byArea] = model().indicators;
    expect(nationality).to.include({id: 'non-dutch-nationality', theme: 'population', unit: 'percent', decimals: 1});
    expect(nationality!.dimensions).to.deep.equal(['period', 'area']);
    expect(newcomers!.sample).to.equal(true);
    expect(newcomers!.source).to.deep.equal({name: 'BRP', url: 'http://example.org/brp'});
    expect(byArea!.label).to.equal('Internationals');
    expect('sample' in byArea!).to.equal(false);
    expect('decimals' in newcomers!).to.equal(false);
  });

  it('indicator.observation(coords) finds a value by its coordinates, ignoring extra ones', () => {
    const nationality = model().indicators[0]!;
    expect(nationality.observation({period: '2023', area: 'WK054601'})?.value).to.equal(21.3);
    expect(nationality.observation({area: 'GM0546', period: '2022'})).to.deep.include({value: null, status: 'confidential'});
    expect(nationality.observation({period: '2023', area: 'GM0546', group: 'students'})?.value).to.equal(12);
    expect(nationality.observation({period: '2020', area: 'GM0546'})).to.equal(undefined);
    expect(nationality.observation({period: '2023'})).to.equal(undefined);
  });

  it('indicator.observation(coords) does not confuse ids containing separators', () => {
    const doc = {
      format: 'leiden-monitor', version: 1,
      dimensions: {a: {categories: [{id: 'x,y'}, {id: 'x'}]}, b: {categories: [{id: 'z'}, {id: 'y,z'}]}},
      indicators: [{id: 'i', dimensions: ['a', 'b'], observations: [{a: 'x,y', b: 'z', value: 1}, {a: 'x', b: 'y,z', value: 2}]}],
    };
    const indicator = model(doc as never).indicators[0]!;
    expect(indicator.observation({a: 'x,y', b: 'z'})?.value).to.equal(1);
    expect(indicator.observation({a: 'x', b: 'y,z'})?.value).to.equal(2);
  });

  it('normalizeMonitor(doc) returns a deeply frozen model that later document changes cannot reach', () => {
    const doc = sampleMonitor();
    const m = model(doc);
    expect(Object.isFrozen(m)).to.equal(true);
    expect(Object.isFrozen(m.indicators[0]!.observations[0]!.coords)).to.equal(true);
    expect(Object.isFrozen(m.dimensions.get('group')!.categories[0])).to.equal(true);
    expect(Object.isFrozen(m.title)).to.equal(true);
    (doc.title as Record<string, string>).nl = 'changed';
    (doc.indicators[0]!.observations as {value: number}[])[0]!.value = 99;
    expect((m.title as Record<string, string>).nl).to.equal('Voorbeeldmonitor (voorbeelddata / sample data)');
    expect(m.indicators[0]!.observations[0]!.value).to.equal(12);
  });

  it('normalizeMonitor(doc) keeps __proto__ and constructor as plain keys', () => {
    const doc = JSON.parse(`{"format":"leiden-monitor","version":1,
      "title":{"__proto__":"proto text","nl":"titel"},
      "dimensions":{"__proto__":{"categories":[{"id":"polluted"}]},"constructor":{"categories":[{"id":"c"}]}},
      "indicators":[{"id":"x","dimensions":["__proto__","constructor"],"observations":[{"__proto__":"polluted","constructor":"c","value":5}]}]}`);
    const m = model(doc);
    expect([...m.dimensions.keys()]).to.deep.equal(['__proto__', 'constructor']);
    const indicator = m.indicators[0]!;
    expect(Object.getPrototypeOf(indicator.observations[0]!.coords)).to.equal(null);
    expect(indicator.observations[0]!.coords['__proto__']).to.equal('polluted');
    expect(indicator.observation(indicator.observations[0]!.coords)?.value).to.equal(5);
    expect(Object.hasOwn(m.title as object, '__proto__')).to.equal(true);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.prototype).not.to.have.property('polluted');
  });
});
