/**
 * Rupiah amounts as Indonesians write them: "Rp5.000", thousands separated by dots, no decimals
 * (prices are whole rupiah).
 */
export function formatRupiah(amount: number): string {
  const grouped = Math.round(amount)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `Rp${grouped}`;
}

export interface Price {
  min: number;
  max?: number | undefined;
  unit: string;
}

/** "Rp5.000 – Rp50.000 per paket", or "Rp25.000 per kg". */
export function formatPrice(price: Price): string {
  const amount =
    price.max !== undefined && price.max !== price.min
      ? `${formatRupiah(price.min)} – ${formatRupiah(price.max)}`
      : formatRupiah(price.min);
  return `${amount} per ${price.unit}`;
}
