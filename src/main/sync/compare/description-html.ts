/**
 * Descriptions compared as what a shopper reads, not byte for byte: Shopify's editor
 * rewrites markup (self-closing tags, entities, whitespace between blocks) without changing
 * the text, and that must not show up as a difference. Entities (named, decimal, hex) are
 * read by a maintained HTML decoder, so `&eacute;` is `é` and `&rsquo;` is `’`.
 */
import { decodeHTML } from 'entities';

export function normaliseDescription(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\s*(\/?)\s*([a-zA-Z0-9]+)([^>]*?)\s*\/?\s*>/g, (_, slash: string, tag: string, attrs: string) => `<${slash}${tag.toLowerCase()}${normaliseAttributes(attrs)}>`)
    .replace(/(^|>)([^<]+)/g, (_, edge: string, text: string) => edge + decodeHTML(text))
    .replace(/<(p|div|span|strong|em|b|i)>\s*<\/\1>/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*(<\/?(?:p|div|ul|ol|li|h[1-6]|br|table|tr|td|th|tbody|thead|blockquote)>)\s*/g, '$1')
    .trim();
}

function normaliseAttributes(attrs: string): string {
  const found: string[] = [];
  for (const m of attrs.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    const name = (m[1] ?? '').toLowerCase();
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    found.push(` ${name}="${decodeHTML(value).trim()}"`);
  }
  return found.sort().join('');
}

export const sameDescription = (a: string, b: string): boolean => a === b || a.trim() === b.trim() || normaliseDescription(a) === normaliseDescription(b);
