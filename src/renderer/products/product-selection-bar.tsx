/** Above the products list while products are ticked: how many, every product the search finds, the bulk tools, and Clear. */
import { useState } from 'react';
import { api } from '../api';
import { plural } from '../plural';
import { useProductSelection } from '../stores/product-selection';
import { useProductsList } from '../stores/products-list';
import { toastError } from '../stores/toasts';
import { BulkUnlinkDialog } from '../sync-tools/bulk-unlink-dialog';
import './product-selection.css';

/** The largest page the core gives. */
const PAGE = 500;

/** Ticks every product the current search and filters find, page by page. */
async function selectAllFound(): Promise<void> {
  const { query, total } = useProductsList.getState();
  for (let offset = 0; offset < (total ?? 0); offset += PAGE) {
    const page = await api.listProducts({ ...query, offset, limit: PAGE });
    useProductSelection.getState().setMany(page.rows, true);
  }
}

export function ProductSelectionBar() {
  const chosen = useProductSelection((s) => s.chosen);
  const total = useProductsList((s) => s.total);
  const [unlinking, setUnlinking] = useState(false);
  const [selecting, setSelecting] = useState(false);
  if (chosen.size === 0) return null;
  const products = [...chosen.values()];
  const linked = products.filter((p) => p.linked).length;
  const selectAll = () => {
    setSelecting(true);
    selectAllFound()
      .catch(toastError)
      .finally(() => setSelecting(false));
  };
  return (
    <div className="selection-bar" role="region" aria-label="Selected products" data-testid="product-selection-bar">
      <span data-testid="selection-count">
        <strong>{plural(chosen.size, 'product')} selected</strong>
        <span className="muted"> · {linked.toLocaleString()} linked to Shopify</span>
      </span>
      {total !== null && total > chosen.size ? (
        <button type="button" className="button subtle" disabled={selecting} onClick={selectAll} data-testid="select-all-found">
          {selecting ? 'Selecting…' : `Select all ${total.toLocaleString()}`}
        </button>
      ) : null}
      <button type="button" className="button" disabled={linked === 0} title={linked === 0 ? 'None of them is linked to Shopify' : undefined} onClick={() => setUnlinking(true)} data-testid="bulk-unlink">
        Unlink from Shopify…
      </button>
      <button type="button" className="button subtle" onClick={() => useProductSelection.getState().drop()} data-testid="clear-selection">
        Clear
      </button>
      {unlinking ? <BulkUnlinkDialog chosen={products} onClose={() => setUnlinking(false)} /> : null}
    </div>
  );
}
