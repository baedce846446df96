import {expect} from '@open-wc/testing';
import {validateMonitor} from '../../src/data/validate.js';
import {schemaErrorAt} from './expect-error.js';
import {readJson} from './read-json.js';
import {sampleMonitor, type SampleMonitor} from './sample-monitor.js';

type Doc = SampleMonitor;
const indicator = (doc: Doc, i: number) => doc.indicators[i] as Record<string, unknown> & {observations: Record<string, unknown>[]};

/** Breaks a fresh sample with `mutate` and expects validateMonitor to reject it at `path`. */
function rejects(path: string, mutate: (doc: Doc) => void): string {
  const doc = sampleMonitor();
  mutate(doc);
  return schemaErrorAt(() => validateMonitor(doc), path).message;
}

describe('validateMonitor', () => {
  it('validateMonitor(sample) accepts the valid sample and the fault-server fixture', async () => {
    expect(() => validateMonitor(sampleMonitor())).not.to.throw();
    const fixture = await readJson('test/fixtures/fault-monitor.json');
    expect(() => validateMonitor(fixture)).not.to.throw();
  });

  it('validateMonitor(doc) accepts the minimal document', () => {
    const doc = {
      format: 'leiden-monitor', version: 1,
      dimensions: {period: {role: 'time'}},
      indicators: [{id: 'x', dimensions: ['period'], observations: []}],
    };
    expect(() => validateMonitor(doc)).not.to.throw();
  });

  describe('document', () => {
    it('rejects what is not an object', () => {
      for (const doc of [null, 1, 'x', [], undefined]) schemaErrorAt(() => validateMonitor(doc), '');
    });

    it('requires format, version, dimensions and indicators', () => {
      for (const field of ['format', 'version', 'dimensions', 'indicators']) {
        expect(rejects(field, (doc) => delete doc[field])).to.contain('required');
      }
    });

    it('rejects a wrong format or version', () => {
      rejects('format', (doc) => (doc.format = 'leiden-monitor-2'));
      rejects('version', (doc) => (doc.version = 2));
      rejects('version', (doc) => (doc.version = '1'));
    });

    it('checks id, title, updated and an empty indicator list', () => {
      rejects('id', (doc) => (doc.id = 3));
      rejects('title', (doc) => (doc.title = 3));
      rejects('title', (doc) => (doc.title = {}));
      rejects('title.en', (doc) => (doc.title = {nl: 'x', en: 5}));
      rejects('updated', (doc) => (doc.updated = 'juni 2024'));
      rejects('indicators', (doc) => (doc.indicators = []));
    });

    it('accepts a plain-string title and a date-time for updated', () => {
      const doc = sampleMonitor();
      doc.title = 'Monitor';
      doc.updated = '2024-06-01T10:00:00Z';
      expect(() => validateMonitor(doc)).not.to.throw();
    });
  });

  describe('source', () => {
    it('requires a name', () => {
      rejects('source.name', (doc) => (doc.source = {url: 'https://example.org/'}));
    });

    it('rejects a url that is not http(s)', () => {
      for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/', 'JavaScript:void(0)', '/relative', 'nope']) {
        rejects('source.url', (doc) => (doc.source = {name: 'x', url}));
      }
    });

    it('checks an indicator-level source the same way', () => {
      rejects('indicators[1].source.url', (doc) => (indicator(doc, 1).source = {name: 'x', url: 'javascript:alert(1)'}));
      rejects('indicators[1].source', (doc) => (indicator(doc, 1).source = 'BRP'));
    });
  });

  describe('themes', () => {
    it('rejects duplicate and malformed themes', () => {
      rejects('themes[1].id', (doc) => ((doc.themes as {id: string}[])[1] = {id: 'population'}));
      rejects('themes[0].label', (doc) => ((doc.themes as Record<string, unknown>[])[0] = {id: 'p', label: []}));
      rejects('themes', (doc) => (doc.themes = {}));
    });

    it('requires an indicator theme to be declared when themes are given', () => {
      expect(rejects('indicators[0].theme', (doc) => (indicator(doc, 0).theme = 'economy'))).to.contain('"economy"');
    });

    it('accepts any indicator theme when no themes are declared', () => {
      const doc = sampleMonitor();
      delete doc.themes;
      indicator(doc, 0).theme = 'economy';
      expect(() => validateMonitor(doc)).not.to.throw();
    });
  });

  describe('dimensions', () => {
    it('requires categories on a dimension that is not time', () => {
      rejects('dimensions.group.categories', (doc) => delete doc.dimensions.group!.categories);
      rejects('dimensions.group.categories', (doc) => (doc.dimensions.group!.categories = []));
    });

    it('rejects duplicate category ids, empty ids and a bad role', () => {
      rejects('dimensions.group.categories[1].id', (doc) => ((doc.dimensions.group!.categories as {id: string}[])[1]!.id = 'students'));
      rejects('dimensions.area.categories[0].id', (doc) => ((doc.dimensions.area!.categories as {id: string}[])[0]!.id = ''));
      rejects('dimensions.area.role', (doc) => (doc.dimensions.area!.role = 'metric'));
      rejects('dimensions.area.role', (doc) => (doc.dimensions.area!.role = 'time'));
    });

    it('requires declared time categories to be periods', () => {
      rejects('dimensions.period.categories[1].id', (doc) => (doc.dimensions.period!.categories = [{id: '2023'}, {id: '2023Q1'}]));
    });

    it('quotes a dimension id that is not a plain name in the path', () => {
      rejects('dimensions["my dim"].categories', (doc) => (doc.dimensions['my dim'] = {label: 'x'}));
    });
  });

  describe('indicators', () => {
    it('rejects a duplicate indicator id at the second one', () => {
      expect(rejects('indicators[2].id', (doc) => (indicator(doc, 2).id = 'newcomers'))).to.contain('indicators[1]');
    });

    it('checks the optional fields', () => {
      rejects('indicators[0].id', (doc) => delete indicator(doc, 0).id);
      rejects('indicators[0].label', (doc) => (indicator(doc, 0).label = 7));
      rejects('indicators[0].description.nl', (doc) => (indicator(doc, 0).description = {nl: null}));
      rejects('indicators[0].unit', (doc) => (indicator(doc, 0).unit = 1));
      rejects('indicators[0].sample', (doc) => (indicator(doc, 0).sample = 'yes'));
    });

    it('requires decimals to be a whole number from 0 to 6', () => {
      for (const decimals of [-1, 7, 1.5, '1', NaN]) rejects('indicators[0].decimals', (doc) => (indicator(doc, 0).decimals = decimals));
      for (const decimals of [0, 6]) {
        const doc = sampleMonitor();
        indicator(doc, 0).decimals = decimals;
        expect(() => validateMonitor(doc)).not.to.throw();
      }
    });

    it('requires the indicator dimensions to be declared, once each', () => {
      rejects('indicators[0].dimensions[1]', (doc) => (indicator(doc, 0).dimensions = ['period', 'region']));
      rejects('indicators[0].dimensions[1]', (doc) => (indicator(doc, 0).dimensions = ['period', 'period']));
      rejects('indicators[0].dimensions', (doc) => (indicator(doc, 0).dimensions = []));
    });
  });

  describe('observations', () => {
    it('rejects a value given as a string, never coercing "12,5"', () => {
      const message = rejects('indicators[0].observations[2].value', (doc) => (indicator(doc, 0).observations[2]!.value = '12,5'));
      expect(message).to.contain('"12,5"');
      rejects('indicators[0].observations[0].value', (doc) => (indicator(doc, 0).observations[0]!.value = '12'));
    });

    it('rejects NaN and ±Infinity (possible through the data property)', () => {
      for (const value of [NaN, Infinity, -Infinity]) {
        rejects('indicators[1].observations[3].value', (doc) => (indicator(doc, 1).observations[3]!.value = value));
      }
    });

    it('rejects a missing value, a boolean and an object', () => {
      rejects('indicators[0].observations[1].value', (doc) => delete indicator(doc, 0).observations[1]!.value);
      rejects('indicators[0].observations[1].value', (doc) => (indicator(doc, 0).observations[1]!.value = true));
      rejects('indicators[0].observations[1].value', (doc) => (indicator(doc, 0).observations[1]!.value = {n: 1}));
    });

    it('rejects an undeclared category', () => {
      expect(rejects('indicators[1].observations[1].group', (doc) => (indicator(doc, 1).observations[1]!.group = 'tourists'))).to.contain('"tourists"');
    });

    it('rejects a period that is not one of the contract forms', () => {
      rejects('indicators[0].observations[0].period', (doc) => (indicator(doc, 0).observations[0]!.period = '2023Q1'));
      rejects('indicators[0].observations[0].period', (doc) => (indicator(doc, 0).observations[0]!.period = 2023));
    });

    it('rejects a period not among declared time categories', () => {
      rejects('indicators[0].observations[1].period', (doc) => (doc.dimensions.period!.categories = [{id: '2023'}, {id: '2022'}, {id: '2022-Q4'}, {id: '2023-01'}]));
    });

    it('rejects an unknown dimension, also one declared for the document but not the indicator', () => {
      rejects('indicators[1].observations[0].colour', (doc) => (indicator(doc, 1).observations[0]!.colour = 'red'));
      rejects('indicators[1].observations[0].area', (doc) => (indicator(doc, 1).observations[0]!.area = 'GM0546'));
    });

    it('rejects a missing coordinate', () => {
      expect(rejects('indicators[1].observations[2].group', (doc) => delete indicator(doc, 1).observations[2]!.group)).to.contain('missing');
    });

    it('rejects a duplicate observation naming the first one', () => {
      const message = rejects('indicators[0].observations[4]', (doc) =>
        indicator(doc, 0).observations.push({area: 'GM0546', period: '2021', value: 1}),
      );
      expect(message).to.contain('indicators[0].observations[1]');
    });

    it('rejects a status that is not a string', () => {
      rejects('indicators[0].observations[2].status', (doc) => (indicator(doc, 0).observations[2]!.status = 3));
    });

    it('reports the first offending path when there are several', () => {
      rejects('indicators[0].observations[1].value', (doc) => {
        indicator(doc, 0).observations[1]!.value = 'x';
        indicator(doc, 0).observations[3]!.value = 'y';
        indicator(doc, 2).observations[0]!.value = 'z';
      });
    });

    it('rejects observations that are not an array of objects', () => {
      rejects('indicators[0].observations', (doc) => (indicator(doc, 0).observations = {} as never));
      rejects('indicators[0].observations[0]', (doc) => (indicator(doc, 0).observations[0] = [] as never));
    });
  });

  describe('prototype keys', () => {
    it('never reads __proto__, constructor or prototype from Object.prototype', () => {
      // JSON.parse makes __proto__ an own key, as a fetched document would have it
      const doc = JSON.parse(`{"format":"leiden-monitor","version":1,
        "dimensions":{"period":{"role":"time"}},
        "indicators":[{"id":"x","dimensions":["period"],"observations":[{"period":"2023","value":1,"constructor":"y"}]}]}`);
      schemaErrorAt(() => validateMonitor(doc), 'indicators[0].observations[0].constructor');
      const sneaky = JSON.parse(`{"format":"leiden-monitor","version":1,
        "dimensions":{"period":{"role":"time"}},
        "indicators":[{"id":"x","dimensions":["period","toString"],"observations":[]}]}`);
      schemaErrorAt(() => validateMonitor(sneaky), 'indicators[0].dimensions[1]');
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  });
});
