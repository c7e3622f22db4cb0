import { describe, expect, it } from 'vitest';
import { problems, validHub, validProduct, validProfile } from '../helpers/schemas.ts';

const messageFor = (kind: Parameters<typeof problems>[0], data: unknown, field: string) =>
  problems(kind, data).find((p) => p.field === field)?.message;

describe('village profile', () => {
  it('accepts a complete profile', () => {
    expect(problems('desa', validProfile)).toEqual([]);
  });

  it('requires a code that exists in the official data', () => {
    expect(messageFor('desa', { ...validProfile, kode: '32.04.05.2999' }, 'kode')).toMatch(
      /tidak ada dalam data wilayah resmi/,
    );
    expect(messageFor('desa', { ...validProfile, kode: '3204052006' }, 'kode')).toMatch(/PP\.KK\.CC\.DDDD/);
    expect(messageFor('desa', { ...validProfile, kode: 32.04 }, 'kode')).toMatch(/tanda kutip/);
  });

  it('rejects a code of another province', () => {
    expect(messageFor('desa', { ...validProfile, kode: '33.01.01.2001' }, 'kode')).toMatch(
      /bukan kode di provinsi ini/,
    );
  });

  it('checks the official name, forgiving case and spacing, and shows the official spelling', () => {
    expect(problems('desa', { ...validProfile, nama: '  CIBIRU   wetan ' })).toEqual([]);
    expect(messageFor('desa', { ...validProfile, nama: 'Cibiru Kulon' }, 'nama')).toBe(
      'Nama tidak sesuai data resmi untuk kode 32.04.05.2006: tulis "Cibiru Wetan".',
    );
  });

  it('checks desa against kelurahan by the code', () => {
    expect(messageFor('desa', { ...validProfile, jenis: 'kelurahan' }, 'jenis')).toMatch(/adalah desa.*jenis: desa/);
    const kelurahan = { ...validProfile, kode: '32.08.18.1001', nama: 'Cigugur', jenis: 'desa' };
    expect(messageFor('desa', kelurahan, 'jenis')).toMatch(/adalah kelurahan/);
    expect(problems('desa', { ...kelurahan, jenis: 'kelurahan' })).toEqual([]);
  });

  it('needs at least one contact', () => {
    expect(messageFor('desa', { ...validProfile, kontak: {} }, 'kontak')).toMatch(/minimal satu kontak/);
    expect(messageFor('desa', { ...validProfile, kontak: undefined }, 'kontak')).toMatch(
      /minimal satu kontak resmi.*sumber/,
    );
  });

  it('lets a profile compiled from public sources go without a contact, if it cites them', () => {
    const sumber = [{ judul: 'Berita desa', url: 'https://berita.example/desa' }];
    expect(problems('desa', { ...validProfile, kontak: undefined, sumber })).toEqual([]);
  });

  it('turns a 08… WhatsApp number into a message with the corrected form', () => {
    expect(messageFor('desa', { ...validProfile, kontak: { whatsapp: '0812-3456-7890' } }, 'kontak.whatsapp')).toMatch(
      /Tulis "6281234567890"/,
    );
    expect(problems('desa', { ...validProfile, kontak: { whatsapp: '6281234567890' } })).toEqual([]);
  });

  it('allows https links only', () => {
    for (const website of [
      'http://desa.id',
      'javascript:alert(1)',
      'data:text/html,x',
      '//desa.id',
      'https://user:pw@desa.id',
    ]) {
      expect(messageFor('desa', { ...validProfile, kontak: { website } }, 'kontak.website'), website).toMatch(
        /https:\/\//,
      );
    }
  });

  it('checks instagram handles and e-mail addresses', () => {
    expect(
      messageFor('desa', { ...validProfile, kontak: { instagram: '@desa.cibiruwetan' } }, 'kontak.instagram'),
    ).toMatch(/"desa\.cibiruwetan"/);
    expect(messageFor('desa', { ...validProfile, kontak: { email: 'bukan-email' } }, 'kontak.email')).toMatch(/e-mail/);
    expect(problems('desa', { ...validProfile, kontak: { email: 'pemdes@desa.id', instagram: 'desa_ok' } })).toEqual(
      [],
    );
  });

  it('rejects unknown fields', () => {
    expect(problems('desa', { ...validProfile, alamat_kantor: 'x' })).toEqual([
      { field: '', message: 'Isian tidak dikenal: alamat_kantor.' },
    ]);
  });

  it('keeps a location inside the province', () => {
    expect(problems('desa', { ...validProfile, lokasi: { lat: -6.93, lng: 107.72 } })).toEqual([]);
    expect(messageFor('desa', { ...validProfile, lokasi: { lat: 6.93, lng: 107.72 } }, 'lokasi')).toMatch(
      /di luar provinsi/,
    );
    expect(messageFor('desa', { ...validProfile, lokasi: { lat: 107.72, lng: -6.93 } }, 'lokasi.lat')).toBeDefined();
  });

  it('checks an IDM status against its score band', () => {
    expect(problems('desa', { ...validProfile, idm: { skor: 0.9981, status: 'mandiri', tahun: 2022 } })).toEqual([]);
    expect(
      messageFor('desa', { ...validProfile, idm: { skor: 0.75, status: 'mandiri', tahun: 2022 } }, 'idm.status'),
    ).toMatch(/tidak sesuai skornya/);
  });

  it('accepts Desa Digital levels 1 to 4 only', () => {
    expect(problems('desa', { ...validProfile, desa_digital: { level: 3 } })).toEqual([]);
    expect(messageFor('desa', { ...validProfile, desa_digital: { level: 5 } }, 'desa_digital.level')).toMatch(
      /1, 2, 3 atau 4/,
    );
  });

  it('wants dates as YYYY-MM-DD and accepts YAML dates', () => {
    expect(problems('desa', { ...validProfile, diperbarui: new Date('2026-11-30') })).toEqual([]);
    expect(messageFor('desa', { ...validProfile, diperbarui: '30/11/2026' }, 'diperbarui')).toMatch(/TTTT-BB-HH/);
    expect(messageFor('desa', { ...validProfile, diperbarui: '2026-02-31' }, 'diperbarui')).toMatch(
      /tidak ada di kalender/,
    );
  });

  it('checks GitHub user names of maintainers', () => {
    expect(problems('desa', { ...validProfile, pemelihara: ['operator-desa'] })).toEqual([]);
    expect(messageFor('desa', { ...validProfile, pemelihara: ['@operator'] }, 'pemelihara.0')).toMatch(/GitHub/);
  });
});

describe('product', () => {
  it('accepts a complete product', () => {
    expect(problems('produk', validProduct)).toEqual([]);
  });

  it('classes soap as a cosmetic: BPOM NA yes, P-IRT never', () => {
    expect(problems('produk', { ...validProduct, legalitas: { bpom: 'NA18191200123' } })).toEqual([]);
    expect(
      messageFor('produk', { ...validProduct, legalitas: { pirt: '1234567890123-45' } }, 'legalitas.pirt'),
    ).toMatch(/P-IRT hanya untuk pangan olahan.*NA/);
    expect(messageFor('produk', { ...validProduct, legalitas: { bpom: 'MD 224113001234' } }, 'legalitas.bpom')).toMatch(
      /berawalan NA/,
    );
  });

  it('lets home food carry P-IRT but not a cosmetic number', () => {
    const food = { ...validProduct, kategori: 'makanan', produsen: { nama: 'UMKM Rasa', jenis: 'umkm' } };
    expect(
      problems('produk', { ...food, legalitas: { pirt: '1234567890123-45', halal: 'ID32110000123450122' } }),
    ).toEqual([]);
    expect(messageFor('produk', { ...food, legalitas: { bpom: 'NA18191200123' } }, 'legalitas.bpom')).toMatch(
      /MD atau ML/,
    );
    expect(messageFor('produk', { ...food, legalitas: { pirt: '12345' } }, 'legalitas.pirt')).toMatch(/15 digit/);
  });

  it('refuses legality numbers for goods that need none', () => {
    const craft = { ...validProduct, kategori: 'kerajinan' };
    expect(messageFor('produk', { ...craft, legalitas: { bpom: 'MD 224113001234' } }, 'legalitas.bpom')).toMatch(
      /tidak memerlukan/,
    );
  });

  it('checks halal and NIB formats', () => {
    expect(messageFor('produk', { ...validProduct, legalitas: { halal: '12345' } }, 'legalitas.halal')).toMatch(
      /diawali ID/,
    );
    expect(messageFor('produk', { ...validProduct, legalitas: { nib: '12' } }, 'legalitas.nib')).toMatch(/13 angka/);
  });

  it('wants whole rupiah, a known unit and a sane range', () => {
    expect(
      messageFor('produk', { ...validProduct, harga: { dari: 'Rp5.000', satuan: 'paket' } }, 'harga.dari'),
    ).toMatch(/tanpa "Rp"/);
    expect(messageFor('produk', { ...validProduct, harga: { dari: 5000.5, satuan: 'paket' } }, 'harga.dari')).toMatch(
      /bulat/,
    );
    expect(messageFor('produk', { ...validProduct, harga: { dari: 5000, satuan: 'karung' } }, 'harga.satuan')).toMatch(
      /Pilih salah satu/,
    );
    expect(
      messageFor('produk', { ...validProduct, harga: { dari: 5000, sampai: 100, satuan: 'pcs' } }, 'harga.sampai'),
    ).toMatch(/lebih besar/);
  });

  it('checks marketplace links against the platform', () => {
    const shop = (url: string) => ({ ...validProduct, pesan: { lokapasar: [{ platform: 'tokopedia', url }] } });
    expect(problems('produk', shop('https://www.tokopedia.com/toko/sabun'))).toEqual([]);
    expect(messageFor('produk', shop('https://evil.example/tokopedia'), 'pesan.lokapasar.0.url')).toMatch(
      /tokopedia\.com/,
    );
    expect(messageFor('produk', shop('http://www.tokopedia.com/toko'), 'pesan.lokapasar.0.url')).toMatch(/https/);
  });

  it('allows at most three photos', () => {
    const photo = { src: './a.jpg', alt: 'Sabun susu di meja' };
    expect(messageFor('produk', { ...validProduct, foto: [photo, photo, photo, photo] }, 'foto')).toMatch(/Maksimal 3/);
  });
});

describe('what buyers ask before ordering', () => {
  const food = { ...validProduct, kategori: 'makanan', legalitas: undefined };
  it('accepts pack size, minimum order, pre-order days, season, shipping and shelf life', () => {
    expect(
      problems('produk', {
        ...food,
        kemasan: '250 gram',
        minimal_pesan: 10,
        ketersediaan: 'pre-order',
        pre_order_hari: 3,
        pengiriman: 'indonesia',
        tahan_hari: 30,
      }),
    ).toEqual([]);
    expect(problems('produk', { ...food, ketersediaan: 'musiman', bulan_musim: ['juni', 'juli'] })).toEqual([]);
  });
  it('refuses details that contradict the availability or the category', () => {
    expect(problems('produk', { ...food, pre_order_hari: 3 }).map((p) => p.field)).toEqual(['pre_order_hari']);
    expect(
      problems('produk', { ...food, ketersediaan: 'tersedia', bulan_musim: ['juni'] }).map((p) => p.field),
    ).toEqual(['bulan_musim']);
    expect(problems('produk', { ...validProduct, tahan_hari: 30 }).map((p) => p.field)).toEqual(['tahan_hari']);
    expect(problems('produk', { ...food, pengiriman: 'dunia' }).map((p) => p.field)).toEqual(['pengiriman']);
  });
});

describe('creative hub', () => {
  it('accepts a complete hub', () => {
    expect(problems('hub', validHub)).toEqual([]);
  });

  it('requires a kab/kota of the province and sources', () => {
    expect(messageFor('hub', { ...validHub, kabkota: '33.74' }, 'kabkota')).toMatch(/tidak ada di provinsi/);
    expect(messageFor('hub', { ...validHub, sumber: [] }, 'sumber')).toMatch(/minimal satu sumber/);
  });

  it('keeps the village inside the kab/kota', () => {
    expect(problems('hub', { ...validHub, kabkota: '32.78', desa: '32.78.01.1002' })).toEqual([]);
    expect(messageFor('hub', { ...validHub, desa: '32.78.01.1002' }, 'desa')).toMatch(
      /tidak berada di kab\/kota 32\.74/,
    );
  });

  it('does not call an opened building planned', () => {
    expect(messageFor('hub', { ...validHub, status: 'dibangun' }, 'status')).toMatch(/sudah diresmikan/);
    expect(messageFor('hub', { ...validHub, status: 'dibuka' }, 'status')).toMatch(/Pilih salah satu/);
  });

  it('accepts dates known to the year or month', () => {
    expect(problems('hub', { ...validHub, status: 'direncanakan', tanggal: { diumumkan: 2020 } })).toEqual([]);
    expect(problems('hub', { ...validHub, tanggal: { diresmikan: '2021-04' } })).toEqual([]);
    expect(messageFor('hub', { ...validHub, tanggal: { diresmikan: 'April 2021' } }, 'tanggal.diresmikan')).toMatch(
      /TTTT/,
    );
  });
});
