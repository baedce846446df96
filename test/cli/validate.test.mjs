import {test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {cli, fixture, tempDir} from './run-cli.mjs';

test('validate accepts the demo documents and a JSON-stat dataset, exit 0', () => {
  const {status, stdout} = cli(['validate', 'demo/data/leiden-internationalisering.json', 'test/fixtures/jsonstat/galicia.json']);
  assert.equal(status, 0);
  assert.match(stdout, /leiden-internationalisering\.json: ok \(monitor JSON v1, 7 indicators\)/);
  assert.match(stdout, /galicia\.json: ok \(JSON-stat 2\.0 dataset, 1 indicator\)/);
});

test('validate reports every problem with its path, line, column and hint, exit 1', () => {
  const {status, stdout} = cli(['validate', fixture('broken-monitor.json')]);
  assert.equal(status, 1);
  assert.match(stdout, /broken-monitor\.json:15:55: indicators\[0\]\.observations\[1\]\.value: must be a finite number or null \(got "127,1"\)\n {2}hint: write numbers without quotes/);
  assert.match(stdout, /:16:36: indicators\[0\]\.observations\[2\]\.area: must be a category declared in dimensions\.area/);
  assert.match(stdout, /:17:9: indicators\[0\]\.observations\[3\]: duplicate observation: same coordinates as indicators\[0\]\.observations\[0\]/);
  assert.match(stdout, /:24:19: indicators\[1\]\.decimals: must be a whole number/);
  assert.match(stdout, /:29:13: indicators\[2\]\.id: duplicate indicator id "population"/);
  assert.match(stdout, /:31:35: indicators\[2\]\.observations\[0\]\.period: must be a period/);
  assert.match(stdout, /broken-monitor\.json: 6 problems/);
});

test('validate --json gives machines the same problems as objects', () => {
  const {status, stdout} = cli(['validate', '--json', fixture('broken-monitor.json'), 'demo/data/non-dutch-nationality.json']);
  assert.equal(status, 1);
  const report = JSON.parse(stdout);
  assert.equal(report.ok, false);
  const [broken, good] = report.files;
  assert.equal(broken.problems.length, 6);
  assert.deepEqual(
    {...broken.problems[0], hint: typeof broken.problems[0].hint},
    {path: 'indicators[0].observations[1].value', line: 15, column: 55, message: 'indicators[0].observations[1].value: must be a finite number or null (got "127,1")', hint: 'string'},
  );
  assert.deepEqual(good.problems, []);
  assert.equal(good.format, 'monitor');
});

test('validate places a truncated file at the line and column where it stops', () => {
  const {status, stdout} = cli(['validate', fixture('truncated-monitor.json')]);
  assert.equal(status, 1);
  assert.match(stdout, /truncated-monitor\.json:24:15: not valid JSON: unexpected end of file/);
});

test('validate reports a document-level problem once, with its place', () => {
  const dir = tempDir();
  const file = join(dir, 'v2.json');
  writeFileSync(file, '{\n  "format": "leiden-monitor",\n  "version": 2,\n  "dimensions": {},\n  "indicators": []\n}\n');
  const {status, stdout} = cli(['validate', file]);
  assert.equal(status, 1);
  assert.match(stdout, /v2\.json:3:14: version: must be 1 \(got 2\)\n {2}hint: set "version": 1/);
  assert.match(stdout, /v2\.json: 1 problem\n/);
});

test('validate names a file that does not exist and exits 1', () => {
  const {status, stdout} = cli(['validate', 'no/such/file.json']);
  assert.equal(status, 1);
  assert.match(stdout, /no\/such\/file\.json: cannot read the file: no such file/);
});

test('an unknown command or option is an error with a hint, exit 1', () => {
  assert.equal(cli(['publish']).status, 1);
  const {status, stderr} = cli(['validate', '--strict', 'x.json']);
  assert.equal(status, 1);
  assert.match(stderr, /unknown option --strict for "validate"/);
});
