import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {isMonitorError} from '../../src/data/errors.js';
import {toModel} from '../../src/data/to-model.js';
import {toModelLazy} from '../../src/data/to-model-lazy.js';
import {readMonitor} from '../../src/data/normalize.js';
import {explainMonitor, validateMonitor} from '../../src/data/validate.js';

/** The quick yes/no: the one-pass reader reads `doc`. */
const isMonitor = (doc: unknown): boolean => readMonitor(doc) !== undefined;
import {errorFrom} from './expect-error.js';
import {sampleMonitor} from './sample-monitor.js';
import {setAt} from './set-at.js';

/** What the careful walk says: undefined when it finds nothing, else the path it names. */
function explained(doc: unknown): string | undefined {
  try {
    explainMonitor(doc);
    return undefined;
  } catch (error) {
    if (!isMonitorError(error)) throw new Error(`explainMonitor threw a non-MonitorError: ${String(error)}`);
    return error.path ?? '';
  }
}

/** isMonitor and the careful walk agree on `doc`; returns whether it was accepted. */
function agree(doc: unknown): boolean {
  const quick = isMonitor(doc);
  const path = explained(doc);
  if (quick !== (path === undefined)) {
    throw new Error(`isMonitor says ${quick}, explainMonitor ${path === undefined ? 'accepts' : `rejects at ${path}`}: ${JSON.stringify(doc)}`);
  }
  return quick;
}

/** Anything a document might hold in a place, including what JSON cannot (NaN, Infinity, undefined). */
const oddValue = fc.oneof(
  fc.jsonValue({maxDepth: 2}),
  fc.constantFrom(NaN, Infinity, -0, undefined, null, '', ' ', '12,5', '2023', '2023-Q2', '2023-13', 'GM0546', 'students', 'students ',
    'https://x.nl/', 'javascript:alert(1)', '__proto__', 'constructor', 'percent', 'kpi', 'break', true, 7, 1.5, -1, [], {}, {nl: ''}, {' ': 'x'}),
);

/** Places in the sample document a mutation may replace (indexes past the end add items). */
const PATHS: readonly (readonly (string | number)[])[] = [
  [], ['format'], ['version'], ['id'], ['title'], ['title', 'nl'], ['source'], ['source', 'name'], ['source', 'url'], ['updated'],
  ['themes'], ['themes', 0], ['themes', 1, 'id'], ['themes', 0, 'label'], ['dimensions'], ['dimensions', 'period'],
  ['dimensions', 'period', 'role'], ['dimensions', 'period', 'categories'], ['dimensions', 'group', 'categories'],
  ['dimensions', 'group', 'categories', 0], ['dimensions', 'group', 'categories', 1, 'id'], ['dimensions', 'group', 'categories', 3],
  ['dimensions', 'area', 'role'], ['dimensions', 'area', 'label'], ['dimensions', 'extra'], ['dimensions', ' '],
  ['indicators'], ['indicators', 0], ['indicators', 0, 'id'], ['indicators', 1, 'id'], ['indicators', 0, 'theme'], ['indicators', 0, 'unit'],
  ['indicators', 0, 'decimals'], ['indicators', 1, 'sample'], ['indicators', 1, 'source'], ['indicators', 0, 'view'], ['indicators', 0, 'label'],
  ['indicators', 0, 'description'], ['indicators', 0, 'notes'], ['indicators', 0, 'notes', 0], ['indicators', 0, 'notes', 0, 'text'],
  ['indicators', 0, 'notes', 0, 'period'], ['indicators', 0, 'notes', 0, 'kind'], ['indicators', 0, 'notes', 0, 'id'],
  ['indicators', 0, 'dimensions'], ['indicators', 0, 'dimensions', 1], ['indicators', 0, 'dimensions', 2], ['indicators', 0, 'observations'],
  ['indicators', 0, 'observations', 0], ['indicators', 0, 'observations', 0, 'value'], ['indicators', 0, 'observations', 1, 'period'],
  ['indicators', 0, 'observations', 2, 'status'], ['indicators', 0, 'observations', 3, 'note'], ['indicators', 0, 'observations', 3, 'area'],
  ['indicators', 0, 'observations', 1, 'group'], ['indicators', 0, 'observations', 4], ['indicators', 1, 'observations', 2, 'group'],
  ['indicators', 2, 'observations', 3, 'area'], ['indicators', 2, 'observations', 0, 'period'], ['indicators', 3],
];

/** A copy of an observation already in the document: its coordinates repeat (a duplicate). */
function duplicateOne(doc: unknown, indicator: number, from: number): unknown {
  const observations = (doc as {indicators?: {observations?: unknown[]}[]} | undefined)?.indicators?.[indicator]?.observations;
  if (Array.isArray(observations) && observations[from] !== undefined) observations.push(structuredClone(observations[from]));
  return doc;
}

describe('isMonitor', () => {
  it('isMonitor(doc) accepts the sample and a document with an empty status, as validateMonitor does', () => {
    expect(agree(sampleMonitor())).to.equal(true);
    const doc = sampleMonitor();
    (doc.indicators[0]!.observations as Record<string, unknown>[])[0]!.status = '';
    expect(agree(doc)).to.equal(true);
  });

  it('isMonitor(doc) rejects duplicate coordinates, also over undeclared periods', () => {
    expect(agree(duplicateOne(sampleMonitor(), 0, 1))).to.equal(false);
    expect(agree(duplicateOne(sampleMonitor(), 1, 0))).to.equal(false);
  });

  it('isMonitor(doc) rejects a hole in a list (a missing item), as validateMonitor does', () => {
    for (const [list, path] of [
      [(doc: ReturnType<typeof sampleMonitor>) => doc.indicators, 'indicators[0]'],
      [(doc: ReturnType<typeof sampleMonitor>) => doc.indicators[0]!.observations as unknown[], 'indicators[0].observations[0]'],
      [(doc: ReturnType<typeof sampleMonitor>) => doc.themes as unknown[], 'themes[0]'],
    ] as const) {
      const doc = sampleMonitor();
      delete list(doc)[0];
      expect(agree(doc)).to.equal(false);
      expect(explained(doc)).to.equal(path);
    }
  });

  it('isMonitor(any JSON) agrees with explainMonitor', () => {
    fc.assert(fc.property(fc.json(), (text) => void agree(JSON.parse(text))), {numRuns: 300});
  });

  it('isMonitor(mutated sample documents) agrees with explainMonitor, accepting some and rejecting some', function () {
    this.timeout(30_000); // thousands of documents, on a busy machine
    const mutation = fc.array(fc.tuple(fc.constantFrom(...PATHS), oddValue), {minLength: 1, maxLength: 3});
    const seen = {accepted: 0, rejected: 0};
    fc.assert(
      fc.property(mutation, fc.boolean(), (changes, duplicate) => {
        let doc: unknown = sampleMonitor();
        for (const [path, value] of changes) doc = setAt(doc, path, value);
        if (duplicate) doc = duplicateOne(doc, 2, 1);
        seen[agree(doc) ? 'accepted' : 'rejected']++;
      }),
      {numRuns: 1500},
    );
    // most mutations break the document, some do not: the property saw plenty of both
    expect(seen.accepted).to.be.greaterThan(10);
    expect(seen.rejected).to.be.greaterThan(100);
  });

  it('isMonitor(generated monitors) agrees with explainMonitor on near-valid documents', function () {
    this.timeout(30_000);
    const id = fc.constantFrom('a', 'b', 'c', '', '__proto__', 'constructor');
    const period = fc.constantFrom('2020', '2021', '2021-Q1', '2021-01', '2021-13', 'x');
    const monitor = fc.record({
      cats: fc.uniqueArray(id, {maxLength: 3}),
      declarePeriods: fc.boolean(),
      observations: fc.array(
        fc.record({a: fc.oneof(id, fc.constant(undefined)), p: fc.oneof(period, fc.constant(1)), value: fc.oneof(fc.double(), fc.constant(null), fc.constant('1')), status: fc.option(fc.string(), {nil: undefined})}, {requiredKeys: ['value']}),
        {maxLength: 6},
      ),
    });
    fc.assert(
      fc.property(monitor, ({cats, declarePeriods, observations}) => {
        const doc = {
          format: 'leiden-monitor',
          version: 1,
          dimensions: {
            a: {categories: cats.map((c) => ({id: c}))},
            p: declarePeriods ? {role: 'time', categories: [{id: '2020'}, {id: '2021'}]} : {role: 'time'},
          },
          indicators: [{id: 'i', dimensions: ['a', 'p'], observations: observations.map((o) => JSON.parse(JSON.stringify(o)) as unknown)}],
        };
        agree(doc);
      }),
      {numRuns: 1000},
    );
  });

  it('toModelLazy(doc) rejects an invalid document with the same error as toModel and validateMonitor', async () => {
    const doc = sampleMonitor();
    (doc.indicators[1]!.observations as Record<string, unknown>[])[2]!.value = '12,5';
    const expected = errorFrom(() => validateMonitor(structuredClone(doc)));
    const sync = errorFrom(() => toModel(structuredClone(doc)));
    let lazy: unknown;
    try {
      await toModelLazy(doc);
    } catch (error) {
      lazy = error;
    }
    for (const error of [sync, lazy]) {
      expect(isMonitorError(error)).to.equal(true);
      expect({path: (error as typeof sync).path, message: (error as typeof sync).message}).to.deep.equal({path: expected.path, message: expected.message});
    }
    expect(expected.path).to.equal('indicators[1].observations[2].value');
    // remembered: the second call answers synchronously with the same error
    expect(errorFrom(() => toModelLazy(doc))).to.equal(lazy);
  });
});
