/**
 * New SKUs from a pattern, as pure functions: prefix, the product's code, each option value's
 * code, a running number, joined by the separator. Only A–Z, 0–9 and the separator survive,
 * upper-cased, so a SKU reads the same in every system it travels through.
 */
import type { SkuPattern } from '../../../shared/sku-tools';

export interface SkuSubject {
  productId: number;
  productName: string;
  optionValues: readonly string[];
}

/** Letters (accents dropped) and digits, upper-cased, as words. */
function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
}

/** "Night Owl Tee" → NOT (initials), NIGHT-OWL-TEE (name), its number (id), or nothing. */
export function productCode(pattern: Pick<SkuPattern, 'productCode' | 'separator'>, subject: Pick<SkuSubject, 'productId' | 'productName'>): string {
  switch (pattern.productCode) {
    case 'initials':
      return words(subject.productName)
        .map((w) => w[0])
        .join('');
    case 'name':
      return words(subject.productName).join(pattern.separator);
    case 'id':
      return String(subject.productId);
    case 'none':
      return '';
  }
}

/** "Large" → LAR, "Black" → BLA, "xl" → XL; a number is kept whole: "500" → 500, "12.5" → 125. */
export function optionCode(value: string): string {
  const trimmed = value.trim();
  if (/^\d+([.,]\d+)?$/.test(trimmed)) return trimmed.replace(/[.,]/g, '');
  return words(trimmed).join('').slice(0, 3);
}

/** The counter's text: `counterStart + index`, zero-padded to `counterDigits`. */
export function counterText(pattern: Pick<SkuPattern, 'counterStart' | 'counterDigits'>, index: number): string {
  return String(pattern.counterStart + index).padStart(pattern.counterDigits, '0');
}

/** The SKU for one variant; `index` is its place in the whole preview (for the counter). */
export function skuFromPattern(pattern: SkuPattern, subject: SkuSubject, index: number): string {
  const parts = [
    words(pattern.prefix).join(''),
    productCode(pattern, subject),
    ...(pattern.optionCodes ? subject.optionValues.map(optionCode) : []),
    pattern.counter ? counterText(pattern, index) : '',
  ];
  return parts.filter((p) => p !== '').join(pattern.separator);
}
