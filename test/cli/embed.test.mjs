import {test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {cli, tempDir} from './run-cli.mjs';

const DEMO = 'demo/data/leiden-internationalisering.json';

test('embed prints the script, the element and a table fallback with caption, scoped headers and source', () => {
  const {status, stdout, stderr} = cli(['embed', '--src', 'https://example.org/data/leiden.json', '--data', DEMO, '--indicator', 'international-migration', '--lang', 'en']);
  assert.equal(status, 0, stderr);
  assert.match(stdout, /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/leiden-monitor-widgets@[\d.]+\/dist\/leiden-widgets\.js"><\/script>\n/);
  assert.match(stdout, /<leiden-monitor-chart src="https:\/\/example\.org\/data\/leiden\.json" indicator="international-migration" lang="en">\n {2}<table>/);
  assert.match(stdout, /<caption>Arrivals from and departures abroad, Leiden<\/caption>/);
  assert.match(stdout, /<thead><tr><th scope="col">Year<\/th><th scope="col">Arrivals from abroad<\/th><th scope="col">Departures abroad<\/th><\/tr><\/thead>/);
  assert.match(stdout, /<tr><th scope="row">2022<\/th><td>4,503<\/td><td>2,280<\/td><\/tr>/);
  assert.match(stdout, /<p>Source: <a href="https:\/\/opendata\.cbs\.nl\/statline\/">CBS StatLine: Population dynamics/);
  assert.match(stdout, /<\/leiden-monitor-chart>\n$/);
});

test('embed formats numbers for the language and marks missing values in words', () => {
  const {stdout} = cli(['embed', '--src', DEMO, '--indicator', 'non-dutch-nationality', '--no-script']);
  assert.match(stdout, /^<leiden-monitor-chart src="demo\/data\/leiden-internationalisering\.json" indicator="non-dutch-nationality" lang="nl">/);
  assert.match(stdout, /<td>13,1%<\/td>/);
  const dir = tempDir();
  const file = join(dir, 'm.json');
  writeFileSync(file, JSON.stringify({
    format: 'leiden-monitor', version: 1,
    dimensions: {period: {role: 'time'}},
    indicators: [{id: 'x', label: 'X', dimensions: ['period'], observations: [{period: '2023', value: null, status: 'confidential'}, {period: '2024', value: 1}]}],
  }));
  assert.match(cli(['embed', '--src', file, '--indicator', 'x', '--no-script']).stdout, /<td>geen waarde \(confidential\)<\/td>/);
});

test('embed escapes HTML in labels, sources and attributes', () => {
  const file = join(tempDir(), 'evil.json');
  writeFileSync(file, JSON.stringify({
    format: 'leiden-monitor', version: 1,
    source: {name: 'A & B <b>', url: 'https://example.org/?a=1&b="2"'},
    dimensions: {period: {role: 'time'}},
    indicators: [{id: 'x', label: '<script>alert(1)</script>', dimensions: ['period'], observations: [{period: '2023', value: 1}]}],
  }));
  const {status, stdout} = cli(['embed', '--src', 'https://example.org/"x".json', '--data', file, '--indicator', 'x', '--no-script']);
  assert.equal(status, 0);
  assert.equal(stdout.includes('<script>'), false);
  assert.match(stdout, /<caption>&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/caption>/);
  assert.match(stdout, /src="https:\/\/example\.org\/&quot;x&quot;\.json"/);
  assert.match(stdout, /<a href="https:\/\/example\.org\/\?a=1&amp;b=&quot;2&quot;">A &amp; B &lt;b&gt;<\/a>/);
});

test('embed refuses an unknown indicator, listing the ones there are', () => {
  const {status, stderr} = cli(['embed', '--src', DEMO, '--indicator', 'nope']);
  assert.equal(status, 1);
  assert.match(stderr, /indicator "nope" is not in the document \(available: "population"/);
});
