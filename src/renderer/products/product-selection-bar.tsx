/** Above the products list while products are ticked: how many, the bulk tools, and Clear. */
import { useState } from 'react';
import { plural } from '../plural';
import { useProductSelection } from '../stores/product-selection';
import { BulkUnlinkDialog } from '../sync-tools/bulk-unlink-dialog';
import './product-selection.css';

export function ProductSelectionBar() {
  const chosen = useProductSelection((s) => s.chosen);
  const [unlinking, setUnlinking] = useState(false);
  if (chosen.size === 0) return null;
  const products = [...chosen.values()];
  const linked = products.filter((p) => p.linked).length;
  return (
    <div className="selection-bar" role="region" aria-label="Selected products" data-testid="product-selection-bar">
      <span data-testid="selection-count">
        <strong>{plural(chosen.size, 'product')} selected</strong>
        <span className="muted"> · {linked.toLocaleString()} linked to Shopify</span>
      </span>
      <button type="button" className="button" disabled={linked === 0} title={linked === 0 ? 'None of them is linked to Shopify' : undefined} onClick={() => setUnlinking(true)} data-testid="bulk-unlink">
        Unlink from Shopify…
      </button>
      <button type="button" className="button subtle" onClick={() => useProductSelection.getState().drop()} data-testid="clear-selection">
        Clear selection
      </button>
      {unlinking ? <BulkUnlinkDialog chosen={products} onClose={() => setUnlinking(false)} /> : null}
    </div>
  );
}
