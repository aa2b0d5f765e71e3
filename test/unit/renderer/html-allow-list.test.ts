import { describe, expect, it } from 'vitest';
import { allowedAttribute, isSafeUrl, tagVerdict } from '../../../src/renderer/html-allow-list';

describe('the description preview shows formatting, never code', () => {
  it('keeps ordinary formatting tags', () => {
    for (const tag of ['p', 'STRONG', 'em', 'ul', 'li', 'h2', 'a', 'img', 'table', 'td', 'br']) expect(tagVerdict(tag)).toBe('keep');
  });

  it('drops scripts, styles, frames and forms with everything inside them', () => {
    for (const tag of ['script', 'SCRIPT', 'style', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'template', 'link', 'meta', 'noscript']) {
      expect(tagVerdict(tag)).toBe('drop');
    }
  });

  it('unwraps unknown tags so their text still shows', () => {
    expect(tagVerdict('font')).toBe('unwrap');
    expect(tagVerdict('custom-widget')).toBe('unwrap');
  });

  it('drops event handlers and inline styles', () => {
    expect(allowedAttribute('img', 'onerror', 'alert(1)')).toBeNull();
    expect(allowedAttribute('a', 'onclick', 'steal()')).toBeNull();
    expect(allowedAttribute('p', 'style', 'background:url(x)')).toBeNull();
    expect(allowedAttribute('div', 'class', 'x')).toBeNull();
  });

  it('keeps safe links and images', () => {
    expect(allowedAttribute('a', 'href', 'https://example.com/shirt')).toBe('https://example.com/shirt');
    expect(allowedAttribute('a', 'HREF', '/products/1')).toBe('/products/1');
    expect(allowedAttribute('a', 'href', 'mailto:hello@example.com')).toBe('mailto:hello@example.com');
    expect(allowedAttribute('img', 'src', 'data:image/png;base64,AAAA')).toBe('data:image/png;base64,AAAA');
    expect(allowedAttribute('img', 'alt', 'A blue shirt')).toBe('A blue shirt');
  });

  it('refuses addresses that run code, however they are disguised', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', 'vbscript:x', 'data:text/html,<script>x</script>']) {
      expect(isSafeUrl(url, 'href')).toBe(false);
      expect(allowedAttribute('a', 'href', url)).toBeNull();
    }
    expect(isSafeUrl('data:image/svg+xml,<svg onload=x>', 'src')).toBe(false);
    expect(isSafeUrl('mailto:x@example.com', 'src')).toBe(false);
  });
});
