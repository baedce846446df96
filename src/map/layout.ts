/**
 * The map's geometry for one width: a projection fitted to the box, one SVG path string per area,
 * each area's centroid (tooltip anchor, keyboard order), the box height.
 *
 * The projection is spherical Mercator: for a city the size of Leiden, the clipping and adaptive
 * resampling that d3-geo's `geoMercator` adds change nothing, and the fit is a few lines. Planar
 * data (`projected`, e.g. RD New metres) is drawn as is with y flipped. Paths and centroids are
 * what d3-geo's `geoPath(geoTransform(…)).digits(1)` gives for the same projection (the tests
 * compare the two), written out here because geoPath's area, bounds and length streams cost
 * 2.3 KiB gzip in the drop-in for two loops. Never NaN: degenerate boxes and zero widths fall back.
 */
import {linePath} from '../chart/line-path.js';
import type {Position} from 'geojson';
import {polygons, type AreaFeature} from './geo.js';

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  /** Per feature: the SVG path (`d`) and the centroid in the same coordinates. */
  readonly paths: readonly string[];
  readonly centroids: readonly (readonly [number, number])[];
}

export interface LayoutOptions {
  readonly width: number;
  /** The map never gets taller than this; it is then narrower than `width` and centred. */
  readonly maxHeight: number;
  readonly projected?: boolean;
}

/** Room around the areas on every side, in px. */
const PADDING = 4;
const RADIANS = Math.PI / 180;
const MAX_LATITUDE = 85;

/** Spherical Mercator in radians, y pointing down (north up). */
function mercator(lon: number, lat: number): [number, number] {
  const phi = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * RADIANS;
  return [lon * RADIANS, -Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

function flipY(x: number, y: number): [number, number] {
  return [x, -y];
}

/**
 * Every ring of a feature, as d3-geo streams it: closed rings without the repeated last point.
 * Geographic rings are wound as d3-geo's spherical projections read them (exterior clockwise on a
 * north-up map, holes counter-clockwise): real files differ (CBS's buurt outlines from cartomap
 * are wound the other way from its wijk outlines), and the SVG and PNG downloads fill by the
 * nonzero rule, where a hole must turn the other way from its exterior. Planar rings stay as they are.
 */
function rings(feature: AreaFeature, projected?: boolean): Position[][] {
  return polygons(feature.geometry).flatMap((rs) =>
    rs.map((ring, r) => {
      // twice the planar signed area in lon/lat: positive when counter-clockwise with north up
      const area = projected
        ? 0
        : ring.reduce((sum, [x0, y0], i) => {
            const [x1, y1] = ring[(i + 1) % ring.length];
            return sum + (x0 * y1 - x1 * y0);
          }, 0);
      return ((r ? area < 0 : area > 0) ? [...ring].reverse() : ring).slice(0, -1);
    }),
  );
}

const finite = (n: number, fallback: number) => (Number.isFinite(n) ? n : fallback);

/** Fits the features into `width` × at most `maxHeight`; see the module comment. */
export function layoutMap(features: readonly AreaFeature[], {width, maxHeight, projected}: LayoutOptions): MapLayout {
  const project = projected ? flipY : mercator;
  const w = Math.max(1, finite(width, 1));
  const maxH = Math.max(1, finite(maxHeight, w));
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const projectedRings = features.map((f) => rings(f, projected).map((ring) => ring.map(([lon, lat]) => project(lon, lat))));
  for (const [x, y] of projectedRings.flat(2)) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  if (!(x1 >= x0 && y1 >= y0)) x0 = y0 = x1 = y1 = 0; // nothing drawable
  const pad = Math.min(PADDING, w / 4);
  const dx = x1 - x0;
  const dy = y1 - y0;
  const sx = dx > 0 ? (w - 2 * pad) / dx : Infinity;
  const sy = dy > 0 ? (maxH - 2 * pad) / dy : Infinity;
  const k = Math.max(0, finite(Math.min(sx, sy), 1));
  const height = Math.max(1, Math.ceil(Math.min(maxH, dy * k + 2 * pad)));
  const tx = (w - dx * k) / 2 - x0 * k;
  const ty = (height - dy * k) / 2 - y0 * k;
  const screen = projectedRings.map((rs) => rs.map((ring) => ring.map(([x, y]) => [x * k + tx, y * k + ty] as const)));
  return {
    width: w,
    height,
    paths: screen.map(pathOf),
    centroids: screen.map((rs) => {
      const [cx, cy] = centroidOf(rs);
      return [finite(cx, w / 2), finite(cy, height / 2)] as const;
    }),
  };
}

type Ring = readonly (readonly [number, number])[];

/** `M x,y L x,y … Z` per ring, rounded to 0.1 px (geoPath's string with `digits(1)`). */
function pathOf(rs: readonly Ring[]): string {
  return rs
    .filter((ring) => ring.length > 0)
    .map((ring) => linePath(ring, 10) + 'Z')
    .join('');
}

/** Area-weighted centroid of the rings (holes subtract), as geoPath's planar centroid; the mean
 *  of the vertices when the area is zero. */
function centroidOf(rs: readonly Ring[]): [number, number] {
  let sx = 0;
  let sy = 0;
  let sz = 0;
  let mx = 0;
  let my = 0;
  let n = 0;
  for (const ring of rs) {
    ring.forEach(([x, y], i) => {
      const [x0, y0] = ring[(i + ring.length - 1) % ring.length];
      const z = y0 * x - x0 * y;
      sx += z * (x0 + x);
      sy += z * (y0 + y);
      sz += z * 3;
      mx += x;
      my += y;
      n++;
    });
  }
  return sz ? [sx / sz, sy / sz] : [mx / n, my / n];
}
