/**
 * Distances on the Earth for "events near me": a bounding box the database can answer from an index,
 * then the exact great-circle distance for the few rows inside it. Pure functions, miles throughout.
 */
export interface Position {
  latitude: number;
  longitude: number;
}

export interface BoundingBox {
  minLatitude: number;
  maxLatitude: number;
  minLongitude: number;
  maxLongitude: number;
}

/** Mean Earth radius (IUGG), in miles. */
export const EARTH_RADIUS_MILES = 3958.7613;
const MILES_PER_DEGREE_LATITUDE = (Math.PI * EARTH_RADIUS_MILES) / 180;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance between two positions (haversine), in miles. */
export function haversineMiles(from: Position, to: Position): number {
  const dLatitude = toRadians(to.latitude - from.latitude);
  const dLongitude = toRadians(to.longitude - from.longitude);
  const h =
    Math.sin(dLatitude / 2) ** 2 + Math.cos(toRadians(from.latitude)) * Math.cos(toRadians(to.latitude)) * Math.sin(dLongitude / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The smallest latitude/longitude rectangle holding every point within `radiusMiles` of `center`.
 * Longitude degrees shrink toward the poles, so the box widens with latitude (measured at the box
 * edge nearest the pole). Near a pole or across the antimeridian it spans every longitude: a wider
 * prefilter, never a missed event.
 */
export function boundingBox(center: Position, radiusMiles: number): BoundingBox {
  const latitudeDelta = radiusMiles / MILES_PER_DEGREE_LATITUDE;
  const minLatitude = Math.max(-90, center.latitude - latitudeDelta);
  const maxLatitude = Math.min(90, center.latitude + latitudeDelta);
  const widestLatitude = Math.max(Math.abs(minLatitude), Math.abs(maxLatitude));
  const milesPerDegreeLongitude = MILES_PER_DEGREE_LATITUDE * Math.cos(toRadians(widestLatitude));
  const longitudeDelta = milesPerDegreeLongitude > 0 ? radiusMiles / milesPerDegreeLongitude : 360;

  const minLongitude = center.longitude - longitudeDelta;
  const maxLongitude = center.longitude + longitudeDelta;
  if (longitudeDelta >= 180 || minLongitude < -180 || maxLongitude > 180) {
    return { minLatitude, maxLatitude, minLongitude: -180, maxLongitude: 180 };
  }
  return { minLatitude, maxLatitude, minLongitude, maxLongitude };
}

/** Decimal places of the position shown to people who may not see the address (about 1 km). */
export const APPROXIMATE_DECIMALS = 2;

/** A position rounded for the public: close enough for a map pin, too coarse to find a door. */
export function approximatePosition(position: Position): Position {
  const factor = 10 ** APPROXIMATE_DECIMALS;
  return {
    latitude: Math.round(position.latitude * factor) / factor,
    longitude: Math.round(position.longitude * factor) / factor,
  };
}

/** A distance for display: miles with one decimal. */
export function roundMiles(miles: number): number {
  return Math.round(miles * 10) / 10;
}
