import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {isMonitorError} from '../../src/data/errors.js';
import {toModel} from '../../src/data/to-model.js';
import {errorFrom, schemaErrorAt} from './expect-error.js';
import {sampleMonitor} from './sample-monitor.js';
import {readJson} from './read-json.js';
import {setAt} from './set-at.js';

const canada = await readJson('test/fixtures/jsonstat/canada.json');
const collection = await readJson('test/fixtures/jsonstat/collection.json');
const dst = await readJson('test/fixtures/jsonstat/dst-HISB3.json');

/** Runs toModel; only a MonitorError may come out of it. */
function modelOrSchemaError(doc: unknown) {
  try {
    return toModel(doc);
  } catch (error) {
    if (!isMonitorError(error)) throw new Error(`toModel threw a non-MonitorError: ${String(error)}`);
    if (error.code !== 'schema') throw new Error(`toModel threw code ${error.code}`);
    return undefined;
  }
}

function expectFiniteOrNull(model: ReturnType<typeof toModel>) {
  for (const indicator of model.indicators) {
    for (const {value} of indicator.observations) {
      if (value !== null && !Number.isFinite(value)) throw new Error(`accepted value ${String(value)}`);
    }
  }
}

/** Paths into the sample document that a mutation may replace. */
const SAMPLE_PATHS: (string | number)[][] = [
  [], ['format'], ['version'], ['title'], ['source'], ['source', 'url'], ['updated'], ['themes'], ['themes', 0],
  ['dimensions'], ['dimensions', 'period'], ['dimensions', 'period', 'role'], ['dimensions', 'group', 'categories'],
  ['dimensions', 'group', 'categories', 1], ['dimensions', 'group', 'categories', 1, 'id'], ['dimensions', 'area', 'role'],
  ['indicators'], ['indicators', 0], ['indicators', 0, 'id'], ['indicators', 1, 'id'], ['indicators', 0, 'decimals'],
  ['indicators', 0, 'dimensions'], ['indicators', 0, 'dimensions', 1], ['indicators', 0, 'observations'],
  ['indicators', 0, 'observations', 0], ['indicators', 0, 'observations', 0, 'value'], ['indicators', 0, 'observations', 1, 'period'],
  ['indicators', 1, 'observations', 2, 'group'], ['indicators', 2, 'observations', 3, 'area'], ['indicators', 1, 'sample'],
];

/** Anything a document might hold in a place, including what JSON cannot (NaN, Infinity, undefined). */
const oddValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(NaN, Infinity, -Infinity, undefined, -0, '12,5', '', '2023Q1', 'javascript:alert(1)', '__proto__', [], {}),
  fc.double(),
);

describe('toModel', () => {
  it('toModel(monitor JSON) validates and normalises it', () => {
    const model = toModel(sampleMonitor());
    expect(model.indicators.map(({id}) => id)).to.deep.equal(['non-dutch-nationality', 'newcomers', 'internationals-by-area']);
  });

  it('toModel(JSON-stat dataset) reads it as JSON-stat', () => {
    const model = toModel(canada);
    expect(model.indicators.map(({id}) => id)).to.deep.equal(['POP', 'PERCENT']);
  });

  it('toModel(doc) returns the same model for the same document object', () => {
    const doc = sampleMonitor();
    expect(toModel(doc)).to.equal(toModel(doc));
    expect(toModel(sampleMonitor())).not.to.equal(toModel(doc));
  });

  it('toModel(model) is the model itself, for monitor JSON and JSON-stat alike', () => {
    for (const doc of [sampleMonitor(), canada]) {
      const model = toModel(doc);
      expect(toModel(model)).to.equal(model);
    }
  });

  it('toModel(doc) reads arrays with their own `constructor` (a document built in script, not JSON)', () => {
    const doc = sampleMonitor();
    const arrays: unknown[][] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) arrays.push(value);
      if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
    };
    walk(doc);
    for (const array of arrays) Object.defineProperty(array, 'constructor', {value: 'not a constructor', enumerable: true});
    const model = toModel(doc);
    const plain = toModel(sampleMonitor());
    expect(model.indicators.map(({id}) => id)).to.deep.equal(plain.indicators.map(({id}) => id));
    expect(model.indicators.map(({observations}) => observations.map(({value}) => value))).to.deep.equal(plain.indicators.map(({observations}) => observations.map(({value}) => value)));
    expect(arrays.length).to.be.above(5);
  });

  it('toModel(doc) throws the same schema error again for the same invalid document', () => {
    const doc = sampleMonitor();
    doc.version = 2;
    const first = errorFrom(() => toModel(doc));
    expect(errorFrom(() => toModel(doc))).to.equal(first);
  });

  it('toModel(doc) rejects what is neither monitor JSON nor a JSON-stat dataset', () => {
    schemaErrorAt(() => toModel(null), '');
    schemaErrorAt(() => toModel('{"format":"leiden-monitor"}'), '');
    schemaErrorAt(() => toModel({foo: 1}), 'format');
  });

  it('toModel(JSON-stat collection) says only datasets are read', () => {
    expect(schemaErrorAt(() => toModel(collection), 'class').message).to.contain('only JSON-stat datasets are read');
  });

  it('toModel(JSON-stat 1.x bundle) explains that only 2.0 datasets are read', () => {
    expect(schemaErrorAt(() => toModel(dst), '').message).to.contain('JSON-stat 1.x bundle');
  });

  it('toModel(JSON.parse(any JSON)) throws nothing but a schema MonitorError', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const model = modelOrSchemaError(JSON.parse(text));
        if (model) expectFiniteOrNull(model);
      }),
      {numRuns: 300},
    );
  });

  it('toModel(JSON-stat-shaped objects) throws nothing but a schema MonitorError', () => {
    const dataset = fc.record(
      {
        class: fc.constantFrom('dataset', 'collection', 'bundle', 1),
        version: fc.constantFrom('2.0', '1.0', 2),
        id: fc.oneof(fc.constant(['a', 'time']), fc.array(fc.string(), {maxLength: 3}), fc.jsonValue()),
        size: fc.oneof(fc.constant([2, 2]), fc.array(fc.oneof(fc.nat(4), fc.double(), fc.string()), {maxLength: 3}), fc.jsonValue()),
        dimension: fc.oneof(
          fc.constant({a: {category: {index: ['x', 'y']}}, time: {category: {index: {'2020': 0, '2021': 1}}}}),
          fc.constant({a: {category: {index: {x: 0, y: 0}}}, time: {category: {label: {'2020': '2020'}}}}),
          fc.dictionary(fc.string(), fc.jsonValue(), {maxKeys: 3}),
        ),
        value: fc.oneof(fc.array(oddValue, {maxLength: 5}), fc.dictionary(fc.oneof(fc.constantFrom('0', '1', '3', '-1', '01', '4'), fc.string()), oddValue, {maxKeys: 4}), oddValue),
        status: fc.oneof(fc.constant('e'), fc.array(fc.oneof(fc.string(), fc.constant(null), fc.integer()), {maxLength: 4}), fc.dictionary(fc.string(), oddValue, {maxKeys: 3}), oddValue),
        role: fc.oneof(fc.constant({time: ['time'], metric: ['a']}), fc.constant({metric: ['nope']}), fc.jsonValue()),
        extension: fc.oneof(fc.constant({id: 'x'}), fc.jsonValue()),
      },
      {requiredKeys: ['class']},
    );
    fc.assert(
      fc.property(dataset, (doc) => {
        const model = modelOrSchemaError(doc);
        if (model) expectFiniteOrNull(model);
      }),
      {numRuns: 300},
    );
  });

  it('toModel(mutated monitor documents) throws nothing but a schema MonitorError, and accepts only finite or null values', () => {
    const mutation = fc.array(fc.tuple(fc.constantFrom(...SAMPLE_PATHS), oddValue), {minLength: 1, maxLength: 3});
    let accepted = 0;
    fc.assert(
      fc.property(mutation, (changes) => {
        let doc: unknown = sampleMonitor();
        for (const [path, value] of changes) doc = setAt(doc, path, value);
        const model = modelOrSchemaError(doc);
        if (model) {
          accepted++;
          expectFiniteOrNull(model);
        }
      }),
      {numRuns: 300},
    );
    // some mutations are harmless (a new title, a null value): the property saw both outcomes
    expect(accepted).to.be.greaterThan(0);
  });
});
