import {expect} from '@open-wc/testing';
import {toModel} from '../../src/data/to-model.js';
import {selectView} from '../../src/data/view.js';

interface RawObservation {
  period: string;
  area: string;
  value: number | null;
  status?: string;
}

/** 50 indicators × 30 periods × 100 areas (150 000 observations), as scripts/bench/model.mjs makes
 *  them but smaller; periods are left to the observations and listed newest first, areas in
 *  reverse, so the model has to sort and index rather than follow the document's order. */
function bigMonitor() {
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const areas = Array.from({length: 100}, (_, i) => `WK0546${String(i).padStart(2, '0')}`);
  const periods = Array.from({length: 30}, (_, i) => String(2023 - i));
  let n = 0;
  return {
    format: 'leiden-monitor',
    version: 1,
    dimensions: {
      period: {role: 'time'},
      area: {role: 'geo', categories: areas.map((id) => ({id}))},
    },
    indicators: Array.from({length: 50}, (_, k) => ({
      id: `ind-${k}`,
      dimensions: k % 2 ? ['area', 'period'] : ['period', 'area'],
      observations: periods.flatMap((period) =>
        [...areas].reverse().map((area): RawObservation => (++n % 89 === 0 ? {period, area, value: null, status: 'confidential'} : {period, area, value: Math.round(next() * 2000 - 1000) / 10})),
      ),
    })),
  };
}

describe('the model of a big monitor', () => {
  const doc = bigMonitor();
  const model = toModel(doc);

  it('toModel(big monitor) keeps every indicator, with periods sorted and all observations', () => {
    expect(model.indicators).to.have.length(50);
    expect(model.dimensions.get('period')!.categories.map(({id}) => id)).to.deep.equal(Array.from({length: 30}, (_, i) => String(1994 + i)));
    for (const k of [0, 1, 49]) expect(model.indicators[k]!.observations).to.have.length(3000);
  });

  it('indicator.observation(coords) finds every value of the document, missing ones as null with their status', () => {
    let missing = 0;
    for (const k of [0, 17, 49]) {
      const indicator = model.indicatorById.get(`ind-${k}`)!;
      for (const raw of doc.indicators[k]!.observations) {
        const found = indicator.observation({period: raw.period, area: raw.area});
        expect(found?.value, `${k} ${raw.period} ${raw.area}`).to.equal(raw.value);
        expect(found?.status).to.equal(raw.status);
        if (raw.value === null) missing++;
      }
    }
    expect(missing).to.be.greaterThan(50);
  });

  it('indicator.observation(coords) answers undefined for coordinates that are not there', () => {
    const indicator = model.indicators[3]!;
    expect(indicator.observation({period: '1993', area: 'WK054600'})).to.equal(undefined);
    expect(indicator.observation({period: '2000', area: 'WK0546xx'})).to.equal(undefined);
    expect(indicator.observation({period: '2000'})).to.equal(undefined);
    expect(indicator.observation({period: '2000', area: 'WK054600', extra: 'ignored'})?.coords).to.deep.equal({period: '2000', area: 'WK054600'});
  });

  it('indicator.observations lists the document order, with frozen, prototype-free coords, the same objects the lookup returns', () => {
    const indicator = model.indicators[1]!;
    const raw = doc.indicators[1]!.observations;
    for (const i of [0, 1, 99, 100, 1234, 2999]) {
      const observation = indicator.observations[i]!;
      expect({...observation.coords}).to.deep.equal({area: raw[i]!.area, period: raw[i]!.period});
      expect(observation.value).to.equal(raw[i]!.value);
      expect(Object.getPrototypeOf(observation.coords)).to.equal(null);
      expect(Object.isFrozen(observation) && Object.isFrozen(observation.coords)).to.equal(true);
      expect(indicator.observation(observation.coords)).to.equal(observation);
    }
    expect(indicator.observations).to.equal(indicator.observations);
    expect(indicator.observations.filter(({value}) => value === null).length).to.equal(raw.filter(({value}) => value === null).length);
  });

  it('selectView(big monitor) lays one indicator out as periods × areas with the document values', () => {
    const view = selectView(model, {indicator: 'ind-8', series: 'area'});
    expect(view.categoryDimension.id).to.equal('period');
    expect(view.categories).to.have.length(30);
    expect(view.series).to.have.length(100);
    for (const raw of doc.indicators[8]!.observations.filter((_, i) => i % 37 === 0)) {
      const s = view.series.findIndex(({id}) => id === raw.area);
      const c = view.categories.findIndex(({id}) => id === raw.period);
      expect(view.values[s]![c]).to.equal(raw.value);
      expect(view.statuses[s]![c]).to.equal(raw.status);
    }
  });

  it('toModel(the same big document) answers from memory with the same model', () => {
    expect(toModel(doc)).to.equal(model);
  });
});
