/**
 * A product opened in the review: what holds it back (issues), how it was matched, every
 * differing product field, and its variants — matched pairs with their differing fields,
 * then variants found on one side only.
 */
import { VARIANT_CHANGE_WORDS, type SyncReviewProduct, type SyncVariantRow } from '../../shared/product-sync';
import type { OpenedProduct } from '../stores/sync-review';
import { DifferencePick } from './difference-pick';
import { VariantActionButtons } from './row-action-buttons';

interface Props {
  entry: OpenedProduct;
  currency: string;
  cursorFieldId: string | null;
}

function variantSide(v: SyncVariantRow): string | null {
  if (v.change) return VARIANT_CHANGE_WORDS[v.change];
  if (v.stockpilotVariantId !== null && v.shopifyVariantId === null) return 'Only in Stockpilot';
  if (v.stockpilotVariantId === null && v.shopifyVariantId !== null) return 'Only on Shopify';
  return null;
}

function VariantBlock({ product, variant: v, currency, cursorFieldId }: { product: SyncReviewProduct; variant: SyncVariantRow } & Omit<Props, 'entry'>) {
  const side = variantSide(v);
  const sku = v.sku ?? v.shopifySku;
  return (
    <div className="variant-block" data-testid={`variant-${v.key}`}>
      <div className="variant-head">
        <span className="mono">{sku === null || sku === '' ? 'No SKU' : sku}</span>
        {v.optionValues.length > 0 ? <span>{v.optionValues.join(' / ')}</span> : null}
        {side ? <span className="chip">{side}</span> : null}
        {!side && v.differences.length === 0 ? <span className="muted">Same on both sides</span> : null}
        {v.change && product.section !== 'issues' ? <VariantActionButtons productName={product.name} rowKey={product.key} variant={v} /> : null}
      </div>
      {v.differences.map((d) => (
        <DifferencePick key={d.id} rowKey={product.key} difference={d} currency={currency} active={cursorFieldId === d.id} />
      ))}
    </div>
  );
}

export function ProductDifferences({ entry, currency, cursorFieldId }: Props) {
  const product = entry.product;
  if (!product) {
    return entry.failure ? (
      <p className="notice notice-error review-detail" role="alert">
        {entry.failure}
      </p>
    ) : (
      <p className="muted review-detail">Loading the differences…</p>
    );
  }
  return (
    <div className="review-detail" data-testid={`review-detail-${product.key}`}>
      {product.issues.map((issue, i) => (
        <div key={i} className={`notice ${issue.blocking ? 'notice-error' : 'notice-warning'}`} data-testid="review-detail-issue">
          <p>{issue.message}</p>
          <p>
            <strong>How to fix:</strong> {issue.fix}
          </p>
        </div>
      ))}
      {product.matchedBy === 'sku' ? (
        <p className="muted">Matched by SKU: applying links the two, so they are matched by their Shopify ID from then on.</p>
      ) : null}
      {product.differences.length > 0 ? (
        <div className="diff-group">
          <h3>Product</h3>
          {product.differences.map((d) => (
            <DifferencePick key={d.id} rowKey={product.key} difference={d} currency={currency} active={cursorFieldId === d.id} />
          ))}
        </div>
      ) : null}
      {product.variants.length > 0 ? (
        <div className="diff-group">
          <h3>Variants</h3>
          {product.variants.map((v) => (
            <VariantBlock key={v.key} product={product} variant={v} currency={currency} cursorFieldId={cursorFieldId} />
          ))}
        </div>
      ) : null}
    </div>
  );
}
