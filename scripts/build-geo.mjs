// Builds the district geometry the map ships with (src/geo/leiden-wijken-2023.json and the TS
// module src/geo/leiden-wijken.ts that the map imports on demand) from the real CBS/Kadaster 2023
// wijk outlines in ../shared/data/real/cartomap-leiden-2023/ (see its PROVENANCE.md).
//
// The source topology (made by topojson-server, not quantised) shares arcs between the wijken and
// buurten; we keep the wijken and their arcs only, quantise them losslessly (the coordinates are on
// a 0.001° grid already), merge arcs that only buurten had cut, delta-encode the arcs, and keep two
// properties: statcode and statnaam (no feature ids or bbox: the map reads neither).
// Rings are checked against d3-geo's convention (exterior clockwise on the map, holes
// counter-clockwise) and reversed where needed, so spherical d3 projections draw them too.
//
// Usage: node scripts/build-geo.mjs [path/to/leiden_wijken_buurten_2023.topojson]
import {readFileSync, writeFileSync} from 'node:fs';

const SOURCE = process.argv[2] ?? new URL('../../shared/data/real/cartomap-leiden-2023/leiden_wijken_buurten_2023.topojson', import.meta.url);
const OUT_JSON = new URL('../src/geo/leiden-wijken-2023.json', import.meta.url);
const OUT_TS = new URL('../src/geo/leiden-wijken.ts', import.meta.url);
const GRID = 0.001;

const topology = JSON.parse(readFileSync(SOURCE, 'utf8'));
if (topology.transform) throw new Error('expected an unquantised topology');
const wijken = topology.objects.wijken;

// arcs the wijken use, renumbered in order of first use
const renumber = new Map();
const arcIndex = (i) => {
  const a = i < 0 ? ~i : i;
  if (!renumber.has(a)) renumber.set(a, renumber.size);
  const j = renumber.get(a);
  return i < 0 ? ~j : j;
};

/** Planar signed area of a ring in lon/lat (positive: counter-clockwise with north up). */
function ringArea(arcs) {
  const points = [];
  for (const i of arcs) {
    const arc = topology.arcs[i < 0 ? ~i : i];
    const pts = i < 0 ? [...arc].reverse() : arc;
    points.push(...(points.length ? pts.slice(1) : pts));
  }
  let sum = 0;
  for (let k = 0; k < points.length - 1; k++) sum += points[k][0] * points[k + 1][1] - points[k + 1][0] * points[k][1];
  return sum / 2;
}

let reversed = 0;
const fixRing = (ring, exterior) => {
  const area = ringArea(ring);
  if (exterior ? area > 0 : area < 0) {
    reversed++;
    return [...ring].reverse().map((i) => ~i);
  }
  return ring;
};
const fixPolygon = (rings) => rings.map((ring, r) => fixRing(ring, r === 0));

const geometries = wijken.geometries.map((g) => {
  const polygons = g.type === 'Polygon' ? [g.arcs] : g.arcs;
  const fixed = polygons.map(fixPolygon).map((rings) => rings.map((ring) => ring.map(arcIndex)));
  // no feature id: the map matches statcode first, and the id would only repeat it
  return {
    type: g.type,
    properties: {statcode: g.properties.statcode, statnaam: g.properties.statnaam},
    arcs: g.type === 'Polygon' ? fixed[0] : fixed,
  };
});

const ringsOf = (g) => (g.type === 'Polygon' ? g.arcs : g.arcs.flat());
/** The points of a ring of arc references, as a TopoJSON reader joins them. */
const ringPoints = (ring, arcList) =>
  ring.flatMap((ref, k) => {
    const arc = arcList[ref < 0 ? ~ref : ref];
    return (ref < 0 ? [...arc].reverse() : arc).slice(k ? 1 : 0);
  });

// The source cut arcs wherever buurten meet too. With the buurten gone, two arcs that meet at a
// point no other arc ends at, and where no ring starts, are one line: merge them. The rings keep
// every point, in the same order, from the same start (checked below).
let arcs = [...renumber.keys()].map((a) => topology.arcs[a]);
const before = geometries.flatMap(ringsOf).map((ring) => JSON.stringify(ringPoints(ring, arcs)));
const pointKey = ([x, y]) => `${Math.round(x / GRID)},${Math.round(y / GRID)}`;
let merged = 0;
for (;;) {
  const ends = new Map(); // point → the arc ends there: [arc, true at its end / false at its start]
  arcs.forEach((arc, i) => {
    if (!arc) return;
    for (const [point, atEnd] of [[arc[0], false], [arc[arc.length - 1], true]]) {
      const key = pointKey(point);
      ends.set(key, [...(ends.get(key) ?? []), [i, atEnd]]);
    }
  });
  const starts = new Set(geometries.flatMap(ringsOf).map((ring) => pointKey(ringPoints(ring, arcs)[0])));
  const found = [...ends].find(([key, at]) => at.length === 2 && at[0][0] !== at[1][0] && !starts.has(key));
  if (!found) break;
  const [[i, iAtEnd], [j, jAtEnd]] = found[1];
  const intoPoint = iAtEnd ? i : ~i; // the reference that runs along i to the point
  const fromPoint = jAtEnd ? ~j : j; // the reference that runs along j away from it
  arcs[i] = ringPoints([intoPoint, fromPoint], arcs);
  arcs[j] = undefined;
  for (const ring of geometries.flatMap(ringsOf)) {
    for (let k = 0; k < ring.length - 1; k++) {
      if (ring[k] === intoPoint && ring[k + 1] === fromPoint) ring.splice(k, 2, i);
      else if (ring[k] === ~fromPoint && ring[k + 1] === ~intoPoint) ring.splice(k, 2, ~i);
    }
    if (ring.some((ref) => ref === j || ref === ~j)) throw new Error(`arc ${j} was not merged everywhere`);
  }
  merged++;
}
// number the arcs left in order of first use
const order = new Map();
for (const ring of geometries.flatMap(ringsOf)) {
  ring.forEach((ref, k) => {
    const a = ref < 0 ? ~ref : ref;
    if (!order.has(a)) order.set(a, order.size);
    ring[k] = ref < 0 ? ~order.get(a) : order.get(a);
  });
}
arcs = [...order.keys()].map((a) => arcs[a]);
geometries.flatMap(ringsOf).forEach((ring, r) => {
  if (JSON.stringify(ringPoints(ring, arcs)) !== before[r]) throw new Error(`ring ${r} changed when merging arcs`);
});
const xs = arcs.flat().map((p) => p[0]);
const ys = arcs.flat().map((p) => p[1]);
const x0 = Math.min(...xs);
const y0 = Math.min(...ys);
const q = (v, origin) => {
  const n = (v - origin) / GRID;
  if (Math.abs(n - Math.round(n)) > 1e-6) throw new Error(`${v} is not on the ${GRID} grid`);
  return Math.round(n);
};
const quantised = arcs.map((arc) => {
  let px = 0;
  let py = 0;
  return arc.map(([x, y]) => {
    const qx = q(x, x0);
    const qy = q(y, y0);
    const d = [qx - px, qy - py];
    px = qx;
    py = qy;
    return d;
  });
});

const round = (v) => Math.round(v * 1e6) / 1e6;
// no bbox: it is optional in TopoJSON and the map does not read it
const out = {
  type: 'Topology',
  transform: {scale: [GRID, GRID], translate: [round(x0), round(y0)]},
  objects: {wijken: {type: 'GeometryCollection', geometries}},
  arcs: quantised,
};
const json = JSON.stringify(out);
writeFileSync(OUT_JSON, json + '\n');
writeFileSync(
  OUT_TS,
  `/**
 * Leiden's ten districts (wijken), CBS gebiedsindeling 2023, as a quantised TopoJSON topology:
 * the map's default geometry. Generated by scripts/build-geo.mjs from
 * ../shared/data/real/cartomap-leiden-2023/ (CBS/PDOK wijk_gegeneraliseerd 2023, simplified and
 * rounded to 0.001° by cartomap). "Bron: CBS, Kadaster" (CC BY 4.0). Do not edit by hand; the same
 * object is in leiden-wijken-2023.json. A module of its own so the map imports it only when a page
 * gives no \`geo\`.
 */
import type {Topology} from 'topojson-specification';

export const leidenWijken2023: Topology = ${json};
`,
);
console.log(`build-geo: ${geometries.length} wijken, ${arcs.length} arcs (${merged} merged), ${reversed} ring(s) rewound, ${json.length} bytes`);
