/**
 * The preview of new SKUs: every variant's current and new SKU, collisions first and marked
 * with the reason, linked products marked (their new SKUs go to Shopify too).
 */
import type { SkuPreview, SkuPreviewRow } from '../../shared/sku-tools';

/** Enough to read; the counts above the table stay true however long the list. */
const SHOWN = 300;

const collisionsFirst = (rows: readonly SkuPreviewRow[]) => [...rows.filter((r) => r.collision !== null), ...rows.filter((r) => r.collision === null)];

export function SkuPreviewTable({ preview }: { preview: SkuPreview }) {
  const rows = collisionsFirst(preview.rows);
  const changing = preview.rows.length - preview.unchanged;
  return (
    <div className="sku-preview" data-testid="sku-preview">
      <p data-testid="sku-preview-summary">
        {changing.toLocaleString()} new SKU{changing === 1 ? '' : 's'}
        {preview.unchanged > 0 ? `, ${preview.unchanged.toLocaleString()} unchanged` : ''}
        {preview.linkedProducts > 0 ? ` · ${preview.linkedProducts.toLocaleString()} linked product${preview.linkedProducts === 1 ? '' : 's'} will be updated on Shopify too` : ''}
        {preview.collisions > 0 ? (
          <strong className="sku-collision-count" data-testid="sku-collision-count">
            {' '}
            · {preview.collisions.toLocaleString()} collide{preview.collisions === 1 ? 's' : ''}
          </strong>
        ) : null}
      </p>
      <div className="table-scroll sku-preview-scroll">
        <table className="compact">
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col">Variant</th>
              <th scope="col">Current SKU</th>
              <th scope="col">New SKU</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN).map((r) => (
              <tr key={r.variantId} className={r.collision !== null ? 'sku-collision' : undefined} data-testid={`sku-preview-row-${r.variantId}`}>
                <td>
                  {r.productName}
                  {r.linked ? <span className="chip">Linked</span> : null}
                </td>
                <td>{r.optionValues.join(' / ') || '—'}</td>
                <td className="mono">{r.currentSku || '—'}</td>
                <td className="mono">
                  <span data-testid="sku-new">{r.newSku}</span>
                  {r.collision !== null ? (
                    <span className="sku-collision-reason" data-testid="sku-collision-reason">
                      {r.collision}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > SHOWN ? <p className="muted">and {(rows.length - SHOWN).toLocaleString()} more variants</p> : null}
    </div>
  );
}
