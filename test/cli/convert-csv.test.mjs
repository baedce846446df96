import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {cli, fixture, tempDir} from './run-cli.mjs';

const META = fixture('leiden-nl.meta.json');

/** Writes a CSV into a fresh directory and returns its path. */
function csvFile(text, name = 'data.csv') {
  const file = join(tempDir(), name);
  writeFileSync(file, text);
  return file;
}

test('convert reads a Dutch CSV (semicolons, decimal commas, thousands dots) into valid monitor JSON', () => {
  const out = join(tempDir(), 'monitor.json');
  const {status, stderr} = cli(['convert', fixture('leiden-nl.csv'), '--meta', META, '--out', out]);
  assert.equal(status, 0, stderr);
  assert.match(stderr, /6 rows, separator ";", decimal comma/);
  const doc = JSON.parse(readFileSync(out, 'utf8'));
  assert.deepEqual(doc.indicators.map((i) => i.id), ['inwoners', 'niet-nederlandse-nationaliteit', 'migratieachtergrond']);
  assert.deepEqual(doc.indicators[0].observations, [
    {period: '2022', area: 'GM0546', value: 125074},
    {period: '2023', area: 'GM0546', value: 127089},
  ]);
  assert.equal(doc.indicators[1].observations[1].value, 13.1);
  assert.deepEqual(doc.dimensions.area.categories, [{id: 'GM0546', label: 'Leiden'}]);
  assert.equal(cli(['validate', out]).status, 0);
});

test('convert reads English headers, commas and decimal points, and rows in any order, to the same document', () => {
  const english = csvFile(
    'value,area,period,indicator\n34.5,GM0546,2023,migratieachtergrond\n32.9,GM0546,2022,migratieachtergrond\n13.1,GM0546,2023,niet-nederlandse-nationaliteit\n11.6,GM0546,2022,niet-nederlandse-nationaliteit\n127089,GM0546,2023JJ00,inwoners\n125074,GM0546,2022,inwoners\n',
  );
  const dutch = cli(['convert', fixture('leiden-nl.csv'), '--meta', META, '--quiet']);
  const converted = cli(['convert', english, '--meta', META, '--quiet']);
  assert.equal(converted.status, 0, converted.stderr);
  assert.equal(converted.stdout, dutch.stdout, 'deterministic: same numbers, same bytes');
});

test('convert keeps missing values as null with a status, and extra dimensions declared in the metadata', () => {
  const file = csvFile('indicator;jaar;groep;waarde;status\nstudenten;2022;eu;1200;\nstudenten;2022;non-eu;;confidential\nstudenten;2023;eu;x;\n');
  const meta = join(tempDir(), 'meta.json');
  writeFileSync(meta, JSON.stringify({dimensions: {group: {label: 'Groep', categories: {'non-eu': 'Buiten de EU', eu: 'EU'}}}}));
  const {status, stdout, stderr} = cli(['convert', file, '--meta', meta, '--quiet']);
  assert.equal(status, 0, stderr);
  const doc = JSON.parse(stdout);
  assert.deepEqual(doc.dimensions.group.categories.map((c) => c.id), ['non-eu', 'eu'], 'metadata order');
  assert.deepEqual(doc.indicators[0].observations, [
    {period: '2022', group: 'non-eu', value: null, status: 'confidential'},
    {period: '2022', group: 'eu', value: 1200},
    {period: '2023', group: 'eu', value: null, status: 'confidential'},
  ]);
});

test('a duplicate row is refused, naming both rows', () => {
  const file = csvFile('indicator;periode;gebied;waarde\ninwoners;2023;GM0546;127089\ninwoners;2022;GM0546;125074\ninwoners;2023;GM0546;127090\n');
  const {status, stdout, stderr} = cli(['convert', file, '--quiet']);
  assert.equal(status, 1);
  assert.equal(stdout, '');
  assert.match(stderr, /data\.csv:4:4: duplicate row: indicator "inwoners" \(area=GM0546, period=2023\) also at .*data\.csv:2:4/);
});

test('an unknown column is refused with its column number and a hint', () => {
  const file = csvFile('indicator;periode;gebied;wijk_naam;waarde\ninwoners;2023;GM0546;Leiden;127089\n');
  const {status, stderr} = cli(['convert', file]);
  assert.equal(status, 1);
  assert.match(stderr, /data\.csv:1:4: unknown column "wijk_naam"\n {2}hint: columns are indicator, period, area/);
});

test('a file with another separator is refused: one column found', () => {
  const file = csvFile('indicator|periode|waarde\ninwoners|2023|127089\n');
  const {status, stderr} = cli(['convert', file]);
  assert.equal(status, 1);
  assert.match(stderr, /unknown column "indicator\|periode\|waarde".*\n.*is the separator ; , or tab\?/);
});

test('rows that switch separators are refused with their row and column', () => {
  const file = csvFile('indicator;periode;gebied;waarde\ninwoners;2022;GM0546;125074\ninwoners,2023,GM0546,127089\n');
  const {status, stderr} = cli(['convert', file]);
  assert.equal(status, 1);
  assert.match(stderr, /data\.csv:3:2: row has 1 field, the header has 4 \(separator ";"\)/);
});

test('a truncated file is refused: a cut row, and a quote never closed', () => {
  const cut = csvFile('indicator;periode;gebied;waarde\ninwoners;2022;GM0546;125074\ninwoners;2023');
  assert.match(cli(['convert', cut]).stderr, /data\.csv:3:3: row has 2 fields, the header has 4/);
  const open = csvFile('indicator;periode;gebied;waarde\n"inwoners;2022;GM0546;125074\n');
  assert.match(cli(['convert', open]).stderr, /data\.csv:2: a quoted field is never closed \(is the file cut off\?\)/);
});

test('a number in the wrong form is refused, naming the cell', () => {
  const file = csvFile('indicator;periode;gebied;waarde\naandeel;2022;GM0546;11,6\naandeel;2023;GM0546;13.1\n');
  const {status, stderr} = cli(['convert', file]);
  assert.equal(status, 1);
  assert.match(stderr, /data\.csv:3:4: "13\.1" is not a number\n {2}hint: this file uses a decimal comma/);
});

test('an unknown period is refused with a hint on the accepted forms', () => {
  const file = csvFile('indicator,period,value\nx,last year,1\n');
  assert.match(cli(['convert', file]).stderr, /data\.csv:2:2: "last year" is not a period\n {2}hint: periods are written 2023/);
});

test('nothing is written on failure: an existing output stays as it was, and no temporary file is left', () => {
  const dir = tempDir();
  const out = join(dir, 'monitor.json');
  writeFileSync(out, 'previous version\n');
  const bad = join(dir, 'bad.csv');
  writeFileSync(bad, 'indicator;periode;waarde\ninwoners;2023;veel\n');
  const {status} = cli(['convert', bad, '--out', out]);
  assert.equal(status, 1);
  assert.equal(readFileSync(out, 'utf8'), 'previous version\n');
  assert.deepEqual(readdirSync(dir).sort(), ['bad.csv', 'monitor.json']);
});

test('output that would not be valid monitor JSON is refused before writing (a bad URL in the metadata)', () => {
  const dir = tempDir();
  const meta = join(dir, 'meta.json');
  writeFileSync(meta, JSON.stringify({source: {name: 'x', url: 'javascript:alert(1)'}}));
  const out = join(dir, 'out.json');
  const {status, stderr} = cli(['convert', fixture('leiden-nl.csv'), '--meta', meta, '--out', out]);
  assert.equal(status, 1);
  assert.match(stderr, /meta\.json: the converted document is not valid monitor JSON: source\.url: must be an http\(s\) URL/);
  assert.equal(existsSync(out), false);
});

test('several inputs need --merge, and merging a CSV with an existing monitor keeps both', () => {
  const dir = tempDir();
  const extra = join(dir, 'extra.csv');
  writeFileSync(extra, 'indicator,period,area,value\nbevolkingsgroei,2023,GM0546,3019\n');
  const refused = cli(['convert', fixture('leiden-nl.csv'), extra]);
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /2 separate inputs given\n {2}hint: pass --merge/);
  const merged = cli(['convert', '--merge', 'demo/data/non-dutch-nationality.json', extra, '--quiet']);
  assert.equal(merged.status, 0, merged.stderr);
  const doc = JSON.parse(merged.stdout);
  assert.deepEqual(doc.indicators.map((i) => i.id), ['non-dutch-nationality', 'bevolkingsgroei']);
  const clash = cli(['convert', '--merge', fixture('leiden-nl.csv'), fixture('leiden-nl.csv')]);
  assert.match(clash.stderr, /duplicate row: indicator "niet-nederlandse-nationaliteit" \(area=GM0546, period=2022\) also at/);
});
