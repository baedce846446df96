import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, writeFileSync, copyFileSync} from 'node:fs';
import {join} from 'node:path';
import {cli, fixture, tempDir} from './run-cli.mjs';

const KWB = ['85984NED_DataProperties.json', '85984NED_TableInfos.json', 'leiden_kwb2024_gemeente_wijken.json'].map((f) => fixture('cbs-kwb-2024', f));
const DYNAMICS = fixture('cbs-dynamics', 'leiden_region_population_dynamics_2012_2023.csv');

test('convert reads the real CBS KWB 2024 extract with its DataProperties and TableInfos', () => {
  const {status, stdout, stderr} = cli(['convert', ...KWB]);
  assert.equal(status, 0, stderr);
  assert.match(stderr, /CBS table 85984NED: 11 rows, 8 measures/);
  const doc = JSON.parse(stdout);
  assert.equal(doc.title, 'Kerncijfers wijken en buurten 2024');
  assert.equal(doc.source.name, 'CBS StatLine 85984NED: Kerncijfers wijken en buurten 2024');
  const population = doc.indicators[0];
  assert.equal(population.id, 'AantalInwoners_5', 'DataProperties order');
  assert.equal(population.label, 'Aantal inwoners');
  assert.equal(population.unit, 'count');
  assert.equal(population.decimals, 0);
  assert.deepEqual(population.observations[0], {period: '2024', area: 'GM0546', value: 130108});
  assert.equal(population.observations.length, 11);
});

test('convert turns CBS secret codes into missing values, trims padded codes and takes labels from a dimension table', () => {
  const dir = fixture('cbs-secret');
  const files = ['85984NED_DataProperties.json', '85984NED_TableInfos.json', '85984NED_TypedDataSet.json', '85984NED_WijkenEnBuurten.json'].map((f) => join(dir, f));
  const {status, stdout, stderr} = cli(['convert', ...files, '--quiet']);
  assert.equal(status, 0, stderr);
  const doc = JSON.parse(stdout);
  assert.deepEqual(doc.dimensions.area.categories, [{id: 'GM0546', label: 'Leiden'}, {id: 'WK054602', label: 'Stationsdistrict'}]);
  const homes = doc.indicators.find((i) => i.id === 'Woningvoorraad_35');
  assert.deepEqual(homes.observations, [
    {period: '2024', area: 'GM0546', value: 63853},
    {period: '2024', area: 'WK054602', value: null, status: 'confidential'},
  ]);
});

test('convert reads a CBS table saved as CSV with a metadata file choosing rows and measures', () => {
  const meta = join(tempDir(), 'meta.json');
  writeFileSync(meta, JSON.stringify({
    title: 'Leiden',
    dimensions: {flow: {label: 'Richting', categories: {arrival: 'Vestiging', departure: 'Vertrek'}}},
    indicators: {'international-migration': {label: 'Migratie', unit: 'count', decimals: 0}},
    cbs: {
      filter: {Sex: 'T001038', Regions: 'GM0546'},
      measures: {
        DueToImmigration_10: {indicator: 'international-migration', coords: {flow: 'arrival'}},
        DueToEmigrationIncludingAdministr_14: {indicator: 'international-migration', coords: {flow: 'departure'}},
      },
    },
  }));
  const {status, stdout, stderr} = cli(['convert', DYNAMICS, '--meta', meta, '--quiet']);
  assert.equal(status, 0, stderr);
  const doc = JSON.parse(stdout);
  assert.deepEqual(Object.keys(doc.dimensions), ['period', 'flow']);
  const [migration] = doc.indicators;
  assert.deepEqual(migration.dimensions, ['period', 'flow']);
  assert.equal(migration.observations.length, 24);
  // the PROVENANCE check values: immigration 2022 = 4,503, 2023 = 3,954; emigration 2023 = 2,466
  const at = (period, flow) => migration.observations.find((o) => o.period === period && o.flow === flow).value;
  assert.deepEqual([at('2022', 'arrival'), at('2023', 'arrival'), at('2023', 'departure')], [4503, 3954, 2466]);
});

test('without metadata a CBS CSV becomes one indicator per column, with the StatLine labels', () => {
  const {status, stdout} = cli(['convert', DYNAMICS, '--quiet']);
  assert.equal(status, 0);
  const doc = JSON.parse(stdout);
  assert.equal(doc.indicators.length, 20);
  assert.equal(doc.indicators[0].id, 'PopulationOn1January_1', 'column order');
  assert.deepEqual(Object.keys(doc.dimensions), ['period', 'area', 'sex']);
  assert.equal(doc.dimensions.area.categories.find((c) => c.id === 'NL01').label, 'The Netherlands');
});

test('converting the same CBS files twice gives the same bytes', () => {
  assert.equal(cli(['convert', ...KWB, '--quiet']).stdout, cli(['convert', ...[...KWB].reverse(), '--quiet']).stdout);
});

test('a truncated CBS response is refused with its line and column', () => {
  const dir = tempDir();
  const file = join(dir, 'TypedDataSet.json');
  writeFileSync(file, readFileSync(fixture('cbs-secret', '85984NED_TypedDataSet.json'), 'utf8').slice(0, 300));
  const {status, stderr} = cli(['convert', file]);
  assert.equal(status, 1);
  assert.match(stderr, /TypedDataSet\.json:\d+:\d+: not valid JSON: unexpected end of file/);
});

test('a CBS cell that is not a number is refused with its line and column', () => {
  const dir = tempDir();
  for (const f of ['85984NED_DataProperties.json', '85984NED_TableInfos.json']) copyFileSync(fixture('cbs-secret', f), join(dir, f));
  const data = JSON.parse(readFileSync(fixture('cbs-secret', '85984NED_TypedDataSet.json'), 'utf8'));
  data.value[1].Mannen_6 = 'veel';
  writeFileSync(join(dir, 'TypedDataSet.json'), JSON.stringify(data, null, 2));
  const {status, stderr} = cli(['convert', join(dir, 'TypedDataSet.json'), join(dir, '85984NED_DataProperties.json'), join(dir, '85984NED_TableInfos.json')]);
  assert.equal(status, 1);
  assert.match(stderr, /TypedDataSet\.json:\d+:\d+: Mannen_6 is not a number: "veel"/);
});

test('a metadata file naming a measure the table lacks is refused', () => {
  const meta = join(tempDir(), 'meta.json');
  writeFileSync(meta, JSON.stringify({cbs: {measures: {AantalInwoners_55: 'population'}}}));
  const {status, stderr} = cli(['convert', ...KWB, '--meta', meta]);
  assert.equal(status, 1);
  assert.match(stderr, /meta\.json: cbs\.measures names "AantalInwoners_55", which the data does not have/);
});
