import {expect} from '@open-wc/testing';
import {fromJsonStat, isJsonStatDataset} from '../../src/data/jsonstat.js';
import {selectView} from '../../src/data/view.js';
import {errorFrom, schemaErrorAt} from './expect-error.js';
import {readJson} from './read-json.js';

const canada = await readJson('test/fixtures/jsonstat/canada.json');
const collection = await readJson('test/fixtures/jsonstat/collection.json');
const demoGind = await readJson('test/fixtures/jsonstat/eurostat-v2-demo_gind.json');
const namaGdp = await readJson('test/fixtures/jsonstat/eurostat-v2-nama_10_gdp.json');
const galicia = await readJson('test/fixtures/jsonstat/galicia.json');
const hierarchy = await readJson('test/fixtures/jsonstat/hierarchy.json');
const oecd = await readJson('test/fixtures/jsonstat/oecd.json');
const order = await readJson('test/fixtures/jsonstat/order.json');
const usGsp = await readJson('test/fixtures/jsonstat/us-gsp.json');

/** A tiny valid dataset to break in the validation tests. */
function tiny(): Record<string, unknown> {
  return {
    version: '2.0',
    class: 'dataset',
    label: 'Tiny',
    id: ['area', 'year'],
    size: [2, 3],
    role: {time: ['year']},
    dimension: {
      area: {label: 'area', category: {index: ['A', 'B'], label: {A: 'Area A', B: 'Area B'}}},
      year: {category: {index: {'2021': 1, '2020': 0, '2022': 2}}},
    },
    value: [1, 2, 3, 4, null, 6],
  };
}

describe('isJsonStatDataset', () => {
  it('isJsonStatDataset(doc) is true only for class "dataset"', () => {
    expect(isJsonStatDataset(oecd)).to.equal(true);
    expect(isJsonStatDataset(collection)).to.equal(false);
    expect(isJsonStatDataset({format: 'leiden-monitor'})).to.equal(false);
    expect(isJsonStatDataset(null)).to.equal(false);
  });
});

describe('fromJsonStat', () => {
  it('fromJsonStat(oecd) makes one indicator from the metric dimension, with its unit and status', () => {
    const model = fromJsonStat(oecd);
    expect(model.title).to.equal('Unemployment rate in the OECD countries 2003-2014');
    expect(model.source).to.deep.equal({name: 'Economic Outlook No 92 - December 2012 - OECD Annual Projections'});
    expect(model.updated).to.equal('2012-11-27');
    expect(model.indicators).to.have.length(1);
    const unr = model.indicators[0]!;
    expect(unr).to.include({id: 'UNR', label: 'unemployment rate', unit: 'percent', decimals: 6});
    expect(unr.dimensions).to.deep.equal(['area', 'year']);
    expect(unr.observations).to.have.length(432);
    expect(unr.observation({area: 'ES', year: '2012'})?.value).to.equal(25.04773498);
    expect(unr.observation({area: 'NL', year: '2003'})?.value).to.equal(3.975713818);
    // position 10 is Australia 2013, flagged "e" (estimate)
    expect(unr.observation({area: 'AU', year: '2013'})?.status).to.equal('e');
    expect(unr.observation({area: 'ES', year: '2012'})?.status).to.equal(undefined);
    expect(model.dimensions.get('year')!.role).to.equal('time');
    expect(model.dimensions.get('area')!.role).to.equal('geo');
    expect(model.dimensions.get('concept')!.role).to.equal('metric');
    expect(model.dimensions.get('area')!.categoryById.get('ES')!.label).to.equal('Spain');
  });

  it('fromJsonStat(canada) reads units per metric category and a one-element status for every cell', () => {
    const model = fromJsonStat(canada);
    const [pop, percent] = model.indicators;
    expect(pop).to.include({id: 'POP', label: 'population', unit: 'thousands of persons', decimals: 1});
    expect(percent).to.include({id: 'PERCENT', unit: 'percent', decimals: 1});
    expect(pop!.dimensions).to.deep.equal(['country', 'year', 'age', 'sex']);
    expect(pop!.observation({country: 'CA', year: '2012', age: 'T', sex: 'F'})).to.deep.include({value: 17571.3, status: 'a'});
    expect(percent!.observation({country: 'CA', year: '2012', age: '4', sex: 'M'})?.value).to.equal(5.7);
    // a dimension with only `label` and no `index` is a single category
    expect(model.dimensions.get('country')!.categories.map(({id, label}) => [id, label])).to.deep.equal([['CA', 'Canada']]);
  });

  it('fromJsonStat(eurostat demo_gind) reads a sparse value object, status codes, and a time dimension without roles', () => {
    const model = fromJsonStat(demoGind);
    expect(model.indicators).to.have.length(1);
    const indicator = model.indicators[0]!;
    // Eurostat puts the dataset code in extension.id, which wins over the label
    expect(indicator.id).to.equal('DEMO_GIND');
    expect(indicator.label).to.equal('Population change - Demographic balance and crude rates at national level');
    expect(indicator.observations).to.have.length(73);
    expect(indicator.observation({freq: 'A', indic_de: 'JAN', geo: 'NL', time: '2024'})?.value).to.equal(17942942);
    expect(indicator.observation({freq: 'A', indic_de: 'JAN', geo: 'EU27_2020', time: '2024'})).to.deep.include({value: 449206579, status: 'ep'});
    expect(model.dimensions.get('time')!.role).to.equal('time');
    expect(model.dimensions.get('geo')!.categories[0]!.id).to.equal('EU27_2020');
    expect(model.dimensions.get('geo')!.categoryById.get('NL')!.label).to.equal('Netherlands');
  });

  it('fromJsonStat(eurostat nama_10_gdp) keeps the index order of object-indexed categories', () => {
    const model = fromJsonStat(namaGdp);
    const indicator = model.indicators[0]!;
    expect(indicator.observations).to.have.length(64);
    expect(model.dimensions.get('na_item')!.categories.map(({id}) => id)).to.deep.equal(['B1GQ', 'B1G']);
    expect(indicator.observation({freq: 'A', unit: 'CON_PPCH_PRE', na_item: 'B1GQ', geo: 'DK', time: '2023'})).to.deep.include({value: 2.5, status: 'd'});
    expect(indicator.observation({freq: 'A', unit: 'CLV_I20', na_item: 'B1GQ', geo: 'DK', time: '2023'})?.value).to.equal(111.757);
  });

  it('fromJsonStat(galicia) reads 3,960 cells over six dimensions, nulls as missing values', () => {
    const model = fromJsonStat(galicia);
    const pop = model.indicators[0]!;
    expect(pop).to.include({id: 'pop', unit: 'persons', decimals: 0});
    expect(pop.observations).to.have.length(3960);
    expect(pop.observations.filter(({value}) => value === null)).to.have.length(4);
    expect(pop.observation({birth: 'T', age: 'T', gender: 'T', time: '2011', residence: '15'})?.value).to.equal(1141286);
    expect(pop.observation({birth: 'A', age: '100', gender: 'T', time: '2011', residence: '32'})?.value).to.equal(null);
  });

  it('fromJsonStat(us-gsp) takes the unit label, else its symbol', () => {
    const model = fromJsonStat(usGsp);
    expect(model.indicators.map(({id, unit, decimals}) => [id, unit, decimals])).to.deep.equal([
      ['gsp', 'million', 0], ['perc', 'percent', 2], ['pop', 'million', 1], ['capita', '$', 0],
    ]);
    expect(model.indicatorById.get('gsp')!.observation({year: '2013', state: '06'})?.value).to.equal(2080600);
  });

  it('fromJsonStat(hierarchy) reads a one-cell sparse value', () => {
    const indicator = fromJsonStat(hierarchy).indicators[0]!;
    expect(indicator.id).to.equal('Demo of hierarchical dimension');
    expect(indicator.observations).to.have.length(1);
    expect(indicator.observations[0]).to.deep.include({value: null});
    expect(indicator.observations[0]!.coords).to.deep.equal({commodity: 'T'});
  });

  it('fromJsonStat(order) rejects string values with the path of the first', () => {
    expect(schemaErrorAt(() => fromJsonStat(order), 'value[0]').message).to.contain('"A1B1C1"');
  });

  it('fromJsonStat(collection) says only datasets are read', () => {
    expect(schemaErrorAt(() => fromJsonStat(collection), 'class').message).to.contain('only JSON-stat datasets are read');
  });

  it('fromJsonStat(doc) sorts the time dimension chronologically and takes the id from extension.id', () => {
    const doc = tiny();
    doc.extension = {id: 'tiny-id'};
    const model = fromJsonStat(doc);
    expect(model.id).to.equal('tiny-id');
    expect(model.indicators[0]!.id).to.equal('tiny-id');
    expect(model.indicators[0]!.label).to.equal('Tiny');
    expect(model.dimensions.get('year')!.categories.map(({id, index}) => [id, index])).to.deep.equal([['2020', 0], ['2021', 1], ['2022', 2]]);
    // row-major: the last dimension changes fastest
    expect(model.indicators[0]!.observation({area: 'B', year: '2020'})?.value).to.equal(4);
    expect(model.indicators[0]!.observation({area: 'B', year: '2021'})?.value).to.equal(null);
  });

  it('fromJsonStat(doc) sorts quarterly JSON-stat periods chronologically, keeping their ids', () => {
    const doc = tiny();
    doc.dimension = {...(doc.dimension as object), year: {category: {index: ['2021Q1', '2020Q4', '2020Q3']}}};
    expect(fromJsonStat(doc).dimensions.get('year')!.categories.map(({id}) => id)).to.deep.equal(['2020Q3', '2020Q4', '2021Q1']);
  });

  it('fromJsonStat(doc) keeps JSON-stat order when a time id is not a period', () => {
    const doc = tiny();
    doc.dimension = {...(doc.dimension as object), year: {category: {index: ['2021', 'total', '2020']}}};
    expect(fromJsonStat(doc).dimensions.get('year')!.categories.map(({id}) => id)).to.deep.equal(['2021', 'total', '2020']);
  });

  it('fromJsonStat(doc) maps status given as an object, a per-cell array or a string', () => {
    const byObject = {...tiny(), status: {'4': 'confidential'}};
    expect(fromJsonStat(byObject).indicators[0]!.observation({area: 'B', year: '2021'})).to.deep.include({value: null, status: 'confidential'});
    const byArray = {...tiny(), status: ['a', null, 'b', null, 'x', null]};
    const indicator = fromJsonStat(byArray).indicators[0]!;
    expect(indicator.observation({area: 'A', year: '2022'})?.status).to.equal('b');
    expect(indicator.observation({area: 'A', year: '2021'})?.status).to.equal(undefined);
    const byString = {...tiny(), status: 'p'};
    expect(fromJsonStat(byString).indicators[0]!.observations.every(({status}) => status === 'p')).to.equal(true);
  });

  it('fromJsonStat(doc) turns a status without a value into a missing value with that status', () => {
    const doc = {...tiny(), value: {'0': 1, '5': 6}, status: {'3': 'c'}};
    const indicator = fromJsonStat(doc).indicators[0]!;
    expect(indicator.observations).to.have.length(3);
    expect(indicator.observation({area: 'B', year: '2020'})).to.deep.include({value: null, status: 'c'});
    expect(indicator.observation({area: 'A', year: '2021'})).to.equal(undefined);
  });

  describe('validation', () => {
    const rejects = (path: string, change: (doc: Record<string, unknown>) => void) => {
      const doc = tiny();
      change(doc);
      return schemaErrorAt(() => fromJsonStat(doc), path).message;
    };

    it('rejects a value array whose length is not the product of the sizes', () => {
      expect(rejects('value', (doc) => (doc.value = [1, 2, 3]))).to.contain('6');
    });

    it('rejects values that are not finite numbers or null', () => {
      rejects('value[2]', (doc) => ((doc.value as unknown[])[2] = '3'));
      rejects('value[1]', (doc) => ((doc.value as unknown[])[1] = NaN));
      rejects('value["2"]', (doc) => (doc.value = {'0': 1, '2': Infinity}));
    });

    it('rejects sparse positions that are not canonical positions below the size', () => {
      rejects('value["6"]', (doc) => (doc.value = {'6': 1}));
      rejects('value["01"]', (doc) => (doc.value = {'01': 1}));
      rejects('value["-1"]', (doc) => (doc.value = {'-1': 1}));
    });

    it('rejects ids and sizes that do not match', () => {
      rejects('size', (doc) => (doc.size = [2]));
      rejects('size[1]', (doc) => (doc.size = [2, '3']));
      rejects('dimension.year.category', (doc) => (doc.size = [2, 4]));
      rejects('id', (doc) => (doc.id = ['area', 'area']));
      rejects('dimension.year2', (doc) => (doc.id = ['area', 'year2']));
    });

    it('rejects category indexes that repeat or leave gaps', () => {
      rejects('dimension.year.category.index["2021"]', (doc) => ((doc.dimension as Record<string, unknown>).year = {category: {index: {'2020': 0, '2021': 0, '2022': 2}}}));
      rejects('dimension.year.category.index["2022"]', (doc) => ((doc.dimension as Record<string, unknown>).year = {category: {index: {'2020': 0, '2021': 1, '2022': 3}}}));
      rejects('dimension.area.category.index', (doc) => ((doc.dimension as Record<string, unknown>).area = {category: {index: ['A', 'A']}}));
    });

    it('rejects statuses of the wrong length or type, and roles naming unknown dimensions', () => {
      rejects('status', (doc) => (doc.status = ['a', 'b']));
      rejects('status[0]', (doc) => (doc.status = [1]));
      rejects('role.time[0]', (doc) => (doc.role = {time: ['when']}));
    });

    it('rejects JSON-stat 1.0 versions and non-objects', () => {
      rejects('version', (doc) => (doc.version = '1.0'));
      schemaErrorAt(() => fromJsonStat([]), '');
    });

    it('handles a dataset without cells: the model is empty, and a view of it is empty', () => {
      const doc = {...tiny(), size: [0, 3], value: [], dimension: {...(tiny().dimension as object), area: {category: {index: []}}}};
      const model = fromJsonStat(doc);
      expect(model.indicators[0]!.observations).to.have.length(0);
      expect(errorFrom(() => selectView(model)).code).to.equal('empty');
    });
  });
});
