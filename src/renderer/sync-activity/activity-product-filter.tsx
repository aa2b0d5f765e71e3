/**
 * "Which product?" for the activity log: type part of a name or SKU, pick one of the matching
 * products, and the log shows only that product's activity (× shows every product again).
 */
import { useEffect, useState } from 'react';
import type { ProductRow } from '../../shared/catalog';
import { api } from '../api';

const SEARCH_DELAY_MS = 200;
const SUGGESTIONS = 8;

export interface ChosenProduct {
  id: number;
  name: string;
}

export function ActivityProductFilter({ chosen, onChange }: { chosen: ChosenProduct | null; onChange: (product: ChosenProduct | null) => void }) {
  const [text, setText] = useState('');
  const [matches, setMatches] = useState<ProductRow[]>([]);

  useEffect(() => {
    const search = text.trim();
    if (search === '') {
      setMatches([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      api.listProducts({ search, limit: SUGGESTIONS }).then(
        (page) => current && setMatches(page.rows),
        () => current && setMatches([]),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);

  if (chosen) {
    return (
      <span className="chosen-filter" data-testid="activity-product-chosen">
        Product: <strong>{chosen.name}</strong>
        <button type="button" className="icon-button" aria-label="Show every product" onClick={() => onChange(null)} data-testid="activity-product-clear">
          ×
        </button>
      </span>
    );
  }
  return (
    <div className="suggest">
      <input
        type="search"
        className="search"
        placeholder="Product name or SKU"
        aria-label="Show one product's activity: search by name or SKU"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          const first = matches[0];
          if (e.key === 'Enter' && first) {
            e.preventDefault();
            onChange({ id: first.id, name: first.name });
            setText('');
          }
        }}
        data-testid="activity-product-search"
      />
      {matches.length > 0 ? (
        <ul className="suggest-list" role="listbox" aria-label="Matching products">
          {matches.map((p) => (
            <li key={p.id} role="option" aria-selected={false}>
              <button
                type="button"
                onClick={() => {
                  onChange({ id: p.id, name: p.name });
                  setText('');
                }}
                data-testid={`activity-product-option-${p.id}`}
              >
                {p.name}
                {p.skus[0] ? <span className="muted mono"> {p.skus[0]}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
