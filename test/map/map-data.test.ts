import {expect} from '@open-wc/testing';
import type {Feature, Polygon} from 'geojson';
import {matchAreas, featureCodes, featureName} from '../../src/map/match.js';
import {quantileClasses} from '../../src/map/classes.js';
import {selectMapView, areaDimension} from '../../src/map/map-view.js';
import {areaOrder, moveArea} from '../../src/map/keyboard.js';
import {toModel} from '../../src/data/to-model.js';
import {parseFilter} from '../../src/data/filter.js';
import {MonitorError} from '../../src/data/errors.js';
import {districtsMonitor} from './districts.js';
import {groupsMonitor} from '../helpers/monitors.js';

const square: Polygon = {type: 'Polygon', coordinates: [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]]};
const feature = (properties: Record<string, unknown>, id?: string | number): Feature<Polygon> => ({type: 'Feature', properties, geometry: square, ...(id !== undefined ? {id} : {})});

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof MonitorError ? error.code : 'not a MonitorError';
  }
  return undefined;
}

describe('matchAreas()', () => {
  it('matches WK_CODE, BU_CODE, GM_CODE, statcode, id properties and the feature id against the data ids', () => {
    const features = [
      feature({WK_CODE: 'WK054600', WK_NAAM: 'Binnenstad-Zuid'}),
      feature({BU_CODE: 'BU05460000'}),
      feature({GM_CODE: 'GM0546'}),
      feature({statcode: 'WK054603', statnaam: 'Leiden-Noord'}),
      feature({id: 1449}),
      feature({}, 'WK054605'),
      feature({statcode: 'WK999999'}),
      feature({}),
    ];
    const match = matchAreas(features, ['GM0546', 'WK054600', 'BU05460000', 'WK054603', '1449', 'WK054605', 'WK054609']);
    expect(match.dataIndex).to.deep.equal([1, 2, 0, 3, 4, 5, -1, -1]);
    expect(match.codes).to.deep.equal(['WK054600', 'BU05460000', 'GM0546', 'WK054603', '1449', 'WK054605', 'WK999999', '']);
    expect(match.unmatched).to.deep.equal(['WK054609']);
  });

  it('tries every code of a feature: cartomap numbers its wijken (id 1449) but codes them in statcode', () => {
    const cartomap = feature({statcode: 'WK054600', id: 1449}, 'WK054600');
    expect(featureCodes(cartomap)).to.deep.equal(['WK054600', '1449', 'WK054600']);
    expect(matchAreas([cartomap], ['WK054600']).dataIndex).to.deep.equal([0]);
  });

  it("names a feature by WK_NAAM, BU_NAAM, GM_NAAM, statnaam, name or naam", () => {
    expect(featureName(feature({statnaam: 'Morsdistrict'}))).to.equal('Morsdistrict');
    expect(featureName(feature({GM_NAAM: 'Leiden', name: 'x'}))).to.equal('Leiden');
    expect(featureName(feature({}))).to.equal(undefined);
  });
});

describe('quantileClasses()', () => {
  it('splits ten values into five classes of two, each with its exact range', () => {
    const {classes, classOf} = quantileClasses([11, 14, 13, 25, 9, 21, 18, 16, 20, 9.5]);
    expect(classes.map(({min, max, color, count}) => [min, max, color, count])).to.deep.equal([
      [9, 9.5, 1, 2],
      [11, 13, 2, 2],
      [14, 16, 3, 2],
      [18, 20, 4, 2],
      [21, 25, 5, 2],
    ]);
    expect(classOf(25)).to.equal(4);
    expect(classOf(9)).to.equal(0);
    expect(classOf(12)).to.equal(undefined);
  });

  it('ignores missing values and keeps equal values in one class', () => {
    const {classes, classOf} = quantileClasses([5, 5, 5, 5, null, 7, 8, null]);
    expect(classOf(5)).to.equal(0);
    expect(classes[0]).to.deep.include({min: 5, max: 5, count: 4});
    expect(classes.reduce((n, c) => n + c.count, 0)).to.equal(6);
  });

  it('spreads fewer classes over the palette, light to dark, and uses the middle colour for one value', () => {
    expect(quantileClasses([1, 2]).classes.map((c) => c.color)).to.deep.equal([1, 5]);
    expect(quantileClasses([1, 2, 3]).classes.map((c) => c.color)).to.deep.equal([1, 3, 5]);
    expect(quantileClasses([4, 4, 4]).classes.map((c) => c.color)).to.deep.equal([3]);
    expect(quantileClasses([null]).classes).to.deep.equal([]);
  });
});

describe('selectMapView()', () => {
  const model = (options = {}) => toModel(districtsMonitor(options));

  it('shows the latest period with data by default, one value per area', () => {
    const {view, area, period} = selectMapView(model());
    expect(area.id).to.equal('area');
    expect(period!.id).to.equal('2017');
    expect(view.categoryDimension.id).to.equal('area');
    expect(view.categories).to.have.length(10);
    expect(view.values).to.have.length(1);
    expect(view.values[0][3]).to.equal(25);
    expect(view.fixed.map((f) => `${f.dimension.id}=${f.category.id}`)).to.deep.equal(['period=2017']);
  });

  it('shows the `period` asked for, and the period a filter fixes', () => {
    expect(selectMapView(model(), {period: '2016'}).view.values[0][3]).to.equal(1);
    expect(selectMapView(model(), {filter: parseFilter('period=2016')}).period!.id).to.equal('2016');
    expect(codeOf(() => selectMapView(model(), {period: '2030'}))).to.equal('not-found');
  });

  it('fixes any other free dimension to its first category, or to what the filter says', () => {
    const m = model({withGroups: true});
    const first = selectMapView(m);
    expect(first.view.fixed.map((f) => f.category.id)).to.deep.equal(['2017', 'non-western']);
    expect(first.view.values[0][0]).to.equal(11.5);
    const western = selectMapView(m, {filter: parseFilter('group=western')});
    expect(western.view.values[0][0]).to.equal(111.5);
  });

  it('finds the area dimension by role "geo" before the id "area"', () => {
    const {area, view} = selectMapView(model({geoRole: true}));
    expect(area.id).to.equal('wijk');
    expect(view.categoryDimension.id).to.equal('wijk');
    expect(areaDimension([])).to.equal(undefined);
  });

  it('maps a single area too', () => {
    const {view} = selectMapView(model({withCity: true}), {filter: parseFilter('area=GM0546')});
    expect(view.categoryDimension.id).to.equal('area');
    expect(view.categories.map((c) => c.id)).to.deep.equal(['GM0546']);
    expect(view.values).to.deep.equal([[16]]);
    expect(view.fixed.map((f) => f.dimension.id)).to.deep.equal(['period']);
  });

  it('refuses an indicator without an area dimension (not-found), and passes on the view errors', () => {
    expect(codeOf(() => selectMapView(toModel(groupsMonitor())))).to.equal('not-found');
    expect(codeOf(() => selectMapView(model(), {indicator: 'nope'}))).to.equal('not-found');
    expect(codeOf(() => selectMapView(model(), {filter: parseFilter('area=WK999')}))).to.equal('not-found');
  });
});

describe('moveArea()', () => {
  // four areas: 0 west, 1 north, 2 south, 3 east
  const order = areaOrder([
    [0, 5],
    [5, 0],
    [5, 10],
    [10, 5],
  ]);

  it('orders areas west to east and north to south by centroid', () => {
    expect(order.byX).to.deep.equal([0, 1, 2, 3]);
    expect(order.byY).to.deep.equal([1, 0, 3, 2]);
  });

  it('moves east and west with Left/Right, north and south with Up/Down, and stops at the ends', () => {
    expect(moveArea(0, 'ArrowRight', order)).to.equal(1);
    expect(moveArea(3, 'ArrowRight', order)).to.equal(3);
    expect(moveArea(1, 'ArrowLeft', order)).to.equal(0);
    expect(moveArea(1, 'ArrowDown', order)).to.equal(0);
    expect(moveArea(2, 'ArrowDown', order)).to.equal(2);
    expect(moveArea(0, 'ArrowUp', order)).to.equal(1);
  });

  it('jumps to the westernmost and easternmost area with Home and End, and leaves other keys alone', () => {
    expect(moveArea(2, 'Home', order)).to.equal(0);
    expect(moveArea(0, 'End', order)).to.equal(3);
    expect(moveArea(0, 'Enter', order)).to.equal(undefined);
    expect(moveArea(0, 'ArrowRight', order, true)).to.equal(undefined);
    expect(moveArea(0, 'ArrowRight', areaOrder([]))).to.equal(undefined);
  });
});
