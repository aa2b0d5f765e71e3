import { describe, expect, it } from 'vitest';
import { centsToText, textToCents } from '../../../src/renderer/money';

describe('prices typed as money are kept as exact cents', () => {
  it('reads what an owner types', () => {
    expect(textToCents('24')).toEqual({ ok: true, cents: 2400 });
    expect(textToCents('24.5')).toEqual({ ok: true, cents: 2450 });
    expect(textToCents('19.99')).toEqual({ ok: true, cents: 1999 });
    expect(textToCents(' $0.07 ')).toEqual({ ok: true, cents: 7 });
    expect(textToCents('12,50')).toEqual({ ok: true, cents: 1250 });
  });

  it('treats a blank field as "no amount"', () => {
    expect(textToCents('   ')).toEqual({ ok: true, cents: null });
  });

  it('refuses what is not an amount, with a message a person can act on', () => {
    for (const bad of ['abc', '-3', '1.999', '1.2.3', '1e3']) {
      const parsed = textToCents(bad);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toMatch(/24\.00/);
    }
  });

  it('shows cents with two decimals, and nothing for no amount', () => {
    expect(centsToText(2400)).toBe('24.00');
    expect(centsToText(7)).toBe('0.07');
    expect(centsToText(123456)).toBe('1234.56');
    expect(centsToText(null)).toBe('');
  });

  it('round-trips every amount it shows', () => {
    for (const cents of [0, 1, 99, 100, 1999, 2450, 99_999_999]) {
      expect(textToCents(centsToText(cents))).toEqual({ ok: true, cents });
    }
  });
});
