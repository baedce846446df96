/**
 * Format extensions `notes` (per indicator), `note` (per observation) and `view` (per indicator):
 * validation with paths, the model, the view matrix and the JSON Schema.
 */
import {expect} from '@open-wc/testing';
import {validateMonitor} from '../../src/data/validate.js';
import {normalizeMonitor} from '../../src/data/normalize.js';
import {selectView} from '../../src/data/view.js';
import {checkSchema} from './mini-json-schema.js';
import {schemaErrorAt} from './expect-error.js';
import {sampleMonitor, type SampleMonitor} from './sample-monitor.js';
import {readJson} from './read-json.js';

const schema = await readJson<Record<string, unknown>>('src/schema/monitor.schema.json');

type Indicator = Record<string, unknown> & {observations: Record<string, unknown>[]};
const indicator = (doc: SampleMonitor, i: number) => doc.indicators[i] as Indicator;

function withNotes(): SampleMonitor {
  const doc = sampleMonitor();
  const first = indicator(doc, 0);
  first.notes = [
    {id: 'def', kind: 'definition', text: {nl: 'Nationaliteit volgens de BRP.', en: 'Nationality as registered.'}},
    {kind: 'break', period: '2022', text: {nl: 'Nieuwe indeling vanaf 2022.', en: 'New classification from 2022.'}},
    {text: 'Plain note'},
  ];
  first.view = 'kpi';
  first.observations[0]!.note = {nl: 'Voorlopig cijfer.', en: 'Provisional figure.'};
  return doc;
}

describe('notes and view (format extensions)', () => {
  it('a document with notes, an observation note and a view is valid, for the validator and the schema', () => {
    const doc = withNotes();
    expect(() => validateMonitor(doc)).not.to.throw();
    expect(checkSchema(schema, doc)).to.equal(undefined);
  });

  it('normalises notes, the view and observation notes into the model', () => {
    const model = normalizeMonitor(withNotes());
    const ind = model.indicatorById.get('non-dutch-nationality')!;
    expect(ind.view).to.equal('kpi');
    expect(ind.notes).to.deep.equal([
      {id: 'def', kind: 'definition', text: {nl: 'Nationaliteit volgens de BRP.', en: 'Nationality as registered.'}},
      {kind: 'break', period: '2022', text: {nl: 'Nieuwe indeling vanaf 2022.', en: 'New classification from 2022.'}},
      {text: 'Plain note'},
    ]);
    expect(ind.observation({period: '2023', area: 'GM0546'})!.note).to.deep.equal({nl: 'Voorlopig cijfer.', en: 'Provisional figure.'});
    expect(ind.observation({period: '2021', area: 'GM0546'})!.note).to.equal(undefined);
    expect(Object.isFrozen(ind.notes)).to.equal(true);
  });

  it('indicators without the extensions have none in the model', () => {
    const model = normalizeMonitor(sampleMonitor());
    const ind = model.indicators[0]!;
    expect('notes' in ind).to.equal(false);
    expect('view' in ind).to.equal(false);
    expect('note' in ind.observations[0]!).to.equal(false);
  });

  it('the view carries observation notes as notes[s][c]', () => {
    const view = selectView(normalizeMonitor(withNotes()), {indicator: 'non-dutch-nationality', filter: new Map([['area', ['GM0546']]])});
    expect(view.categories.map((c) => c.id)).to.deep.equal(['2021', '2022', '2023']);
    expect(view.notes).to.deep.equal([[undefined, undefined, {nl: 'Voorlopig cijfer.', en: 'Provisional figure.'}]]);
  });

  const BREAKAGES: [string, (doc: SampleMonitor) => void, string][] = [
    ['notes not an array', (doc) => (indicator(doc, 0).notes = {}), 'indicators[0].notes'],
    ['a note that is a string', (doc) => (indicator(doc, 0).notes = ['x']), 'indicators[0].notes[0]'],
    ['a note without text', (doc) => (indicator(doc, 0).notes = [{kind: 'note'}]), 'indicators[0].notes[0].text'],
    ['a note with numeric text', (doc) => (indicator(doc, 0).notes = [{text: {nl: 3}}]), 'indicators[0].notes[0].text.nl'],
    ['a note with an unknown kind', (doc) => (indicator(doc, 0).notes = [{text: 'x', kind: 'warning'}]), 'indicators[0].notes[0].kind'],
    ['a note with a period 2022Q1', (doc) => (indicator(doc, 0).notes = [{text: 'x', period: '2022Q1'}]), 'indicators[0].notes[0].period'],
    ['a note with an empty id', (doc) => (indicator(doc, 0).notes = [{text: 'x', id: ' '}]), 'indicators[0].notes[0].id'],
    ['an unknown view', (doc) => (indicator(doc, 1).view = 'pie'), 'indicators[1].view'],
    ['an observation note that is a number', (doc) => (indicator(doc, 0).observations[2]!.note = 5), 'indicators[0].observations[2].note'],
  ];

  for (const [name, breakIt, path] of BREAKAGES) {
    it(`rejects ${name} at ${path}, as the schema does`, () => {
      const doc = sampleMonitor();
      breakIt(doc);
      schemaErrorAt(() => validateMonitor(doc), path);
      expect(checkSchema(schema, doc), 'schema').not.to.equal(undefined);
    });
  }

  it('still rejects other unknown observation keys as unknown dimensions', () => {
    const doc = sampleMonitor();
    indicator(doc, 0).observations[0]!.remark = 'x';
    const error = schemaErrorAt(() => validateMonitor(doc), 'indicators[0].observations[0].remark');
    expect(error.message).to.contain('unknown dimension');
  });
});
