/**
 * Builds a safe copy of description HTML for the preview. The source is parsed with
 * DOMParser (which never runs scripts) and the copy is rebuilt node by node from the
 * allow-list, so nothing unknown is ever carried over.
 */
import { allowedAttribute, tagVerdict } from './html-allow-list';

function copyChildren(from: Node, to: Node, doc: Document): void {
  for (const child of Array.from(from.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      to.appendChild(doc.createTextNode(child.textContent ?? ''));
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    const element = child as Element;
    const verdict = tagVerdict(element.tagName);
    if (verdict === 'drop') continue;
    if (verdict === 'unwrap') {
      copyChildren(element, to, doc);
      continue;
    }
    const copy = doc.createElement(element.tagName.toLowerCase());
    for (const attr of Array.from(element.attributes)) {
      const value = allowedAttribute(element.tagName, attr.name, attr.value);
      if (value !== null) copy.setAttribute(attr.name.toLowerCase(), value);
    }
    if (copy.tagName === 'A') copy.setAttribute('rel', 'noopener noreferrer nofollow');
    copyChildren(element, copy, doc);
    to.appendChild(copy);
  }
}

/** A fragment, owned by `doc`, holding only allowed elements and attributes. */
export function sanitizeHtml(html: string, doc: Document = document): DocumentFragment {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const fragment = doc.createDocumentFragment();
  copyChildren(parsed.body, fragment, doc);
  return fragment;
}
