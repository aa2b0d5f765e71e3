import { describe, expect, it } from 'vitest';
import { checkSkus } from '../../../src/main/sync/skus/sku-check';
import { localProduct, shopifyProduct } from './catalog-fixtures';

describe('checking SKUs before any matching', () => {
  const local = [localProduct(1, 'Moth tee', ['TEE-M', 'TEE-L', '']), localProduct(2, 'Old tee', ['TEE-M']), localProduct(3, 'Luna print', ['prt-luna-A4'])];
  const shopify = [shopifyProduct(10, 'Luna print', ['PRT-LUNA-A4', 'PRT-LUNA A3']), shopifyProduct(11, 'Gift card', ['', ' '])];

  it('finds duplicates, blanks and near-duplicates in both catalogs', () => {
    const check = checkSkus(local, shopify);
    expect(check).toMatchObject({ shopifyChecked: true, stockpilotVariants: 5, shopifyVariants: 4, counts: { duplicate: 1, blank: 2, near_duplicate: 1 } });
    const duplicate = check.findings.find((f) => f.kind === 'duplicate');
    expect(duplicate).toMatchObject({ side: 'stockpilot', sku: 'TEE-M' });
    expect(duplicate?.message).toBe('The SKU TEE-M is used by 2 variants in Stockpilot: "Moth tee" (Stockpilot), "Old tee" (Stockpilot). Give each variant its own SKU.');
    const blanks = check.findings.filter((f) => f.kind === 'blank');
    expect(blanks.map((f) => [f.side, f.places.length])).toEqual([['stockpilot', 1], ['shopify', 2]]);
    const near = check.findings.find((f) => f.kind === 'near_duplicate');
    expect(near).toMatchObject({ side: 'both', sku: 'prt-luna-A4 / PRT-LUNA-A4' });
    expect(near?.places.map((p) => p.side)).toEqual(['stockpilot', 'shopify']);
  });

  it('checks only the local catalog when no shop is connected', () => {
    const check = checkSkus(local, null);
    expect(check).toMatchObject({ shopifyChecked: false, shopifyVariants: 0, counts: { duplicate: 1, blank: 1, near_duplicate: 0 } });
  });

  it('finds nothing in a clean catalog', () => {
    expect(checkSkus([localProduct(1, 'Tee', ['A', 'B'])], [shopifyProduct(10, 'Tee', ['A', 'B'])]).findings).toEqual([]);
  });
});
