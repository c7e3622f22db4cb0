import { describe, expect, it } from 'vitest';
import { geoUri, osmPointUrl, osmSearchUrl } from '../../src/lib/maps.ts';

describe('map links', () => {
  it('points OpenStreetMap at a place, rounded to 6 decimals', () => {
    expect(osmPointUrl(-6.917464123, 107.6191)).toBe(
      'https://www.openstreetmap.org/?mlat=-6.917464&mlon=107.6191#map=16/-6.917464/107.6191',
    );
  });

  it('opens the phone’s map app with a geo: URI, the label encoded', () => {
    expect(geoUri(-6.9, 107.6, 'Desa Cibiru & Co')).toBe('geo:-6.9,107.6?q=-6.9,107.6(Desa%20Cibiru%20%26%20Co)');
    expect(geoUri(-6.9, 107.6)).toBe('geo:-6.9,107.6');
  });

  it('searches OpenStreetMap by name and area, skipping empty parts', () => {
    expect(osmSearchUrl(['Cibiru Wetan', ' ', 'Cileunyi', 'Kabupaten Bandung'])).toBe(
      'https://www.openstreetmap.org/search?query=Cibiru%20Wetan%2C%20Cileunyi%2C%20Kabupaten%20Bandung',
    );
  });
});
