/**
 * Map links for 0 KB of JavaScript: a page never loads map tiles or any third-party resource;
 * a tap opens OpenStreetMap (at a point, or searching for a place by name) or, through a `geo:`
 * URI (RFC 5870), the phone's own map app.
 */

/** Coordinates to at most 6 decimals (≈ 0.1 m), as map URLs expect. */
const coordinate = (value: number) => String(Number(value.toFixed(6)));

/** OpenStreetMap centred on a point, with a marker. */
export function osmPointUrl(lat: number, lng: number, zoom = 16): string {
  const [a, b] = [coordinate(lat), coordinate(lng)];
  return `https://www.openstreetmap.org/?mlat=${a}&mlon=${b}#map=${zoom}/${a}/${b}`;
}

/** A `geo:` URI: Android and most map apps open it at the point, labelled. */
export function geoUri(lat: number, lng: number, label?: string): string {
  const [a, b] = [coordinate(lat), coordinate(lng)];
  return `geo:${a},${b}${label ? `?q=${a},${b}(${encodeURIComponent(label)})` : ''}`;
}

/** OpenStreetMap's search for a place by name, e.g. "Cibiru Wetan, Cileunyi, Kabupaten Bandung". */
export function osmSearchUrl(parts: readonly string[]): string {
  const query = parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(', ');
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}
