import { describe, expect, it } from 'vitest';
import { SkuPattern } from '../../../src/shared/sku-tools';
import { optionCode, productCode, skuFromPattern } from '../../../src/main/sync/skus/sku-regeneration-pattern';

const pattern = (p: Partial<SkuPattern> = {}) => SkuPattern.parse(p);
const tee = { productId: 42, productName: 'Night Owl Tee', optionValues: ['Large', 'Black'] };

describe('SKUs from a pattern', () => {
  it('uses the initials of the name and each option value\u2019s code by default', () => {
    expect(skuFromPattern(pattern(), tee, 0)).toBe('NOT-LAR-BLA');
  });

  it('puts the prefix first, upper-cased', () => {
    expect(skuFromPattern(pattern({ prefix: 'am' }), tee, 0)).toBe('AM-NOT-LAR-BLA');
  });

  it('writes the product code as the initials, the whole name, its number, or nothing', () => {
    expect(productCode(pattern({ productCode: 'initials' }), tee)).toBe('NOT');
    expect(productCode(pattern({ productCode: 'name' }), tee)).toBe('NIGHT-OWL-TEE');
    expect(productCode(pattern({ productCode: 'id' }), tee)).toBe('42');
    expect(productCode(pattern({ productCode: 'none' }), tee)).toBe('');
  });

  it('keeps only letters and digits, dropping accents and punctuation', () => {
    expect(skuFromPattern(pattern({ productCode: 'name', separator: '_' }), { productId: 1, productName: 'Café "Crème" — 2nd ed.', optionValues: ['Écru'] }, 0)).toBe(
      'CAFE_CREME_2ND_ED_ECR',
    );
  });

  it('shortens option values to three letters but keeps numbers whole', () => {
    expect(optionCode('Large')).toBe('LAR');
    expect(optionCode('xl')).toBe('XL');
    expect(optionCode('Extra large')).toBe('EXT');
    expect(optionCode('500')).toBe('500');
    expect(optionCode('12.5')).toBe('125');
  });

  it('adds a running number from the start, as wide as asked', () => {
    const p = pattern({ prefix: 'AM', productCode: 'none', optionCodes: false, counter: true, counterStart: 7, counterDigits: 4, separator: '' });
    expect([0, 1, 2].map((i) => skuFromPattern(p, tee, i))).toEqual(['AM0007', 'AM0008', 'AM0009']);
  });

  it('leaves the options out when asked, and gives nothing when the pattern has nothing', () => {
    expect(skuFromPattern(pattern({ optionCodes: false, separator: '.' }), tee, 0)).toBe('NOT');
    expect(skuFromPattern(pattern({ productCode: 'none', optionCodes: false }), tee, 0)).toBe('');
  });
});
