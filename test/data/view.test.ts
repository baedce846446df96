import {expect} from '@open-wc/testing';
import {parseFilter} from '../../src/data/filter.js';
import {fromJsonStat} from '../../src/data/jsonstat.js';
import type {View} from '../../src/data/model.js';
import {toModel} from '../../src/data/to-model.js';
import {selectView} from '../../src/data/view.js';
import {errorFrom} from './expect-error.js';
import {sampleMonitor, sampleWith} from './sample-monitor.js';
import {readJson} from './read-json.js';

const oecd = await readJson('test/fixtures/jsonstat/oecd.json');

const ids = (items: readonly {id: string}[]) => items.map(({id}) => id);
const fixedIds = (view: View) => view.fixed.map(({dimension, category}) => `${dimension.id}=${category.id}`);

describe('selectView', () => {
  const model = toModel(sampleMonitor());

  describe('indicator', () => {
    it('selectView(model) takes the only indicator when there is one', () => {
      expect(selectView(toModel(sampleWith('newcomers'))).indicator.id).to.equal('newcomers');
    });

    it('selectView(model) without indicator throws not-found listing the ids when there are several', () => {
      const error = errorFrom(() => selectView(model));
      expect(error.code).to.equal('not-found');
      expect(error.message).to.contain('"non-dutch-nationality"').and.contain('"newcomers"').and.contain('"internationals-by-area"');
    });

    it('selectView(model, {indicator: unknown}) throws not-found naming it', () => {
      const error = errorFrom(() => selectView(model, {indicator: 'tourists'}));
      expect(error.code).to.equal('not-found');
      expect(error.message).to.contain('"tourists"');
    });
  });

  describe('axes', () => {
    it('selectView(model, {indicator}) puts the free time dimension on the axis and the other one in series', () => {
      const view = selectView(model, {indicator: 'newcomers'});
      expect(view.categoryDimension.id).to.equal('period');
      expect(ids(view.categories)).to.deep.equal(['2022', '2023']);
      expect(view.seriesDimension?.id).to.equal('group');
      // only the groups this indicator has observations for, in dimension order
      expect(ids(view.series)).to.deep.equal(['students', 'refugees']);
      expect(view.values).to.deep.equal([[1200, 1350], [300, 280]]);
      expect(view.fixed).to.deep.equal([]);
    });

    it('selectView(model, {series}) may make the time dimension the series', () => {
      const view = selectView(model, {indicator: 'newcomers', series: 'period'});
      expect(view.categoryDimension.id).to.equal('group');
      expect(view.seriesDimension?.id).to.equal('period');
      expect(view.values).to.deep.equal([[1200, 300], [1350, 280]]);
    });

    it('selectView(model, {filter}) fixes a dimension filtered to one category and leaves one series', () => {
      const view = selectView(model, {indicator: 'newcomers', filter: parseFilter('group=refugees')});
      expect(view.seriesDimension).to.equal(undefined);
      expect(view.series).to.deep.equal([{id: '', label: '', index: 0}]);
      expect(fixedIds(view)).to.deep.equal(['group=refugees']);
      expect(view.values).to.deep.equal([[300, 280]]);
    });

    it('selectView(model, {filter}) keeps dimension order whatever the filter order', () => {
      const view = selectView(model, {indicator: 'newcomers', filter: parseFilter('group=refugees,students')});
      expect(ids(view.series)).to.deep.equal(['students', 'refugees']);
    });

    it('selectView(model, {filter}) keeps an explicitly filtered category without data as missing', () => {
      const view = selectView(model, {indicator: 'newcomers', filter: parseFilter('group=students,workers')});
      expect(ids(view.series)).to.deep.equal(['students', 'workers']);
      expect(view.values).to.deep.equal([[1200, 1350], [null, null]]);
    });

    it('selectView(model, {filter}) on the period puts the other dimension on the axis', () => {
      const view = selectView(model, {indicator: 'newcomers', filter: parseFilter('period=2023')});
      expect(view.categoryDimension.id).to.equal('group');
      expect(view.seriesDimension).to.equal(undefined);
      expect(fixedIds(view)).to.deep.equal(['period=2023']);
      expect(view.values).to.deep.equal([[1350, 280]]);
    });

    it('selectView(model) fixes a dimension that has one category left in the data', () => {
      const doc = sampleWith('non-dutch-nationality');
      (doc.indicators[0]!.observations as unknown[]).pop();
      const view = selectView(toModel(doc));
      expect(view.categoryDimension.id).to.equal('period');
      expect(fixedIds(view)).to.deep.equal(['area=GM0546']);
      expect(ids(view.categories)).to.deep.equal(['2021', '2022', '2023']);
      expect(view.values).to.deep.equal([[10.5, null, 12]]);
      expect(view.statuses).to.deep.equal([[undefined, 'confidential', undefined]]);
    });

    it('selectView(model) fixes a third free dimension to its first category', () => {
      const view = selectView(model, {indicator: 'internationals-by-area'});
      expect(view.categoryDimension.id).to.equal('period');
      expect(ids(view.categories)).to.deep.equal(['2022-Q4', '2023-01']);
      expect(view.seriesDimension?.id).to.equal('group');
      expect(fixedIds(view)).to.deep.equal(['area=GM0546']);
      expect(view.values).to.deep.equal([[1, 5], [2, 6]]);
    });

    it('selectView(model, {series}) chooses which free dimension is the series; the rest are fixed', () => {
      const view = selectView(model, {indicator: 'internationals-by-area', series: 'area'});
      expect(view.seriesDimension?.id).to.equal('area');
      expect(fixedIds(view)).to.deep.equal(['group=students']);
      expect(view.values).to.deep.equal([[1, 5], [3, 7]]);
    });

    it('selectView(model) puts the first free dimension on the axis when time is fixed', () => {
      const view = selectView(model, {indicator: 'internationals-by-area', filter: parseFilter('period=2023-01')});
      expect(view.categoryDimension.id).to.equal('group');
      expect(view.seriesDimension?.id).to.equal('area');
      expect(view.values).to.deep.equal([[5, 6], [7, 8]]);
    });

    it('selectView(model, {filter}) fixing everything gives a one-value view on the time axis', () => {
      const view = selectView(model, {indicator: 'internationals-by-area', filter: parseFilter('period=2023-01;group=workers;area=WK054601')});
      expect(view.categoryDimension.id).to.equal('period');
      expect(view.values).to.deep.equal([[8]]);
      expect(fixedIds(view)).to.deep.equal(['group=workers', 'area=WK054601']);
    });

    it('selectView(model, {filter}) ignores a declared dimension the indicator does not use', () => {
      const view = selectView(model, {indicator: 'newcomers', filter: parseFilter('area=GM0546')});
      expect(view.values).to.deep.equal([[1200, 1350], [300, 280]]);
    });

    it('selectView(JSON-stat model) reads OECD unemployment by year for one country', () => {
      const view = selectView(fromJsonStat(oecd), {filter: parseFilter('area=ES')});
      expect(view.indicator.id).to.equal('UNR');
      expect(view.categoryDimension.id).to.equal('year');
      expect(view.categories).to.have.length(12);
      expect(view.values[0]![9]).to.equal(25.04773498);
    });
  });

  describe('errors', () => {
    it('selectView(model, {filter: unknown dimension}) throws not-found naming it', () => {
      const error = errorFrom(() => selectView(model, {indicator: 'newcomers', filter: parseFilter('colour=red')}));
      expect(error.code).to.equal('not-found');
      expect(error.message).to.contain('"colour"');
    });

    it('selectView(model, {filter: unknown category}) throws not-found naming it', () => {
      const error = errorFrom(() => selectView(model, {indicator: 'newcomers', filter: parseFilter('group=tourists')}));
      expect(error.code).to.equal('not-found');
      expect(error.message).to.contain('"tourists"').and.contain('"group"');
    });

    it('selectView(model, {series}) throws not-found for an unknown or fixed dimension', () => {
      expect(errorFrom(() => selectView(model, {indicator: 'newcomers', series: 'area'})).code).to.equal('not-found');
      const fixed = errorFrom(() => selectView(model, {indicator: 'newcomers', series: 'group', filter: parseFilter('group=students')}));
      expect(fixed.code).to.equal('not-found');
      expect(fixed.message).to.contain('"group"');
    });

    it('selectView(model) throws empty when every value is missing', () => {
      const error = errorFrom(() => selectView(model, {indicator: 'non-dutch-nationality', filter: parseFilter('period=2022;area=GM0546')}));
      expect(error.code).to.equal('empty');
    });

    it('selectView(model) throws empty when the filter leaves no observations', () => {
      const error = errorFrom(() => selectView(model, {indicator: 'non-dutch-nationality', filter: parseFilter('period=2021;area=WK054601')}));
      expect(error.code).to.equal('empty');
    });

    it('selectView(model) throws empty for an indicator without observations', () => {
      const doc = sampleWith('newcomers');
      doc.indicators[0]!.observations = [];
      expect(errorFrom(() => selectView(toModel(doc))).code).to.equal('empty');
    });
  });

  it('selectView(model) returns a frozen view', () => {
    const view = selectView(model, {indicator: 'newcomers'});
    expect(Object.isFrozen(view)).to.equal(true);
    expect(Object.isFrozen(view.values[0])).to.equal(true);
  });
});
