/**
 * How SKUs are compared. A match is on the trimmed SKU exactly; SKUs that are equal once
 * case and spacing are ignored are only ever a suggestion (a person confirms them).
 */
export const skuKey = (sku: string): string => sku.trim();

export const looseSkuKey = (sku: string): string => sku.replace(/\s+/g, '').toLowerCase();

export const isBlankSku = (sku: string): boolean => sku.trim() === '';
