import {expect} from '@open-wc/testing';
import {geoArea, geoPath, geoTransform} from 'd3-geo';
import type {FeatureCollection, MultiPolygon, Polygon} from 'geojson';
import {readGeometry, type AreaFeature} from '../../src/map/geo.js';
import {layoutMap} from '../../src/map/layout.js';
import {leidenWijken2023} from '../../src/geo/leiden-wijken.js';
import {MonitorError} from '../../src/data/errors.js';

const fixture = async (name: string) => (await (await fetch(new URL(`./fixtures/${name}`, import.meta.url))).json()) as FeatureCollection<Polygon | MultiPolygon>;

function codeOf(error: unknown): string | undefined {
  return error instanceof MonitorError ? error.code : undefined;
}

function readError(doc: unknown, object?: string): MonitorError {
  try {
    readGeometry(doc, object);
  } catch (error) {
    expect(codeOf(error)).to.equal('schema');
    return error as MonitorError;
  }
  throw new Error('expected a schema error');
}

describe('winding', () => {
  const square = (s: number) => [[-s, -s], [-s, s], [s, s], [s, -s], [-s, -s]]; // clockwise with north up
  const backwards = (ring: number[][]) => [...ring].reverse();
  const polygonFeature = (coordinates: number[][][][]): AreaFeature => ({type: 'Feature', properties: {}, geometry: {type: 'MultiPolygon', coordinates}});

  it('draws the real CBS buurten (wound the other way) as if wound as d3-geo expects: each a tiny part of the globe', async () => {
    const ccw = await fixture('leiden-buurten-2023-ccw.geojson');
    const d3winding = await fixture('leiden-buurten-2023-d3winding.geojson');
    expect(ccw.features).to.have.length(54);
    ccw.features.forEach((f, i) => {
      expect(geoArea(f), `${f.id} as published`).to.be.greaterThan(12); // the globe minus the buurt
      expect(geoArea(d3winding.features[i]), `${f.id} rewound`).to.be.lessThan(1e-6);
    });
    const options = {width: 400, maxHeight: 500};
    expect(layoutMap(readGeometry(ccw).features, options)).to.deep.equal(layoutMap(readGeometry(d3winding).features, options));
  });

  it('leaves correctly wound rings alone and never touches its input', async () => {
    const wijken = await fixture('leiden-wijken-2023.geojson');
    const before = JSON.stringify(wijken);
    for (const f of wijken.features) {
      Object.freeze(f.geometry.coordinates);
      (f.geometry as Polygon).coordinates.forEach((ring) => Object.freeze(ring));
      expect(geoArea(f)).to.be.lessThan(1e-6);
    }
    const {features} = readGeometry(wijken);
    expect(features.map((f) => f.geometry)).to.deep.equal(wijken.features.map((f) => f.geometry));
    // drawn in their own order: the same paths as d3-geo's (see layoutMap() below)
    layoutMap(features, {width: 300, maxHeight: 300});
    expect(JSON.stringify(wijken)).to.equal(before);
  });

  it('winds holes counter-clockwise, per polygon of a MultiPolygon', () => {
    const options = {width: 200, maxHeight: 200};
    const right = layoutMap([polygonFeature([[square(2), backwards(square(1))], [square(0.5)]])], options);
    const wrong = layoutMap([polygonFeature([[backwards(square(2)), square(1)], [backwards(square(0.5))]])], options);
    expect(wrong).to.deep.equal(right);
    // on the screen (y down) the exterior turns one way, the hole the other
    const [outer, hole, other] = right.paths[0].split('M').filter(Boolean).map((d) => pathArea(`M${d}`));
    expect(outer).to.be.greaterThan(0);
    expect(hole).to.be.lessThan(0);
    expect(other).to.be.greaterThan(0);
  });

  it('leaves planar (projected) rings as they are', () => {
    const rd = (ring: number[][]): AreaFeature => ({type: 'Feature', properties: {}, geometry: {type: 'Polygon', coordinates: [ring]}});
    const ring = square(100).map(([x, y]) => [x + 93000, y + 463000]);
    const options = {width: 108, maxHeight: 200, projected: true};
    expect(layoutMap([rd(backwards(ring))], options).paths[0]).not.to.equal(layoutMap([rd(ring)], options).paths[0]);
  });
});

describe('readGeometry()', () => {
  it('reads the shipped TopoJSON districts: ten areas with code and name', () => {
    const {features, projected} = readGeometry(leidenWijken2023);
    expect(projected).to.be.false;
    expect(features.map((f) => f.properties!.statcode)).to.deep.equal(['WK054600', 'WK054601', 'WK054602', 'WK054603', 'WK054604', 'WK054605', 'WK054606', 'WK054607', 'WK054608', 'WK054609']);
    expect(features[0].properties).to.deep.equal({statcode: 'WK054600', statnaam: 'Binnenstad-Zuid'});
    for (const f of features) expect(geoArea(f)).to.be.lessThan(1e-6);
  });

  it('ships the same topology as src/geo/leiden-wijken-2023.json, and it decodes to the published outlines', async () => {
    const json = await (await fetch(new URL('../../src/geo/leiden-wijken-2023.json', import.meta.url))).json();
    expect(json).to.deep.equal(leidenWijken2023);
    const published = await fixture('leiden-wijken-2023.geojson');
    const {features} = readGeometry(leidenWijken2023);
    features.forEach((f, i) => {
      const a = (f.geometry as Polygon).coordinates[0].map(([x, y]) => [Math.round(x * 1000), Math.round(y * 1000)]);
      const b = (published.features[i].geometry as Polygon).coordinates[0].map(([x, y]) => [Math.round(x * 1000), Math.round(y * 1000)]);
      expect(a, String(f.properties!.statcode)).to.deep.equal(b);
    });
  });

  it('takes the TopoJSON object named by `geo-object`, else the first', () => {
    const two = {...leidenWijken2023, objects: {other: {type: 'GeometryCollection', geometries: [leidenWijken2023.objects.wijken.type === 'GeometryCollection' ? leidenWijken2023.objects.wijken.geometries[3] : null]}, wijken: leidenWijken2023.objects.wijken}};
    expect(readGeometry(two).features).to.have.length(1);
    expect(readGeometry(two, 'wijken').features).to.have.length(10);
    expect(readError(two, 'buurten').message).to.contain('no object "buurten"');
  });

  it('reads a FeatureCollection, a Feature and a bare geometry, keeping only areas', async () => {
    const wijken = await fixture('leiden-wijken-2023.geojson');
    const withPoint = {...wijken, features: [...wijken.features, {type: 'Feature', properties: {}, geometry: {type: 'Point', coordinates: [4.5, 52.1]}}]};
    expect(readGeometry(withPoint).features).to.have.length(10);
    expect(readGeometry(wijken.features[2]).features[0].properties!.statnaam).to.equal('Stationsdistrict');
    expect(readGeometry(wijken.features[2].geometry).features).to.have.length(1);
  });

  it('keeps rings as the file winds them (the layout winds them), and detects projected (RD) coordinates', async () => {
    const ccw = await fixture('leiden-buurten-2023-ccw.geojson');
    expect(readGeometry(ccw).features.map((f) => f.geometry)).to.deep.equal(ccw.features.map((f) => f.geometry));
    expect(readGeometry(ccw).projected).to.be.false;
    const rd = {type: 'Polygon', coordinates: [[[93000, 463000], [95000, 463000], [95000, 461000], [93000, 463000]]]};
    const read = readGeometry(rd);
    expect(read.projected).to.be.true;
    expect(read.features[0].geometry.coordinates).to.deep.equal(rd.coordinates);
  });

  it('refuses what is not GeoJSON or TopoJSON with a schema error', () => {
    expect(readError({format: 'leiden-monitor', version: 1}).message).to.contain('GeoJSON or TopoJSON');
    readError(null);
    readError([1, 2]);
    readError({type: 'FeatureCollection'});
    expect(readError({type: 'FeatureCollection', features: [{type: 'Feature', geometry: {type: 'Point', coordinates: [0, 0]}}]}).message).to.contain('no Polygon');
    readError({type: 'Polygon', coordinates: [[[0, 0], ['a', 1], [1, 1], [0, 0]]]});
    readError({type: 'Topology', objects: {}, arcs: []});
    readError({type: 'Topology', objects: {a: {type: 'Polygon', arcs: [[0]]}}});
  });
});

describe('layoutMap()', () => {
  const wijken = () => readGeometry(leidenWijken2023).features;

  it('draws the paths d3-geo draws for the same projection, with the same centroids', () => {
    const features = wijken();
    const layout = layoutMap(features, {width: 500, maxHeight: 400});
    // the same Mercator fit, written as a d3-geo transform
    const mercator = (lon: number, lat: number) => [(lon * Math.PI) / 180, -Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))];
    const all = features.flatMap((f) => (f.geometry as Polygon).coordinates.flat().map(([lon, lat]) => mercator(lon, lat)));
    const [x0, x1] = [Math.min(...all.map((p) => p[0])), Math.max(...all.map((p) => p[0]))];
    const [y0, y1] = [Math.min(...all.map((p) => p[1])), Math.max(...all.map((p) => p[1]))];
    const scale = Math.min((500 - 8) / (x1 - x0), (400 - 8) / (y1 - y0));
    const tx = (500 - (x1 - x0) * scale) / 2 - x0 * scale;
    const ty = (layout.height - (y1 - y0) * scale) / 2 - y0 * scale;
    const path = geoPath(
      geoTransform({
        point(lon: number, lat: number) {
          const [x, y] = mercator(lon, lat);
          this.stream.point(x * scale + tx, y * scale + ty);
        },
      }),
    ).digits(1);
    features.forEach((f, i) => {
      expect(layout.paths[i], String(f.properties!.statcode)).to.equal(path(f));
      const [cx, cy] = path.centroid(f);
      expect(layout.centroids[i][0]).to.be.closeTo(cx, 1e-6);
      expect(layout.centroids[i][1]).to.be.closeTo(cy, 1e-6);
    });
  });

  it('fits the box: as wide as asked unless that makes it taller than maxHeight', () => {
    const wide = layoutMap(wijken(), {width: 800, maxHeight: 300});
    expect(wide.height).to.equal(300);
    const narrow = layoutMap(wijken(), {width: 200, maxHeight: 1000});
    expect(narrow.width).to.equal(200);
    expect(narrow.height).to.be.within(230, 270); // Leiden is about 1.25 times as tall as wide
  });

  it('gives every district a small part of the box (no ring encloses the world)', async () => {
    const ccw = readGeometry(await fixture('leiden-buurten-2023-ccw.geojson')).features;
    for (const features of [wijken(), ccw]) {
      const layout = layoutMap(features, {width: 400, maxHeight: 500});
      const box = layout.width * layout.height;
      const areas = layout.paths.map((d) => Math.abs(pathArea(d)));
      for (const a of areas) {
        expect(a).to.be.greaterThan(0);
        expect(a).to.be.lessThan(box / 4);
      }
      // together they tile Leiden: most of the fitted box, not more than all of it
      const total = areas.reduce((s, a) => s + a, 0);
      expect(total).to.be.within(box * 0.3, box * 1.05);
    }
  });

  it('never writes NaN or Infinity, at width 0, for degenerate or empty geometry', () => {
    const point: AreaFeature = {type: 'Feature', properties: {}, geometry: {type: 'Polygon', coordinates: [[[4.5, 52.1], [4.5, 52.1], [4.5, 52.1], [4.5, 52.1]]]}};
    for (const [features, width, maxHeight] of [
      [wijken(), 0, 0],
      [wijken(), NaN, NaN],
      [[point], 300, 300],
      [[], 300, 300],
    ] as const) {
      const layout = layoutMap(features, {width, maxHeight});
      const text = JSON.stringify(layout);
      expect(text).not.to.match(/NaN|Infinity|null/);
      expect(layout.width).to.be.greaterThan(0);
      expect(layout.height).to.be.greaterThan(0);
    }
  });

  it('draws projected coordinates flat, north up', () => {
    const rd: AreaFeature = {type: 'Feature', properties: {}, geometry: {type: 'Polygon', coordinates: [[[0, 0], [0, 100], [100, 100], [100, 0], [0, 0]]]}};
    const layout = layoutMap([rd], {width: 108, maxHeight: 200, projected: true});
    expect(layout.paths[0]).to.equal('M4,104L4,4L104,4L104,104Z');
  });
});

/** Signed area of an `M…L…Z` path (several subpaths summed). */
function pathArea(d: string): number {
  let sum = 0;
  for (const sub of d.split('M').filter(Boolean)) {
    const pts = sub.replace('Z', '').split('L').map((p) => p.split(',').map(Number));
    for (let i = 0; i < pts.length; i++) {
      const [x0, y0] = pts[i];
      const [x1, y1] = pts[(i + 1) % pts.length];
      sum += x0 * y1 - x1 * y0;
    }
  }
  return sum / 2;
}
