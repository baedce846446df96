import {expect} from '@open-wc/testing';
import {describeView, extremes, pointLabel, trend} from '../../src/chart/describe.js';
import {toModel} from '../../src/data/to-model.js';
import {selectView} from '../../src/data/view.js';
import {loadCatalogue, withLocale} from '../../src/i18n/localization.js';
import {groupsMonitor, timeSeriesMonitor} from '../helpers/monitors.js';

describe('chart description', () => {
  before(() => loadCatalogue('en'));

  it('extremes(view) finds the lowest and highest present value and where they are', () => {
    const view = selectView(toModel(groupsMonitor()));
    const ext = extremes(view)!;
    // values are 1000 + 100·period + 10·group
    expect(ext.min).to.deep.equal({value: 1000, s: 0, c: 0});
    expect(ext.max).to.deep.equal({value: 1220, s: 2, c: 2});
  });

  it('trend(row) compares the first and last present values, skipping missing ones', () => {
    expect(trend([null, 10, null, 12, null])).to.deep.include({first: 10, last: 12, firstC: 1, lastC: 3, direction: 'up'});
    expect(trend([10, 9])!.direction).to.equal('down');
    expect(trend([10, 10.05])!.direction).to.equal('flat');
    expect(trend([null, 5])).to.equal(undefined);
  });

  it('describeView(view) states the period, extremes, latest value and trend, in Dutch', () => {
    const view = selectView(toModel(timeSeriesMonitor([10.5, 11.2, null, 13.1])));
    const text = withLocale('nl', () => describeView(view, 'Lijndiagram', 'nl'));
    expect(text).to.equal(
      'Lijndiagram van Aandeel internationals over 4 categorieën. Periode: 2020 tot en met 2023. ' +
        'Laagste waarde: 10,5% (2020). Hoogste waarde: 13,1% (2023). ' +
        'Laatste waarde 13,1% (2023), gestegen sinds 2020 (10,5%). Eén waarde ontbreekt.',
    );
  });

  it('describeView(view) speaks English, per series', () => {
    const view = selectView(toModel(groupsMonitor()));
    const text = withLocale('en', () => describeView(view, 'Column chart', 'en'));
    expect(text).to.contain('Column chart of Internationals by group: 3 series across 3 categories.');
    expect(text).to.contain('Lowest value: 1,000 (2021, International students).');
    expect(text).to.contain('Labour migrants: latest value 1,220 (2023), up since 2021 (1,020).');
  });

  it('pointLabel(view) gives category, series and localised value, or says the value is missing', () => {
    const view = selectView(toModel(timeSeriesMonitor([10.5, null])));
    expect(withLocale('nl', () => pointLabel(view, 0, 0, 'nl'))).to.equal('2020: 10,5%');
    expect(withLocale('en', () => pointLabel(view, 0, 1, 'en'))).to.equal('2021: no data (confidential)');
  });
});
