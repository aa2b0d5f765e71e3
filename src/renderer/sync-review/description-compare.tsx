/**
 * Two descriptions side by side, each rendered through the sanitizer (never as raw HTML),
 * and what changed in their text, word by word.
 */
import { useEffect, useMemo, useRef } from 'react';
import { sanitizeHtml } from '../html-sanitizer';
import { diffWords } from './description-diff';

function SafeHtml({ html, label, testId }: { html: string; label: string; testId: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Built node by node from the allow-list; never through innerHTML.
    box.current?.replaceChildren(sanitizeHtml(html));
  }, [html]);
  return (
    <div
      ref={box}
      className="description-preview description-side"
      aria-label={label}
      data-testid={testId}
      // For looking only: a link in a description must not take the app away.
      onClick={(e) => {
        if ((e.target as Element).closest('a')) e.preventDefault();
      }}
    />
  );
}

const textOf = (html: string) => sanitizeHtml(html).textContent?.replace(/\s+/g, ' ').trim() ?? '';

export function DescriptionCompare({ stockpilot, shopify }: { stockpilot: string; shopify: string }) {
  const parts = useMemo(() => diffWords(textOf(stockpilot), textOf(shopify)), [stockpilot, shopify]);
  const sameText = parts.every((p) => p.kind === 'same');
  return (
    <div className="description-compare">
      <SafeHtml html={stockpilot} label="Stockpilot’s description" testId="description-stockpilot" />
      <SafeHtml html={shopify} label="Shopify’s description" testId="description-shopify" />
      <p className="description-diff" data-testid="description-diff">
        <span className="muted">{sameText ? 'The text is the same; only the formatting differs. ' : 'Changes in the text: '}</span>
        {sameText
          ? null
          : parts.map((part, i) =>
              part.kind === 'same' ? (
                <span key={i}>{part.text}</span>
              ) : part.kind === 'stockpilot' ? (
                <del key={i} title="Only in Stockpilot’s">{part.text}</del>
              ) : (
                <ins key={i} title="Only in Shopify’s">{part.text}</ins>
              ),
            )}
      </p>
    </div>
  );
}
