/** Which dialog the product page has open, if any. */
export type ProductDialog =
  | { kind: 'adjust'; variantId: number }
  | { kind: 'stocktake'; variantId: number }
  | { kind: 'add-variant' }
  | { kind: 'delete-variant'; variantId: number }
  | { kind: 'add-commitment'; variantId: number | null }
  | { kind: 'delete-product' };

export type OpenDialog = (dialog: ProductDialog) => void;

/** "M / Blue · TSHIRT-M-BLU": how a variant is named in dialogs and lists. */
export function variantLabel(v: { sku: string; optionValues: readonly string[] }): string {
  const options = v.optionValues.filter((o) => o !== '').join(' / ');
  const sku = v.sku || 'no SKU';
  return options ? `${options} · ${sku}` : sku;
}
