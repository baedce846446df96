/**
 * Reads the `geo` document of a map: GeoJSON (FeatureCollection, Feature or a bare geometry) or
 * TopoJSON (`type: "Topology"`, one object of it). Keeps the areas (Polygon and MultiPolygon
 * features) and tells whether the coordinates are projected (metres, e.g. RD New) rather than
 * longitude/latitude. Anything else is a `schema` error. Rings keep the winding of the file:
 * layout.ts winds them for drawing.
 */
import type {Feature, GeoJsonProperties, MultiPolygon, Polygon, Position} from 'geojson';
import {MonitorError, errorText} from '../data/errors.js';

export type AreaFeature = Feature<Polygon | MultiPolygon, GeoJsonProperties>;

export interface MapGeometry {
  readonly features: readonly AreaFeature[];
  /** Planar coordinates (outside ±180/±90): drawn as they are, y flipped, not projected. */
  readonly projected: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TopoJSON is checked as it is decoded: a TypeError is a schema error
type Loose = any;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const schema = (message: string) => new MonitorError('schema', `geo: ${message}`);

/** The polygons of an area, each a list of rings. */
export const polygons = (geometry: Polygon | MultiPolygon): Position[][][] => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);

/**
 * The features of a TopoJSON topology's object `name` (default: its first object), decoded as
 * topojson-client's `feature()` does (quantised and delta-encoded arcs, negative indices for
 * reversed arcs, rings joined at the shared points), for the areas only: other geometry is null.
 */
function fromTopology({objects, arcs, transform}: Loose, name?: string | null): unknown[] {
  if (!isObject(objects)) throw schema('a Topology needs "objects"');
  const names = Object.keys(objects);
  const object: Loose = objects[name || names[0]];
  if (!object) throw schema(name ? `the topology has no object "${name}" (objects: ${names.join(', ') || 'none'})` : 'the topology has no objects');
  if (!Array.isArray(arcs)) throw schema('a Topology needs "arcs"');
  try {
    const [kx, ky] = transform ? transform.scale : [1, 1];
    const [dx, dy] = transform ? transform.translate : [0, 0];
    // each arc's positions: without a transform as they are, with one delta-decoded per arc
    const points: Position[][] = arcs.map((arc: Position[]) => {
      let x = 0;
      let y = 0;
      return transform ? arc.map(([a, b]) => [(x += a) * kx + dx, (y += b) * ky + dy]) : arc;
    });
    const ring = (indices: number[]) => {
      const out: Position[] = [];
      for (const i of indices) {
        const arc = points[i < 0 ? ~i : i];
        // the arc starts where the previous one ended: that point once
        out.pop();
        for (const p of i < 0 ? [...arc].reverse() : arc) out.push(p);
      }
      return out;
    };
    return (object.type === 'GeometryCollection' ? object.geometries : [object]).map(({type, id, properties, arcs: a}: Loose) => ({
      type: 'Feature',
      id,
      properties,
      geometry: type === 'Polygon' ? {type, coordinates: a.map(ring)} : type === 'MultiPolygon' ? {type, coordinates: a.map((p: number[][]) => p.map(ring))} : null,
    }));
  } catch (error) {
    throw schema(`the topology could not be decoded (${errorText(error)})`);
  }
}

/** A bare geometry as a feature without properties. */
const asFeature = (geometry: unknown) => ({type: 'Feature', properties: {}, geometry});

function toFeatures(doc: unknown, object?: string | null): unknown[] {
  if (!isObject(doc)) throw schema('expected a GeoJSON or TopoJSON object');
  switch (doc.type) {
    case 'Topology':
      return fromTopology(doc, object);
    case 'FeatureCollection':
      if (!Array.isArray(doc.features)) throw schema('a FeatureCollection needs a "features" array');
      return doc.features;
    case 'Feature':
      return [doc];
    case 'Polygon':
    case 'MultiPolygon':
      return [asFeature(doc)];
    case 'GeometryCollection':
      if (!Array.isArray(doc.geometries)) throw schema('a GeometryCollection needs a "geometries" array');
      return doc.geometries.map(asFeature);
    default:
      throw schema(`expected a GeoJSON or TopoJSON object, not type ${JSON.stringify(doc.type)}`);
  }
}

function isCoordinates(value: unknown, depth: number): boolean {
  if (!Array.isArray(value)) return false;
  if (depth === 0) return value.length >= 2 && Number.isFinite(value[0]) && Number.isFinite(value[1]);
  return value.every((item) => isCoordinates(item, depth - 1));
}

const isArea = (geometry: Loose): geometry is Polygon | MultiPolygon =>
  isObject(geometry) && (geometry.type === 'Polygon' ? isCoordinates(geometry.coordinates, 2) : geometry.type === 'MultiPolygon' && isCoordinates(geometry.coordinates, 3));

/** The areas of a GeoJSON or TopoJSON document; `object` names the TopoJSON object to use (absent,
 *  null or empty: its first). */
export function readGeometry(doc: unknown, object?: string | null): MapGeometry {
  const candidates = toFeatures(doc, object);
  // the features as they are (shared documents are frozen: nothing here changes them)
  const features = candidates.filter((f: Loose): f is AreaFeature => isObject(f) && isArea(f.geometry));
  if (features.length === 0) {
    throw schema(`no Polygon or MultiPolygon features among ${candidates.length} item(s)`);
  }
  const projected = features.some((f) => polygons(f.geometry).some((rings) => rings.some((ring) => ring.some(([x, y]) => Math.abs(x) > 180 || Math.abs(y) > 90))));
  return {features, projected};
}
