import {expect} from '@open-wc/testing';
import {KNOWN_UNITS} from '../../src/data/model.js';
import {REQUIRED_FIELDS} from '../../src/data/normalize.js';
import {validateMonitor} from '../../src/data/validate.js';
import {checkSchema} from './mini-json-schema.js';
import {sampleMonitor, type SampleMonitor} from './sample-monitor.js';
import {readJson} from './read-json.js';

/** The parts of monitor.schema.json these tests read. */
interface MonitorSchema {
  readonly $schema: string;
  readonly required: readonly string[];
  readonly $defs: {
    readonly unit: {readonly anyOf: readonly {readonly enum?: readonly string[]}[]};
    readonly indicator: {readonly properties: {readonly decimals: {readonly minimum: number; readonly maximum: number}}};
  };
}

const schema = await readJson<MonitorSchema>('src/schema/monitor.schema.json');
const fixture = await readJson('test/fixtures/fault-monitor.json');

const indicator = (doc: SampleMonitor, i: number) => doc.indicators[i] as Record<string, unknown> & {observations: Record<string, unknown>[]};

const accepts = (doc: unknown) => {
  try {
    validateMonitor(doc);
    return true;
  } catch {
    return false;
  }
};

/** Breakages JSON Schema can express: both the schema and the validator must reject each. */
const BREAKAGES: Record<string, (doc: SampleMonitor) => void> = {
  'no format': (doc) => delete doc.format,
  'wrong format': (doc) => (doc.format = 'other'),
  'version 2': (doc) => (doc.version = 2),
  'no indicators': (doc) => (doc.indicators = []),
  'value as string': (doc) => (indicator(doc, 0).observations[0]!.value = '12,5'),
  'value missing': (doc) => delete indicator(doc, 0).observations[0]!.value,
  'coordinate as number': (doc) => (indicator(doc, 0).observations[0]!.period = 2023),
  'decimals 7': (doc) => (indicator(doc, 0).decimals = 7),
  'decimals 1.5': (doc) => (indicator(doc, 0).decimals = 1.5),
  'javascript: url': (doc) => (doc.source = {name: 'x', url: 'javascript:alert(1)'}),
  'source without name': (doc) => (doc.source = {url: 'https://example.org/'}),
  'empty title object': (doc) => (doc.title = {}),
  'numeric text': (doc) => (doc.title = {nl: 1}),
  'group without categories': (doc) => delete doc.dimensions.group!.categories,
  'period category 2023Q1': (doc) => (doc.dimensions.period!.categories = [{id: '2023Q1'}]),
  'role metric': (doc) => (doc.dimensions.area!.role = 'metric'),
  'sample "yes"': (doc) => (indicator(doc, 1).sample = 'yes'),
  'dimension twice': (doc) => (indicator(doc, 0).dimensions = ['period', 'period']),
  'updated in words': (doc) => (doc.updated = 'juni 2024'),
};

describe('monitor.schema.json', () => {
  it('declares draft 2020-12', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
  });

  it('requires the same top-level fields as the validator', () => {
    expect([...schema.required].sort()).to.deep.equal([...REQUIRED_FIELDS].sort());
  });

  it('lists the documented units (KNOWN_UNITS)', () => {
    expect(schema.$defs.unit.anyOf[0]!.enum).to.deep.equal([...KNOWN_UNITS]);
  });

  it('bounds decimals as the validator does', () => {
    const {decimals} = schema.$defs.indicator.properties;
    expect([decimals.minimum, decimals.maximum]).to.deep.equal([0, 6]);
  });

  it('accepts the valid fixtures, as the validator does', () => {
    for (const doc of [sampleMonitor(), fixture]) {
      expect(checkSchema(schema, doc)).to.equal(undefined);
      expect(accepts(doc)).to.equal(true);
    }
  });

  for (const [name, breakIt] of Object.entries(BREAKAGES)) {
    it(`rejects a document with ${name}, as the validator does`, () => {
      const doc = sampleMonitor();
      breakIt(doc);
      expect(checkSchema(schema, doc), 'schema').not.to.equal(undefined);
      expect(accepts(doc), 'validator').to.equal(false);
    });
  }

  it('the test checker itself rejects a wrong type (so the agreement above means something)', () => {
    expect(checkSchema({type: 'object', required: ['a']}, {})).to.equal('.a');
    expect(checkSchema({type: 'string'}, 1)).to.equal('');
  });
});
