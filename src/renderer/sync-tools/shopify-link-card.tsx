/**
 * The product page's Shopify card: which Shopify product this one is linked to and when it
 * last synced, with Sync to Shopify (compares afresh, opens the review on this product) and Unlink; or, for
 * a product not linked yet, Link to a Shopify product (the mapper).
 */
import { useState } from 'react';
import type { Product } from '../../shared/catalog';
import { Card } from '../components/card';
import { fullTime, timeAgo } from '../integration/time-words';
import { useNow } from '../integration/use-now';
import { paths } from '../router';
import { FullSyncButton } from '../sync-review/full-sync-button';
import { LinkProductDialog } from './link-product-dialog';
import { UnlinkProductDialog } from './unlink-product-dialog';

const numericId = (gid: string) => gid.replace(/^gid:\/\/shopify\/Product\//, '');

export function ShopifyLinkCard({ product }: { product: Product }) {
  const [dialog, setDialog] = useState<'link' | 'unlink' | null>(null);
  const now = useNow();
  const link = product.shopify;
  const close = () => setDialog(null);

  return (
    <Card
      title="Shopify"
      testId="shopify-link-card"
      action={
        link.productId !== null ? (
          <FullSyncButton primary testId="product-sync-to-shopify" label="Sync to Shopify" to={paths.syncProduct(product.id)} />
        ) : null
      }
    >
      {link.productId === null ? (
        <div className="shopify-link-line">
          <p className="muted">Not linked to a Shopify product. Link it to the same product on Shopify to sync its fields and push its stock.</p>
          <button type="button" className="button" onClick={() => setDialog('link')} data-testid="product-link-shopify">
            Link to a Shopify product…
          </button>
        </div>
      ) : (
        <div className="shopify-link-line">
          <p>
            Linked to Shopify product <span className="mono">{numericId(link.productId)}</span>
            {link.lastSyncedAt ? (
              <span className="muted" title={fullTime(link.lastSyncedAt)}>
                {' '}
                · last synced {timeAgo(link.lastSyncedAt, now)}
              </span>
            ) : null}
          </p>
          {link.syncState === 'out_of_sync' ? (
            <p className="muted" data-testid="shopify-drift-note">
              Changed here since the last sync. Nothing is sent on its own: Sync to Shopify shows each difference for you to choose.
            </p>
          ) : null}
          <button type="button" className="button subtle" onClick={() => setDialog('unlink')} data-testid="product-unlink-shopify">
            Unlink…
          </button>
        </div>
      )}
      {dialog === 'link' ? <LinkProductDialog product={product} onClose={close} /> : null}
      {dialog === 'unlink' ? <UnlinkProductDialog product={product} onClose={close} /> : null}
    </Card>
  );
}
