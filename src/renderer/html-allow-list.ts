/**
 * What a product description may contain when previewed: a pure allow-list (no DOM), so it
 * can be tested on its own. Anything not named here is dropped; scripts, event handlers,
 * inline styles and javascript: URLs never make it through.
 */

/** Tags kept as they are (their attributes are filtered separately). */
const KEPT_TAGS = new Set([
  'p', 'br', 'hr', 'b', 'strong', 'i', 'em', 'u', 's', 'small', 'sub', 'sup', 'mark',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'span', 'div', 'img',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption',
]);

/** Tags dropped together with everything inside them. */
const DROPPED_WITH_CONTENT = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'template',
  'noscript', 'svg', 'math', 'form', 'input', 'button', 'select', 'textarea', 'link', 'meta',
  'base', 'head', 'title', 'audio', 'video', 'canvas',
]);

const ATTRIBUTES: Record<string, ReadonlySet<string>> = {
  a: new Set(['href', 'title']),
  img: new Set(['src', 'alt', 'title', 'width', 'height']),
  td: new Set(['colspan', 'rowspan']),
  th: new Set(['colspan', 'rowspan', 'scope']),
  ol: new Set(['start']),
};

const URL_ATTRIBUTES = new Set(['href', 'src']);

export type TagVerdict = 'keep' | 'unwrap' | 'drop';

/** keep the element, unwrap it (keep only its children), or drop it with its content. */
export function tagVerdict(tagName: string): TagVerdict {
  const tag = tagName.toLowerCase();
  if (KEPT_TAGS.has(tag)) return 'keep';
  if (DROPPED_WITH_CONTENT.has(tag)) return 'drop';
  return 'unwrap';
}

/** A link or image address that cannot run code: http(s), mailto, relative, or an inline raster image. */
export function isSafeUrl(value: string, attribute: 'href' | 'src'): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  if (scheme === undefined) return true; // relative address
  if (scheme === 'http' || scheme === 'https') return true;
  if (scheme === 'mailto') return attribute === 'href';
  if (scheme === 'data') return attribute === 'src' && /^data:image\/(png|jpe?g|gif|webp);/.test(compact);
  return false;
}

/** The value to keep for an attribute, or null to drop it. */
export function allowedAttribute(tagName: string, name: string, value: string): string | null {
  const tag = tagName.toLowerCase();
  const attribute = name.toLowerCase();
  if (!ATTRIBUTES[tag]?.has(attribute)) return null;
  if (URL_ATTRIBUTES.has(attribute) && !isSafeUrl(value, attribute as 'href' | 'src')) return null;
  return value;
}
