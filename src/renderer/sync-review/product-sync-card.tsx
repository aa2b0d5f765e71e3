/** The Integration Overview's way into product sync: Full Sync & Compare, or back to the last review. */
import { Card } from '../components/card';
import { paths } from '../router';
import { FullSyncButton } from './full-sync-button';

export function ProductSyncCard() {
  return (
    <Card title="Product Sync" testId="product-sync-card" action={<FullSyncButton primary testId="overview-full-sync" />}>
      <p className="muted">
        Compare your whole catalog with Shopify&rsquo;s, choose what to keep field by field, and apply. Nothing changes on either side
        until you apply. <a href={paths.sync}>Open the review</a>
      </p>
    </Card>
  );
}
