/**
 * The mapper's left-hand search: Shopify products by title or SKU (searchShopifyProducts),
 * as the owner types. A product already linked to another local product is shown but
 * cannot be picked, with the reason. No thumbnails: the window's CSP loads no remote images.
 */
import { useEffect, useState } from 'react';
import type { ShopifyProductCandidate } from '../../shared/sync-links';
import { api, errorMessage } from '../api';

const SEARCH_DELAY_MS = 250;

interface Props {
  productId: number;
  initialQuery: string;
  picked: ShopifyProductCandidate | null;
  onPick: (candidate: ShopifyProductCandidate) => void;
}

function linkedElsewhere(candidate: ShopifyProductCandidate, productId: number): boolean {
  return candidate.linkedProductId !== null && candidate.linkedProductId !== productId;
}

export function ShopifyProductPicker({ productId, initialQuery, picked, onPick }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const [found, setFound] = useState<ShopifyProductCandidate[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      api.searchShopifyProducts({ query: query.trim(), limit: 20 }).then(
        (candidates) => {
          if (!current) return;
          setFound(candidates);
          setFailure(null);
        },
        (error: unknown) => {
          if (!current) return;
          setFound(null);
          setFailure(errorMessage(error));
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  return (
    <div className="mapper-search">
      <label htmlFor="mapper-search-box">Find the Shopify product</label>
      <input
        id="mapper-search-box"
        type="search"
        value={query}
        placeholder="Title or SKU"
        onChange={(e) => setQuery(e.target.value)}
        // Enter searches; it must not submit the dialog (that would link).
        onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
        data-testid="mapper-search"
      />
      {failure !== null ? (
        <p className="field-error" role="alert" data-testid="mapper-search-error">
          Shopify could not be searched: {failure}
        </p>
      ) : found === null ? (
        <p className="muted">Searching Shopify…</p>
      ) : found.length === 0 ? (
        <p className="muted" data-testid="mapper-no-results">
          No Shopify product matches “{query.trim()}”.
        </p>
      ) : (
        <ul className="mapper-results" aria-label="Shopify products" data-testid="mapper-results">
          {found.map((c) => {
            const taken = linkedElsewhere(c, productId);
            return (
              <li key={c.shopifyProductId}>
                <button
                  type="button"
                  className={`mapper-result${picked?.shopifyProductId === c.shopifyProductId ? ' picked' : ''}`}
                  aria-pressed={picked?.shopifyProductId === c.shopifyProductId}
                  disabled={taken}
                  onClick={() => onPick(c)}
                  data-testid={`mapper-result-${c.shopifyProductId.replace(/\D/g, '')}`}
                >
                  <span>
                    <strong>{c.title}</strong>
                    <span className="muted">
                      {' '}
                      · {c.variants.length} variant{c.variants.length === 1 ? '' : 's'} · {c.status.toLowerCase()}
                      {c.vendor ? ` · ${c.vendor}` : ''}
                    </span>
                    {taken ? <span className="field-hint"> Already linked to another Stockpilot product</span> : null}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
