/**
 * Stock conflicts a push found on Shopify: Shopify sold or changed units that Stockpilot has
 * not seen yet. The push kept Shopify's change; the owner decides whose number is right.
 * Read from the Push Log (each push row carries the variant's difference at that moment).
 */
import { useEffect, useState } from 'react';
import type { Product } from '../../shared/catalog';
import type { PushLogRow } from '../../shared/stock-push';
import { api } from '../api';
import { withProduct } from '../stores/product-editor';
import { toast } from '../stores/toasts';
import { variantLabel } from './product-dialogs';

/** Enough recent rows to see the latest push of every variant of one product. */
const RECENT_ROWS = 500;

function latestPerVariant(rows: PushLogRow[], productId: number): Map<number, PushLogRow> {
  const latest = new Map<number, PushLogRow>();
  // Rows come newest first: the first one seen per variant is its latest.
  for (const row of rows) if (row.productId === productId && row.variantId !== null && !latest.has(row.variantId)) latest.set(row.variantId, row);
  return latest;
}

export function StockDifferences({ product }: { product: Product }) {
  const [rows, setRows] = useState<PushLogRow[]>([]);
  const [resolved, setResolved] = useState<ReadonlyMap<number, string>>(new Map());

  // The product object changes with every stock change and push, so it is the refetch signal.
  useEffect(() => {
    let current = true;
    api.listPushLog({ search: product.name, limit: RECENT_ROWS }).then(
      (page) => current && setRows(page.rows),
      () => {}, // the section simply shows no conflicts until the log can be read
    );
    return () => {
      current = false;
    };
  }, [product]);

  const differences = [...latestPerVariant(rows, product.id).values()].filter(
    (row) => row.shopifyDifference !== 0 && row.variantId !== null && !(row.at <= (resolved.get(row.variantId) ?? '')),
  );
  if (differences.length === 0) return null;

  const resolve = async (row: PushLogRow, keep: 'shopify' | 'stockpilot') => {
    if (row.variantId === null) return;
    const variantId = row.variantId;
    if (await withProduct(() => api.resolveStockDifference({ variantId, keep }))) {
      setResolved(new Map(resolved).set(variantId, row.at));
      toast('success', keep === 'shopify' ? 'Shopify’s quantity accepted; local stock follows it.' : 'Stockpilot’s quantity kept; Shopify is set back with the next push.');
    }
  };

  return (
    <div className="stock-differences" data-testid="stock-differences">
      {differences.map((row) => {
        const variant = product.variants.find((v) => v.id === row.variantId);
        const units = Math.abs(row.shopifyDifference);
        return (
          <div key={row.id} className="notice notice-warning notice-row" data-testid={`stock-difference-${row.variantId}`}>
            <div>
              <strong>{variant ? variantLabel(variant) : row.sku}:</strong> Shopify {row.shopifyDifference < 0 ? 'sold or removed' : 'added'} {units} unit
              {units === 1 ? '' : 's'} that Stockpilot has not seen yet. The push kept Shopify’s change.
            </div>
            <span className="row-actions">
              <button type="button" className="button small" onClick={() => void resolve(row, 'shopify')} data-testid={`resolve-keep-shopify-${row.variantId}`}>
                Shopify is right
              </button>
              <button type="button" className="button small" onClick={() => void resolve(row, 'stockpilot')} data-testid={`resolve-keep-stockpilot-${row.variantId}`}>
                Stockpilot is right
              </button>
            </span>
          </div>
        );
      })}
    </div>
  );
}
