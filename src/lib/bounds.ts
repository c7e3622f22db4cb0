/**
 * Bounding boxes used to reject a location outside the configured province. `idn-area-data`
 * has no boundaries, so these are generous boxes read off official maps; they catch swapped
 * lat/lng, a missing minus sign and a pin in another province, which are the real mistakes.
 */
export interface Bounds {
  south: number;
  north: number;
  west: number;
  east: number;
}

const provinceBounds: Record<string, Bounds> = {
  '31': { south: -6.4, north: -5.1, west: 106.35, east: 107.0 },
  '32': { south: -7.85, north: -5.8, west: 106.35, east: 108.85 },
  '33': { south: -8.25, north: -5.7, west: 108.5, east: 111.75 },
  '34': { south: -8.25, north: -7.5, west: 110.0, east: 110.85 },
  '35': { south: -8.8, north: -5.0, west: 110.85, east: 116.3 },
  '36': { south: -7.05, north: -5.75, west: 105.05, east: 106.8 },
};

/** All of Indonesia: the fallback for a province without its own box. */
export const indonesiaBounds: Bounds = { south: -11.1, north: 6.1, west: 94.9, east: 141.1 };

export function boundsOf(provinceCode: string): Bounds {
  return provinceBounds[provinceCode] ?? indonesiaBounds;
}

export function isInside(bounds: Bounds, lat: number, lng: number): boolean {
  return lat >= bounds.south && lat <= bounds.north && lng >= bounds.west && lng <= bounds.east;
}
