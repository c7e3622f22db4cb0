/**
 * schema.org JSON-LD for the page kinds, and safe embedding in a <script> element.
 */
export type JsonLd = Record<string, unknown>;

/**
 * JSON for an inline <script type="application/ld+json">: `<` is escaped so that content such
 * as "</script><script>…" cannot close the element.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function organizationLd(name: string, url: string, sameAs?: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name,
    url,
    ...(sameAs ? { sameAs: [sameAs] } : {}),
  };
}

export interface PlaceInput {
  name: string;
  url: string;
  description: string;
  locality: string;
  region: string;
  province: string;
  /** Kemendagri code of the place itself (a village), as an official identifier. */
  identifier?: string;
  /** The administrative areas it lies in, innermost first, with their Kemendagri codes. */
  containedIn?: { type: 'kecamatan' | 'kabupaten' | 'kota' | 'provinsi'; name: string; code: string }[];
  geo?: { lat: number; lng: number } | undefined;
  sameAs?: string[];
}

export function placeLd(place: PlaceInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Place',
    name: place.name,
    url: place.url,
    description: place.description,
    ...(place.identifier ? { identifier: kemendagriCode(place.identifier) } : {}),
    address: {
      '@type': 'PostalAddress',
      addressLocality: place.locality,
      addressRegion: `${place.region}, ${place.province}`,
      addressCountry: 'ID',
    },
    ...(place.geo ? { geo: { '@type': 'GeoCoordinates', latitude: place.geo.lat, longitude: place.geo.lng } } : {}),
    ...(place.sameAs?.length ? { sameAs: place.sameAs } : {}),
    ...(place.containedIn?.length ? { containedInPlace: containedIn(place.containedIn) } : {}),
  };
}

/** An official area code as schema.org reads identifiers: a named property value. */
function kemendagriCode(code: string): JsonLd {
  return { '@type': 'PropertyValue', propertyID: 'Kode wilayah Kemendagri', value: code };
}

/** Nested AdministrativeAreas, innermost first: kecamatan in kab/kota in provinsi. */
function containedIn(areas: NonNullable<PlaceInput['containedIn']>): JsonLd | undefined {
  const [area, ...rest] = areas;
  if (!area) return undefined;
  const outer = containedIn(rest);
  return {
    '@type': 'AdministrativeArea',
    name: area.name,
    additionalType: area.type,
    identifier: kemendagriCode(area.code),
    ...(outer ? { containedInPlace: outer } : {}),
  };
}

export interface ProductInput {
  name: string;
  url: string;
  description: string;
  category: string;
  producer: string;
  price?: { min: number; max?: number | undefined } | undefined;
  available: boolean;
}

export function productLd(product: ProductInput): JsonLd {
  const { price } = product;
  const availability = `https://schema.org/${product.available ? 'InStock' : 'OutOfStock'}`;
  let offers: JsonLd | undefined;
  if (price && price.max !== undefined && price.max !== price.min) {
    offers = {
      '@type': 'AggregateOffer',
      priceCurrency: 'IDR',
      lowPrice: price.min,
      highPrice: price.max,
      availability,
      url: product.url,
    };
  } else if (price) {
    offers = { '@type': 'Offer', priceCurrency: 'IDR', price: price.min, availability, url: product.url };
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    url: product.url,
    description: product.description,
    category: product.category,
    brand: { '@type': 'Brand', name: product.producer },
    ...(offers ? { offers } : {}),
  };
}

export function breadcrumbLd(items: { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}
