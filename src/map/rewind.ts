/**
 * Ring winding for d3-geo. Spherical d3 projections read a polygon's exterior ring as clockwise
 * (on a north-up map) and holes as counter-clockwise; a ring wound the other way encloses the rest
 * of the globe. Real files differ (CBS's buurt outlines from cartomap are wound the other way from
 * its wijk outlines), so geographic input is normalised here. Pure: returns new geometry and never
 * touches the input (documents from the shared cache are frozen).
 */
import type {MultiPolygon, Polygon, Position} from 'geojson';

/** Planar signed area of a ring in lon/lat: positive when counter-clockwise with north up. */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[(i + 1) % n];
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

function rewindRing(ring: readonly Position[], exterior: boolean): Position[] {
  const area = ringArea(ring);
  return (exterior ? area > 0 : area < 0) ? [...ring].reverse() : [...ring];
}

function rewindPolygon(rings: readonly (readonly Position[])[]): Position[][] {
  return rings.map((ring, r) => rewindRing(ring, r === 0));
}

/** The geometry with exterior rings clockwise and holes counter-clockwise (d3-geo's convention). */
export function rewind<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (geometry.type === 'Polygon') return {...geometry, coordinates: rewindPolygon(geometry.coordinates)};
  return {...geometry, coordinates: (geometry as MultiPolygon).coordinates.map(rewindPolygon)};
}
