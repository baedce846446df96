/**
 * Reads the `geo` document of a map: GeoJSON (FeatureCollection, Feature or a bare geometry) or
 * TopoJSON (`type: "Topology"`, one object of it). Keeps the areas (Polygon and MultiPolygon
 * features), rewinds geographic rings for d3-geo, and tells whether the coordinates are projected
 * (metres, e.g. RD New) rather than longitude/latitude. Anything else is a `schema` error.
 */
import type {Feature, GeoJsonProperties, Geometry, MultiPolygon, Polygon} from 'geojson';
import type {Topology} from 'topojson-specification';
import {feature as topoFeature} from 'topojson-client';
import {MonitorError} from '../data/errors.js';
import {rewind} from './rewind.js';

export type AreaFeature = Feature<Polygon | MultiPolygon, GeoJsonProperties>;

export interface MapGeometry {
  readonly features: readonly AreaFeature[];
  /** Planar coordinates (outside ±180/±90): drawn as they are, y flipped, not projected. */
  readonly projected: boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function schema(message: string): MonitorError {
  return new MonitorError('schema', `geo: ${message}`);
}

/** The features of a TopoJSON topology's object `name` (default: its first object). */
function fromTopology(topology: Topology, name?: string): unknown {
  if (!isObject(topology.objects)) throw schema('a Topology needs "objects"');
  const names = Object.keys(topology.objects);
  const key = name || names[0];
  const object = key === undefined ? undefined : topology.objects[key];
  if (!object) throw schema(name ? `the topology has no object "${name}" (objects: ${names.join(', ') || 'none'})` : 'the topology has no objects');
  if (!Array.isArray(topology.arcs)) throw schema('a Topology needs "arcs"');
  try {
    return topoFeature(topology, object);
  } catch (error) {
    throw schema(`the topology could not be decoded (${error instanceof Error ? error.message : String(error)})`);
  }
}

function toFeatures(doc: unknown): unknown[] {
  if (!isObject(doc)) throw schema('expected a GeoJSON or TopoJSON object');
  switch (doc.type) {
    case 'FeatureCollection':
      if (!Array.isArray(doc.features)) throw schema('a FeatureCollection needs a "features" array');
      return doc.features;
    case 'Feature':
      return [doc];
    case 'Polygon':
    case 'MultiPolygon':
      return [{type: 'Feature', properties: {}, geometry: doc}];
    case 'GeometryCollection':
      if (!Array.isArray(doc.geometries)) throw schema('a GeometryCollection needs a "geometries" array');
      return doc.geometries.map((geometry) => ({type: 'Feature', properties: {}, geometry}));
    default:
      throw schema(`expected a GeoJSON or TopoJSON object, not type ${JSON.stringify(doc.type)}`);
  }
}

function isCoordinates(value: unknown, depth: number): boolean {
  if (!Array.isArray(value)) return false;
  if (depth === 0) return value.length >= 2 && Number.isFinite(value[0]) && Number.isFinite(value[1]);
  return value.every((item) => isCoordinates(item, depth - 1));
}

function isArea(geometry: unknown): geometry is Polygon | MultiPolygon {
  if (!isObject(geometry)) return false;
  if (geometry.type === 'Polygon') return isCoordinates(geometry.coordinates, 2);
  if (geometry.type === 'MultiPolygon') return isCoordinates(geometry.coordinates, 3);
  return false;
}

function* positions(geometry: Polygon | MultiPolygon): Iterable<number[]> {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const rings of polygons) for (const ring of rings) yield* ring;
}

/** The areas of a GeoJSON or TopoJSON document; `object` names the TopoJSON object to use. */
export function readGeometry(doc: unknown, object?: string): MapGeometry {
  const source = isObject(doc) && doc.type === 'Topology' ? fromTopology(doc as unknown as Topology, object) : doc;
  const candidates = toFeatures(source);
  const areas = candidates.filter((f): f is Feature<Geometry> => isObject(f) && isArea(f.geometry)) as AreaFeature[];
  if (areas.length === 0) {
    throw schema(`no Polygon or MultiPolygon features among ${candidates.length} item(s)`);
  }
  let projected = false;
  for (const f of areas) {
    for (const [x, y] of positions(f.geometry)) {
      if (Math.abs(x) > 180 || Math.abs(y) > 90) {
        projected = true;
        break;
      }
    }
    if (projected) break;
  }
  const features = areas.map((f) => ({
    type: 'Feature' as const,
    ...(f.id !== undefined ? {id: f.id} : {}),
    properties: isObject(f.properties) ? f.properties : {},
    // planar data is drawn flat (winding does not matter there); lon/lat is normalised for d3
    geometry: projected ? f.geometry : rewind(f.geometry),
  }));
  return {features, projected};
}
