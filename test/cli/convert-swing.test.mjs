import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createServer} from 'node:http';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {cli, cliAsync, fixture, tempDir} from './run-cli.mjs';

const swing = (name) => fixture('swing', name);

test('convert reads saved Swing responses: a selection table named in the metadata, and Variables for the label', () => {
  const {status, stdout, stderr} = cli(['convert', swing('Variables.json'), swing('PeriodLevels.json'), swing('selectiontable-autodeelplaatsen_cambio.json'), '--meta', swing('swing.meta.json'), '--quiet']);
  assert.equal(status, 0, stderr);
  const doc = JSON.parse(stdout);
  const [cambio] = doc.indicators;
  assert.equal(cambio.id, 'autodeelplaatsen_cambio');
  assert.equal(cambio.label, '# autodeelplaatsen Cambio');
  assert.equal(cambio.observations.length, 10);
  assert.deepEqual(cambio.observations.slice(0, 2), [{period: '2020', area: '12MQ', value: null}, {period: '2020', area: 'A00-', value: 2}]);
  assert.equal(cambio.observations.reduce((sum, o) => sum + (o.value ?? 0), 0), 12);
});

test('convert reads an OData Values response whose context names variable and period, with GeoItems for area names', () => {
  const {status, stdout, stderr} = cli(['convert', swing('GeoItems-gemeente.json'), swing('Values-2023.json'), '--quiet']);
  assert.equal(status, 0, stderr);
  const doc = JSON.parse(stdout);
  assert.deepEqual(doc.dimensions.area.categories, [{id: '0546', label: 'Leiden'}, {id: '0547', label: 'Leiderdorp'}]);
  assert.deepEqual(doc.indicators[0].observations, [{period: '2023', area: '0546', value: 1234}, {period: '2023', area: '0547', value: null}]);
});

test('a selection table without a variable name is refused with a hint', () => {
  const {status, stderr} = cli(['convert', swing('selectiontable-autodeelplaatsen_cambio.json')]);
  assert.equal(status, 1);
  assert.match(stderr, /a selection table does not name its variable\n {2}hint: say which with --variable NAME/);
});

/** A tiny Swing OData service on 127.0.0.1 that wants an API key; records the URLs asked for. */
function swingServer(key) {
  const asked = [];
  const server = createServer((request, response) => {
    asked.push(request.url);
    const send = (status, body) => {
      response.writeHead(status, {'content-type': 'application/json'});
      response.end(JSON.stringify(body));
    };
    if (request.headers.apikey !== key) return send(401, {error: 'apikey required'});
    const path = decodeURIComponent(request.url);
    const base = `http://127.0.0.1:${server.address().port}/jiveservices/odata/`;
    if (path.endsWith("GeoLevels('wijk')/GeoItems")) {
      return send(200, {value: [{ExternalCode: 'WK054600', Name: 'Binnenstad-Zuid'}], '@odata.nextLink': `${base}GeoLevels('wijk')/GeoItems?$skip=1`});
    }
    if (path.endsWith("GeoLevels('wijk')/GeoItems?$skip=1")) return send(200, {value: [{ExternalCode: 'WK054601', Name: 'Binnenstad-Noord'}]});
    if (path.endsWith("Variables('bev_totaal')")) return send(200, {ExternalCode: 'bev_totaal', Name: 'Totaal aantal inwoners'});
    if (path.endsWith("PeriodLevels('year')/Periods")) return send(200, {value: [{ExternalCode: '2023'}, {ExternalCode: '2024'}]});
    if (path.endsWith("Periods('2024')/Values")) return send(200, {value: [{ExternalCode: 'WK054600', ValueString: '8915'}, {ExternalCode: 'WK054601', ValueString: '15545'}]});
    return send(404, {error: 'not found'});
  });
  return new Promise((ready) => server.listen(0, '127.0.0.1', () => ready({server, asked, url: `http://127.0.0.1:${server.address().port}/jiveservices/odata/`})));
}

test('convert --url fetches live from Swing with the API key from the environment, and never writes the key', async () => {
  const key = 'sekrit-key-4711';
  const {server, asked, url} = await swingServer(key);
  try {
    const out = join(tempDir(), 'live.json');
    const args = ['convert', '--from', 'swing', '--url', url, '--variable', 'bev_totaal', '--geolevel', 'wijk', '--out', out];
    const {status, stdout, stderr} = await cliAsync(args, {env: {SWING_API_KEY: key}});
    assert.equal(status, 0, stderr);
    const text = readFileSync(out, 'utf8');
    for (const written of [text, stdout, stderr]) assert.equal(written.includes(key), false, 'the key is never written');
    const doc = JSON.parse(text);
    assert.equal(doc.indicators[0].label, 'Totaal aantal inwoners');
    assert.deepEqual(doc.indicators[0].observations, [
      {period: '2024', area: 'WK054600', value: 8915},
      {period: '2024', area: 'WK054601', value: 15545},
    ], 'the most recent period, all pages of GeoItems');
    assert.deepEqual(doc.dimensions.area.categories.map((c) => c.label), ['Binnenstad-Zuid', 'Binnenstad-Noord']);
    assert.ok(asked.every((u) => !u.includes(key)), 'the key is not put in URLs');
  } finally {
    server.close();
  }
});

test('convert --url without the API key reports HTTP 401 with a hint, and writes nothing', async () => {
  const {server, url} = await swingServer('another-key');
  try {
    const out = join(tempDir(), 'live.json');
    const {status, stderr} = await cliAsync(['convert', '--url', url, '--variable', 'bev_totaal', '--out', out], {env: {SWING_API_KEY: ''}});
    assert.equal(status, 1);
    assert.match(stderr, /answered HTTP 401\n {2}hint: this instance needs an API key/);
    assert.throws(() => readFileSync(out));
  } finally {
    server.close();
  }
});
