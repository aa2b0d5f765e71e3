import { describe, expect, it } from 'vitest';
import { sameDescription } from '../../../src/main/sync/compare/description-html';

describe('descriptions with HTML entities', () => {
  it('reads named entities as the characters they stand for', () => {
    expect(sameDescription('<p>Caf&eacute; au lait</p>', '<p>Café au lait</p>')).toBe(true);
    expect(sameDescription('<p>Moth&rsquo;s own print</p>', '<p>Moth\u2019s own print</p>')).toBe(true);
  });

  it('reads decimal and hex character references alike', () => {
    for (const written of ['&rsquo;', '&#8217;', '&#x2019;', '&#X2019;', '\u2019']) {
      expect(sameDescription(`<p>Fern${written}s tee</p>`, '<p>Fern\u2019s tee</p>')).toBe(true);
    }
  });

  it('takes a non-breaking space as a space', () => {
    expect(sameDescription('<p>Hand-printed&nbsp;on cotton</p>', '<p>Hand-printed on cotton</p>')).toBe(true);
  });

  it('decodes text outside any tag and inside attributes too', () => {
    expect(sameDescription('Caf&eacute;', 'Café')).toBe(true);
    expect(sameDescription('<a href="/shop?a=1&amp;b=2">Shop</a>', '<a href="/shop?a=1&b=2">Shop</a>')).toBe(true);
  });

  it('still tells different words apart', () => {
    expect(sameDescription('<p>Caf&eacute;</p>', '<p>Cafe</p>')).toBe(false);
    expect(sameDescription('<p>Moth&rsquo;s</p>', "<p>Moth's</p>")).toBe(false);
  });
});
